"""The legal bases an activity can rest on, with the article's gist for the tooltip.

Codes are stable identifiers stored in the database; labels and texts are English in
the code and Danish through the translation catalogue ("Legal" context).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from dpo_desk.domain.text import QT_TRANSLATE_NOOP


class BasisGroup(Enum):
    """Which list a legal basis belongs to."""

    ART6 = "art6"
    ART9 = "art9"
    ART10 = "art10"
    DBL = "dbl"  # databeskyttelsesloven
    CPR = "cpr"  # databeskyttelsesloven § 11: the grounds for CPR numbers


@dataclass(frozen=True)
class LegalBasis:
    """A legal basis: its code, short label and the gist of its text."""

    code: str
    group: BasisGroup
    label: str
    text: str
    summary: bool = False  # the text is the program's own summary, not the law's wording


def _b(code: str, group: BasisGroup, label: str, text: str, *, summary: bool = False) -> LegalBasis:
    return LegalBasis(code, group, label, text, summary)


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
        summary=True,
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
        summary=True,
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
        summary=True,
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
        summary=True,
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
            "Processing of personal data relating to criminal convictions and offences "
            "only under the control of official authority or when authorised by Union or "
            "Member State law. Art. 10 is not a ground by itself: in Denmark the "
            "authorisation is Data Protection Act § 8.",
        ),
        summary=True,
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
        summary=True,
    ),
    _b(
        "dbl.7",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 7 (special categories, health)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 7: processing of the special categories of Art. 9(1) "
            "may take place when one of the grounds of Art. 9(2) applies. It points back to "
            "Art. 9(2) and is not a ground by itself: choose the Art. 9(2) ground as well.",
        ),
        summary=True,
    ),
    _b(
        "dbl.8",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 8 (criminal offences)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 8: public authorities may process data about criminal "
            "offences when it is necessary for their tasks (stk. 1); private organisations "
            "when the data subject has given explicit consent, or when it is necessary for a "
            "legitimate interest that clearly outweighs the interests of the data subject "
            "(stk. 3). Disclosure is restricted (stk. 2 and 4).",
        ),
        summary=True,
    ),
    _b(
        "dbl.11.1",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11(1) public authority"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11, stk. 1: public authorities may process data about "
            "the personal identification number (CPR number) for the purpose of unique "
            "identification or as a file number.",
        ),
    ),
    _b(
        "dbl.11.2.1",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11(2)(1) required by law"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11, stk. 2, nr. 1: private organisations may process "
            "data about the CPR number when it follows from legislation.",
        ),
    ),
    _b(
        "dbl.11.2.2",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11(2)(2) consent (Art. 7)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11, stk. 2, nr. 2: private organisations may process "
            "data about the CPR number when the data subject has consented to it in "
            "accordance with Art. 7 of the General Data Protection Regulation.",
        ),
    ),
    _b(
        "dbl.11.2.3",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP(
            "Legal", "Data Protection Act § 11(2)(3) research, statistics or disclosure"
        ),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11, stk. 2, nr. 3: private organisations may process "
            "data about the CPR number when the processing takes place only for scientific "
            "or statistical purposes, or when it is a disclosure of the CPR number that is "
            "a natural part of the normal operation of businesses etc. of the kind in "
            "question, and the disclosure is of decisive importance for a unique "
            "identification of the data subject or is required by a public authority.",
        ),
    ),
    _b(
        "dbl.11.2.4",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11(2)(4) conditions of § 7 met"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11, stk. 2, nr. 4: private organisations may process "
            "data about the CPR number when the conditions in § 7 are met.",
        ),
    ),
    _b(
        "dbl.12",
        BasisGroup.DBL,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 12 (employment)"),
        QT_TRANSLATE_NOOP(
            "Legal", "Databeskyttelsesloven § 12: processing in the context of employment."
        ),
        summary=True,
    ),
)

# Codes kept in older records that no longer name a ground of their own: shown and
# printed as stored, never offered for new choices, and never counted as a ground.
LEGACY_BASES: tuple[LegalBasis, ...] = (
    _b(
        "dbl.11",
        BasisGroup.CPR,
        QT_TRANSLATE_NOOP("Legal", "Data Protection Act § 11 (no paragraph chosen)"),
        QT_TRANSLATE_NOOP(
            "Legal",
            "Databeskyttelsesloven § 11 without the paragraph it rests on. Choose the "
            "ground of § 11, stk. 1 or stk. 2, that applies.",
        ),
    ),
)

MSG_SUMMARY = QT_TRANSLATE_NOOP(
    "Legal", "This text is the program's own summary, not the wording of the law."
)

BY_CODE: dict[str, LegalBasis] = {b.code: b for b in LEGAL_BASES + LEGACY_BASES}
CONSENT = "6.1.a"
CRIMINAL_GROUND = "dbl.8"


def has_art9_basis(codes: list[str]) -> bool:
    """True when one of the codes is a ground of Art. 9(2).

    Databeskyttelsesloven § 7 only points back to Art. 9(2), so it is no ground alone.
    """
    return any(c in BY_CODE and BY_CODE[c].group is BasisGroup.ART9 for c in codes)


def has_art10_basis(codes: list[str]) -> bool:
    """True when the codes hold databeskyttelsesloven § 8, the Danish authorisation
    that Art. 10 asks for (Art. 10 alone is no ground)."""
    return CRIMINAL_GROUND in codes


def has_cpr_basis(codes: list[str]) -> bool:
    """True when one of the codes is a ground of databeskyttelsesloven § 11."""
    return any(c in BY_CODE and c in _CPR_GROUNDS for c in codes)


_CPR_GROUNDS = frozenset(b.code for b in LEGAL_BASES if b.group is BasisGroup.CPR)


def short_label(code: str) -> str:
    """A compact citation for tables: "art. 6.1.b", "art. 10", "DBL § 7",
    "DBL § 11.2.3" (§ 11, stk. 2, nr. 3)."""
    if code.startswith("dbl."):
        return f"DBL § {code.removeprefix('dbl.')}"
    return f"art. {code}"


def basis_tooltip(basis: LegalBasis, translate: Callable[[str, str], str]) -> str:
    """The basis's text as its tooltip shows it, saying so where the text is the
    program's own summary rather than the law's wording."""
    text = translate("Legal", basis.text)
    if basis.summary:
        text += "\n\n" + translate("Legal", MSG_SUMMARY)
    return text
