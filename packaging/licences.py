"""The licence texts of everything the frozen build bundles, put in its licences/ folder.

kao.spec hands over what PyInstaller's analysis collected. Each module is mapped to the Python
distribution that installed it, and that distribution's licence files (named by License-File
in its dist-info) go to licences/<distribution>/, with licences/THIRD-PARTY.txt listing name,
version and licence. A government deployment must be able to show every component's licence,
so a distribution with no licence file stops the build unless COMMITTED_TEXTS names the texts
the repository carries for it.

This folder is not an importable package (pip's own `packaging` owns that name): kao.spec,
build_linux.py and the tests import this file as the module `licences`.
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
import sysconfig
from collections.abc import Iterable
from importlib.metadata import Distribution, distribution, packages_distributions
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "resources" / "licences"
LISTING = "THIRD-PARTY.txt"

# Qt for Python's wheels carry no licence file. Kao uses Qt under the LGPL-3.0, which is a set
# of permissions added to the GPL-3.0, so both texts travel with it. Keys are canonical names.
COMMITTED_TEXTS: dict[str, tuple[str, ...]] = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}

# Wheels built before License-File existed keep the licence beside METADATA, unnamed.
_UNNAMED_LICENCE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


class LicenceError(Exception):
    """The build cannot ship a component's licence text."""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def module_names(*tocs: Iterable[tuple[str, str, str]]) -> set[str]:
    """Top-level names in PyInstaller TOCs: 'PIL.Image' (a.pure) and 'PySide6/QtCore.abi3.so'
    (an extension in a.binaries) both give the name their distribution installed."""
    return {re.split(r"[./\\]", name, maxsplit=1)[0] for toc in tocs for name, _, kind in toc
            if kind in ("PYMODULE", "EXTENSION")}


def bundled_distributions(modules: Iterable[str]) -> list[Distribution]:
    """The distributions that installed these top-level modules, each once, by name."""
    owners = packages_distributions()
    names = {canonical(dist) for module in modules for dist in owners.get(module, ())}
    return [distribution(name) for name in sorted(names)]


def licence_files(dist: Distribution) -> dict[PurePosixPath, Path]:
    """{path under licences/<name>/: file} for the licence files in the dist-info."""
    in_info = {PurePosixPath(*f.parts[1:]): Path(str(dist.locate_file(f))) for f in dist.files or ()
               if f.parts[0].endswith(".dist-info") and len(f.parts) > 1}
    named = dist.metadata.get_all("License-File") or []
    if not named:
        return {p: src for p, src in in_info.items() if len(p.parts) == 1 and _UNNAMED_LICENCE.match(p.name)}
    found: dict[PurePosixPath, Path] = {}
    for entry in named:
        # Metadata 2.4 keeps them under licenses/, older wheels beside METADATA.
        src = in_info.get(PurePosixPath("licenses", entry)) or in_info.get(PurePosixPath(entry))
        if src is None:
            raise LicenceError(f"{dist.name} names the licence file {entry}, which is not in its dist-info")
        found[PurePosixPath(entry)] = src
    return found


def licence_name(dist: Distribution) -> str:
    """The licence as the metadata states it, in one line."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    text = str(meta.get("License") or "").strip()
    # Some put the whole licence text in this field: then the classifiers say it shorter.
    if text and text != "UNKNOWN" and "\n" not in text and len(text) <= 120:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")]
    return " / ".join(classifiers) or "see its licence files"


def _python_licence() -> Path:
    # Linux keeps it with the standard library, Windows beside python.exe.
    places = [Path(sysconfig.get_path("stdlib")) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    found = next((p for p in places if p.is_file()), None)
    if found is None:
        raise LicenceError(f"Python's licence is in neither {places[0]} nor {places[1]}")
    return found


def collect(modules: Iterable[str], out: Path) -> list[str]:
    """Fill `out` (the bundle's licences/ folder, emptied first); returns the THIRD-PARTY.txt lines."""
    if out.exists():
        shutil.rmtree(out)
    copies: dict[Path, Path] = {out / "Python" / "LICENSE.txt": _python_licence()}
    lines = [f"Python {platform.python_version()}: PSF-2.0"]
    unlicensed = []
    for dist in bundled_distributions(modules):
        files = licence_files(dist) or {PurePosixPath(name): COMMITTED / name
                                        for name in COMMITTED_TEXTS.get(canonical(dist.name), ())}
        if not files:
            unlicensed.append(dist.name)
        copies.update({out / dist.name / rel: src for rel, src in files.items()})
        lines.append(f"{dist.name} {dist.version}: {licence_name(dist)}")
    if unlicensed:
        raise LicenceError(f"no licence file in the dist-info of {', '.join(unlicensed)}: add the text to "
                           f"resources/licences/ and the distribution to COMMITTED_TEXTS in packaging/licences.py")
    for dest, src in copies.items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    (out / LISTING).write_text("\n".join(lines) + "\n", "utf-8")
    return lines


def bundle_datas(modules: Iterable[str], staging: Path) -> list[tuple[str, str, str]]:
    """collect() into `staging`, as entries for a PyInstaller Analysis's datas (under licences/)."""
    collect(modules, staging)
    return [(f"licences/{p.relative_to(staging).as_posix()}", str(p), "DATA")
            for p in sorted(staging.rglob("*")) if p.is_file()]


def bundle_problems(folder: Path) -> list[str]:
    """What is missing from a built bundle's licences/ folder (`make package` checks it)."""
    listing = folder / LISTING
    if not listing.is_file():
        return [f"{listing} is missing"]
    listed = [line.split(" ", 1)[0] for line in listing.read_text("utf-8").splitlines()]
    unlisted = sorted(set(COMMITTED_TEXTS) - {canonical(name) for name in listed})
    problems = [f"{LISTING} does not list {name}" for name in unlisted]
    for name in listed:
        texts = [folder / name / text for text in COMMITTED_TEXTS.get(canonical(name), ())]
        if not texts and not any((folder / name).glob("*")):
            problems.append(f"{name} is listed in {LISTING} but {folder / name} holds no licence text")
        problems += [f"{text} is missing or differs from resources/licences/{text.name}" for text in texts
                     if not text.is_file() or text.read_bytes() != (COMMITTED / text.name).read_bytes()]
    return problems
