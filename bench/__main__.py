"""Run every benchmark module (``bench_*.py``) in this folder, in name order."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    status = 0
    for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
        if module.startswith("bench_"):
            print(f"== {module}", flush=True)
            status |= int(importlib.import_module(f"bench.{module}").main() or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
