"""The reading of imported cells and the proposal of a mapping (plain Python)."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import import_checks as c
from dpo_desk.domain.import_mapping import IGNORED, REGISTER, normalise
from dpo_desk.domain.import_matching import propose, synonyms_of
from dpo_desk.domain.validation import MSG_CPR, MSG_CVR_CHECKSUM


def test_headings_are_folded() -> None:
    assert normalise("  Formål med\nbehandlingen: ") == "formål med behandlingen"
    assert normalise("CVR-nr.") == "cvr nr"
    assert normalise("ÆBLE_Øst") == "æble øst"


def test_danish_and_english_synonyms_are_proposed() -> None:
    known = synonyms_of(REGISTER, {})
    headers = [
        "Formål",
        "Purpose",
        "Kategorier af registrerede",
        "Noget helt andet",
        "Navn og kontaktoplysninger på den dataansvarlige",
        "Formålene med behandlingen (beskriv kort)",
    ]
    # one column per field: the second purpose column is left for the user
    assert propose(headers, known) == ["purposes", None, "data_subjects", None, IGNORED, None]
    assert propose(["Purposes of the processing"], known) == ["purposes"]
    assert propose(["Formålene med behandlingen (beskriv kort)"], known) == ["purposes"]


def test_dates_in_every_form() -> None:
    assert c.read_date("09-03-2026") == (dt.date(2026, 3, 9), None)
    assert c.read_date("9.3.2026") == (dt.date(2026, 3, 9), None)
    assert c.read_date("2026-03-09") == (dt.date(2026, 3, 9), None)
    assert c.read_date(dt.datetime(2026, 3, 9, 0, 0)) == (dt.date(2026, 3, 9), None)
    assert c.read_date(46090) == (dt.date(2026, 3, 9), None)  # Excel's serial number
    value, problem = c.read_date("31-02-2026")
    assert value is None and problem == c.MSG_DATE and problem.params == {"value": "31-02-2026"}
    assert c.read_date("snart")[1] == c.MSG_DATE


def test_yes_no() -> None:
    assert c.read_yes_no("Ja") == (True, None)
    assert c.read_yes_no("nej") == (False, None)
    assert c.read_yes_no(None) == (False, None)
    assert c.read_yes_no("måske")[1] == c.MSG_YES_NO


def test_a_list_in_a_cell_becomes_entries() -> None:
    assert c.split_list("Navn; e-mail, telefon") == ["Navn", "e-mail", "telefon"]
    assert c.split_list("Navn\nNavn\n• Adresse") == ["Navn", "Adresse"]
    assert c.split_list("Helbred (art. 9, stk. 1); Navn") == ["Helbred (art. 9, stk. 1)", "Navn"]


def test_legal_bases_by_label_or_article() -> None:
    labels = {"art 6 1 b contract": "6.1.b", "art 6 stk 1 litra c": "6.1.c"}
    assert c.read_bases("Art. 6(1)(b) contract; art. 6, stk. 1, litra c", labels) == (
        ["6.1.b", "6.1.c"],
        None,
    )
    codes, problem = c.read_bases("Fordi vi kan", labels)
    assert codes == [] and problem == c.MSG_BASIS


def test_cvr_checked_with_its_check_digit() -> None:
    assert c.check_cvr_cell("26 22 40 20") == ("26 22 40 20", None)
    assert c.check_cvr_cell("26224021")[1] == MSG_CVR_CHECKSUM
    assert c.check_cvr_cell("HRB 12345") == ("HRB 12345", None)  # a foreign number


def test_a_cpr_number_in_any_cell_is_a_problem() -> None:
    assert c.no_cpr("Kunde 070761-4285 ringede") == MSG_CPR
    assert c.no_cpr("Kunde ringede") is None
