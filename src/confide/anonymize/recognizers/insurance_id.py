"""Insurance member / subscriber / policy / group ids, found by their label (Medicaid, Medicare too)."""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "INSURANCE_ID",
    "name": "InsuranceIdRecognizer",
    "gate": r"\d",
    "patterns": [
        {
            "name": "labelled_insurance_id",
            "regex": r"\b(?:member|subscriber|policy|insurance|insured|group|plan|medicaid|medicare|beneficiary|"
            r"health\s+plan|insurance\s+member)\s*(?:id|identification|number|num|no\.?|#)\s*(?:is|was|=|:|#|-)?\s*"
            r"(?P<pii>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,19}[A-Z0-9])\b",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        }
    ],
}
