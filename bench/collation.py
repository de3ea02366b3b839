"""Danish sort keys on 100,000 names: the pure-Python key (dpo_desk.domain.collation)
against Qt's QCollator (ICU), the floor the window used before.

    python bench/collation.py [--rows N]

Prints the time to sort N names with each key and how many positions differ.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_data import person  # noqa: E402

from dpo_desk.domain.collation import danish_key  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    names = [f"{person(rng)} {rng.randint(1, 500)}" for _ in range(args.rows)]

    danish_key.cache_clear()
    t0 = time.perf_counter()
    ours = sorted(names, key=danish_key)
    pure = time.perf_counter() - t0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    t0 = time.perf_counter()
    theirs = sorted(names, key=collator.sortKey)
    qt = time.perf_counter() - t0

    differ = sum(a != b for a, b in zip(ours, theirs, strict=True))
    print(f"{args.rows} names: pure-Python key {pure * 1000:.0f} ms, "
          f"QCollator {qt * 1000:.0f} ms ({pure / qt:.2f}x); positions that differ: {differ}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
