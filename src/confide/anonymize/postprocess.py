"""Post-detection rules applied after the analyzer.

Drop DATE_TIME detections with no date element (an age such as "24 years old" is left to the AGE
recognizer and its HIPAA policy; a year alone, "1994" or "at 1930", is left to the date recognizer's
``bare_years`` rules, which read its context), drop "URLs" that are two words joined by a period, propagate
detected person names to their other mentions in the same text, read an age right after a detected
name ("Hattie Mae Jefferson, 98, dx Alzheimer's", "Tobias Lindahl (ninety-one)") and a postcode of five
or six digits right after a detected place ("Singapore 530412", "Bengaluru - 560003", "Bayan Lepas, 11900")
or of four or five between a street and its town ("Király utca 48, 1077 Budapest"), a region or a country's
short form after a town ("Kirkcaldy, Fife", "Rotorua, NZ"), take the alias before a name in brackets as a name
('"Big Mike" (Michael Oyelaran)'), run a detected year on over the two digits that close its range ("Pleiku
1969-70"), and tell a card number from quarter-hour clock times ("1000 1200 1400 1600"). A found town also
makes one site's name with the word its hospital, school or station is called by ("Salford Royal", "Kuils River
SAPS") or the service's brand before it ("SAPS Rondebosch", "CAMHS Westmeath"), and an eight-digit number in
brackets after a found person is a phone ("Chua Boon Hock (9123 4567)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

from confide.anonymize.address_tails import ENGLISH_UNIT_WORDS
from confide.anonymize.dates import CLOCK_TIME
from confide.anonymize.lexicon import MONTH_WORDS, TAGALOG_WORDS, WEEKDAY_WORDS, mixes_tagalog
from confide.anonymize.recognizers.age import (
    AGE_WORDS,
    MAX_AGE,
    MEASURE_WORD,
    PAREN_UNIT,
    READING_WORD,
    TEMP_AFTER,
    UNIT_WORDS_AFTER,
)
from confide.anonymize.recognizers.zip_code import STATES as _US_STATE_CODES
from confide.anonymize.spans import Span, lines_with_starts

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


def is_clock_time_run(value: str) -> bool:
    """Whether a "card number" is only four-digit clock times on the quarter hour.

    "1000 1200 1400 1600", a turning schedule, may pass the Luhn check by chance; a card's groups are
    almost never all such times.
    """
    groups = re.split(r"[ \t-]+", value.strip())
    return len(groups) > 1 and all(
        len(g) == 4 and g.isdigit() and int(g[:2]) < 24 and g[2:] in ("00", "15", "30", "45") for g in groups
    )


def is_plausible_url(value: str) -> bool:
    """False for two words joined by a period ("edema.Pt", "him.Now", "BLE.Pt") that URL patterns match.

    Only that shape is rejected: two labels of letters whose second is Title case and not a common
    top-level domain. Anything else a URL recognizer reports ("MYCHART.EXAMPLE.ORG") is kept.
    """
    match = re.fullmatch(r"[A-Za-z]+\.([A-Z][a-z]+)\.?", value)
    return match is None or match.group(1).lower() in _COMMON_TLDS


# The rest of a word a URL pattern stopped inside: its top-level domain matched the word's first letters
# ("ty.the.men" in the handle "ty.the.menace", ".men" being a domain); a closing full stop or hyphen stays out.
_WORD_REST = re.compile(r"[A-Za-z0-9.-]*[A-Za-z0-9]")  # (ASCII: a CJK or Thai sentence runs on with no space)


def url_word_end(text: str, end: int) -> int:
    """Where the word a URL ends in ends: past ``end`` while ASCII letters, digits, dots or hyphens go on."""
    m = _WORD_REST.match(text, end)
    return m.end() if m else end


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


# The word before a word-name in lower case or capitals ("hope", "WILL") that makes it the word, not the name: a
# determiner, a possessive, a preposition, a pronoun subject or an auxiliary ("there is hope", "at dawn", "NO JOY").
# "with" and "to" stay out: "spoke with hope", "talked to grace" name people.
_WORD_USE_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|this|that|these|those|his|her|my|your|our|their|its|of|at|for|in|on|by|from|into|about|till"
    r"|until|since|is|are|was|were|be|been|am|have|has|had|will|would|could|should|can|must|might|shall|i|we|you"
    r"|they|he|she|it|no|not|some|any|much|more|very|every|such)[ \t]+$"
)

# Titles and roles typed in lower case before a name ("rabbi feldstein", "pt chase hollis"): no given name.
_LOWER_TITLES = frozenset("dr mr mrs ms mx miss prof rev fr rabbi imam pt client patient".split())


# A name found by a weak cue alone ("Grace (OT)", "Dear Sage,": a word that is also ordinary) scores under
# this and seeds no other mention ("Grace period", "Sage tea").
_MIN_SEED_SCORE = 0.6


def propagate_person_names(
    text: str,
    spans: Sequence[Span],
    *,
    allowed: Callable[[str], bool],
    is_word: Callable[[str], bool] = lambda _: False,
    seed_sources: Collection[str] | None = None,
    min_length: int = 3,
) -> list[Span]:
    """New PERSON spans for every other whole-word occurrence of names already detected.

    A full name ("Nadia Novak") also yields its parts ("Nadia", "Novak") when capitalized, and its given name
    when typed in lower case ("chase hollis": "chase"), parts of at least ``min_length`` letters, not common words
    and not allowed by the allow-list. A mention followed by a contraction ending ("don" in "don't") is no
    mention, nor is a mention in lower case or capitals of a name that is also a frequent word (``is_word``: "hope",
    "will") after a word that makes it the word ("i have hope", "at dawn", "NO JOY"). A span scored under
    ``_MIN_SEED_SCORE`` (a weak cue on an ordinary word, see ``name_dictionary.WEAK_CUE_SCORE``) seeds nothing.
    With ``seed_sources``, only spans of those sources seed.
    """
    names: set[str] = set()
    for span in spans:
        if span.entity_type != "PERSON" or span.score < _MIN_SEED_SCORE:
            continue
        if seed_sources is not None and span.source not in seed_sources:
            continue
        value = _TITLES.sub("", text[span.start : span.end].strip()).strip()
        if not value:
            continue
        names.add(value)
        tokens = _NAME_TOKEN.findall(value)
        if value.islower() and " " in value:
            tokens = [w for w in value.split()[:1] if w not in _TITLES_AND_KIN and w not in _LOWER_TITLES]
        for token in tokens:
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
        if any(a <= s and e <= b for a, b in taken):
            continue
        caseless = m[0].islower() or m[0].isupper()
        if caseless and is_word(m[0].lower()) and _WORD_USE_BEFORE.search(text, max(0, s - 12), s):
            continue
        out.append(Span(s, e, "PERSON", 0.7, "NamePropagation"))
    return out


# What follows a name when the number after it is the person's age: between commas, before a full stop
# or a semicolon, or with "yrs"/"yo" ("Agnes Murphy, 99, Holy Family Nursing Home", "Doyle, 93.", "Feeney,
# 91 yrs"), never before a reading's word ("Mary Brown, 120, weight kg") or more of a number ("Brown, 90.5");
# alone in brackets ("Mr Okoro (93)", "Nowak (91F)") with no unit after them ("Dad (100) mph").
_AGE_AFTER_NAME = re.compile(
    r"(?:\s*,\s*(?P<num>\d{2,3})(?![.,]\d)(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$|(?i:yrs?|years?|yo|y/o)\b))"
    r"(?!\s*,\s*" + MEASURE_WORD + r")"
    r"|\s*\(\s*(?P<paren>\d{2,3})\s*(?:(?-i:[MF])?\s*\)(?!\s*" + PAREN_UNIT + r")"
    r"|,(?=[ \t]*[a-z])(?![ \t]*(?i:afebrile|febrile|bed|temp|sats?|hr|bp|rr|kg|bpm)\b))"
    # A list's or a census's entry: the number after blanks, with a sex letter and no temperature's or distance's
    # word after it ("Whitfield, June  91F"; never "100M WITH ZIMMER"), or before the entry's description in lower
    # case that is no vital's ("Agnes Whittle 97 – soft diet", "(Albert Kemp) 95 – confused", "Hobbs, Ernest
    # 102  stairlift"; never "Mary Jones 104" in a room list, "John Smith  110  120/80", "Mary Jones 96 – sats").
    r"|\)?[ \t]+(?P<list>\d{2,3})(?:/?(?-i:[MF])(?!\w)(?!" + TEMP_AFTER + r")(?![ \t]+(?i:with|using|x)\b)"
    r"|(?=(?:[ \t]{2,}|[ \t]+[–—-][ \t]+)(?!" + MEASURE_WORD + r"|(?i:sats?|fio2|kg|mg)\b)[a-z])"
    # ... or, as a note typed in one case runs on, before a comma and what describes a person or before surprise in
    # brackets ("pt chester baumgartner 99, former dairy farmer", "pt opal fields 102 (!!), sharp")
    r"|(?=,[ \t]*(?i:former|retired|widow\w*|lives|living|married|divorced|frail|born|dob)\b"
    r"|[ \t]*\([ \t]*[!?]+[ \t]*\))))"
)
# An age in words between commas or in brackets after a name ("Tobias Lindahl (ninety-one)", "Mr Byrne,
# ninety-three, lives alone"): a reading is never written in words; a unit after it makes it no age.
# (or after a blank, before a comma, as a note typed in one case runs on: "d/c summary for hazel kruger ninety-three,
# dob 3/9/1931"; a quoted nickname may close the name: 'pt hollis (goes by "buck") ninety-one, alert')
_WORDS_AFTER_NAME = re.compile(
    r"[\"”’')]*(?:\s*[,(]|[ \t](?=[ \t]*\w+(?:[- ]\w+){0,4}[ \t]*,))\s*" + AGE_WORDS + r"\s*[,)]" + UNIT_WORDS_AFTER,
    re.IGNORECASE,
)
# A birthday after a name ("Millie turned 100 on June 3rd"): no unit after the number ("turned 90 minutes after the
# dose", "turned 95% better") and no reading's, score's or speed's word in its sentence after it or in the 120
# characters before the name ("Quiz night: Tom Jones turned 92 points").
_TURNED_AGE_AFTER_NAME = re.compile(
    r"(?i)[ \t]+(?:turned|turns)[ \t]+(?P<num>\d{2,3})(?![.,]?\d)(?![ \t]*(?:%|°))" + UNIT_WORDS_AFTER
    + r"(?![^.!?\n]{0,80}\b" + READING_WORD + r")"
)
_READING_BEFORE = re.compile(r"(?i)\b" + READING_WORD)
# A clinician's title before or opening the name: the number after it is a bleep or a room ("Dr Ahmed (95)").
_CLINICIAN_TITLE = r"(?i:\b(?:dr|drs|doctor|prof|professor|nurse|sister)\b\.?[ \t]*)"
_TITLE_BEFORE = re.compile(_CLINICIAN_TITLE + r"$")
_TITLE_OPENING = re.compile(_CLINICIAN_TITLE)
# A score's word earlier in the sentence makes the numbers after names points ("Scores: Ann Lee, 95").
_SCORES_BEFORE = re.compile(r"(?i)\b(?:scores?|scored|points?|grades?|marks?|results?|ratings?|ranks?|ranked)\b")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _after_score_word(text: str, start: int) -> bool:
    """Whether a score's word stands between the start of the sentence and ``start``."""
    before = text[max(0, start - 200) : start]
    m = _SENTENCE_START.search(before)
    return _SCORES_BEFORE.search(before[m.start() if m else 0 :]) is not None


def _clinician(text: str, span: Span) -> bool:
    """Whether a clinician's title opens the name or stands right before it."""
    before = _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
    return bool(_TITLE_OPENING.match(text, span.start) or before)


def ages_after_names(text: str, spans: Sequence[Span], *, min_age: int) -> list[Span]:
    """AGE spans for a person's age (``min_age`` to 110) right after a detected PERSON span, or after it and "turned".

    The detectors' verdict that the words before are a name is the cue the age recognizer's patterns
    cannot see ("Resident Winifred Ashcombe, 94" needs its role word there; a detected name needs none).
    After a clinician's name the number is a bleep, a room or an extension ("Dr Ahmed (95)").
    Ages in words are read only while ``min_age`` is at most 90, as the age recognizer reads them.
    """
    out = []
    for span in spans:
        if span.entity_type != "PERSON" or _after_score_word(text, span.start) or _clinician(text, span):
            continue
        m = _AGE_AFTER_NAME.match(text, span.end)
        if m is not None:
            group = next(g for g in ("num", "paren", "list") if m.group(g) is not None)
            if min_age <= int(m.group(group)) <= MAX_AGE:
                out.append(Span(m.start(group), m.end(group), "AGE", 0.65, "AgeAfterName"))
            continue
        m = _TURNED_AGE_AFTER_NAME.match(text, span.end)
        if m is not None and not _READING_BEFORE.search(text, max(0, span.start - 120), span.start):
            if min_age <= int(m.group("num")) <= MAX_AGE:
                out.append(Span(m.start("num"), m.end("num"), "AGE", 0.65, "AgeAfterName"))
            continue
        m = _WORDS_AFTER_NAME.match(text, span.end) if min_age <= 90 else None
        if m is not None:
            out.append(Span(m.start("pii"), m.end("pii"), "AGE", 0.65, "AgeAfterName"))
    return out


# A postcode after a town, as most countries write it: five or six digits after the town, its comma or
# its dash, closing the line or the phrase ("Singapore 530412", "Bengaluru - 560003", "Bayan Lepas,
# 11900."); never a decimal, a range, a rate ("Dublin 45000/yr") or a number going on ("Boston 02118-3301"
# is the ZIP recognizer's). Four digits too, as Australia and New Zealand write them, right after the town
# ("Mirrabooka 6061.", "Marrickville 2204."), from 2040 up (a lower one may be a clock time or a year: "Boston 1430.",
# "Leeds 2019."), and never in a line of figures by place ("London 4500, Manchester 3200"; see ``_FIGURES_BY_PLACE``)
# or after a comma or a dash ("Denver, 5280.", "Perth – 3900": a count or a distance).
_POSTCODE_AFTER_PLACE = re.compile(
    r"(?:[ \t]*(?:[,–-][ \t]*)?(?P<code>\d{5,6})|[ \t](?P<code4>(?:2[4-9]|[3-9]\d)\d\d|2(?:0[4-9]|[1-3]\d)\d))"
    r"(?![\d.,-]\d|-)(?=[ \t]*(?:[,.;)|\n]|$))"
)
# Four digits need a home's word before the town on their line ("Lives with wife in Mirrabooka 6061"): "Rent in
# Bristol 2450." and "Population of Leeds 7500." are amounts.
_HOME_CUE = re.compile(r"(?i)\b(?:lives?|living|resid\w*|address|addr|home|moved|relocated|staying|stays)\b")
_LIVES_IN_TOWN = re.compile(r"(?i:\b(?:lives?|living|resides?|residing|address|addr)\.?:?(?:[ \t]+(?:in|at))?)[ \t]+\Z")
_FIGURES_BY_PLACE = re.compile(r"[A-Za-z][ \t]+\d{4}[ \t]*[,;][ \t]*(?:[A-Z][A-Za-z]*[ \t]+){1,3}\d{4}\b")


def _right_after(
    text: str, spans: Sequence[Span], entity_type: str, pattern: re.Pattern[str]
) -> Iterator[tuple[Span, re.Match[str]]]:
    """Each span of ``entity_type`` with the match of ``pattern`` that starts where it ends."""
    for span in spans:
        if span.entity_type == entity_type and (m := pattern.match(text, span.end)) is not None:
            yield span, m


def postcodes_after_places(text: str, spans: Sequence[Span], *, is_place: Callable[[str], bool]) -> list[Span]:
    """ZIP_CODE spans for a postcode of four to six digits right after a detected LOCATION span.

    A town read as a name counts where ``is_place`` (a lower-cased name) knows it and it follows a detected street
    and its comma ("PO Box 562, Mthatha, 5099"; never "PO Box 5, Patel, 0930").
    """
    streets = [s for s in spans if s.entity_type == "STREET_ADDRESS"]
    towns = [
        s for s in spans
        if s.entity_type == "PERSON"
        and is_place(text[s.start : s.end].lower())
        and any(_ADDRESS_GAP.fullmatch(text, a.end, s.start) for a in streets)
    ]
    out = []
    for place, m in _right_after(text, spans, "LOCATION", _POSTCODE_AFTER_PLACE):
        group = "code" if m.group("code") else "code4"
        if group == "code4":
            line_start = _line_start(text, m.start())
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if _FIGURES_BY_PLACE.search(line) or not _HOME_CUE.search(text, line_start, m.start()):
                continue
            # below 2400 (New South Wales), only right after living's word: "home to Wigan 2215" is a clock time
            if int(m.group(group)) < 2400 and not _LIVES_IN_TOWN.search(text, line_start, place.start):
                continue
        out.append(Span(m.start(group), m.end(group), "ZIP_CODE", 0.6, "PostcodeAfterPlace"))
    for _, m in _right_after(text, towns, "PERSON", _CODE_AFTER_ADDRESS_TOWN):
        out.append(Span(m.start("code"), m.end("code"), "ZIP_CODE", 0.6, "PostcodeAfterPlace"))
    return out


# Between a street and the town after it: a comma ("PO Box 562, Mthatha"); after such a town a code of four to six
# digits closes the address ("Mthatha, 5099.").
_ADDRESS_GAP = re.compile(r"[ \t]*,[ \t]*")
# (never a year: "PO Box 5, Smith, 2019.")
_CODE_AFTER_ADDRESS_TOWN = re.compile(
    r"[ \t]*,?[ \t]*(?!(?:19|20)\d\d\b)(?P<code>\d{4,6})(?![\d.,:/-]\d|-)(?=[ \t]*(?:[,.;)|\n]|$))"
)


def _line_start(text: str, at: int) -> int:
    """Where the line of ``text`` holding position ``at`` starts."""
    return text.rfind("\n", 0, at) + 1


# The town and postcode closing a street's line where no state is written: "7 Tambling Tce, Malak 0812." (an
# Australian, New Zealand or South African code of four digits), "3315 E Calle Fenix, 85716." (a ZIP alone), "Marol
# Maroshi Road, 400059." (an Indian or a Singaporean code of six).
_TOWN_CODE_AFTER_STREET = re.compile(
    r",[ \t]*(?:(?P<town>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})[ \t]+(?P<code4>\d{4})|(?P<code5>\d{5}|\d{6}))"
    r"(?![\d.,:/-]\d)(?=[ \t]*(?:[,.;)|\n]|$))"
)


# A US town, its state's code and its ZIP after a street, in any case ("4417 w grace st apt 2, richmond, va 23230"):
# the state's code before five digits closes an address, whatever the town's words.
_TOWN_STATE_ZIP_AFTER_STREET = re.compile(
    r",[ \t]*(?P<town>[A-Za-z][A-Za-z'’.-]+(?:[ \t]+[A-Za-z][A-Za-z'’.-]+){0,2}),[ \t]*"
    r"(?P<state>(?i:" + _US_STATE_CODES + r"))[ \t]+(?P<zip>\d{5}(?:-\d{4})?)(?![\d.,:/-]\d)"
)


def town_codes_after_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """LOCATION and ZIP_CODE spans for the town and postcode right after a detected street address."""
    out = []
    for _, m in _right_after(text, spans, "STREET_ADDRESS", _TOWN_CODE_AFTER_STREET):
        if m.group("town"):
            out.append(Span(m.start("town"), m.end("town"), "LOCATION", 0.6, "TownCodeAfterStreet"))
        code = "code4" if m.group("code4") else "code5"
        out.append(Span(m.start(code), m.end(code), "ZIP_CODE", 0.6, "TownCodeAfterStreet"))
    for _, m in _right_after(text, spans, "STREET_ADDRESS", _TOWN_STATE_ZIP_AFTER_STREET):
        out.append(Span(m.start("town"), m.end("state"), "LOCATION", 0.6, "TownCodeAfterStreet"))
        out.append(Span(m.start("zip"), m.end("zip"), "ZIP_CODE", 0.6, "TownCodeAfterStreet"))
    return out


# A European postcode before its town, closing an address ("Király utca 48, 1077 Budapest", "…, 75011 Paris."):
# four or five digits after a comma, the town ending the clause, a detected street earlier on the line (so
# that "0800, 1200 Boston" stays clock times).
_POSTCODE_BEFORE_PLACE = re.compile(r"[,;|][ \t]*(?P<code>\d{4,5})[ \t]+$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;)|\n]|$)")


def postcodes_before_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """ZIP_CODE spans for a four- or five-digit postcode between a detected street and a LOCATION ending its clause."""
    out = []
    for span in spans:
        if span.entity_type != "LOCATION" or _CLAUSE_END.match(text, span.end) is None:
            continue
        lo = max(0, span.start - 12)
        m = _POSTCODE_BEFORE_PLACE.search(text[lo : span.start])
        if m is None:
            continue
        code_start, line_start = lo + m.start("code"), _line_start(text, span.start)
        if any(s.entity_type == "STREET_ADDRESS" and line_start <= s.start < code_start for s in spans):
            out.append(Span(code_start, lo + m.end("code"), "ZIP_CODE", 0.6, "PostcodeBeforePlace"))
    return out


# A block's or a house's name ("Kingsdown Court", "Tŷ Glas"): capitalised words closed by a building's word, or
# opened by the Welsh "Tŷ"; never any words between commas ("Room 4, Tuesday, 12 Station Road").
# The last word of an Indian housing society's or complex's name, a building's name too.
_SOCIETY_KINDS = "CHS|Residency|Enclave|Complex"
_BUILDING_NAME = (
    r"(?:(?:[A-Z][^\W\d_'’]*(?:['’][a-z]+)?[ \t]+){1,3}(?:Court|House|Mansions|Tower|Towers|Lodge|Hall|Gardens|"
    r"Buildings|Estate|Apartments|Flats|Heights|View|Point|Place|Villas|Cottages|Close|"
    # Hong Kong's and China's estates and blocks ("Laguna City", "Tai Po Centre", "Ikota Villa Estate")
    r"City|Centre|Center|Plaza|Garden|Mansion|Residences|"
    # India's housing societies and complexes ("B-402, Sai Krupa CHS, Marol Maroshi Road")
    + _SOCIETY_KINDS + r")|(?:Tŷ|Ty)[ \t]+[A-Z][^\W\d_]*)"
)
_SOCIETY_NAME = r"(?:[A-Z][^\W\d_]*[ \t]+){1,3}(?:" + _SOCIETY_KINDS + r")\b"
# A flat, a unit, a room or a floor written before the street line, each closed by a comma ("Flat 2, 9 Quarry
# Hill", "Level 2, 18 Kenepuru Drive", "3rd floor, 14 Temple Street", "Room 3, 17 Grey Street"): the home's part
# of the address, with the building's name after it (``_BUILDING_NAME``). Only right before a detected street
# address (a hospital's "Room 12, Bed 3" has none), and only opening a line, a field, a clause or after "in"/"at"
# (never a score's "Pain level 7, 14 Station Road").
# The words of a home's part of an address before its number, written before the street line or after it.
_UNIT_NUMBER = r"[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?"
# (before a street a flat may be a Glasgow flat's position or a letter too: "Flat 3/2, ", "Flat D, ", "Block F, ")
_UNIT_NAME = r"[ \t]*#?[ \t]*(?:\d{1,4}[A-Za-z]?(?:/\d{1,2})?|[A-Z])(?![\w/])"
_UNIT_BEFORE_STREET = re.compile(
    r"(?:^|(?<=[,:;(])|(?<=\b(?:in|at|to|is|on))|(?<=\b(?:In|At|On))|(?<=\bfleeing)|(?<=\bfrom)|(?<=\baddress)"
    r"|(?<=\bformerly)|(?<=\bpreviously))[ \t]*(?P<unit>"
    # (a level only after a comma or opening a line: "Obs: Level 2, 14 ..." is a score's)
    r"(?:(?<![\w-])(?:(?i:" + ENGLISH_UNIT_WORDS + r"|floor)\.?" + _UNIT_NAME
    # a house's number by its label ("No. 8, Ogui Road", "H.No. 118, Gali No. 4"; before a street with no number of its
    # own: "No 2, 14 Station Road" is a rank's or an answer's), a Glasgow flat's position ("2/1, 45 Paisley Road
    # West", after a word of living there: "Dose reduced to 1/2, 14 Station Road" and "Visited on 2/3, ..." are a
    # dose and a date) and an Indian flat's wing and number before its housing society ("B-402, Sai Krupa CHS"; "Bed:
    # B-12, 14 Station Road" is a bed's)
    + r"|(?<![\w-])(?P<house>(?:(?-i:H)\.?[ \t]?)?(?-i:No)\.?" + _UNIT_NUMBER + r"(?:/\d{1,3})?)"
    r"|(?<![\w/.-])(?P<position>[0-5]/[1-3])(?![\w/.-])"
    r"|(?<![\w-])(?-i:[A-Z])-\d{2,4}(?=[ \t]*,[ \t]*" + _SOCIETY_NAME + r")"
    + r"|(?:(?<=,[ \t])|(?<=,)|(?<![^\n]))(?i:level|lvl)[ \t]*\d{1,2}[A-Za-z]?|"
    r"\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\.?|(?i:ground|top)[ \t]+(?i:floor)"
    # a floor as Hong Kong, China and Korea write it ("3/F", "18/F", "2F")
    r"|(?<![\w/-])\d{1,2}/?F(?![\w/]))"
    # ... and the building's name after them ("Flat 6, Kingsdown Court, 40 Marlborough Hill", "Flat 9, Tŷ Glas, 3
    # Heol y Nant")
    r"[ \t]*,[ \t]*)+(?:" + _BUILDING_NAME + r"[ \t]*,[ \t]*)?)\Z",
    re.MULTILINE,
)


# A word of living or moving somewhere, a few words before a flat's position ("lives at 2/1, ...", "after fleeing
# 2/1, ...", "Mum's new flat is 0/2, ...").
_LIVING_BEFORE = re.compile(
    r"(?i)\b(?:lives?|living|resides?|residing|staying|stays|moved|moving|fleeing|fled|flat|home|address|evicted)\b"
    r"[^\n,;.]{0,15}\Z"
)


# A Chinese lane's word before the house number of its street ("Lane 1288 Changning Road"), a flat's before a Glasgow
# flat's position ("Flat 3/2, 48 Gibson Street").
_LANE_BEFORE_HOUSE = re.compile(r"(?<![\w-])(?:Lane|LANE|Ln\.|Flat|FLAT|flat)[ \t]+\Z")


def units_before_addresses(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans that take in the flat, unit, room or floor written before a detected street address.

    A house's label only before a street with no number of its own, a flat's position only after a word of living.
    """
    out = []
    for span in spans:
        if span.entity_type != "STREET_ADDRESS":
            continue
        numbered = text[span.start : span.start + 1].isdigit()  # (a flat's "3/2, " opens a street too)
        lane = _LANE_BEFORE_HOUSE.search(text, max(0, span.start - 8), span.start) if numbered else None
        start = span.start if lane is None else lane.start()
        lo = max(_line_start(text, start), start - 60)
        m = _UNIT_BEFORE_STREET.search(text, lo, start)
        if m is None or m["house"] and numbered:
            if lane is not None and m is None:
                out.append(Span(start, span.end, "STREET_ADDRESS", span.score, "UnitBeforeStreet"))
            continue
        if m["position"] and not _LIVING_BEFORE.search(text, max(0, m.start("position") - 30), m.start("position")):
            continue
        out.append(Span(m.start("unit"), span.end, "STREET_ADDRESS", span.score, "UnitBeforeStreet"))
    return out


# A house's name, or a flat's wing and number and its block's name, written before the street after a word of living
# or an address's label ("Address: Rosemary Cottage, Back Lane", "Lives at Hollybank, Station Rd", "Property is
# Bindaree, 1140 Wombat Creek Rd", "Lives at B-902, Lodha Amara, Kolshet Road", "at home, Tŷ Gwyn, 3 Heol y Nant",
# "lives alone at 'Wattle Downs', 1820 ...", "Previous home Ivy Cottage, ..."); a home's own kind names a house
# anywhere ("of The Old Forge, Church Street").
_HOUSE_NAME = r"(?:[A-Z]-?\d{1,4}[A-Za-z]?|[A-Z][^\W\d_'’]*(?:['’][a-z]+)?(?:[ \t]+[A-Z][^\W\d_'’]*){0,2})"
_HOME_KIND = r"(?:Cottage|Cottages|Farm|Farmhouse|Forge|Barn|Croft|Bungalow|Homestead|Rectory|Vicarage|Schoolhouse)"
_HOUSE_NAME_BEFORE_STREET = re.compile(
    r"(?:(?:\b(?i:address|addr)[ \t]*:|\b(?i:lives|living|resides|residing|staying|moved)[ \t]+"
    r"(?:(?i:alone|together|with[ \t]+\w+)[ \t]+)?(?i:at|to)|"
    r"\b(?i:home|property)[ \t]+(?i:is|at)|\b(?i:previous|former|family)[ \t]+home|\b(?i:at[ \t]+home),)[ \t]*"
    r"(?P<house>(?:(?:['‘\"“])?" + _HOUSE_NAME + r"(?:['’\"”])?[ \t]*,[ \t]*){1,2})"
    r"|(?<![\w'’-])(?P<home>(?:The[ \t]+)?(?:[A-Z][^\W\d_'’]*[ \t]+){1,2}" + _HOME_KIND + r"[ \t]*,[ \t]*))\Z"
)


def house_names_before_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans grown back over a house's name between a word of living and a detected street."""
    out = []
    for span in spans:
        if span.entity_type != "STREET_ADDRESS":
            continue
        m = _HOUSE_NAME_BEFORE_STREET.search(text, max(_line_start(text, span.start), span.start - 80), span.start)
        if m is not None:
            start = m.start("house") if m["house"] else m.start("home")
            out.append(Span(start, span.end, "STREET_ADDRESS", span.score, "HouseNameBeforeStreet"))
    return out


# The main road a house's street leads off, after it ("No. 7 Olorunfemi Close, off Ijede Road", in Nigeria, Kenya
# and India the way a home is found).
_OFF_ROAD = re.compile(
    r",?[ \t]+(?i:off)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(?:Road|Rd|Street|St|Way|Close|Avenue|Ave|Crescent|Lane|Drive|Expressway|Highway)\b\.?"
)


def roads_off_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans grown over the road a detected street leads off ("..., off Ijede Road")."""
    return [
        Span(span.start, m.end(), "STREET_ADDRESS", span.score, "RoadOffStreet")
        for span in spans
        if span.entity_type == "STREET_ADDRESS" and (m := _OFF_ROAD.match(text, span.end)) is not None
    ]


# The number of a flat written glued before its house number ("14/3 Enmore Rd", "2B/41 Smith St"), and a house's
# number before a street named by a number ("5012 50 Ave").
_NUMBER_BEFORE_STREET = re.compile(r"(?<![\w/.-])(?:\d{1,4}[A-Za-z]?/|\d{1,6}[ \t]+)\Z")
# What comes before a flat's glued number: a line's or a field's start, or a word of living or going ("Lives 14/3
# Enmore Rd"); a reading's ("Pain 7/10 Church St", "BP 120/80 Main St") is no flat's.
_HOME_BEFORE_FLAT = re.compile(
    r"(?:^|[,:;(]|\b(?i:lives?|living|resides?|address|addr|at|to|from|in|moved|staying|flat|unit|apt))[ \t]*\Z",
    re.MULTILINE,
)
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?[ \t]+[A-Za-z]")
_NUMBERED_STREET = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)?[ \t]+(?i:ave|avenue|st|street|rd|road|dr|drive|blvd|way|lane|ln|pl|place|hwy|highway)\b"
)


def numbers_before_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans grown over a flat's or a house's number before a detected street line.

    (The flat's part after it is ``address_tails.unit_tails_after_streets``'s.)
    """
    out = []
    for span in spans:
        if span.entity_type != "STREET_ADDRESS":
            continue
        before = _NUMBER_BEFORE_STREET.search(text, max(0, span.start - 8), span.start)
        if before is None or not text[span.start : span.start + 1].isdigit():
            continue
        # a flat's number only before a house's number and its street's word, after a home's word (never a reading's
        # "120/80 12 Elm Rd"); a house's number before another only when that one names the street ("50 Ave")
        glued = before.group().endswith("/") and _HOUSE_NUMBER.match(text, span.start) is not None
        flat = glued and _HOME_BEFORE_FLAT.search(text, max(0, before.start() - 30), before.start()) is not None
        if flat or _NUMBERED_STREET.match(text, span.start, span.end):
            out.append(Span(before.start(), span.end, "STREET_ADDRESS", span.score, "NumberBeforeStreet"))
    return out


# An extension after a phone number ("09 276 4000 ext 7712", "514-932-7716 poste 224", "(617) 555-0101 x204").
_EXTENSION = re.compile(r"[ \t]*,?[ \t]*(?i:ext\.?|extn\.?|extension|x|poste|#)[ \t]*\d{1,6}\b")


def phone_extensions(text: str, spans: Sequence[Span]) -> list[Span]:
    """PHONE_NUMBER spans grown over the extension after a detected number (it reaches the same person)."""
    return [
        Span(span.start, m.end(), "PHONE_NUMBER", span.score, "PhoneExtension")
        for span, m in _right_after(text, spans, "PHONE_NUMBER", _EXTENSION)
    ]


# An eight-digit number in brackets right after a found person, as Singapore and Hong Kong write a mobile or a line
# ("NOK: husband Chua Boon Hock (9123 4567)", "Chan Tai Man (9876-5432)"); a year's pair or a reading has no such
# shape ("Mr Lee (2019 2020)", "BP (120 80)").
_EIGHT_DIGITS_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<phone>[235689]\d{3}[ -]?\d{4})[ \t]*\)")


def phones_after_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """PHONE_NUMBER spans for an eight-digit number in brackets right after a detected person."""
    return [
        Span(m.start("phone"), m.end("phone"), "PHONE_NUMBER", 0.6, "PhoneAfterName")
        for _, m in _right_after(text, spans, "PERSON", _EIGHT_DIGITS_IN_BRACKETS)
        if not _TIMES_OR_ROUND.fullmatch(m["phone"])
    ]


# Two clock times, two round numbers or two years are a shift or a range ("RN Patel (2000-0800)", "Mr Tan (5000 6000)",
# "Mr Lee (2019 2020)"), no phone.
_TIMES_OR_ROUND = re.compile(
    r"(?:[01]\d|2[0-3])[0-5]\d[ -]?(?:[01]\d|2[0-3])[0-5]\d|\d\d00[ -]?\d\d00|(?:19|20)\d\d[ -]?(?:19|20)\d\d"
)


# A list of internal numbers by its heading ("USEFUL BLEEPS: site manager 1200; pharmacist Ruth 1623",
# "Hospitalist pagers: A – Dr. Vasquez 87212; B – ..."): the number closing each short item of the heading's
# sentence; and a table whose header names a bleep column ("Day | 1st on (bleep) | 2nd on (mobile)"): the
# numbers in brackets of its rows ("Dr A. Iqbal (3304)").
_BLEEP_CUE = re.compile(r"(?i)\b(?:bleeps?|pagers?|beepers?)\b(?=[ \t]*(?:[:(–—-]|\d)|\))")
# The number closing an item of the heading's list ("site manager 1200", "pharmacist Ruth 1623", "A – Dr. Vasquez
# 87212"): never a clock time after "at", a year, nor a reading or a place after its label ("called at 1415",
# "sodium 118", "ward 305").
_ITEM_NUMBER = re.compile(
    r"(?<![\w./:+-])(?<!\bat )(?<!@ )(?<!@)(?!(?:19|20)\d\d\b)(?P<n>\d{3,5})[ \t]*$"
)
_ITEM_LABEL = re.compile(
    r"(?i)\b(?:sodium|potassium|na|k|crp|plts?|hb|wcc|bp|hr|rr|sats?|temp|glucose|bm|ward|room|bed|bay|ecg|times?|"
    r"pages?|lost|in)[ \t]*:?[ \t]*\d{3,5}[ \t]*$"
    r"|\b(?:answer|answered|called|rang|bleeped|paged|again|response|reply)\b"
)
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)[.!?](?:[ \t]|$)")


def numbers_in_bleep_lists(text: str) -> list[Span]:
    """PHONE_NUMBER spans for the bleep and pager numbers listed after such a heading or under such a column."""
    out: list[Span] = []
    table_open = False
    for start, line in lines_with_starts(text):
        if not line.strip():
            table_open = False
            continue
        cue = _BLEEP_CUE.search(line)
        if cue and "|" in line:
            table_open = True  # the header: its rows follow
            continue
        if cue or table_open and "|" in line:
            if cue:  # the items of the heading's sentence ("pager 4-4821 re: BP 82/40. Bolus 250 cc" ends at ".")
                end = _SENTENCE_END.search(line, cue.end())
                stop = end.start() if end else len(line)
                pos = start + cue.end()
                for index, item in enumerate(re.split(r"[;,]", line[cue.end() : stop])):
                    m = _ITEM_NUMBER.search(item)
                    # a later number alone is a time in a log ("no answer 0315, 0330")
                    lone = index > 0 and m is not None and item.strip() == m.group("n")
                    if m and not lone and len(item.split()) <= 6 and not _ITEM_LABEL.search(item):
                        out.append(Span(pos + m.start("n"), pos + m.end("n"), "PHONE_NUMBER", 0.6, "BleepList"))
                    pos += len(item) + 1  # the item and its separator
            else:
                for m in re.finditer(r"\((\d{3,5})\)", line):
                    out.append(Span(start + m.start(1), start + m.end(1), "PHONE_NUMBER", 0.6, "BleepList"))
        else:
            table_open = False
    return out


# A middle initial after a name written family name first ("BRENNAN, KATHLEEN M | MRN", "HALVORSEN, ERIK T\t"):
# one capital, then a field's end, never a word or a closing abbreviation ("SMITH, JOHN MD"). Used with
# ``match`` at a span's end only: searched through a long run of blanks it would be quadratic.
# An "M" or "F" is a sex as often ("KAMARA, FATMATA  F  05/05/1990"): only before a field's separator.
_INITIAL_AFTER_NAME = re.compile(
    r"[ \t]+(?:(?P<initial>[A-EG-LN-Z])\.?(?=[ \t]*(?:[,;|)\t\n]|$)|[ \t]{2})"
    r"|(?P<sex_or_initial>[MF])\.?(?=[ \t]*(?:[,;|)\n]|$)))"
)


# A given name's initial after a family name alone, as lists write it ("Chen, W 93F", "Marquez, L.", "Campbell J
# s3", "Ferguson A → Stirling"): one capital, then the entry's next field, never a reading ("Jones T 38.5",
# "Patel K 3.1"). Never "I" ("Jones I think"), nor "M" or "F", a sex as often; "A" only before a field's
# separator ("Smith A and B" is a list).
_GRADE_AFTER = r"[ \t]+(?:RMN|RGN|RN|HCA|HCSW|SN|CPN|LPN|CNA|NP)\b"  # "Dlamini T RMN"; never "Grace, A RMN"
_INITIAL_AFTER_SURNAME = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:(?P<initial>[B-EG-HJ-LN-Z])\.?(?![\w'’.-])"
    r"(?=[ \t]*(?:[,;|)\t\n→]|$)|[ \t]{2}|[ \t]+(?:[–—→-]|\(|[a-z]\w*\d|\d{1,3}/?[MF]\b)|" + _GRADE_AFTER + r")"
    r"|(?P<first>A)\.?(?![\w'’.-])(?=[ \t]*(?:[,;|)\t\n→]|$)|[ \t]+[–—→]))"
)


def initials_after_inverted_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """PERSON spans for the initial right after a detected "FAMILY, GIVEN" name or a family name alone."""
    out = []
    for span in spans:
        if span.entity_type != "PERSON":
            continue
        name = text[span.start : span.end]
        if "," in name:
            m = _INITIAL_AFTER_NAME.match(text, span.end)
            start = m.start(m.lastgroup) if m else 0
        elif name[:1].isupper() and re.fullmatch(r"[^\W\d_][^\W\d_'’-]+", name):
            m = _INITIAL_AFTER_SURNAME.match(text, span.end)
            start = span.start  # one name with its comma: "Chen, W"
        else:
            continue
        if m is not None:
            out.append(Span(start, m.end(), "PERSON", span.score, "InitialAfterName"))
    return out


# A list entry's end after a given name: a field's separator, two blanks, a dash between fields, the line's end.
_ENTRY_FIELD_END = re.compile(r"[ \t]*(?:[;|)\t\n(]|$)|[ \t]{2}|[ \t]+[–—-][ \t]")


def name_joins(text: str, spans: Sequence[Span], *, is_word: Callable[[str], bool] = lambda w: False) -> list[Span]:
    """One PERSON span over the parts of a name found apart, so no quote or separator is left between them.

    "Family, Given" ("Tremblay, Josée – d/c") needs the given name to end the list entry's field: "Anna,
    Maria and Jo" are three people. A quoted nickname joins only between two names, its quotes a pair
    ('Demetrius "Meech" Alston'; never "Chris' Anna called"); HL7's carets join parts directly ("HALVORSEN^ERIK").
    """
    people = sorted((s for s in spans if s.entity_type == "PERSON"), key=lambda s: s.start)
    out = []

    def join(first: Span, last: Span) -> None:
        out.append(Span(first.start, last.end, "PERSON", max(first.score, last.score), "NameJoin"))

    for span in people:
        # the particle's name is no word ("Dr Smith de Novo" stays)
        if (end := _particle_tail(text, span)) is not None and not is_word(text[span.end : end].split()[-1]):
            out.append(Span(span.start, end, "PERSON", span.score, "NameJoin"))
    for i, (first, second) in enumerate(zip(people, people[1:], strict=False)):
        between = text[first.end : second.start]
        inverted = (
            re.fullmatch(r",[ \t]*", between)
            and " " not in text[first.start : first.end].strip()
            and _ENTRY_FIELD_END.match(text, second.end)
        )
        if inverted or between == "^":
            join(first, second)
            continue
        opening = _NICKNAME_OPENING.fullmatch(between)
        closing = _NICKNAME_CLOSING[opening["quote"]] if opening else None
        if closing is None:
            continue
        if re.search(rf"\w{closing}[ \t]\w", text[second.start : second.end]):
            join(first, second)  # the nickname and the family name found as one ('William', 'Bill" Tanaka')
        elif i + 2 < len(people) and re.fullmatch(rf"{closing}[ \t]", text[second.end : people[i + 2].start]):
            join(first, people[i + 2])
    return out


# The particles of family and patronymic names ("Riaan du Toit", "Rhodri ap Gwilym", "Thangam d/o Muthusamy", "Rajesh
# a/l Murugan", "Ahmad bin Ismail"), and the capitalised word they lead to.
# ("a/p" is left out: in a note it is as often "assessment/plan")
_PARTICLE = r"(?:du|de|da|di|van|von|der|den|ap|ab|te|d/o|s/o|a/l|bin|binti|binte|bint|ibn)"
_CAPITAL_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?\b"
_PARTICLE_TAIL = re.compile(r"[ \t]+" + _PARTICLE + r"[ \t]+(?:(?:der|den|la|le)[ \t]+)?" + _CAPITAL_WORD)
_ENDS_IN_PARTICLE = re.compile(r"[ \t]" + _PARTICLE + r"\Z")
_NEXT_CAPITAL = re.compile(r"[ \t]+" + _CAPITAL_WORD)


def _particle_tail(text: str, span: Span) -> int | None:
    """Where a capitalised name runs on past its particle ("Riaan" -> "Riaan du Toit"), else None."""
    value = text[span.start : span.end]
    if not value[:1].isupper() or value.isupper():
        return None
    pattern = _NEXT_CAPITAL if _ENDS_IN_PARTICLE.search(value) else _PARTICLE_TAIL
    m = pattern.match(text, span.end)
    return m.end() if m else None


# A quoted nickname between a given and a family name: its opening quote, and the closing one it pairs with.
_NICKNAME_OPENING = re.compile(r"[ \t](?P<quote>[\"“'‘])")
_NICKNAME_CLOSING = {'"': '"', "“": "”", "'": "'", "‘": "’"}


# A compass word before a town names its quarter ("South Brisbane", "East Boston", "North York"); capitalized.
_COMPASS_BEFORE = re.compile(r"(?<![\w'’-])(?:North|South|East|West|Upper|Lower|Central|Greater)[ \t]+\Z")


def compass_before_places(text: str, spans: Sequence[Span], *, is_place: Callable[[str], bool]) -> list[Span]:
    """LOCATION spans over "South" in "South Brisbane": a compass word right before a detected town.

    The town may have been read as a name ("Brisbane", "Kent"), so any span whose text is a town counts.
    """
    out = []
    for span in spans:
        if span.entity_type not in {"LOCATION", "PERSON"} or not is_place(text[span.start : span.end]):
            continue
        m = _COMPASS_BEFORE.search(text, max(0, span.start - 12), span.start)
        if m is not None:
            out.append(Span(m.start(), span.end, "LOCATION", 0.6, "CompassBeforePlace"))
    return out


# A town a road's point is told from ("on US Hwy 2 W of Browning", "ON US 20 E OF SHIPSHEWANA"): a compass letter or
# word and "of" after a detected road, then one to three words in the road's own case.
_TOWN_OFF_ROAD = re.compile(
    r"[ \t]+(?:(?-i:[NSEW])|(?i:north|south|east|west))[ \t]+(?i:of)[ \t]+"
    r"(?P<town>(?-i:[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}|[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}))"
    r"(?![\w'’-])"
)


def towns_off_roads(text: str, spans: Sequence[Span]) -> list[Span]:
    """LOCATION spans for the town a detected road's point is told from (see ``_TOWN_OFF_ROAD``).

    The town is in capitals after a road in capitals and in Title case otherwise; a street there is a crossing, no
    town ("Hwy 9 E of Main St").
    """
    out = []
    for span, m in _right_after(text, spans, "STREET_ADDRESS", _TOWN_OFF_ROAD):
        road, town = text[span.start : span.end], m.group("town")
        if town.isupper() != road.isupper() or _STREET_TYPE_END.search(town):
            continue
        out.append(Span(m.start("town"), m.end("town"), "LOCATION", 0.6, "TownOffRoad"))
    return out


_STREET_TYPE_END = re.compile(r"(?i)\b(?:st|rd|ave|blvd|dr|ln|hwy|way|street|road|avenue|lane|drive|highway)$")


# Two towns of a move or a trip: "from Reading to Slough", "between Bury and Oldham", "to Worcester from Leeds".
# Beside a detected town, a word the gazetteer lists is the other town though it is also a word ("Reading").
_TOWN = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?"
_TOWN_BEFORE_PAIRED = re.compile(
    r"\b(?P<opener>from|between|to)[ \t]+(?P<town>" + _TOWN + r")[ \t]+(?P<joiner>to|and|from)[ \t]+\Z"
)
_OPENER_BEFORE = re.compile(r"\b(?P<opener>\w+)[ \t]+\Z")
_TOWN_AFTER_PAIRED = re.compile(r"[ \t]+(?P<joiner>to|and|from)[ \t]+(?P<town>" + _TOWN + r")\b")
_PAIRS = frozenset({("from", "to"), ("between", "and"), ("to", "from")})


def towns_paired_with_towns(text: str, spans: Sequence[Span], *, is_place: Callable[[str], bool]) -> list[Span]:
    """LOCATION spans for a listed town paired with a detected one ("from Reading to Slough", "between Bury and X")."""
    out = []
    for span in spans:
        if span.entity_type != "LOCATION":
            continue
        before = _TOWN_BEFORE_PAIRED.search(text, max(0, span.start - 40), span.start)
        after = _TOWN_AFTER_PAIRED.match(text, span.end)
        opener = _OPENER_BEFORE.search(text, max(0, span.start - 12), span.start) if after is not None else None
        for m, first in ((before, before), (after, opener)):
            if m is None or first is None:
                continue
            if (first["opener"].lower(), m["joiner"].lower()) in _PAIRS and is_place(m["town"]):
                out.append(Span(m.start("town"), m.end("town"), "LOCATION", 0.6, "PairedTown"))
    return out


# A region or a country's short form after a detected town and its comma ("Kirkcaldy, Fife", "Rotorua, NZ"):
# up to three capitalised words, the longest that names one (``is_region``).
_REGION_AFTER_PLACE = re.compile(r",[ \t]*(?P<region>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})")
COUNTRY_SHORT_FORMS = frozenset({"nz", "uk", "aus", "uae", "rsa", "png", "drc"})


def regions_after_places(text: str, spans: Sequence[Span], *, is_region: Callable[[str], bool]) -> list[Span]:
    """LOCATION spans for a region or a country's short form right after a detected town and a comma."""
    out = []
    for _, m in _right_after(text, spans, "LOCATION", _REGION_AFTER_PLACE):
        words = m.group("region").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,")
            # an Irish county after its town keeps its "Co." ("Tralee, Co. Kerry")
            county = re.sub(r"^(?:Co\.?|County)[ \t]+", "", name)
            if is_region(name.lower()) or (county != name and is_region(county.lower())):
                start = m.start("region")
                out.append(Span(start, start + len(name), "LOCATION", 0.6, "RegionAfterPlace"))
                break
    return out


# A US state's or a Canadian province's postal code after a detected town: after a comma ("Mobile, AL"), and a
# province's also after a space where the address ends ("London ON)"): a US code there would be a word in
# capitals ("LEEDS IN MAY"), and a province's one in running text ("in Leeds ON the weekend").
_PROVINCES = "ON|QC|BC|AB|MB|SK|NS|NB|PE|NL|YT|NT|NU"
# A phone number's opening bracket after the address ends ("Boca Raton, FL ((561) 555-0172)", "Ottawa ON (613-...").
_PHONE_BRACKET = r"[ \t]+\(+[ \t]*\+?\d"
_STATE_CODE_AFTER_PLACE = re.compile(
    rf"(?:,[ \t]*(?P<code>{_US_STATE_CODES}|{_PROVINCES})|[ \t]+(?P<province>{_PROVINCES}))"
    # (only where the address ends or its postcode follows: "Mobile, AL.", "Ottawa ON K1Y 4E9"; never
    # "Sarasota, AL staff", where the capitals are assisted living)
    # (or a phone's bracket: "Boca Raton, FL ((561) 555-0172)")
    r"(?=[ \t]*(?:[,.;:)\]\n]|$)|[ \t]+(?:\d{5}|[A-Z]\d[A-Z])\b|" + _PHONE_BRACKET + r")"
)


# ... and after a space, in any case, a code that is no word, no credential and no note's or chat's abbreviation
# ("FOUND DOWN IN BERLIN NH BY", "FROM ELKO NV.", "marianna fl."; never "VT" a rhythm, "NS" saline, "SD", "BC"
# because), in capitals after a town in capitals or in Title case and in lower case after one in lower case; the town
# may have been read as a name ("ELKO"), where the gazetteer knows it.
_PLAIN_CODES = "AK|AZ|FL|IL|IA|KS|KY|MN|NV|NH|NJ|NM|NY|RI|TN|UT|WV|WI|WY|NL|SK|QC|YT|NU"
_PLAIN_CODE_AFTER_PLACE = re.compile(
    r"[ \t]+(?P<code>(?i:" + _PLAIN_CODES + r"))(?![\w'’@/-])(?![ \t]*\d+[ \t]*(?i:mg|ml|l)\b)"
)


def state_codes_after_places(text: str, spans: Sequence[Span], *, is_place: Callable[[str], bool]) -> list[Span]:
    """LOCATION spans for a state's or a province's code right after a detected town (see the patterns above)."""
    out = []
    for span, m in _right_after(text, spans, "LOCATION", _STATE_CODE_AFTER_PLACE):
        if m.group("province") and text[span.start : span.end].isupper():
            continue
        group = "code" if m.group("code") else "province"
        out.append(Span(m.start(group), m.end(group), "LOCATION", 0.6, "StateAfterPlace"))
    for span in spans:
        m = _PLAIN_CODE_AFTER_PLACE.match(text, span.end)
        if m is None or span.entity_type not in ("LOCATION", "PERSON"):
            continue
        town, code = text[span.start : span.end], m.group("code")
        same_case = code.islower() if town.islower() else code.isupper()
        if same_case and (span.entity_type == "LOCATION" or is_place(town.lower())):
            out.append(Span(m.start("code"), m.end("code"), "LOCATION", 0.6, "StateAfterPlace"))
    return out


# A town before its state's, province's or Australian state's code ("READING, PA where his sister lives", "LEBANON,
# NH BUT", "Elizabeth, SA."): the code after the comma makes a place of a gazetteer town, even one that is an
# everyday word in capitals. A name before a code that is also a credential is a clinician ("Jones, MD", "Grant, PA"),
# and a code that is also a word is one ("Mood: Golden, OK."), unless a word of place comes before the town.
_TOWN_BEFORE_CODE = re.compile(
    r"(?<![\w'’-])(?P<town>(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*),[ \t]*"
    rf"(?P<code>{_US_STATE_CODES}|{_PROVINCES}|NSW|VIC|QLD|SA|WA|TAS|ACT)"
    r"(?=[ \t]*(?:[,.;:)\]\n]|$)|[ \t]+(?:\d{4,5}|[A-Z]\d[A-Z])\b|" + _PHONE_BRACKET
    + r"|[ \t]+(?i:where|but|and|who|with|to|for|in|on|originally|area|native)\b)"
)
_CREDENTIAL_CODES = frozenset("PA MD DO MS MA NP RN PT OT SA CA DC ND".split())
# Codes that are also words or abbreviations of a note ("Mood: Golden, OK.", "Plan: Lasix, IN").
_WORD_CODES = frozenset("OK IN ME OR HI OH DE LA CO AL ID NE SC VA GA MT CT WA ON AB PE NT ACT".split())
# ... unless a word of place stands before the town ("FROM READING, PA", "lives in Grant, PA").
_LOCATIVE_BEFORE = re.compile(r"\b(?i:from|in|to|near|of|at|lives|moved)[ \t]+$")


def towns_before_state_codes(
    text: str, spans: Sequence[Span], *, is_town: Callable[[str], bool], is_name: Callable[[str], bool]
) -> list[Span]:
    """LOCATION spans for a gazetteer town and the state code after its comma (see ``_TOWN_BEFORE_CODE``)."""
    if "," not in text:
        return []
    out = []
    for m in _TOWN_BEFORE_CODE.finditer(text):
        # the longest run of the last words that is a town ("LIVES IN LEBANON, NH": "LEBANON")
        words = list(re.finditer(r"\S+", m.group("town")))
        base = m.start("town")
        start = next((base + w.start() for w in words if is_town(text[base + w.start() : m.end("town")].lower())), None)
        if start is None:
            continue
        town = text[start : m.end("town")]
        code = m.group("code")
        ambiguous = code in _WORD_CODES or (code in _CREDENTIAL_CODES and all(is_name(w) for w in town.lower().split()))
        if ambiguous and not _LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
            continue
        out.append(Span(start, m.end("town"), "LOCATION", 0.6, "TownBeforeCode"))
        out.append(Span(m.start("code"), m.end("code"), "LOCATION", 0.6, "TownBeforeCode"))
    return out


# The street a detected site stands on ("Walgreens on Route 9", "Grace Church on Broadway", "Duane Reade on W 72nd
# St", "Boots on Fargate"): a route's number, or one or two title-case words with an optional street type.
_STREET_TYPE = (
    r"(?:St|Ave|Rd|Blvd|Dr|Ln|Pkwy|Hwy|Way|Pl|Ct|Cres|Tce|Street|Avenue|Road|Boulevard|Drive|Lane|Parkway|Place|"
    r"Court|Crescent|Terrace|Row|Square|Sq)\.?"
)
_STREET_AFTER_SITE = re.compile(
    r"[ \t]+on[ \t]+(?P<street>(?:Route|Rt|Rte|Hwy|Highway|State[ \t]+Route)\.?[ \t]+\d{1,4}\b"
    r"|(?:(?:[NSEW]|North|South|East|West|Old|Upper|Lower)\.?[ \t]+)?"
    r"(?P<name>\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20})?)"
    r"(?P<type>[ \t]+" + _STREET_TYPE + r")?)(?![\w'’-])"
)
# What a site is "on" that is no street: a day, a holiday, an app, a schedule ("CVS on Monday", "Walgreens on
# Facebook", "Starbucks on Christmas Eve", "the clinic on Call").
_NOT_STREETS = frozenset(
    "christmas easter thanksgiving halloween eid diwali hanukkah ramadan new years facebook instagram twitter tiktok "
    "reddit youtube google zoom teams skype whatsapp snapchat discord amazon yelp call duty site time hold line board "
    "staff shift campus record file tape camera video speaker speakerphone speed dial weekends weekdays weekend "
    "medicaid medicare".split()
)


# Street names that are also clinical words ("main", "high"): a drug, a test or a stage after "on" is no street.
_COMMON_STREETS = frozenset("main high market church park bridge mill station water front".split())


def streets_after_sites(text: str, spans: Sequence[Span], *, is_clinical: Callable[[str], bool]) -> list[Span]:
    """LOCATION spans for the street a detected site stands on, written "<site> on <street>".

    Without a street type the name must be no day, month, holiday, app or clinical word ("Walgreens on
    Monday", "Sunnybrook on Clozapine", "Mercy on Admission"; ``is_clinical`` reads a lower-case word).
    """
    out = []
    for _, m in _right_after(text, spans, "FACILITY", _STREET_AFTER_SITE):
        words = (m.group("name") or "").lower().split()
        if not m.group("type") and words and words[0][0].isdigit():
            continue  # an ordinal needs its street type ("works at Brightline on 2nd shift")
        if not m.group("type") and any(
            w in _NOT_STREETS
            or w.rstrip("s") in WEEKDAY_WORDS  # (and "tuesdays")
            or w in MONTH_WORDS
            or (is_clinical(w) and w not in _COMMON_STREETS)
            for w in words
        ):
            continue
        out.append(Span(m.start("street"), m.end("street"), "LOCATION", 0.55, "StreetAfterSite"))
    return out


# A town after a detected site and a comma or a dash ("Walgreens, Wake Forest.", "Southcoast Sleep Lab - Fall
# River", "ST. BRENDAN'S HOSPITAL, MULLINGAR"), or alone in brackets ("Cygnet (Bury)", "Priory Hospital
# (Roehampton)"): up to three capitalised words, the longest that is a place.
_PLACE_AFTER_SITE = re.compile(
    r"(?:,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*\((?=[^()\n]{1,40}\)))"
    r"(?P<place>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})"
)
# A site typed in lower case and the town of its branch, lower case too: "the countdown in manukau", "the tyson plant
# in noel, MO" (a one-word town that is an everyday word still ends its clause: "the dollar general in hazard.").
_LOWER_PLACE_AFTER_SITE = re.compile(r"[ \t]+(?:in|near)[ \t]+(?P<place>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2})")
# Parts of a site that gazetteers also list as towns ("Ward", "Wing"), and a site's part by its number ("Ward 22").
_SITE_PARTS = frozenset("ward unit wing floor level block building room bay suite campus annex tower pavilion".split())
_NUMBER_NEXT = re.compile(r"[ \t]*#?\d")
# Where a town that is also an everyday word ends ("Hartley College, Reading." but not "..., Reading the notes").
_BRACKET_PLACE_END = re.compile(r"[ \t]*(?:\)|,[ \t]*[A-Z]{2}[ \t]*\))")
_PLACE_END = re.compile(r"[ \t]*(?:[,.;:)\]\n]|$|[A-Z]{2}\b)")


def places_after_sites(
    text: str, spans: Sequence[Span], *, is_place: Callable[[str], bool], is_everyday: Callable[[str], bool]
) -> list[Span]:
    """LOCATION spans for a gazetteer town right after a detected site and a comma or a dash.

    ``is_place`` reads a lower-cased name; a one-word town that is an everyday word ("Reading", "Ware")
    must end its clause.
    """
    out = []
    found = list(_right_after(text, spans, "FACILITY", _PLACE_AFTER_SITE))
    lower = _right_after(text, spans, "FACILITY", _LOWER_PLACE_AFTER_SITE)
    found += [(site, m) for site, m in lower if text[site.start : site.end].islower()]
    for _, m in found:
        words = m.group("place").split()
        bracket = text[m.start() : m.start("place")].strip() == "("
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if not is_place(name.lower()):
                continue
            start = m.start("place")
            if n == 1 and (name.lower() in _SITE_PARTS or _NUMBER_NEXT.match(text, start + len(name))):
                break  # a part of the site ("Waikato Hospital, Ward 22")
            if n == 1 and is_everyday(name.lower()) and not _PLACE_END.match(text, start + len(name)):
                break
            # in brackets, a town alone or before its state's comma ("(Roehampton)", "(Worcester, MA)"); never a ward's,
            # a day's, an everyday word's or a short code's ("(Florence Ward)", "(Mon)", "(Central)", "(PA)")
            if bracket and (
                not _BRACKET_PLACE_END.match(text, start + len(name))
                or n == 1 and (is_everyday(name.lower()) or name.lower() in WEEKDAY_WORDS or len(name) <= 3)
            ):
                break
            out.append(Span(start, start + len(name), "LOCATION", 0.55, "PlaceAfterSite"))
            break
    return out


# A site's name between a word of place and "in" a detected town ("referred to AdCare in Worcester", "seen at Mercy
# in Springfield"): the town makes a place of the words.
_SITE_BEFORE_IN = re.compile(
    r"\b(?:at|to|from|into|At|To|From)[ \t]+(?:the[ \t]+)?"
    r"(?P<site>(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*)[ \t]+in[ \t]+$"
)


def sites_before_places(text: str, spans: Sequence[Span], *, is_site_name: Callable[[str], bool]) -> list[Span]:
    """FACILITY spans for the name between a cue and "in" a detected town (see ``_SITE_BEFORE_IN``).

    ``is_site_name`` reads the words as written; a name already covered by a span is left to it.
    """
    out = []
    for place in spans:
        if place.entity_type != "LOCATION":
            continue
        m = _SITE_BEFORE_IN.search(text, max(0, place.start - 80), place.start)
        if m is None or not is_site_name(m.group("site")):
            continue
        start, end = m.span("site")
        if not any(s.start <= start and end <= s.end for s in spans):
            out.append(Span(start, end, "FACILITY", 0.5, "SiteBeforePlace"))
    return out


# An alias just before a name in brackets: one or two capitalised words, quoted or not ('"Big Mike" (Michael
# Oyelaran)', "Sbu (Sibusiso Khumalo)").
_ALIAS_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<q>[\"“'‘])?(?P<alias>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?(q)[\"”'’])[ \t]*\([ \t]*$"
)


# Titles, roles and kin that stand before a name in brackets or in quotes after one without being a name.
_TITLES_AND_KIN = frozenset(
    "nan nana nanna gran granny grandma grandpa papa mama mum mom dad doctor doc judge governor bishop dean lord lady "
    "sir boss angel chief coach pastor father mother sister brother uncle auntie aunt landlord tenant consultant "
    "carer nurse officer captain major general colonel sergeant".split()
)
# A nickname quoted in brackets right after a name ('PRICE G ("Gem")', "Mary ('Molly') Byrne", 'Gurdeep ("Goldie" to
# family)'), in lower case after a lower-case name ('rosemary ("ro")'), or after a cue that only a person's other
# name takes, in any shape ('Dwayne Clarke (aka "D-Money")', 'Jayden Kerr (goes by "JK")').
_NICK_CUE = r"(?i:aka|a\.k\.a\.?|goes[ \t]+by|known[ \t]+as|nicknamed)"
_NICKNAME_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?P<cue>" + _NICK_CUE + r"[ \t]*:?[ \t]*)?[\"“'‘]"
    r"(?P<nick>(?(cue)[\w'’.-]{1,20}|(?P<low>[a-z])?[A-Za-z][\w'’-]{0,20})(?:[ \t]+[A-Z][\w'’-]{1,20})?)[\"”'’]"
    r"(?:[ \t]+(?i:to|by|with|for|at)[ \t]+(?i:(?:his|her|their|the|all)[ \t]+)?"
    r"(?i:family|friends|everyone|peers|staff|home|mates|short))?[ \t]*\)"
)


def aliases_before_names(
    text: str, spans: Sequence[Span], *, is_word: Callable[[str], bool], first_names: frozenset[str]
) -> list[Span]:
    """PERSON spans for an alias right before a detected name in brackets, or quoted in brackets right after it.

    Unquoted, an alias must be no word (``is_word``: "Patient (John Ruiz)", "Dr (Ann Lee)" name a role), or a
    listed first name, or the name's own first four letters ("Coops (Liam Cooper)").
    Quoted, two ordinary words need a given name among them: '"Big Mike" (…)' is a nickname, '"Best
    Actor" (Tom Hanks)' a title.
    """
    out = []
    for span in spans:
        if span.entity_type != "PERSON" or not text[span.end : span.end + 2].lstrip(" \t").startswith(")"):
            continue
        m = _ALIAS_BEFORE.search(text, max(0, span.start - 40), span.start)
        if m is None:
            continue
        words = m.group("alias").split()
        if m.group("q") is None:
            name_words = [w.lower() for w in text[span.start : span.end].split()]
            # a word may be the short form of the name it stands before ("Coops (Liam Cooper)", "Bex (Rebecca
            # Strand)" where "bex" is a listed first name)
            alias = words[0].lower()
            short_form = (
                len(words) == 1
                and alias not in name_words  # a role repeated before its holder: "Coach (Coach Barrows)"
                and alias not in _TITLES_AND_KIN  # "Nan (Mary Lee)", "Judge (…)", "Papa (…)"
                and (len(alias) >= 4 and any(n.startswith(alias[:4]) for n in name_words) or alias in first_names)
            )
            if any(is_word(w) for w in words) and not short_form:
                continue
        elif len(words) > 1 and all(is_word(w) for w in words) and not any(w.lower() in first_names for w in words):
            continue
        out.append(Span(m.start("alias"), m.end("alias"), "PERSON", 0.7, "AliasBeforeName"))
    for span in spans:
        if span.entity_type == "PERSON" and (m := _NICKNAME_AFTER.match(text, span.end)) is not None:
            nick = m.group("nick").lower().split()
            if m.group("low") and not text[span.start : span.end].islower():
                continue  # a lower-case word in quotes after a capitalised name is a quote ('Ann ("fine")')
            if any(w in _TITLES_AND_KIN for w in nick) or not any(c.isalpha() for c in m.group("nick")):
                continue
            # the name's own short form ('rosemary ("ro")'), or a word that is a name only after a cue ('(aka
            # "Tiny")'); a status, a role or a pronoun in quotes is no nickname ('Smith ("DNR")', '(aka "NFA")',
            # '(goes by "they")')
            short_form = len(nick) == 1 and len(nick[0]) > 1 and text[span.start : span.end].lower().startswith(nick[0])
            value = m.group("nick")
            # after a cue, a capitalised word or two capitals ('(aka "Tiny")', '(goes by "JK")')
            named = value[:1].isupper() and not value.isupper() or value.isupper() and len(value) == 2
            if not short_form and any(is_word(w) and w not in first_names for w in nick):
                if not (m.group("cue") and named):
                    continue
            out.append(Span(m.start("nick"), m.end("nick"), "PERSON", 0.7, "AliasBeforeName"))
    return out


# The two-digit end of a range after a year ("1969-70", "2011–12"), later in the same century.
_RANGE_END = re.compile(r"[-–](?P<end>\d\d)(?![\d:]|[.,/-]\d)")


# Tagalog's articles of personal names ("Ex ko si Migs", "sabi ni Jomar", "kay Bea"), a title between them
# ("si Sir Jomar", "si Doc Abi"); never a kin word after them ("Si Mama naman", "ni Lola").
_TAGALOG_NAME_ARTICLE = re.compile(
    r"\b(?:[Ss]i|[Nn]i|[Kk]ay|[Ss]ina|[Nn]ina)[ \t]+(?:(?:Sir|Ma['’]?am|Doc|Dr\.?|Ate|Kuya|Tita|Tito)[ \t]+)?"
    r"(?P<name>[A-Z][a-z]+)\b"
)
_TAGALOG_KIN = frozenset(
    "mama papa mommy daddy mom dad nanay tatay inay itay lola lolo ate kuya tita tito bunso anak sir doc".split()
)


_NAMING_TYPES = frozenset({"PERSON", "FACILITY", "LOCATION"})
# A police officer's collar or badge number after the rank and the detected name ("Detained by PC Hollis 4182",
# "Cst Amara Diallo #30417"): never a clock time or a year ("Sgt Okafor 0800 briefing", "PC Smith 2019"), a reading
# or an amount ("PC Harris 120 over 80", "Officer Smith 300 quid").
_RANK_BEFORE = re.compile(r"\b(?:PC|DC|Sgt|SGT|Cst|Const|Constable|Trooper|Garda)\.?[ \t]+$")
_COLLAR_AFTER = re.compile(
    r"[ \t]+#?(?P<num>\d{3,5})\b(?![.,:/-]\d)(?![ \t]*(?:/|(?i:over|hrs?|hours?|mins?|am|pm|mg|ml|units?|kg|lbs?|quid|"
    r"pounds?|dollars?|%|x)\b))"
)


def collar_numbers(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for the number right after a detected PERSON whom a police rank opens."""
    out = []
    for span in spans:
        if span.entity_type != "PERSON" or (m := _COLLAR_AFTER.match(text, span.end)) is None:
            continue
        number = m.group("num")
        clock = len(number) == 4 and int(number[:2]) < 24 and int(number[2:]) < 60
        if clock or (len(number) == 4 and number[:2] in ("19", "20")):
            continue
        if _RANK_BEFORE.search(text, max(0, span.start - 12), span.start):
            out.append(Span(m.start("num"), m.end("num"), "ID_NUMBER", 0.6, "CollarNumber"))
    return out


# Tails that make a found place or name a hospital's whole name, which the site pass does not cross (a digit, "and"):
# Kenya's level of care ("Thika Level 5 Hospital", "Referred to Kiambu Level 5.") and a women's or children's
# hospital named with "and" ("Brigham and Women's", "Royal Brisbane and Women's Hospital"); and after a found town,
# the one word a hospital, a school, a police station or a charity is called by there ("Salford Royal", "Thunder Bay
# Regional", "Werribee Mercy", "Maine Med", "Kent State", "Lincoln Middle", "Kuils River SAPS", "Wirral Mind"), never
# a street, a state's office or a region ("Leeds High Street", "New York State Police", "Ohio State of emergency").
_HOSPITAL_TAIL = re.compile(
    # (the level before "Hospital" or closing its clause: "Leeds Level 3 ward", "Auckland Level 3 lockdown" stay)
    r"[ \t]+(?:(?P<level>(?i:level)[ \t]+[2-6](?:[ \t]+(?:Referral[ \t]+)?(?i:hospital)\b|(?=[ \t]*(?:[.,;:)\n]|$))))"
    # ("and Women's" after "at", "to", "from" or a comma, or before "Hospital": "Boston and Women's rights" stays)
    r"|(?P<women>and[ \t]+(?:Women|Children|WOMEN|CHILDREN)['’](?:s|S))(?P<kind>[ \t]+(?i:hospital|health|faulkner))?"
    r"|(?P<nick>Royal|Regional|General|Memorial|Mercy|Med|Medical|Infirmary|State|High|Middle|Mind|SAPS|Headspace|"
    r"headspace|Nursing|ROYAL|REGIONAL|GENERAL|MEMORIAL|MERCY|MEDICAL|INFIRMARY)"
    # (and the name ends there: the clause ends or a preposition, a time, a verb of care or the site's part follows;
    # "London High winds", "Boston Medical history", "Leeds General appearance", "Georgia State Senator" go on)
    r"(?=[ \t]*(?:[,.;:)\]\n]|$|[-–—(][ \t]*)|[ \t]+(?:on|in|at|for|to|and|from|via|by|with|where|after|before|"
    r"until|last|this|yesterday|today|tonight|tomorrow|overnight|says|said|is|was|has|had|have|accepted|declined|"
    r"admitted|discharged|full|ED|ER|A&E|campus|site|ward|unit|clinic|psych|emergency|drop-in|group|team|"
    r"crisis|office|shop)\b))"
)
_SITE_PREPOSITION_BEFORE = re.compile(r"(?:\b(?i:at|to|from|into)|,)[ \t]+$")


def hospital_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """FACILITY spans over a found place (or, before "and Women's", a name) and the tail that names its hospital."""
    out = []
    for span in spans:
        if span.entity_type not in _NAMING_TYPES or (m := _HOSPITAL_TAIL.match(text, span.end)) is None:
            continue
        if m.group("level") and span.entity_type == "PERSON":
            continue  # "Achieng Level 5" is no hospital's name
        if m.group("nick") and span.entity_type != "LOCATION":
            continue  # "Alex Royal", "Dana High": a person's name goes on
        if m.group("women") and not m.group("kind"):
            lo = max(_line_start(text, span.start), span.start - 12)
            if not _SITE_PREPOSITION_BEFORE.search(text, lo, span.start):
                continue  # "Sarah and Children's Services met"
        out.append(Span(span.start, m.end(), "FACILITY", 0.6, "HospitalTail"))
    return out


# A business named by its owner's possessive after a place's preposition ("going to Wendy's on Route 9", "drinks at
# Considine's and", "were going to Queen's er"), the "'s" closing the name: punctuation, a clause word or the
# kind of place follows; "at Tom's house" is a person's house.
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:at|to|from|in|near|outside|behind|inside)[ \t]+$")
_POSSESSIVE_CLOSING_NAME = re.compile(
    r"['’]s(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|on|in|for|with|to|at|after|before|every|last|this|again|first|now|"
    r"yesterday|tonight|tomorrow|(?i:er|ed|a&e|tavern|pub|bar|shop|store|restaurant|cafe|drive-thru|car[ \t]+park)\b))",
    re.MULTILINE,
)


def possessive_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each name's span grown over the "'s" that makes it a business's name after "at", "to" or "from"."""
    out = []
    for span in spans:
        if span.entity_type not in _NAMING_TYPES or _POSSESSIVE_CLOSING_NAME.match(text, span.end) is None:
            continue
        if _PLACE_PREPOSITION_BEFORE.search(text, max(_line_start(text, span.start), span.start - 12), span.start):
            out.append(Span(span.start, span.end + 2, span.entity_type, span.score, "PossessivePlace"))
    return out


# Services and chains that name a branch by its town, the brand right before the town ("SAPS Rondebosch", "Priory
# Roehampton", "CAMHS Westmeath", "VA Palo Alto", "Clicks Rosebank"): the found
# town and the brand are one site's name, also where a town was read as a name ("Ambulance Victoria"; after
# "Mercy", a first name, only a town: "Mercy Jones" is a person). Only these words, in their own
# letter case: a word before a town is as often a clause's ("Born Leeds", "MRI Boston", "ED Springfield").
_BRANCH_BRANDS = (
    r"SAPS|VA|CAMHS|NHS|HSE|CMHT|IAPT|HMP|YMCA|YWCA|CGL|Priory|PRIORY|Cygnet|CYGNET|Mercy|MERCY|headspace|Headspace|"
    r"Bupa|BUPA|Clicks|Dis-Chem|Unichem|Superdrug|Kaiser|Sutter|Netcare|Mediclinic|Kindred|Brookdale|Barchester|"
    r"Samaritans|Turning[ \t]Point|Salvation[ \t]Army|Four[ \t]Seasons|Change[ \t]Grow[ \t]Live|Ambulance|CritiCall"
)
# (never a state's code after its town's comma: "Arlington, VA Washington DC area")
_BRAND_BEFORE = re.compile(r"(?<![\w'’&-])(?<!,[ \t])(?P<brand>" + _BRANCH_BRANDS + r")[ \t]+\Z")


def brands_before_places(
    text: str,
    spans: Sequence[Span],
    *,
    is_place: Callable[[str], bool],
    is_word: Callable[[str], bool],
    is_everyday: Callable[[str], bool],
) -> list[Span]:
    """FACILITY spans over a found town and the service's or chain's brand right before it (see ``_BRANCH_BRANDS``).

    A town read as a name counts when ``is_place`` (a lower-cased name) knows it: "CMHT Jane rang" is a worker. A
    listed town no recognizer found counts after the brand too (``_BRAND_AND_TOWN``); when it is a word as well
    (``is_word``) only where the phrase closes after it ("Cygnet Bury - 2 PICU"; "CAMHS Early help", "VA Mobile app"
    and "YMCA Camp for kids" are the brand's services) or, after a hospital's brand, a stay's word follows ("at Cygnet
    Harrow day 9"; "Priory Park is where we walk"); an everyday word only after a hospital's brand (``is_everyday``:
    "CGL Reading.", "Clicks Sale." are a group and a sale).
    """
    out = []
    for span in spans:
        if span.entity_type not in ("LOCATION", "PERSON"):
            continue
        if span.entity_type == "PERSON" and not is_place(text[span.start : span.end].lower()):
            continue
        m = _BRAND_BEFORE.search(text, max(_line_start(text, span.start), span.start - 24), span.start)
        if m is not None and (span.entity_type == "LOCATION" or m["brand"].lower() != "mercy"):
            out.append(Span(m.start("brand"), span.end, "FACILITY", 0.6, "BrandBeforePlace"))
    for m in _BRAND_AND_TOWN.finditer(text):
        town = m["town"].lower()
        if m["brand"].lower() == "mercy" or not is_place(town):
            continue
        words = town.split()
        if any(w in _NOT_BRANCHES for w in words):
            continue
        if any(is_word(w) for w in words):
            hospital = m["brand"].lower() in _HOSPITAL_BRANDS
            if any(is_everyday(w) for w in words) and not hospital:
                continue
            closes = _PHRASE_CLOSES.match(text, m.end("town")) or hospital and _STAY_WORD.match(text, m.end("town"))
            if not closes:
                continue
        out.append(Span(m.start("brand"), m.end("town"), "FACILITY", 0.6, "BrandBeforePlace"))
    return out


# A listed town that no recognizer reads, being a word too ("Cygnet Bury", "Priory Hayes Grove", "Cygnet Harrow"),
# after a brand: one or two capitalised words the gazetteer lists, closing the phrase (a bracket, punctuation, a
# dash, a number or a lower-case word follows: "Cygnet Bury - 2 PICU", "at Cygnet Harrow day 9"); "Priory Road" and
# "VA Benefits" are no towns, and a town's word before more capitals is a longer name's ("Cygnet Bury St Edmunds").
_BRAND_AND_TOWN = re.compile(
    r"(?<![\w'’&-])(?<!,[ \t])(?P<brand>" + _BRANCH_BRANDS + r")[ \t]+"
    r"(?P<town>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]*(?:[-–—,.;:()!?'’\"&/]|$)|[ \t]+(?:[a-z]|\d))",
    re.MULTILINE,
)
# (never a colon: a label's word ends there, "HSE Officer: Mr Bello")
_PHRASE_CLOSES = re.compile(r"[ \t]*(?:[-–—,.;()!?&/]|$|\d)", re.MULTILINE)
_HOSPITAL_BRANDS = frozenset({"priory", "cygnet"})
# A stay's word after a hospital's branch ("at Cygnet Harrow day 9", "Priory Hove ward round").
_STAY_WORD = re.compile(r"[ \t]+(?i:day|ward|unit|bed|admission|picu|hdu)\b")
# Listed towns that are a service's, a role's or a ward's word after a brand ("SAPS Officer", "Cygnet Ward 4", "NHS
# Person in charge", "CAMHS Day programme", "NHS Central booking", "YMCA Hall").
_NOT_BRANCHES = frozenset("officer officers ward unit day person central early young hall union normal".split())


def tagalog_personal_names(text: str) -> list[Span]:
    """PERSON spans after Tagalog's articles of personal names, in a text that mixes in Tagalog."""
    if not _TAGALOG_NAME_ARTICLE.search(text) or not mixes_tagalog(text):
        return []
    return [
        Span(m.start("name"), m.end("name"), "PERSON", 0.7, "TagalogNameArticle")
        for m in _TAGALOG_NAME_ARTICLE.finditer(text)
        if m["name"].lower() not in _TAGALOG_KIN and m["name"].lower() not in TAGALOG_WORDS
    ]


def year_range_ends(text: str, spans: Sequence[Span]) -> list[Span]:
    """DATE_TIME spans over a detected year and the two digits closing its range ("1969-70")."""
    return [
        Span(span.start, m.end(), "DATE_TIME", span.score, "YearRangeEnd")
        for span, m in _right_after(text, spans, "DATE_TIME", _RANGE_END)
        if re.fullmatch(r"(?:19|20)\d\d", year := text[span.start : span.end]) and int(m.group("end")) > int(year[2:])
    ]


# The year of a stay or a move written right after its site, or its years ("previous admission to tiaho mai 2024",
# "moved from selwyn village 2023", "previously at Hope House 2019-2020"): never a date's or a number's digits.
_YEAR_AFTER_SITE = re.compile(
    r"[ \t]+(?:in[ \t]+)?(?P<year>(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)(?![\w/:-]|\.\d)"
)
_STAY_BEFORE_SITE = re.compile(
    r"(?i)\b(?:admi\w*|attend\w*|presentation|presented|moved|transferred|graduated|studied|worked|prev\w*|hx|"
    r"discharged|left)\b[^.;\n]{0,40}$"
)


def years_after_sites(text: str, spans: Sequence[Span]) -> list[Span]:
    """DATE_TIME spans for the year of a stay or a move right after its site (see ``_YEAR_AFTER_SITE``)."""
    return [
        Span(m.start("year"), m.end("year"), "DATE_TIME", 0.6, "YearAfterSite")
        for span, m in _right_after(text, spans, "FACILITY", _YEAR_AFTER_SITE)
        if _STAY_BEFORE_SITE.search(text, max(0, span.start - 60), span.start)
    ]


# A time of day right after a date, with its zone ("5 Mar 2024 16:42:11 +0000", "15-Mar-2024 07:40 AM"), or four
# digits of a 24-hour clock ("12-MAR-2024 0814", "03/14/24 0814"), never a dose or a count after them.
_TIME_TAIL = re.compile(
    # (a chat export puts a comma between them: "12/02/2025, 21:14 - Aroha: ...")
    r",?[ \t]+" + CLOCK_TIME + r"(?:[ \t]*(?:[+-](?:0\d|1[0-4])[0-5]\d|UTC|GMT)\b)?|"
    r"[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?\b(?![ \t]*(?:mg|mcg|ml|units?|pts?|patients|people|calories)\b)"
)
# A time zone's offset after a date that holds its time already ("2024-03-02 23:41:17.5526 +0000").
_ZONE_TAIL = re.compile(r"[ \t]*(?:[+-](?:0\d|1[0-4]):?[0-5]\d|UTC|GMT)\b(?![ \t]*(?i:ml|mls|mg|kg|g|units?|l)\b)")
# A weekday right before a date ("Tue, 5 Mar 2024").
_WEEKDAY_HEAD = re.compile(r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?[ \t]+$")


def date_time_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """DATE_TIME spans grown over the time of day after a numbered date and the weekday before it.

    A date in a header or a log carries both ("Date: Tue, 5 Mar 2024 16:42:11 +0000"); left outside, the
    time and the weekday narrow the date down again after it is replaced.
    """
    grown = []
    for span in spans:
        value = text[span.start : span.end]
        if span.entity_type != "DATE_TIME" or not re.search(r"\d", value) or re.fullmatch(r"\d{4}", value):
            continue  # a year alone is no date a clock time belongs to ("in 2014 1200 staff")
        tail = _TIME_TAIL.match(text, span.end) or (":" in value and _ZONE_TAIL.match(text, span.end)) or None
        head = _WEEKDAY_HEAD.search(text, max(0, span.start - 12), span.start)
        if tail or head:
            start = head.start() if head else span.start
            grown.append(Span(start, tail.end() if tail else span.end, "DATE_TIME", span.score, "DateTimeTail"))
    return grown
