"""Exports on the large database (100,000 requests, 10,000 activities), each against its
floor measured in the same run:

- the requests workbook (100,000 rows, 3 sheets), the whole export (reading included),
  against openpyxl's write-only mode writing the same cells to the same sheets;
- the Art. 30 PDF of 10,000 activities, the whole export, against the 30 s goal and
  against the same PDF of 1,000 of them (the goal: at most 10.5 times that);
- the peak resident memory of each export's process: the workbook of 100,000 requests
  against that of 10,000 (streamed, it must not grow with the rows), the PDF of 10,000
  activities against that of 1,000.

Each export runs in a fresh process (its peak memory is its own: VmHWM, printed beside
that of the process before the export began).

The Art. 30 PDF on this machine (2 cores shared, medians of 3 runs, 2026-11-26): peak
memory 88 MiB at 1,000 activities and 153 MiB at 10,000 (ratio 1.74; 38 and 103 MiB above
the process before the export; was 163 and 496 MiB, ratio 3.0); 2.3 s and 20 s (was 3.7 s
and 21 s). What still grows with the activities is mostly reportlab's: it keeps every
page (compressed) to the save and makes the whole file in memory there. The first
export from a fresh copy of the database peaks about 13 MiB higher (the first open).

    python bench/exports.py [--folder F]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CACHED = Path("/work/bench-cache/large.sqlite")  # made once for every benchmark, read-only
PDF_GOAL = 30.0  # seconds for the Art. 30 PDF of 10,000 activities
Figure = tuple[str, float, float]
BASE_MIB: dict[Path, float] = {}  # an export's process: its peak before the export


def _rss_peak_mib() -> float:
    """This process's peak resident memory (VmHWM: it starts afresh at exec, where
    ru_maxrss keeps that of the parent which started it)."""
    from bench.window import _rss_peak_mib as peak

    return peak()


def _database(folder: Path) -> Path:
    """A copy of the large database of our own (opening it may migrate it)."""
    db = folder / "exports-large.sqlite"
    if not db.exists():
        if CACHED.exists():
            shutil.copyfile(CACHED, db)
        else:
            from bench.make_data import large_database

            shutil.copyfile(large_database(folder), db)
        db.chmod(0o600)
    return db


def _small_database(folder: Path) -> Path:
    """A database of 10,000 requests (the same filler), for the memory of fewer rows."""
    from bench.make_data import register_database

    return register_database("requests", 10_000, folder, quiet=True)


def _child(db_path: Path, report: str, out: Path, first: int | None) -> None:
    """In a fresh process: export `report` (of the first `first` records by id, or all)
    and print its seconds and peak resident MiB as JSON."""
    import resource

    from sqlalchemy import text

    from dpo_desk.db.session import Database
    from dpo_desk.i18n import set_language
    from dpo_desk.services.export import export

    set_language("da")
    db = Database.open(db_path, must_exist=True)
    ids = None
    if first is not None:
        table = {"requests": "subject_request", "register": "activity"}[report]
        with db.reading() as session:
            query = text(f"SELECT id FROM {table} ORDER BY id LIMIT :n")  # noqa: S608
            ids = [row[0] for row in session.execute(query, {"n": first})]
    base = _rss_peak_mib()
    before = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    for _ in export(db, report=report, fmt=None, out=out, ids=ids):
        pass
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    db.close()
    peak = _rss_peak_mib()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak": peak, "base": base}))


def _export(
    db: Path, report: str, out: Path, first: int | None = None
) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MiB) of one export in a fresh process (on a shared
    machine the CPU seconds are what the export would take on a free core); the peak
    of the process before the export is in BASE_MIB[out]."""
    command = [sys.executable, __file__, "--child", report, "--db", str(db), "--out", str(out)]
    if first is not None:
        command += ["--first", str(first)]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    BASE_MIB[out] = float(found["base"])
    return float(found["seconds"]), float(found["cpu"]), float(found["peak"])


def _openpyxl_floor(db_path: Path, out: Path) -> float:
    """Seconds openpyxl's write-only mode takes to write the cells of the requests
    workbook's three sheets (the same values, converted beforehand, no styles)."""
    import datetime as dt

    from openpyxl import Workbook

    from dpo_desk.db.session import Database
    from dpo_desk.i18n import set_language, translate
    from dpo_desk.reports.cells import as_excel
    from dpo_desk.services import request_export

    set_language("da")
    db = Database.open(db_path, must_exist=True)
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    sheets = []
    for table in request_export.build(db, today=dt.date.today()).tables():
        kinds = [c.kind for c in table.columns]
        rows = [[as_excel(v, kinds[i], yes, no) for i, v in enumerate(r)] for r in table.rows]
        sheets.append((table.title, [c.header for c in table.columns], rows))
    db.close()
    t0 = time.perf_counter()
    book = Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(str(out))
    return time.perf_counter() - t0


def run(folder: Path) -> list[Figure]:
    """The figures: (name, value, floor)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = _database(folder)
    figures: list[Figure] = []
    workbook, _, workbook_peak = _export(db, "requests", folder / "requests.xlsx")
    floor = _openpyxl_floor(db, folder / "requests-openpyxl.xlsx")
    figures.append(
        ("requests workbook, 100,000 rows, 3 sheets, whole export (s) "
         "/ openpyxl write-only, same cells", workbook, floor)
    )
    _, _, small_peak = _export(_small_database(folder), "requests", folder / "r-10k.xlsx")
    figures.append(
        ("requests workbook peak memory (MiB), 100,000 rows / 10,000 rows",
         workbook_peak, small_peak)
    )
    small, _, small_pdf_peak = _export(db, "register", folder / "art30-1k.pdf", first=1_000)
    large, large_cpu, large_pdf_peak = _export(db, "register", folder / "art30-10k.pdf")
    figures.append(("Art. 30 PDF, 10,000 activities (s) / the 30 s goal", large, PDF_GOAL))
    figures.append(
        ("Art. 30 PDF, 10,000 activities, CPU seconds / the 30 s goal", large_cpu, PDF_GOAL)
    )
    figures.append(
        ("Art. 30 PDF, 10,000 activities (s) / 1,000 activities (goal <= 10.5)", large, small)
    )
    figures.append(
        ("Art. 30 PDF peak memory (MiB), 10,000 activities / 1,000", large_pdf_peak,
         small_pdf_peak)
    )
    large_base = BASE_MIB[folder / "art30-10k.pdf"]
    small_base = BASE_MIB[folder / "art30-1k.pdf"]
    figures.append(
        (f"Art. 30 PDF peak memory above the process before it (MiB; {large_base:.0f} and "
         f"{small_base:.0f} MiB before), 10,000 activities / 1,000",
         large_pdf_peak - large_base, small_pdf_peak - small_base)
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--first", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.db, args.child, args.out, args.first)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    for name, value, floor in run(folder):
        print(f"{name}: {value:.2f} against {floor:.2f}: ratio {value / floor:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
