"""Numbers said aloud, as speech recognition writes them: runs of number words read into digits.

A transcript spells out what a note writes in digits: a phone number ("oh seven seven double four one
nine..."), a member id ("nine one seven two"), a date of birth ("six twelve ninety eight"), a house
number ("nineteen oh five east thirty fourth street"), a postcode ("c f twenty four three j l"). This
module finds each run of number words and reads it the way people say numbers: a digit word is one digit,
"double four" is 44, a teen or a tens word two digits ("forty one" 41, "ninety" 90), "eleven hundred"
1100, "two thousand and eight" 2008, "two thousand oh five" 2005. Written digits and, where asked, single
letters inside a run are kept in place ("two four r o one one"). What a run is (a phone, an id, a date) is
the recognizer's decision (``spoken_forms``); this module only reads, and tells how the run was said: how
many of its number words were single digits (a number read out digit by digit) and whether it held
"hundred" or "thousand" (an amount or a year).

Example:
    >>> [(r.digits, r.letters) for r in number_runs("call me on seven one eight, four four oh, two nine nine one")]
    [('7184402991', '')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from confide.anonymize.recognizers.number_words import DIGIT_NAMES

UNITS = {word: n for n, word in enumerate(DIGIT_NAMES)} | {"oh": 0, "o": 0}
# A digit said as a word, "zero" to "nine", as a regex group.
DIGIT_WORD = "(?:" + "|".join(DIGIT_NAMES) + ")"
TEENS = {
    word: 10 + n
    for n, word in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
}
TENS = {word: 10 * (n + 2) for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_REPEATS = {"double": 2, "triple": 3}
SCALES = {"hundred": 100, "thousand": 1000}
_ZEROS = frozenset({"oh", "o", "zero"})
# Letters that are also words or signs ("a", "i", "x" for times) never stand in a run; "o" reads as zero.
_LETTERS = frozenset("bcdefghjklmnpqrstuvwyz")
# Between two words of one run: spaces, a comma or a hyphen ("seven one eight, four four oh"); never nothing
# ("s41598" is one written token) nor a full stop ("6.1").
_JOINER = re.compile(r"[ \t]*[,‐–-][ \t]*|[ \t]+")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


@dataclass(frozen=True)
class NumberRun:
    """One run of number words: where it stands, the digits read from it and how it was said.

    ``digit_share`` is the share of its number words that were single digits ("four", "oh", "double four"):
    1.0 for a number read out digit by digit, low for a list of values ("twenty one, nineteen, eighteen").
    ``scaled`` is true when it held "thousand", or "hundred" before more words (an amount or a year; a phone
    number may end in "eleven hundred").
    """

    start: int
    end: int
    digits: str
    letters: str
    n_words: int
    digit_share: float
    scaled: bool


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TEENS or word in TENS or word in _REPEATS or word in SCALES or word.isdigit()


def _read(words: list[str]) -> tuple[list[str], str]:
    """The digit groups and letters of a run's words (lower case), in order."""
    groups: list[str] = []
    letters = ""
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _REPEATS:
            if nxt in UNITS:
                groups.append(str(UNITS[nxt]) * _REPEATS[word])
            i += 2 if nxt in UNITS else 1
        elif word in SCALES:
            if groups and groups[-1].isdigit() and int(groups[-1]) < SCALES[word]:
                value = int(groups.pop()) * SCALES[word]
                i += 1 + (i + 1 < len(words) and words[i + 1] == "and")
                rest, used = _small_number(words[i:], below=SCALES[word])
                groups.append(str(value + rest))
                i += used
            else:
                i += 1
        elif word in TENS:
            if nxt in UNITS and UNITS[nxt] > 0:
                groups.append(str(TENS[word] + UNITS[nxt]))
                i += 2
            else:
                groups.append(str(TENS[word]))
                i += 1
        elif word in TEENS:
            groups.append(str(TEENS[word]))
            i += 1
        elif word in UNITS or word.isdigit():
            groups.append(str(UNITS.get(word, word)))
            i += 1
        else:  # a letter
            letters += word
            groups.append(word)
            i += 1
    return groups, letters


def _small_number(words: list[str], *, below: int) -> tuple[int, int]:
    """The number under ``below`` the words open ("twenty one", "oh five" after a scale), and the words it took."""
    if not words:
        return 0, 0
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first in _ZEROS and second in UNITS:  # "two thousand oh five", "nineteen hundred oh five"
        return UNITS[second], 2
    if first in UNITS and second == "hundred" and below > 100:
        has_and = len(words) > 2 and words[2] == "and"
        rest, used = _small_number(words[2 + has_and :], below=100)
        return UNITS[first] * 100 + rest, 2 + has_and + used
    if first in TENS:
        if second in UNITS and UNITS[second] > 0:
            return TENS[first] + UNITS[second], 2
        return TENS[first], 1
    if first in TEENS:
        return TEENS[first], 1
    if first in UNITS and first not in _ZEROS:
        return UNITS[first], 1
    return 0, 0


def _run_at(text: str, tokens: list[tuple[int, int, str]], i: int, letters: bool) -> list[tuple[int, int, str]]:
    """The longest run of joined number words (and letters) starting at token ``i``."""
    run: list[tuple[int, int, str]] = []
    for s, e, word in tokens[i:]:
        if run and not _JOINER.fullmatch(text[run[-1][1] : s]):
            break
        number = _is_number_word(word) and not (not run and word in SCALES)
        letter = letters and word in _LETTERS and text[s - 1 : s] not in {"'", "’"}
        joining = run and (word == "dash" or word == "and" and run[-1][2] in SCALES)
        if not (number or letter or joining):
            break
        run.append((s, e, word))
    while run and run[-1][2] in {"and", "dash"}:
        run.pop()
    return run


def number_runs(text: str, *, letters: bool = False, min_words: int = 2) -> Iterator[NumberRun]:
    """Every run of at least ``min_words`` number words said aloud in ``text``.

    With ``letters``, single letters standing alone join a run wherever they fall in it ("c f twenty four
    three j l"). "and" joins only after a scale ("two thousand and eight"), "dash" between two words.
    Numbers written in digits are left to the written-form recognizers unless read one digit at a time
    ("9 1 7 2 4").
    """
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        run = _run_at(text, tokens, i, letters)
        words = [w for _, _, w in run if w != "dash"]
        said = [w for w in words if not w.isdigit() and (w not in _LETTERS or w == "o")]
        spaced_digits = sum(1 for w in words if w.isdigit() and len(w) == 1)
        if len(said) >= min_words or spaced_digits >= 5:
            groups, found_letters = _read(words)
            single = sum(1 for w in said if w in UNITS or w in _REPEATS) + spaced_digits
            yield NumberRun(
                start=run[0][0],
                end=run[-1][1],
                digits="".join(g for g in groups if g.isdigit()),
                letters=found_letters,
                n_words=len(words),
                digit_share=single / max(1, len(said) + spaced_digits),
                # "eleven hundred" closing a phone number reads digits; "thousand", or "hundred" before more, counts
                scaled="thousand" in words or "hundred" in words[:-1],
            )
        # A later start inside a run that fell short would hold fewer of its words: go on after it.
        i += max(1, len(run))
