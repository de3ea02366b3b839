"""The first start: begin with the example organisation or with one's own."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeChoice(Enum):
    """What the user chose."""

    EXAMPLE = "example"
    OWN = "own"
    NONE = "none"


class WelcomeDialog(QDialog):
    """Shown when the database holds no organisation yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = WelcomeChoice.NONE
        self.setWindowTitle(self.tr("Welcome to DPO Desk"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "<h2>Welcome to DPO Desk</h2>"
                "<p>This database is empty. You can look around in an example organisation "
                "first, or set up your own organisation straight away.</p>"
            )
        )
        intro.setWordWrap(True)
        self.example_button = QPushButton(
            self.tr("Start with the example organisation (Softværket)")
        )
        self.own_button = QPushButton(self.tr("Start with my own organisation"))
        self.own_button.setDefault(True)
        self.example_button.clicked.connect(self._choose_example)
        self.own_button.clicked.connect(self._choose_own)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.example_button)
        layout.addWidget(self.own_button)

    def _choose_example(self) -> None:
        self.choice = WelcomeChoice.EXAMPLE
        self.accept()

    def _choose_own(self) -> None:
        self.choice = WelcomeChoice.OWN
        self.accept()
