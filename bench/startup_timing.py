"""Timing a program from spawn to its first painted window; shared by bench_startup and the packaging build.

Both Kao (`--exit-after-start`) and the bare-window floor print the monotonic time of their
first paint (gui/first_paint.py) and quit. On Linux `time.monotonic()` is one clock for all
processes, so the parent can subtract its own spawn time.
"""

from __future__ import annotations

import os
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
    fastest: float = 0.0  # the quickest run's `shown`: less moved by the machine's busy spells than the median


def time_start(command: Sequence[str], env: Mapping[str, str], cwd: Path | None = None) -> StartTimes:
    started = time.monotonic()
    result = subprocess.run(list(command), env=dict(env), cwd=cwd, check=True, capture_output=True, text=True,
                            timeout=120)
    exited = time.monotonic() - started
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN_PREFIX):
            return StartTimes(float(line[len(SHOWN_PREFIX):]) - started, exited)
    raise RuntimeError(f"{command[0]} exited without reporting its first paint")


def interleaved_medians(commands: Sequence[Sequence[str]], env: Mapping[str, str], runs: int,
                        cwd: Path | None = None) -> list[StartTimes]:
    """Each command's median start, after one warm-up run each; the commands take turns, so
    the machine's drift hits them all alike."""
    for command in commands:
        time_start(command, env, cwd)  # the page cache, for every program alike
    times: list[list[StartTimes]] = [[] for _ in commands]
    for _ in range(runs):
        for command, seen in zip(commands, times, strict=True):
            # Kao's closing backup leaves writes for the kernel to flush; without this they land in
            # the next program's start (the bare window's median rose 110 → 160 ms while its fastest
            # run did not move). Flushing here, outside the timed span, gives each run a quiet disk.
            if hasattr(os, "sync"):
                os.sync()
            seen.append(time_start(command, env, cwd))
    return [StartTimes(statistics.median(t.shown for t in seen), statistics.median(t.exited for t in seen),
                       min(t.shown for t in seen))
            for seen in times]
