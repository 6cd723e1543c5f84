"""Numbers said aloud, as speech recognition writes them: runs of number words read into digits.

A transcript spells out what a note writes in digits: a phone number ("oh seven seven double four one
nine..."), a member id ("nine one seven two"), a date of birth ("six twelve ninety eight"), a house
number ("nineteen oh five east thirty fourth street"), a postcode ("c f twenty four three j l"). This
module finds each run of number words and reads it the way people say numbers: a digit word is one digit,
"double four" is 44, a teen or a tens word two digits ("forty one" 41, "ninety" 90), "eleven hundred"
1100, "two thousand and eight" 2008. Written digits and, where asked, single letters inside a run are
kept in place ("two four r o one one"). What a run is (a phone, an id, a date) is the recognizer's
decision (``spoken_forms``); this module only reads.

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
TEENS = {
    word: 10 + n
    for n, word in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
}
TENS = {word: 10 * (n + 2) for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_REPEATS = {"double": 2, "triple": 3}
_SCALES = {"hundred": 100, "thousand": 1000}
# Letters that are also words or signs ("a", "i", "x" for times) never stand in a run; "o" reads as zero.
_LETTERS = frozenset("bcdefghjklmnpqrstuvwyz")
# Between two words of one run: spaces, a comma or a hyphen ("seven one eight, four four oh"); never nothing
# ("s41598" is one written token) nor a full stop ("6.1").
_JOINER = re.compile(r"[ \t]*[,‐–-][ \t]*|[ \t]+")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


@dataclass(frozen=True)
class NumberRun:
    """One run of number words: where it stands, the digits read from it and the letters inside it."""

    start: int
    end: int
    digits: str
    letters: str
    n_words: int

    @property
    def text_length(self) -> int:
        """Characters the run spans."""
        return self.end - self.start


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TEENS or word in TENS or word in _REPEATS or word in _SCALES or word.isdigit()


def _read(words: list[str]) -> tuple[list[str], str]:
    """The digit groups and letters of a run's words (lower case), in order."""
    groups: list[str] = []
    letters = ""
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _REPEATS and nxt in UNITS:
            groups.append(str(UNITS[nxt]) * _REPEATS[word])
            i += 2
        elif word in _SCALES and groups and groups[-1].isdigit() and int(groups[-1]) < 100:
            value = int(groups.pop()) * _SCALES[word]
            i += 1
            if i < len(words) and words[i] == "and":
                i += 1
            rest, used = _small_number(words[i:], below=_SCALES[word])
            groups.append(str(value + rest))
            i += used
        elif word in TENS:
            if nxt in UNITS and UNITS[nxt] > 0 and nxt != "o":
                groups.append(str(TENS[word] + UNITS[nxt]))
                i += 2
            else:
                groups.append(str(TENS[word]))
                i += 1
        elif word in TEENS:
            groups.append(str(TEENS[word]))
            i += 1
        elif word in UNITS:
            groups.append(str(UNITS[word]))
            i += 1
        elif word.isdigit():
            groups.append(word)
            i += 1
        else:  # a letter
            letters += word
            groups.append(word)
            i += 1
    return groups, letters


def _small_number(words: list[str], *, below: int) -> tuple[int, int]:
    """The number under ``below`` the words open ("twenty one" after a hundred), and how many words it took."""
    if not words:
        return 0, 0
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first in UNITS and second == "hundred" and below > 100:
        rest, used = _small_number(words[2 + (len(words) > 2 and words[2] == "and") :], below=100)
        return UNITS[first] * 100 + rest, 2 + (len(words) > 2 and words[2] == "and") + used
    if first in TENS:
        if second in UNITS and UNITS[second] > 0:
            return TENS[first] + UNITS[second], 2
        return TENS[first], 1
    if first in TEENS:
        return TEENS[first], 1
    if first in UNITS and first != "o":
        return UNITS[first], 1
    return 0, 0


def number_runs(text: str, *, letters: bool = False, min_words: int = 2) -> Iterator[NumberRun]:
    """Every run of at least ``min_words`` number words in ``text``; with ``letters``, single letters join runs.

    A run never starts or ends with a letter unless a number word is next to it, never starts with a scale
    word ("hundred") and joins "and" only after a scale ("two thousand and eight").
    """
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        run: list[tuple[int, int, str]] = []
        j = i
        while j < len(tokens):
            s, e, word = tokens[j]
            if run and not _JOINER.fullmatch(text[run[-1][1] : s]):
                break
            if _is_number_word(word) and not (not run and word in _SCALES):
                run.append(tokens[j])
            elif word == "and" and run and run[-1][2] in _SCALES:
                run.append(tokens[j])
            elif letters and word in _LETTERS and text[s - 1 : s] not in {"'", "’"}:
                run.append(tokens[j])
            elif word == "dash" and run:
                run.append(tokens[j])
            else:
                break
            j += 1
        while run and run[-1][2] in {"and", "dash"}:
            run.pop()
        words = [w for _, _, w in run if w != "dash"]
        # Said aloud: number words, or digits read one by one ("9 1 7 2 4"); written numbers are left alone.
        said = sum(1 for w in words if not w.isdigit() and (w not in _LETTERS or w == "o"))
        spaced_digits = sum(1 for w in words if w.isdigit() and len(w) == 1)
        if said >= min_words or spaced_digits >= 5:
            groups, found_letters = _read(words)
            yield NumberRun(run[0][0], run[-1][1], "".join(g for g in groups if g.isdigit()), found_letters, len(words))
            i = j
        else:
            i += 1
