"""Encrypted databases (SQLCipher): recognising one, opening it with its passphrase, and
making an encrypted copy of a plain one.

An encrypted file has no readable header: its first 16 bytes are not SQLite's magic
string, and its pages read as random bytes. Everything that opens the file directly
(the checks, the backups) goes through `connect`, so a backup of an encrypted database
is encrypted with the same passphrase.
"""

from __future__ import annotations

import errno
import importlib.util
import math
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message, UserError
from dpo_desk.paths import private_file

DRIVER = "pysqlcipher"
PLAIN_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8

MSG_REQUIRED = QT_TRANSLATE_NOOP("Domain", "The database {path} is encrypted: give its passphrase.")
MSG_WRONG = QT_TRANSLATE_NOOP(
    "Domain", "The passphrase does not open {path}. Check it and try again."
)
MSG_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Domain",
    "Encrypted databases need the sqlcipher3 package, which is not installed "
    "(pip install sqlcipher3).",
)
MSG_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Domain",
    "The database {path} is not encrypted. Make an encrypted copy with "
    "'dpo-desk encrypt' and open that.",
)
MSG_SHORT = QT_TRANSLATE_NOOP("Domain", "A passphrase has at least {n} characters.")
MSG_MISMATCH = QT_TRANSLATE_NOOP("Domain", "The two passphrases differ.")
MSG_CONTROL = QT_TRANSLATE_NOOP(
    "Domain", "A passphrase holds letters, digits, spaces and signs, no control characters."
)


class PassphraseRequiredError(UserError):
    """The database is (or is to be) encrypted and no passphrase was given."""

    def __init__(self, path: Path, *, new: bool = False) -> None:
        super().__init__(MSG_REQUIRED, path=path)
        self.path, self.new = path, new


class WrongPassphraseError(UserError):
    """The passphrase given does not decrypt the database."""

    def __init__(self, path: Path) -> None:
        super().__init__(MSG_WRONG, path=path)
        self.path = path


class EncryptionUnavailableError(UserError):
    """sqlcipher3 is not installed."""

    def __init__(self) -> None:
        super().__init__(MSG_UNAVAILABLE)


class NotEncryptedError(UserError):
    """An encrypted opening was asked of a plain database."""

    def __init__(self, path: Path) -> None:
        super().__init__(MSG_NOT_ENCRYPTED, path=path)
        self.path = path


def available() -> bool:
    """Whether SQLCipher (the sqlcipher3 package) is installed."""
    return importlib.util.find_spec("sqlcipher3") is not None


def is_plain(path: Path) -> bool:
    """A file that starts with SQLite's header."""
    return _head(path, len(PLAIN_HEADER)) == PLAIN_HEADER


def is_encrypted(path: Path) -> bool:
    """A file that looks like a SQLCipher database: no SQLite header, whole pages (a
    multiple of 512 bytes), and a first page that reads as random bytes. A text file,
    a PDF or an empty file is not."""
    head = _head(path, 1024)
    if len(head) < 512 or head.startswith(PLAIN_HEADER):
        return False
    try:
        if path.stat().st_size % 512:
            return False
    except OSError:
        return False
    counts = Counter(head)
    entropy = -sum(n / len(head) * math.log2(n / len(head)) for n in counts.values())
    return entropy > 7.0  # random bytes: close to 8 bits a byte; text: below 5


def _head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a file; empty when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def passphrase_problem(passphrase: str, repeated: str | None = None) -> str | None:
    """Why a new passphrase is refused (a message), or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return Message(MSG_SHORT, n=MIN_PASSPHRASE)
    if any(ord(c) < 32 or ord(c) == 127 for c in passphrase):
        return Message(MSG_CONTROL)
    if repeated is not None and repeated != passphrase:
        return Message(MSG_MISMATCH)
    return None


def _driver() -> Any:
    try:
        import sqlcipher3
    except ImportError as error:
        raise EncryptionUnavailableError from error
    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of the drivers in use."""
    if available():
        return (sqlite3.DatabaseError, _driver().DatabaseError)
    return (sqlite3.DatabaseError,)


def literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal."""
    return "'" + passphrase.replace("'", "''") + "'"


def connect(
    path: Path, *, key: str | None = None, readonly: bool = False, immutable: bool = False
) -> Any:
    """A DB-API connection to the file: sqlite3 for a plain one, SQLCipher with `key`.

    With a key, a wrong passphrase raises WrongPassphraseError at once.
    """
    uri = f"file:{quote(path.as_posix())}"
    if readonly:
        uri += "?mode=ro" + ("&immutable=1" if immutable else "")
    if key is None:
        return sqlite3.connect(uri, uri=True)
    driver = _driver()
    connection = driver.connect(uri, uri=True)
    try:
        # A wrong passphrase is our message to give, not SQLCipher's log lines on stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {literal(key)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        connection.close()
        raise WrongPassphraseError(path) from error
    return connection


def encrypt_copy(plain: Path, target: Path, passphrase: str) -> Path:
    """Write an encrypted copy of the plain database `plain` to the new file `target`
    (0600), with SQLCipher's sqlcipher_export."""
    if is_encrypted(plain):
        raise ValueError(f"{plain} is encrypted already")
    driver = _driver()
    if target.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    with private_file(target) as partial:
        source = driver.connect(f"file:{quote(plain.as_posix())}?mode=ro", uri=True)
        try:
            source.execute(
                f"ATTACH DATABASE {literal(str(partial))} AS encrypted KEY {literal(passphrase)}"
            )
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute("DETACH DATABASE encrypted")
        finally:
            source.close()
    return target


def rekey(path: Path, old: str, new: str) -> None:
    """Encrypt the database at `path` with a new passphrase (SQLCipher's rekey rewrites
    every page in one transaction). No other connection may be open."""
    connection = connect(path, key=old)
    try:
        connection.execute(f"PRAGMA rekey = {literal(new)}")
    finally:
        connection.close()
