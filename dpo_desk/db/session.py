"""Which database to open, the engine with its SQLite settings, and the session factory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from dpo_desk.db import backup, cipher, migrate
from dpo_desk.db.audit import current_user, install_audit

# The window and the command line still import these from here.
from dpo_desk.db.errors import DatabaseDamagedError as DatabaseDamagedError
from dpo_desk.db.errors import DatabaseMissingError as DatabaseMissingError
from dpo_desk.db.errors import DiskFailureError as DiskFailureError
from dpo_desk.db.errors import PathError as PathError
from dpo_desk.db.errors import (
    WriteRefusedError,
    check_database_file,
    file_errors,
    path_error,
    refused_by_server,
)
from dpo_desk.db.errors import database_error as database_error
from dpo_desk.db.errors import is_disk_failure as is_disk_failure
from dpo_desk.db.soundness import SoundnessCheck, problem_error
from dpo_desk.paths import private_dir, user_data_dir

ENV_VAR = "DPO_DESK_DB"
DEFAULT_FILE_NAME = "dpo-desk.sqlite"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """The database to use: `target` (a path or a SQLAlchemy URL), else $DPO_DESK_DB,
    else the SQLite file in the user's data folder."""
    chosen = str(target) if target else os.environ.get(ENV_VAR, "")
    if not chosen:
        chosen = str(user_data_dir() / DEFAULT_FILE_NAME)
    if "://" in chosen:
        return make_url(chosen)
    return URL.create("sqlite", database=str(Path(chosen).expanduser().resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite database (plain or SQLCipher), None for a server database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy, not the driver, decides where transactions begin, so that DDL in
        # migrations is transactional too (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Deleted and overwritten content is zeroed in the file, so that erased health
        # details cannot be read back from free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE), so
        # that a second writer waits out the busy timeout instead of failing when its read
        # snapshot cannot be upgraded.
        immediate = connection.get_execution_options().get("sqlite_begin_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL) -> Engine:
    """An engine for `url`, with foreign keys, WAL and a busy timeout on SQLite."""
    if url.get_driver_name() == cipher.DRIVER:
        # SQLAlchemy's pysqlcipher dialect keys each connection first ("PRAGMA key"); a
        # queue pool keeps the few connections open, so the slow key derivation is paid
        # once per connection rather than per thread.
        engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


class Database:
    """An open database: its URL, engine and session factory."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.encrypted = url.get_driver_name() == cipher.DRIVER
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._writes: sessionmaker[Session] = sessionmaker(
            engine.execution_options(sqlite_begin_immediate=True), expire_on_commit=False
        )
        install_audit(self.sessions)
        install_audit(self._writes)
        self._login: str | None = None
        self._read_only: bool | None = None
        self.soundness: SoundnessCheck | None = None  # a check still running or done

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | URL | None = None,
        *,
        must_exist: bool = False,
        daily_backup: bool = False,
        passphrase: str | None = None,
        check_later: bool = False,
    ) -> Database:
        """Open (creating if allowed) and migrate the database; refuse one that is newer or
        damaged. A backup is made before every migration, and once a day when asked.

        An encrypted SQLite file (or a `sqlite+pysqlcipher://` URL) needs `passphrase`
        (or the URL's password): without it PassphraseRequiredError, with a wrong one
        WrongPassphraseError, and nothing is written.

        With `check_later`, a file that needs no migration is checked (and then backed up
        once a day) in a thread while the caller goes on: `soundness` tells how that
        ended, and nothing is written before it has said the file is sound."""
        url = target if isinstance(target, URL) else resolve_url(target)
        path = sqlite_file(url)
        existing = False
        key: str | None = None
        later = False
        if path is not None:
            check_database_file(path, must_exist=must_exist)
            existing = path.exists() and path.stat().st_size > 0
            url, key = _keyed(url, path, passphrase, existing=existing)
            if existing:
                # A read-only look before anything writes: a newer or damaged database
                # is left untouched (and a wrong passphrase is found here).
                with file_errors(path):
                    revision, problem = migrate.look_at_sqlite_file(
                        path, key=key, check=not check_later
                    )
                migrate.check_not_newer(revision)
                later = check_later and revision == migrate.head_revision()
                if not later:  # a migration rewrites the file: it must be sound first
                    if problem is None:
                        with file_errors(path):
                            problem = backup.quick_check(path, key=key)
                    error = problem_error(path, problem)
                    if error is not None:
                        raise error
            _create_private(path)
        engine = make_engine(url)
        try:
            with file_errors(path):
                if not later and migrate.needs_upgrade(engine):
                    if path is not None and existing and migrate.current_revision(engine):
                        backup.make(path, reason="before-migration", key=key)
                    migrate.upgrade_to_head(engine)
                if path is not None and existing and daily_backup and not later:
                    backup.daily(path, keep=_generations(engine), key=key)
        except Exception:
            engine.dispose()
            raise
        db = cls(url, engine)
        if later:
            assert path is not None
            after = None
            if daily_backup:
                after = partial(backup.daily, path, keep=_generations(engine), key=key)
            db.soundness = SoundnessCheck(path, key=key, after=after)
        return db

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_file(self.url)

    @property
    def key(self) -> str | None:
        """The passphrase of an encrypted database (for its backups), else None."""
        return self.url.password if self.encrypted else None  # type: ignore[return-value]

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file, or the URL without its password."""
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @property
    def login(self) -> str:
        """Who the program is connected as: the database login on a server, else the
        person at the keyboard (the name the audit trail gives each change)."""
        if self._login is None:
            with self.engine.connect() as connection:
                self._login = current_user(connection)
        return self._login

    @property
    def read_only(self) -> bool:
        """Whether this login may only read (a team's read-only role on PostgreSQL: it
        may not add to the audit trail, so it can change nothing)."""
        if self._read_only is None:
            self._read_only = False
            if self.url.get_backend_name() == "postgresql":
                with self.engine.connect() as connection:
                    self._read_only = not connection.exec_driver_sql(
                        "SELECT has_table_privilege(current_user, 'audit_record', 'INSERT')"
                    ).scalar()
        return self._read_only

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back. A login
        that may only read is refused before anything starts (WriteRefusedError), and so
        is a write the server refuses."""
        if self.read_only:
            raise WriteRefusedError(self.login)
        if self.soundness is not None:
            self.soundness.wait_sound()  # a damaged file is not written to
        try:
            with self._writes.begin() as session:
                yield session
        except DBAPIError as error:
            if refused_by_server(error):
                raise WriteRefusedError(self.login, by_server=True) from error
            raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        """Release every connection (and so the WAL) of this database, once the check
        of the file and the backup after it have ended."""
        if self.soundness is not None:
            self.soundness.join()
        self.engine.dispose()


def _keyed(
    url: URL, path: Path, passphrase: str | None, *, existing: bool
) -> tuple[URL, str | None]:
    """The URL to open `path` with, and its passphrase (None for a plain database)."""
    wants_cipher = url.get_driver_name() == cipher.DRIVER
    encrypted = existing and cipher.is_encrypted(path)
    if existing and wants_cipher and not encrypted:
        raise cipher.NotEncryptedError(path)
    if not (wants_cipher or encrypted):
        return url, None
    if not cipher.available():
        raise cipher.EncryptionUnavailableError
    key = passphrase or url.password
    if not key:
        raise cipher.PassphraseRequiredError(path, new=not existing)
    key = str(key)
    return url.set(drivername=f"sqlite+{cipher.DRIVER}", password=key), key


def _generations(engine: Engine) -> int:
    """The number of backups to keep, as the settings say."""
    from sqlalchemy import text

    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM app_setting WHERE key = 'backup.generations'")
        ).scalar()
    return int(value) if value and str(value).isdigit() else backup.DEFAULT_GENERATIONS


def _create_private(path: Path) -> None:
    """Create the database file (and folder) readable by its owner only."""
    try:
        private_dir(path.parent)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as error:
        raise path_error(error, path) from error
