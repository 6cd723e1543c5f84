"""US ZIP codes: after a state abbreviation (any case), ZIP+4, or a bare five digits with a ZIP context word."""

from __future__ import annotations

STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)

# Lower-case state codes ("dorchester ma 02124") except those that are English words ("in", "or").
_LOWER_STATES = "|".join(
    s.lower()
    for s in STATES.split("|")
    if s.lower() not in {"al", "co", "de", "hi", "id", "in", "la", "me", "oh", "ok", "or", "pa"}
)

DEFAULT_SPEC = {
    "entity_type": "ZIP_CODE",
    "name": "ZipCodeRecognizer",
    "gate": r"\d{5}",
    "patterns": [
        {
            "name": "state_zip",
            "regex": r"\b(?:" + STATES + r")\.?,?\s+(?P<pii>\d{5}(?:-\d{4})?)\b",
            "score": 0.85,
        },
        {
            "name": "lower_state_zip",
            "regex": r"[a-z]+,?\s+(?:" + _LOWER_STATES + r")\.?,?\s+(?P<pii>\d{5}(?:-\d{4})?)\b",
            "score": 0.7,
        },
        {
            "name": "city_zip",
            "regex": r",\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?P<pii>\d{5})(?![\d,]|\.\d|-\d)",
            "score": 0.45,
        },
        {"name": "zip_plus_4", "regex": r"(?<![\d-])\d{5}-\d{4}(?![\d-])", "score": 0.6},
        {"name": "bare_zip", "regex": r"(?<![\d$.,-])\d{5}(?![\d,]|\.\d|-\d)", "score": 0.2},
    ],
    "context": ["zip", "zipcode", "zip code", "postal", "postcode", "area code"],
    "context_window": 30,
    "context_boost": 0.6,
}
