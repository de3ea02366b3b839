"""The log says what a stored code means: "Status: Vurderet → Ikke anmeldt", never
"assessed → not_notified" (a DPO reads the log, not the schema)."""

from __future__ import annotations

import datetime as dt
import re

from dpo_desk.db.session import Database
from dpo_desk.domain.value_titles import VALUE_TITLES
from dpo_desk.i18n import translate
from dpo_desk.services import audit_log
from dpo_desk.services.audit_log import AuditEntry

AT = dt.datetime(2026, 11, 25, 9, 0)


def _lines(table: str, action: str, changes: dict[str, object]) -> list[str]:
    entry = AuditEntry(1, AT, "dpo", action, table, "7", changes)
    return audit_log.change_lines(entry, translate)


def test_a_breach_status_change_reads_in_danish() -> None:
    assert _lines("breach", "update", {"status": ["assessed", "not_notified"]}) == [
        "Status: Vurderet → Ikke anmeldt"
    ]


def test_codes_in_a_list_and_a_refusal_ground_read_in_danish() -> None:
    created = _lines(
        "subject_request", "insert", {"types": [None, ["access"]],
                                      "refusal_ground": [None, "art12_5"]}
    )
    assert any(line.endswith("= Indsigt (art. 15)") for line in created), created
    assert any(
        line.endswith("= Åbenbart grundløs eller overdreven (art. 12, stk. 5)") for line in created
    ), created


def test_every_code_the_table_knows_has_its_words() -> None:
    """Each code of each titled column reads as words (not the code itself)."""
    for (table, column), (_context, labels) in VALUE_TITLES.items():
        for member in labels:
            code = getattr(member, "value", member)
            [line] = _lines(table, "update", {column: [None, code]})
            shown = line.split(" → ", 1)[1]
            assert shown != code and not re.fullmatch(r"[a-z0-9_]+", shown), (table, column, line)


def test_the_example_organisations_log_holds_no_code(demo_db: Database) -> None:
    for entry in audit_log.entries(demo_db):
        for line in audit_log.change_lines(entry, translate):
            value = re.split(r" = | → |: ", line)[-1]
            assert not re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", value), (entry.table_name, line)


def test_the_log_shows_its_times_and_tables_whole(qtbot: object, demo_db: Database) -> None:
    """The time and the table of a change are read whole, not cut to "26-11-2026 …"."""
    from dpo_desk.ui.log_view import LogView

    view = LogView(demo_db)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1200, 700)
    view.show()
    table = view.table
    metrics = table.fontMetrics()
    for column in (0, 3):  # Tidspunkt, Tabel
        texts = [view.proxy.index(r, column).data() for r in range(min(20, view.proxy.rowCount()))]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert table.columnWidth(column) >= widest, (column, texts[0])
