"""Self-introductions and naming phrases: "my name is Dana", "I'm Dana Lee,", "call me Dana"."""

from __future__ import annotations

_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}"

DEFAULT_SPEC = {
    "entity_type": "PERSON",
    "name": "NameIntroductionRecognizer",
    "patterns": [
        {
            "name": "my_name_is",
            "regex": r"(?i:\b(?:my|his|her|their)\s+name\s+is\s+|\bcall\s+me\s+|\bnamed\s+|\bsigned,?\s+)(?P<pii>"
            + _NAME
            + r")",
            "score": 0.8,
        },
        {
            "name": "sign_off",
            "regex": r"(?i:\b(?:regards|sincerely|best|cheers|thanks|warmly),?\s*\n+\s*)(?P<pii>"
            + _NAME
            + r")",
            "score": 0.7,
        },
    ],
    "validators": [
        {
            "name": "not_in",
            "words": ["I", "The", "A", "It", "This", "That", "Me", "Him", "Her", "Them"],
        }
    ],
}
