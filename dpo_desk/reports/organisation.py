"""The organisation report: its details, and what the database holds, table by table."""

from __future__ import annotations

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Column, Fields, Heading, Kind, Report, Table


def _t(text: str) -> str:
    return translate("OrganisationReport", text)


def build(details: OrganisationDetails, table_counts: list[tuple[str, int]]) -> Report:
    """The report of `details` and the row count of each table."""
    fiscal_end = f"{details.fiscal_year_end_day:02d}-{details.fiscal_year_end_month:02d}"
    pairs = [
        (_t("Name"), details.name),
        (_t("CVR number"), details.cvr),
        (_t("Address"), details.address),
        (_t("Postal code and city"), f"{details.postal_code} {details.city}".strip()),
        (_t("Phone"), details.phone),
        (_t("E-mail"), details.email),
        (_t("Website"), details.website),
        (_t("Contact person"), details.contact_person),
        (_t("Data protection officer"), details.dpo_name),
        (_t("DPO e-mail"), details.dpo_email),
        (_t("DPO phone"), details.dpo_phone),
        (_t("Last day of the financial year (dd-mm)"), fiscal_end),
    ]
    return Report(
        title=_t("Organisation and database contents"),
        organisation=details.name or _t("(organisation not set up)"),
        blocks=[
            Heading(_t("The organisation")),
            Fields(pairs, sheet_title=_t("Organisation")),
            Heading(_t("What the database holds")),
            Table(_t("Contents"), [Column(_t("Table"), width=3),
                                   Column(_t("Rows"), Kind.NUMBER, width=1)],
                  table_counts),
        ],
    )
