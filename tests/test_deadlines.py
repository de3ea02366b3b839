"""The deadline of a subject request (Art. 12(3)), counted as Regulation 1182/71 Art. 3."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.domain.deadlines import is_working_day, response_deadline

D = dt.date


@pytest.mark.parametrize(("received", "due"), [
    (D(2026, 3, 9), D(2026, 4, 9)),  # DESIGN.md's example: same date next month
    (D(2026, 1, 31), D(2026, 3, 2)),  # no 31 February: 28-02-2026 is a Saturday → Monday
    (D(2024, 1, 31), D(2024, 2, 29)),  # leap year: the last day of February, a Thursday
    (D(2026, 3, 2), D(2026, 4, 7)),  # 02-04 Maundy Thursday … 06-04 Easter Monday → Tuesday
    (D(2026, 4, 14), D(2026, 5, 15)),  # 14-05-2026 is Ascension Day → Friday
    (D(2026, 4, 25), D(2026, 5, 26)),  # 25-05-2026 is Whit Monday → Tuesday
    (D(2026, 11, 25), D(2026, 12, 28)),  # 25 and 26 December, then Sunday 27 → Monday 28
    (D(2023, 4, 5), D(2023, 5, 8)),  # 05-05-2023 was Store Bededag (a Friday) → Monday
    (D(2024, 3, 26), D(2024, 4, 26)),  # 26-04-2024 would have been Store Bededag: not any more
    (D(2026, 6, 5), D(2026, 7, 6)),  # 05-07-2026 is a Sunday → Monday
    (D(2025, 12, 1), D(2026, 1, 2)),  # 01-01 New Year's Day → Friday 02-01
])
def test_response_deadline(received: dt.date, due: dt.date) -> None:
    assert response_deadline(received) == due


@pytest.mark.parametrize(("received", "due"), [
    (D(2026, 3, 9), D(2026, 6, 9)),
    (D(2026, 11, 30), D(2027, 3, 1)),  # no 30 February: 28-02-2027 is a Sunday → Monday
    (D(2026, 2, 5), D(2026, 5, 5)),
    (D(2026, 2, 14), D(2026, 5, 15)),  # 14-05-2026 Ascension Day → Friday
])
def test_an_extended_deadline_is_three_months_by_the_same_rule(received: dt.date,
                                                               due: dt.date) -> None:
    assert response_deadline(received, extended=True) == due


def test_constitution_day_and_christmas_eve_are_working_days() -> None:
    assert is_working_day(D(2026, 6, 5))  # Grundlovsdag is not a public holiday
    assert is_working_day(D(2026, 12, 24))
    assert not is_working_day(D(2026, 12, 25))


days = st.dates(min_value=D(2020, 1, 1), max_value=D(2035, 12, 31))


@given(days)
def test_a_deadline_is_a_working_day_at_least_28_days_after_receipt(received: dt.date) -> None:
    due = response_deadline(received)
    assert is_working_day(due)
    assert due >= received + dt.timedelta(days=28)
    assert response_deadline(received, extended=True) > due


@given(days, days)
def test_a_later_receipt_never_gives_an_earlier_deadline(a: dt.date, b: dt.date) -> None:
    first, second = sorted((a, b))
    assert response_deadline(first) <= response_deadline(second)
