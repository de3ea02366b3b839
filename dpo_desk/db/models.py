"""The ORM models of the foundation: the organisation and the audit trail.

Each register adds its own module of models; import them all in `dpo_desk.db.schema`
so that Alembic and the tests see one complete metadata.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.db.base import Audited, Base


class Organisation(Audited, Base):
    """The organisation's settings; the table holds one row."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    cvr: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    dpo_name: Mapped[str] = mapped_column(String(200), default="")
    dpo_email: Mapped[str] = mapped_column(String(200), default="")
    dpo_phone: Mapped[str] = mapped_column(String(40), default="")
    fiscal_year_end_month: Mapped[int] = mapped_column(Integer, default=12)
    fiscal_year_end_day: Mapped[int] = mapped_column(Integer, default=31)


class AuditRecord(Base):
    """One change of one row, chained to the record before it.

    Beside each field's value it keeps a commitment (SHA-256 of a random salt and the
    value) and the salt; the chain hashes the commitments, not the values, so that a
    value and its salt can be erased (anonymised) and the chain stays whole. `mac` seals
    the hash with the chain's key, kept outside the database (see `chain_key`)."""

    __tablename__ = "audit_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, or an event
    table_name: Mapped[str] = mapped_column(String(100), index=True)
    row_id: Mapped[str] = mapped_column(String(100))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    salts: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    commitments: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    mac: Mapped[str | None] = mapped_column(String(64), default=None)


class AuditHead(Base):
    """The end of the audit chain (one row): the last hash and the number of records.

    Locked while a transaction appends, so that two writers on PostgreSQL cannot fork
    the chain, and compared by verify, so that cutting records off the end is seen.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    mac: Mapped[str | None] = mapped_column(String(64), default=None)  # seals count:hash
    key_id: Mapped[str | None] = mapped_column(String(16), default=None)


class AppSetting(Base):
    """A program setting kept in the database (shared by everyone on it)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AttachmentContent(Base):
    """The content of an attached document, kept inside an encrypted database (a plain
    database keeps its attachments as files). Content-addressed: the key is the SHA-256
    the referring row records."""

    __tablename__ = "attachment_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
