"""Subject requests on a real database: workflow, extension, letters, reports, the tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import Role
from dpo_desk.domain.requests import (
    MSG_EXTENSION_LATE,
    MSG_ILLEGAL_MOVE,
    RequestDraft,
    RequestStatus,
    RequestType,
)
from dpo_desk.reports.letters import LetterKind
from dpo_desk.services import attachments, register, requests
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.services.export import export
from dpo_desk.ui.requests.form import RequestDialog
from dpo_desk.ui.requests.tab import DAYS_COLUMN, RequestTab
from dpo_desk.ui.table_model import AMBER, RED

TODAY = dt.date.today()  # the example's dates are relative to the day it is loaded


def _row(db: Database, requester: str) -> requests.RequestRow:
    return next(r for r in requests.rows(db) if r.requester == requester)


def _pdf(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_example_has_a_dozen_requests_across_statuses(demo_db: Database) -> None:
    rows = requests.rows(demo_db)
    assert len(rows) == 14
    assert {r.status for r in rows} == set(RequestStatus)
    assert _row(demo_db, "Poul Bækgaard").extended
    assert _row(demo_db, "Lone Frølund").deadline < TODAY  # the overdue one
    assert _row(demo_db, "Mogens Thøgersen").status is RequestStatus.REFUSED


def test_the_deadline_is_kept_with_the_request(db: Database) -> None:
    request_id = requests.save(db, RequestDraft(
        types=[RequestType.ACCESS], requester="Åse Bjørn", received=dt.date(2026, 1, 31)),
        today=dt.date(2026, 2, 1))
    assert _row(db, "Åse Bjørn").deadline == dt.date(2026, 3, 2)
    assert requests.draft(db, request_id).history[0].status is RequestStatus.RECEIVED


def test_the_workflow_refuses_an_illegal_move(demo_db: Database) -> None:
    answered = _row(demo_db, "Ida Møller")
    with pytest.raises(ValidationFailedError) as raised:
        requests.move(demo_db, answered.id, RequestStatus.RECEIVED, today=TODAY)
    message = raised.value.errors["status"]
    assert message == MSG_ILLEGAL_MOVE
    assert _row(demo_db, "Ida Møller").status is RequestStatus.ANSWERED


def test_each_move_is_kept_with_its_date(demo_db: Database) -> None:
    row = _row(demo_db, "Anders Aaberg")
    requests.move(demo_db, row.id, RequestStatus.IN_PROGRESS, today=TODAY)
    requests.move(demo_db, row.id, RequestStatus.ANSWERED, today=TODAY)
    d = requests.draft(demo_db, row.id)
    assert [h.status for h in d.history] == [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS,
                                             RequestStatus.ANSWERED]
    assert d.history[-1].on == TODAY and d.answered == TODAY


def test_an_extension_after_the_first_month_is_refused(db: Database) -> None:
    received = dt.date(2026, 3, 9)  # the first month ends 09-04-2026
    request_id = requests.save(db, RequestDraft(types=[RequestType.ACCESS], requester="Ib Ærø",
                                                received=received), today=received)
    with pytest.raises(ValidationFailedError) as raised:
        requests.extend(db, request_id, reason="mange anmodninger",
                        told=dt.date(2026, 4, 10), today=dt.date(2026, 4, 10))
    assert raised.value.errors["extension_told"] == MSG_EXTENSION_LATE
    assert "09-04-2026" in str(raised.value.errors["extension_told"].params)  # type: ignore[attr-defined]
    with pytest.raises(ValidationFailedError) as no_reason:
        requests.extend(db, request_id, reason="", told=dt.date(2026, 4, 9),
                        today=dt.date(2026, 4, 9))
    assert "extension_reason" in no_reason.value.errors
    requests.extend(db, request_id, reason="mange anmodninger", told=dt.date(2026, 4, 9),
                    today=dt.date(2026, 4, 9))
    assert _row(db, "Ib Ærø").deadline == dt.date(2026, 6, 9)


def test_a_refusal_needs_its_ground_and_an_answer_date(demo_db: Database) -> None:
    d = requests.draft(demo_db, _row(demo_db, "Birthe Sørensen").id)
    d.status = RequestStatus.REFUSED
    with pytest.raises(ValidationFailedError) as raised:
        requests.save(demo_db, d, today=TODAY)
    assert {"refusal_ground", "answered"} <= set(raised.value.errors)


def test_the_access_letter_is_built_from_the_register(demo_db: Database) -> None:
    row = _row(demo_db, "Birthe Sørensen")
    letter_id = requests.write_letter(demo_db, row.id, LetterKind.ACCESS, today=TODAY)
    letter = next(x for x in requests.letters(demo_db, row.id) if x.id == letter_id)
    assert letter.kind == LetterKind.ACCESS.value
    path = requests.letter_path(demo_db, letter)
    assert attachments.state(demo_db, letter.file_name, letter.sha256) is \
        attachments.FileState.OK
    text = _pdf(path)
    assert "Svar på anmodning om indsigt" in text and "Kære Birthe Sørensen" in text
    for view in register.views(demo_db, requests.draft(demo_db, row.id).activity_ids):
        if view.role is not Role.CONTROLLER:  # the utility answers for those
            assert view.name not in text
            continue
        assert view.name in text
        assert " ".join(view.purposes.split()[:6]) in text
        for recipient in view.recipients + view.processors:
            assert recipient in text
        assert " ".join(view.retention_text.split()[:5]) in text
        assert text.count(" ".join(view.retention_text.split()[:5])) == 1
    assert "Datatilsynet" in text


def test_the_other_letters(demo_db: Database) -> None:
    extended = _row(demo_db, "Poul Bækgaard")
    requests.write_letter(demo_db, extended.id, LetterKind.EXTENSION, today=TODAY)
    text = _pdf(requests.letter_path(demo_db, requests.letters(demo_db, extended.id)[-1]))
    assert "forlænger fristen med to måneder" in text
    from dpo_desk.domain.text import format_date

    assert format_date(extended.deadline) in text
    refused = _row(demo_db, "Mogens Thøgersen")
    requests.write_letter(demo_db, refused.id, LetterKind.REFUSAL, today=TODAY)
    text = _pdf(requests.letter_path(demo_db, requests.letters(demo_db, refused.id)[-1]))
    assert "Åbenbart grundløs eller overdreven" in text and "Datatilsynet" in text


def test_the_request_reports(demo_db: Database, tmp_path: Path) -> None:
    xlsx, pdf = tmp_path / "requests.xlsx", tmp_path / "requests.pdf"
    list(export(demo_db, report="requests", fmt="xlsx", out=xlsx))
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Anmodninger", "Pr. måned og type", "Overskredne"]
    assert workbook["Anmodninger"].max_row == 15
    overdue = [r[0] for r in workbook["Overskredne"].iter_rows(min_row=2, values_only=True)]
    assert overdue == ["Lone Frølund"]
    counts = sum(r[2] for r in workbook["Pr. måned og type"].iter_rows(min_row=2,
                                                                       values_only=True))
    assert counts == sum(len(d.types) for d in requests.drafts(demo_db))
    list(export(demo_db, report="requests", fmt="pdf", out=pdf))
    text = _pdf(pdf)
    assert "Log over de registreredes anmodninger" in text
    # Maja Hansen was answered late; Per Vinding, three years ago, in time.
    assert "Besvaret rettidigt 5 af 6" in text


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> RequestTab:
    widget = RequestTab(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(tab: RequestTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_overdue_requests_sort_first_in_red(tab: RequestTab) -> None:
    assert _names(tab)[0] == "Lone Frølund"
    brush = tab.proxy.index(0, DAYS_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == RED
    assert tab.model.headerData(DAYS_COLUMN, Qt.Orientation.Horizontal) == "Dage tilbage"
    assert set(_names(tab)) == {"Lone Frølund", "Birthe Sørensen", "Poul Bækgaard",
                                "Sara Kjær", "Anders Aaberg", "Niels Ærtebjerg",
                                "Tove Kjærsgaard"}  # open ones


# Received → deadline (one month, Art. 12(3); no holiday near) → days left on 17-09-2025.
AMBER_RED_CASES = [
    ("Seks dage over", dt.date(2025, 8, 11), "-6", RED),  # due Thu 11-09-2025
    ("En dag over", dt.date(2025, 8, 16), "-1", RED),  # due Tue 16-09-2025
    ("Frist i dag", dt.date(2025, 8, 17), "0", AMBER),  # due Wed 17-09-2025
    ("Frist i morgen", dt.date(2025, 8, 18), "1", AMBER),  # due Thu 18-09-2025
    ("Over weekenden", dt.date(2025, 8, 20), "5", AMBER),  # 20-09 is a Saturday → Mon 22-09
    ("Syv dage", dt.date(2025, 8, 24), "7", AMBER),  # due Wed 24-09-2025
    ("Otte dage", dt.date(2025, 8, 25), "8", None),  # due Thu 25-09-2025
]


def test_seven_days_or_fewer_is_amber_and_overdue_is_red(qtbot: QtBot, db: Database) -> None:
    today = dt.date(2025, 9, 17)
    for name, received, _left, _colour in AMBER_RED_CASES:
        requests.save(db, RequestDraft(types=[RequestType.ERASURE], requester=name,
                                       received=received), today=received)
    tab = RequestTab(db, today=lambda: today)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    shown = {}
    for row in range(tab.proxy.rowCount()):
        cell = tab.proxy.index(row, DAYS_COLUMN)
        brush = cell.data(Qt.ItemDataRole.ForegroundRole)
        shown[tab.proxy.index(row, 0).data()] = (cell.data(), brush.color() if brush else None)
    assert shown == {name: (left, colour) for name, _r, left, colour in AMBER_RED_CASES}
    assert _names(tab)[:2] == ["Seks dage over", "En dag over"]  # the most overdue first


def test_the_tab_refuses_an_illegal_move_with_a_message(tab: RequestTab,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    tab.table.selectRow(_names(tab).index("Ida Møller"))
    refusal = tab.move_selected(RequestStatus.RECEIVED)
    assert refusal is not None and "Besvaret" in refusal and "Modtaget" in refusal


def test_the_form_refuses_a_late_extension_at_the_field(qtbot: QtBot, db: Database) -> None:
    received = dt.date(2026, 3, 9)
    draft = RequestDraft(types=[RequestType.ACCESS], requester="Ib Ærø", received=received)
    dialog = RequestDialog(db, draft, today=lambda: dt.date(2026, 4, 20))
    qtbot.addWidget(dialog)
    dialog.extended.setChecked(True)
    dialog.extension_reason.setText("kompleks")
    dialog.extension_told.set_value(dt.date(2026, 4, 20))
    dialog.save()
    assert "senest 09-04-2026" in dialog.messages.message("extension_told")
    assert dialog.requester.text() == "Ib Ærø"
    assert requests.rows(db) == []


def test_a_document_is_kept_with_the_request(demo_db: Database, tmp_path: Path) -> None:
    scan = tmp_path / "anmodning-scannet.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter from the requester")
    row = _row(demo_db, "Poul Bækgaard")
    requests.attach_file(demo_db, row.id, scan)
    kept = requests.letters(demo_db, row.id)[-1]
    assert kept.kind == requests.FILE_KIND
    assert requests.letter_path(demo_db, kept).read_bytes() == scan.read_bytes()
    assert attachments.state(demo_db, kept.file_name, kept.sha256) is attachments.FileState.OK


def test_the_example_speaks_danish(demo_db: Database) -> None:
    relations = {r.relation for r in requests.rows(demo_db)}
    assert "Varmeforbruger" in relations and not relations & {"Heat consumer", "Supplier"}


def test_the_request_log_pdf_prints_every_date_and_status_whole(demo_db: Database,
                                                                tmp_path: Path) -> None:
    from dpo_desk.domain.text import format_date

    out = tmp_path / "log.pdf"
    list(export(demo_db, report="requests", fmt="pdf", out=out))
    lines = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    for row in requests.rows(demo_db):  # a narrow column would break "09-05-2026" in two
        assert format_date(row.received) in lines and format_date(row.deadline) in lines
    assert "Identitetskontrol" in lines
