"""Identifiers said aloud, as transcripts and speech recognition write them.

A therapy session, a crisis call or a dictation run through speech recognition comes out in lower case
with the numbers spelled out, so the written-form recognizers see no digits, no "@" and no capitals.
This recognizer reads the spoken forms:

* runs of number words (``spoken_numbers``) read out digit by digit, typed by their label (an id's right
  before the number, a phone's word within the sentence before it):
  a phone number ("my number's oh seven seven double four one nine three oh six two", "callback four zero
  four ..."), an id ("member ID 9 1 7 2 4 4 0 3 8 0 1", "health card number four five three two dash ..."),
  a postcode ("postcode c f twenty four three j l"); ten digits or more with no cue read as a phone, and
  digits with a few single letters as an id; a ZIP code after a street line ("... willow brook lane
  brattleboro vermont zero five three zero one"); a date of birth after its label ("date of birth six
  twelve ninety eight");
* house numbers said as words before a street ("nineteen oh five east thirty fourth street", "flat nine
  forty two gravelly hill north");
* dates said as words (``spoken_dates``; ``bare_years: false`` leaves years alone, as the date recognizer's
  option of that name does) and e-mail addresses, links, user names and names spelled out
  (``spoken_spellings``).

A list of values ("twenty one, nineteen, eighteen"), an amount ("twenty one thousand five hundred"),
counting aloud ("one two three four five") and a run before a quantity ("forty five year old", "two fifty
five dollars") are no identifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.base import to_results
from confide.anonymize.recognizers.spoken_dates import QUANTITIES, spoken_dates
from confide.anonymize.recognizers.spoken_numbers import DIGIT_WORD, NumberRun, number_runs
from confide.anonymize.recognizers.spoken_spellings import spoken_spellings

# A number read out digit by digit: most of its words single digits ("four oh one eight four five eleven
# hundred" is 6 of 8, "five five five, twelve thirty four" 4 of 6); a list of readings or scores is teens and
# tens ("ninety four, ninety two, ..." is half).
_MIN_DIGIT_SHARE = 0.55
# Where an id's label ends and the number starts: the label's own words, a verb, fillers and a speaker's turn
# ("member ID is uh", "number's", "\n[speaker 2] "), nothing else ("his id badge says ward twelve oh three").
_CUE_GAP = r"(?:\s*(?:[:#,.'’]|\b(?:is|was|it'?s|its|s|are|number|no|num|the|uh|um|er|like|that'?s|reads|"
_CUE_GAP += r"says|for\s+me|please|caller|client|patient)\b|\[[^\]\n]{0,20}\]))*\s*$"
# A date of birth's or a postcode's question may run on before the answer ("what's the postcode where you
# are\ncaller b twenty three ..."): up to five words.
_QUESTION_GAP = r"(?:[^\w\n]*\n?[^\w\n]*\w+){0,5}?\W*$"
_DOB_CUE = re.compile(
    r"(?i)\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b|dob|born(?:\s+on)?|birth\s?date|birthday)\b" + _QUESTION_GAP
)
_POSTCODE_CUE = re.compile(r"(?i)\b(?:post\s?code|zip(?:\s?code)?|eircode)\b" + _QUESTION_GAP)
# Labels of an id: those that are ids alone, and words that label one only with "number"/"id" after them.
_ID_CUE = re.compile(
    r"(?i)\b(?:(?:id|i\s+d|npi|n\s+p\s+i|mrn|m\s+r\s+n|nhs\s+number|licen[cs]e|passport|ssn|social\s+security|"
    r"last\s+four|serial|confirmation)|(?:reference|ref|claim|policy|member|membership|record|account|card|"
    r"badge|case|docket|file|order|ticket|registration|health\s+card|chi)\s+(?:number|no|num|id))\b" + _CUE_GAP
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:numbers?|phone|call|calling|callback|ring|reach|cell|mobile|contact|text|landline|fax|pager|"
    r"extension|ext|digits)\b"
)
_PHONE_WINDOW = 60
# Vital signs said as letters before their value ("b p one forty two over eighty"): no id's letters.
_VITALS_LETTERS = frozenset("bp hr rr pr gcs spo sats".split())
_SPOKEN_DIGIT = r"(?:oh|" + DIGIT_WORD + r"|\d)"
# "... eleven hundred extension two two seven", "... extension forty": the extension joins the number.
_EXTENSION = re.compile(
    r"(?i)[ \t,]+(?:extension|ext\.?|x)[ \t]+(?:" + _SPOKEN_DIGIT + r"(?:[ \t]+" + _SPOKEN_DIGIT + r")*"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve)(?:[ \t]+" + _SPOKEN_DIGIT
    + r")?)\b"
)
# Five digits in a row counting up or down: someone counting aloud (the written form of the phone
# recognizer's ``_COUNTING_RUN``).
_COUNTING = tuple(digits[i : i + 5] for digits in ("0123456789", "9876543210") for i in range(6))

_STREET_TYPES = (
    r"street|st|road|rd|lane|ln|avenue|ave|boulevard|blvd|drive|dr|court|ct|place|pl|way|crescent|close|"
    r"terrace|circle|parkway|highway|hwy|row|grove|gardens|walk|square|hill|park|mews"
)
_STREET_AFTER = re.compile(
    r"(?i)[ \t]+(?P<name>(?:[a-z'’-]+[ \t]+){0,3}?)(?:" + _STREET_TYPES + r")\b"
    r"(?P<tail>[ \t]+(?:north|south|east|west))?"
    r"(?P<unit>,?[ \t]+(?:apartment|apt|unit|flat|suite)[ \t]+(?:[0-9]+|(?:" + DIGIT_WORD + r"|ten)(?:[ \t]+"
    + DIGIT_WORD + r"){0,2})(?:[ \t]?[a-z])?\b)?"
)
_NOT_STREET_WORDS = frozenset(
    "the a an of on in at to from for and or but my his her their our your this that down up over past by "
    "about around near off into with is was it i me we you he she they just like then male female".split()
) | QUANTITIES
_UNIT_BEFORE = re.compile(r"(?i)(?:flat|apartment|apt|unit)[ \t]+$")
# A ZIP code said after its street line and town ("... lane brattleboro vermont zero five three zero one").
_ZIP_AFTER_STREET = re.compile(r"(?i)\b(?:" + _STREET_TYPES + r")\b[ \t,]+(?:[a-z]+[ \t,]+){1,4}$")


class SpokenFormsRecognizer(EntityRecognizer):
    """Phone numbers, ids, dates, postcodes, streets, e-mails, links, user names and names said aloud."""

    ENTITIES = ("PHONE_NUMBER", "ID_NUMBER", "DATE_TIME", "ZIP_CODE", "STREET_ADDRESS", "EMAIL_ADDRESS", "URL",
                "SOCIAL_HANDLE", "PERSON")

    def __init__(self, *, score: float = 0.85, uncued_score: float = 0.6, bare_years: bool = True) -> None:
        self.score = score
        self.uncued_score = uncued_score
        self.bare_years = bare_years
        super().__init__(supported_entities=list(self.ENTITIES), name="SpokenFormsRecognizer")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every spoken identifier of ``text`` whose type is asked for."""
        wanted = set(entities) if entities else set(self.ENTITIES)
        return [
            result
            for etype, start, end, score in self._found(text)
            if etype in wanted
            for result in to_results(self, etype, [(start, end, score)])
        ]

    def _found(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        taken: list[tuple[int, int]] = []
        for etype, start, end in (*_addresses(text), *spoken_spellings(text)):
            taken.append((start, end))
            yield etype, start, end, self.score
        for etype, start, end, cued in _numbers(text):
            if not any(s < end and start < e for s, e in taken):
                yield etype, start, end, self.score if cued else self.uncued_score
        for start, end in spoken_dates(text, bare_years=self.bare_years):
            yield "DATE_TIME", start, end, self.score


def _numbers(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Number runs typed by their cue: (type, start, end, cued)."""
    joined_until = -1
    for run in number_runs(text, letters=True):
        if run.start < joined_until or any(c in run.digits for c in _COUNTING) or _before_quantity(text, run):
            continue
        typed = _number_type(text, run)
        if typed is None:
            continue
        end = run.end
        if typed[0] == "PHONE_NUMBER" and (extension := _EXTENSION.match(text, run.end)):
            end = joined_until = extension.end()
        yield typed[0], run.start, end, typed[1]


def _before_quantity(text: str, run: NumberRun) -> bool:
    after = re.match(r"[ \t]+([a-z]+)", text[run.end : run.end + 20], re.IGNORECASE)
    return bool(after and after.group(1).lower() in QUANTITIES)


def _number_type(text: str, run: NumberRun) -> tuple[str, bool] | None:
    """The type of a number run and whether a cue named it, or None for a run that is no identifier."""
    before = text[max(0, run.start - _PHONE_WINDOW) : run.start]
    n_digits = len(run.digits)
    if _DOB_CUE.search(before):
        year_said = "hundred" not in text[run.start : run.end].lower()
        return ("DATE_TIME", True) if year_said and not run.letters and 3 <= n_digits <= 8 else None
    if _POSTCODE_CUE.search(before) and not run.scaled and (run.letters or n_digits in (5, 9)):
        return "ZIP_CODE", True
    read_out = run.digit_share >= _MIN_DIGIT_SHARE and not run.scaled and len(set(run.digits)) > 1
    if not read_out:
        return None
    if n_digits == 5 and not run.letters and _ZIP_AFTER_STREET.search(before):
        return "ZIP_CODE", True
    if _ID_CUE.search(before) and n_digits >= 4:
        return "ID_NUMBER", True
    if run.letters:
        uncued_id = n_digits >= 6 and len(run.letters) <= 3 and run.letters not in _VITALS_LETTERS
        return ("ID_NUMBER", False) if uncued_id else None
    if n_digits >= 7 and _PHONE_CUE.search(before):
        return "PHONE_NUMBER", True
    if n_digits >= 10 and run.n_words >= 7:
        return "PHONE_NUMBER", False
    return None


def _addresses(text: str) -> Iterator[tuple[str, int, int]]:
    """House numbers said as words before a street name and type."""
    for run in number_runs(text):
        if run.letters or run.scaled or not 2 <= len(run.digits) <= 5 or int(run.digits) < 10:
            continue
        m = _STREET_AFTER.match(text, run.end)
        if m is None or any(w.lower() in _NOT_STREET_WORDS for w in m.group("name").split()):
            continue
        unit = _UNIT_BEFORE.search(text[max(0, run.start - 12) : run.start])
        start = run.start - (len(unit.group()) if unit else 0)
        yield "STREET_ADDRESS", start, m.end()


@register_recognizer("spoken_forms")
def _factory(spec: Mapping[str, Any]) -> SpokenFormsRecognizer:
    allowed = {"score", "uncued_score", "bare_years"}
    if unknown := set(spec) - allowed:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
    return SpokenFormsRecognizer(**spec)

