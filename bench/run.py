"""The benchmarks: prints each figure; later registers add theirs.

    python bench/run.py [--rows N]

Start-up: from launching the program's process to the first shown main window, on a
database with N rows per register (median of 5 runs, offscreen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_database(rows: int, folder: Path) -> Path:
    """A database with `rows` rows per register."""
    db = folder / f"bench-{rows}.sqlite"
    if not db.exists():
        subprocess.run(
            [sys.executable, str(HERE / "make_data.py"), str(rows), "--db", str(db)], check=True
        )
    return db


def startup(db: Path, folder: Path, runs: int = 5) -> list[float]:
    """Seconds from process launch to the shown main window, per run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DPO_DESK_HOME": str(folder)}
    times = []
    for _ in range(runs):
        launched = time.time()
        out = subprocess.run(
            [sys.executable, str(HERE / "startup_probe.py"), str(db), str(folder / "settings.ini")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        shown = float(
            next(line for line in out.splitlines() if line.startswith("shown")).split()[1]
        )
        times.append(shown - launched)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = make_database(args.rows, folder)
    times = startup(db, folder)
    print(
        f"start-up to shown window, {args.rows} rows per register: "
        f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
