"""The build's licences/ folder (packaging/licences.py), collected from the real venv."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import cryptography
import pytest
from PySide6 import __version__ as pyside_version

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("licences", ROOT / "packaging" / "licences.py")
assert _spec is not None and _spec.loader is not None
licences = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(licences)

LGPL = ROOT / "resources" / "licences" / "LGPL-3.0.txt"
GPL = ROOT / "resources" / "licences" / "GPL-3.0.txt"
# What PyInstaller's analysis hands kao.spec: a module (a.pure), extensions and a plain library (a.binaries).
ANALYSIS_PURE = [("PIL.Image", "/x/PIL/Image.py", "PYMODULE"), ("json", "/x/json/__init__.py", "PYMODULE"),
                 ("core.records", "/x/core/records.py", "PYMODULE")]
ANALYSIS_BINARIES = [("PySide6/QtCore.abi3.so", "/x", "EXTENSION"), ("shiboken6/Shiboken.abi3.so", "/x", "EXTENSION"),
                     ("cryptography/hazmat/bindings/_rust.abi3.so", "/x", "EXTENSION"),
                     ("libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]


def _dist_info(name: str) -> Path:
    [found] = (Path(cryptography.__file__).parent.parent).glob(f"{name}-*.dist-info")
    return found


def test_the_bundled_distributions_get_their_licence_files_and_a_line_each(tmp_path: Path):
    out = tmp_path / "licences"
    licences.collect(licences.module_names(ANALYSIS_PURE, ANALYSIS_BINARIES), out)

    lines = (out / "THIRD-PARTY.txt").read_text("utf-8").splitlines()
    assert [line.split(" ")[0] for line in lines] == ["Python", "cryptography", "pillow", "PySide6_Essentials",
                                                      "shiboken6"]  # json is the standard library, core is Kao
    assert f"cryptography {cryptography.__version__}: Apache-2.0 OR BSD-3-Clause" in lines
    assert f"PySide6_Essentials {pyside_version}: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only" in lines
    # Copied from the dist-info's licenses/ folder, byte for byte.
    wheel = _dist_info("cryptography") / "licenses"
    for name in ("LICENSE", "LICENSE.APACHE", "LICENSE.BSD"):
        assert (out / "cryptography" / name).read_bytes() == (wheel / name).read_bytes()
    assert "PIL" in (out / "pillow" / "LICENSE").read_text("utf-8")
    # Qt for Python's wheels carry no licence file: the LGPL and the GPL it builds on, from the repository.
    for dist in ("PySide6_Essentials", "shiboken6"):
        assert sorted(p.name for p in (out / dist).iterdir()) == ["GPL-3.0.txt", "LGPL-3.0.txt"]
        assert (out / dist / "LGPL-3.0.txt").read_bytes() == LGPL.read_bytes()
        assert (out / dist / "GPL-3.0.txt").read_bytes() == GPL.read_bytes()
    assert LGPL.read_text("utf-8").startswith("                   GNU LESSER GENERAL PUBLIC LICENSE\n"
                                              "                       Version 3, 29 June 2007\n")
    assert "Python Software Foundation" in (out / "Python" / "LICENSE.txt").read_text("utf-8")
    assert licences.bundle_problems(out) == []


def _fake_distribution(site: Path, name: str, metadata: str, extra: dict[str, str]) -> None:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (site / name).mkdir()
    files = {f"{name}/__init__.py": "", f"{info.name}/METADATA": f"Metadata-Version: 2.1\nName: {name}\n"
             f"Version: 1.0\n{metadata}", f"{info.name}/top_level.txt": f"{name}\n"} | extra
    for path, text in files.items():
        (site / path).write_text(text, "utf-8")
    (info / "RECORD").write_text("".join(f"{path},,\n" for path in [*files, f"{info.name}/RECORD"]), "utf-8")


def test_a_distribution_without_a_licence_file_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    site = tmp_path / "site"
    _fake_distribution(site, "nolicence", "License: MIT\n", {})
    # An older wheel: the licence beside METADATA, named by no License-File entry, is found all the same.
    _fake_distribution(site, "oldwheel", "Classifier: License :: OSI Approved :: MIT License\n",
                       {"oldwheel-1.0.dist-info/LICENSE": "old wheel licence\n"})
    monkeypatch.syspath_prepend(str(site))
    out = tmp_path / "licences"

    with pytest.raises(licences.LicenceError, match=r"no licence file in the dist-info of nolicence: add the text"):
        licences.collect(["nolicence", "oldwheel", "PySide6"], out)
    assert not out.exists()  # nothing half-made to ship

    lines = licences.collect(["oldwheel"], out)
    assert lines[1:] == ["oldwheel 1.0: MIT License"]
    assert (out / "oldwheel" / "LICENSE").read_text("utf-8") == "old wheel licence\n"


def test_make_package_refuses_a_bundle_without_the_list_or_qts_lgpl(tmp_path: Path):
    out = tmp_path / "licences"
    licences.collect(["PySide6", "shiboken6", "cryptography"], out)
    (out / "PySide6_Essentials" / "LGPL-3.0.txt").unlink()
    assert licences.bundle_problems(out) == [
        f"{out / 'PySide6_Essentials' / 'LGPL-3.0.txt'} is missing or differs from resources/licences/LGPL-3.0.txt"]
    (out / "THIRD-PARTY.txt").unlink()
    assert licences.bundle_problems(out) == [f"{out / 'THIRD-PARTY.txt'} is missing"]
