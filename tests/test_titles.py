"""People read titles, never schema names: every table and field of the schema has one."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import RelationshipProperty

from dpo_desk.db.base import Base
from dpo_desk.db.schema import metadata
from dpo_desk.domain import titles


def test_every_table_has_a_title_or_is_declared_internal() -> None:
    missing = [
        t.name
        for t in metadata.sorted_tables
        if titles.table_title(t.name) is None and t.name not in titles.INTERNAL_TABLES
    ]
    assert missing == []
    assert "alembic_version" in titles.INTERNAL_TABLES  # made by Alembic, not in the metadata


def test_every_column_of_a_titled_table_has_a_title() -> None:
    missing = [
        f"{t.name}.{c.name}"
        for t in metadata.sorted_tables
        if t.name not in titles.INTERNAL_TABLES
        for c in t.columns
        if titles.field_title(t.name, c.name) is None
    ]
    assert missing == []


def test_every_audited_link_has_a_title() -> None:
    """Links to other rows (an activity's processors) are logged under their own name."""
    missing = [
        f"{mapper.local_table.name}.{rel.key}"
        for mapper in Base.registry.mappers
        for rel in mapper.relationships
        if isinstance(rel, RelationshipProperty)
        and rel.secondary is not None
        and not rel.viewonly
        and titles.field_title(mapper.local_table.name, rel.key) is None
    ]
    assert missing == []


def test_an_internal_link_table_is_summed_under_its_register() -> None:
    assert titles.INTERNAL_TABLES["activity_data_subject"] == "activity"
    assert titles.INTERNAL_TABLES["attachment_content"] is None  # left out


def test_titles_name_no_table_that_the_schema_lacks() -> None:
    """A title for a dropped table or column is a title nobody reads: keep the tables true."""
    names = {t.name for t in metadata.sorted_tables}
    assert set(titles.TABLES) <= names
    for register in titles.REGISTERS:
        for name, table in register.tables.items():
            columns = set(metadata.tables[name].columns.keys())
            links = {
                r.key
                for m in Base.registry.mappers
                if m.local_table.name == name
                for r in m.relationships
            }
            assert set(table.fields) - titles.EVENT_FIELDS.keys() <= columns | links, name


@pytest.mark.parametrize(("table", "field", "english"), [
    ("consumer", "category_id", "Special consideration"),
    ("consumer", "free_text", "Note"),
    ("subject_request", None, "Subject request"),
    ("activity_controller", None, "Controller of an activity"),
])
def test_known_titles(table: str, field: str | None, english: str) -> None:
    found = titles.table_title(table) if field is None else titles.field_title(table, field)
    assert found == english


def test_every_field_a_form_edits_has_a_label_or_a_title(qapp: object) -> None:
    """The conflict dialog names each differing field: by the form's label, else by the
    title table. A draft field with neither would show its schema name."""
    import dataclasses
    import typing

    from dpo_desk.ui import consents, processors, register, requests  # noqa: F401
    from dpo_desk.ui.consents import dialogs  # noqa: F401
    from dpo_desk.ui.form import RecordForm
    from dpo_desk.ui.processors import form as processor_form  # noqa: F401
    from dpo_desk.ui.register import form as register_form  # noqa: F401
    from dpo_desk.ui.requests import form as request_form  # noqa: F401

    forms = RecordForm.__subclasses__()
    assert len(forms) >= 4
    missing = []
    for form in forms:
        draft_type = typing.get_type_hints(form.draft)["return"]
        for f in dataclasses.fields(draft_type):
            if f.name in ("id", "version"):
                continue
            if f.name not in form.FIELD_LABELS and titles.any_field_title(f.name) is None:
                missing.append(f"{form.__name__}.{f.name}")
    assert missing == []


def test_the_conflict_dialog_names_a_field_by_its_title(qtbot: object) -> None:
    from dpo_desk.domain.processors import PartyDraft
    from dpo_desk.ui.conflict_dialog import ConflictDialog

    mine = PartyDraft(name="Zitcom", data_description="Kundedata")
    theirs = PartyDraft(name="Zitcom", data_description="Kundedata og log")
    dialog = ConflictDialog(mine, theirs, {})
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    html = dialog.view.toPlainText()
    assert "Personoplysninger der behandles" in html
    assert "data_description" not in html
