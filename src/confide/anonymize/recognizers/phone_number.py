"""Phone numbers Presidio's library matcher can miss.

North American separator styles (``555.123.4567``, ``(555)123-4567``, ``+1 555 123 4567``,
``1-800-273-8255``), international numbers written with a ``+`` country code in any grouping
(``+44 20 7946 0958``), national numbers with a trunk ``0`` (``020 7946 0321``, ``07911 123456``),
and digit groups of any national style when a phone word is near ("answering at 449 4898"). A
number may carry a tag glued on with a hyphen (``(790)091-7442-Fax``).
"""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "PHONE_NUMBER",
    "name": "NorthAmericanPhoneRecognizer",
    "gate": r"\d{3}|\d\d[\s.-]\d\d",
    "validators": [{"name": "min_digits", "count": 6}],
    "patterns": [
        {
            "name": "nanp",
            "regex": r"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
            r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w/]|-\d|\.\d)",
            "score": 0.7,
        },
        {
            "name": "international",
            "regex": r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\d/])",
            "score": 0.7,
            "validators": [{"name": "min_digits", "count": 7}],
        },
        {
            "name": "trunk_zero",
            "regex": r"(?<![\w+.,/-])\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/]|-\d|[.,]\d)",
            "score": 0.5,
        },
        {
            # Digit groups in any national style ("089 72 63 41", "(11) 4706-6184", "785 8949",
            # "06-24312407", "33 93 31"): below the threshold unless a phone word is near, so lab
            # rows and times stay; a shift like "0700-1900" is never one.
            "name": "digit_groups",
            "regex": r"(?<![\w+.,/:-])(?!(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d\b)"
            r"(?:\(\d{1,4}\)\s?|\d{2,5}[\s.-])(?:\d{2,4}[\s.-]){0,4}\d{2,8}(?![\w/:]|-\d|[.,]\d)",
            "score": 0.3,
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
        "office",
        "home",
        "work",
        "whatsapp",
        "pager",
        "ext",
        "answering",
        "dial",
        "landline",
        "voicemail",
    ],
    "context_after": 20,
    "context_boost": 0.2,
}
