"""Tooltips that show Datatilsynet's point scale as the program applies it, marking each
number that is the program's own reading rather than the guidance's wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from dpo_desk.domain import supervision_scale as scale
from dpo_desk.domain.processors import RISK_LABELS, RiskLevel

CONTEXT = "PointScale"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _mark(line: str, source: str) -> str:
    if source == scale.OWN_READING:
        return line + " " + _tr("[the program's own reading, not the guidance's wording]")
    return line + " " + _tr("[the guidance]")


def _number(value: int) -> str:
    return QLocale().toString(value)


def _points(value: int) -> str:
    return QCoreApplication.translate(CONTEXT, "%n point(s)", "", value)


def data_subjects_tip() -> str:
    """The bands of question 1."""
    lines = [_tr("Points for the number of data subjects:")]
    low = 0
    for upper, points, source in scale.DATA_SUBJECT_BANDS:
        if upper is None:
            text = _tr("over %1: %2").replace("%1", _number(low - 1))
        elif low == 0:
            text = _tr("under %1: %2").replace("%1", _number(upper + 1))
        else:
            text = _tr("%1–%3: %2").replace("%1", _number(low)).replace("%3", _number(upper))
        lines.append(_mark(text.replace("%2", _points(points)), source))
        low = (upper or 0) + 1
    return "\n".join(lines)


def yes_tip(question: str) -> str:
    """The points a "yes" to `question` gives."""
    points, source = scale.YES_POINTS[question]
    return _mark(_tr("Yes gives %1.").replace("%1", _points(points)), source)


def concepts_tip() -> str:
    """Which concepts a sum of points allows, and the risk level each concept points to."""
    lines = [_tr("The sum of points allows these supervision concepts:")]
    for low, high, concepts, source in scale.CONCEPTS_BY_POINTS:
        text = (
            _tr("%1–%2 points: concepts %3–%4")
            .replace("%1", str(low))
            .replace("%2", str(high))
            .replace("%3", str(min(concepts)))
            .replace("%4", str(max(concepts)))
        )
        lines.append(_mark(text, source))
    lines.append(_tr("The risk level (how often to supervise) each concept points to:"))
    for concept, risk in scale.RISK_BY_CONCEPT.items():
        label = QCoreApplication.translate("Processors", RISK_LABELS[RiskLevel(risk)])
        text = _tr("concept %1: %2").replace("%1", str(concept)).replace("%2", label)
        lines.append(_mark(text, scale.RISK_BY_CONCEPT_SOURCE))
    return "\n".join(lines)
