"""Team mode on the real PostgreSQL server (tests/pg_server.py): each change names the
login that made it, a reader's role may change nothing (the server refuses it, and the
window says so), and the window shows who is connected as whom."""

from __future__ import annotations

import datetime as dt
import getpass
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pg_server import admin, url
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from dpo_desk.cli import main
from dpo_desk.db.errors import WriteRefusedError
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import catalogue, demo, register, team
from dpo_desk.services.export import export

psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def owner(pg_url: str) -> Iterator[Database]:
    """The example organisation on PostgreSQL, as the database's owner made it."""
    db = Database.open(pg_url)
    demo.load_example(db)
    yield db
    db.close()


def _login(server: str, pg_url: str, role: str) -> Database:
    database = make_url(pg_url).database
    return Database.open(url(server, database, user=role))


def _role(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(3)}"  # roles live as long as the server


def _last_author(server: str, pg_url: str) -> str:
    database = make_url(pg_url).database
    connection = admin(server, database)
    try:
        return connection.execute(  # type: ignore[attr-defined,no-any-return]
            "SELECT user_name FROM audit_record ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
    finally:
        connection.close()  # type: ignore[attr-defined]


def test_the_audit_trail_names_the_database_login(
    owner: Database, server: str, pg_url: str
) -> None:
    writer = _role("anna")
    assert team.grant(owner, writer, write=True) is True
    anna = _login(server, pg_url, writer)
    try:
        assert anna.login == writer and not anna.read_only
        catalogue.add(anna, "recipient", "Tilføjet af Anna")
    finally:
        anna.close()
    assert _last_author(server, pg_url) == writer != getpass.getuser()
    catalogue.add(owner, "recipient", "Tilføjet af ejeren")
    assert _last_author(server, pg_url) == "postgres"


def test_a_readers_login_reads_everything_and_changes_nothing(
    owner: Database, server: str, pg_url: str, tmp_path: Path
) -> None:
    reader = _role("revisor")
    team.grant(owner, reader, write=False)
    db = _login(server, pg_url, reader)
    try:
        assert db.read_only and db.login == reader
        assert len(register.rows(db)) == 7  # the example organisation's seven activities
        out = tmp_path / "register.xlsx"
        for _step in export(db, report="register", fmt="xlsx", out=out):
            pass
        assert load_workbook(out, read_only=True).sheetnames
        with pytest.raises(WriteRefusedError) as refused:  # refused before it starts
            catalogue.add(db, "recipient", "Må ikke")
        assert not refused.value.by_server
        db._read_only = False  # as if the program had not noticed: the server refuses
        with pytest.raises(WriteRefusedError) as refused:
            catalogue.add(db, "recipient", "Må ikke")
        assert refused.value.by_server and reader in str(refused.value)
    finally:
        db.close()
    assert "Må ikke" not in {e.name for e in catalogue.entries(owner, "recipient")}


def test_the_command_grants_read_only_rights_on_every_table(
    owner: Database, server: str, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    reader = _role("laeser")
    assert main(["--lang", "en", "team", "grant-read", "--db", pg_url, reader]) == 0
    said = capsys.readouterr().out
    assert f"Created the login {reader}" in said and "change nothing" in said
    database = make_url(pg_url).database
    connection = admin(server, database)
    try:
        rights = connection.execute(  # type: ignore[attr-defined]
            "SELECT tablename, has_table_privilege(%s, tablename, 'SELECT'), "
            "has_table_privilege(%s, tablename, 'INSERT'), "
            "has_table_privilege(%s, tablename, 'UPDATE') "
            "FROM pg_tables WHERE schemaname = 'public'",
            (reader, reader, reader),
        ).fetchall()
    finally:
        connection.close()  # type: ignore[attr-defined]
    assert len(rights) > 30
    assert all(select and not insert and not update for _t, select, insert, update in rights)
    # the same login made a writer, and a reader again
    assert main(["team", "grant-write", "--db", pg_url, reader]) == 0
    db = _login(server, pg_url, reader)
    assert not db.read_only
    db.close()
    assert main(["team", "grant-read", "--db", pg_url, reader]) == 0
    db = _login(server, pg_url, reader)
    assert db.read_only
    db.close()


def test_team_roles_need_postgresql_and_a_plain_name(
    db: Database, owner: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(team.TeamError, match="PostgreSQL only"):
        team.grant(db, "anna", write=False)
    with pytest.raises(team.TeamError, match="cannot be a role name"):
        team.grant(owner, 'anna"; DROP TABLE activity; --', write=False)
    with pytest.raises(team.TeamError, match="superuser"):
        team.grant(owner, "postgres", write=False)
    assert len(register.rows(owner)) == 7


def test_the_window_of_a_reader_shows_the_login_and_allows_no_editing(
    qtbot: QtBot, owner: Database, server: str, pg_url: str, settings: QSettings, modal: Any
) -> None:
    from dpo_desk.ui.main_window import MainWindow

    reader = _role("revisor")
    team.grant(owner, reader, write=False)
    db = _login(server, pg_url, reader)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert window.database_label.text().startswith(f"Forbundet som {reader} til postgresql")
    assert "kun læse" in window.database_label.text()
    tab = window.tab_of["register"]
    window.open_record("register", None)
    qtbot.waitUntil(lambda: tab.model.total() == 7, timeout=5000)
    assert tab.new_button.isHidden() and tab.edit_button.isHidden()
    assert not tab.export_button.isHidden() and window.export_action.isEnabled()
    assert not window.settings_action.isEnabled()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.table.hasFocus(), timeout=3000)
    opened = modal.answer(lambda form: form.reject(), timeout=1500)  # a form must not open
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "kun til læsning" in window.statusBar().currentMessage(),
                    timeout=5000)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [None]
    window.close()
    db.close()


def test_a_save_the_server_refuses_is_a_message_and_keeps_the_input(
    qtbot: QtBot, owner: Database, server: str, pg_url: str, modal: object
) -> None:
    from dpo_desk.ui.register.form import ActivityDialog

    reader = _role("revisor")
    team.grant(owner, reader, write=False)
    db = _login(server, pg_url, reader)
    db._read_only = False  # the program thinks it may write; the server knows better
    dialog = ActivityDialog(db, ActivityDraft(), today=lambda: dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Nyt skrevet af en læser")
    qtbot.keyClicks(dialog.purposes, "Afprøvning")
    dialog.legal_bases.set_checked("6.1.b")
    texts: list[str] = []
    seen = modal.answer(  # type: ignore[attr-defined]
        lambda box: (texts.append(box.text()), box.accept()), kind=QMessageBox
    )
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["QMessageBox"]
    assert reader in texts[0] and "Traceback" not in texts[0]
    assert dialog.isVisible() and dialog.name.text() == "Nyt skrevet af en læser"
    dialog.reject()
    db.close()
    assert "Nyt skrevet af en læser" not in {r.name for r in register.rows(owner)}
