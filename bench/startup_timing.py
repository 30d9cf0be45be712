"""Timing a program from spawn to its first painted window; shared by bench_startup and the packaging build.

Both Kao (`--exit-after-start`) and the bare-window floor print the monotonic time of their
first paint (gui/first_paint.py) and quit. On Linux `time.monotonic()` is one clock for all
processes, so the parent can subtract its own spawn time.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from gui.first_paint import SHOWN_PREFIX


@dataclass(frozen=True)
class StartTimes:
    shown: float  # seconds from spawn to the window's first paint
    exited: float  # seconds from spawn to the process's exit (adds closing work and teardown)


def time_start(command: Sequence[str], env: Mapping[str, str], cwd: Path | None = None) -> StartTimes:
    started = time.monotonic()
    result = subprocess.run(list(command), env=dict(env), cwd=cwd, check=True, capture_output=True, text=True,
                            timeout=120)
    exited = time.monotonic() - started
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN_PREFIX):
            return StartTimes(float(line[len(SHOWN_PREFIX):]) - started, exited)
    raise RuntimeError(f"{command[0]} exited without reporting its first paint")


def median_start(command: Sequence[str], env: Mapping[str, str], runs: int, cwd: Path | None = None) -> StartTimes:
    times = [time_start(command, env, cwd) for _ in range(runs)]
    return StartTimes(statistics.median(t.shown for t in times), statistics.median(t.exited for t in times))
