"""Heat consumers who need special care, their written consents and the consent texts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.db.base import Audited, Base

# Health details: erased on withdrawal, and never written to the audit trail.
ERASE = {"audit": "erase"}


class ConsentText(Audited, Base):
    """A version of the consent text that consumers sign."""

    __tablename__ = "consent_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[dt.date] = mapped_column(Date)


class Consumer(Audited, Base):
    """A consumer for whom the company must take special care, and the consent."""

    __tablename__ = "consumer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(4), index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    meter_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    utility: Mapped[str] = mapped_column(String(200), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    alternative_contact: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_item.id", ondelete="RESTRICT"), default=None, info=ERASE
    )
    free_text: Mapped[str | None] = mapped_column(String(200), default=None, info=ERASE)
    consent_given: Mapped[dt.date | None] = mapped_column(Date, default=None)
    collected_by: Mapped[str] = mapped_column(String(200), default="")
    consent_text_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_text.id", ondelete="RESTRICT"), default=None
    )
    withdrawn: Mapped[dt.date | None] = mapped_column(Date, default=None)
    withdrawn_how: Mapped[str] = mapped_column(String(200), default="")
    moved: Mapped[bool] = mapped_column(default=False)
    form_file: Mapped[str] = mapped_column(String(300), default="")  # the signed form
    form_sha256: Mapped[str] = mapped_column(String(64), default="")
