"""What every command gets: the language, the data folder and the output streams."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from core.paths import resolve_data_dir
from core.text import Lang

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "Context"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2

# json escapes C0 controls but passes DEL, C1 (some terminals take U+009B as the start of an escape
# sequence) and the line separators through. They can only stand inside a string, so \u escapes keep it JSON.
_JSON_UNSAFE = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), 0x2028, 0x2029)}


@dataclass
class Context:
    lang: Lang = "th"
    data_dir_override: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def t(self, th: str, en: str) -> str:
        """Pick the string for the command line's language."""
        return th if self.lang == "th" else en

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.data_dir_override)

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, data: Any) -> None:
        self.out.write(json.dumps(data, ensure_ascii=False, indent=2).translate(_JSON_UNSAFE) + "\n")

    def fail(self, message: str) -> int:
        """One line on stderr and exit code 2: the contract for bad input."""
        print(f"kao: {message}", file=self.err)
        return EXIT_BAD_INPUT


SQLITE_MAX_INT = 2**63 - 1  # the largest id or year SQLite can store; beyond it sqlite3 raises OverflowError


def number(text: str) -> int:
    """An argparse type for ids and years: a whole number SQLite can hold, else a usage error (exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= SQLITE_MAX_INT:
        raise argparse.ArgumentTypeError(f"out of range: {text}")
    return value
