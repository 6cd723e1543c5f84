"""Sites named by a record's heading: "Nursing note, Ward 6B, TTSH, 3 Feb 2026.", "INTAKE - Mustard Seed, Calgary".

A note's first words say what it is and then where it was written: "<kind of note>, [<ward or unit>,] <site>",
closed by the date, by the site's town and the date, or by the heading's end. The site there is often a
hospital's short name or a programme named by ordinary words ("Korle Bu", "UHWI", "Open Door") that no
naming-word test accepts; the heading's place says what it is. A ward, a team, a service, a person, a town
alone or a clinical word there names no site ("Ward round, Willow ward, 10/11", "Psychiatric review, Emergency,
Yaba", "Home visit, Leeds.").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.date import FOREIGN_WEEKDAYS
from confide.anonymize.recognizers.facility_cued import cued_site_name
from confide.anonymize.recognizers.facility_words import SERVICE_ACRONYMS

# What a record is: up to four words, the last a kind of note ("Ward 5B nursing note", "SOCIAL WORK NOTE").
_NOTE_KIND = (
    r"(?i:(?:[\w/&'’.+-]+[ \t]+){0,4}?(?:notes?|review|consult|consultation|assessment|summary|letter|report|log|"
    r"entry|intake|admission|referral|record|round|handover|visit|session|update|clerking|evaluation|form))"
)
# Months in English and in the Dutch, Afrikaans, Malay, Indonesian, Welsh and French that notes are written in ("12 Mei
# 2026", "5 Oktober", "3 Maart", "8 Ogos", "2 Mai 2026", "le 4 février").
_MONTH = (
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|okt|mei|maart|mrt|ogos|agu|ags|des|dis|mai|"
    r"avr|juil|ao[uû]t|d[ée]c|f[ée]v)[^\W\d_]*\.?"
)
# A weekday before the date, in English or in the language the dates are read in ("Thursday 9th October", "Senin, 5
# Oktober 2026").
_WEEKDAY = (
    r"(?i:(?:mon|tues|tue|wednes|wed|thurs|thu|thur|fri|satur|sat|sun)(?:day)?|" + FOREIGN_WEEKDAYS + r")\.?,?[ \t]+"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/-]\d{1,2}[/-]\d{1,2}"
    rf"|(?:{_WEEKDAY})?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?"
    rf"|(?:{_WEEKDAY})?{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?(?:[ \t]+\d{{4}})?)"
)
_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+[-–—]{1,2}[ \t]+)"
# A ward, a bay, a floor or a unit before the site ("Ward 6B", "4 West", "B5", "7th floor", "Maternity Block", "MICU").
_UNIT = (
    r"(?:(?i:ward|bay|bed|room|rm)[ \t]+[\w-]+|[\w-]+[ \t]+(?i:ward|unit|floor|block|wing|wards?)"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:floor|west|east|north|south)|[A-Z]{0,2}\d{1,3}[A-Z]?|[A-Z]{2,5}"
    r"|(?i:private|maternity|labou?r)[^,\n]{0,24})"
)
# (a period only after a saint's or a mount's short title: "St. Luke's BGC"; else it ends the heading)
_WORD = r"(?:(?:St|Mt|Ft)\.|[A-Z][\w'’&-]*)"
# (a doctor's title inside the name after its first word: "RSUD Dr. Soetomo")
_SITE = rf"{_WORD}(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+|Dr\.[ \t]*)?{_WORD}){{0,4}}"
# A town after the site: one to three capitalised words.
_TOWN = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
# The site's town, kept with it where the date or the line's end follows ("Federal Neuropsychiatric Hospital, Yaba,
# 19/02/2026"): a town no gazetteer lists is still the site's.
_SITE_TOWN = rf"(?:,[ \t]*(?!{_WEEKDAY}){_TOWN}(?=[ \t]*,[ \t]*{_DATE}|[ \t]*(?:\n|$)))?"
# What closes the site: the date, the town and the date or the line's end, or the sentence's end.
_SITE_END = rf"(?=,[ \t]*(?:{_DATE}|{_TOWN}[ \t]*(?:,[ \t]*{_DATE}|[.\n]|$))|\.[ \t])"
# ... or the heading's line ends with it, where a subtitle ends as often ("CONSULTATION NOTE - INFECTIOUS DISEASE").
_LINE_END = r"(?=[ \t]*(?:\n|$))"
_HEADING = (
    rf"(?m)^[ \t]*{_NOTE_KIND}(?:[ \t]+{_DATE})?{_SEPARATOR}(?:{_DATE}{_SEPARATOR})?(?:{_UNIT}{_SEPARATOR})?"
    rf"(?:(?i:the)[ \t]+)?(?P<pii>{_SITE}{_SITE_TOWN})"
)

# Words of a ward, a team or a service, never of a site's own name.
_UNIT_WORDS = frozenset("ward wards unit bay floor wing block team service services".split()) | frozenset(
    w.lower() for w in SERVICE_ACRONYMS
)


@register_validator("header_site")
def header_site(value: str, params: Mapping[str, Any]) -> bool:
    """A site's name in a heading: no ward or team, and a name a verb pointing at it would accept.

    ``named: true`` (nothing after it but the line's end) also asks for a word no English or clinical list
    holds ("Maine Med", "Column Health Arlington"; never "Summary of Findings", "INFECTIOUS DISEASE").
    """
    if any(w.strip(".,").lower() in _UNIT_WORDS for w in value.split()):
        return False  # a ward or a team, before or as the town ("Mathari, Female Ward, 6th Dec")
    site = value.split(",")[0].replace(" Dr. ", " ")  # the site before its town; a title inside is no person's
    if params.get("named"):
        lexicon = load_lexicon()
        if all(lexicon.is_english(w) or w in lexicon.clinical_words for w in site.lower().split()):
            return False  # a subtitle
    return cued_site_name(site, {"cued": True})


PATTERNS: list[dict[str, Any]] = [
    {
        "name": "site_in_note_header",
        "regex": _HEADING + _SITE_END,
        "score": 0.5,
        "validators": [{"name": "header_site"}],
    },
    {
        "name": "site_ending_note_header",
        "regex": _HEADING + _LINE_END,
        "score": 0.5,
        "validators": [{"name": "header_site", "named": True}],
    },
]
