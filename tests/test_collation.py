"""The Danish sort key without Qt: cases from Danish alphabetical order."""

from __future__ import annotations

import pytest

from dpo_desk.domain.collation import danish_key


def _sorted(words: list[str]) -> list[str]:
    return sorted(words, key=danish_key)


def test_ae_oe_aa_come_after_z_in_that_order() -> None:
    assert _sorted(["Åbenrå", "Ørsted", "Ærø", "Zitcom", "Aarhus", "Andelsvarme"]) == [
        "Andelsvarme",
        "Zitcom",
        "Ærø",
        "Ørsted",
        "Åbenrå",
        "Aarhus",
    ]


def test_aa_is_aa_and_sorts_with_aa_letter() -> None:
    assert danish_key("Aalborg")[0] == danish_key("Ålborg")[0]
    assert _sorted(["Ålborg", "Assens", "Aalborg"])[0] == "Assens"


def test_case_and_accents_only_break_ties() -> None:
    assert _sorted(["b", "A", "a", "B"]) == ["A", "a", "B", "b"]
    assert _sorted(["Ebeltoft", "Élise", "Esbjerg"]) == ["Ebeltoft", "Élise", "Esbjerg"]


@pytest.mark.parametrize(("variant", "letter"), [("ä", "æ"), ("ö", "ø"), ("ü", "y")])
def test_foreign_letters_sort_as_their_danish_equivalent(variant: str, letter: str) -> None:
    assert danish_key(f"M{variant}ller")[0] == danish_key(f"M{letter}ller")[0]


def test_numbers_compare_by_value() -> None:
    assert _sorted(["Skab 10", "Skab 9", "Skab 100", "Skab 2"]) == [
        "Skab 2",
        "Skab 9",
        "Skab 10",
        "Skab 100",
    ]
    assert danish_key("Skab 09")[0] == danish_key("Skab 9")[0]


def test_the_key_agrees_with_the_order_a_danish_reader_expects() -> None:
    words = ["Øster Hurup", "Odder", "Aabybro", "Zealand", "Æbeltoft", "Ølstykke", "Abildgaard"]
    assert _sorted(words) == [
        "Abildgaard",
        "Odder",
        "Zealand",
        "Æbeltoft",
        "Ølstykke",
        "Øster Hurup",
        "Aabybro",
    ]
