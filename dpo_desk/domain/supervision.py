"""When a processor is supervised next, and how: the interval after the last round and
Datatilsynet's point scale (its numbers are in domain/supervision_scale.py)."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import supervision_scale as scale
from dpo_desk.domain.processors import DEFAULT_INTERVALS, RiskLevel, Scoring
from dpo_desk.domain.retention import add_months


def next_supervision(
    *,
    risk: RiskLevel,
    last_round: dt.date | None,
    signed: dt.date | None,
    override: dt.date | None = None,
    intervals: dict[RiskLevel, int] | None = None,
    today: dt.date,
) -> dt.date:
    """When the next supervision round is due: the override when set; else the interval
    of the risk level after the last round (or after signing when there has been none);
    today when there is neither."""
    if override is not None:
        return override
    months = (intervals or DEFAULT_INTERVALS)[risk]
    start = last_round or signed
    return add_months(start, months) if start else today


def points(scoring: Scoring) -> int:
    """Datatilsynet's points for the answers."""
    total = 0
    for upper, band_points, _source in scale.DATA_SUBJECT_BANDS:
        if upper is None or scoring.data_subjects <= upper:
            total += band_points
            break
    for question, (yes, _source) in scale.YES_POINTS.items():
        if getattr(scoring, question):
            total += yes
    return total


def allowed_concepts(total: int) -> tuple[int, ...]:
    """The supervision concepts (1-6) that a sum of points allows."""
    for low, high, concepts, _source in scale.CONCEPTS_BY_POINTS:
        if low <= total <= high:
            return concepts
    return scale.CONCEPTS_BY_POINTS[-1][2] if total > 0 else scale.CONCEPTS_BY_POINTS[0][2]


def suggested_concept(scoring: Scoring) -> int:
    """The lightest concept the points allow."""
    return min(allowed_concepts(points(scoring)))


def suggested_risk(scoring: Scoring) -> RiskLevel:
    """The risk level the suggested concept points to."""
    return risk_of_concept(suggested_concept(scoring))


def risk_of_concept(concept: int) -> RiskLevel:
    """The risk level (and so the interval to the next round) a concept points to."""
    return RiskLevel(scale.RISK_BY_CONCEPT[concept])
