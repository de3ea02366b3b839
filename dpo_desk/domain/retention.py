"""Retention: when data must be gone (bogføringsloven § 12 and the seed policy's section 8).

Data about a relationship that ended is kept to the end of the financial year in which
it ended, plus a number of years, and is due for erasure the day after.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import Enum

from dpo_desk.domain.text import QT_TRANSLATE_NOOP


def _year_end(year: int, fiscal_year_end: tuple[int, int]) -> dt.date:
    month, day = fiscal_year_end
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def fiscal_year_end_of(day: dt.date, fiscal_year_end: tuple[int, int] = (12, 31)) -> dt.date:
    """The last day of the financial year that `day` falls in."""
    end = _year_end(day.year, fiscal_year_end)
    return end if day <= end else _year_end(day.year + 1, fiscal_year_end)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the last day of the month when the date does not exist."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def erasure_due(
    ended: dt.date, *, fiscal_year_end: tuple[int, int] = (12, 31), years: int = 5
) -> dt.date:
    """The first day on which data about a relationship that ended on `ended` must be gone.

    >>> erasure_due(dt.date(2026, 3, 15))
    datetime.date(2032, 1, 1)
    >>> erasure_due(dt.date(2026, 8, 1), fiscal_year_end=(6, 30))
    datetime.date(2032, 7, 1)
    """
    end = fiscal_year_end_of(ended, fiscal_year_end)
    return _year_end(end.year + years, fiscal_year_end) + dt.timedelta(days=1)


class RuleKind(Enum):
    """The structured retention rules the program understands."""

    NONE = "none"
    FISCAL_YEAR_PLUS = "fiscal_year_plus"  # end of the financial year it ended in + N years
    MONTHS_AFTER_COLLECTION = "months_after_collection"  # N months after collection


RULE_LABELS = {
    RuleKind.NONE: QT_TRANSLATE_NOOP("Retention", "No structured rule"),
    RuleKind.FISCAL_YEAR_PLUS: QT_TRANSLATE_NOOP(
        "Retention", "End of the financial year the relationship ended in + N years"
    ),
    RuleKind.MONTHS_AFTER_COLLECTION: QT_TRANSLATE_NOOP("Retention", "N months after collection"),
}


@dataclass(frozen=True)
class RetentionRule:
    """A structured retention rule: its kind and its number (years or months)."""

    kind: RuleKind = RuleKind.NONE
    amount: int = 0


@dataclass(frozen=True)
class ErasureBatch:
    """A date on which a batch of data falls due for erasure."""

    due: dt.date
    covers_from: dt.date | None  # the data this batch covers: ended/collected from …
    covers_to: dt.date  # … to this day (inclusive)


def next_batches(
    rule: RetentionRule,
    *,
    today: dt.date,
    fiscal_year_end: tuple[int, int] = (12, 31),
    count: int = 3,
) -> list[ErasureBatch]:
    """The next `count` dates (from today on) on which a batch falls due under `rule`.

    Under the financial-year rule a batch is every relationship that ended in one
    financial year; under the months rule, the data collected in one calendar month.
    """
    batches: list[ErasureBatch] = []
    if rule.kind is RuleKind.FISCAL_YEAR_PLUS:
        # Financial years whose batch is due today or later: start from the year whose
        # due date is the first on or after today.
        end = fiscal_year_end_of(today, fiscal_year_end)
        year = end.year - rule.amount - 1
        while len(batches) < count:
            year_end = _year_end(year, fiscal_year_end)
            due = erasure_due(year_end, fiscal_year_end=fiscal_year_end, years=rule.amount)
            if due >= today:
                start = _year_end(year - 1, fiscal_year_end) + dt.timedelta(days=1)
                batches.append(ErasureBatch(due, start, year_end))
            year += 1
    elif rule.kind is RuleKind.MONTHS_AFTER_COLLECTION and rule.amount > 0:
        month_start = add_months(today.replace(day=1), -rule.amount)
        while len(batches) < count:
            month_end = add_months(month_start, 1) - dt.timedelta(days=1)
            due = add_months(month_end, rule.amount) + dt.timedelta(days=1)
            if due >= today:
                batches.append(ErasureBatch(due, month_start, month_end))
            month_start = add_months(month_start, 1)
    return batches
