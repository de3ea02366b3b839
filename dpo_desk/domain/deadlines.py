"""The deadline for answering a data subject's request (GDPR Art. 12(3)).

One month after receipt, or three months when extended, counted as Regulation (EEC,
Euratom) No 1182/71 Art. 3 counts, as the EDPB's guidelines 01/2022 do: the day of
receipt is not counted; the period ends on the day of the last month with the same date
as the day of receipt, or on the last day of that month when it has no such date; when
that day is a Saturday, a Sunday or a Danish public holiday, the period ends at the end
of the next working day. Danish public holidays come from the `holidays` package (which
knows that Store Bededag ended after 2023).

The extension. Art. 12(3) lets the period "be extended by two further months". This
program reads that as three months counted from receipt (the reading of the EDPB's
guidelines 01/2022: three months in all): received 31-01-2026 → 30-04-2026. The other
reading counts the two months from the end of the first month: from 28-02-2026 that
gives 28-04-2026; from the working day the first month was moved to (02-03-2026) it gives
02-05-2026, a Saturday, so 04-05-2026. The readings agree when the day of receipt exists
in every month concerned and no period ends on a day off (received 09-03-2026 →
09-06-2026 either way); the program keeps the one that counts from the fact the data
subject knows, the day of receipt.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

from dpo_desk.domain.retention import add_months


@cache
def _danish_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("DK", years=year))


def is_working_day(day: dt.date) -> bool:
    """False on Saturdays, Sundays and Danish public holidays."""
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def response_deadline(received: dt.date, *, extended: bool = False) -> dt.date:
    """The last day on which the answer is in time.

    >>> response_deadline(dt.date(2026, 3, 9))
    datetime.date(2026, 4, 9)
    >>> response_deadline(dt.date(2026, 1, 31))  # 28-02-2026 is a Saturday
    datetime.date(2026, 3, 2)
    """
    return next_working_day(add_months(received, 3 if extended else 1))


def days_left(deadline: dt.date, today: dt.date) -> int:
    """Calendar days from today to the deadline (negative when overdue)."""
    return (deadline - today).days
