"""The rules an activity of the record (GDPR Art. 30) is saved by: the grounds its
data need, its controllers, its transfers, its data by subject. The activity itself is
in domain/register.py."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain import validation as v
from dpo_desk.domain.legal import CONSENT, has_art9_basis, has_art10_basis, has_cpr_basis
from dpo_desk.domain.register import (
    CONTROLLER_LIMITS,
    SCC_MODULES,
    TEXT_LIMITS,
    TRANSFER_LIMITS,
    ActivityDraft,
    ControllerParty,
    Role,
    Safeguard,
    Sensitivity,
    Status,
    Transfer,
    subject_data_of,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message

MSG_SPECIAL_WITHOUT_ART9 = QT_TRANSLATE_NOOP(
    "Domain",
    "Special categories of data are chosen: add the Art. 9(2) ground they rest on "
    "(Data Protection Act § 7 alone is not enough).",
)


MSG_CRIMINAL_WITHOUT_ART10 = QT_TRANSLATE_NOOP(
    "Domain",
    "Data on criminal offences are chosen: add Data Protection Act § 8 "
    "(Art. 10 alone is not a ground).",
)


MSG_CPR_WITHOUT_GROUND = QT_TRANSLATE_NOOP(
    "Domain", "CPR numbers are chosen: add the ground in Data Protection Act § 11 they rest on."
)


MSG_SUBJECT_WITHOUT_DATA = QT_TRANSLATE_NOOP(
    "Domain", "Each category of data subjects needs at least one category of personal data."
)


MSG_DATA_WITHOUT_SUBJECT = QT_TRANSLATE_NOOP(
    "Domain", "Each category of personal data must concern at least one category of data subjects."
)


MSG_TRANSFER_WITHOUT_SAFEGUARD = QT_TRANSLATE_NOOP(
    "Domain", "Transfer to {country}: choose the safeguard it rests on."
)


MSG_TRANSFER_WITHOUT_COUNTRY = QT_TRANSLATE_NOOP("Domain", "Each transfer needs a country.")


MSG_SCC_WITHOUT_MODULE = QT_TRANSLATE_NOOP(
    "Domain", "Transfer to {country}: standard contractual clauses need a module (1–4)."
)


MSG_CONSENT_WITHOUT_NOTE = QT_TRANSLATE_NOOP(
    "Domain", "Consent is a basis: write how consent is collected and recorded."
)


MSG_NO_BASIS = QT_TRANSLATE_NOOP("Domain", "Choose at least one legal basis.")


MSG_REVIEW_ORDER = QT_TRANSLATE_NOOP("Domain", "The next review cannot be before the last review.")


MSG_RULE_AMOUNT = QT_TRANSLATE_NOOP("Domain", "Give the number of years or months (1–100).")


MSG_NO_CONTROLLER = QT_TRANSLATE_NOOP(
    "Domain", "As processor, name at least one controller on whose behalf we process."
)


MSG_CONTROLLER_NAME = QT_TRANSLATE_NOOP("Domain", "Each controller needs a name.")


def validate_activity(
    draft: ActivityDraft, *, sensitivities: dict[int, Sensitivity], today: dt.date | None = None
) -> dict[str, str]:
    """Field -> message for each rule the draft breaks.

    `sensitivities` gives the kind of each category of personal data by its id; `today`
    refuses dates of things done (last review, DPIA) that lie after it.
    """
    errors: dict[str, str | None] = {
        name: v.check_text(getattr(draft, name), required=name == "name", max_length=limit)
        for name, limit in TEXT_LIMITS.items()
    }
    if today is not None:
        errors["last_reviewed"] = v.check_not_future(draft.last_reviewed, today=today)
        errors["dpia_date"] = v.check_not_future(draft.dpia_date, today=today)
    errors["legal_bases"] = _basis_error(draft, sensitivities)
    if CONSENT in draft.legal_bases and not draft.consent_note.strip():
        errors["consent_note"] = errors["consent_note"] or MSG_CONSENT_WITHOUT_NOTE
    errors["transfers"] = _transfer_error(draft.transfers)
    errors["subject_data"] = _subject_data_error(draft)
    if draft.last_reviewed and draft.next_review and draft.next_review < draft.last_reviewed:
        errors["next_review"] = MSG_REVIEW_ORDER
    rule = draft.retention_rule
    if rule.kind.value != "none" and not 1 <= rule.amount <= 100:
        errors["retention_rule"] = MSG_RULE_AMOUNT
    if draft.role is Role.PROCESSOR:
        errors["controllers"] = _controllers_error(draft.controllers)
    return {name: message for name, message in errors.items() if message}


def _basis_error(draft: ActivityDraft, sensitivities: dict[int, Sensitivity]) -> str | None:
    """Each kind of data needs its own ground: Art. 9(2), dbl. § 8, dbl. § 11."""
    kinds = {sensitivities.get(i) for i in draft.data_category_ids}
    if Sensitivity.SPECIAL in kinds and not has_art9_basis(draft.legal_bases):
        return MSG_SPECIAL_WITHOUT_ART9
    if Sensitivity.CRIMINAL in kinds and not has_art10_basis(draft.legal_bases):
        return MSG_CRIMINAL_WITHOUT_ART10
    if Sensitivity.CPR in kinds and not has_cpr_basis(draft.legal_bases):
        return MSG_CPR_WITHOUT_GROUND
    if draft.status is not Status.DRAFT and not draft.legal_bases:
        return MSG_NO_BASIS
    return None


def _controllers_error(controllers: list[ControllerParty]) -> str | None:
    if not controllers:
        return MSG_NO_CONTROLLER
    if any(not c.name.strip() for c in controllers):
        return MSG_CONTROLLER_NAME
    for c in controllers:
        for name, limit in CONTROLLER_LIMITS.items():
            if name != "cvr" and (message := v.check_text(getattr(c, name), max_length=limit)):
                return message
        if message := v.check_cvr(c.cvr):
            return message
    return None


def _subject_data_error(draft: ActivityDraft) -> str | None:
    if not draft.subject_data:
        return None
    pairs = subject_data_of(draft.data_subject_ids, draft.data_category_ids, draft.subject_data)
    if any(not categories for _, categories in pairs):
        return MSG_SUBJECT_WITHOUT_DATA
    tied = {c for _, categories in pairs for c in categories}
    if draft.data_subject_ids and any(c not in tied for c in draft.data_category_ids):
        return MSG_DATA_WITHOUT_SUBJECT
    return None


def _transfer_error(transfers: list[Transfer]) -> str | None:
    for transfer in transfers:
        for name, limit in TRANSFER_LIMITS.items():
            if message := v.check_text(getattr(transfer, name), max_length=limit):
                return message
        if not transfer.country.strip():
            return MSG_TRANSFER_WITHOUT_COUNTRY
        if transfer.safeguard is None:
            return Message(MSG_TRANSFER_WITHOUT_SAFEGUARD, country=transfer.country)
        if transfer.safeguard is Safeguard.SCC and transfer.scc_module not in SCC_MODULES:
            return Message(MSG_SCC_WITHOUT_MODULE, country=transfer.country)
    return None
