"""Runs of capitalised words that spaCy's NER did not mark: the second look's widest candidates.

The small NER model passes over many sites and people it has not met, most often a name that is also
a word ("transfer to Kindred", "supervised at Boots", "we drove him to Mercy") or one it cannot place
("been at Shepherds of Good Hope"). Capitals are the only sign of them left, so every run of
capitalised words (joined by "of", "and", "&" or a possessive: "Shepherds of Good Hope", "Father
Bill's Place") that no detector and no NER entity covers is a candidate for the second look's model,
which judges it by its shape and its neighbours like the entities NER found.

Not candidates: words on caseless lines (ALL CAPS or lower-case, where capitals say nothing; the
rules and NER's re-cased copy read those), and one capitalised English word alone: it opens a
sentence ("Plan") or a heading ("Work"), and after "at" or "to" it is as often a site ("supervised at
Boots") as not ("born at Sea", "went to Pride", "came home to Chaos"), which the model cannot tell apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from confide.anonymize.casing import on_caseless_line
from confide.anonymize.lexicon import Lexicon
from confide.anonymize.spans import character_mask

# Words that join the capitalised words of one name ("Star of Hope", "Clinical & Support Options",
# "Église Évangélique la Grâce"); never at a run's ends.
_JOINERS = frozenset("of and & for de du la le del y on the".split())
_INNER_MARKS = frozenset({"'s", "’s", "-"})  # a possessive or a hyphen inside a name ("Father Bill's Place")


def _capitalised(word: str) -> bool:
    """A word with letters that opens in a capital or a digit ("Shepherds", "2gether")."""
    return any(c.isalpha() for c in word) and (word[:1].isupper() or word[:1].isdigit())


def capital_runs(
    text: str, doc: Any, covered: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of ``doc`` that are runs of capitalised words outside ``covered``.

    ``doc`` is parsed from ``text`` or a same-length re-cased copy: words are read from ``text``.
    """

    def word(i: int) -> str:
        return text[doc[i].idx : doc[i].idx + len(doc[i])]

    # Covered characters as a mask: a scan of ``covered`` for each token made a long text's runs quadratic.
    mask = character_mask(len(text), covered)
    empty = [(s, e) for s, e in covered if e <= s]  # no character: overlapped as before, by their offsets

    def free(i: int) -> bool:
        start, end = doc[i].idx, doc[i].idx + len(doc[i])
        return mask.find(1, start, end) < 0 and not any(s < end and start < e for s, e in empty)

    def opens_run(i: int) -> bool:
        return _capitalised(word(i)) and free(i) and not on_caseless_line(text, doc[i].idx)

    runs, i, n = [], 0, len(doc)
    while i < n:
        if not opens_run(i):
            i += 1
            continue
        j = i + 1
        while j < n and free(j) and "\n" not in text[doc[j - 1].idx : doc[j].idx]:
            if _capitalised(word(j)) or word(j) in _INNER_MARKS:
                j += 1
            elif word(j).lower() in _JOINERS and j + 1 < n and opens_run(j + 1):
                j += 2
            else:
                break
        while word(j - 1) in _INNER_MARKS:  # "Father Bill's" ends at "Bill"
            j -= 1
        if not (j == i + 1 and lexicon.is_english(word(i).lower())):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs
