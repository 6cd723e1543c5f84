"""Ages stated in text ("92 years old", "a 91-year-old", "aged 95", "age: 90", "93yo").

HIPAA Safe Harbor requires removing ages over 89; ``min_age`` (default 90) sets the lowest age
reported, so ``min_age: 0`` treats every stated age as an identifier. Only the number is reported.
"""

from __future__ import annotations

from typing import Any

_AGE = r"(?P<pii>\d{1,3})"

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "AGE",
    "name": "AgeRecognizer",
    "gate": r"\d",
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
    ],
}


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Turn ``min_age`` into an ``int_range`` validator (ages 0..130 are plausible)."""
    out = {k: v for k, v in spec.items() if k != "min_age"}
    out["validators"] = [
        *spec.get("validators", []),
        {"name": "int_range", "min": int(spec.get("min_age", 90)), "max": 130},
    ]
    return out
