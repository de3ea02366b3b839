"""The breach log (Art. 33(5)): each personal data breach, what it touched, the
notification to Datatilsynet in phases, and the controllers told when we are processor."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.db.base import Audited, Base, parent_key, utc_now
from dpo_desk.db.register_models import Activity, Processor
from dpo_desk.domain.breaches import TEXT_LIMITS

breach_activity = Table(
    "breach_activity",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column("activity_id", ForeignKey("activity.id", ondelete="RESTRICT"), primary_key=True),
)
breach_processor = Table(
    "breach_processor",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column("processor_id", ForeignKey("processor.id", ondelete="RESTRICT"), primary_key=True),
)


def _text(name: str) -> String | Text:
    limit = TEXT_LIMITS[name]
    return String(limit) if limit <= 300 else Text()


class Breach(Audited, Base):
    """One personal data breach, notified or not."""

    __tablename__ = "breach"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(_text("title"))
    role: Mapped[str] = mapped_column(String(20), default="controller")
    occurred_from: Mapped[dt.datetime | None] = mapped_column(default=None)
    occurred_to: Mapped[dt.datetime | None] = mapped_column(default=None)
    aware_at: Mapped[dt.datetime] = mapped_column(index=True)
    discovered_by: Mapped[str] = mapped_column(_text("discovered_by"), default="")
    reported_by: Mapped[str] = mapped_column(_text("reported_by"), default="")
    description: Mapped[str] = mapped_column(_text("description"), default="")
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    subjects_count: Mapped[int | None] = mapped_column(Integer, default=None)
    records_count: Mapped[int | None] = mapped_column(Integer, default=None)
    special_categories: Mapped[bool] = mapped_column(default=False)
    criminal_offences: Mapped[bool] = mapped_column(default=False)
    cpr_numbers: Mapped[bool] = mapped_column(default=False)
    consequences: Mapped[str] = mapped_column(_text("consequences"), default="")
    measures_taken: Mapped[str] = mapped_column(_text("measures_taken"), default="")
    measures_proposed: Mapped[str] = mapped_column(_text("measures_proposed"), default="")
    risk: Mapped[str | None] = mapped_column(String(10), default=None)
    risk_reasoning: Mapped[str] = mapped_column(_text("risk_reasoning"), default="")
    assessed_by: Mapped[str] = mapped_column(_text("assessed_by"), default="")
    status: Mapped[str] = mapped_column(String(20), default="registered", index=True)
    notified_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reference: Mapped[str] = mapped_column(_text("reference"), default="")
    delay_reasons: Mapped[str] = mapped_column(_text("delay_reasons"), default="")
    not_notified_reason: Mapped[str] = mapped_column(_text("not_notified_reason"), default="")
    subjects_told: Mapped[bool | None] = mapped_column(default=None)
    subjects_told_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    subjects_told_how: Mapped[str] = mapped_column(_text("subjects_told_how"), default="")
    advice: Mapped[str] = mapped_column(_text("advice"), default="")
    art34_exception: Mapped[str | None] = mapped_column(String(20), default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)

    activities: Mapped[list[Activity]] = relationship(
        secondary=breach_activity, order_by=Activity.name
    )
    processors: Mapped[list[Processor]] = relationship(
        secondary=breach_processor, order_by=Processor.name
    )
    follow_ups: Mapped[list[BreachFollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="BreachFollowUp.sent_at"
    )
    controllers: Mapped[list[BreachControllerNotice]] = relationship(
        cascade="all, delete-orphan", order_by="BreachControllerNotice.id"
    )


class BreachFollowUp(Audited, Base):
    """A later notification in phases (Art. 33(4))."""

    __tablename__ = "breach_follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = parent_key("breach")
    sent_at: Mapped[dt.datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class BreachControllerNotice(Audited, Base):
    """A controller told of a breach in what we process for it (Art. 33(2))."""

    __tablename__ = "breach_controller"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = parent_key("breach")
    processor_id: Mapped[int] = mapped_column(ForeignKey("processor.id", ondelete="RESTRICT"))
    told_at: Mapped[dt.datetime | None] = mapped_column(default=None)
