"""A form of several pages marks every page that holds an error, not only the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, Status
from dpo_desk.ui.register.form import ActivityDialog


def test_errors_on_several_pages_mark_each_pages_tab(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ActivityDialog(demo_db, ActivityDraft())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    titles = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    general, legal, assessment = (
        titles.index("Generelt"), titles.index("Retsgrundlag"), titles.index("Vurdering")
    )
    # no name (General), active without a legal basis (Legal basis), notes too long (Assessment)
    dialog.status.setCurrentIndex(dialog.status.findData(Status.ACTIVE))
    dialog.notes.setPlainText("x" * 5000)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved
    assert dialog.pages.currentIndex() == general
    bar = dialog.pages.tabBar()
    marked = [i for i in range(dialog.pages.count()) if bar.tabTextColor(i) == QColor("#b3261e")]
    assert marked == sorted([general, legal, assessment])
    assert all(not dialog.pages.tabIcon(i).isNull() for i in marked)
    assert all(dialog.pages.tabIcon(i).isNull() for i in set(range(len(titles))) - set(marked))

    # Mended, the marks go.
    dialog.name.setText("Lønadministration")
    dialog.status.setCurrentIndex(dialog.status.findData(Status.DRAFT))
    dialog.notes.setPlainText("Kort note")
    dialog.show_errors({"notes": "x"})
    assert [i for i in range(dialog.pages.count())
            if bar.tabTextColor(i) == QColor("#b3261e")] == [assessment]
