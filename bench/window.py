"""The window on the large database (100,000 requests, 10,000 activities, 50,000
consumers, 10,000 audit records), each figure beside its floor measured in the same run:

- start-up: from launching the process to the shown window whose first tab shows its
  rows, opened as `dpo-desk` opens it (the file's check and the daily backup beside it);
  floor: a bare Qt window (QApplication + QMainWindow shown) launched the same way; and
  beside it the floor of the stack: the same bare window after importing SQLAlchemy's
  ORM and making Denmark's holidays, which any window of this program needs first;
- switching to the requests tab (100,000 rows) until its first screenful is shown (the
  rest is read in slices of a few ms; when every row is read is printed beside it);
  floor: the same bare window's start-up;
- filter per keystroke on the requests tab, all 100,000 requests shown (median and max);
  floor: the goal, 50 ms (the bare in-memory scan is printed beside it);
- peak memory (RSS) after visiting every tab; floor: the bare window's.

Children run from compiled bytecode, as an installed program does (bench/installed.py).

    python bench/window.py [--folder F] [--runs N]

`run(folder)` returns [(name, value, floor)] for bench/run.py --all.

Figures on this machine (2 cores, medians of 3 runs, floors in the same run;
2026-11-26): start to a shown first tab 0.67-0.69 s against a bare window's 0.10 s
(6.8-6.9x; was 2.99 s, then 0.87 s); the stack's floor 0.32 s (3.3x the bare window), the
start 2.1x that; the switch to the requests tab 0.04 s, 0.4x the bare window (was 0.62 s),
every request read 0.5 s after it in slices, the slowest turn of the event loop 44 ms;
filter per keystroke median 11-12 ms, max 20-22 ms; peak RSS after every tab 208-209 MiB
(was 251; the bare window 48 MiB).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from installed import compiled_env  # noqa: E402

CACHE = Path("/work/bench-cache/large.sqlite")
WORDS = ("sørensen", "ærø", "kolding", "aktindsigt")  # typed one letter at a time
FILTER_GOAL = 0.050


# -- the children: each figure in a fresh process --------------------------------------
def _rss_peak_mib() -> float:
    """This process's peak resident memory: VmHWM, which starts afresh at exec (Linux's
    ru_maxrss keeps the parent's peak across fork and exec, so a child started by a
    large parent, as bench/run.py --all is, would report the parent's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child_stack() -> dict[str, float]:
    """The bare window after what any window of this program needs before its first rows,
    whatever its own code: SQLAlchemy's ORM imported (the program's storage) and this
    year's Danish public holidays made (the deadlines; the `holidays` package imports
    every country's module to find Denmark's)."""
    import datetime as dt

    import holidays
    import sqlalchemy.orm  # noqa: F401

    holidays.country_holidays("DK", years=dt.date.today().year)
    return _child_bare()


def _child_bare() -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    out: dict[str, float] = {}

    def shown() -> None:
        out["shown"] = time.time()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    out["rss"] = _rss_peak_mib()
    return out


def _open_window(db_path: str, settings_path: str):  # type: ignore[no-untyped-def]
    """The window as `dpo-desk --db` opens it (the file's check and the daily backup
    beside its start), with settings of its own."""
    import dpo_desk.ui.app  # noqa: F401 - first, as `dpo-desk` imports it (dpo_desk/ui/__init__.py)

    # isort: split
    from PySide6.QtCore import QSettings

    from dpo_desk.ui.app import create_application, open_window

    app = create_application()
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    window = open_window(db_target=db_path, language="da", settings=settings)
    if window is None:
        raise RuntimeError("the database did not open")
    return app, window


def _child_start(db_path: str, settings_path: str) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    app, window = _open_window(db_path, settings_path)
    out: dict[str, float] = {}

    def shown() -> None:
        out["shown"] = time.time()
        first = window.tabs.currentWidget()
        out["rows"] = float(first.model.total()) if hasattr(first, "model") else -1.0
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    window.db.close()
    return out


def _child_tour(db_path: str, settings_path: str, fts: bool) -> dict[str, float]:
    """Switch to the requests tab, type in its search box, then visit every tab."""
    app, window = _open_window(db_path, settings_path)
    app.processEvents()
    out: dict[str, float] = {}
    from dpo_desk.services.registry import REGISTERS

    index = [spec.name for spec in REGISTERS].index("requests")
    t0 = time.perf_counter()
    window.tabs.setCurrentIndex(index)
    app.processEvents()
    out["switch"] = time.perf_counter() - t0  # the first screenful shown
    tab = window.tabs.widget(index)
    out["first_rows"] = float(tab.proxy.rowCount())
    slowest = 0.0
    while tab.model.loading:  # the rest read in slices between turns of the event loop
        t1 = time.perf_counter()
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - t1)
    out["all_read"] = time.perf_counter() - t0
    out["slowest_turn"] = slowest
    out["rows"] = float(tab.model.total())
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))  # every request
    app.processEvents()
    out["shown_rows"] = float(tab.proxy.rowCount())
    times = []
    for word in WORDS:
        for end in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
            t0 = time.perf_counter()
            tab.search.setText(word[:end])
            app.processEvents()
            times.append(time.perf_counter() - t0)
    out["filter_median"] = statistics.median(times)
    out["filter_max"] = max(times)
    # the bare scan the filter cannot beat: one `in` per row over the folded texts
    texts = [f"sørensen ærø kolding nr. {i} aktindsigt" for i in range(int(out["rows"]))]
    t0 = time.perf_counter()
    _ = [i for i, t in enumerate(texts) if "ærø" in t]
    out["bare_scan"] = time.perf_counter() - t0
    del texts
    if fts:
        out.update(_fts_figures(tab.model._folded()))
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
    out["rss"] = _rss_peak_mib()
    window.db.close()
    return out


def _fts_figures(texts: list[str]) -> dict[str, float]:
    """A SQLite FTS5 index (unicode61, which keeps æ ø å as letters) over the same
    folded texts the window searches, queried as one types: per keystroke, a prefix
    query of the typed text, against the in-memory scan on the same texts."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')")
    con.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", enumerate(texts))
    con.commit()
    build = time.perf_counter() - t0
    fts_times, scan_times = [], []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            needle = word[:end]
            t0 = time.perf_counter()
            hits = [
                r for (r,) in con.execute("SELECT rowid FROM t WHERE t MATCH ?", (f'"{needle}"*',))
            ]
            fts_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            found = [i for i, t in enumerate(texts) if needle in t]
            scan_times.append(time.perf_counter() - t0)
            del hits, found
    con.close()
    return {
        "fts_build": build,
        "fts_median": statistics.median(fts_times),
        "fts_max": max(fts_times),
        "scan_median": statistics.median(scan_times),
        "scan_max": max(scan_times),
    }


def _child(kind: str, args: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    if kind == "bare":
        out = _child_bare()
    elif kind == "stack":
        out = _child_stack()
    elif kind == "start":
        out = _child_start(*args[:2])
    else:
        out = _child_tour(args[0], args[1], fts="fts" in args)
    print("RESULT " + json.dumps(out), flush=True)


def _launch(kind: str, *args: str, folder: Path) -> tuple[float, dict[str, float]]:
    env = compiled_env({"QT_QPA_PLATFORM": "offscreen", "DPO_DESK_HOME": str(folder)})
    launched = time.time()
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{done.stderr[-3000:]}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return launched, json.loads(line[len("RESULT ") :])


# -- the parent ----------------------------------------------------------------------
def large_copy(folder: Path) -> Path:
    """A writable copy of the large database in `folder` (opening it may migrate)."""
    db = folder / "window-large.sqlite"
    if not db.exists():
        if CACHE.exists():
            shutil.copyfile(CACHE, db)
        else:
            sys.path.insert(0, str(HERE))
            from make_data import large_database

            shutil.copyfile(large_database(folder), db)
        db.chmod(0o644)
    return db


def measure(folder: Path, runs: int = 5, *, fts: bool = False) -> dict[str, float]:
    """Every figure: medians over `runs` fresh processes, floors taken in between."""
    folder.mkdir(parents=True, exist_ok=True)
    db = large_copy(folder)
    _launch("start", str(db), str(folder / "warm.ini"), folder=folder)  # migrate, warm caches
    bare, stack, start, switch, rss, bare_rss = [], [], [], [], [], []
    tours: list[dict[str, float]] = []
    for n in range(runs):
        launched, out = _launch("bare", folder=folder)
        bare.append(out["shown"] - launched)
        bare_rss.append(out["rss"])
        launched, out = _launch("stack", folder=folder)
        stack.append(out["shown"] - launched)
        settings = folder / f"start-{n}.ini"
        settings.unlink(missing_ok=True)
        launched, out = _launch("start", str(db), str(settings), folder=folder)
        start.append(out["shown"] - launched)
        if out["rows"] <= 0:
            raise RuntimeError("the first tab showed no rows")
        settings = folder / f"tour-{n}.ini"
        settings.unlink(missing_ok=True)
        flags = ["fts"] if fts and n == 0 else []
        _, tour = _launch("tour", str(db), str(settings), *flags, folder=folder)
        tours.append(tour)
        switch.append(tour["switch"])
        rss.append(tour["rss"])
    figures = {
        "bare": statistics.median(bare),
        "stack": statistics.median(stack),
        "start": statistics.median(start),
        "switch": statistics.median(switch),
        "all_read": statistics.median(t["all_read"] for t in tours),
        "slowest_turn": statistics.median(t["slowest_turn"] for t in tours),
        "first_rows": tours[0]["first_rows"],
        "filter_median": statistics.median(t["filter_median"] for t in tours),
        "filter_max": statistics.median(t["filter_max"] for t in tours),
        "filter_max_worst": max(t["filter_max"] for t in tours),
        "bare_scan": statistics.median(t["bare_scan"] for t in tours),
        "rss": max(rss),
        "bare_rss": statistics.median(bare_rss),
        "requests": tours[0]["rows"],
    }
    figures.update({k: v for k, v in tours[0].items() if k.startswith(("fts_", "scan_"))})
    return figures


def run(folder: Path) -> list[tuple[str, float, float]]:
    """(name, value, floor) per figure, for bench/run.py --all."""
    f = measure(Path(folder), runs=3)
    return [
        (
            "window: start to a shown first tab with rows (s; floor bare Qt window)",
            f["start"],
            f["bare"],
        ),
        (
            "window: start to a shown first tab with rows (s; floor bare Qt window after "
            "importing SQLAlchemy's ORM and making Denmark's holidays)",
            f["start"],
            f["stack"],
        ),
        (
            "window: that floor itself (s; floor bare Qt window)",
            f["stack"],
            f["bare"],
        ),
        (
            "window: switch to the requests tab, 100,000 rows (s; floor bare Qt window)",
            f["switch"],
            f["bare"],
        ),
        (
            "window: filter per keystroke, median (s; floor the 50 ms goal)",
            f["filter_median"],
            FILTER_GOAL,
        ),
        (
            "window: filter per keystroke, max (s; floor the 50 ms goal)",
            f["filter_max"],
            FILTER_GOAL,
        ),
        (
            "window: filter per keystroke, max (s; floor a bare `in` scan of 100,000 texts)",
            f["filter_max"],
            f["bare_scan"],
        ),
        ("window: peak RSS after every tab (MiB; floor bare Qt window)", f["rss"], f["bare_rss"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fts", action="store_true", help="also measure a SQLite FTS5 index")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1:])
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    f = measure(folder, args.runs, fts=args.fts)
    ms = 1000
    print(f"large database: {f['requests']:.0f} requests; medians of {args.runs} runs")
    print(
        f"start to a shown first tab with rows: {f['start']:.2f} s; bare Qt window "
        f"{f['bare']:.2f} s; ratio {f['start'] / f['bare']:.2f} (goal <= 2)"
    )
    print(
        f"  the same bare window after importing SQLAlchemy's ORM and making Denmark's "
        f"holidays: {f['stack']:.2f} s, {f['stack'] / f['bare']:.2f}x the bare window; "
        f"the start is {f['start'] / f['stack']:.2f}x that"
    )
    print(
        f"switch to the requests tab: {f['switch']:.2f} s; bare Qt window {f['bare']:.2f} s; "
        f"ratio {f['switch'] / f['bare']:.2f} (goal <= 1)"
    )
    print(
        f"  (its first {f['first_rows']:.0f} rows shown at once; every request read "
        f"{f['all_read']:.2f} s after the switch, in slices between turns of the event loop, "
        f"the slowest turn {f['slowest_turn'] * ms:.0f} ms)"
    )
    print(
        f"filter per keystroke, all requests shown: median {f['filter_median'] * ms:.1f} ms, "
        f"max {f['filter_max'] * ms:.1f} ms (worst run {f['filter_max_worst'] * ms:.1f} ms); "
        f"goal max <= {FILTER_GOAL * ms:.0f} ms, ratio {f['filter_max'] / FILTER_GOAL:.2f}; "
        f"a bare `in` scan of 100,000 short texts {f['bare_scan'] * ms:.1f} ms"
    )
    if "fts_median" in f:
        print(
            f"FTS5 (unicode61) prefix query per keystroke: median {f['fts_median'] * ms:.1f} ms, "
            f"max {f['fts_max'] * ms:.1f} ms (index built in {f['fts_build']:.1f} s); "
            f"the in-memory scan on the same texts: median {f['scan_median'] * ms:.1f} ms, "
            f"max {f['scan_max'] * ms:.1f} ms"
        )
    print(
        f"peak RSS after every tab: {f['rss']:.0f} MiB; bare Qt window {f['bare_rss']:.0f} MiB; "
        f"ratio {f['rss'] / f['bare_rss']:.2f} (goal <= 250 MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
