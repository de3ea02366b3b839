"""Render every tab and every dialog of DPO Desk, in Danish and English, at its default
size, into PNG files, on a temporary database holding the example organisation.

    python -m dpo_desk.tools.screenshots OUT_FOLDER

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set); a dialog of pages gets a picture
per page. `dialogs()` is also what the layout test opens.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402

from dpo_desk import i18n  # noqa: E402
from dpo_desk.db.session import Database  # noqa: E402
from dpo_desk.domain.breaches import COPENHAGEN, BreachDraft, BreachKind  # noqa: E402
from dpo_desk.domain.consents import ConsumerDraft  # noqa: E402
from dpo_desk.domain.processors import PartyDraft  # noqa: E402
from dpo_desk.domain.register import ActivityDraft  # noqa: E402
from dpo_desk.domain.requests import RequestDraft  # noqa: E402
from dpo_desk.services import breaches, consents, demo, processors, register, requests  # noqa: E402

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 30, tzinfo=COPENHAGEN)

Factory = Callable[[Database, QWidget | None], QDialog]


def example_database(folder: Path) -> Database:
    """A database in `folder` with the example organisation and one breach."""
    db = Database.open(folder / "example.sqlite")
    demo.load_example(db)
    activity = register.rows(db)[0]
    breaches.save(
        db,
        BreachDraft(
            title="Lønsedler sendt til forkert modtager",
            aware_at=NOW - dt.timedelta(hours=5),
            occurred_from=NOW - dt.timedelta(hours=9),
            kinds={BreachKind.CONFIDENTIALITY},
            activity_ids=[activity.id],
            description="Lønsedler for november gik til en forkert e-mailadresse.",
        ),
        now=NOW,
    )
    return db


def dialogs() -> list[tuple[str, Factory]]:
    """Every dialog, by name, as a function (database, parent) -> dialog."""
    from dpo_desk.ui.breaches.form import BreachDialog
    from dpo_desk.ui.consents.dialogs import ConsumerDialog, WithdrawDialog
    from dpo_desk.ui.consents.texts import ConsentTextsDialog
    from dpo_desk.ui.consents.warning_list import WarningListDialog
    from dpo_desk.ui.export_dialog import ExportDialog
    from dpo_desk.ui.import_dialog import ImportDialog
    from dpo_desk.ui.processors.form import PartyDialog
    from dpo_desk.ui.processors.round_dialog import RoundDialog
    from dpo_desk.ui.register.calendar import DeletionCalendarDialog
    from dpo_desk.ui.register.form import ActivityDialog
    from dpo_desk.ui.requests.form import RequestDialog
    from dpo_desk.ui.settings_dialog import SettingsDialog
    from dpo_desk.ui.welcome_dialog import WelcomeDialog

    def today() -> dt.date:
        return TODAY

    def first(rows: list) -> int:  # type: ignore[type-arg]
        return int(rows[0].id)

    return [
        ("activity-new", lambda db, p: ActivityDialog(db, ActivityDraft(), p, today=today)),
        (
            "activity",
            lambda db, p: ActivityDialog(
                db, register.draft(db, first(register.rows(db))), p, today=today
            ),
        ),
        ("party-new", lambda db, p: PartyDialog(db, PartyDraft(), p, today=today)),
        (
            "party",
            lambda db, p: PartyDialog(
                db, processors.draft(db, first(processors.rows(db, today=TODAY))), p, today=today
            ),
        ),
        (
            "supervision-round",
            lambda db, p: RoundDialog(
                db, first(processors.rows(db, today=TODAY)), "Obiss", p, today=today
            ),
        ),
        (
            "request-new",
            lambda db, p: RequestDialog(db, RequestDraft(received=TODAY), p, today=today),
        ),
        (
            "request",
            lambda db, p: RequestDialog(
                db, requests.draft(db, first(requests.rows(db))), p, today=today
            ),
        ),
        ("consumer-new", lambda db, p: ConsumerDialog(db, ConsumerDraft(), p, today=today)),
        (
            "consumer",
            lambda db, p: ConsumerDialog(
                db, consents.draft(db, first(consents.rows(db, today=TODAY))), p, today=today
            ),
        ),
        (
            "withdraw-consent",
            lambda db, p: WithdrawDialog(
                db, first(consents.rows(db, today=TODAY)), "Karen Holm", p, today=today
            ),
        ),
        ("consent-texts", lambda db, p: ConsentTextsDialog(db, p, today=today)),
        ("warning-list", lambda db, p: WarningListDialog(db, [], p, today=today)),
        ("breach-new", lambda db, p: BreachDialog(db, BreachDraft(), p, now=lambda: NOW)),
        (
            "breach",
            lambda db, p: BreachDialog(
                db, breaches.draft(db, first(breaches.rows(db))), p, now=lambda: NOW
            ),
        ),
        ("deletion-calendar", lambda db, p: DeletionCalendarDialog(db, p, today=today)),
        ("export", lambda db, p: ExportDialog(db, p)),
        ("import", lambda db, p: import_dialog(db, ImportDialog(db, p, today=TODAY))),
        ("settings", lambda db, p: SettingsDialog(db, p)),
        ("welcome", lambda db, p: WelcomeDialog(p)),
    ]


# A workbook to import into the register: a new activity, one already there (an update),
# and a row with problems (a date that cannot be read, a CPR number in the notes).
IMPORT_ROWS = (
    ("Navn", "Formål", "Kategorier af registrerede", "Senest gennemgået", "Bemærkninger"),
    ("Lønadministration", "Udbetaling af løn", "Ansatte", "01-10-2026", ""),
    ("Nyhedsbrev", "Udsendelse af nyhedsbrev", "Nyhedsbrevsabonnenter", "15-01-2026", ""),
    ("Adgangskontrol", "Adgang til kontoret", "Ansatte; Gæster", "31-02-2026", "070761-4285"),
)


def import_dialog(db: Database, dialog: Any) -> QDialog:
    """The import dialog with a workbook read and its rows planned (a preview showing a
    problem); the workbook is written beside the database."""
    from openpyxl import Workbook

    folder = db.path.parent if db.path else Path(tempfile.mkdtemp())
    book = Workbook()
    for row in IMPORT_ROWS:
        book.active.append(list(row))
    path = folder / "behandlinger.xlsx"
    book.save(path)
    dialog.load_file(path)
    deadline = time.monotonic() + 20
    while dialog.plan is None and time.monotonic() < deadline:  # planned in the background
        QApplication.processEvents()
        time.sleep(0.01)
    return dialog  # type: ignore[no-any-return]


def pages(dialog: QWidget) -> Iterator[str]:
    """Go through the pages of `dialog` (its first QTabWidget), yielding a name for each;
    a dialog without pages yields one empty name."""
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"-{index + 1}"


def render(out: Path) -> list[Path]:
    """Write the pictures into `out`; returns their paths."""
    from dpo_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        db = example_database(Path(folder))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        try:
            for language in ("da", "en"):
                i18n.install(language)
                window = MainWindow(db, settings)
                window.show()
                for index in range(window.tabs.count()):
                    window.tabs.setCurrentIndex(index)
                    app.processEvents()
                    tab = window.tabs.widget(index)
                    table = getattr(tab, "table", None)
                    if table is not None and table.model().rowCount():
                        table.selectRow(0)
                        app.processEvents()
                    path = out / f"{language}-tab-{index + 1}-{type(tab).__name__}.png"
                    window.grab().save(str(path))
                    written.append(path)
                for name, factory in dialogs():
                    dialog = factory(db, window)
                    dialog.show()
                    for page in pages(dialog):
                        app.processEvents()
                        path = out / f"{language}-dialog-{name}{page}.png"
                        dialog.grab().save(str(path))
                        written.append(path)
                    dialog.done(0)
                    dialog.deleteLater()
                window.close()
                window.deleteLater()
                app.processEvents()
        finally:
            db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """`python -m dpo_desk.tools.screenshots OUT_FOLDER`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m dpo_desk.tools.screenshots OUT_FOLDER", file=sys.stderr)
        return 2
    for path in render(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
