"""main.py: a double-clicked .kao/.kaor opens the app with it; with a command, the file is its argument."""

from __future__ import annotations

from unittest import mock

import main


def test_a_file_without_a_command_opens_the_app_with_it(tmp_path):
    with mock.patch("gui.app.run_gui", return_value=0) as run_gui:
        assert main.main(["--lang", "en", "--data-dir", str(tmp_path), "C:/Users/x/Downloads/kao-0801-2569.kao"]) == 0
    args, opened, early = run_gui.call_args.args
    assert opened == ["C:/Users/x/Downloads/kao-0801-2569.kao"] and args.lang == "en"
    assert early.path == tmp_path / "kao.sqlite"  # the database check started before Qt loaded


def test_a_receipt_also_opens_the_app():
    with mock.patch("gui.app.run_gui", return_value=0) as run_gui:
        main.main(["kao-receipt-0801-2569-ABCD.kaor"])
    assert run_gui.call_args.args[1] == ["kao-receipt-0801-2569-ABCD.kaor"]


def test_with_a_command_the_file_is_its_argument(tmp_path, capsys):
    missing = tmp_path / "missing.kao"
    with mock.patch("gui.app.run_gui") as run_gui:
        assert main.main(["--lang", "en", "verify", str(missing)]) == 2
    run_gui.assert_not_called()
    assert "missing.kao" in capsys.readouterr().err


def test_a_command_runs_with_the_cycle_collector_on(tmp_path):
    import gc

    seen: list[bool] = []
    with mock.patch("core.cli.run", side_effect=lambda _args: seen.append(gc.isenabled()) or 0):
        assert main.main(["verify", str(tmp_path / "x.kao")]) == 0
    assert seen == [True] and gc.isenabled()


def test_exit_after_start_opens_the_data_folder_and_quits(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, str(root / "main.py"), "--data-dir", str(data), "--exit-after-start"],
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-500:]
    assert (data / "kao.sqlite").is_file()
    assert "Traceback" not in result.stderr
    from gui.first_paint import SHOWN_PREFIX  # what the start-up benchmarks read

    assert any(line.startswith(SHOWN_PREFIX) for line in result.stdout.splitlines())


def test_a_frozen_kao_started_as_a_pool_worker_becomes_the_worker():
    import pytest

    argv = ["kao", "--multiprocessing-fork", "tracker_fd=5", "pipe_handle=7"]
    with mock.patch("multiprocessing.spawn.freeze_support", side_effect=SystemExit(0)) as become, \
            pytest.raises(SystemExit):
        main.run_as_multiprocessing_child(argv)
    become.assert_called_once()


def test_a_frozen_kao_started_as_the_resource_tracker_runs_it_and_exits():
    import pytest

    argv = ["kao", "-B", "-s", "-c", "from multiprocessing.resource_tracker import main;main(11)"]
    with mock.patch("multiprocessing.resource_tracker.main") as track, pytest.raises(SystemExit) as ended:
        main.run_as_multiprocessing_child(argv)
    track.assert_called_once_with(11)
    assert ended.value.code == 0


def test_an_ordinary_start_is_not_mistaken_for_a_multiprocessing_child():
    with mock.patch("multiprocessing.spawn.freeze_support") as become, \
            mock.patch("multiprocessing.resource_tracker.main") as track:
        for argv in (["kao"], ["kao", "--lang", "en", "report.kao"], ["kao", "-c"],
                     ["kao", "-c", "import os; os.remove('x')"]):
            assert main.run_as_multiprocessing_child(argv) is None
    become.assert_not_called()
    track.assert_not_called()
