"""Shared fixtures: a real SQLite file per test, offscreen Qt, Danish translations."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import pg_url, server  # noqa: F401 - the PostgreSQL fixtures, one server
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


@pytest.fixture(autouse=True)
def _danish_again() -> Iterator[None]:
    """A test that speaks English (`--lang en`) leaves the next one in Danish."""
    yield
    if i18n.language() != "da":
        i18n.install("da")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file goes."""
    return tmp_path / "dpo.sqlite"


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Made once a run: a migrated empty database and one holding the example
    organisation, each made through the program (migrations, example loader) with its
    audit chain's key file beside it. A test's database is a copy of one of them: the
    same bytes the program would write, without migrating and loading ~800 times."""
    folder = tmp_path_factory.mktemp("templates")
    made: dict[str, Path] = {}
    saved = os.environ.get("DPO_DESK_HOME")
    try:
        for name in ("empty", "demo"):
            home = folder / f"{name}-home"
            os.environ["DPO_DESK_HOME"] = str(home)
            database = Database.open(folder / f"{name}.sqlite")
            if name == "demo":
                demo.load_example(database)
            database.close()  # checkpoints the WAL into the file
            made[name] = folder / f"{name}.sqlite"
    finally:
        if saved is None:
            os.environ.pop("DPO_DESK_HOME", None)
        else:
            os.environ["DPO_DESK_HOME"] = saved
    return made


def _copy_template(template: Path, db_path: Path) -> None:
    """Put `template` at `db_path`, its chain key in this test's home."""
    shutil.copyfile(template, db_path)
    os.chmod(db_path, 0o600)
    key = template.with_name(f"{template.stem}-home") / "audit-chain.key"
    if key.exists():
        home = Path(os.environ["DPO_DESK_HOME"])
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(key, home / key.name)
        os.chmod(home / key.name, 0o600)


@pytest.fixture
def db(
    db_path: Path, request: pytest.FixtureRequest, _templates: dict[str, Path]
) -> Iterator[Database]:
    """A new, migrated, empty database (holding the example organisation when the test
    asks for `demo_db`)."""
    wanted = "demo" if "demo_db" in request.fixturenames else "empty"
    _copy_template(_templates[wanted], db_path)
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """A database holding the example organisation (loaded today, as a new user's)."""
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


SLOW_TIMEOUT = 1800  # seconds: a PyInstaller build or a crash loop, not a hang


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A slow test without its own limit gets a long one instead of the default."""
    for item in items:
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))


class ModalAnswerer:
    """Acts on a modal dialog that a blocking call (dialog.exec()) is about to open.

    `answer` must be called just before the blocking call: the act runs in the dialog's
    own event loop, once QApplication.activeModalWidget() is a `kind`, waited for with
    qtbot.waitUntil and a timeout. What was seen is returned as a list: the dialog's class
    name, or None when no such dialog appeared in time. Pending answers die with the test,
    so one can never click in a later test's dialog."""

    def __init__(self, qtbot: object) -> None:
        from PySide6.QtCore import QObject

        self._qtbot = qtbot
        self._owner = QObject()  # the timers' context: deleted at teardown

    def answer(
        self,
        act: object,
        *,
        kind: type | None = None,
        timeout: int = 5000,
        delay: int = 0,
    ) -> list[str | None]:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        wanted = kind or QDialog
        seen: list[str | None] = []

        def run() -> None:
            try:
                self._qtbot.waitUntil(  # type: ignore[attr-defined]
                    lambda: isinstance(QApplication.activeModalWidget(), wanted),
                    timeout=timeout,
                )
            except Exception:  # noqa: BLE001 - reported to the test through `seen`
                seen.append(None)
                return
            dialog = QApplication.activeModalWidget()
            seen.append(type(dialog).__name__)
            act(dialog)  # type: ignore[operator]

        QTimer.singleShot(delay, self._owner, run)
        return seen

    def click(self, text: str, **options: object) -> list[str | None]:
        """Click the button of the coming dialog whose text holds `text` (access-key
        ampersands ignored); a dialog without one is rejected and the test fails."""
        from PySide6.QtWidgets import QAbstractButton

        def act(dialog: object) -> None:
            for button in dialog.findChildren(QAbstractButton):  # type: ignore[attr-defined]
                if text in button.text().replace("&", ""):
                    button.click()
                    return
            dialog.reject()  # type: ignore[attr-defined]
            raise AssertionError(f"no button {text!r} in {type(dialog).__name__}")

        return self.answer(act, **options)  # type: ignore[arg-type]

    def close(self) -> None:
        from shiboken6 import delete

        delete(self._owner)


@pytest.fixture
def modal(qtbot: object) -> Iterator[ModalAnswerer]:
    """Answer modal dialogs as a user would, with a time limit (see ModalAnswerer)."""
    answerer = ModalAnswerer(qtbot)
    yield answerer
    answerer.close()
