"""Cross-register reports benchmark: the management workbook and the annual DPO report on
a large database (N rows per register): time and peak memory (maximum resident set of a
process that writes only that report), and the workbook's writing time against
openpyxl's own write-only mode on the same cells in the same run.

    python bench/reports.py [--rows 10000] [--folder DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _one(db_path: Path, report: str, out: Path) -> None:
    """Child process: write one report; print seconds and peak resident MiB."""
    import resource

    from dpo_desk.db.session import Database
    from dpo_desk.i18n import set_language
    from dpo_desk.services.export import export

    set_language("da")
    db = Database.open(db_path, must_exist=True)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    for _ in export(db, report=report, fmt=None, out=out):
        pass
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db.close()
    print(f"{seconds} {peak / 1024} {before / 1024}")


def _measure(db_path: Path, report: str, out: Path) -> tuple[float, float, float]:
    """(seconds, peak MiB, MiB before the report) of a fresh process."""
    result = subprocess.run(
        [sys.executable, __file__, "--one", report, "--db", str(db_path), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, peak, before = (float(x) for x in result.stdout.split()[-3:])
    return seconds, peak, before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.db, args.one, args.out)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / f"reports-{args.rows}.sqlite"
    if not db_path.exists():
        subprocess.run(
            [sys.executable, str(HERE / "make_data.py"), str(args.rows), "--db", str(db_path)],
            check=True,
        )

    from openpyxl import Workbook

    from dpo_desk.db.session import Database
    from dpo_desk.i18n import set_language
    from dpo_desk.reports.cells import as_excel
    from dpo_desk.reports.management import write_workbook
    from dpo_desk.services import management

    set_language("da")
    db = Database.open(db_path, must_exist=True)
    today = dt.date.today()

    for report, name in (("workbook", "workbook.xlsx"), ("annual", "annual.pdf")):
        seconds, peak, before = _measure(db_path, report, folder / name)
        print(
            f"{report}, reading and building included: {seconds:.2f} s, "
            f"peak resident {peak:.0f} MiB ({peak - before:.0f} MiB above the open database)",
            flush=True,
        )

    # The writing alone, against openpyxl write-only on the same cells.
    t0 = time.perf_counter()
    book = management.build(db, today=today)
    reading = time.perf_counter() - t0
    tables = [book.summary, *book.figures, *book.registers]
    cells = sum(len(t.rows) * len(t.columns) for t in tables)
    t0 = time.perf_counter()
    for _ in write_workbook(book, folder / "ours.xlsx"):
        pass
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    raw = Workbook(write_only=True)
    for n, table in enumerate(tables):
        sheet = raw.create_sheet(f"s{n}")
        sheet.append([c.header for c in table.columns])
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            sheet.append([as_excel(v, kinds[i], "Ja", "Nej") for i, v in enumerate(row)])
    raw.save(str(folder / "raw.xlsx"))
    plain = time.perf_counter() - t0
    rows = sum(len(t.rows) for t in tables)
    print(f"reading the registers for the workbook: {reading:.2f} s")
    print(
        f"writing {rows} rows ({cells} cells) in {len(tables)} tables: ours {ours:.2f} s "
        f"(Excel tables, charts, styles, real dates), openpyxl write-only {plain:.2f} s: "
        f"ratio {ours / plain:.2f}"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
