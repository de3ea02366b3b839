"""The window starts with what its first screen needs only: no spreadsheet or PDF
writer, no Alembic (the schema is at the head), no dialog; and the revisions read from
the migration scripts' headers are Alembic's own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from alembic.script import ScriptDirectory

from dpo_desk.db import migrate
from dpo_desk.db.session import Database
from dpo_desk.services import demo

ROOT = Path(__file__).resolve().parent.parent

# Modules the window must not import to show its first tab.
NOT_AT_START = (
    "alembic",
    "mako",
    "openpyxl",
    "xlsxwriter",
    "reportlab",
    "dpo_desk.services.jobs",
    "dpo_desk.ui.form",
)


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate._declared() is not None  # read from the headers, not by Alembic
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


def test_the_window_starts_without_writers_alembic_or_dialogs(tmp_path: Path) -> None:
    path = tmp_path / "start.sqlite"
    db = Database.open(path)  # created and migrated here, at the head when reopened
    demo.load_example(db)
    db.close()
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QSettings
        from dpo_desk import i18n
        from dpo_desk.ui.app import create_application
        from dpo_desk.db.session import Database
        from dpo_desk.ui.main_window import MainWindow

        app = create_application()
        i18n.install("da")
        db = Database.open({str(path)!r}, must_exist=True)
        window = MainWindow(db, QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        assert window.tabs.currentWidget().model.total() > 0
        import linecache
        kept = [f for f in linecache.cache
                if f.endswith(".py") and ("sqlalchemy" in f or "dpo_desk" in f)]
        assert not kept, kept[:5]  # no module's source kept by PySide6's import hook
        names = {NOT_AT_START!r}
        print(sorted(m for m in sys.modules if any(m == n or m.startswith(n + ".") for n in names)
                     or m.endswith("_dialog") or ".dialogs" in m))
        db.close()
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DPO_DESK_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_check_for_pyside_answers_as_pysides_own() -> None:
    import dpo_desk.ui  # noqa: F401 - replaces the check
    import dpo_desk.ui.table_model
    from dpo_desk.domain import text

    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside.cheap
    assert feature._mod_uses_pyside(dpo_desk.ui.table_model) is True
    assert feature._mod_uses_pyside(text) is False
    assert feature._mod_uses_pyside(sys) is False  # built in: no file
