"""The consents table's lines: a column query over the consumers (names and categories,
never the free text), each consent's state decided in bulk by its date; the other text
its search finds read when one first searches (see services/listings.py)."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any, NamedTuple

from dpo_desk.db.session import Database
from dpo_desk.domain.consents import ConsentState
from dpo_desk.services.listings import Memo, bulk, dates, lines_of, rows_of


class ConsumerLine(NamedTuple):
    """One line of the consents table: names and categories, never the free text. The
    parts of the address are kept (streets, numbers and towns repeat: shared), the
    address made of them when shown."""

    id: int
    name: str
    street: str
    house_number: str
    postal_code: str
    city: str
    utility: str
    category: str
    consent_given: dt.date | None
    state: ConsentState
    moved: bool

    @property
    def address(self) -> str:
        """The address as one line: "Street 12, 6040 Town"."""
        return one_line_address(self.street, self.house_number, self.postal_code, self.city)


def one_line_address(street: str, number: str, postal: str, city: str) -> str:
    """An address as one line: "Street 12, 6040 Town" (empty parts left out)."""
    road = " ".join(part for part in (street, number) if part)
    town = " ".join(part for part in (postal, city) if part)
    return ", ".join(part for part in (road, town) if part)


def consumers(db: Database, *, today: dt.date, only: int | None = None) -> list[ConsumerLine]:
    """Every consumer as the consents tab shows them (`only`: the one with that id), in
    one query (the free text is not read); the state of each consent decided in bulk,
    by its date. The other text its search finds (`consumer_others`) is read when one
    first searches."""
    from dpo_desk.domain.retention import add_months
    from dpo_desk.services.consent_forms import review_months

    months = review_months(db)
    sql = "SELECT id, name FROM catalogue_item WHERE kind = 'consideration'"
    names = {i: name for chunk in rows_of(db, sql) for i, name in chunk}
    day = dates()

    def given_state(raw: Any) -> ConsentState:
        given = day[raw]
        if given is None:
            return ConsentState.NONE
        reconfirm = add_months(given, months) <= today  # type: ignore[arg-type]
        return ConsentState.RECONFIRM if reconfirm else ConsentState.ACTIVE

    state = Memo(given_state)
    intern = sys.intern
    name: Memo[str, str] = Memo(lambda text: text)  # an equal name once, shared by its lines
    sql = (
        "SELECT id, name, street, house_number, postal_code, city, utility, category_id, "
        "consent_given, withdrawn, moved FROM consumer "
        + (f"WHERE id = {int(only)} " if only is not None else "")
        + "ORDER BY name"
    )
    lines: list[ConsumerLine] = []
    with bulk():
        for chunk in rows_of(db, sql):
            lines += [
                ConsumerLine(
                    r[0],
                    name[r[1]],
                    intern(r[2]),
                    intern(r[3]),
                    intern(r[4]),
                    intern(r[5]),
                    intern(r[6]),
                    names.get(r[7], "") if r[7] is not None else "",
                    day[r[8]],
                    ConsentState.WITHDRAWN if r[9] is not None else state[r[8]],
                    bool(r[10]),
                )
                for r in chunk
            ]
    return lines


# The phone a second time without its spaces: "84371421" finds "84 37 14 21".
CONSUMER_OTHERS = (
    "meter_number",
    "phone",
    "REPLACE(phone, ' ', '')",
    "alternative_contact",
    "collected_by",
)


def consumer_others(db: Database) -> dict[int, str]:
    """Per consumer, the text its search finds besides the table's columns (meter, phone,
    contacts), one field per line: read when the search first needs it, not kept
    beside every line of the table."""
    sql = "SELECT id, " + lines_of(CONSUMER_OTHERS) + " FROM consumer"
    with bulk():
        return {i: text for chunk in rows_of(db, sql) for i, text in chunk}
