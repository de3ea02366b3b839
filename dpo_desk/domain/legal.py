"""The legal bases an activity can rest on, with the article's gist for the tooltip.

Codes are stable identifiers stored in the database; labels and texts are English in
the code and Danish through the translation catalogue ("Legal" context).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from dpo_desk.domain.text import QT_TRANSLATE_NOOP


class BasisGroup(Enum):
    """Which list a legal basis belongs to."""

    ART6 = "art6"
    ART9 = "art9"
    ART10 = "art10"
    DBL = "dbl"  # databeskyttelsesloven


@dataclass(frozen=True)
class LegalBasis:
    """A legal basis: its code, short label and the gist of its text."""

    code: str
    group: BasisGroup
    label: str
    text: str


def _b(code: str, group: BasisGroup, label: str, text: str) -> LegalBasis:
    return LegalBasis(code, group, label, text)


LEGAL_BASES: tuple[LegalBasis, ...] = (
    _b(
        "6.1.a",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(a) consent"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "The data subject has given consent to the processing of "
            "his or her personal data for one or more specific purposes.",
        ),
    ),
    _b(
        "6.1.b",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(b) contract"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for the performance of a contract "
            "to which the data subject is party or in order to take steps at "
            "the request of the data subject prior to entering into a contract.",
        ),
    ),
    _b(
        "6.1.c",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(c) legal obligation"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for compliance with a legal "
            "obligation to which the controller is subject.",
        ),
    ),
    _b(
        "6.1.d",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(d) vital interests"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary in order to protect the vital "
            "interests of the data subject or of another natural person.",
        ),
    ),
    _b(
        "6.1.e",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(e) public interest"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for the performance of a task "
            "carried out in the public interest or in the exercise of official "
            "authority vested in the controller.",
        ),
    ),
    _b(
        "6.1.f",
        BasisGroup.ART6,
        QT_TRANSLATE_NOOP("Legal", "Art. 6(1)(f) legitimate interests"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for the purposes of the legitimate "
            "interests pursued by the controller or by a third party, except "
            "where such interests are overridden by the interests or "
            "fundamental rights and freedoms of the data subject.",
        ),
    ),
    _b(
        "9.2.a",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(a) explicit consent"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "The data subject has given explicit consent to the "
            "processing of those personal data for one or more specified "
            "purposes.",
        ),
    ),
    _b(
        "9.2.b",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(b) employment law"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for carrying out obligations and "
            "exercising rights in the field of employment and social security "
            "and social protection law.",
        ),
    ),
    _b(
        "9.2.c",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(c) vital interests"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary to protect the vital interests of "
            "the data subject or of another natural person where the data "
            "subject is physically or legally incapable of giving consent.",
        ),
    ),
    _b(
        "9.2.d",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(d) not-for-profit body"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is carried out in the course of the legitimate "
            "activities of a foundation, association or other not-for-profit "
            "body, about its members or regular contacts.",
        ),
    ),
    _b(
        "9.2.e",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(e) made public"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing relates to personal data which are manifestly "
            "made public by the data subject.",
        ),
    ),
    _b(
        "9.2.f",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(f) legal claims"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for the establishment, exercise or "
            "defence of legal claims or whenever courts are acting in their "
            "judicial capacity.",
        ),
    ),
    _b(
        "9.2.g",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(g) substantial public interest"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for reasons of substantial public "
            "interest, on the basis of Union or Member State law.",
        ),
    ),
    _b(
        "9.2.h",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(h) health or social care"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for the purposes of preventive or "
            "occupational medicine, medical diagnosis, or the provision of "
            "health or social care or treatment.",
        ),
    ),
    _b(
        "9.2.i",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(i) public health"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for reasons of public interest in the area of public health.",
        ),
    ),
    _b(
        "9.2.j",
        BasisGroup.ART9,
        QT_TRANSLATE_NOOP("Legal", "Art. 9(2)(j) archiving, research, statistics"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing is necessary for archiving purposes in the "
            "public interest, scientific or historical research purposes or "
            "statistical purposes in accordance with Article 89(1).",
        ),
    ),
    _b(
        "10",
        BasisGroup.ART10,
        QT_TRANSLATE_NOOP("Legal", "Art. 10 criminal offences"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Processing of personal data relating to criminal "
            "convictions and offences only under the control of official "
            "authority or when authorised by Union or Member State law.",
        ),
    ),
    _b(
        "dbl.6",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 6"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 6: processing under Art. 6(1) and "
            "consent of children to information society services.",
        ),
    ),
    _b(
        "dbl.7",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 7 (special categories, health)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 7: processing of the special "
            "categories of Art. 9(1), among them health data.",
        ),
    ),
    _b(
        "dbl.8",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 8 (criminal offences)"),
        QT_TRANSLATE_NOOP("Legal", "Databeskyttelsesloven § 8: data about criminal offences."),
    ),
    _b(
        "dbl.11",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11 (CPR)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11: processing of national "
            "identification numbers (CPR numbers).",
        ),
    ),
    _b(
        "dbl.12",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 12 (employment)"),
        QT_TRANSLATE_NOOP(
            "Legal", "Databeskyttelsesloven § 12: processing in the context of employment."
        ),
    ),
)

BY_CODE: dict[str, LegalBasis] = {b.code: b for b in LEGAL_BASES}
CONSENT = "6.1.a"


def has_art9_basis(codes: list[str]) -> bool:
    """True when one of the codes allows special categories (Art. 9(2) or DBL § 7)."""
    return any(BY_CODE[c].group is BasisGroup.ART9 or c == "dbl.7" for c in codes if c in BY_CODE)


def has_art10_basis(codes: list[str]) -> bool:
    """True when one of the codes allows data on criminal offences (Art. 10, DBL § 8)."""
    return any(c in ("10", "dbl.8") for c in codes)


def short_label(code: str) -> str:
    """A compact citation for tables: "art. 6.1.b", "art. 10", "DBL § 7"."""
    if code.startswith("dbl."):
        return f"DBL § {code.removeprefix('dbl.')}"
    return f"art. {code}"
