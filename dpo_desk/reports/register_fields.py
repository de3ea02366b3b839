"""The Art. 30 fields of a processing activity as the record prints them: one text per
field, in the words of Art. 30 and Datatilsynet's template (the PDF's sections, the
workbook's columns and the detail pane all read them)."""

from __future__ import annotations

from dpo_desk.domain.legal import BY_CODE
from dpo_desk.domain.register import (
    ART30_LABELS,
    DPIA_LABELS,
    SAFEGUARD_LABELS,
    SENSITIVITY_MARKERS,
    STATUS_LABELS,
    ActivityView,
    Role,
    Safeguard,
    Sensitivity,
    Transfer,
    missing_of_view,
)
from dpo_desk.domain.retention import RULE_LABELS, RuleKind
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate

SEP = "; "


def basis_label(code: str) -> str:
    """A legal basis as printed."""
    basis = BY_CODE.get(code)
    return translate("Legal", basis.label) if basis else code


def safeguard_text(transfer: Transfer) -> str:
    """The safeguard of a transfer, with the SCC module."""
    if transfer.safeguard is None:
        return ""
    text = translate("Register", SAFEGUARD_LABELS[transfer.safeguard])
    if transfer.safeguard is Safeguard.SCC and transfer.scc_module:
        text += translate("RegisterReport", ", module {n}").format(n=transfer.scc_module)
    return text


def transfers_text(view: ActivityView) -> str:
    """The transfers of an activity in one line each."""
    if not view.transfers:
        return translate("RegisterReport", "No transfers to third countries.")
    return "\n".join(
        f"{t.country}: {t.recipient} – {safeguard_text(t)}"
        + (f" ({t.documentation})" if t.documentation else "")
        for t in view.transfers
    )


def retention_text(view: ActivityView) -> str:
    """The time limit for erasure, with the structured rule; "Not set" when there is none."""
    parts = [view.retention_text] if view.retention_text else []
    rule = view.retention_rule
    if rule.kind is not RuleKind.NONE:
        parts.append(translate("Retention", RULE_LABELS[rule.kind]).replace("N", str(rule.amount)))
    return "\n".join(parts) or translate("RegisterReport", "Not set")


def category_text(name: str, sensitivity: Sensitivity) -> str:
    """A category of personal data with the marker of its kind: "Helbredsoplysninger
    (art. 9)", "Strafbare forhold (art. 10)", "CPR-nummer (dbl. § 11)"."""
    marker = SENSITIVITY_MARKERS.get(sensitivity)
    if marker is None:
        return name
    shown = translate("Register", marker)
    return f"{name} ({shown})"


def categories_text(view: ActivityView) -> str:
    return SEP.join(category_text(name, sensitivity) for name, sensitivity in view.data_categories)


def data_by_subject_text(view: ActivityView) -> str:
    """One line per category of data subjects: "Kunders medarbejdere: Navn, E-mailadresse"."""
    return "\n".join(f"{subject}: {', '.join(data)}" for subject, data in view.data_by_subject)


def has_kind(view: ActivityView, kind: Sensitivity) -> bool:
    return any(s is kind for _, s in view.data_categories)


def missing_text(view: ActivityView) -> str:
    """What Art. 30 requires that the activity lacks, or ''."""
    return SEP.join(translate("Register", ART30_LABELS[m]) for m in missing_of_view(view))


def recipients_text(view: ActivityView) -> str:
    """Processors and other recipients."""
    lines = []
    if view.processors:
        lines.append(translate("RegisterReport", "Processors: ") + SEP.join(view.processors))
    if view.recipients:
        lines.append(translate("RegisterReport", "Other recipients: ") + SEP.join(view.recipients))
    return "\n".join(lines) or translate("RegisterReport", "None")


def automated_text(view: ActivityView) -> str:
    if not view.automated_decisions:
        return translate("RegisterReport", "No automated decisions or profiling.")
    return translate("RegisterReport", "Yes: ") + view.automated_description


def dpia_text(view: ActivityView) -> str:
    text = translate("Register", DPIA_LABELS[view.dpia])
    if view.dpia_date:
        text += translate("RegisterReport", ", carried out {date}").format(
            date=format_date(view.dpia_date)
        )
    if view.dpia_outcome:
        text += f"\n{view.dpia_outcome}"
    return text


def measures_text(view: ActivityView) -> str:
    return "\n".join(p for p in (view.measures_text, SEP.join(view.measures)) if p)


def controllers_text(view: ActivityView) -> str:
    return "\n".join(
        ", ".join(p for p in (c.name, f"CVR {c.cvr}" if c.cvr else "", c.contact) if p)
        for c in view.controllers
    )


def per_controller(view: ActivityView, detail: str) -> str:
    """One detail of each controller (cvr, contact, processing), a line "Name: detail"
    each, for the workbook's columns (read back by the import)."""
    return "\n".join(
        f"{c.name}: {getattr(c, detail)}" for c in view.controllers if getattr(c, detail)
    )


def processing_text(view: ActivityView) -> str:
    return "\n".join(f"{c.name}: {c.processing}" for c in view.controllers if c.processing)


def activity_fields(view: ActivityView) -> list[tuple[str, str]]:
    """Every Art. 30 field of an activity, with its heading, in the order of Art. 30."""
    pairs: list[tuple[str, str]] = []
    if view.role is Role.PROCESSOR:
        pairs += [
            (
                translate("RegisterReport", "Controllers on whose behalf we process"),
                controllers_text(view),
            ),
            (translate("RegisterReport", "Categories of processing"), processing_text(view)),
        ]
    elif view.joint_controller:
        pairs.append((translate("RegisterReport", "Joint controller"), view.joint_controller))
    if view.representative:
        pairs.append((translate("RegisterReport", "Representative"), view.representative))
    pairs += [
        (translate("RegisterReport", "Purposes of the processing"), view.purposes),
        (
            translate("RegisterReport", "Legal basis"),
            SEP.join(basis_label(c) for c in view.legal_bases),
        ),
    ]
    if view.consent_note:
        pairs.append((translate("RegisterReport", "How consent is recorded"), view.consent_note))
    pairs += [
        (translate("RegisterReport", "Categories of data subjects"), SEP.join(view.data_subjects)),
        (translate("RegisterReport", "Categories of personal data"), categories_text(view)),
        (translate("RegisterReport", "Personal data by data subject"), data_by_subject_text(view)),
        (translate("RegisterReport", "Source of the data"), view.source),
        (translate("RegisterReport", "Categories of recipients"), recipients_text(view)),
        (translate("RegisterReport", "Transfers to third countries"), transfers_text(view)),
        (translate("RegisterReport", "Time limits for erasure"), retention_text(view)),
        (
            translate("RegisterReport", "Technical and organisational security measures"),
            measures_text(view),
        ),
        (translate("RegisterReport", "Automated decisions and profiling"), automated_text(view)),
        (translate("RegisterReport", "Data protection impact assessment"), dpia_text(view)),
        (translate("RegisterReport", "Owner"), view.owner),
        (translate("RegisterReport", "Last reviewed"), format_date(view.last_reviewed)),
        (translate("RegisterReport", "Next review"), format_date(view.next_review)),
        (translate("RegisterReport", "Status"), translate("Register", STATUS_LABELS[view.status])),
    ]
    if view.notes:
        pairs.append((translate("RegisterReport", "Notes"), view.notes))
    if missing := missing_text(view):
        pairs.append((translate("RegisterReport", "Missing for Art. 30"), missing))
    return pairs
