"""All the benchmarks in one run, each figure beside the floor it is measured against
in the same run (the library's own speed, a bare Qt window, starting Python at all).

    python bench/run.py --all [--folder F]     every figure of the large database
    python bench/run.py --only cli,window      some of them
    python bench/run.py --rows N               the start-up figure on N rows per register

The large database (bench/make_data.py --large: 100,000 requests, 10,000 activities,
2,000 processors, 50,000 consumers, 10,000 audit records) is made once in the folder
and reused. Each suite is a module of bench/ with `run(folder) -> [(name, value, floor)]`.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

SUITES = ("cli", "overview", "window", "exports", "importing")


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
    from installed import compiled_env

    env = compiled_env({"QT_QPA_PLATFORM": "offscreen", "DPO_DESK_HOME": str(folder)})
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


def run_suites(names: list[str], folder: Path) -> int:
    """Run the named suites, each in a process of its own (a child's peak memory is
    then its own, not what an earlier suite left in this one), printing each figure
    with its floor and their ratio."""
    import json

    started = time.perf_counter()
    for name in names:
        suite_started = time.perf_counter()
        print(f"[{name}]", flush=True)
        done = subprocess.run(
            [sys.executable, __file__, "--suite", name, "--folder", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = [x for x in done.stdout.splitlines() if x.startswith("FIGURES ")]
        if done.returncode != 0 or not lines:
            print(f"  failed:\n{done.stderr[-2000:]}", flush=True)
            continue
        for figure, value, floor in json.loads(lines[-1][len("FIGURES ") :]):
            ratio = f"{value / floor:6.2f}x" if floor else "      "
            print(f"  {figure}: {value:.3f}  floor {floor:.3f}  {ratio}", flush=True)
        print(f"  ({time.perf_counter() - suite_started:.0f} s)", flush=True)
    print(f"all figures in {time.perf_counter() - started:.0f} s")
    return 0


def run_one(name: str, folder: Path) -> int:
    """One suite, in this process: its figures as one line of JSON."""
    import json

    suite = importlib.import_module(name)
    print("FIGURES " + json.dumps([list(f) for f in suite.run(folder)]), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="every suite on the large database")
    parser.add_argument("--only", default=None, help="a comma-separated list of suites")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--suite", default=None, help=argparse.SUPPRESS)  # one, in a child
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.suite:
        return run_one(args.suite, folder)
    if args.all or args.only:
        from make_data import large_database

        large_database(folder)
        return run_suites(args.only.split(",") if args.only else list(SUITES), folder)
    db = make_database(args.rows, folder)
    times = startup(db, folder)
    print(
        f"start-up to shown window, {args.rows} rows per register: "
        f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
