"""Import rules that keep the layers honest, checked on the source (AST), not by convention."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [p for d in ("core", "gui", "bench", "packaging") for p in (ROOT / d).rglob("*.py")] + [ROOT / "main.py"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _top(name: str) -> str:
    return name.split(".")[0]


def test_core_never_imports_qt_or_gui():
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if _top(n) in {"PySide6", "shiboken6", "gui"})
        for p in (ROOT / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _importers(library: str) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES if any(_top(n) == library for n in _imports(p)))


def test_only_one_module_imports_sqlite_utils():
    assert len(_importers("sqlite_utils")) <= 1, _importers("sqlite_utils")


def test_only_the_report_package_imports_reportlab():
    outside = [p for p in _importers("reportlab") if not p.startswith("core/report/")]
    assert outside == []


def test_the_rule_checker_sees_real_imports():
    """Guard against a checker that silently finds nothing."""
    assert "PySide6.QtWidgets" in _imports(ROOT / "gui" / "app.py")
    assert "icu4py.breakers" in _imports(ROOT / "core" / "linebreak.py")
