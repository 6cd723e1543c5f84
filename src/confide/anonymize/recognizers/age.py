"""Ages stated in text ("92 years old", "a 91-year-old", "aged 95", "age: 90", "93yo").

HIPAA Safe Harbor requires removing ages over 89; ``min_age`` (default 90) sets the lowest age
reported, so ``min_age: 0`` treats every stated age as an identifier. Only the number is reported.
An age over 89 in words ("NINETY-ONE YO", "one hundred and two years old") is reported while
``min_age`` is at most 90 (words for lower ages are not read).
"""

from __future__ import annotations

from typing import Any

_AGE = r"(?P<pii>\d{1,3})"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# 90 to 129 in words: "ninety", "ninety-one", "one hundred", "one hundred and two", "one hundred twenty".
_AGE_WORDS = (
    r"(?P<pii>ninety(?:[- ]" + _UNITS + r")?|one\s+hundred(?:\s+(?:and\s+)?(?:" + _UNITS
    + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]"
    + _UNITS + r")?))?)"
)

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "AGE",
    "name": "AgeRecognizer",
    "gate": r"\d|(?i:ninety|hundred)",
    "min_age": 90,
    "patterns": [
        {
            "name": "n_years_old",
            "regex": r"\b" + _AGE + r"(?:\s*|-)(?:years?|yrs?|yr)(?:\s*|-)(?:old|of\s+age)\b",
            "score": 0.9,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "n_year_old",
            "regex": r"\b" + _AGE + r"-(?:year|yr)-old\b",
            "score": 0.9,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "n_yo",
            "regex": r"\b" + _AGE + r"\s?(?:yo|y/o|y\.o\.)(?![A-Za-z])",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "words_years_old",
            "regex": r"\b" + _AGE_WORDS
            + r"(?:\s+|-)(?:(?:years?|yrs?|yr)(?:\s+|-)(?:old|of\s+age)|yo|y/o|y\.o\.)(?![A-Za-z])",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "aged_n",
            "regex": r"\b(?:aged?|age\s+of|ages?d?\s*:)\s*"
            + _AGE
            + r"\b(?!\s*(?:%|percent|mg|days?|weeks?|months?))",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "intro_name_n",
            "regex": r"\b(?:I'?m|I\s+am|[Tt]his\s+is)\s+[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?,\s*"
            + _AGE
            + r"\b(?![.,]\d)",
            "score": 0.7,
        },
        {
            "name": "i_am_n",
            "regex": r"\b(?:I'?m|I\s+am|turned|turning)\s+"
            + _AGE
            + r"(?=\s*(?:[,.;!?)]|$|and\b|now\b|years?\b))",
            "score": 0.6,
        },
        {
            # A birthday: "she turned 92 today", "pt turning 95 next week", "MOM TURNS 100 ON SUNDAY": a
            # person (a pronoun, a relation, a role or a title) within three words before, since counters,
            # streaks and channels also turn 100 ("sobriety counter turns 100 tomorrow"); never an angle,
            # a speed or an amount.
            "name": "turned_n_when",
            "regex": r"(?i)\b(?:i|he|she|pt|patient|client|resident|veteran|mother|mom|mum|"
            r"father|dad|husband|wife|spouse|partner|grand\w*|gran|nana|papa|aunt|uncle|sister|sis|brother|"
            r"son|daughter|dtr|friend|neighbou?r|who|mr|mrs|ms|miss)\b(?:['’]s)?\.?(?:\s+[\w'’.-]+){0,2}?\s+"
            r"(?:turned|turning|turns)\s+" + _AGE
            + r"(?=\s+(?:today|tonight|yesterday|tomorrow|this|last|next|on|in|at|over|since|recently|soon)\b)",
            "score": 0.6,
            "gate": r"(?i)\bturn(?:ed|ing|s)\s+\d",
        },
        {
            # A person's age after "is"/"was" with no unit, closing a clause ("pt's mother is 101, lives
            # with pt", "SHE IS 94."): only after a person word, so vitals and labs ("HR is 96,", "BS was
            # 110.") stay, and never before more words ("pt was 101 this am" is a temperature). After a
            # score word in the sentence the numbers are points ("Score: she was 99, I was 98."): the first
            # alternative takes the rest of that sentence and reports nothing.
            "name": "person_is_n",
            "regex": r"(?i)\b(?:scores?|scored|points?)\b[^.!?\n]{0,80}|"
            r"\b(?:he|she|pt|patient|client|mother|mom|father|dad|husband|wife|spouse|partner|"
            r"grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|son|daughter|dtr|friend|"
            r"neighbou?r)(?:['’]s)?\s+(?:is|was|turned|turns|is\s+now)\s+"
            + _AGE
            + r"(?![.,]\d)(?=\s*(?:[,.;!?)]|$|yrs?\b|years?\b))",
            "score": 0.6,
            "gate": r"(?i)\b(?:is|was|turns?|turned|now)\s+\d{2,3}\b",
        },
    ],
}


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Turn ``min_age`` into an ``int_range`` validator of each numeric pattern (ages 0..130 are plausible).

    Ages in words (90 and over by construction) are kept only while ``min_age`` is at most 90.
    """
    out = {k: v for k, v in spec.items() if k != "min_age"}
    min_age = int(spec.get("min_age", 90))
    in_range = {"name": "int_range", "min": min_age, "max": 130}
    out["patterns"] = [
        p if p.get("name") == "words_years_old" else {**p, "validators": [*p.get("validators", []), in_range]}
        for p in spec.get("patterns", [])
        if p.get("name") != "words_years_old" or min_age <= 90
    ]
    return out
