"""Build the Linux bundle (PyInstaller one-folder + .desktop + icon), tar it, and self-test it.

`make package` runs this. The self-test runs from a copy of the bundle in a
fresh folder with a clean environment, so it proves the bundle needs neither
the source tree nor the project's .venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
from licences import LISTING, bundle_problems  # noqa: E402 - packaging/licences.py (a script sees its own folder)

from bench.bench_startup import ASSESSMENTS, seed  # noqa: E402
from bench.startup_timing import interleaved_medians  # noqa: E402
from core import __version__  # noqa: E402
from core.bundle.shipped_key import SHIPPED_KEY_FILE, key_file_problem  # noqa: E402


def build() -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "packaging" / "kao.spec")],
                   check=True, cwd=ROOT)
    bundle = DIST / "kao"
    for name in ("kao.desktop", "kao-mime.xml", "install-user.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, bundle / name)
    shutil.copy(ROOT / "resources" / "icons" / "kao.png", bundle / "kao.png")
    return bundle


def tarball(bundle: Path) -> Path:
    out = DIST / f"kao-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"kao-{__version__}")
    return out


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links some libraries under two names)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bare() -> Path:
    """A bare PySide6 window with the same font, frozen the same way: the floor to compare with."""
    fonts = ROOT / "resources" / "fonts"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
                    "--name", "bare", "--distpath", str(ROOT / "build" / "bare-dist"),
                    "--workpath", str(ROOT / "build" / "bare-work"), "--specpath", str(ROOT / "build"),
                    "--add-data", f"{fonts}:resources/fonts", "--exclude-module", "tkinter", "--paths", str(ROOT),
                    str(ROOT / "packaging" / "bare_window.py")], check=True, cwd=ROOT)
    return ROOT / "build" / "bare-dist" / "bare"


def compare_with_bare(bundle: Path) -> None:
    """Start-up to the home screen shown, with bench_startup's workload, against the bare window."""
    bare = build_bare()
    with tempfile.TemporaryDirectory(prefix="kao-start-") as tmp:
        data = Path(tmp) / "data"
        seed(data, ASSESSMENTS)
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "KAO_DATA_DIR": str(data)}
        kao, floor = interleaved_medians([[str(bundle / "kao"), "--exit-after-start"], [str(bare / "bare")]],
                                         env, runs=7)
    print(f"start-up with {ASSESSMENTS} assessments in the data folder, median of 7 runs")
    print(f"bare PySide6 window, frozen the same way: {folder_size(bare) / 1e6:.1f} MB, "
          f"shown {floor.shown * 1000:.0f} ms")
    print(f"Kao frozen: start to home shown {kao.shown * 1000:.0f} ms = {kao.shown / floor.shown:.2f}× the bare "
          f"window (to exit, with the closing backup: {kao.exited * 1000:.0f} ms)")


def check_licences(bundle: Path) -> int:
    """The licence texts travel with the app: the list About shows, each component's texts, and
    Qt's LGPL with the GPL it builds on. Returns how many components are listed."""
    folder = bundle / "_internal" / "licences"
    problems = bundle_problems(folder)
    if problems:
        raise SystemExit("bundle licences: " + "; ".join(problems))
    return len((folder / LISTING).read_text("utf-8").splitlines())


def self_test(bundle: Path) -> float:
    """Copy the bundle elsewhere, check its licences and run --self-test there; returns the seconds it took."""
    with tempfile.TemporaryDirectory(prefix="kao-bundle-") as tmp:
        copy = Path(tmp) / "kao"
        shutil.copytree(bundle, copy, symlinks=True)
        print(f"licence texts: {check_licences(copy)} components listed in licences/{LISTING}")
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        started = time.perf_counter()
        result = subprocess.run([str(copy / "kao-cli"), "--self-test"], env=env, cwd=tmp, capture_output=True,
                                text=True, timeout=300)
        elapsed = time.perf_counter() - started
        print(result.stdout, end="")
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            raise SystemExit(f"bundle self-test failed with exit code {result.returncode}")
    return elapsed


def main() -> int:
    # kao.spec refuses it too (the Windows build runs only the spec); here it is one line, not
    # a PyInstaller failure under a traceback, and before anything is built.
    problem = key_file_problem(ROOT / "resources" / SHIPPED_KEY_FILE)
    if problem is not None:
        raise SystemExit(f"make package: not building: {problem}")
    bundle = build()
    archive = tarball(bundle)
    seconds = self_test(bundle)
    compare_with_bare(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB on disk)")
    print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"self-test from a copied bundle: passed in {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
