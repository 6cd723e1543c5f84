"""Medical record numbers: an MRN-like label followed by an alphanumeric id with digits.

Only the id is reported (the label "MRN" itself is not an identifier; spaCy often tags it ORG).
"""

from __future__ import annotations

_LABEL = (
    r"(?:MRN|MR\s?#|M\.R\.N\.?|Med(?:ical)?\.?\s+Rec(?:ord)?s?\.?(?:\s+(?:Number|Num|No\.?|#|ID))?"
    r"|(?:Hospital|Chart|Patient|Record|Case|Account|Acct)\s+(?:Number|Num|No\.?|#|ID))"
)
_ID = r"(?P<pii>(?=[A-Z0-9-]*\d)[A-Z]{0,4}[-#]?\d[\dA-Z-]{3,16}[\dA-Z])"

DEFAULT_SPEC = {
    "entity_type": "MEDICAL_RECORD_NUMBER",
    "name": "MedicalRecordNumberRecognizer",
    "gate": r"\d",
    "patterns": [
        {
            "name": "labelled_mrn",
            "regex": r"\b" + _LABEL + r"\s*(?:is|was|=|:|#|-|\.)?\s*(?:#\s*)?" + _ID + r"\b",
            "score": 0.9,
            "flags": ["IGNORECASE"],
        },
        {"name": "prefixed_mrn", "regex": r"\bMRN[-:]?(?P<pii>\d{5,12})\b", "score": 0.9},
    ],
}
