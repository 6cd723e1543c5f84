"""Dates in every common written form (HIPAA: all date elements except the year alone).

Complements Presidio's ``DateRecognizer`` and spaCy's DATE entities: month-name dates with or
without year and ordinal, day-first forms ("3rd of March"), weekday prefixes, numeric dates with
``/ - .`` and two- or four-digit years, ISO dates, "month year". A bare year is not reported.
"""

from __future__ import annotations

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|JUNE?|JULY?|"
    r"AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?"
)

DEFAULT_SPEC = {
    "entity_type": "DATE_TIME",
    "name": "DateFormsRecognizer",
    "patterns": [
        {
            "name": "month_day_year",
            "regex": r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b",
            "score": 0.85,
        },
        {
            "name": "day_month_year",
            "regex": r"\b"
            + _WEEKDAY
            + _DAY
            + r"(?:\s+of)?\s+"
            + _MONTH
            + r"(?:,?\s+"
            + _YEAR
            + r")?\b",
            "score": 0.85,
        },
        {
            "name": "month_year",
            "regex": r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b",
            "score": 0.75,
        },
        {
            "name": "iso",
            "regex": r"\b" + _YEAR + r"[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])\b",
            "score": 0.9,
        },
        {
            "name": "numeric_mdy",
            "regex": r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:[12]\d|3[01]|0?[1-9])\1(?:"
            + _YEAR
            + r"|\d{2})(?![\d/.-])",
            "score": 0.8,
        },
        {
            "name": "month_day_numeric",
            "regex": r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\d/.-])",
            "score": 0.35,
        },
        {
            "name": "weekday",
            "regex": r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
            "score": 0.3,
        },
    ],
    "context": [
        "date",
        "dated",
        "born",
        "birthday",
        "dob",
        "admitted",
        "discharged",
        "on",
        "since",
        "appointment",
        "visit",
        "seen",
    ],
    "context_window": 25,
    "gate": r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day)",
}
