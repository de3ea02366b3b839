"""Datatilsynet's point scale for choosing how to supervise a processor.

Source: Datatilsynet, "Vejledning om tilsyn med databehandlere" (29-10-2021). Four
questions about the risk to the data subjects give points; the sum limits which of the
six illustrative supervision concepts (1 = lightest … 6 = on-site inspection) may be
chosen. The numbers live in these tables alone, so that they can be corrected against
the guidance without touching code.

Each entry says where it comes from: GUIDANCE where the guidance says so in as many
words, OWN_READING where the number is this program's reading of it. The form's
tooltips mark every OWN_READING entry as such, so the DPO knows what to check.
"""

from __future__ import annotations

GUIDANCE = "guidance"
OWN_READING = "own_reading"

# Question 1: how many data subjects the processing concerns:
# (upper bound inclusive, or None for no bound; points; source).
# The guidance has three bands: under 1,000; 1,000-10,000; over 10,000.
DATA_SUBJECT_BANDS: tuple[tuple[int | None, int, str], ...] = (
    (999, 1, GUIDANCE),
    (10_000, 2, GUIDANCE),
    (None, 3, OWN_READING),  # "more points": 3 is this program's reading
)

# Questions 2-4: yes/no questions: (points a "yes" gives, source).
YES_POINTS: dict[str, tuple[int, str]] = {
    # special categories (Art. 9); criminal offences (Art. 10) counted with them
    "special_categories": (2, OWN_READING),
    "special_nature": (2, OWN_READING),  # e.g. new technology, monitoring, the vulnerable
    # The fourth parameter as this program reads the guidance.
    "third_country": (2, OWN_READING),  # the processing involves third-country transfers
}

# Sum of points (inclusive range) -> the supervision concepts that may be chosen; source.
CONCEPTS_BY_POINTS: tuple[tuple[int, int, tuple[int, ...], str], ...] = (
    (1, 2, (1, 2, 3, 4, 5, 6), GUIDANCE),
    (3, 4, (2, 3, 4, 5, 6), GUIDANCE),
    (5, 6, (3, 4, 5, 6), GUIDANCE),
    (7, 10, (5, 6), GUIDANCE),
)

# A supervision concept -> the risk level (and so the interval between rounds) it points
# to. The guidance has no risk levels: the whole table is this program's reading.
RISK_BY_CONCEPT: dict[int, str] = {
    1: "low",
    2: "low",
    3: "medium",
    4: "medium",
    5: "high",
    6: "high",
}
RISK_BY_CONCEPT_SOURCE = OWN_READING
CONCEPTS = tuple(sorted(RISK_BY_CONCEPT))
