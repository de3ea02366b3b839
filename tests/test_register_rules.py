"""The register's validation rules, each on its own."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import register as r
from dpo_desk.domain import register_rules as rules
from dpo_desk.domain.legal import (
    BY_CODE,
    LEGAL_BASES,
    MSG_SUMMARY,
    BasisGroup,
    basis_tooltip,
    has_art9_basis,
    has_art10_basis,
)
from dpo_desk.domain.register import ActivityDraft, Role, Safeguard, Sensitivity, Transfer
from dpo_desk.domain.retention import RetentionRule, RuleKind

HEALTH, NAME, CRIME, CPR = 11, 1, 13, 12
KINDS = {
    HEALTH: Sensitivity.SPECIAL,
    NAME: Sensitivity.ORDINARY,
    CRIME: Sensitivity.CRIMINAL,
    CPR: Sensitivity.CPR,
}
A_CPR_NUMBER = "Tjekket 010190-1234 mod sygesikringskort"


def _check(**changes: object) -> dict[str, str]:
    draft = ActivityDraft(name="Nyhedsbrev", legal_bases=["6.1.b"])
    for key, value in changes.items():
        setattr(draft, key, value)
    return rules.validate_activity(draft, sensitivities=KINDS)


def test_a_plain_activity_passes() -> None:
    assert _check(data_category_ids=[NAME]) == {}


def test_a_name_is_required() -> None:
    assert "name" in _check(name="  ")


def test_special_categories_need_an_art9_basis() -> None:
    assert _check(data_category_ids=[HEALTH])["legal_bases"] == rules.MSG_SPECIAL_WITHOUT_ART9
    assert _check(data_category_ids=[HEALTH], legal_bases=["6.1.b", "9.2.a"]) == {}
    assert _check(data_category_ids=[HEALTH], legal_bases=["6.1.b", "9.2.a", "dbl.7"]) == {}


def test_dbl7_alone_is_no_art9_ground() -> None:
    """§ 7 only points back to Art. 9(2): the Art. 9(2) ground itself must be named."""
    assert not has_art9_basis(["dbl.7"])
    errors = _check(data_category_ids=[HEALTH], legal_bases=["6.1.b", "dbl.7"])
    assert errors["legal_bases"] == rules.MSG_SPECIAL_WITHOUT_ART9


def test_criminal_data_needs_dbl8_and_art10_alone_is_no_ground() -> None:
    assert _check(data_category_ids=[CRIME])["legal_bases"] == rules.MSG_CRIMINAL_WITHOUT_ART10
    assert not has_art10_basis(["10"])
    errors = _check(data_category_ids=[CRIME], legal_bases=["6.1.c", "10"])
    assert errors["legal_bases"] == rules.MSG_CRIMINAL_WITHOUT_ART10
    assert _check(data_category_ids=[CRIME], legal_bases=["6.1.c", "10", "dbl.8"]) == {}
    assert _check(data_category_ids=[CRIME], legal_bases=["6.1.f", "dbl.8"]) == {}


def test_a_cpr_category_needs_a_ground_of_dbl11() -> None:
    errors = _check(data_category_ids=[CPR], legal_bases=["6.1.b"])
    assert errors["legal_bases"] == rules.MSG_CPR_WITHOUT_GROUND
    # the old code without its paragraph names no ground
    errors = _check(data_category_ids=[CPR], legal_bases=["6.1.b", "dbl.11"])
    assert errors["legal_bases"] == rules.MSG_CPR_WITHOUT_GROUND
    for ground in ("dbl.11.1", "dbl.11.2.1", "dbl.11.2.2", "dbl.11.2.3", "dbl.11.2.4"):
        assert _check(data_category_ids=[CPR], legal_bases=["6.1.b", ground]) == {}, ground


def test_each_kind_needs_its_own_ground() -> None:
    """An Art. 9(2) ground does not cover CPR numbers, nor § 11 health data."""
    both = [HEALTH, CPR]
    errors = _check(data_category_ids=both, legal_bases=["6.1.b", "9.2.a"])
    assert errors["legal_bases"] == rules.MSG_CPR_WITHOUT_GROUND
    errors = _check(data_category_ids=both, legal_bases=["6.1.b", "dbl.11.2.2"])
    assert errors["legal_bases"] == rules.MSG_SPECIAL_WITHOUT_ART9
    assert _check(data_category_ids=both, legal_bases=["6.1.b", "9.2.a", "dbl.11.2.2"]) == {}


def test_the_dbl11_grounds_carry_the_text_of_the_law() -> None:
    grounds = {b.code: b for b in LEGAL_BASES if b.group is BasisGroup.CPR}
    assert set(grounds) == {"dbl.11.1", "dbl.11.2.1", "dbl.11.2.2", "dbl.11.2.3", "dbl.11.2.4"}
    assert "unique identification or as a file number" in grounds["dbl.11.1"].text
    assert "follows from legislation" in grounds["dbl.11.2.1"].text
    assert "Art. 7" in grounds["dbl.11.2.2"].text
    assert "scientific or statistical purposes" in grounds["dbl.11.2.3"].text
    assert "required by a public authority" in grounds["dbl.11.2.3"].text
    assert "conditions in § 7 are met" in grounds["dbl.11.2.4"].text
    assert not any(b.summary for b in grounds.values())  # the law's own words


def test_a_summary_says_so_in_its_tooltip() -> None:
    def plain(_context: str, text: str) -> str:
        return text

    assert MSG_SUMMARY in basis_tooltip(BY_CODE["dbl.8"], plain)
    assert MSG_SUMMARY not in basis_tooltip(BY_CODE["dbl.11.2.2"], plain)


def test_a_cpr_number_is_refused_in_every_free_text_field() -> None:
    for name in r.TEXT_LIMITS:
        errors = _check(**{name: A_CPR_NUMBER})
        assert errors.get(name) == rules.v.MSG_CPR, name
    for field in ("name", "contact", "processing"):
        party = r.ControllerParty("Egtved Varmeværk", "", "drift@egtved-varme.dk", "Opkrævning")
        setattr(party, field, A_CPR_NUMBER)
        errors = _check(role=Role.PROCESSOR, controllers=[party])
        assert errors["controllers"] == rules.v.MSG_CPR, field
    for field in ("country", "recipient", "documentation"):
        transfer = Transfer("USA", "Mailchimp", Safeguard.DPF)
        setattr(transfer, field, A_CPR_NUMBER)
        assert _check(transfers=[transfer])["transfers"] == rules.v.MSG_CPR, field


def test_every_text_field_has_a_limit() -> None:
    limits = {"name": 200, "source": 1000, "purposes": 4000, "joint_controller": 500}
    for name, limit in limits.items():
        assert _check(**{name: "x" * limit}).get(name) is None, name
        message = _check(**{name: "x" * (limit + 1)})[name]
        assert message == rules.v.MSG_TOO_LONG and message.params == {"limit": limit}  # type: ignore[attr-defined]
    assert set(r.TEXT_LIMITS) >= {
        "consent_note", "source", "retention_text", "measures_text", "automated_description",
        "dpia_outcome", "owner", "notes", "representative",
    }


def test_a_date_of_something_done_cannot_lie_in_the_future() -> None:
    today = dt.date(2026, 11, 25)
    draft = ActivityDraft(name="Løn", last_reviewed=dt.date(2027, 6, 1),
                          dpia_date=dt.date(2026, 11, 26))
    errors = rules.validate_activity(draft, sensitivities=KINDS, today=today)
    assert errors["last_reviewed"] == rules.v.MSG_FUTURE
    assert errors["dpia_date"] == rules.v.MSG_FUTURE
    draft = ActivityDraft(name="Løn", last_reviewed=today, dpia_date=today,
                          next_review=dt.date(2027, 6, 1))  # a planned date may lie ahead
    assert rules.validate_activity(draft, sensitivities=KINDS, today=today) == {}


STAFF, SUPPLIERS = 101, 102
PHONE, EMAIL = 3, 4


def test_by_default_every_category_of_data_concerns_every_data_subject() -> None:
    assert r.subject_data_of([STAFF, SUPPLIERS], [NAME, EMAIL], {}) == [
        (STAFF, [NAME, EMAIL]), (SUPPLIERS, [NAME, EMAIL])]
    every = {STAFF: [NAME, EMAIL], SUPPLIERS: [EMAIL, NAME]}
    assert r.normalise_subject_data([STAFF, SUPPLIERS], [NAME, EMAIL], every) == {}


def test_data_tied_to_data_subjects_are_kept_as_chosen() -> None:
    links = {STAFF: [NAME, EMAIL, PHONE], SUPPLIERS: [NAME, 999]}
    assert r.normalise_subject_data([STAFF, SUPPLIERS], [NAME, EMAIL, PHONE], links) == {
        STAFF: [NAME, EMAIL, PHONE], SUPPLIERS: [NAME]}
    assert r.subject_data_of([STAFF, SUPPLIERS], [NAME, EMAIL], {STAFF: [EMAIL]}) == [
        (STAFF, [EMAIL]), (SUPPLIERS, [])]


def test_each_subject_needs_data_and_each_category_a_subject() -> None:
    base = {"data_subject_ids": [STAFF, SUPPLIERS], "data_category_ids": [NAME, EMAIL]}
    errors = _check(**base, subject_data={STAFF: [NAME, EMAIL]})
    assert errors["subject_data"] == rules.MSG_SUBJECT_WITHOUT_DATA
    errors = _check(**base, subject_data={STAFF: [NAME], SUPPLIERS: [NAME]})
    assert errors["subject_data"] == rules.MSG_DATA_WITHOUT_SUBJECT
    assert _check(**base, subject_data={STAFF: [NAME, EMAIL], SUPPLIERS: [NAME]}) == {}


def _missing(**changes: object) -> list[str]:
    facts: dict[str, object] = {
        "role": Role.CONTROLLER, "purposes": "Løn", "data_subjects": 1, "data_categories": 2,
        "erasure": True, "measures": True,
    }
    facts.update(changes)
    return r.missing_for_art30(**facts)  # type: ignore[arg-type]


def test_what_art30_1_requires_of_a_controller() -> None:
    assert _missing() == []
    assert _missing(erasure=False) == ["retention"]
    assert _missing(purposes=" ", data_subjects=0, data_categories=0, measures=False) == [
        "purposes", "data_subjects", "data_categories", "measures"]


def test_what_art30_2_requires_of_a_processor() -> None:
    egtved = r.ControllerParty("Egtved Varmeværk", "", "drift@egtved-varme.dk", "Opkrævning")
    # no time limit for erasure is required of a processor (Art. 30(2) has none)
    assert _missing(role=Role.PROCESSOR, controllers=[egtved], erasure=False) == []
    assert _missing(role=Role.PROCESSOR) == ["controllers", "processing"]
    silent = r.ControllerParty("Almind Fjernvarme", "", "", "")
    assert _missing(role=Role.PROCESSOR, controllers=[egtved, silent], measures=False) == [
        "controllers", "processing", "measures"]


def test_an_empty_time_limit_for_erasure_is_not_set() -> None:
    assert not r.erasure_set("  ", RetentionRule(RuleKind.NONE, 0))
    assert r.erasure_set("Slettes efter 30 dage", RetentionRule(RuleKind.NONE, 0))
    assert r.erasure_set("", RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 5))


def test_a_transfer_needs_a_safeguard() -> None:
    errors = _check(transfers=[Transfer("USA", "Mailchimp", None)])
    assert errors["transfers"] == rules.MSG_TRANSFER_WITHOUT_SAFEGUARD
    assert errors["transfers"].params == {"country": "USA"}  # type: ignore[attr-defined]
    assert _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.DPF)]) == {}


def test_scc_needs_a_module() -> None:
    errors = _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.SCC)])
    assert errors["transfers"] == rules.MSG_SCC_WITHOUT_MODULE
    assert _check(transfers=[Transfer("USA", "Mailchimp", Safeguard.SCC, 2)]) == {}


def test_a_transfer_needs_a_country() -> None:
    assert _check(transfers=[Transfer("", "X", Safeguard.DPF)])["transfers"] == \
        rules.MSG_TRANSFER_WITHOUT_COUNTRY


def test_consent_needs_a_note_of_how_it_is_recorded() -> None:
    assert _check(legal_bases=["6.1.a"])["consent_note"] == rules.MSG_CONSENT_WITHOUT_NOTE
    assert _check(legal_bases=["6.1.a"], consent_note="Tilmelding med bekræftelse") == {}


def test_the_next_review_cannot_precede_the_last() -> None:
    errors = _check(last_reviewed=dt.date(2026, 5, 1), next_review=dt.date(2026, 4, 30))
    assert errors["next_review"] == rules.MSG_REVIEW_ORDER
    assert _check(last_reviewed=dt.date(2026, 5, 1), next_review=dt.date(2026, 5, 1)) == {}


def test_an_active_activity_needs_a_legal_basis() -> None:
    assert _check(legal_bases=[], status=r.Status.ACTIVE)["legal_bases"] == rules.MSG_NO_BASIS
    assert _check(legal_bases=[], status=r.Status.DRAFT) == {}


def test_a_structured_rule_needs_its_number() -> None:
    errors = _check(retention_rule=RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 0))
    assert errors["retention_rule"] == rules.MSG_RULE_AMOUNT


def test_as_processor_a_controller_is_needed_with_a_valid_cvr() -> None:
    assert _check(role=Role.PROCESSOR)["controllers"] == rules.MSG_NO_CONTROLLER
    bad = [r.ControllerParty("Egtved Varmeværk", "12345678")]
    assert "controllers" in _check(role=Role.PROCESSOR, controllers=bad)
    good = [r.ControllerParty("Egtved Varmeværk", "26 22 40 20")]
    assert _check(role=Role.PROCESSOR, controllers=good) == {}


def test_free_text_that_looks_like_a_cpr_number_is_refused() -> None:
    assert _check(notes="Kontakt: 010190-1234")["notes"] == rules.v.MSG_CPR
