"""The supervision page of the party form: Datatilsynet's point scale with its sources
in the tooltips, the risk level, and when the next round is due (updated as soon as any
date or answer it depends on changes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
)

from dpo_desk.db.session import Database
from dpo_desk.domain.processors import (
    METHOD_LABELS,
    RISK_LABELS,
    Direction,
    PartyDraft,
    RiskLevel,
    Scoring,
    SupervisionRound,
)
from dpo_desk.domain.supervision import (
    allowed_concepts,
    next_supervision,
    points,
    suggested_concept,
    suggested_risk,
)
from dpo_desk.domain.text import format_date
from dpo_desk.services import processors
from dpo_desk.ui.form import FieldMessages
from dpo_desk.ui.processors.scale_tips import concepts_tip, data_subjects_tip, yes_tip
from dpo_desk.ui.tr import translated
from dpo_desk.ui.widgets import OptionalDateEdit


class SupervisionPage:
    """The supervision page of PartyDialog (a part of it, kept apart for size)."""

    _db: Database
    _draft: PartyDraft
    _today: Callable[[], dt.date]
    _saved_rounds: list[SupervisionRound] | None = None
    _intervals: dict[RiskLevel, int]
    messages: FieldMessages
    direction: QComboBox
    signed: OptionalDateEdit

    def _page(self, title: str, fields: list[str]) -> QFormLayout:
        raise NotImplementedError

    def _build_supervision(self) -> None:
        form = self._page(QCoreApplication.translate("PartyDialog", "Supervision"), ["risk"])
        self.data_subjects = QSpinBox()
        self.data_subjects.setRange(0, 100_000_000)
        self.data_subjects.setGroupSeparatorShown(True)
        self.special_categories = QCheckBox(
            QCoreApplication.translate(
                "PartyDialog", "Special categories (Art. 9) or criminal offences (Art. 10)"
            )
        )
        self.special_nature = QCheckBox(
            QCoreApplication.translate("PartyDialog", "Processing of a special nature")
        )
        self.third_country = QCheckBox(
            QCoreApplication.translate("PartyDialog", "Transfers to third countries")
        )
        self.scoring_label = QLabel()
        self.scoring_label.setWordWrap(True)
        self.use_suggestion = QPushButton(
            QCoreApplication.translate("PartyDialog", "Use the suggested risk level")
        )
        self.use_suggestion.clicked.connect(self._use_suggestion)
        for box, question in (
            (self.special_categories, "special_categories"),
            (self.special_nature, "special_nature"),
            (self.third_country, "third_country"),
        ):
            box.toggled.connect(self._update_scoring)
            box.setToolTip(yes_tip(question))
        self.data_subjects.setToolTip(data_subjects_tip())
        self.scoring_label.setToolTip(concepts_tip())
        self.data_subjects.valueChanged.connect(self._update_scoring)
        self.risk = QComboBox()
        for risk, label in RISK_LABELS.items():
            self.risk.addItem(translated("Processors", label), risk)
        self.risk.currentIndexChanged.connect(self._update_scoring)
        self.override = OptionalDateEdit(QCoreApplication.translate("PartyDialog", "Set by hand"))
        for dated in (self.override, self.signed):  # the due date follows every date it uses
            dated.enabled.toggled.connect(self._update_scoring)
            dated.edit.dateChanged.connect(self._update_scoring)
        self.next_label = QLabel()
        self.rounds_label = QLabel()
        self.rounds_label.setWordWrap(True)
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "PartyDialog", "Datatilsynet's point scale (guidance of October 2021):"
                )
            )
        )
        form.addRow(
            QCoreApplication.translate("PartyDialog", "Number of data subjects"), self.data_subjects
        )
        form.addRow(self.special_categories)
        form.addRow(self.special_nature)
        form.addRow(self.third_country)
        form.addRow(QCoreApplication.translate("PartyDialog", "Suggestion"), self.scoring_label)
        form.addRow("", self.use_suggestion)
        self.messages.add_row(
            form, QCoreApplication.translate("PartyDialog", "Risk level"), "risk", self.risk
        )
        form.addRow(QCoreApplication.translate("PartyDialog", "Next supervision"), self.override)
        form.addRow("", self.next_label)
        form.addRow(QCoreApplication.translate("PartyDialog", "Rounds"), self.rounds_label)

    def _scoring(self) -> Scoring:
        return Scoring(
            self.data_subjects.value(),
            self.special_categories.isChecked(),
            self.special_nature.isChecked(),
            self.third_country.isChecked(),
        )

    @Slot()
    def _update_scoring(self) -> None:
        scoring = self._scoring()
        total = points(scoring)
        concepts = allowed_concepts(total)
        self.scoring_label.setText(
            QCoreApplication.translate(
                "PartyDialog",
                "%1 points: supervision concepts %2–%3 may be chosen; the lightest is "
                "concept %4, which suggests risk level “%5”.",
            )
            .replace("%1", str(total))
            .replace("%2", str(min(concepts)))
            .replace("%3", str(max(concepts)))
            .replace("%4", str(suggested_concept(scoring)))
            .replace("%5", translated("Processors", RISK_LABELS[suggested_risk(scoring)]))
        )
        if self.direction.currentData() is Direction.WE_ARE_PROCESSOR:
            self.next_label.setText(
                QCoreApplication.translate(
                    "PartyDialog", "We are the processor: the controller supervises us."
                )
            )
            return
        if self._saved_rounds is None:  # read once: the dates change with every keystroke
            self._saved_rounds = (
                processors.rounds(self._db, self._draft.id) if self._draft.id else []
            )
            self._intervals = processors.intervals(self._db)
        due = next_supervision(
            risk=self.risk.currentData(),
            last_round=self._saved_rounds[0].date if self._saved_rounds else None,
            signed=self.signed.value(),
            override=self.override.value(),
            intervals=self._intervals,
            today=self._today(),
        )
        self.next_label.setText(
            QCoreApplication.translate("PartyDialog", "Due %1").replace("%1", format_date(due))
        )

    @Slot()
    def _use_suggestion(self) -> None:
        self.risk.setCurrentIndex(self.risk.findData(suggested_risk(self._scoring())))

    def _show_rounds(self) -> None:
        rounds = processors.rounds(self._db, self._draft.id) if self._draft.id else []
        if not rounds:
            self.rounds_label.setText(
                QCoreApplication.translate("PartyDialog", "No supervision recorded yet.")
            )
            return
        concept = QCoreApplication.translate("PartyDialog", "concept")
        self.rounds_label.setText(
            "\n".join(
                f"{format_date(r.date)}: {translated('Processors', METHOD_LABELS[r.method])}"
                + (f", {concept} {r.concept}" if r.concept else "")
                + (f" – {r.findings}" if r.findings else "")
                for r in rounds[:5]
            )
        )
