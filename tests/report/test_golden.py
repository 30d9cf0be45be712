"""The certificate as an image, against a reviewed golden copy.

Made stable by comparing at low resolution with a tolerance: anti-aliasing
noise passes, a moved block, a missing line, tofu or unstacked tone marks do
not. After an intended layout change, look at the new image first, then
regenerate with ``KAO_UPDATE_GOLDEN=1 pytest tests/report/test_golden.py``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PIL import Image, ImageChops

GOLDEN = Path(__file__).parent / "golden" / "certificate_a_th.png"
DPI = 50
MAX_DIFFERENT = 0.004  # share of pixels allowed to differ by more than a quarter of the grey range


def _render(pdf: Path, out_stem: Path) -> Path:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf), str(out_stem)],
                   check=True, timeout=60)
    return out_stem.with_suffix(".png")


def test_certificate_matches_the_golden_image(cert_a_th: Path, tmp_path: Path) -> None:
    image = _render(cert_a_th, tmp_path / "certificate")
    if os.environ.get("KAO_UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(image.read_bytes())
    with Image.open(GOLDEN) as golden, Image.open(image) as actual:
        assert golden.size == actual.size
        diff = ImageChops.difference(golden.convert("L"), actual.convert("L"))
        changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:])
        assert changed / (golden.size[0] * golden.size[1]) < MAX_DIFFERENT, changed


def test_the_golden_comparison_sees_a_real_change(cert_a_en: Path, tmp_path: Path) -> None:
    """The English certificate must not pass as the Thai one: the tolerance is not too loose."""
    image = _render(cert_a_en, tmp_path / "english")
    with Image.open(GOLDEN) as golden, Image.open(image) as actual:
        diff = ImageChops.difference(golden.convert("L"), actual.convert("L"))
        changed = sum(diff.point(lambda v: 255 if v > 64 else 0).histogram()[255:])
        assert changed / (golden.size[0] * golden.size[1]) > MAX_DIFFERENT * 3
