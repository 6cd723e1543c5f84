"""North American phone numbers in extra separator styles.

The separator styles Presidio's library matcher can miss
(``555.123.4567``, ``(555)123-4567``, ``+1 555 123 4567``, ``1-800-273-8255``).
"""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "PHONE_NUMBER",
    "name": "NorthAmericanPhoneRecognizer",
    "gate": r"\d{3}",
    "patterns": [
        {
            "name": "nanp",
            "regex": r"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
            r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w/-]|\.\d)",
            "score": 0.7,
        },
        {
            "name": "vanity",
            "regex": r"(?<![\w-])1?-?8(?:00|33|44|55|66|77|88)-\d{3}-[A-Z0-9]{4}(?![\w-])",
            "score": 0.6,
        },
    ],
    "context": [
        "phone",
        "call",
        "text",
        "cell",
        "mobile",
        "number",
        "tel",
        "fax",
        "reach",
        "contact",
    ],
    "context_boost": 0.2,
}
