"""The processor register's rules: validation, the next supervision, the point scale."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.domain import processors as p
from dpo_desk.domain.processors import PartyDraft, PartyTransfer, RiskLevel, Scoring
from dpo_desk.domain.register import Safeguard
from dpo_desk.domain.supervision import (
    allowed_concepts,
    next_supervision,
    points,
    suggested_concept,
    suggested_risk,
)

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
    (Scoring(data_subjects=10_001), 3, (2, 3, 4, 5, 6), RiskLevel.LOW),
    # The guidance has three bands; "over 10,000" is not split again at 100,000.
    (Scoring(data_subjects=150_000), 3, (2, 3, 4, 5, 6), RiskLevel.LOW),
    (Scoring(data_subjects=10**6, special_categories=True, special_nature=True,
             third_country=True), 9, (5, 6), RiskLevel.HIGH),
])
def test_datatilsynets_point_scale(scoring: Scoring, total: int, concepts: tuple[int, ...],
                                   risk: RiskLevel) -> None:
    assert points(scoring) == total
    assert allowed_concepts(total) == concepts
    assert suggested_concept(scoring) == min(concepts)
    assert suggested_risk(scoring) is risk


def test_the_data_subject_bands_are_the_guidances_three() -> None:
    from dpo_desk.domain import supervision_scale as scale

    assert [(upper, points) for upper, points, _s in scale.DATA_SUBJECT_BANDS] == [
        (999, 1), (10_000, 2), (None, 3)]
    assert points(Scoring(data_subjects=100_001)) == points(Scoring(data_subjects=10_001))


def test_every_entry_of_the_scale_says_where_it_comes_from() -> None:
    from dpo_desk.domain import supervision_scale as scale

    sources = {s for *_x, s in scale.DATA_SUBJECT_BANDS}
    sources |= {s for _p, s in scale.YES_POINTS.values()}
    sources |= {s for *_x, s in scale.CONCEPTS_BY_POINTS} | {scale.RISK_BY_CONCEPT_SOURCE}
    assert sources <= {scale.GUIDANCE, scale.OWN_READING}
    assert scale.DATA_SUBJECT_BANDS[-1][2] == scale.OWN_READING  # "3 points" is ours
    assert scale.YES_POINTS["third_country"][1] == scale.OWN_READING


def test_a_danish_vat_number_is_accepted_as_the_cvr() -> None:
    assert _check(cvr="DK26224020") == {}
    assert _check(cvr="dk 26 22 40 20") == {}
    assert "cvr" in _check(cvr="DK26224021")  # the check digit still counts
    assert "cvr" in _check(cvr="SE26224020")


CPR = "Kontakt 070761-4285"  # a CPR number that passes the check (stdnum's example)
PARTY_TEXTS = ["name", "foreign_id", "address", "contact_person", "service",
               "data_description", "agreement_version", "notice_period", "notes"]


@pytest.mark.parametrize("field", PARTY_TEXTS)
def test_a_cpr_number_is_refused_in_every_free_text_of_a_party(field: str) -> None:
    assert _check(**{field: CPR})[field] == p.v.MSG_CPR


@pytest.mark.parametrize(("limits", "field", "draft_field"), [
    (p.PARTY_LIMITS, name, name) for name in PARTY_TEXTS
])
def test_every_text_of_a_party_has_its_limit(limits: dict[str, int], field: str,
                                             draft_field: str) -> None:
    errors = _check(**{draft_field: "x" * (limits[field] + 1)})
    assert errors[draft_field] == p.v.MSG_TOO_LONG
    assert errors[draft_field].params == {"limit": limits[field]}  # type: ignore[attr-defined]
    assert draft_field not in _check(**{draft_field: "x" * limits[field]})


def test_the_rows_of_a_party_are_checked_too() -> None:
    from dpo_desk.domain.processors import SubProcessor

    errors = _check(sub_processors=[SubProcessor("Zitcom"), SubProcessor("Drift", service=CPR)],
                    transfers=[PartyTransfer("SE", None, None, None, "", "y" * 1001)])
    assert errors["sub_processors"] == p.MSG_IN_ROW
    assert errors["sub_processors"].params["row"] == 2  # type: ignore[attr-defined]
    assert errors["sub_processors"].params["message"] == p.v.MSG_CPR  # type: ignore[attr-defined]
    assert errors["transfers"] == p.MSG_ROW_TOO_LONG
    assert errors["transfers"].params["limit"] == 1000  # type: ignore[attr-defined]


def test_what_has_happened_cannot_lie_in_the_future() -> None:
    from dpo_desk.domain.processors import SubProcessor

    today = D(2026, 11, 25)
    tomorrow = today + dt.timedelta(days=1)
    errors = p.validate_party(
        PartyDraft(name="Zitcom", agreement_signed=tomorrow,
                   sub_processors=[SubProcessor("Drift", "DK", "", tomorrow)],
                   transfers=[PartyTransfer("SE", None, None, tomorrow)]),
        today=today)
    assert errors["agreement_signed"] == p.v.MSG_FUTURE
    assert errors["sub_processors"].params["message"] == p.v.MSG_FUTURE  # type: ignore[attr-defined]
    assert errors["transfers"].params["message"] == p.v.MSG_FUTURE  # type: ignore[attr-defined]
    assert p.validate_party(PartyDraft(name="Zitcom", agreement_signed=today), today=today) == {}


def _round(**changes: object) -> dict[str, str]:
    from dpo_desk.domain.processors import SupervisionRound

    r = SupervisionRound(date=D(2026, 11, 1))
    for key, value in changes.items():
        setattr(r, key, value)
    return p.validate_round(r, today=D(2026, 11, 25))


def test_a_round_refuses_a_cpr_number_in_its_findings_and_follow_ups() -> None:
    from dpo_desk.domain.processors import FollowUp

    assert _round(findings=CPR)["findings"] == p.v.MSG_CPR
    errors = _round(follow_ups=[FollowUp(CPR, D(2027, 1, 1))])
    assert errors["follow_ups"].params["message"] == p.v.MSG_CPR  # type: ignore[attr-defined]
    assert _round(findings="x" * 4001)["findings"] == p.v.MSG_TOO_LONG


def test_a_follow_up_cannot_be_done_in_the_future() -> None:
    from dpo_desk.domain.processors import FollowUp

    errors = _round(follow_ups=[FollowUp("Ny test", D(2027, 1, 1), D(2026, 12, 1))])
    assert errors["follow_ups"].params["message"] == p.v.MSG_FUTURE  # type: ignore[attr-defined]
    assert _round(follow_ups=[FollowUp("Ny test", D(2027, 1, 1), D(2026, 11, 25))]) == {}


def test_another_concept_than_the_suggested_needs_a_reason() -> None:
    errors = _round(concept=1, suggested_concept=3)
    assert errors["concept_reason"] == p.MSG_CONCEPT_REASON
    assert errors["concept_reason"].params == {"suggested": 3}  # type: ignore[attr-defined]
    assert _round(concept=1, suggested_concept=3, concept_reason="Kun e-mailadresser") == {}
    assert _round(concept=3, suggested_concept=3) == {}
    assert _round(concept=5, suggested_concept=3, concept_reason=CPR)["concept_reason"]


def test_the_limits_have_one_definition_shared_with_the_database() -> None:
    from dpo_desk.db.register_models import (
        FollowUpRow,
        PartyTransferRow,
        Processor,
        SubProcessorRow,
        SupervisionRoundRow,
    )

    for model, limits in ((Processor, p.PARTY_LIMITS), (SubProcessorRow, p.SUB_PROCESSOR_LIMITS),
                          (PartyTransferRow, p.TRANSFER_LIMITS),
                          (SupervisionRoundRow, p.ROUND_LIMITS),
                          (FollowUpRow, p.FOLLOW_UP_LIMITS)):
        columns = model.__table__.c
        for name, limit in limits.items():
            assert columns[name].type.length == limit, f"{model.__name__}.{name}"
        texts = {c.name for c in columns if c.type.python_type is str}
        unlimited = {n for n in texts if getattr(columns[n].type, "length", None) is None}
        assert unlimited == set(), model.__name__
