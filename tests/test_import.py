"""Importing spreadsheets: real workbooks written with openpyxl, a real SQLite file."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from dpo_desk.cli import importing as cli_import
from dpo_desk.db.audit_verify import verify_chain
from dpo_desk.db.backup import drain
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.register_models import Activity, CatalogueItem, Processor
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain import import_checks as checks
from dpo_desk.domain.processors import PartyDraft
from dpo_desk.domain.text import UserError
from dpo_desk.domain.validation import MSG_CPR, MSG_CVR_CHECKSUM, MSG_REQUIRED
from dpo_desk.services import export, importing, processors, register
from dpo_desk.services.errors import ConcurrentEditError
from dpo_desk.services.importing import Action
from dpo_desk.services.importing_read import MSG_NOT_WORKBOOK, MSG_TOO_BIG
from dpo_desk.services.importing_template import write_template

TODAY = dt.date(2026, 3, 9)

# The column headings of Datatilsynet's template for the record of processing activities
# (Fortegnelse over behandlingsaktiviteter), under the template's title row.
DATATILSYNET = [
    "Navn og kontaktoplysninger på den dataansvarlige",
    "Formålene med behandlingen",
    "Kategorier af registrerede",
    "Kategorier af personoplysninger",
    "Kategorier af modtagere",
    "Overførsel til tredjelande",
    "Tidsfrister for sletning",
    "Generel beskrivelse af tekniske og organisatoriske sikkerhedsforanstaltninger",
]


def workbook(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Ark1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def plan(db: Database, register_: str, path: Path) -> importing.Plan:
    return importing.plan_file(db, register_, path, today=TODAY)


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_datatilsynet_template_imports_with_the_proposed_mapping(
    db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "fortegnelse.xlsx",
        [
            ["Fortegnelse over behandlingsaktiviteter"],
            [],
            DATATILSYNET,
            [
                "Softværket ApS, Kolding",
                "Løn og personaleadministration",
                "Ansatte; jobansøgere",
                "Navn; e-mail, telefon",
                "SKAT, pensionsselskab",
                "Ingen",
                "5 år efter fratræden",
                "Adgangsstyring og kryptering af bærbare",
            ],
            [
                "Softværket ApS, Kolding",
                "Nyhedsbrev",
                "Kunder",
                "Navn, e-mail",
                "",
                "USA – Mailchimp, standardkontraktbestemmelser",
                "Indtil afmelding",
                "To-faktor-login",
            ],
        ],
    )
    found = plan(db, "register", path)
    assert found.table.header_row == 3
    assert found.mapping == [
        "",
        "purposes",
        "data_subjects",
        "data_categories",
        "recipients",
        "transfers",
        "retention",
        "measures",
    ]
    assert found.problems() == []
    assert [r.action for r in found.rows] == [Action.ADD, Action.ADD]
    unknown = sorted(name for name, _s in found.unknown.values())
    assert {"Navn", "e-mail", "telefon", "Ansatte", "jobansøgere", "SKAT"} <= set(unknown)
    drain(importing.apply(db, found, today=TODAY))
    views = {v.name: v for v in register.views(db)}
    pay = views["Løn og personaleadministration"]
    assert pay.purposes == "Løn og personaleadministration"
    assert pay.data_subjects == ("Ansatte", "jobansøgere")
    assert [n for n, _s in pay.data_categories] == ["Navn", "e-mail", "telefon"]
    assert pay.recipients == ("SKAT", "pensionsselskab")
    assert pay.transfers == () and pay.retention_text == "5 år efter fratræden"
    assert pay.measures_text == "Adgangsstyring og kryptering af bærbare"
    # a transfer written as free text is kept, in the notes, not lost
    assert "USA – Mailchimp, standardkontraktbestemmelser" in views["Nyhedsbrev"].notes


def _sheet_cells(path: Path, title: str) -> list[list[object]]:
    sheet = load_workbook(path, read_only=True)[title]
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def _add_parties_of_each_kind(demo: Database) -> None:
    """A Danish party with a CVR number and a foreign one with its own company number,
    besides the example's."""
    from dpo_desk.domain.processors import RiskLevel

    processors.save(
        demo,
        PartyDraft(
            name="Nordisk Drift",
            cvr="26 22 40 20",
            service="Drift",
            risk=RiskLevel.HIGH,
            agreement_signed=dt.date(2025, 5, 1),
        ),
    )
    processors.save(
        demo,
        PartyDraft(name="Berliner Backup", country="DE", foreign_id="HRB 1234", service="Backup"),
    )


def _copy_supervision(source: Database, target: Database) -> None:
    """The supervision rounds of each party (a sheet of their own, not imported), from
    which the processors sheet computes the next supervision and the open follow-ups."""
    today = dt.date.today()
    ids = {r.name: r.id for r in processors.rows(target, today=today)}
    for party in processors.rows(source, today=today):
        for r in processors.rounds(source, party.id):
            processors.save_round(target, ids[party.name], replace(r, id=None), today=today)


@pytest.mark.parametrize(
    "register_",
    [
        "register",
        "processors",
        "requests",
        "consents",
    ],
)
def test_own_export_imports_back_unchanged(
    demo_db: Database, tmp_path: Path, register_: str
) -> None:
    if register_ == "processors":
        _add_parties_of_each_kind(demo_db)
    first = tmp_path / "first.xlsx"
    drain(
        export.export(
            demo_db,
            report=register_,
            fmt="xlsx",
            out=first,
        )
    )
    empty = Database.open(tmp_path / "empty.sqlite")
    try:
        if register_ == "consents":  # the consent texts are set up, not imported
            from dpo_desk.services import consents

            for text_id, label, since in consents.consent_texts(demo_db):
                consents.add_consent_text(
                    empty,
                    label=label,
                    text=consents.consent_text(demo_db, text_id),
                    valid_from=since,
                )
        found = importing.plan_file(empty, register_, first, today=dt.date.today())
        assert found.problems() == []
        assert found.counts()[Action.ADD] == len(found.rows) > 0
        drain(importing.apply(empty, found, today=dt.date.today()))
        if register_ == "processors":  # the record names each activity's parties
            activities = tmp_path / "activities.xlsx"
            drain(export.export(demo_db, report="register", fmt="xlsx", out=activities))
            linked = importing.plan_file(empty, "register", activities, today=dt.date.today())
            assert linked.problems() == []
            assert [n for kind, n in linked.unknown if kind == "processor"] == []
            drain(importing.apply(empty, linked, today=dt.date.today()))
            _copy_supervision(demo_db, empty)
        second = tmp_path / "second.xlsx"
        drain(export.export(empty, report=register_, fmt="xlsx", out=second))
    finally:
        empty.close()
    sheet = found.table.sheet
    assert _sheet_cells(second, sheet) == _sheet_cells(first, sheet)


def test_each_problem_at_its_row_and_column(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "fejl.xlsx",
        [
            ["Navn", "Formål", "Retsgrundlag", "Senest gennemgået", "Bemærkninger"],
            ["Løn", "Lønudbetaling", "Art. 6(1)(b) contract", "01-02-2026", ""],
            ["Kunder", "", "Art. 6(1)(b) contract", "", ""],  # no purpose
            ["Kameraer", "Tryghed", "Fordi vi må", "", ""],  # unknown legal basis
            ["Møder", "Referater", "", "32-13-2025", ""],  # a date that does not exist
            ["Sager", "Sagsbehandling", "", "", "Ring til 070761-4285"],  # a CPR number
        ],
    )
    found = plan(db, "register", path)
    problems = {(p.row, p.column, p.field): p.message for p in found.problems()}
    assert problems[(3, 2, "purposes")] == MSG_REQUIRED
    assert problems[(4, 3, "legal_bases")] == checks.MSG_BASIS
    assert problems[(5, 4, "last_reviewed")] == checks.MSG_DATE
    assert problems[(6, 5, "notes")] == MSG_CPR
    assert [r.action for r in found.rows] == [Action.ADD] + [Action.PROBLEM] * 4
    parties = workbook(tmp_path / "parter.xlsx", [["Navn", "CVR"], ["Zitcom", "26224021"]])
    bad = plan(db, "processors", parties).problems()
    assert [(p.row, p.column, p.field, p.message) for p in bad] == [(2, 2, "cvr", MSG_CVR_CHECKSUM)]


def _args(
    db_path: Path, register_: str, file: Path, *, dry_run: bool = True, mapping: str | None = None
) -> argparse.Namespace:
    return argparse.Namespace(
        db=str(db_path), register=register_, file=file, dry_run=dry_run, mapping=mapping
    )


def test_dry_run_exit_status_and_what_it_prints(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    processors.save(db, PartyDraft(name="Zitcom", cvr="26 22 40 20", service="Hosting"))
    clean = workbook(
        tmp_path / "ok.xlsx",
        [
            ["Databehandler", "CVR-nr.", "Ydelse"],
            ["Zitcom", "26 22 40 20", "Hosting"],
            ["Logiva", "", "Lønsystem"],
            ["Zitcom", "26 22 40 20", "Hosting"],
        ],
    )
    assert cli_import.run(_args(db_path, "processors", clean), today=TODAY) == 0
    out = capsys.readouterr().out
    assert "række 2: springes over, den svarer til en post, der allerede findes" in out
    assert "række 3: tilføjes" in out
    assert "række 4: springes over, den svarer til række 2" in out  # the same row twice
    assert count(db, Processor) == 1  # a dry run writes nothing
    cpr = workbook(
        tmp_path / "cpr.xlsx",
        [
            ["Navn", "Ydelse"],
            ["Logiva", "Løn"],
            ["Obiss", "Kunde 070761-4285"],
        ],
    )
    assert cli_import.run(_args(db_path, "processors", cpr), today=TODAY) == 1
    out = capsys.readouterr().out
    assert "række 3, kolonne B (Ydelse): Ydelse: Teksten ligner et CPR-nummer" in out
    assert cli_import.run(_args(db_path, "processors", cpr, dry_run=False), today=TODAY) == 1
    assert count(db, Processor) == 1  # a problem stops the whole import
    mapping = '{"Navn": "name", "Ydelse": ""}'  # leave the column with the number out
    assert (
        cli_import.run(
            _args(db_path, "processors", cpr, dry_run=False, mapping=mapping), today=TODAY
        )
        == 0
    )
    assert count(db, Processor) == 3


def test_formulas_are_read_as_saved_never_evaluated(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "formler.xlsx",
        [
            ["Navn", "Ydelse"],
            ["Logiva", "=1+1"],
            ["Obiss", "=2+2"],
        ],
    )
    # Excel saves a formula's result beside it; give the first formula one (openpyxl
    # writes none), as Excel would have.
    patched = tmp_path / "gemt.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<f>1\+1</f><v\s*/?>(</v>)?", b"<f>1+1</f><v>Lager</v>", data)
                data = data.replace(b'<c r="B2">', b'<c r="B2" t="str">')
            dst.writestr(item, data)
    found = plan(db, "processors", patched)
    assert found.rows[0].values["service"] == "Lager"  # the saved result, not "2"
    assert [(p.row, p.column, p.message) for p in found.problems()] == [(3, 2, checks.MSG_FORMULA)]


def test_hostile_files_are_refused_with_a_message(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "brev.xlsx"
    text.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError) as error:
        importing.read(text, "register")
    assert error.value.message == MSG_NOT_WORKBOOK
    binary = tmp_path / "billede.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(UserError):
        importing.read(binary, "register")
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"0" * 2**20
            for _ in range(210):  # 210 MB of zeros: a few hundred kB packed
                member.write(block)
    assert bomb.stat().st_size < 2**20
    with pytest.raises(UserError) as error:
        importing.read(bomb, "register")
    assert error.value.message == MSG_TOO_BIG


def test_csv_with_semicolons_in_windows_1252(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "parter.csv"
    path.write_bytes("Navn;Ydelse;Land\r\nÅrhus Data;Drift;Danmark\r\n".encode("cp1252"))
    found = plan(db, "processors", path)
    assert found.rows[0].values == {"name": "Århus Data", "service": "Drift", "country": "Danmark"}
    drain(importing.apply(db, found, today=TODAY))
    assert processors.rows(db, today=TODAY)[0].country == "DK"


def test_matching_rows_are_updates_or_skips_not_errors(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zitcom = processors.save(db, PartyDraft(name="Zitcom", cvr="26 22 40 20", service="Hosting"))
    path = workbook(
        tmp_path / "parter.xlsx",
        [
            ["Navn", "CVR", "Ydelse"],
            ["Zitcom", "26 22 40 20", "Hosting"],  # the same: skipped
            ["Logiva", "", "Løn"],
            ["Logiva", "", "Løn"],  # the same row twice: skipped
        ],
    )
    found = plan(db, "processors", path)
    assert [r.action for r in found.rows] == [Action.SKIP, Action.ADD, Action.SKIP]
    clash = workbook(tmp_path / "to.xlsx", [
        ["Navn", "Ydelse"], ["Logiva", "Løn"], ["Logiva", "Løn og pension"],
    ])
    assert cli_import.run(_args(db_path, "processors", clash), today=TODAY) == 1
    assert "række 3: Række 2 angiver den samme post med andre værdier" in capsys.readouterr().out
    problems = plan(db, "processors", clash).problems()
    assert [(p.row, p.message, p.message.params) for p in problems] == [  # type: ignore[attr-defined]
        (3, importing.MSG_DUPLICATE, {"row": 2})
    ]
    changed = workbook(
        tmp_path / "ændret.xlsx",
        [
            ["Navn", "CVR", "Ydelse"],
            ["Zitcom Hosting", "DK26224020", "Hosting og backup"],
        ],
    )
    found = plan(db, "processors", changed)
    assert [(r.action, r.existing_id) for r in found.rows] == [(Action.UPDATE, zitcom)]
    drain(importing.apply(db, found, today=TODAY))
    assert processors.draft(db, zitcom).service == "Hosting og backup"
    assert count(db, Processor) == 1


def _requests_file(tmp_path: Path, n: int) -> Path:
    rows: list[list[object]] = [["Anmoder", "Type", "Modtaget"]]
    rows += [[f"Person {i}", "Indsigt (art. 15)", "02-03-2026"] for i in range(n)]
    return workbook(tmp_path / "anmodninger.xlsx", rows)


def test_one_audit_record_per_row_naming_the_file(db: Database, tmp_path: Path) -> None:
    found = plan(db, "requests", _requests_file(tmp_path, 3))
    assert found.problems() == []
    drain(importing.apply(db, found, today=TODAY))
    with db.reading() as session:
        records = list(session.scalars(select(AuditRecord).where(AuditRecord.action == "import")))
    assert sorted(r.changes["row"] for r in records) == [2, 3, 4]
    assert {r.changes["file"] for r in records} == {"anmodninger.xlsx"}
    assert {r.table_name for r in records} == {"subject_request"}
    with db.reading() as session:
        inserted = session.scalars(
            select(AuditRecord).where(
                AuditRecord.action == "insert", AuditRecord.table_name == "subject_request"
            )
        ).all()
        report = verify_chain(session)
    assert len(inserted) == 3  # each row's own change is in the trail too
    assert report.ok and report.checked > 6


def test_cancel_writes_nothing(db: Database, tmp_path: Path) -> None:
    found = plan(db, "requests", _requests_file(tmp_path, 450))
    steps = importing.apply(db, found, today=TODAY)
    assert next(steps)[0] == importing.PROGRESS_EVERY  # rows are saved, not yet committed
    steps.close()  # the user cancels
    assert count(db, SubjectRequest) == 0
    assert count(db, AuditRecord) == 0


def test_all_rows_or_none(db: Database, tmp_path: Path) -> None:
    zitcom = processors.save(db, PartyDraft(name="Zitcom", service="Hosting"))
    path = workbook(
        tmp_path / "parter.xlsx",
        [
            ["Navn", "Ydelse"],
            ["Logiva", "Løn"],
            ["Zitcom", "Hosting og mail"],
        ],
    )
    found = plan(db, "processors", path)
    assert [r.action for r in found.rows] == [Action.ADD, Action.UPDATE]
    processors.delete(db, zitcom)  # gone before the user confirms: the update fails
    with pytest.raises(ConcurrentEditError):
        drain(importing.apply(db, found, today=TODAY))
    assert count(db, Processor) == 0  # Logiva, saved first, went with it


def test_mapping_is_remembered_for_the_same_headers(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "a.xlsx", [["Firma", "Hvad de gør"], ["Logiva", "Løn"]])
    table = importing.read(path, "processors")
    assert importing.proposed_mapping(db, "processors", table.headers) == [None, None]
    steps = importing.plan_rows(db, "processors", table, ["name", "service"], today=TODAY)
    drain(importing.apply(db, drain_value(steps), today=TODAY))
    again = workbook(tmp_path / "b.xlsx", [["FIRMA", "Hvad de gør:"], ["Obiss", "Drift"]])
    assert importing.proposed_mapping(
        db, "processors", importing.read(again, "processors").headers
    ) == ["name", "service"]


def drain_value(steps: object) -> importing.Plan:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


@pytest.mark.parametrize("register_", ["register", "processors", "requests", "consents"])
def test_template_headings_map_to_every_field(db: Database, tmp_path: Path, register_: str) -> None:
    path = tmp_path / "skabelon.xlsx"
    write_template(register_, path)
    headers = [c for c in _sheet_cells(path, load_workbook(path).sheetnames[0])[0]]
    assert "Navn" in headers or "Anmoder" in headers
    mapping = importing.proposed_mapping(db, register_, [str(h) for h in headers])
    assert None not in mapping and "" not in mapping


def test_new_list_entries_are_created_on_confirm(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "r.xlsx",
        [
            ["Navn", "Formål", "Kategorier af personoplysninger"],
            ["Løn", "Lønudbetaling", "Navn; Lønkonto"],
        ],
    )
    found = plan(db, "register", path)
    assert sorted(n for n, _s in found.unknown.values()) == ["Lønkonto", "Navn"]
    assert count(db, CatalogueItem) == 0  # nothing until the user confirms
    with pytest.raises(UserError):  # not accepted: refused, nothing written
        drain(importing.apply(db, found, today=TODAY, create_unknown=False))
    assert count(db, CatalogueItem) == 0 and count(db, Activity) == 0
    drain(importing.apply(db, found, today=TODAY))
    assert count(db, CatalogueItem) == 2


def test_import_command_through_the_command_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dpo_desk.cli import main

    db.close()
    cpr = workbook(tmp_path / "cpr.xlsx", [["Navn", "Ydelse"], ["Obiss", "Kunde 070761-4285"]])
    argv = ["--db", str(db_path), "import", "--register", "processors", "--dry-run", str(cpr)]
    assert main(argv) == 1
    assert "række 2, kolonne B (Ydelse)" in capsys.readouterr().out
    ok = workbook(tmp_path / "ok.xlsx", [["Navn", "Ydelse"], ["Obiss", "Drift"]])
    assert main(["--db", str(db_path), "import", "--register", "processors", str(ok)]) == 0
    assert "Importeret fra ok.xlsx." in capsys.readouterr().out


def test_import_command_needs_no_qt(db: Database, db_path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    db.close()
    ok = workbook(tmp_path / "ok.xlsx", [["Navn", "Ydelse"], ["Obiss", "Drift"]])
    refuse_qt = (
        "import importlib.abc, sys\n"
        "class NoQt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith(('PySide6.', 'shiboken6')):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "from dpo_desk.cli import main\n"
        f"sys.exit(main(['--db', {str(db_path)!r}, 'import', '--register', 'processors',"
        f" {str(ok)!r}]))\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "DPO_DESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", refuse_qt], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Importeret fra ok.xlsx." in done.stdout


def test_transfers_and_controller_details_read_back_line_by_line() -> None:
    from dpo_desk.domain.processors import PartyTransfer
    from dpo_desk.domain.register import ActivityDraft, ControllerParty, Safeguard
    from dpo_desk.services.importing_activity import Lookups, activity_draft
    from dpo_desk.services.importing_rows import read_special

    cell = (
        "US: Standardkontraktbestemmelser 2021/914, modul 3; oplysninger: Navn; e-mail\n"
        "og telefon; TIA 01-03-2024: Acceptabel\n"
        "IN: Adequacy decision (Art. 45)"
    )
    found, problem, _kept = read_special("processors", "transfers", cell)
    assert problem is None
    assert found == [
        PartyTransfer(
            "US",
            Safeguard.SCC,
            3,
            dt.date(2024, 3, 1),
            "Acceptabel",
            "Navn; e-mail\nog telefon",
        ),
        PartyTransfer("IN", Safeguard.ADEQUACY),
    ]
    _found, problem, _kept = read_special("processors", "transfers", "US: Et løfte")
    assert problem is not None and problem.params == {"value": "US: Et løfte"}

    lines = {
        key: read_special("register", key, text)[0]
        for key, text in (
            ("controller_contact", "Egtved: drift@egtved.dk\nAlmind: Formanden,\nkontoret"),
            ("controller_processing", "Almind: Opkrævning"),
        )
    }
    draft = activity_draft({"controllers": ["Egtved", "Almind"], **lines}, None, Lookups())
    assert draft.controllers == [
        ControllerParty("Egtved", contact="drift@egtved.dk"),
        ControllerParty("Almind", contact="Formanden,\nkontoret", processing="Opkrævning"),
    ]
    assert isinstance(draft, ActivityDraft)
