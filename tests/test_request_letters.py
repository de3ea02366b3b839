"""Letters of a request read back from their PDFs: who answers (controller or the utility
we process for), the copy of the person's data, and letters only where they fit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.register import Role
from dpo_desk.domain.requests import (
    MSG_IDENTITY_FIRST,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
)
from dpo_desk.domain.retention import RetentionRule, RuleKind
from dpo_desk.domain.text import format_date
from dpo_desk.reports.letters import retention_line
from dpo_desk.services import consents, register, request_letters, requests
from dpo_desk.services.errors import ValidationFailedError

TODAY = dt.date.today()  # the example's dates are relative to the day it is loaded


def _id(db: Database, requester: str) -> int:
    return next(r.id for r in requests.rows(db) if r.requester == requester)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _kept(db: Database, request_id: int, kind: LetterKind) -> list[Path]:
    return [requests.letter_path(db, x) for x in requests.letters(db, request_id)
            if x.kind == kind.value]


def _others(db: Database, requester: str) -> set[str]:
    people = {r.requester for r in requests.rows(db)} | {
        c.name for c in consents.rows(db, today=TODAY)}
    return people - {requester}


def test_a_heat_consumers_request_is_passed_to_her_utility(demo_db: Database) -> None:
    request_id = _id(demo_db, "Birthe Sørensen")
    received = requests.draft(demo_db, request_id).received
    assert LetterKind.FORWARDED in request_letters.offered_letters(demo_db, request_id)
    requests.write_letter(demo_db, request_id, LetterKind.FORWARDED, today=TODAY)
    notices = _kept(demo_db, request_id, LetterKind.FORWARD_NOTICE)
    assert len(notices) == 1  # her utility only, not every utility we process for
    notice = _text(notices[0])
    assert "Egtved Varmeværk A.m.b.a." in notice and "Almind" not in notice
    assert "Birthe Sørensen" in notice and format_date(received) in notice
    assert "Måleraflæsning og driftsoptimering for fjernvarmeværker" in notice
    assert "Inddrivelse af restancer for forbrugere" in notice
    assert "uden unødig forsinkelse" in notice  # no deadline in the processor register
    # Art. 12(3): one month from receipt, counted as the law counts (here by hand)
    from dpo_desk.domain.deadlines import next_working_day
    from dpo_desk.domain.retention import add_months
    assert format_date(next_working_day(add_months(received, 1))) in notice
    to_her = _text(_kept(demo_db, request_id, LetterKind.FORWARDED)[0])
    assert "Kære Birthe Sørensen" in to_her and "Egtved Varmeværk A.m.b.a." in to_her
    assert "dataansvarlig" in to_her.lower() and "videresendt" in to_her
    # the utility's answer is tracked apart from our own part
    d = requests.draft(demo_db, request_id)
    assert [(f.controller, f.forwarded, f.answered) for f in d.forwardings] == [
        ("Egtved Varmeværk A.m.b.a.", TODAY, None)]
    assert d.status is RequestStatus.IN_PROGRESS
    request_letters.record_controller_answer(demo_db, request_id, "Egtved Varmeværk A.m.b.a.",
                                             on=TODAY, today=TODAY)
    assert requests.draft(demo_db, request_id).forwardings[0].answered == TODAY
    assert requests.draft(demo_db, request_id).status is RequestStatus.IN_PROGRESS


def test_the_access_answer_covers_only_our_own_processing(demo_db: Database) -> None:
    request_id = _id(demo_db, "Birthe Sørensen")
    requests.write_letter(demo_db, request_id, LetterKind.ACCESS, today=TODAY)
    text = _text(_kept(demo_db, request_id, LetterKind.ACCESS)[0])
    views = register.views(demo_db, requests.draft(demo_db, request_id).activity_ids)
    assert {v.role for v in views} == {Role.CONTROLLER, Role.PROCESSOR}
    for view in views:
        assert (view.name in text) == (view.role is Role.CONTROLLER)
    assert "Softværket" in text and "Bilag" in text
    assert "maskinlæsbar" in text.lower() or "JSON" in text
    # the system the rest of the copy comes from, or what to gather
    assert "Supportkontakt pr. telefon" in text and "systemer" in text
    # the retention line is said once: the register's text, not also its rule reworded
    from dpo_desk.domain.retention import RULE_LABELS
    from dpo_desk.i18n import translate
    rule = translate("Retention", RULE_LABELS[RuleKind.FISCAL_YEAR_PLUS]).replace("N", "5")
    assert rule not in text and text.count("Indeværende regnskabsår + 5 år") == 1


def test_the_annex_holds_the_persons_data_and_nobody_elses(demo_db: Database) -> None:
    request_id = _id(demo_db, "Birthe Sørensen")
    requests.write_letter(demo_db, request_id, LetterKind.ACCESS, today=TODAY)
    pdf = _text(_kept(demo_db, request_id, LetterKind.ANNEX)[0])
    data = json.loads(_kept(demo_db, request_id, LetterKind.ANNEX_DATA)[0].read_bytes())
    assert "Birthe Sørensen" in pdf and "birthe.s@mail.dk" in pdf
    assert "Under behandling" in pdf and "in_progress" not in pdf  # read as words, not codes
    assert data["person"]["name"] == "Birthe Sørensen"
    assert [r["received"] for r in data["requests"]] == [
        requests.draft(demo_db, request_id).received.isoformat()]
    assert data["requests"][0]["types"] == ["access"]
    flat = json.dumps(data, ensure_ascii=False)
    for other in _others(demo_db, "Birthe Sørensen"):
        assert other not in pdf and other not in flat, other


def test_a_consumers_annex_holds_her_consent_record_only(demo_db: Database) -> None:
    received = TODAY - dt.timedelta(days=2)
    request_id = requests.save(demo_db, RequestDraft(
        types=[RequestType.ACCESS], requester="Bent Sørensen", contact="Bakkevej 4, 6040 Egtved",
        relation="Varmeforbruger", utility="Egtved Varmeværk A.m.b.a.", received=received),
        today=received)
    data = request_letters.subject_data(demo_db, request_id)
    assert [c["meter_number"] for c in data["consents"]] == ["EV-100237"]
    assert data["consents"][0]["note"] == "Ring til datteren først"
    flat = json.dumps(data, ensure_ascii=False)
    assert "EV-100200" not in flat and "Else Ærbø" not in flat


def test_a_refusal_names_the_complaint_and_the_courts(demo_db: Database) -> None:
    request_id = _id(demo_db, "Mogens Thøgersen")
    requests.write_letter(demo_db, request_id, LetterKind.REFUSAL, today=TODAY)
    text = _text(_kept(demo_db, request_id, LetterKind.REFUSAL)[0])
    assert "Datatilsynet" in text and "domstolene" in text
    assert "Åbenbart grundløs eller overdreven" in text and "Fjerde enslydende" in text
    assert ": ." not in text


def test_a_refusal_is_not_written_for_a_request_that_is_not_refused(demo_db: Database) -> None:
    request_id = _id(demo_db, "Lone Frølund")
    assert LetterKind.REFUSAL not in request_letters.offered_letters(demo_db, request_id)
    assert LetterKind.EXTENSION not in request_letters.offered_letters(demo_db, request_id)
    with pytest.raises(ValidationFailedError):
        requests.write_letter(demo_db, request_id, LetterKind.REFUSAL, today=TODAY)
    with pytest.raises(ValidationFailedError):
        requests.write_letter(demo_db, request_id, LetterKind.EXTENSION, today=TODAY)
    assert requests.letters(demo_db, request_id) == []


def test_the_extension_reason_is_its_own_sentence(demo_db: Database) -> None:
    request_id = _id(demo_db, "Poul Bækgaard")
    requests.write_letter(demo_db, request_id, LetterKind.EXTENSION, today=TODAY)
    text = _text(_kept(demo_db, request_id, LetterKind.EXTENSION)[0])
    reason = "anmodningen omfatter målerdata for 15 år fra to systemer"
    assert reason in text and f"Fordi {reason}" not in text and f"{reason}," not in text
    assert "forlænger fristen med to måneder" in text


def test_writing_the_extension_letter_tells_the_requester(db: Database) -> None:
    received = dt.date(2026, 3, 9)
    request_id = requests.save(db, RequestDraft(types=[RequestType.ACCESS], requester="Ib Ærø",
                                                received=received), today=received)
    requests.extend(db, request_id, reason="mange anmodninger", told=None,
                    today=dt.date(2026, 3, 20))
    assert requests.draft(db, request_id).extension_told is None
    requests.write_letter(db, request_id, LetterKind.EXTENSION, today=dt.date(2026, 3, 21))
    assert requests.draft(db, request_id).extension_told == dt.date(2026, 3, 21)
    text = _text(_kept(db, request_id, LetterKind.EXTENSION)[0])
    assert "09-06-2026" in text  # three months from receipt


def test_the_identification_letter_asks_for_what_to_send_not_the_dpos_note(
        db: Database) -> None:
    received = dt.date(2026, 3, 9)
    request_id = requests.save(db, RequestDraft(
        types=[RequestType.ACCESS], requester="Ib Ærø", received=received, identity_needed=True,
        identity_how="Ringet op på det kendte nummer"), today=received)
    assert LetterKind.ACCESS not in request_letters.offered_letters(db, request_id)
    with pytest.raises(ValidationFailedError) as raised:
        requests.write_letter(db, request_id, LetterKind.ACCESS, today=received)
    assert raised.value.errors["identity_checked"] == MSG_IDENTITY_FIRST
    requests.write_letter(db, request_id, LetterKind.IDENTITY, today=received)
    text = _text(_kept(db, request_id, LetterKind.IDENTITY)[0])
    assert "Ringet op" not in text
    assert "en kopi af din seneste varmeregning" in text  # the default ask
    d = requests.draft(db, request_id)
    d.identity_ask = "en kopi af dit sygesikringskort"
    requests.save(db, d, today=received)
    requests.write_letter(db, request_id, LetterKind.IDENTITY, today=received)
    text = _text(_kept(db, request_id, LetterKind.IDENTITY)[-1])
    assert "Send os venligst: en kopi af dit sygesikringskort" not in text
    assert "en kopi af dit sygesikringskort" in text and "Ringet op" not in text
    d = requests.draft(db, request_id)
    d.identity_checked = received
    requests.save(db, d, today=received)
    assert LetterKind.IDENTITY not in request_letters.offered_letters(db, request_id)
    assert LetterKind.ACCESS in request_letters.offered_letters(db, request_id)


def test_the_letters_offered_follow_the_state(demo_db: Database) -> None:
    def kinds(name: str) -> set[LetterKind]:
        return set(request_letters.offered_letters(demo_db, _id(demo_db, name)))

    assert LetterKind.REFUSAL in kinds("Mogens Thøgersen")
    assert LetterKind.EXTENSION in kinds("Poul Bækgaard")
    assert LetterKind.IDENTITY in kinds("Sara Kjær")
    assert LetterKind.ACCESS not in kinds("Sara Kjær")
    assert LetterKind.CONFIRMATION in kinds("Karen Ågård")
    assert not kinds("Karen Ågård") & {LetterKind.REFUSAL, LetterKind.EXTENSION,
                                       LetterKind.IDENTITY, LetterKind.FORWARDED}
    d = requests.draft(demo_db, _id(demo_db, "Mogens Thøgersen"))
    assert d.refusal_ground is RefusalGround.MANIFESTLY_UNFOUNDED


def test_the_retention_line_is_said_once_with_the_right_number() -> None:
    from dataclasses import replace

    from dpo_desk.domain.register import ActivityView

    fields = {name: None for name in ActivityView.__dataclass_fields__}
    view = ActivityView(**fields)  # type: ignore[arg-type]
    one = replace(view, retention_text="", retention_rule=RetentionRule(
        RuleKind.MONTHS_AFTER_COLLECTION, 1))
    assert retention_line(one) == "1 måned efter indsamling"
    assert retention_line(replace(one, retention_rule=RetentionRule(
        RuleKind.MONTHS_AFTER_COLLECTION, 6))) == "6 måneder efter indsamling"
    typed = replace(one, retention_text="Slettes efter 6 måneder")
    assert retention_line(typed) == "Slettes efter 6 måneder"


def test_the_request_log_shows_the_utilitys_part_apart(demo_db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from dpo_desk.services.export import export

    request_id = _id(demo_db, "Birthe Sørensen")
    requests.write_letter(demo_db, request_id, LetterKind.FORWARDED, today=TODAY)
    out = tmp_path / "log.xlsx"
    list(export(demo_db, report="requests", fmt="xlsx", out=out))
    sheet = load_workbook(out)["Anmodninger"]
    header = [c.value for c in sheet[1]]
    column = header.index("Videresendt til den dataansvarlige")
    cells = {r[0]: r[column] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells["Birthe Sørensen"] == (
        f"Egtved Varmeværk A.m.b.a.: videresendt {format_date(TODAY)}, endnu ikke besvaret")
    assert not cells["Lone Frølund"]


def test_passing_a_request_on_again_keeps_the_answer_on_record(demo_db: Database) -> None:
    request_id = _id(demo_db, "Birthe Sørensen")
    earlier = TODAY - dt.timedelta(days=1)
    requests.write_letter(demo_db, request_id, LetterKind.FORWARDED, today=earlier)
    request_letters.record_controller_answer(demo_db, request_id, "Egtved Varmeværk A.m.b.a.",
                                             on=earlier, today=earlier)
    requests.write_letter(demo_db, request_id, LetterKind.FORWARDED, today=TODAY)
    forwarding = requests.draft(demo_db, request_id).forwardings[0]
    assert (forwarding.forwarded, forwarding.answered) == (earlier, earlier)
    assert len(_kept(demo_db, request_id, LetterKind.FORWARD_NOTICE)) == 2
