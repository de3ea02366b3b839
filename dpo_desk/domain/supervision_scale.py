"""Datatilsynet's point scale for choosing how to supervise a processor.

Source: Datatilsynet, "Vejledning om tilsyn med databehandlere" (29-10-2021). Four
questions about the risk to the data subjects give points; the sum limits which of the
six illustrative supervision concepts (1 = lightest … 6 = on-site inspection) may be
chosen. The numbers live in these tables alone, so that they can be corrected against
the guidance without touching code.
"""

from __future__ import annotations

# Question 1: how many data subjects the processing concerns: (upper bound, points).
# Under 1,000 -> 1 point; 1,000-10,000 -> 2 points; more -> more points.
DATA_SUBJECT_BANDS: tuple[tuple[int | None, int], ...] = (
    (999, 1),
    (10_000, 2),
    (100_000, 3),
    (None, 4),  # above 100,000
)

# Questions 2-4: yes/no questions and the points a "yes" gives.
YES_POINTS: dict[str, int] = {
    "special_categories": 2,  # special categories (Art. 9) or criminal offences (Art. 10)
    "special_nature": 2,  # e.g. new technology, monitoring, vulnerable data subjects
    # The fourth parameter as this program reads the guidance; verify against its text.
    "third_country": 2,  # the processing involves transfers to third countries
}

# Sum of points (inclusive range) -> the supervision concepts that may be chosen.
CONCEPTS_BY_POINTS: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (1, 2, (1, 2, 3, 4, 5, 6)),
    (3, 4, (2, 3, 4, 5, 6)),
    (5, 6, (3, 4, 5, 6)),
    (7, 10, (5, 6)),
)

# The lightest allowed concept -> the risk level it suggests.
RISK_BY_LIGHTEST_CONCEPT: dict[int, str] = {
    1: "low",
    2: "low",
    3: "medium",
    4: "medium",
    5: "high",
    6: "high",
}
