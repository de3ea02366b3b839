"""How the key figures read in a report: their labels and the months' short names."""

from __future__ import annotations

from dpo_desk.domain.breaches import Risk
from dpo_desk.domain.figures import Figures
from dpo_desk.i18n import translate

_MONTHS = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_label(month: int) -> str:
    """A month's short name in the language in use, as the charts show it."""
    from dpo_desk.i18n import language

    return _MONTHS.get(language(), _MONTHS["da"])[month - 1]


def summary_rows(f: Figures) -> list[tuple[str, int]]:
    """(label, value) of every key figure."""
    risk = f.breaches_by_risk
    return [
        (translate("ManagementReport", "Processing activities in use"), f.activities),
        (translate("ManagementReport", "… as controller"), f.activities_controller),
        (translate("ManagementReport", "… as processor"), f.activities_processor),
        (translate("ManagementReport", "Processors we use"), f.processors),
        (translate("ManagementReport", "Supervision overdue"), f.supervision_overdue),
        (translate("ManagementReport", "Supervision due within 3 months"), f.supervision_due),
        (translate("ManagementReport", "Requests received this year"), f.requests),
        (translate("ManagementReport", "Requests answered in time"), f.answered_in_time),
        (translate("ManagementReport", "Requests answered late"), f.answered_late),
        (translate("ManagementReport", "Requests open"), f.requests_open),
        (translate("ManagementReport", "Requests open past the deadline"), f.requests_open_late),
        (translate("ManagementReport", "Health-data consents active"), f.consents_active),
        (translate("ManagementReport", "Consents to be confirmed again"), f.consents_reconfirm),
        (translate("ManagementReport", "Breaches this year"), f.breaches),
        (translate("ManagementReport", "Breaches with no risk"), risk[Risk.NONE]),
        (translate("ManagementReport", "Breaches with risk"), risk[Risk.RISK]),
        (translate("ManagementReport", "Breaches with high risk"), risk[Risk.HIGH]),
        (translate("ManagementReport", "Breaches not yet assessed"), risk[None]),
        (
            translate("ManagementReport", "Breaches notified within 72 hours"),
            f.breaches_notified_in_time,
        ),
        (translate("ManagementReport", "Breaches notified late"), f.breaches_notified_late),
    ]
