"""Fill a database with N synthetic rows per register, for the benchmarks.

    python bench/make_data.py N --db PATH
    python bench/make_data.py --large --db PATH

The large database (the size the issues measure against): 100,000 requests, 10,000
activities, 2,000 processors, 50,000 consumers and 10,000 audit records.

Danish names with æ, ø, å and realistic dates. Each register contributes a filler below.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


PURPOSES = [
    "Opkrævning af fjernvarme",
    "Måleraflæsning",
    "Kundeservice",
    "Løn og personale",
    "Nyhedsbrev",
    "Varsling før afbrydelse",
    "Inddrivelse af restancer",
    "Support",
    "Målerudskiftning på adressen",
    "Energirådgivning",
    "Årsopgørelse",
    "Ærindekørsel",
]
COUNTRIES = ["USA", "Indien", "Storbritannien", "Schweiz", "Japan"]


def fill_register(db: Database, n: int, rng: random.Random) -> None:
    """N processing activities, written in bulk through the ORM (audited as usual)."""
    from sqlalchemy import select

    from dpo_desk.db.register_models import Activity, ActivityTransfer, CatalogueItem

    with db.reading() as session:
        categories = list(
            session.scalars(select(CatalogueItem).where(CatalogueItem.kind == "data_category"))
        )
    ids = [c.id for c in categories]
    batch = 1000
    for start in range(0, n, batch):
        with db.transaction() as session:
            pool = {c.id: session.merge(c, load=False) for c in categories}
            for i in range(start, min(start + batch, n)):
                town = rng.choice(TOWNS)[1]
                purpose = rng.choice(PURPOSES)
                role = rng.choice(["controller", "processor"])
                special = rng.random() < 0.1
                activity = Activity(
                    name=f"{purpose} – {town} {i}",
                    role=role,
                    purposes=f"{purpose} for {person(rng)} i {town}",
                    legal_bases=["6.1.b", "9.2.a"] if special else ["6.1.b"],
                    status=rng.choice(["active", "active", "draft", "retired"]),
                    owner=person(rng),
                    last_reviewed=dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
                    next_review=dt.date(
                        rng.choice([2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
                    ),
                    retention_rule="fiscal_year_plus",
                    retention_amount=5,
                    retention_text="Regnskabsår + 5 år",
                )
                activity.data_categories = [pool[c] for c in rng.sample(ids, 3)]
                if rng.random() < 0.15:
                    activity.transfers = [
                        ActivityTransfer(
                            country=rng.choice(COUNTRIES),
                            recipient="Leverandør",
                            safeguard="scc",
                            scc_module=2,
                        )
                    ]
                session.add(activity)


SERVICES = [
    "Hosting",
    "Lønsystem",
    "Målerdata",
    "Opkrævning",
    "E-mail",
    "Backup",
    "Fjernaflæsning",
    "Økonomisystem",
    "Sagsbehandling",
    "Nyhedsbrev",
]


def fill_processors(db: Database, n: int, rng: random.Random) -> None:
    """N processors, each with 10 supervision rounds and some follow-ups."""
    from dpo_desk.db.register_models import (
        FollowUpRow,
        PartyTransferRow,
        Processor,
        SupervisionRoundRow,
    )

    methods = ["isae3000", "isae3402", "questionnaire", "onsite", "self_assessment"]
    batch = 250
    for start in range(0, n, batch):
        with db.transaction() as session:
            for i in range(start, min(start + batch, n)):
                country = "US" if rng.random() < 0.1 else "DK"
                party = Processor(
                    name=f"{rng.choice(SERVICES)} {rng.choice(LAST)} {i} ApS",
                    country=country,
                    direction="we_are_controller" if rng.random() < 0.8 else "we_are_processor",
                    service=rng.choice(SERVICES),
                    risk=rng.choice(["low", "medium", "high"]),
                    agreement_signed=dt.date(rng.randint(2018, 2025), rng.randint(1, 12), 1)
                    if rng.random() < 0.95
                    else None,
                )
                if country == "US":
                    party.transfers = [PartyTransferRow(country="US", tool="scc", scc_module=2)]
                party.rounds = [
                    SupervisionRoundRow(
                        date=dt.date(2016 + k, rng.randint(1, 12), rng.randint(1, 28)),
                        method=rng.choice(methods),
                        findings="Ingen bemærkninger",
                        follow_ups=[FollowUpRow(action="Opfølgning", due=dt.date(2026, 6, 1))]
                        if rng.random() < 0.1
                        else [],
                    )
                    for k in range(10)
                ]
                session.add(party)


def fill_requests(db: Database, n: int, rng: random.Random) -> None:
    """N subject requests, inserted in bulk (synthetic data: not written to the audit
    trail, which would take longer than the benchmark it serves)."""
    from sqlalchemy import insert

    from dpo_desk.db.request_models import SubjectRequest
    from dpo_desk.domain.deadlines import response_deadline

    kinds = [
        "access",
        "erasure",
        "rectification",
        "objection",
        "portability",
        "restriction",
        "consent_withdrawal",
    ]
    statuses = [
        "received",
        "identity_check",
        "in_progress",
        "answered",
        "answered",
        "answered",
        "refused",
        "withdrawn",
    ]
    relations = ["Varmeforbruger", "Kundes medarbejder", "Leverandør", "Nyhedsbrevsabonnent"]
    batch = 10_000
    for start in range(0, n, batch):
        rows = []
        for _ in range(min(batch, n - start)):
            received = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 690))
            extended = rng.random() < 0.05
            status = rng.choice(statuses)
            rows.append(
                {
                    "types": [rng.choice(kinds)],
                    "requester": person(rng),
                    "contact": f"{rng.choice(TOWNS)[1].lower()}@mail.dk",
                    "relation": rng.choice(relations),
                    "utility": "",
                    "received": received,
                    "channel": "email",
                    "identity_needed": False,
                    "identity_how": "",
                    "status": status,
                    "decision": "",
                    "extended": extended,
                    "extension_reason": "",
                    "notes": "",
                    "version": 1,
                    "deadline": response_deadline(received, extended=extended),
                    "answered": received + dt.timedelta(days=rng.randint(1, 40))
                    if status in ("answered", "refused")
                    else None,
                }
            )
        with db.transaction() as session:
            session.execute(insert(SubjectRequest), rows)


def fill_consumers(db: Database, n: int, rng: random.Random) -> None:
    """N consumers with consents, in bulk (synthetic: not written to the audit trail)."""
    from sqlalchemy import insert

    from dpo_desk.db.consent_models import Consumer
    from dpo_desk.services import catalogue, consents

    catalogue.ensure_defaults(db)
    categories = [e.id for e in catalogue.entries(db, "consideration")]
    text_id = consents.add_consent_text(
        db, label="1.0", text="Samtykke", valid_from=dt.date(2024, 1, 1)
    )
    streets = ["Ågade", "Skovvej", "Søndergade", "Bakkevej", "Østergade", "Lindegade"]
    codes = [f"{code:04d}" for code in range(5000, 9000, 37)]
    batch = 10_000
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(start + batch, n)):
            withdrawn = rng.random() < 0.1
            rows.append(
                {
                    "name": person(rng),
                    "street": rng.choice(streets),
                    "house_number": str(rng.randint(1, 99)),
                    "postal_code": rng.choice(codes),
                    "city": rng.choice(TOWNS)[1],
                    "meter_number": f"M-{i:07d}",
                    "utility": rng.choice(["Egtved Varmeværk", "Almind Fjernvarme"]),
                    "phone": f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}",
                    "alternative_contact": "",
                    "category_id": None if withdrawn else rng.choice(categories),
                    "free_text": None,
                    "consent_given": dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600)),
                    "collected_by": "Forsyningen",
                    "consent_text_id": text_id,
                    "withdrawn": dt.date(2026, 10, 1) if withdrawn else None,
                    "withdrawn_how": "",
                    "moved": False,
                    "version": 1,
                }
            )
        with db.transaction() as session:
            session.execute(insert(Consumer), rows)


FILLERS: dict[str, Callable[[Database, int, random.Random], None]] = {
    "audit": fill_audit,
    "register": fill_register,
    "processors": fill_processors,
    "requests": fill_requests,
    "consents": fill_consumers,
}


LARGE = {
    "audit": 10_000,
    "register": 10_000,
    "processors": 2_000,
    "requests": 100_000,
    "consents": 50_000,
}


def large_database(folder: Path) -> Path:
    """The large benchmark database in `folder`, made once and reused."""
    db = folder / "large.sqlite"
    if not db.exists():
        import subprocess

        partial = folder / "large-partial.sqlite"
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, __file__, "--large", "--db", str(partial)], check=True
        )
        partial.rename(db)
    return db


def register_database(
    register: str, rows: int, folder: Path | None = None, *, quiet: bool = False
) -> Path:
    """A database with `rows` records of one register (in the example organisation) in
    `folder` (a new temporary folder when None), made once and reused; `quiet` keeps
    the filler's figures off the output."""
    import subprocess
    import tempfile

    folder = folder or Path(tempfile.mkdtemp(prefix="dpo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{register}-{rows}.sqlite"
    if not db.exists():
        partial = folder / f"{register}-{rows}-partial.sqlite"
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, __file__, str(rows), "--db", str(partial), "--only", register],
            check=True,
            capture_output=quiet,
        )
        partial.rename(db)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int, nargs="?", default=None)
    parser.add_argument("--large", action="store_true", help="the large profile")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--only", choices=sorted(FILLERS), action="append")
    args = parser.parse_args()
    if args.n is None and not args.large:
        parser.error("give N or --large")
    db = Database.open(args.db)
    rng = random.Random(1234)
    if not organisation.is_configured(db):
        demo.load_example(db)
    for name, filler in FILLERS.items():
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        count = LARGE[name] if args.large else args.n
        filler(db, count, rng)
        print(f"{name}: {count} rows in {time.perf_counter() - started:.1f} s")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
