"""Tooltips that show Datatilsynet's point scale as the program applies it, marking each
number that is the program's own reading rather than the guidance's wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from dpo_desk.domain import supervision_scale as scale
from dpo_desk.domain.processors import RISK_LABELS, RiskLevel


def _mark(line: str, source: str) -> str:
    if source == scale.OWN_READING:
        return f"{line} " + QCoreApplication.translate(
            "PointScale", "[the program's own reading, not the guidance's wording]"
        )
    return f"{line} " + QCoreApplication.translate("PointScale", "[the guidance]")


def _number(value: int) -> str:
    return QLocale().toString(value)


def _points(value: int) -> str:
    if value == 1:
        return QCoreApplication.translate("PointScale", "1 point")
    return QCoreApplication.translate("PointScale", "%1 points").replace("%1", str(value))


def data_subjects_tip() -> str:
    """The bands of question 1."""
    lines = [QCoreApplication.translate("PointScale", "Points for the number of data subjects:")]
    low = 0
    for upper, points, source in scale.DATA_SUBJECT_BANDS:
        if upper is None:
            text = QCoreApplication.translate("PointScale", "over %1: %2")
            text = text.replace("%1", _number(low - 1))
        elif low == 0:
            text = QCoreApplication.translate("PointScale", "under %1: %2")
            text = text.replace("%1", _number(upper + 1))
        else:
            text = QCoreApplication.translate("PointScale", "%1–%3: %2")
            text = text.replace("%1", _number(low)).replace("%3", _number(upper))
        lines.append(_mark(text.replace("%2", _points(points)), source))
        low = (upper or 0) + 1
    return "\n".join(lines)


def yes_tip(question: str) -> str:
    """The points a "yes" to `question` gives."""
    points, source = scale.YES_POINTS[question]
    text = QCoreApplication.translate("PointScale", "Yes gives %1.")
    return _mark(text.replace("%1", _points(points)), source)


def concepts_tip() -> str:
    """Which concepts a sum of points allows, and the risk level each concept points to."""
    lines = [
        QCoreApplication.translate(
            "PointScale", "The sum of points allows these supervision concepts:"
        )
    ]
    for low, high, concepts, source in scale.CONCEPTS_BY_POINTS:
        text = (
            QCoreApplication.translate("PointScale", "%1–%2 points: concepts %3–%4")
            .replace("%1", str(low))
            .replace("%2", str(high))
            .replace("%3", str(min(concepts)))
            .replace("%4", str(max(concepts)))
        )
        lines.append(_mark(text, source))
    lines.append(
        QCoreApplication.translate(
            "PointScale", "The risk level (how often to supervise) each concept points to:"
        )
    )
    for concept, risk in scale.RISK_BY_CONCEPT.items():
        label = QCoreApplication.translate("Processors", RISK_LABELS[RiskLevel(risk)])
        text = QCoreApplication.translate("PointScale", "concept %1: %2")
        text = text.replace("%1", str(concept)).replace("%2", label)
        lines.append(_mark(text, scale.RISK_BY_CONCEPT_SOURCE))
    return "\n".join(lines)
