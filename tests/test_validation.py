"""Identities and contact details, as the domain rules check them."""

from __future__ import annotations

import pytest

from dpo_desk.domain import validation as v
from dpo_desk.domain.organisation import OrganisationDetails, validate_organisation


@pytest.mark.parametrize("cvr", ["26 22 40 20", "26224020", "26-22-40-20"])
def test_softvaerkets_cvr_is_valid(cvr: str) -> None:
    assert v.check_cvr(cvr) is None
    assert v.format_cvr(cvr) == "26 22 40 20"


@pytest.mark.parametrize(
    ("cvr", "message"),
    [
        ("26224021", v.MSG_CVR_CHECKSUM),
        ("2622402", v.MSG_CVR_FORMAT),
        ("ABCDEFGH", v.MSG_CVR_FORMAT),
        ("262240201", v.MSG_CVR_FORMAT),
    ],
)
def test_invalid_cvr_numbers_are_refused_with_the_reason(cvr: str, message: str) -> None:
    assert v.check_cvr(cvr) == message


def test_an_empty_cvr_is_allowed_unless_required() -> None:
    assert v.check_cvr("") is None
    assert v.check_cvr(" ", required=True) == v.MSG_REQUIRED


@pytest.mark.parametrize("phone", ["76 23 12 50", "+45 76 23 12 50", "0045 76231250"])
def test_danish_phone_numbers(phone: str) -> None:
    assert v.check_danish_phone(phone) is None


@pytest.mark.parametrize("phone", ["7623125", "+46 76 23 12 50", "76 23 12 50 1", "tlf"])
def test_not_danish_phone_numbers(phone: str) -> None:
    assert v.check_danish_phone(phone) == v.MSG_PHONE


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("6000", True),
        ("0800", True),
        ("9990", True),
        ("0799", False),
        ("9991", False),
        ("600", False),
        ("60OO", False),
    ],
)
def test_postal_codes(code: str, ok: bool) -> None:
    assert (v.check_postal_code(code) is None) is ok


def test_text_that_looks_like_a_cpr_number_is_flagged() -> None:
    assert v.looks_like_cpr("Født 010190-1234, bruger ilt")  # stdnum accepts this date
    assert v.check_no_cpr("cpr 0101901234") == v.MSG_CPR
    assert not v.looks_like_cpr("Målernummer 12345678")
    assert not v.looks_like_cpr("Tlf. 76 23 12 50")
    assert not v.looks_like_cpr("329901-1234")  # no 32nd day


def test_control_characters_and_length() -> None:
    assert v.check_text("ok\nalso ok") is None
    assert v.check_text("bell\x07") == v.MSG_CONTROL_CHARS
    assert v.check_text("x" * 501) == v.MSG_TOO_LONG
    assert v.check_text("x" * 501).params == {"limit": 500}


def test_the_organisation_needs_a_name_and_a_valid_fiscal_year_end() -> None:
    errors = validate_organisation(
        OrganisationDetails(name="", fiscal_year_end_month=2, fiscal_year_end_day=29)
    )
    assert errors["name"] == v.MSG_REQUIRED
    assert errors["fiscal_year_end_day"] == v.MSG_FISCAL_END
    assert validate_organisation(OrganisationDetails(name="Softværket")) == {}
