"""Sites whose kind comes before their name: hospitals in Malay, Spanish or French order, ships, mosques.

"Hospital Kuala Lumpur", "Hospital Bahagia Ulu Kinta", "Hôpital Sainte-Justine", "Masjid Al-Noor" and
"HMS Albion" open with the kind; English notes write the name first, so the kinds' own patterns miss
them. A ship's prefix (HMS, USS, HMAS) is a kind no English phrase opens; "MV" is also a ventilator's
minute volume ("on MV Pressure Control"), so a ship needs "aboard", "the" or "vessel" before it. After
"Hospital" the first word must be a place or a word no dictionary knows ("Hospital Anxiety and Depression
Scale" and "Hospital Corners" are English), as a hospital's name is a town's, a person's or a coined one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

_NAME_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+"
# up to four title-case words of the name, never the kind of the next phrase ("... Hospital Ward 57")
_NAME = _NAME_WORD + r"(?:[ \t]+(?!Ward\b|Unit\b)" + _NAME_WORD + r"){0,3}"
_SHIP = r"(?:HMS|HMAS|HMNZS|HMCS|USS|USNS|USCGC|RFA)"


@register_validator("name_after_kind")
def name_after_kind(value: str, params: Mapping[str, Any]) -> bool:
    """The first word after the kind is a place or no English or clinical word, and no word a month or weekday.

    ``allow_english: true`` (a ship) asks only that no word be a month or a weekday.
    """
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()[int(params.get("skip", 1)) :]]
    if not words or any(w in MONTH_WORDS or w in WEEKDAY_WORDS for w in words):
        return False
    if params.get("allow_english"):
        return True  # a ship's name is often a word ("HMS Victory", "MV Ocean Sapphire")
    first = words[0]
    return first in lexicon.places or not (lexicon.is_common(first) or lexicon.is_everyday(first))


PATTERNS: list[dict[str, Any]] = [
    {
        # "Hospital Kuala Lumpur (HKL)", "to Hospital Bahagia Ulu Kinta", "Hôpital Sainte-Justine"
        "name": "hospital_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:Hospital|Hôpital|Hospitál|Hospitale)[ \t]+" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind"}],
    },
    {
        # "Masjid Al-Noor", "Musjid Nur": a mosque by its Arabic kind before the name
        "name": "mosque_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:Masjid|Musjid|Masjed)[ \t]+" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind"}],
    },
    {
        # "served on HMS Albion", "USS Nimitz 2004-2008", "OFW on the MV Ocean Sapphire"
        "name": "ship_by_prefix",
        "regex": r"(?<![\w'’-])(?P<pii>(?:"
        + _SHIP
        + r"|(?<=\baboard[ \t])MV|(?<=\bthe[ \t])MV|(?<=\bvessel[ \t])MV|(?<=\bthe[ \t])M/V)[ \t]+"
        + _NAME
        + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "allow_english": True}],
    },
]
