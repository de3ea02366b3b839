"""The register's validation rules, each on its own."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import register as r
from dpo_desk.domain.register import ActivityDraft, Role, Safeguard, Sensitivity, Transfer
from dpo_desk.domain.retention import RetentionRule, RuleKind

HEALTH, NAME, CRIME = 11, 1, 13
KINDS = {HEALTH: Sensitivity.SPECIAL, NAME: Sensitivity.ORDINARY, CRIME: Sensitivity.CRIMINAL}


def _check(**changes: object) -> dict[str, str]:
    draft = ActivityDraft(name="Nyhedsbrev", legal_bases=["6.1.b"])
    for key, value in changes.items():
        setattr(draft, key, value)
    return r.validate_activity(draft, sensitivities=KINDS)


def test_a_plain_activity_passes() -> None:
    assert _check(data_category_ids=[NAME]) == {}


def test_a_name_is_required() -> None:
    assert "name" in _check(name="  ")


def test_special_categories_need_an_art9_basis() -> None:
    assert _check(data_category_ids=[HEALTH])["legal_bases"] == r.MSG_SPECIAL_WITHOUT_ART9
    assert _check(data_category_ids=[HEALTH], legal_bases=["6.1.b", "9.2.a"]) == {}
    assert _check(data_category_ids=[HEALTH], legal_bases=["6.1.b", "dbl.7"]) == {}


def test_criminal_data_needs_art10() -> None:
    assert _check(data_category_ids=[CRIME])["legal_bases"] == r.MSG_CRIMINAL_WITHOUT_ART10
    assert _check(data_category_ids=[CRIME], legal_bases=["6.1.c", "10"]) == {}


def test_a_transfer_needs_a_safeguard() -> None:
    errors = _check(transfers=[Transfer("USA", "Mailchimp", None)])
    assert errors["transfers"] == r.MSG_TRANSFER_WITHOUT_SAFEGUARD
    assert errors["transfers"].params == {"country": "USA"}  # type: ignore[attr-defined]
    assert _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.DPF)]) == {}


def test_scc_needs_a_module() -> None:
    errors = _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.SCC)])
    assert errors["transfers"] == r.MSG_SCC_WITHOUT_MODULE
    assert _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.SCC, 2)]) == {}


def test_a_transfer_needs_a_country() -> None:
    assert _check(transfers=[Transfer("", "X", Safeguard.DPF)])["transfers"] == \
        r.MSG_TRANSFER_WITHOUT_COUNTRY


def test_consent_needs_a_note_of_how_it_is_recorded() -> None:
    assert _check(legal_bases=["6.1.a"])["consent_note"] == r.MSG_CONSENT_WITHOUT_NOTE
    assert _check(legal_bases=["6.1.a"], consent_note="Tilmelding med bekræftelse") == {}


def test_the_next_review_cannot_precede_the_last() -> None:
    errors = _check(last_reviewed=dt.date(2026, 5, 1), next_review=dt.date(2026, 4, 30))
    assert errors["next_review"] == r.MSG_REVIEW_ORDER
    assert _check(last_reviewed=dt.date(2026, 5, 1), next_review=dt.date(2026, 5, 1)) == {}


def test_an_active_activity_needs_a_legal_basis() -> None:
    assert _check(legal_bases=[], status=r.Status.ACTIVE)["legal_bases"] == r.MSG_NO_BASIS
    assert _check(legal_bases=[], status=r.Status.DRAFT) == {}


def test_a_structured_rule_needs_its_number() -> None:
    errors = _check(retention_rule=RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 0))
    assert errors["retention_rule"] == r.MSG_RULE_AMOUNT


def test_as_processor_a_controller_is_needed_with_a_valid_cvr() -> None:
    assert _check(role=Role.PROCESSOR)["controllers"] == r.MSG_NO_CONTROLLER
    bad = [r.ControllerParty("Egtved Varmeværk", "12345678")]
    assert "controllers" in _check(role=Role.PROCESSOR, controllers=bad)
    good = [r.ControllerParty("Egtved Varmeværk", "26 22 40 20")]
    assert _check(role=Role.PROCESSOR, controllers=good) == {}


def test_free_text_that_looks_like_a_cpr_number_is_refused() -> None:
    assert _check(notes="Kontakt: 010190-1234")["notes"] == r.v.MSG_CPR
