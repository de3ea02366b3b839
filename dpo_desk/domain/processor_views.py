"""Processors and controllers as the table and the reports show them: plain data,
gathered by services/processors.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dpo_desk.domain.processors import Direction, PartyDraft, RiskLevel, SupervisionRound
from dpo_desk.domain.register import Safeguard


@dataclass(frozen=True)
class PartyRow:
    """One line of the processor table."""

    id: int
    name: str
    direction: Direction
    country: str
    tools: tuple[Safeguard, ...]
    agreement_signed: dt.date | None
    next_supervision: dt.date | None  # None for a controller we process for
    open_follow_ups: int
    risk: RiskLevel
    retired: bool
    activities: tuple[str, ...]
    search_text: str = ""  # the other text fields, for the search box


@dataclass(frozen=True)
class PartyView:
    """A party with everything resolved, for reports."""

    row: PartyRow
    draft: PartyDraft
    rounds: tuple[SupervisionRound, ...]


@dataclass(frozen=True)
class AnnexLine:
    """One of our processors in a controller's sub-processor annex."""

    name: str
    service: str
    country: str
    tools: tuple[Safeguard, ...]
