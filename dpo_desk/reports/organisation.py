"""The organisation report: its details, and what the database holds, table by table."""

from __future__ import annotations

from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Column, Fields, Heading, Kind, Report, Table


def build(details: OrganisationDetails, contents: list[tuple[str, str, int]]) -> Report:
    """The report of `details` and what the database holds: (register, table, rows), all
    by their titles (services/organisation.py `contents`)."""
    fiscal_end = f"{details.fiscal_year_end_day:02d}-{details.fiscal_year_end_month:02d}"
    pairs = [
        (translate("OrganisationReport", "Name"), details.name),
        (translate("OrganisationReport", "CVR number"), details.cvr),
        (translate("OrganisationReport", "Address"), details.address),
        (
            translate("OrganisationReport", "Postal code and city"),
            f"{details.postal_code} {details.city}".strip(),
        ),
        (translate("OrganisationReport", "Phone"), details.phone),
        (translate("OrganisationReport", "E-mail"), details.email),
        (translate("OrganisationReport", "Website"), details.website),
        (translate("OrganisationReport", "Contact person"), details.contact_person),
        (translate("OrganisationReport", "Data protection officer"), details.dpo_name),
        (translate("OrganisationReport", "DPO e-mail"), details.dpo_email),
        (translate("OrganisationReport", "DPO phone"), details.dpo_phone),
        (translate("OrganisationReport", "Last day of the financial year (dd-mm)"), fiscal_end),
    ]
    return Report(
        title=translate("OrganisationReport", "Organisation and database contents"),
        organisation=details.name or translate("OrganisationReport", "(organisation not set up)"),
        blocks=[
            Heading(translate("OrganisationReport", "The organisation")),
            Fields(pairs, sheet_title=translate("OrganisationReport", "Organisation")),
            Heading(translate("OrganisationReport", "What the database holds")),
            Table(
                translate("OrganisationReport", "Contents"),
                [
                    Column(translate("OrganisationReport", "Register"), width=2),
                    Column(translate("OrganisationReport", "Kind of record"), width=3),
                    Column(translate("OrganisationReport", "Rows"), Kind.NUMBER, width=1),
                ],
                contents,
            ),
        ],
    )
