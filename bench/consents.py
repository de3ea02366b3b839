"""Consents benchmark: 50,000 consumers — the warning list for one postal code, and its PDF.

python bench/consents.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    from bench.make_data import register_database

    db_path = register_database("consents", args.rows, args.folder)
    folder = db_path.parent

    from PySide6.QtCore import QCoreApplication

    from dpo_desk import i18n
    from dpo_desk.db.session import Database
    from dpo_desk.domain.consents import Area
    from dpo_desk.services import consents

    QCoreApplication.instance() or QCoreApplication([])
    i18n.install("da")
    db = Database.open(db_path, must_exist=True)
    area = Area(postal_codes=frozenset({"6036"}))
    starts = dt.datetime.combine(dt.date.today(), dt.time(8, 0))
    ends = starts + dt.timedelta(hours=6)
    times, named = [], 0
    for _ in range(7):
        t0 = time.perf_counter()
        named = len(
            consents.warning_list(
                db, area, interruption="bench", starts=starts, ends=ends, today=dt.date.today()
            )
        )
        times.append(time.perf_counter() - t0)
    print(
        f"warning list for one postal code among {args.rows} consumers: {named} named, "
        f"median {statistics.median(times) * 1000:.0f} ms (max {max(times) * 1000:.0f} ms)"
    )
    t0 = time.perf_counter()
    consents.write_call_sheet(
        db,
        area,
        interruption="bench",
        starts=starts,
        ends=ends,
        out=folder / "call.pdf",
        fmt="pdf",
        today=dt.date.today(),
    )
    print(f"the same list as a PDF call sheet: {(time.perf_counter() - t0) * 1000:.0f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
