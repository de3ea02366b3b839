"""Heat consumers who need special care, their written consents and the consent texts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.db.base import Audited, Base
from dpo_desk.domain.consents import LIMITS, TEXT_LIMITS

# Erased on withdrawal, and never written to the audit trail: the health details, and
# what only served the warning (phone, alternative contact, meter number).
ERASE = {"audit": "erase"}


class ConsentText(Audited, Base):
    """A version of the consent text that consumers sign."""

    __tablename__ = "consent_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(TEXT_LIMITS["label"]))
    text: Mapped[str] = mapped_column(String(TEXT_LIMITS["text"]))
    valid_from: Mapped[dt.date] = mapped_column(Date)


def _text(name: str, **kwargs: object) -> Mapped[str]:
    return mapped_column(String(LIMITS[name]), default="", **kwargs)  # type: ignore[arg-type]


class Consumer(Audited, Base):
    """A consumer for whom the company must take special care, and the consent."""

    __tablename__ = "consumer"
    # What the overview counts (migration 0015).
    __table_args__ = (
        Index("ix_consumer_withdrawn_given", "withdrawn", "consent_given"),
        Index("ix_consumer_moved_withdrawn", "moved", "withdrawn"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(LIMITS["name"]))
    street: Mapped[str] = _text("street")
    house_number: Mapped[str] = _text("house_number")
    postal_code: Mapped[str] = mapped_column(String(LIMITS["postal_code"]), index=True)
    city: Mapped[str] = _text("city")
    meter_number: Mapped[str] = _text("meter_number", index=True, info=ERASE)
    utility: Mapped[str] = _text("utility", index=True)
    phone: Mapped[str] = _text("phone", info=ERASE)
    alternative_contact: Mapped[str] = _text("alternative_contact", info=ERASE)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_item.id", ondelete="RESTRICT"), default=None, info=ERASE
    )
    free_text: Mapped[str | None] = mapped_column(
        String(LIMITS["free_text"]), default=None, info=ERASE
    )
    consent_given: Mapped[dt.date | None] = mapped_column(Date, default=None)
    collected_by: Mapped[str] = _text("collected_by")
    consent_text_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_text.id", ondelete="RESTRICT"), default=None
    )
    withdrawn: Mapped[dt.date | None] = mapped_column(Date, default=None)
    withdrawn_how: Mapped[str] = _text("withdrawn_how")
    moved: Mapped[bool] = mapped_column(default=False)
    form_file: Mapped[str] = _text("form_file")  # the signed form
    form_sha256: Mapped[str] = _text("form_sha256")
    form_erased: Mapped[dt.date | None] = mapped_column(Date, default=None)  # after withdrawal
