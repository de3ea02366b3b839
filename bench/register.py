"""Register benchmark: open the tab on N activities, filter as one types, print the PDF.

python bench/register.py [--rows 10000]
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def make(rows: int, folder: Path) -> Path:
    """A database with `rows` activities (and nothing else in bulk)."""
    db = folder / f"register-{rows}.sqlite"
    if not db.exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_data.py"),
                str(rows),
                "--db",
                str(db),
                "--only",
                "register",
            ],
            check=True,
        )
    return db


def tab_figures(db_path: Path) -> None:
    """Time to open the tab and to filter per keystroke."""
    from PySide6.QtWidgets import QApplication

    from dpo_desk import i18n
    from dpo_desk.db.session import Database
    from dpo_desk.ui.register.tab import RegisterTab

    app = QApplication.instance() or QApplication([])
    i18n.install("da")
    db = Database.open(db_path, must_exist=True)
    started = time.perf_counter()
    tab = RegisterTab(db)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    opened = time.perf_counter() - started
    print(f"open the tab on {tab.model.total()} activities: {opened * 1000:.0f} ms")
    keystrokes = []
    for word in ("kolding", "måler", "ærø", "støvring"):
        typed = ""
        for char in word:
            typed += char
            t0 = time.perf_counter()
            tab.search.setText(typed)
            app.processEvents()
            keystrokes.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        tab.search.clear()
        app.processEvents()
        keystrokes.append(time.perf_counter() - t0)
    print(
        f"filter per keystroke: median {statistics.median(keystrokes) * 1000:.1f} ms, "
        f"max {max(keystrokes) * 1000:.1f} ms ({len(keystrokes)} keystrokes)"
    )
    t0 = time.perf_counter()
    tab.table.sortByColumn(6, tab.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"sort by next review: {(time.perf_counter() - t0) * 1000:.0f} ms")
    t0 = time.perf_counter()
    tab.table.sortByColumn(0, tab.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"sort by name (Danish collation): {(time.perf_counter() - t0) * 1000:.0f} ms")
    db.close()


def pdf_seconds(db_path: Path, out: Path) -> float:
    """Seconds to write the Art. 30 record of every activity."""
    from dpo_desk.db.session import Database
    from dpo_desk.services.export import export

    db = Database.open(db_path, must_exist=True)
    t0 = time.perf_counter()
    for _ in export(db, report="register", fmt="pdf", out=out):
        pass
    db.close()
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    big = make(args.rows, folder)
    tab_figures(big)
    if not args.no_pdf:
        small_rows = args.rows // 10
        small = make(small_rows, folder)
        t_small = pdf_seconds(small, folder / "small.pdf")
        t_big = pdf_seconds(big, folder / "big.pdf")
        print(
            f"PDF record: {small_rows} activities {t_small:.1f} s, {args.rows} activities "
            f"{t_big:.1f} s (ratio {t_big / t_small:.1f} for 10× the rows)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
