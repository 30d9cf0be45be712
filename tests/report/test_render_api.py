"""What the GUI relies on: progress, cancelling, atomic files, and renders from worker threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from core.report import render_certificate, render_full_report
from tests.report.pdftools import page_count, text_raw
from tests.report.samples import example_source


class Cancelled(Exception):
    pass


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    render_full_report(example_source("a"), tmp_path / "r.pdf", "th", lambda d, t: calls.append((d, t)))
    totals = {t for _, t in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] == totals.pop()
    assert len(calls) > 5


def test_cancelling_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous report")

    def cancel_halfway(done: int, total: int) -> None:
        if done >= total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        render_full_report(example_source("a"), out, "th", cancel_halfway)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left behind


def test_renders_from_several_threads_at_once(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            render_certificate(example_source("a"), tmp_path / f"c{n}.pdf", "th")
            render_full_report(example_source("c"), tmp_path / f"f{n}.pdf", "en")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    reference = text_raw(tmp_path / "f0.pdf")
    for n in range(3):
        assert page_count(tmp_path / f"c{n}.pdf") == 1
        assert text_raw(tmp_path / f"f{n}.pdf") == reference


def test_the_same_source_gives_the_same_bytes(tmp_path: Path) -> None:
    """Invariant output: a re-render can be compared (and archived) byte for byte."""
    a = render_certificate(example_source("a"), tmp_path / "a.pdf", "th").read_bytes()
    b = render_certificate(example_source("a"), tmp_path / "b.pdf", "th").read_bytes()
    assert a == b


def test_an_unwritable_target_is_a_user_error_and_leaves_nothing(tmp_path: Path) -> None:
    from core.errors import KaoError

    folder = tmp_path / "report.pdf"
    folder.mkdir()  # the target name is taken by a folder
    with pytest.raises(KaoError) as err:
        render_certificate(example_source("a"), folder, "th")
    assert "report.pdf" in err.value.text("en")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"] and folder.is_dir()
