"""Word tokens with the casing facts that name detection needs, and case restoration for NER.

Clinical notes are often written in ALL CAPS or all lower case ("8/14 SEEN BY DAUGHTER MARGIE",
"spoke with son pete"), where capitals say nothing about names and the NER model, trained on cased
news text, finds almost nothing. A line is *caseless* when nearly all its letters have one case;
on such lines names are recognised from dictionaries and context, and NER reads a copy whose
casing is restored from the word lists (names and places Title-cased, ordinary words lower-cased).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from confide.anonymize.lexicon import Lexicon

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|['’-])*{_LETTER}|{_LETTER}")


def _latin_letters(in_case: Callable[[str], bool]) -> str:
    """The Latin letters with diacritics (Latin-1, Extended-A/B and Additional) of one case, for a regex class.

    Those blocks mix both cases letter by letter ("Ă" then "ă"), so the class is built from each letter's case.
    """
    blocks = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
    return "".join(chr(c) for block in blocks for c in block if in_case(chr(c)))


# Letter classes for name patterns written [A-Z][a-z]+ that must also take Latin letters with diacritics
# ("Siobhán", "Nguyễn Văn Thành", "Dvořák"); a lower-case letter never opens a name word ("ăn uống").
NAME_UPPER = "A-Z" + _latin_letters(str.isupper)
NAME_LOWER = "a-z" + _latin_letters(str.islower)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]\s*$|^\s*$|\n\s*[-*•]?\s*$")


@dataclass(frozen=True, slots=True)
class Token:
    """One word: offsets of the word without a possessive ``'s``, lower-cased form, casing facts."""

    start: int
    end: int
    text: str
    lower: str
    caseless_line: bool
    sentence_start: bool

    @property
    def capitalized(self) -> bool:
        """Title case ("Pete", "McDonald"), not ALL CAPS."""
        return self.text[:1].isupper() and not self.text.isupper()


@functools.lru_cache(maxsize=8)
def caseless_lines(text: str, *, min_letters: int = 3) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, caseless)`` per line; caseless: ≥ 85 % upper-case letters, or none upper-case.

    Cached for the last few texts: NER re-casing, the dictionary recognizers and the NER guard
    all ask about the text being analysed.
    """
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        letters = [c for c in line if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        caseless = len(letters) >= min_letters and (upper == 0 or upper >= 0.85 * len(letters))
        out.append((pos, pos + len(line), caseless))
        pos += len(line)
    return tuple(out)


def on_caseless_line(text: str, position: int) -> bool:
    """Whether ``position`` of ``text`` lies on a caseless line (see ``caseless_lines``)."""
    return any(start <= position < end and caseless for start, end, caseless in caseless_lines(text))


@functools.lru_cache(maxsize=8)
def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens of ``text`` (possessive ``'s`` split off), each knowing its line's casing.

    Cached for the last few texts, which the re-casing and both dictionary recognizers tokenize.
    """
    lines = caseless_lines(text)
    tokens, line_index = [], 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        while line_index < len(lines) - 1 and start >= lines[line_index][1]:
            line_index += 1
        stripped = _POSSESSIVE.sub("", word) if len(word) > 3 else word
        tokens.append(
            Token(
                start=start,
                end=start + len(stripped),
                text=stripped,
                lower=stripped.lower(),
                caseless_line=bool(lines and lines[line_index][2]),
                sentence_start=bool(_SENTENCE_END.search(text[max(0, start - 3) : start]))
                or start == 0,
            )
        )
    return tuple(tokens)


def looks_proper(word: str, lexicon: Lexicon) -> bool:
    """Would a caseless ``word`` be capitalized: a name, place or long unknown word, not ordinary."""
    return not lexicon.is_common(word) and (
        lexicon.is_name(word) or word in lexicon.places or len(word) >= 4
    )


def restore_case(text: str, lexicon: Lexicon) -> str:
    """A same-length copy of ``text`` whose caseless lines are re-cased for NER.

    Names and place words not in the ordinary vocabulary become Title case, every other word lower
    case, so that capitals mark likely proper nouns as they do in the text NER was trained on.
    Cased lines are left unchanged. Offsets into the copy are offsets into ``text``.
    """
    if not any(caseless for _, _, caseless in caseless_lines(text)):
        return text
    chars = list(text)
    for token in tokenize(text):
        if not token.caseless_line:
            continue
        word = token.lower
        recased = word.title() if looks_proper(word, lexicon) else word
        if len(recased) == token.end - token.start:
            chars[token.start : token.end] = recased
    return "".join(chars)
