"""Shared fixtures: a real SQLite file per test, offscreen Qt, Danish translations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dpo_desk import i18n
from dpo_desk.db.session import Database
from dpo_desk.services import demo


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the user's data and log folders out of the tests."""
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("DPO_DESK_DB", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _danish(qapp: object) -> None:
    """The interface language of the tests is the default one: Danish."""
    i18n.install("da")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file goes."""
    return tmp_path / "dpo.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new, migrated, empty database."""
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """A database holding the example organisation."""
    demo.load_example(db)
    return db


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings in a file of the test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _no_unanswered_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question nobody answers would hang the suite (pytest-qt closes edited
    forms at teardown, and they ask before discarding): answer "Discard" unless a test
    patches QMessageBox.question itself."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
