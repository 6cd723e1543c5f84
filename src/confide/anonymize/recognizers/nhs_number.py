"""UK NHS numbers: ten digits (3-3-4) passing the modulus-11 check AND an "NHS" context word.

Replaces Presidio's ``NhsRecognizer``, which flags US phone numbers as ``UK_NHS`` with score 1.0
whenever the ten digits happen to pass the checksum (about one number in eleven).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator


@register_validator("nhs_checksum")
def nhs_checksum(value: str, params: Mapping[str, Any]) -> bool:
    """True when the ten digits pass the NHS modulus-11 check."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=False))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


DEFAULT_SPEC = {
    "entity_type": "UK_NHS",
    "name": "NhsNumberRecognizer",
    "gate": r"(?i)nhs",
    "patterns": [
        {
            "name": "nhs_3_3_4",
            "regex": r"(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])",
            "score": 0.5,
        }
    ],
    "context": ["nhs", "national health"],
    "context_window": 50,
    "require_context": True,
    "validators": [{"name": "nhs_checksum"}],
}
