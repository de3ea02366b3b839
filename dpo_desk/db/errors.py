"""What an error about a database or a file means to the user: a disk that is full, a
path that cannot be a database, a login that may only read; and the checks of a
database file before it is opened."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from dpo_desk.db import cipher
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

MSG_MISSING = QT_TRANSLATE_NOOP("Domain", "There is no database at {path}.")
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "Domain",
    "The database {path} is damaged ({problem}). It has not been opened, and nothing "
    "has been written to it.",
)


MSG_FOLDER = QT_TRANSLATE_NOOP("Domain", "{path} is a folder, not a file.")
MSG_NOT_FOLDER = QT_TRANSLATE_NOOP("Domain", "{path} is a file, not a folder.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Domain", "{path} does not exist.")
MSG_NOT_DATABASE = QT_TRANSLATE_NOOP(
    "Domain", "{path} is not a database: it is neither a SQLite file nor an encrypted one."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("Domain", "{path} is an empty file, not a database.")
MSG_DENIED = QT_TRANSLATE_NOOP("Domain", "You are not allowed to read or write {path}.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Domain", "{path} cannot be written: the file or its folder is read-only."
)
MSG_UNUSABLE = QT_TRANSLATE_NOOP("Domain", "{path} cannot be read or written.")
MSG_EXISTS = QT_TRANSLATE_NOOP("Domain", "{path} exists already.")
MSG_DISK = QT_TRANSLATE_NOOP(
    "Domain",
    "The disk is full or failing: {path} could not be written. Nothing was changed; "
    "free some space (or use another disk) and try again.",
)
_DISK_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_DISK = ("disk i/o error", "database or disk is full")  # a full or failing disk


MSG_LOGIN_READS_ONLY = QT_TRANSLATE_NOOP(
    "Domain",
    "You are connected as {login}, who may only read this database: nothing was changed.",
)
MSG_WRITE_REFUSED = QT_TRANSLATE_NOOP(
    "Domain",
    "The database server refused the change: {login} may not write to this database. "
    "Nothing was changed.",
)
_INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE


class WriteRefusedError(UserError):
    """A write by a login that may only read: refused before it began (`read_only`), or
    by the server."""

    def __init__(self, login: str, *, by_server: bool = False) -> None:
        super().__init__(MSG_WRITE_REFUSED if by_server else MSG_LOGIN_READS_ONLY, login=login)
        self.login, self.by_server = login, by_server


def refused_by_server(error: BaseException) -> bool:
    """Whether a database error is the server refusing a privilege (a read-only role)."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return code == _INSUFFICIENT_PRIVILEGE


class PathError(UserError):
    """A path that cannot serve: a folder for a file, not a database, not allowed..."""

    def __init__(self, template: str, path: Path) -> None:
        super().__init__(template, path=path)
        self.path = path


class DiskFailureError(UserError):
    """Writing failed because the disk is full or failing; nothing was changed."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(MSG_DISK, path=path)
        self.path = path


def _shown_path(filename: object, fallback: Path | None) -> Path | str:
    """The path the user gave: a temporary `.NAME.partial` is named as NAME."""
    if not filename:
        return fallback if fallback is not None else ""
    path = Path(os.fsdecode(filename))  # type: ignore[arg-type]
    if path.name.startswith(".") and path.name.endswith(".partial"):
        return path.with_name(path.name[1 : -len(".partial")])
    return path


def path_error(error: OSError, path: Path | None = None) -> UserError:
    """What an operating system error on a file means to the user, naming the file."""
    shown = _shown_path(error.filename, path)
    if error.errno in _DISK_ERRNOS:
        return DiskFailureError(shown)
    template = {
        errno.EISDIR: MSG_FOLDER,
        errno.ENOTDIR: MSG_NOT_FOLDER,
        errno.ENOENT: MSG_NOT_FOUND,
        errno.EACCES: MSG_DENIED,
        errno.EPERM: MSG_DENIED,
        errno.EROFS: MSG_READ_ONLY,
        errno.EEXIST: MSG_EXISTS,
    }.get(error.errno or 0, MSG_UNUSABLE)
    if template is MSG_NOT_FOLDER and isinstance(shown, Path):
        shown = next((p for p in shown.parents if p.exists() and not p.is_dir()), shown)
    return PathError(template, shown)  # type: ignore[arg-type]


def is_disk_failure(error: BaseException) -> bool:
    """A database or file error that says the disk is full or failing."""
    if isinstance(error, OSError):
        return error.errno in _DISK_ERRNOS
    text = str(error.orig if isinstance(error, DBAPIError) else error).lower()
    return any(words in text for words in SQLITE_DISK)


def database_error(error: Exception, path: Path | None) -> UserError | None:
    """The user's message for a database driver's error about the file, else None."""
    shown = path if path is not None else ""
    text = str(error.orig if isinstance(error, DBAPIError) else error).lower()
    if is_disk_failure(error):
        return DiskFailureError(shown)
    if "readonly database" in text or "read-only" in text:
        return PathError(MSG_READ_ONLY, shown)  # type: ignore[arg-type]
    if "unable to open database file" in text:
        return PathError(MSG_UNUSABLE, shown)  # type: ignore[arg-type]
    if "file is not a database" in text:
        return PathError(MSG_NOT_DATABASE, shown)  # type: ignore[arg-type]
    return None


@contextmanager
def file_errors(path: Path | None, *, database: Path | None = None) -> Iterator[None]:
    """Turn an operating system error about the file at `path`, or a SQLite error about
    the database file (`database`, else `path`), into the user's message: a disk that
    is full, a read-only folder... Other errors pass."""
    try:
        yield
    except OSError as error:
        if path is None and not error.filename:
            raise  # nothing to name: not about a file of ours
        raise path_error(error, path) from error
    except (DBAPIError, *cipher.database_errors()) as error:
        database = database or path
        mapped = database_error(error, database) if database is not None else None
        if mapped is None:
            raise
        raise mapped from error


def check_database_file(path: Path, *, must_exist: bool) -> None:
    """Refuse, with a message naming it, a path that cannot be a database file: a
    folder, a file that is neither SQLite nor encrypted, an empty file where a database
    must exist, a file that may not be read, a folder that is a file."""
    if path.is_dir():
        raise PathError(MSG_FOLDER, path)
    if not path.exists():
        if must_exist:
            raise DatabaseMissingError(path)
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise PathError(MSG_NOT_FOLDER, blocking)
        return
    if not os.access(path, os.R_OK):
        raise PathError(MSG_DENIED, path)
    if path.stat().st_size == 0:
        if must_exist:
            raise PathError(MSG_EMPTY, path)
        return
    if not (cipher.is_plain(path) or cipher.is_encrypted(path)):
        raise PathError(MSG_NOT_DATABASE, path)


class DatabaseDamagedError(UserError):
    """SQLite's quick_check found the file damaged; it is not opened for writing."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(MSG_DAMAGED, path=path, problem=problem)
        self.path, self.problem = path, problem


class DatabaseMissingError(UserError):
    """A database that must exist does not."""

    def __init__(self, path: Path) -> None:
        super().__init__(MSG_MISSING, path=path)
        self.path = path
