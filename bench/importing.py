"""Import benchmark: 10,000 processing activities and 100,000 subject requests from
workbooks into an empty database — reading and planning, then writing in one
transaction — with time and peak memory, against the floor measured in the same run:
openpyxl's own read-only pass over the same file.

    python bench/importing.py [--activities 10000] [--requests 100000] [--folder DIR]

(`run.py --all` runs 3,000 activities and 30,000 requests: see `run`.)

`run(folder)` returns (name, value, reference) triples: seconds or MB, the reference
being the floor's figure for the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TODAY = dt.date(2026, 3, 9)
SUBJECTS = ["Kunder", "Ansatte", "Leverandører", "Forbrugere", "Jobansøgere"]
CATEGORIES = ["Navn", "Adresse", "E-mail", "Telefon", "Forbrug", "Kontonummer"]


def _write(path: Path, headers: list[str], rows: Callable[[int], list[object]], n: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Ark1")
    sheet.append(headers)
    for i in range(n):
        sheet.append(rows(i))
    book.save(str(path))
    return path


def activities_file(folder: Path, n: int) -> Path:
    """A workbook of `n` activities laid out as Datatilsynet's template, plus a name."""
    return _write(
        folder / f"activities-{n}.xlsx",
        [
            "Navn",
            "Formålene med behandlingen",
            "Retsgrundlag",
            "Kategorier af registrerede",
            "Kategorier af personoplysninger",
            "Tidsfrister for sletning",
            "Generel beskrivelse af tekniske og organisatoriske sikkerhedsforanstaltninger",
        ],
        lambda i: [
            f"Behandling {i:05d}",
            f"Formål nummer {i} for kunder i Kolding",
            "Art. 6(1)(b) contract",
            f"{SUBJECTS[i % 5]}; {SUBJECTS[(i + 1) % 5]}",
            "; ".join(CATEGORIES[: 1 + i % 6]),
            "5 år efter ophør",
            "Adgangsstyring",
        ],
        n,
    )


def requests_file(folder: Path, n: int) -> Path:
    """A workbook of `n` access requests received in February 2026."""
    return _write(
        folder / f"requests-{n}.xlsx",
        ["Anmoder", "Type", "Modtaget", "Relation"],
        lambda i: [
            f"Person {i:06d}",
            "Indsigt (art. 15)",
            dt.datetime(2026, 2, 1 + i % 28),
            "Kunde",
        ],
        n,
    )


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _measured(work: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, peak growth of the resident memory in MB, sampled every 20 ms)."""
    gc.collect()
    start = _rss_mb()
    peak = [start]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            peak[0] = max(peak[0], _rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    try:
        result = work()
    finally:
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
    return result, seconds, max(peak[0], _rss_mb()) - start


def _floor(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.active.iter_rows(values_only=True))
    book.close()
    return rows


def _write_floor(folder: Path, path: Path) -> float:
    """Seconds bare SQLite takes to write the file's cells as rows in one transaction."""
    import sqlite3

    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = [tuple(str(c) for c in r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    target = folder / "floor.sqlite"
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    columns = ", ".join(f"c{i}" for i in range(len(rows[0])))
    connection.execute(f"CREATE TABLE t ({columns})")
    marks = ", ".join("?" for _ in rows[0])
    started = time.perf_counter()
    with connection:
        connection.executemany(f"INSERT INTO t VALUES ({marks})", rows[1:])
    seconds = time.perf_counter() - started
    connection.close()
    target.unlink()
    return seconds


def _one(folder: Path, register: str, path: Path, label: str) -> list[tuple[str, float, float]]:
    from dpo_desk.db.backup import drain
    from dpo_desk.db.session import Database
    from dpo_desk.services import importing

    db_path = folder / f"import-{register}.sqlite"
    for old in folder.glob(f"import-{register}.sqlite*"):
        old.unlink()
    db = Database.open(db_path)
    try:
        _rows, floor_s, floor_mb = _measured(lambda: _floor(path))
        plan, plan_s, plan_mb = _measured(
            lambda: importing.plan_file(db, register, path, today=TODAY)
        )
        assert not plan.problems(), plan.problems()[:3]
        _r, apply_s, apply_mb = _measured(lambda: drain(importing.apply(db, plan, today=TODAY)))
    finally:
        db.close()
    write_floor = _write_floor(folder, path)
    return [
        (f"{label}: read and plan (s; ref. openpyxl read-only pass)", plan_s, floor_s),
        (f"{label}: write in one transaction (s; ref. bare SQLite inserts)", apply_s, write_floor),
        (f"{label}: peak memory reading and planning (MB; ref. openpyxl pass)", plan_mb, floor_mb),
        (f"{label}: peak memory writing (MB; ref. openpyxl pass)", apply_mb, floor_mb),
    ]


def run(
    folder: Path, *, activities: int = 3_000, requests: int = 30_000
) -> list[tuple[str, float, float]]:
    """Import both workbooks into fresh databases in `folder`; the figures. The sizes
    are a third of the issue's (main() runs those) so that the suite stays within its
    90 s in `run.py --all`: writing costs about 0.7 ms a request and 2 ms an activity
    (the registers' own saves, the rows' and their audit records' flush)."""
    from dpo_desk import i18n

    i18n.set_language("da")
    folder.mkdir(parents=True, exist_ok=True)
    results = _one(
        folder, "register", activities_file(folder, activities), f"{activities:,} activities"
    )
    results += _one(folder, "requests", requests_file(folder, requests), f"{requests:,} requests")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-import-"))
    for name, value, reference in run(folder, activities=args.activities, requests=args.requests):
        ratio = value / reference if reference else float("nan")
        print(f"{name}: {value:.2f} (reference {reference:.2f}, ×{ratio:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
