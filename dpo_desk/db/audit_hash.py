"""The audit chain's arithmetic: the canonical text of a value, a field's commitment
(SHA-256 of a random salt and the value), a record's hash and the head's text; shared by
the writer (`audit`), the walk (`audit_verify`) and the migration that made the chain
redactable."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import secrets
from typing import Any

from dpo_desk.domain.text import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64
BROKEN_LINK = QT_TRANSLATE_NOOP("Domain", "the link to the previous record is broken")
BROKEN_CONTENT = QT_TRANSLATE_NOOP("Domain", "the record's content does not match its hash")
BROKEN_END = QT_TRANSLATE_NOOP("Domain", "records are missing at the end of the chain")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Domain", "the record cannot be read (its stored content is damaged)"
)
ERASED = "[erased]"
ANONYMISED = "[anonymised]"  # a value erased from the trail after the fact


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_ENCODE_TEXT = json.encoder.encode_basestring  # what the encoder uses for text (no ASCII escapes)


def canonical(value: Any) -> str:
    """The one JSON text of a value that commitments and hashes are taken over
    (json.dumps with sorted keys, no ASCII escapes, no spaces); the commonest values,
    a field's [old, new] of text, numbers and nothing, without the encoder's walk."""
    kind = type(value)
    if kind is str:
        return _ENCODE_TEXT(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is list:
        return "[" + ",".join(map(canonical, value)) + "]"
    return _ENCODER.encode(value)


def commitment(salt: str, value: Any) -> str:
    """SHA-256 of a salt and a value: binds the value without revealing it, and stays
    valid (and checkable no more) when value and salt are erased."""
    return hashlib.sha256((salt + canonical(value)).encode("utf-8")).hexdigest()


def record_hash(
    *,
    prev_hash: str,
    at: dt.datetime,
    user_name: str,
    action: str,
    table_name: str,
    row_id: str,
    commitments: dict[str, str],
) -> str:
    """SHA-256 over a record's commitments, its other fields and the hash before it."""
    payload = canonical(
        [
            prev_hash,
            at.astimezone(dt.UTC).isoformat(),
            user_name,
            action,
            table_name,
            row_id,
            commitments,
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head_text(count: int, last_hash: str) -> str:
    """What the head's seal covers."""
    return f"{count}:{last_hash}"


def committed(changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """The changes as stored (JSON round trip), a fresh salt and a commitment per field."""
    stored = json.loads(canonical(changes))
    random = secrets.token_hex(16 * len(stored))  # 16 random bytes a field, drawn at once
    salts = {name: random[32 * i : 32 * i + 32] for i, name in enumerate(stored)}
    return stored, salts, {name: commitment(salts[name], stored[name]) for name in stored}
