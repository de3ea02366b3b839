"""The organisation whose DPO uses the program, and the rules for its settings."""

from __future__ import annotations

from dataclasses import dataclass, fields

from dpo_desk.domain import validation as v


@dataclass
class OrganisationDetails:
    """The organisation's settings as the settings dialog edits them."""

    name: str = ""
    cvr: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contact_person: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    fiscal_year_end_month: int = 12
    fiscal_year_end_day: int = 31

    @classmethod
    def field_names(cls) -> list[str]:
        """The names of the fields, in form order."""
        return [f.name for f in fields(cls)]

    @property
    def fiscal_year_end(self) -> tuple[int, int]:
        """(month, day) of the last day of the financial year."""
        return (self.fiscal_year_end_month, self.fiscal_year_end_day)


def validate_organisation(details: OrganisationDetails) -> dict[str, str]:
    """Field name -> message for every field that is not acceptable."""
    errors: dict[str, str | None] = {
        "name": v.check_text(details.name, required=True, max_length=200),
        "cvr": v.check_cvr(details.cvr),
        "address": v.check_text(details.address, max_length=200),
        "city": v.check_text(details.city, max_length=100),
        "phone": v.check_text(details.phone, max_length=40),
        "email": v.check_email(details.email),
        "website": v.check_text(details.website, max_length=200),
        "contact_person": v.check_text(details.contact_person, max_length=200),
        "dpo_name": v.check_text(details.dpo_name, max_length=200),
        "dpo_email": v.check_email(details.dpo_email),
        "dpo_phone": v.check_text(details.dpo_phone, max_length=40),
        "fiscal_year_end_day": v.check_fiscal_year_end(
            details.fiscal_year_end_month, details.fiscal_year_end_day
        ),
    }
    errors["postal_code"] = v.check_postal_code(details.postal_code)
    return {name: message for name, message in errors.items() if message}
