"""Dates said as words, as speech recognition writes them.

"april nineteenth nineteen sixty seven", "the third of march nineteen eighty two", "august of twenty twenty
five", "thanksgiving day twenty twenty five", a year after a cue of time ("came here in twenty nineteen",
"since like two thousand and eight") and a day alone after "on the" ("starts on the fourteenth"). A year is
never followed by another number word or a quantity ("in twenty twenty six minutes", "two thousand five
hundred"), "two thousand" alone is an amount, and "may" before an ordinal is the verb unless a year follows
("you may first want to").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from confide.anonymize.lexicon import MONTH_WORDS
from confide.anonymize.recognizers.number_words import DIGIT_NAMES
from confide.anonymize.recognizers.spoken_numbers import SCALES, TEENS, TENS, UNITS

# Words after which a number is a quantity: no year, no house number, no phone.
QUANTITIES = frozenset(
    "dollars dollar bucks pounds quid euros rand pesos rupees percent mg milligrams grams kilos miles minutes "
    "minute hours hour days day weeks week months month years year yr yrs old times people kids pills tablets "
    "drinks beers units calories steps step followers likes sessions session".split()
)


def _alternatives(names: Mapping[str, int] | frozenset[str]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_UNIT_WORDS = "|".join(DIGIT_NAMES[1:])  # "one" to "nine"
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL_TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
_ORDINAL = rf"(?:(?:twenty|thirty)[ -](?:{_ORDINAL_UNITS})|twentieth|thirtieth|{_ORDINAL_TEENS}|{_ORDINAL_UNITS})"
_TENS = _alternatives(TENS)
_TEENS = _alternatives(TEENS)
# After a year: no further number word nor a quantity, so the regex cannot give back a word to end early
# ("twenty twenty six minutes" is no "twenty twenty").
_YEAR_END = (
    r"(?![ \t-]+(?:" + _alternatives(frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | frozenset(SCALES))
    + "|" + _alternatives(QUANTITIES) + r")\b)"
)
YEAR = (
    rf"(?:(?:nineteen|twenty)[ -](?:o(?:h)?[ -](?:{_UNIT_WORDS})|(?:{_TENS})(?:[ -](?:{_UNIT_WORDS}))?|{_TEENS})"
    rf"|two[ -]thousand(?:[ -]and)?[ -](?:(?:{_TENS})(?:[ -](?:{_UNIT_WORDS}))?|{_TEENS}|(?:oh[ -])?(?:{_UNIT_WORDS})))"
    + r"\b" + _YEAR_END
)
_MONTHS = sorted((m for m in MONTH_WORDS if len(m) > 3), key=len, reverse=True)
_MONTH = "|".join([*_MONTHS, "may"])
_MONTH_NOT_MAY = "|".join(_MONTHS)
_HOLIDAYS = (
    r"christmas(?:\s+day|\s+eve)?|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?|new\s+year'?s(?:\s+day|\s+eve)?|"
    r"halloween|diwali|eid|hanukkah|boxing\s+day|valentine'?s(?:\s+day)?|mother'?s\s+day|father'?s\s+day"
)
_SPOKEN_DATE = re.compile(
    r"(?i)\b(?:"
    # "april nineteenth nineteen sixty seven", "march the third", "december second"; "may" only with a year
    rf"(?:{_MONTH_NOT_MAY})[ \t]+(?:the[ \t]+)?{_ORDINAL}\b(?:,?[ \t]+(?:of[ \t]+)?{YEAR})?"
    rf"|may[ \t]+(?:the[ \t]+)?{_ORDINAL},?[ \t]+(?:of[ \t]+)?{YEAR}"
    # "the third of march nineteen eighty two", "fourteenth of may"
    rf"|(?:the[ \t]+)?{_ORDINAL}[ \t]+of[ \t]+(?:{_MONTH})\b(?:,?[ \t]+{YEAR})?"
    # "august of twenty twenty five", "june nineteen ninety"
    rf"|(?:{_MONTH})[ \t]+(?:of[ \t]+)?{YEAR}"
    # "thanksgiving day twenty twenty five"
    rf"|(?:{_HOLIDAYS})[ \t]+(?:of[ \t]+)?{YEAR}"
    r")"
)
_YEAR_AFTER_CUE = re.compile(
    r"(?i)\b(?:in|since|from|until|till|back\s+in|summer\s+of|spring\s+of|winter\s+of|fall\s+of|autumn\s+of|"
    r"end\s+of|early|late)[ \t]+(?:(?:like|um|uh|maybe)[ \t,]+){0,2}"
    rf"(?P<pii>{YEAR})"
)
# A day alone after "on the" ("starts on the fourteenth") when the clause ends or a new one opens; never
# before a noun or a list ("on the first try", "on the first and second floors").
_DAY_ALONE = re.compile(
    rf"(?i)\bon[ \t]+(?P<pii>the[ \t]+{_ORDINAL})\b"
    r"(?=[ \t]*(?:$|[.;:!?)\]])|[ \t]+(?:it'?s|at|so|then|but|i|we|you|he|she|they|because|cause|if|is|"
    r"was|right|okay|ok)\b)"
)


def spoken_dates(text: str, *, bare_years: bool = True) -> Iterator[tuple[int, int]]:
    """Start and end of every date said as words in ``text``; years alone only with ``bare_years``.

    ``bare_years`` follows the date recognizer's option of the same name (a year alone after a cue of time).
    """
    for m in _SPOKEN_DATE.finditer(text):
        yield m.start(), m.end()
    for pattern in (_YEAR_AFTER_CUE, _DAY_ALONE) if bare_years else (_DAY_ALONE,):
        for m in pattern.finditer(text):
            yield m.start("pii"), m.end("pii")
