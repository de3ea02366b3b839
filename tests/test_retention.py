"""Retention: end of the financial year the relationship ended in, plus N years, then gone."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.domain.retention import (
    RetentionRule,
    RuleKind,
    add_months,
    erasure_due,
    fiscal_year_end_of,
    next_batches,
)

D = dt.date


@pytest.mark.parametrize(("ended", "fiscal_year_end", "years", "due"), [
    (D(2026, 3, 15), (12, 31), 5, D(2032, 1, 1)),  # the calendar-year example
    (D(2026, 8, 1), (6, 30), 5, D(2032, 7, 1)),  # the 30 June example
    (D(2026, 6, 30), (6, 30), 5, D(2031, 7, 1)),  # the last day belongs to the year ending
    (D(2026, 12, 31), (12, 31), 5, D(2032, 1, 1)),
    (D(2027, 1, 1), (12, 31), 5, D(2033, 1, 1)),
    (D(2024, 2, 29), (12, 31), 5, D(2030, 1, 1)),
    (D(2026, 3, 15), (12, 31), 3, D(2030, 1, 1)),
    (D(2026, 1, 10), (3, 31), 5, D(2031, 4, 1)),
])
def test_erasure_due(ended: dt.date, fiscal_year_end: tuple[int, int], years: int,
                     due: dt.date) -> None:
    assert erasure_due(ended, fiscal_year_end=fiscal_year_end, years=years) == due


def test_the_default_is_the_calendar_year_plus_five() -> None:
    assert erasure_due(D(2026, 3, 15)) == D(2032, 1, 1)


def test_fiscal_year_end_of() -> None:
    assert fiscal_year_end_of(D(2026, 7, 1), (6, 30)) == D(2027, 6, 30)
    assert fiscal_year_end_of(D(2026, 6, 30), (6, 30)) == D(2026, 6, 30)


def test_add_months_keeps_to_the_last_day_of_short_months() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)


def test_the_calendar_of_the_financial_year_rule() -> None:
    batches = next_batches(RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 5), today=D(2026, 11, 25))
    assert [b.due for b in batches] == [D(2027, 1, 1), D(2028, 1, 1), D(2029, 1, 1)]
    assert (batches[0].covers_from, batches[0].covers_to) == (D(2021, 1, 1), D(2021, 12, 31))


def test_a_batch_due_today_is_still_listed() -> None:
    batches = next_batches(RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 5), today=D(2027, 1, 1))
    assert batches[0].due == D(2027, 1, 1)


def test_the_calendar_follows_the_organisations_financial_year() -> None:
    batches = next_batches(RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 5), today=D(2026, 11, 25),
                           fiscal_year_end=(6, 30))
    assert batches[0].due == D(2027, 7, 1)
    # the year 01-07-2021 – 30-06-2022, plus five years, ends 30-06-2027
    assert (batches[0].covers_from, batches[0].covers_to) == (D(2021, 7, 1), D(2022, 6, 30))


def test_the_calendar_of_the_months_rule() -> None:
    batches = next_batches(RetentionRule(RuleKind.MONTHS_AFTER_COLLECTION, 6),
                           today=D(2026, 11, 25))
    assert batches[0].covers_from == D(2026, 5, 1)
    assert batches[0].due == D(2026, 12, 1)
    assert all(b.due >= D(2026, 11, 25) for b in batches)


def test_no_rule_no_calendar() -> None:
    assert next_batches(RetentionRule(), today=D(2026, 11, 25)) == []
