"""Post-detection rules applied after the analyzer.

Drop DATE_TIME detections with no date element (an age such as "24 years old" is left to the AGE
recognizer and its HIPAA policy; a year alone, "1994" or "at 1930", is left to the date recognizer's
``bare_years`` rules, which read its context), drop "URLs" that are two words joined by a period, and propagate
detected person names to their other mentions in the same text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from confide.anonymize.spans import Span

_DATE_ELEMENT = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b(?=\s*\d|\s+(?:of\s+)?(?:19|20)\d\d)|"
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}/\d{1,2}\b|"
    r"\b(?:christmas|thanksgiving|easter|new\s+year'?s|halloween|hanukkah|diwali|ramadan|eid)\b|"
    r"(?<!\d(?:st|nd|rd|th)\s)\bbirthday\b"  # "her 5th birthday" is an age
)
_TITLES = re.compile(
    r"^(?:Dr|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Rev|Fr|Sr|Nurse|Coach)\.?\s+|,.*$|\s+(?:[A-Z]{2,}\b.*)$"
)
_NAME_TOKEN = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_COMMON = {
    "The",
    "And",
    "But",
    "She",
    "Her",
    "His",
    "They",
    "This",
    "That",
    "What",
    "When",
    "Then",
    "Client",
    "Patient",
    "Doctor",
    "Nurse",
    "Therapist",
    "Mom",
    "Dad",
    "Sister",
    "Brother",
    "Friend",
    "God",
    "Lord",
    "Jesus",
    "Mother",
    "Father",
    "Sir",
    "Madam",
    "Miss",
    "Street",
    "Avenue",
    "Road",
    "Hospital",
    "Clinic",
    "Center",
    "Health",
}


_COMMON_TLDS = frozenset(
    "com org net edu gov mil int info biz io co uk us ca au nz ie de fr nl be es it se no dk fi ch at "
    "in jp cn br mx za ru pl eu me ly app dev ai tv fm gg to xyz site online health care nhs".split()
)


def is_plausible_url(value: str) -> bool:
    """False for two words joined by a period ("edema.Pt", "him.Now", "BLE.Pt") that URL patterns match.

    Only that shape is rejected: two labels of letters whose second is Title case and not a common
    top-level domain. Anything else a URL recognizer reports ("MYCHART.EXAMPLE.ORG") is kept.
    """
    match = re.fullmatch(r"[A-Za-z]+\.([A-Z][a-z]+)\.?", value)
    return match is None or match.group(1).lower() in _COMMON_TLDS


# Capitalized month names alone ("in May", "since Jan") and ordinal days as a date names them:
# "the 21st", "the 3rd of", the ordinal alone, or a list or range of them ("the 5th and 6th", "the
# 3rd to the 10th", "3rd-5th"); never "an awesome 1st", "the 21st century" or "2nd floor".
_ORDINAL_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
_MONTH_OR_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
    r"[a-zA-Z]*\b|(?i:^\s*(?:(?:on|by|until|till|since|from|before|after|between)\s+)?"
    rf"{_ORDINAL_DAY}(?:(?:\s*[-–,&]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|thru|till|until)\s+){_ORDINAL_DAY})*"
    r"(?:\s*$|\s+of\b))"
)


_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_SHIFT = re.compile(rf"\s*{_CLOCK}\s*-\s*{_CLOCK}\s*")


def is_date_element(value: str) -> bool:
    """True when a DATE_TIME detection holds a date element finer than a year (month, day, weekday, numeric date).

    A year alone ("1994", "at 2000", "1950 kcal") is not one here: the date recognizer reports bare
    years by their context (``bare_years``). A shift in 24-hour clock times ("0700-1900") is no date.
    """
    if _SHIFT.fullmatch(value):
        return False
    return bool(_DATE_ELEMENT.search(value) or _MONTH_OR_DAY.search(value))


# A name found by a weak cue alone ("Grace (OT)", "Dear Sage,": a word that is also ordinary) scores under
# this and seeds no other mention ("Grace period", "Sage tea").
_MIN_SEED_SCORE = 0.6


def propagate_person_names(
    text: str, spans: Sequence[Span], *, allowed: Callable[[str], bool], min_length: int = 3
) -> list[Span]:
    """New PERSON spans for every other whole-word occurrence of names already detected.

    A full name ("Nadia Novak") also yields its parts ("Nadia", "Novak") when capitalized,
    at least ``min_length`` letters, not common words and not allowed by the allow-list. A
    mention followed by a contraction ending ("don" in "don't") is no mention. A span scored under
    ``_MIN_SEED_SCORE`` (a weak cue on an ordinary word, see ``name_dictionary.WEAK_CUE_SCORE``) seeds
    nothing.
    """
    names: set[str] = set()
    for span in spans:
        if span.entity_type != "PERSON" or span.score < _MIN_SEED_SCORE:
            continue
        value = _TITLES.sub("", text[span.start : span.end].strip()).strip()
        if not value:
            continue
        names.add(value)
        for token in _NAME_TOKEN.findall(value):
            if len(token) >= min_length and token not in _COMMON and not allowed(token):
                names.add(token)
    names = {n for n in names if len(n) >= min_length and not allowed(n)}
    if not names:
        return []
    regex = re.compile(
        r"(?<![\w@/])(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?!\w|['’](?i:t|ll|re|ve|m|d)\b)"  # not "don" in "don't"
    )
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in regex.finditer(text):
        s, e = m.span()
        if not any(a <= s and e <= b for a, b in taken):
            out.append(Span(s, e, "PERSON", 0.7, "NamePropagation"))
    return out
