"""Facility and clinic names: a configurable deny-list plus "<Name> Hospital/Clinic/..." patterns.

A name made only of generic words ("The Mental Health Center") is not reported: it identifies no place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

KEYWORDS = (
    "Hospital|Hospitals|Clinic|Clinics|Medical Center|Medical Centre|Health Center|Health Centre|Health System|"
    "Behavioral Health|Behavioural Health|Mental Health Center|Counseling Center|Counselling Centre|"
    "Psychiatric Hospital|Psychiatric Center|Psychiatric Institute|Treatment Center|Recovery Center|"
    "Rehabilitation Center|Rehab Center|Rehab|Infirmary|Sanatorium|Sanitarium|Hospice|Healthcare|Health Care|"
    "Medical Group|Family Practice|Urgent Care|Institute|Wellness Center|Care Center|Health|Pavilion|"
    "Associates|Physicians|Nursing Home|Nursing Center|Nursing Facility|Manor|Pharmacy|Surgery Center|"
    "Surgical Center|Cancer Center|Heart Center|Dialysis Center|Assisted Living|Senior Living"
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


_FUNCTION_WORDS = (
    r"(?:to|the|a|an|at|in|on|into|from|of|and|or|by|with|for|be|is|was|were|transferred|transfer|seen|"
    r"went|go|going|admitted|discharged|sent|my|his|her|their|our|your|this|that|local|nearest|same|"
    r"other|another|new|old|good|bad|big|small|pt|patient|per|via|er|ed|er\.|back|home)\b"
)


_ANY_CASE_KEYWORDS = (
    r"hospital|medical\s+cent(?:er|re)|clinic|health\s+cent(?:er|re)|psychiatric\s+(?:hospital|center|institute)|"
    r"rehab(?:ilitation)?\s+cent(?:er|re)|treatment\s+cent(?:er|re)|nursing\s+home|pavilion|infirmary|hospice|"
    r"manor|associates|dialysis\s+cent(?:er|re)|"
    r"high\s+school|middle\s+school|elementary\s+school|va"
)


@register_validator("facility_proper_name")
def facility_proper_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case or ALL-CAPS facility needs a naming word: a saint, a name, a place or a non-English word.

    Keeps "st elsewhere hospital", "riverbend clinic", "NORTH SHORE CLINIC" (all capitals mark a
    name) and leaves "i have no clinic", "the local hospital" alone.
    """
    from confide.anonymize.lexicon import load_lexicon

    if value.isupper() or re.match(r"(?i)(?:st|saint|mt|mount)\b", value):
        return True
    lexicon = load_lexicon()
    keyword_words = {"hospital", "medical", "center", "centre", "clinic", "health", "psychiatric", "institute",
                     "rehab", "rehabilitation", "treatment", "nursing", "home", "pavilion", "infirmary", "manor",
                     "associates", "dialysis",
                     "hospice", "high", "middle", "elementary", "school", "va"}
    words = [w.strip(".,'’").lower() for w in value.split()]
    naming = [w for w in words if w and w not in GENERIC_WORDS and w not in keyword_words]
    return any(
        lexicon.is_name(w) or w in lexicon.places or not lexicon.is_english(w) for w in naming
    )


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
            # Any case ("st elsewhere hospital", "NORTH SHORE CLINIC"); function words cannot start it.
            "name": "named_facility_any_case",
            "regex": r"(?i)\b(?:(?:st|saint|mt|mount)\.?\s+)?(?:(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’&.-]*\s+){1,3}"
            r"(?:" + _ANY_CASE_KEYWORDS + r")\b",
            "score": 0.6,
            "validators": [{"name": "facility_proper_name"}],
        },
        {
            # "transferred from Lakeview Regional", "admitted to North Shore"
            "name": "transfer_source",
            "regex": r"(?i:\b(?:transferred|transfer|admitted|discharged|sent|referred|txf|tx'?d)\s+(?:from|to)\s+)"
            r"(?P<pii>(?:St\.?\s+)?[A-Z][A-Za-z'’&.-]*(?:\s+[A-Z][A-Za-z'’&.-]*){0,3})",
            "score": 0.6,
        },
        {
            # "seen in MGH ED", "at Bayview clinic": a name or acronym before a care unit.
            "name": "unit_of_named_site",
            "regex": r"(?i:\b(?:in|at|to|from)\s+)(?:the\s+)?(?P<pii>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
            r"\s+(?:ED|ER|ICU|CCU|MICU|SICU|PACU|NICU|PICU|ward|clinic|unit|campus)\b",
            "score": 0.6,
        },
        {
            # "St. Brigid's", "saint mary's": a saint's name in the possessive is an institution.
            "name": "saints_possessive",
            "regex": r"(?i)\b(?:st\.?|saint)\s+[a-z]+['’]s\b",
            "score": 0.55,
        },
        {
            "name": "facility_of",
            "regex": r"\b(?:Hospital|Clinic|Institute|Center|Centre)\s+(?:of|for)\s+(?:the\s+)?"
            r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}",
            "score": 0.7,
        },
    ],
    "validators": [{"name": "facility_not_generic"}, {"name": "not_in", "words": ["er", "ed", "icu", "home"]}],
}
