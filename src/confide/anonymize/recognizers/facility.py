"""Facility and clinic names: a configurable deny-list plus "<Name> Hospital/Clinic/..." patterns.

A name made only of generic words ("The Mental Health Center") is not reported: it identifies no place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

KEYWORDS = (
    "Hospital|Hospitals|Clinic|Clinics|Medical Center|Medical Centre|Health Center|Health Centre|Health System|"
    "Behavioral Health|Behavioural Health|Mental Health Center|Counseling Center|Counselling Centre|"
    "Psychiatric Hospital|Psychiatric Center|Psychiatric Institute|Treatment Center|Recovery Center|"
    "Rehabilitation Center|Rehab Center|Rehab|Infirmary|Sanatorium|Sanitarium|Hospice|Healthcare|Health Care|"
    "Medical Group|Family Practice|Urgent Care|Institute|Wellness Center|Care Center"
)
GENERIC_WORDS = {
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "this",
    "that",
    "at",
    "in",
    "to",
    "of",
    "and",
    "mental",
    "behavioral",
    "behavioural",
    "community",
    "local",
    "general",
    "county",
    "city",
    "state",
    "regional",
    "psychiatric",
    "medical",
    "family",
    "university",
    "national",
    "public",
    "private",
    "children's",
    "veterans",
    "va",
    "emergency",
    "health",
    "psych",
    "rehab",
    "treatment",
    "day",
    "outpatient",
    "inpatient",
    "new",
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "then",
    "when",
    "after",
    "before",
    "so",
    "but",
    "if",
}


@register_validator("facility_not_generic")
def facility_not_generic(value: str, params: Mapping[str, Any]) -> bool:
    """True when the words before the facility keyword include a non-generic (naming) word."""
    words = [w.strip(".,'’").lower() for w in value.split()]
    keyword_words = {w.lower() for k in KEYWORDS.split("|") for w in k.split()}
    naming = [w for w in words if w not in GENERIC_WORDS and w not in keyword_words]
    return bool(naming)


DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "FACILITY",
    "name": "FacilityRecognizer",
    "deny_list": [],
    "patterns": [
        {
            "name": "named_facility",
            "regex": r"\b(?:(?:St|Saint|Mt|Mount)\.?\s+)?(?:[A-Z][A-Za-z'’&.-]*\s+){1,6}(?:"
            + KEYWORDS
            + r")\b",
            "score": 0.8,
        },
        {
            "name": "facility_of",
            "regex": r"\b(?:Hospital|Clinic|Institute|Center|Centre)\s+(?:of|for)\s+(?:the\s+)?"
            r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}",
            "score": 0.7,
        },
    ],
    "validators": [{"name": "facility_not_generic"}],
}
