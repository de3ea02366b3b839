"""Fill a database with N synthetic rows per register, for the benchmarks.

    python bench/make_data.py N --db PATH

Danish names with æ, ø, å and realistic dates. Each register contributes a filler below.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dpo_desk.db.audit import PendingRecord, append_records  # noqa: E402
from dpo_desk.db.session import Database  # noqa: E402
from dpo_desk.services import demo, organisation  # noqa: E402

FIRST = [
    "Søren",
    "Åse",
    "Bjørn",
    "Mette",
    "Jørgen",
    "Æbelø",
    "Kirsten",
    "Mads",
    "Ida",
    "Øjvind",
    "Karen",
    "Niels",
    "Ærtebjerg",
    "Lærke",
    "Rasmus",
    "Sørine",
    "Anders",
    "Maja",
]
LAST = [
    "Sørensen",
    "Jørgensen",
    "Ærø",
    "Østergaard",
    "Ågård",
    "Nielsen",
    "Hansen",
    "Bækgaard",
    "Møller",
    "Kjær",
    "Lykkegård",
    "Frølund",
    "Thøgersen",
    "Aaberg",
]
TOWNS = [
    ("6000", "Kolding"),
    ("6040", "Egtved"),
    ("6051", "Almind"),
    ("6070", "Christiansfeld"),
    ("6091", "Bjert"),
    ("9000", "Aalborg"),
    ("5970", "Ærøskøbing"),
    ("6200", "Aabenraa"),
]


def person(rng: random.Random) -> str:
    """A Danish name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fill_audit(db: Database, n: int, rng: random.Random) -> None:
    """N audit events (what the log view reads at start-up)."""
    batch = 5000
    for start in range(0, n, batch):
        with db.transaction() as session:
            append_records(
                session,
                [
                    PendingRecord(
                        "report",
                        "organisation",
                        "1",
                        {"by": person(rng), "rows": rng.randint(1, 500)},
                    )
                    for _ in range(min(batch, n - start))
                ],
            )


FILLERS: dict[str, Callable[[Database, int, random.Random], None]] = {
    "audit": fill_audit,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--only", choices=sorted(FILLERS), action="append")
    args = parser.parse_args()
    db = Database.open(args.db)
    rng = random.Random(1234)
    if not organisation.is_configured(db):
        demo.load_example(db)
    for name, filler in FILLERS.items():
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        filler(db, args.n, rng)
        print(f"{name}: {args.n} rows in {time.perf_counter() - started:.1f} s")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
