"""The command line's start-up: `dpo-desk --version` and `--help` against the floor of
starting Python at all (`python -c pass`), medians of runs in the same process table.

    python bench/cli.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from installed import compiled_env  # noqa: E402


def _seconds(command: list[str], runs: int) -> float:
    env = compiled_env()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(folder: Path | None = None, runs: int = 9) -> list[tuple[str, float, float]]:
    """(name, seconds, floor seconds) for `--version` and `--help`; the floor is
    `python -c pass` measured between them."""
    del folder  # no database needed
    floor = _seconds([sys.executable, "-c", "pass"], runs)
    version = _seconds([sys.executable, "-m", "dpo_desk", "--version"], runs)
    shown_help = _seconds([sys.executable, "-m", "dpo_desk", "--help"], runs)
    return [
        ("dpo-desk --version (floor: python -c pass; goal <= 3x)", version, floor),
        ("dpo-desk --help (floor: python -c pass)", shown_help, floor),
    ]


if __name__ == "__main__":
    for name, value, floor in run():
        print(f"{name}: {value:.3f} s, floor {floor:.3f} s, {value / floor:.2f}x")
