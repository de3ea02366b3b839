"""The record of processing activities (Art. 30) and the lists it picks from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.db.base import Audited, Base, parent_key
from dpo_desk.domain.processors import FOLLOW_UP_LIMITS
from dpo_desk.domain.processors import PARTY_LIMITS as P
from dpo_desk.domain.processors import ROUND_LIMITS as R
from dpo_desk.domain.processors import SUB_PROCESSOR_LIMITS as SP
from dpo_desk.domain.processors import TRANSFER_LIMITS as T
from dpo_desk.domain.register import CONTROLLER_LIMITS, TEXT_LIMITS, TRANSFER_LIMITS


def _link(name: str, target: str) -> Table:
    """A many-to-many table from activities to `target` rows."""
    return Table(
        name,
        Base.metadata,
        Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
        Column("item_id", ForeignKey(f"{target}.id", ondelete="RESTRICT"), primary_key=True),
    )


activity_data_subject = _link("activity_data_subject", "catalogue_item")
activity_data_category = _link("activity_data_category", "catalogue_item")
activity_recipient = _link("activity_recipient", "catalogue_item")
activity_measure = _link("activity_measure", "catalogue_item")
activity_processor = _link("activity_processor", "processor")


def _text(limit: int) -> Mapped[str]:
    return mapped_column(String(limit), default="")


class CatalogueItem(Audited, Base):
    """An entry of a managed list: a category of data subjects or of personal data, a
    category of recipients, or a security measure. The DPO extends the lists."""

    __tablename__ = "catalogue_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sensitivity: Mapped[str | None] = mapped_column(String(20), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Processor(Audited, Base):
    """A party of a data processing agreement: a processor we use, or a controller for
    whom we are the processor (the columns are in `processor_models`)."""

    __tablename__ = "processor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(P["name"]))
    country: Mapped[str] = mapped_column(String(P["country"]), default="DK")
    cvr: Mapped[str] = mapped_column(String(P["cvr"]), default="")
    direction: Mapped[str] = mapped_column(String(30), default="we_are_controller")
    foreign_id: Mapped[str] = mapped_column(String(P["foreign_id"]), default="")
    address: Mapped[str] = mapped_column(String(P["address"]), default="")
    contact_person: Mapped[str] = mapped_column(String(P["contact_person"]), default="")
    email: Mapped[str] = mapped_column(String(P["email"]), default="")
    phone: Mapped[str] = mapped_column(String(P["phone"]), default="")
    service: Mapped[str] = mapped_column(String(P["service"]), default="")
    data_description: Mapped[str] = mapped_column(String(P["data_description"]), default="")
    agreement_signed: Mapped[dt.date | None] = mapped_column(Date, default=None)
    agreement_version: Mapped[str] = mapped_column(String(P["agreement_version"]), default="")
    agreement_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notice_period: Mapped[str] = mapped_column(String(P["notice_period"]), default="")
    document_name: Mapped[str] = mapped_column(String(P["document_name"]), default="")
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    risk: Mapped[str] = mapped_column(String(10), default="medium")
    data_subjects: Mapped[int] = mapped_column(Integer, default=0)
    special_categories: Mapped[bool] = mapped_column(default=False)
    special_nature: Mapped[bool] = mapped_column(default=False)
    third_country: Mapped[bool] = mapped_column(default=False)
    next_supervision_override: Mapped[dt.date | None] = mapped_column(Date, default=None)
    retired: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(String(P["notes"]), default="")

    activities: Mapped[list[Activity]] = relationship(
        secondary="activity_processor", viewonly=True, order_by="Activity.name"
    )
    sub_processors: Mapped[list[SubProcessorRow]] = relationship(
        cascade="all, delete-orphan", order_by="SubProcessorRow.position"
    )
    transfers: Mapped[list[PartyTransferRow]] = relationship(
        cascade="all, delete-orphan", order_by="PartyTransferRow.position"
    )
    rounds: Mapped[list[SupervisionRoundRow]] = relationship(
        cascade="all, delete-orphan",
        order_by="SupervisionRoundRow.date",
        back_populates="processor",
    )


class SubProcessorRow(Audited, Base):
    """A sub-processor of a processor."""

    __tablename__ = "sub_processor"

    id: Mapped[int] = mapped_column(primary_key=True)
    processor_id: Mapped[int] = parent_key("processor")
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(SP["name"]))
    country: Mapped[str] = mapped_column(String(SP["country"]), default="")
    service: Mapped[str] = mapped_column(String(SP["service"]), default="")
    approved: Mapped[dt.date | None] = mapped_column(Date, default=None)
    general_authorisation: Mapped[bool] = mapped_column(default=True)


class PartyTransferRow(Audited, Base):
    """A third-country transfer under an agreement."""

    __tablename__ = "party_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    processor_id: Mapped[int] = parent_key("processor")
    position: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[str] = mapped_column(String(T["country"]))
    tool: Mapped[str] = mapped_column(String(20), default="")
    scc_module: Mapped[int | None] = mapped_column(Integer, default=None)
    tia_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    tia_outcome: Mapped[str] = mapped_column(String(T["tia_outcome"]), default="")
    data: Mapped[str] = mapped_column(String(T["data"]), default="")


class SupervisionRoundRow(Audited, Base):
    """A round of supervision of a processor."""

    __tablename__ = "supervision_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    processor_id: Mapped[int] = parent_key("processor")
    date: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(30))
    findings: Mapped[str] = mapped_column(String(R["findings"]), default="")
    concept: Mapped[int | None] = mapped_column(Integer, default=None)
    suggested_concept: Mapped[int | None] = mapped_column(Integer, default=None)
    concept_reason: Mapped[str] = mapped_column(String(R["concept_reason"]), default="")
    processor: Mapped[Processor] = relationship(back_populates="rounds")
    follow_ups: Mapped[list[FollowUpRow]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUpRow.position"
    )


class FollowUpRow(Audited, Base):
    """An action a supervision round calls for, with its due date."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = parent_key("supervision_round")
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(String(FOLLOW_UP_LIMITS["action"]))
    due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    done: Mapped[dt.date | None] = mapped_column(Date, default=None)


class Activity(Audited, Base):
    """A processing activity, as controller (Art. 30(1)) or as processor (Art. 30(2))."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TEXT_LIMITS["name"]))
    role: Mapped[str] = mapped_column(String(20), default="controller", index=True)
    purposes: Mapped[str] = _text(TEXT_LIMITS["purposes"])
    legal_bases: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_note: Mapped[str] = _text(TEXT_LIMITS["consent_note"])
    source: Mapped[str] = _text(TEXT_LIMITS["source"])
    retention_text: Mapped[str] = _text(TEXT_LIMITS["retention_text"])
    retention_rule: Mapped[str] = mapped_column(String(40), default="none")
    retention_amount: Mapped[int] = mapped_column(Integer, default=0)
    measures_text: Mapped[str] = _text(TEXT_LIMITS["measures_text"])
    automated_decisions: Mapped[bool] = mapped_column(default=False)
    automated_description: Mapped[str] = _text(TEXT_LIMITS["automated_description"])
    dpia: Mapped[str] = mapped_column(String(20), default="assess")
    dpia_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    dpia_outcome: Mapped[str] = _text(TEXT_LIMITS["dpia_outcome"])
    owner: Mapped[str] = _text(TEXT_LIMITS["owner"])
    last_reviewed: Mapped[dt.date | None] = mapped_column(Date, default=None)
    next_review: Mapped[dt.date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    notes: Mapped[str] = _text(TEXT_LIMITS["notes"])
    joint_controller: Mapped[str] = _text(TEXT_LIMITS["joint_controller"])
    representative: Mapped[str] = _text(TEXT_LIMITS["representative"])

    data_subjects: Mapped[list[CatalogueItem]] = relationship(
        secondary=activity_data_subject, order_by=CatalogueItem.position
    )
    data_categories: Mapped[list[CatalogueItem]] = relationship(
        secondary=activity_data_category, order_by=CatalogueItem.position
    )
    recipients: Mapped[list[CatalogueItem]] = relationship(
        secondary=activity_recipient, order_by=CatalogueItem.position
    )
    measures: Mapped[list[CatalogueItem]] = relationship(
        secondary=activity_measure, order_by=CatalogueItem.position
    )
    processors: Mapped[list[Processor]] = relationship(
        secondary=activity_processor, order_by=Processor.name
    )
    transfers: Mapped[list[ActivityTransfer]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="ActivityTransfer.position",
    )
    controllers: Mapped[list[ActivityController]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="ActivityController.position",
    )
    subject_data: Mapped[list[ActivitySubjectData]] = relationship(
        cascade="all, delete-orphan", order_by="ActivitySubjectData.id"
    )


class ActivityTransfer(Audited, Base):
    """A transfer to a third country (Art. 30(1)(e), 44–49)."""

    __tablename__ = "activity_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = parent_key("activity")
    position: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[str] = mapped_column(String(TRANSFER_LIMITS["country"]))
    recipient: Mapped[str] = _text(TRANSFER_LIMITS["recipient"])
    safeguard: Mapped[str] = mapped_column(String(20))
    scc_module: Mapped[int | None] = mapped_column(Integer, default=None)
    documentation: Mapped[str] = _text(TRANSFER_LIMITS["documentation"])
    activity: Mapped[Activity] = relationship(back_populates="transfers")


class ActivityController(Audited, Base):
    """A controller on whose behalf the organisation processes (Art. 30(2)(a))."""

    __tablename__ = "activity_controller"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = parent_key("activity")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # the controller in the processor register (direction "we process for"), when the
    # name is one of its parties: the annex and the party's activities follow this key,
    # so renaming the party keeps them; `name` is kept equal to the party's name
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL"), index=True, default=None
    )
    name: Mapped[str] = mapped_column(String(CONTROLLER_LIMITS["name"]))
    cvr: Mapped[str] = _text(CONTROLLER_LIMITS["cvr"])
    contact: Mapped[str] = _text(CONTROLLER_LIMITS["contact"])
    processing: Mapped[str] = _text(CONTROLLER_LIMITS["processing"])
    activity: Mapped[Activity] = relationship(back_populates="controllers")


class ActivitySubjectData(Audited, Base):
    """A category of personal data that concerns a category of data subjects of an
    activity. No rows for an activity means every category concerns every subject."""

    __tablename__ = "activity_subject_data"
    __table_args__ = (UniqueConstraint("activity_id", "subject_id", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = parent_key("activity")
    subject_id: Mapped[int] = mapped_column(ForeignKey("catalogue_item.id", ondelete="RESTRICT"))
    category_id: Mapped[int] = mapped_column(ForeignKey("catalogue_item.id", ondelete="RESTRICT"))
