"""How much correct Thai costs: the full report and the certificate, shaped vs unshaped.

``python -m bench.bench_report [--runs N]``

- *correct*: what the app prints (HarfBuzz shaping, ICU line breaks,
  ThaiParagraph, ActualText, the ToUnicode fix);
- *baseline*: the same story and layout with plain reportlab Paragraphs,
  unshaped, wrapped by reportlab itself (what a naive implementation does).

Both are built in the same run, taking turns, from the same complete assessment
with a long Thai note on every item. The target is correct ≤ 3 × baseline.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from core.report.certificate import render_certificate
from core.report.full_report import render_full_report
from core.report.unshaped import unshaped_typesetting
from tests.report.samples import long_notes_source

TARGET = 3.0


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf.read_bytes()))


def _interleaved(builds: dict[str, Callable[[], Path]], runs: int) -> dict[str, tuple[float, Path]]:
    """Each build's median time and last output. The builds take turns, round after round, so a
    slow spell of the machine hits all of them alike instead of only the ones running then."""
    times: dict[str, list[float]] = {name: [] for name in builds}
    outputs: dict[str, Path] = {}
    for _ in range(runs):
        for name, build in builds.items():
            start = time.perf_counter()
            outputs[name] = build()
            times[name].append(time.perf_counter() - start)
    return {name: (statistics.median(times[name]), outputs[name]) for name in builds}


def _unshaped(build: Callable[[], Path]) -> Callable[[], Path]:
    def plain() -> Path:
        with unshaped_typesetting():
            return build()
    return plain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_report")
    parser.add_argument("--runs", type=int, default=5, help="builds per variant; the median is reported")
    args = parser.parse_args(argv if argv is not None else [])
    source = long_notes_source()
    notes = sum(len(a.note) for a in source.answers.values())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Warm-up: font loading and ICU's dictionary are one-off costs, not per-report ones.
        render_full_report(source, folder / "warm.pdf", "th")
        with unshaped_typesetting():
            render_full_report(source, folder / "warm-plain.pdf", "th")

        def full() -> Path:
            return render_full_report(source, folder / "full.pdf", "th")

        def cert() -> Path:
            return render_certificate(source, folder / "cert.pdf", "th")

        def plain_full() -> Path:
            return render_full_report(source, folder / "p.pdf", "th")

        def plain_cert() -> Path:
            return render_certificate(source, folder / "pc.pdf", "th")

        timed = _interleaved({"full": full, "cert": cert, "plain_full": _unshaped(plain_full),
                              "plain_cert": _unshaped(plain_cert)}, args.runs)
        (full_s, full_pdf), (cert_s, cert_pdf) = timed["full"], timed["cert"]
        (plain_full_s, plain_full_pdf), (plain_cert_s, _) = timed["plain_full"], timed["plain_cert"]
        correct, plain = full_s + cert_s, plain_full_s + plain_cert_s
        ratio = correct / plain
        print(f"assessment: {len(source.answers)} items, {notes} characters of Thai notes; median of {args.runs}")
        print(f"full report (Thai):  {full_s * 1000:7.0f} ms  {_pages(full_pdf):3d} pages   "
              f"baseline {plain_full_s * 1000:6.0f} ms  {_pages(plain_full_pdf)} pages")
        print(f"certificate (Thai):  {cert_s * 1000:7.0f} ms  {_pages(cert_pdf):3d} page    "
              f"baseline {plain_cert_s * 1000:6.0f} ms")
        print(f"correct / unshaped plain Paragraphs: {ratio:.2f}x (target <= {TARGET:.0f}x) "
              f"{'OK' if ratio <= TARGET else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
