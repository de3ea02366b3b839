"""The key of the audit chain, kept outside the database: a copy of the file alone cannot
be forged into a chain that verifies.

Where it comes from, in order: $DPO_DESK_CHAIN_KEY (64 hex digits; how a team on one
PostgreSQL server shares it, like its connection settings); for an encrypted database,
derived from its passphrase; else an owner-only key file in the user's configuration
folder, made at the first write.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from platformdirs import PlatformDirs
from sqlalchemy.engine import URL

from dpo_desk import APP_ID
from dpo_desk.paths import private_dir

ENV_VAR = "DPO_DESK_CHAIN_KEY"
KEY_FILE = "audit-chain.key"
_DERIVED: dict[str, bytes] = {}


def config_dir() -> Path:
    """The user's configuration folder ($DPO_DESK_HOME when set), owner-only."""
    home = os.environ.get("DPO_DESK_HOME")
    return private_dir(
        Path(home) if home else Path(PlatformDirs(APP_ID, appauthor=False).user_config_dir)
    )


def key_file() -> Path:
    """Where the key file is (made at the first write when no other key is at hand)."""
    return config_dir() / KEY_FILE


def _read(path: Path) -> bytes | None:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return key if len(key) >= 32 else None


def _from_file(create: bool) -> bytes | None:
    try:
        path = key_file()
    except OSError:
        return None
    if path.exists():
        return _read(path)
    if not create:
        return None
    key = secrets.token_bytes(32)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(key.hex() + "\n")
        os.link(partial, path)  # whole or not at all; never over another writer's key
    except FileExistsError:  # another writer made it first: use theirs
        return _read(path)
    except OSError:  # no configuration folder to write: the chain is left unsealed
        return None
    finally:
        partial.unlink(missing_ok=True)
    return key


def passphrase_key(passphrase: str) -> bytes:
    """The chain's key of an encrypted database, derived from its passphrase."""
    if passphrase not in _DERIVED:
        _DERIVED[passphrase] = hashlib.pbkdf2_hmac(
            "sha256", passphrase.encode("utf-8"), b"dpo-desk audit chain", 200_000
        )
    return _DERIVED[passphrase]


def chain_key(url: URL | None, *, create: bool = False) -> bytes | None:
    """The chain's key for the database at `url`, or None when it is not at hand (then
    only the chain's shape can be checked). `create` makes the key file when missing."""
    shared = os.environ.get(ENV_VAR, "").strip()
    if shared:
        try:
            return bytes.fromhex(shared)
        except ValueError:
            return None
    if url is not None and url.get_driver_name() == "pysqlcipher" and url.password:
        return passphrase_key(str(url.password))
    return _from_file(create)


def key_id(key: bytes) -> str:
    """A name of the key that reveals nothing of it (kept in the chain's head)."""
    return hmac.new(key, b"dpo-desk key id", hashlib.sha256).hexdigest()[:16]


def seal(key: bytes, text: str) -> str:
    """HMAC-SHA256 of `text` under the chain's key."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
