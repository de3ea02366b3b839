"""What the privacy notice (Art. 13 and 14) is written from: the organisation, the
activities in use, the processors, their transfers, the consent text; and what the
register lacks to write a complete notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from dpo_desk.db.register_models import PartyTransferRow, Processor
from dpo_desk.db.session import Database
from dpo_desk.domain.notice import NoticeData, PartyLine, PartyTransferLine
from dpo_desk.domain.processors import Direction, is_third_country
from dpo_desk.domain.register import ActivityView, Safeguard, Status
from dpo_desk.domain.retention import RuleKind
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.reports.model import Report
from dpo_desk.services import consents, organisation, register

# Why a part of the notice cannot be written (shown to the DPO, never published).
GAP_NO_PURPOSE = QT_TRANSLATE_NOOP("Notice", "The activity has no purpose.")
GAP_NO_BASIS = QT_TRANSLATE_NOOP("Notice", "The activity has no legal basis.")
GAP_NO_RETENTION = QT_TRANSLATE_NOOP(
    "Notice", "The activity has no retention rule and no text on how long data are kept."
)
GAP_NO_SAFEGUARD = QT_TRANSLATE_NOOP(
    "Notice", "A transfer to a third country has no safeguard (transfer tool)."
)
GAP_NO_CONTACT = QT_TRANSLATE_NOOP(
    "Notice", "The organisation's name, address or e-mail is missing (File → Organisation)."
)


def _activity_gaps(v: ActivityView) -> list[str]:
    gaps = []
    if not v.purposes.strip():
        gaps.append(GAP_NO_PURPOSE)
    if not v.legal_bases:
        gaps.append(GAP_NO_BASIS)
    if v.retention_rule.kind is RuleKind.NONE and not v.retention_text.strip():
        gaps.append(GAP_NO_RETENTION)
    if any(t.safeguard is None for t in v.transfers):
        gaps.append(GAP_NO_SAFEGUARD)
    return gaps


def _parties(
    db: Database,
) -> tuple[list[PartyLine], list[PartyTransferLine], list[tuple[str, str]]]:
    """The processors we use (not retired), their transfers, and transfers without a
    safeguard (two queries)."""
    with db.reading() as session:
        found = session.execute(
            select(
                Processor.id,
                Processor.name,
                Processor.service,
                Processor.country,
                Processor.data_description,
            ).where(
                Processor.retired.is_(False),
                Processor.direction == Direction.WE_ARE_CONTROLLER.value,
            )
        ).all()
        moves: dict[int, list[PartyTransferRow]] = {}
        for t in session.scalars(select(PartyTransferRow).order_by(PartyTransferRow.position)):
            moves.setdefault(t.processor_id, []).append(t)
        parties, transfers, gaps = [], [], []
        for pid, name, service, country, described in found:
            parties.append(PartyLine(name, service, country))
            for t in moves.get(pid, ()):
                tool = Safeguard(t.tool) if t.tool else None
                transfers.append(PartyTransferLine(name, t.country, tool, t.data))
                if tool is None:
                    gaps.append((name, GAP_NO_SAFEGUARD))
            if is_third_country(country) and not moves.get(pid):
                transfers.append(PartyTransferLine(name, country, None, described))
                gaps.append((name, GAP_NO_SAFEGUARD))
    return parties, transfers, gaps


def load(db: Database, *, today: dt.date, views: list[ActivityView] | None = None) -> NoticeData:
    """The notice's content. Only activities in use are told (drafts and retired ones
    are internal); processors we use, not retired. `views`: the register's activities
    when the caller has read them already."""
    details = organisation.load(db)
    activities = [
        v for v in (views if views is not None else register.views(db)) if v.status is Status.ACTIVE
    ]
    parties, transfers, gaps = _parties(db)
    gaps = [(v.name, message) for v in activities for message in _activity_gaps(v)] + gaps
    if not (details.name and details.address and details.email):
        gaps.insert(0, ("", GAP_NO_CONTACT))
    texts = consents.consent_texts(db)
    newest = max(texts, key=lambda t: t[2], default=None)
    return NoticeData(
        details=details,
        activities=activities,
        processors=sorted(parties, key=lambda p: p.name.lower()),
        party_transfers=transfers,
        consent_text=consents.consent_text(db, newest[0]) if newest else "",
        gaps=gaps,
    )


def notice_report(db: Database, ids: Sequence[int] | None) -> Report:
    """The export framework's builder of the privacy notice."""
    from dpo_desk.reports import notice

    today = dt.date.today()
    return notice.build(load(db, today=today), today=today)
