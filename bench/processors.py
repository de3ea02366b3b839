"""Processor benchmark: open the tab on N processors with 10 rounds each, and filter.

python bench/processors.py [--rows 2000]
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    from bench.make_data import register_database

    db_path = register_database("processors", args.rows, args.folder)

    from PySide6.QtWidgets import QApplication

    from dpo_desk import i18n
    from dpo_desk.db.session import Database
    from dpo_desk.ui.processors.tab import ProcessorTab

    app = QApplication.instance() or QApplication([])
    i18n.install("da")
    db = Database.open(db_path, must_exist=True)
    started = time.perf_counter()
    tab = ProcessorTab(db)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    print(
        f"open the tab on {tab.model.rowCount()} parties "
        f"({tab.model.rowCount() * 10} rounds): {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    times = []
    for word in ("hosting", "ærø", "sørensen"):
        for end in range(1, len(word) + 1):
            t0 = time.perf_counter()
            tab.search.setText(word[:end])
            app.processEvents()
            times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    tab.overdue_filter.setChecked(True)
    app.processEvents()
    overdue = time.perf_counter() - t0
    print(
        f"filter per keystroke: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms; 'supervision overdue' filter {overdue * 1000:.1f} ms"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
