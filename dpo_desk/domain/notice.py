"""What the privacy notice (Art. 13/14) says: plain data, gathered by services/notice.py
and written by reports/notice.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.domain.register import ActivityView, Safeguard


@dataclass(frozen=True)
class PartyLine:
    """A processor named in the notice."""

    name: str
    service: str
    country: str


@dataclass(frozen=True)
class PartyTransferLine:
    """A processor's transfer to a third country."""

    processor: str
    country: str
    safeguard: Safeguard | None
    data: str


@dataclass
class NoticeData:
    """Everything the notice says, read from the register."""

    details: OrganisationDetails
    activities: list[ActivityView]
    processors: list[PartyLine]
    party_transfers: list[PartyTransferLine]
    consent_text: str = ""  # the newest version of the health-data consent
    gaps: list[tuple[str, str]] = field(default_factory=list)  # (what, message)
