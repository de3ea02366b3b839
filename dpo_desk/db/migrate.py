"""Schema migrations: the database is created and upgraded only by Alembic.

A database stamped with a revision this program does not know was written by a newer
program; it is refused before anything touches it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from dpo_desk.db import cipher
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError
from dpo_desk.paths import migrations_path

MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "Domain",
    "This database was written by a newer version of DPO Desk (schema {revision}). "
    "It has not been opened or changed. Install the newer version to use it.",
)


class DatabaseTooNewError(UserError):
    """The database has a schema revision this program does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(MSG_TOO_NEW, revision=revision)
        self.revision = revision


def alembic_config() -> Config:
    """The Alembic configuration, pointing at the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def known_revisions() -> set[str]:
    """Every revision the shipped migrations know."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    """The newest revision the shipped migrations know."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def look_at_sqlite_file(path: Path, *, key: str | None = None) -> tuple[str | None, str]:
    """The revision an existing SQLite file is stamped with, and what SQLite's quick_check
    says of it ('ok' when sound): read through one read-only connection (an encrypted
    file derives its key once), without writing a byte."""
    # Without a WAL beside it the file holds everything: read it as immutable, which
    # creates no -wal or -shm file. With a WAL, another program has it open.
    wal = path.with_name(path.name + "-wal")
    connection = cipher.connect(path, key=key, readonly=True, immutable=not wal.exists())
    try:
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            problem = "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])
        except cipher.database_errors() as error:
            problem = str(error)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except cipher.database_errors():
            row = None
    finally:
        connection.close()
    return (row[0] if row else None), problem


def check_not_newer(revision: str | None) -> None:
    """Refuse a revision that the shipped migrations do not know."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(revision)


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None when it has no schema yet)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is missing or older than the program's."""
    return current_revision(engine) != head_revision()


class MigrationBrokeReferencesError(Exception):
    """A migration left rows pointing at rows that do not exist; it was rolled back."""


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema to the newest revision, in one transaction.

    On SQLite, Alembic alters a table by copying it, which the enforced foreign keys of
    rows that point at it would refuse; they are switched off for the migration (as
    SQLite's documentation prescribes) and every reference is checked before commit.
    """
    check_not_newer(current_revision(engine))
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or no effect
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationBrokeReferencesError(str(broken[:5]))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
