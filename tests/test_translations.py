"""Every UI string is translated, and the catalogue is the one the app loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "kao_th.ts"


def test_catalogue_has_no_unfinished_or_empty_translations():
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    empty = [m.findtext("source") for m in messages if not (m.findtext("translation") or "").strip()]
    assert unfinished == [] and empty == []


def test_catalogue_is_up_to_date_with_the_sources(tmp_path):
    """lupdate over the sources finds nothing new: every tr() literal is in the catalogue."""
    copy = tmp_path / "kao_th.ts"
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"], check=True, capture_output=True)
    tree = ET.parse(copy)
    new = [m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert new == []
