"""The processor register's rules: validation, the next supervision, the point scale."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.domain import processors as p
from dpo_desk.domain.processors import (
    PartyDraft,
    PartyTransfer,
    RiskLevel,
    Scoring,
    allowed_concepts,
    next_supervision,
    points,
    suggested_concept,
    suggested_risk,
)
from dpo_desk.domain.register import Safeguard

D = dt.date


def _check(**changes: object) -> dict[str, str]:
    draft = PartyDraft(name="Mailchimp", country="DK")
    for key, value in changes.items():
        setattr(draft, key, value)
    return p.validate_party(draft)


def test_a_plain_danish_processor_passes() -> None:
    assert _check(cvr="26 22 40 20") == {}


def test_a_third_country_party_needs_a_transfer_tool() -> None:
    errors = _check(country="US")
    assert errors["transfers"] == p.MSG_NO_TOOL
    assert errors["transfers"].params == {"country": "US"}  # type: ignore[attr-defined]
    assert _check(country="us", transfers=[PartyTransfer("US", Safeguard.DPF)]) == {}


def test_a_transfer_to_a_third_country_needs_a_tool() -> None:
    assert "transfers" in _check(transfers=[PartyTransfer("IN", None)])
    assert _check(transfers=[PartyTransfer("SE", None)]) == {}  # within the EEA


def test_scc_needs_a_module() -> None:
    errors = _check(country="US", transfers=[PartyTransfer("US", Safeguard.SCC)])
    assert errors["transfers"] == p.MSG_SCC_MODULE
    assert _check(country="US", transfers=[PartyTransfer("US", Safeguard.SCC, 2)]) == {}


def test_the_renewal_cannot_precede_the_signature() -> None:
    errors = _check(agreement_signed=D(2024, 5, 1), agreement_end=D(2024, 4, 30))
    assert errors["agreement_end"] == p.MSG_RENEWAL_ORDER


def test_a_danish_cvr_must_pass_the_check_a_foreign_number_is_free_text() -> None:
    assert "cvr" in _check(cvr="26224021")
    assert _check(country="US", foreign_id="Delaware 4411", cvr="",
                  transfers=[PartyTransfer("US", Safeguard.DPF)]) == {}


def test_the_country_is_an_iso_code() -> None:
    assert _check(country="Danmark")["country"] == p.MSG_COUNTRY


@pytest.mark.parametrize(("risk", "last", "due"), [
    (RiskLevel.HIGH, D(2025, 6, 15), D(2026, 6, 15)),
    (RiskLevel.MEDIUM, D(2025, 6, 15), D(2027, 6, 15)),
    (RiskLevel.LOW, D(2023, 3, 1), D(2026, 3, 1)),
    (RiskLevel.HIGH, D(2024, 2, 29), D(2025, 2, 28)),
])
def test_the_next_supervision_follows_the_risk_level(risk: RiskLevel, last: dt.date,
                                                     due: dt.date) -> None:
    assert next_supervision(risk=risk, last_round=last, signed=None, today=D(2026, 11, 25)) == due


def test_without_a_round_the_interval_runs_from_the_signature_or_is_due_now() -> None:
    today = D(2026, 11, 25)
    assert next_supervision(risk=RiskLevel.HIGH, last_round=None, signed=D(2026, 1, 10),
                            today=today) == D(2027, 1, 10)
    assert next_supervision(risk=RiskLevel.HIGH, last_round=None, signed=None,
                            today=today) == today


def test_an_override_and_settable_intervals() -> None:
    today = D(2026, 11, 25)
    assert next_supervision(risk=RiskLevel.LOW, last_round=D(2025, 1, 1), signed=None,
                            override=D(2026, 12, 24), today=today) == D(2026, 12, 24)
    months = {RiskLevel.LOW: 48, RiskLevel.MEDIUM: 18, RiskLevel.HIGH: 6}
    assert next_supervision(risk=RiskLevel.HIGH, last_round=D(2026, 1, 1), signed=None,
                            intervals=months, today=today) == D(2026, 7, 1)


@pytest.mark.parametrize(("scoring", "total", "concepts", "risk"), [
    (Scoring(data_subjects=500), 1, (1, 2, 3, 4, 5, 6), RiskLevel.LOW),
    (Scoring(data_subjects=999), 1, (1, 2, 3, 4, 5, 6), RiskLevel.LOW),
    (Scoring(data_subjects=1000), 2, (1, 2, 3, 4, 5, 6), RiskLevel.LOW),
    (Scoring(data_subjects=10_000, special_categories=True), 4, (2, 3, 4, 5, 6), RiskLevel.LOW),
    (Scoring(data_subjects=50_000, special_categories=True), 5, (3, 4, 5, 6), RiskLevel.MEDIUM),
    (Scoring(data_subjects=60_000, special_categories=True, special_nature=True), 7, (5, 6),
     RiskLevel.HIGH),
    (Scoring(data_subjects=10**6, special_categories=True, special_nature=True,
             third_country=True), 10, (5, 6), RiskLevel.HIGH),
])
def test_datatilsynets_point_scale(scoring: Scoring, total: int, concepts: tuple[int, ...],
                                   risk: RiskLevel) -> None:
    assert points(scoring) == total
    assert allowed_concepts(total) == concepts
    assert suggested_concept(scoring) == min(concepts)
    assert suggested_risk(scoring) is risk
