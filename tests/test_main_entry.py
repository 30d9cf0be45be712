"""main.py: a double-clicked .kao/.kaor opens the app with it; with a command, the file is its argument."""

from __future__ import annotations

from unittest import mock

import main


def test_a_file_without_a_command_opens_the_app_with_it():
    with mock.patch("gui.app.run_gui", return_value=0) as run_gui:
        assert main.main(["--lang", "en", "C:/Users/x/Downloads/kao-0801-2569.kao"]) == 0
    args, opened = run_gui.call_args.args
    assert opened == ["C:/Users/x/Downloads/kao-0801-2569.kao"] and args.lang == "en"


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
