"""Danish order for text as plain Python: … X, Y, Z, Æ, Ø, Å, with "Aa" as Å.

The rules are those of the Danish collation in Unicode's CLDR, which Qt's QCollator
(ICU) also applies, reduced to what a register of names needs:
- letters compare without regard to case or accents (é as e), except that æ/ä, ø/ö/ő
  and å/aa are letters of their own after z, and ü sorts as y;
- runs of digits compare by their value ("Skab 9" before "Skab 10");
- ties are broken by the accents, then by case, so the order is total and stable.

`danish_key` needs no Qt, so services, reports and the command line sort as the window
does. bench/collation.py compares it with QCollator on 100,000 names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that are letters of their own in Danish, or sort as another letter; the
# values sort after "z" ("{" < "|" < "}") in code-point order.
_PRIMARY = {
    "æ": "{",
    "ä": "{",
    "ø": "|",
    "ö": "|",
    "ő": "|",
    "å": "}",
    "ü": "y",
    "ű": "y",
    "ð": "d",
    "þ": "th",
    "ß": "ss",
    "œ": "oe",
    "ł": "l",
}
_DIGITS = re.compile(r"\d+")


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    # The length first (as one character), so that a longer number sorts after.
    return chr(0x30 + min(len(digits), 0x4F)) + digits


def _primary(text: str) -> str:
    folded = text.casefold().replace("aa", "å")
    out: list[str] = []
    for ch in folded:
        mapped = _PRIMARY.get(ch)
        if mapped is None:
            base = unicodedata.normalize("NFD", ch)[0]
            mapped = _PRIMARY.get(base, base)
        out.append(mapped)
    return _DIGITS.sub(_number, "".join(out))


@lru_cache(maxsize=65536)
def danish_key(text: str) -> tuple[str, str, str]:
    """A sort key putting `text` in Danish order (case and accents as tie-breakers)."""
    # Upper case first on a tie, as in Danish dictionaries ("Aalborg" before "aalborg").
    return (_primary(text), text.casefold(), text)
