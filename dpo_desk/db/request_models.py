"""Data subjects' requests, their status history and the letters that answered them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.db.base import Audited, Base, parent_key, utc_now
from dpo_desk.db.register_models import Activity
from dpo_desk.domain.requests import MAX_LENGTHS

request_activity = Table(
    "request_activity",
    Base.metadata,
    Column("request_id", ForeignKey("subject_request.id", ondelete="CASCADE"), primary_key=True),
    Column("activity_id", ForeignKey("activity.id", ondelete="RESTRICT"), primary_key=True),
)


class SubjectRequest(Audited, Base):
    """A request of a data subject under Art. 15-22, or a withdrawal of consent."""

    __tablename__ = "subject_request"
    # What the overview counts and picks (migration 0015).
    __table_args__ = (
        Index("ix_subject_request_status_deadline", "status", "deadline"),
        Index("ix_subject_request_status_received", "status", "received"),
        Index("ix_subject_request_answered_deadline", "answered", "deadline"),
        Index(
            "ix_subject_request_identity_waiting",
            "identity_needed",
            "identity_checked",
            "deadline",
            "status",
        ),
        Index(
            "ix_subject_request_extension_untold",
            "extended",
            "extension_told",
            "received",
            "status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    types: Mapped[list[str]] = mapped_column(JSON, default=list)
    requester: Mapped[str] = mapped_column(String(MAX_LENGTHS["requester"]))
    contact: Mapped[str] = mapped_column(String(MAX_LENGTHS["contact"]), default="")
    relation: Mapped[str] = mapped_column(String(MAX_LENGTHS["relation"]), default="")
    utility: Mapped[str] = mapped_column(String(MAX_LENGTHS["utility"]), default="")
    received: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20), default="email")
    identity_needed: Mapped[bool] = mapped_column(default=False)
    identity_how: Mapped[str] = mapped_column(String(MAX_LENGTHS["identity_how"]), default="")
    identity_ask: Mapped[str] = mapped_column(String(MAX_LENGTHS["identity_ask"]), default="")
    identity_checked: Mapped[dt.date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    decision: Mapped[str] = mapped_column(String(MAX_LENGTHS["decision"]), default="")
    refusal_ground: Mapped[str | None] = mapped_column(String(20), default=None)
    extended: Mapped[bool] = mapped_column(default=False)
    extension_reason: Mapped[str] = mapped_column(
        String(MAX_LENGTHS["extension_reason"]), default=""
    )
    extension_told: Mapped[dt.date | None] = mapped_column(Date, default=None)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)  # kept for SQL and reports
    answered: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(String(MAX_LENGTHS["notes"]), default="")

    activities: Mapped[list[Activity]] = relationship(
        secondary=request_activity, order_by=Activity.name
    )
    history: Mapped[list[RequestStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="RequestStatusChange.id"
    )
    letters: Mapped[list[RequestLetter]] = relationship(
        cascade="all, delete-orphan", order_by="RequestLetter.id"
    )
    forwardings: Mapped[list[RequestForwarding]] = relationship(
        cascade="all, delete-orphan", order_by="RequestForwarding.id"
    )


class RequestForwarding(Audited, Base):
    """A request passed on to a controller for whom we process (Art. 28(3)(e)); the
    controller's answer is tracked apart from our own part of the request."""

    __tablename__ = "request_forwarding"
    __table_args__ = (UniqueConstraint("request_id", "controller"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = parent_key("subject_request")
    controller: Mapped[str] = mapped_column(String(200))
    forwarded: Mapped[dt.date | None] = mapped_column(Date, default=None)
    answered: Mapped[dt.date | None] = mapped_column(Date, default=None)


class RequestStatusChange(Audited, Base):
    """A move of a request in its workflow, with the day it happened."""

    __tablename__ = "request_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = parent_key("subject_request")
    status: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)


class RequestLetter(Audited, Base):
    """A letter generated for a request, kept in the attachments folder."""

    __tablename__ = "request_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = parent_key("subject_request")
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)
