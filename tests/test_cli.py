"""The headless commands: demo, export, verify, and their errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.db.session import Database


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _xlsx_text(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    return "\n".join(
        str(cell)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )


def _export(db: Path, report: str, fmt: str, out: Path) -> int:
    return main(["export", "--db", str(db), "--report", report, "--format", fmt,
                 "--out", str(out)])


def test_demo_then_export_to_xlsx_and_pdf(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    xlsx, pdf = tmp_path / "org.xlsx", tmp_path / "org.pdf"
    assert _export(db, "organisation", "xlsx", xlsx) == 0
    assert _export(db, "organisation", "pdf", pdf) == 0
    for text in (_xlsx_text(xlsx), _pdf_text(pdf)):
        assert "Softværket" in text
        assert "Kolding" in text
        assert "26 22 40 20" in text


def test_export_from_a_missing_database_fails_with_status_2_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite"
    out = tmp_path / "out.pdf"
    status = _export(missing, "organisation", "pdf", out)
    assert status == 2
    assert not missing.exists() and not out.exists()
    assert list(tmp_path.iterdir()) == []
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(missing) in err


def test_verify_reports_a_broken_chain_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["verify", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audit_record SET user_name = 'mallory' WHERE id = 1")
    connection.close()
    capsys.readouterr()
    assert main(["verify", "--db", str(db)]) == 1
    assert "1" in capsys.readouterr().out


def test_demo_refuses_a_database_that_holds_an_organisation(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 2


def test_an_unknown_report_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main(
            [
                "export",
                "--db",
                str(tmp_path / "x.sqlite"),
                "--report",
                "nope",
                "--format",
                "pdf",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert raised.value.code == 2


def test_export_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    main(["demo", "--db", str(db)])
    out = tmp_path / "no" / "such" / "folder.pdf"
    assert _export(db, "organisation", "pdf", out) == 2


def test_the_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("DPO_DESK_DB", str(db))
    assert main(["demo"]) == 0
    assert db.exists()


def test_the_module_runs_as_a_program_and_tells_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("DPO Desk ")


def test_help_is_danish() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "eksempelorganisationen" in result.stdout


def test_errors_with_values_are_danish_too(tmp_path: Path) -> None:
    """A message with a value filled in (the path) is translated from its template; the
    filled-in English text is in no catalogue."""
    missing = tmp_path / "ingen.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "dpo_desk", "verify", "--db", str(missing)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"dpo-desk: Der findes ingen database i {missing}."


def test_version_and_help_import_nothing_of_the_program(tmp_path: Path) -> None:
    """`--version` needs nothing of the program and `--help` only the translations: no
    database library, no reports, no Qt (issue 19: start-up of the command line)."""
    code = (
        "import sys, contextlib, io\n"
        "from dpo_desk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--version']) == 0\n"
        "heavy = ('sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'PySide6', 'dpo_desk.services',"
        " 'dpo_desk.db')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
        "try:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "[]"]


def test_a_command_builds_only_its_own_arguments() -> None:
    from dpo_desk.cli import build_parser

    parser = build_parser("backup")
    args = parser.parse_args(["backup", "--out", "x.sqlite"])
    assert args.command == "backup" and str(args.out) == "x.sqlite"
    with pytest.raises(SystemExit):
        build_parser("backup").parse_args(["export", "--report", "register", "--out", "x"])


def test_a_document_for_one_breach_lists_the_breaches_until_one_is_named(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = str(demo_db.path)
    out = tmp_path / "brev.pdf"
    assert main(["export", "--db", db_file, "--report", "breach_letter", "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert "laves for én post ad gangen: angiv den med --id N." in said
    assert "--id 2  Bortkommet bærbar computer med kundekontakter" in said
    assert said.count("--id ") == 1 + 5  # the hint, then the example's five breaches
    assert not out.exists()
    args = ["export", "--db", db_file, "--report", "breach_letter", "--id", "2", "--out", str(out)]
    assert main(args) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "bærbar computer" in text.lower()


def test_an_annex_is_made_only_for_a_controller_the_organisation_processes_for(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = str(demo_db.path)
    out = tmp_path / "bilag.pdf"
    with demo_db.reading() as session:
        supplier = session.execute(
            __import__("sqlalchemy").text(
                "SELECT id FROM processor WHERE direction = 'we_are_controller' LIMIT 1"
            )
        ).scalar_one()
    args = ["export", "--db", db_file, "--report", "annex", "--out", str(out)]
    assert main([*args, "--id", str(supplier)]) == 2
    said = capsys.readouterr().err
    assert "--id 8  Egtved Varmeværk A.m.b.a." in said and "Almind Fjernvarme" in said
    assert not out.exists()
    assert main([*args, "--id", "8"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Egtved Varmeværk" in text
