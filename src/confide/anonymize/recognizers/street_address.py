"""US-style street addresses: number, street name, suffix, optional unit, city, state, ZIP; PO boxes.

Presidio has no address recognizer and spaCy's NER rarely tags one, so this is pure pattern work.
Street-name words must be capitalized (or ordinals like ``5th``) except for one or two
lower-case words before a full suffix word, which keeps "3 kids on the way" out.
"""

from __future__ import annotations

SUFFIXES = (
    "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    "Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Alley|Loop|Crescent|Close|Pike|Plaza|"
    "Heights|Hts|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Route|Rte|Run|Point|Ridge|Path|Crossing|Xing|Walk|Row|Mews|Green|Grove|Gardens"
)
_LOWER_SUFFIXES = "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|ct|place|terrace|parkway|highway"
_NUMBER = r"\b\d{1,6}[A-Za-z]?(?:-\d{1,4})?"
_DIRECTION = r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
_CAP_WORD = r"(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th))"
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\.?\s*#?\s*[A-Za-z0-9-]{1,6})?"
_CITY_STATE_ZIP = (
    r"(?:,?\s+[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2}"
    r"(?:,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?|,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?))?"
)
_TRAIL = r"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"

DEFAULT_SPEC = {
    "entity_type": "STREET_ADDRESS",
    "name": "StreetAddressRecognizer",
    "gate": r"\d|(?i:street|avenue|road|lane|drive|boulevard|court|terrace|parkway|highway|\b(?:st|ave|rd|ln|blvd)\b)",
    "patterns": [
        {
            "name": "number_street_suffix",
            "regex": _NUMBER
            + r"\s+"
            + _DIRECTION
            + _CAP_WORD
            + r"(?:\s+"
            + _CAP_WORD
            + r"){0,3}\s+(?:"
            + SUFFIXES
            + r")\b\.?"
            + _TRAIL
            + _UNIT
            + _CITY_STATE_ZIP,
            "score": 0.85,
        },
        {
            "name": "number_lowercase_street",
            "regex": _NUMBER
            + r"\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+(?:"
            + _LOWER_SUFFIXES
            + r")\b"
            + _UNIT,
            "score": 0.6,
        },
        {
            # No house number, any case: "lives on maple street", "off ELM AVE"
            "name": "on_street",
            "regex": r"(?i)\b(?:on|off|at|along|down|from)\s+"
            r"(?P<pii>(?!(?:the|a|an|my|this|that|our|their|his|her|same|other|long|short)\b)"
            r"[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+(?:" + _LOWER_SUFFIXES + r"))\b\.?",
            "score": 0.55,
        },
        {
            "name": "po_box",
            "regex": r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)\s+\d{1,6}" + _CITY_STATE_ZIP,
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
    ],
    "context": ["address", "live", "lives", "living", "located", "street", "moved", "apt", "house"],
}
