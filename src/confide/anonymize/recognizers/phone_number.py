"""Phone numbers Presidio's library matcher can miss.

North American separator styles (``555.123.4567``, ``(555)123-4567``, ``+1 555 123 4567``,
``1-800-273-8255``), international numbers written with a ``+`` country code in any grouping
(``+44 20 7946 0958``), national numbers with a trunk ``0`` (``020 7946 0321``, ``07911 123456``),
and digit groups of any national style when a phone word is near ("answering at 449 4898"). A
number may carry a tag glued on with a hyphen (``(790)091-7442-Fax``).

Hospital numbers: a seven-digit local number (``555-0190``), an extension or pager after its word in
any case ("x 4-4417", "ext. 2231", "extension 12", "pager 3-1234", "beeper #4417"). A number
followed by a unit or a plus ("ext 1+ edema", "extension 10 degrees", "555-1000 mg") is no phone.
"""

from __future__ import annotations

# After a number: no unit, plus, degree, ratio or decimal ("ext 1+ edema", "extension 10 degrees").
_NOT_A_QUANTITY = (
    r"(?![\w/%°+]|-\d|[.,]\d|(?i:\s*(?:(?:mg|mcg|ml|cc|units?|iu|mm|cm|kg|lbs?|g|mmhg|cells|k|degrees?|deg|"
    r"times|reps?|sec|seconds|min|minutes|hrs?|hours|x)\b|[%°+/])))"
)

DEFAULT_SPEC = {
    "entity_type": "PHONE_NUMBER",
    "name": "NorthAmericanPhoneRecognizer",
    "gate": r"\d{3}|\d\d[\s.-]\d\d|(?i:ext|pager|beeper|pgr|x\s?\d-)",
    "patterns": [
        {
            "name": "nanp",
            "regex": r"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
            r"(?:\s*(?i:x|ext\.?|extension)\s*\d{1,5})?(?![\w/]|-\d|\.\d)",
            "score": 0.7,
            "validators": [{"name": "min_digits", "count": 6}],
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
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # Digit groups in any national style ("089 72 63 41", "(11) 4706-6184", "785 8949",
            # "06-24312407", "33 93 31"): below the threshold unless a phone word is near, so lab
            # rows and times stay; a shift like "0700-1900" or a range ending in round hundreds
            # ("BNP 250-1000") is never one.
            "name": "digit_groups",
            "regex": r"(?<![\w+.,/:-])(?!(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d\b)(?!\d{1,4}-\d{1,2}00\b)"
            r"(?:\(\d{1,4}\)\s?|\d{2,5}[\s.-])(?:\d{2,4}[\s.-]){0,4}\d{2,8}(?![\w/:]|-\d|[.,]\d)",
            "score": 0.3,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            "name": "vanity",
            "regex": r"(?<![\w-])1?-?8(?:00|33|44|55|66|77|88)-\d{3}-[A-Z0-9]{4}(?![\w-])",
            "score": 0.6,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # A local number in the classic form "555-0190" (exchange 2-9); not a range with a unit
            # or one ending in round hundreds ("BNP 250-1000").
            "name": "local_seven_digit",
            "regex": r"(?<![\w+.,/:$#-])(?!\d{3}-\d\d00\b)[2-9]\d{2}-\d{4}" + _NOT_A_QUANTITY,
            "score": 0.5,
        },
        {
            # "ext. 2231", "extension 12", "pager 3-1234", "beeper #4417", "PGR: 41872", "x 4-4417".
            "name": "extension_or_pager",
            "regex": r"(?i:(?<![\w-])(?<!flexion )(?<!and )(?:(?:ext\.?|extension|pager|beeper|pgr)"
            r"\s?(?:#|no\.?|number|:)?\s?(?=\d)|x\s?(?=\d-\d{4})))(?P<pii>\d-\d{4}|\d{2,6})"
            + _NOT_A_QUANTITY,
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
