"""A form of several pages marks every page that holds an error, not only the first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, Status
from dpo_desk.domain.requests import RequestDraft
from dpo_desk.ui.register.form import ActivityDialog
from dpo_desk.ui.requests.form import RequestDialog


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


def _groups_in_tab_order(dialog: QWidget) -> list[QGroupBox]:
    order: list[QGroupBox] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        group = widget.parentWidget()
        while group is not None and not isinstance(group, QGroupBox):
            group = group.parentWidget()
        if group is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and (
            not order or order[-1] is not group
        ):
            order.append(group)
        widget = widget.nextInFocusChain()
    return order


def test_a_form_of_columns_shows_every_page_at_once_and_tabs_down_each_column(
    qtbot: QtBot, db: Database
) -> None:
    dialog = RequestDialog(db, RequestDraft(received=dt.date(2026, 3, 9)),
                           today=lambda: dt.date(2026, 3, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QTabWidget) is None  # no page to open: all in view
    groups = dialog.findChildren(QGroupBox)
    assert len(groups) == 4 and all(g.isVisible() for g in groups)
    left = sorted((g for g in groups if g.x() < dialog.width() // 2), key=lambda g: g.y())
    right = sorted((g for g in groups if g.x() >= dialog.width() // 2), key=lambda g: g.y())
    assert len(left) == len(right) == 2
    assert _groups_in_tab_order(dialog) == left + right  # down the left column, then the right

    dialog.save()  # no requester (left), no kind of request (right): both shown at once
    assert dialog.messages.message("requester") and dialog.messages.message("types")
    assert dialog.findChild(QLabel, "error_requester").isVisible()
    assert dialog.findChild(QLabel, "error_types").isVisible()
