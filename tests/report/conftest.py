"""Render each document once per session; the tests read the PDFs back with poppler."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.report import render_certificate, render_full_report
from tests.report.samples import example_source, long_notes_source


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture(scope="session")
def cert_a_th(out_dir: Path) -> Path:
    return render_certificate(example_source("a"), out_dir / "cert_a_th.pdf", "th")


@pytest.fixture(scope="session")
def cert_a_en(out_dir: Path) -> Path:
    return render_certificate(example_source("a"), out_dir / "cert_a_en.pdf", "en")


@pytest.fixture(scope="session")
def cert_c_final(out_dir: Path) -> Path:
    return render_certificate(example_source("c", finalized=True), out_dir / "cert_c.pdf", "th", thai_digits=True)


@pytest.fixture(scope="session")
def full_a_th(out_dir: Path) -> Path:
    return render_full_report(example_source("a"), out_dir / "full_a_th.pdf", "th")


@pytest.fixture(scope="session")
def full_a_en(out_dir: Path) -> Path:
    return render_full_report(example_source("a"), out_dir / "full_a_en.pdf", "en")


@pytest.fixture(scope="session")
def full_c_final(out_dir: Path) -> Path:
    return render_full_report(example_source("c", finalized=True), out_dir / "full_c.pdf", "th")


@pytest.fixture(scope="session")
def full_notes_th(out_dir: Path) -> Path:
    return render_full_report(long_notes_source(), out_dir / "full_notes_th.pdf", "th")


@pytest.fixture(scope="session")
def all_pdfs(cert_a_th: Path, cert_a_en: Path, cert_c_final: Path, full_a_th: Path, full_a_en: Path,
             full_c_final: Path, full_notes_th: Path) -> list[Path]:
    return [cert_a_th, cert_a_en, cert_c_final, full_a_th, full_a_en, full_c_final, full_notes_th]
