"""Schema migrations: the database is created and upgraded only by Alembic.

A database stamped with a revision this program does not know was written by a newer
program; it is refused before anything touches it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dpo_desk.db import cipher
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError
from dpo_desk.paths import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic's machinery (its script loader, Mako, the DDL of every dialect) is imported only
# to migrate: a database already at the head is checked against the revisions the shipped
# scripts declare, read from their headers.
_DECLARED = re.compile(
    r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:[\"']([^\"']+)[\"']|None)\s*$",
    re.MULTILINE,
)

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


@cache
def _declared() -> tuple[frozenset[str], str] | None:
    """(every revision, the head) as the shipped scripts declare them, or None when the
    scripts cannot be read that way (then Alembic reads them)."""
    revisions: dict[str, str | None] = {}
    for script in (migrations_path() / "versions").glob("*.py"):
        found = dict((m[0], m[1] or None) for m in _DECLARED.findall(script.read_text("utf-8")))
        if "revision" in found and found["revision"]:
            revisions[found["revision"]] = found.get("down_revision")
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:  # none found, or branches: Alembic's own answer
        return None
    return frozenset(revisions), heads.pop()


def _script():  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    """Every revision the shipped migrations know."""
    declared = _declared()
    if declared is not None:
        return set(declared[0])
    return {rev.revision for rev in _script().walk_revisions()}


def head_revision() -> str:
    """The newest revision the shipped migrations know."""
    declared = _declared()
    if declared is not None:
        return declared[1]
    head = _script().get_current_head()
    assert head is not None
    return head


def look_at_sqlite_file(
    path: Path, *, key: str | None = None, check: bool = True
) -> tuple[str | None, str | None]:
    """The revision an existing SQLite file is stamped with, and what SQLite's quick_check
    says of it ('ok' when sound; None when not `check`ed): read through one read-only
    connection (an encrypted file derives its key once), without writing a byte."""
    # Without a WAL beside it the file holds everything: read it as immutable, which
    # creates no -wal or -shm file. With a WAL, another program has it open.
    wal = path.with_name(path.name + "-wal")
    connection = cipher.connect(path, key=key, readonly=True, immutable=not wal.exists())
    try:
        problem = None
        try:
            if check:
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
    from alembic import command

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
