"""Precision guard for NER: PERSON/LOCATION detections that are only ordinary words.

The small spaCy model tags Title-Case words in social-media text and clinical abbreviations as
names and places ("diagnosed with Major Depressive Disorder", "Bowel Cancer", "PO", "Abd"). A
detection with a title or relation before it, or with a word outside the ordinary vocabulary, is
kept. Otherwise it is dropped when it names a condition ("Major" before "Depressive Disorder"), when
a PERSON holds a digit ("Cr 1.1"), when it lies on a caseless line (the re-cased NER input marked
none of its words as proper nouns), when a PERSON has a word that is no name ("Global Warming") or is
one name-like word opening a sentence ("Death scares me"), and when a LOCATION has no place word.
A PERSON made only of everyday words, contractions, holidays or month names ("I've", "Motivation",
"Easter") is dropped whichever detector found it.
"""

from __future__ import annotations

import re

from confide.anonymize.casing import caseless_lines, looks_proper, tokenize
from confide.anonymize.lexicon import Lexicon
from confide.anonymize.recognizers.name_dictionary import NEVER, RELATIONS, TITLES
from confide.anonymize.spans import Span

GUARDED_TYPES = frozenset({"PERSON", "LOCATION"})
_CONDITION = re.compile(
    r"(?i)^\s+(?:\w+\s+)?(?:disorders?|disease|syndrome|cancer|depression|anxiety|palsy|"
    r"tumou?rs?|sclerosis|lymphoma|dementia|ataxia|chorea|sign|test|scale|criteria)\b"
)


def _on_caseless_line(text: str, position: int) -> bool:
    return any(start <= position < end and caseless for start, end, caseless in caseless_lines(text))


def _everyday(word: str, lexicon: Lexicon) -> bool:
    return "'" in word or "’" in word or word in NEVER or lexicon.is_everyday(word)


def is_ordinary_words(text: str, span: Span, lexicon: Lexicon) -> bool:
    """True when the ``span`` should be dropped (see module docstring).

    The condition rule, and for PERSON the everyday-words rule ("I've", "Survey"), apply to every
    detector; the rest only to NER's.
    """
    if span.entity_type not in GUARDED_TYPES:
        return False
    tokens = tokenize(text[span.start : span.end])
    if not tokens:
        return False
    before = tokenize(text[max(0, span.start - 20) : span.start])
    if before and (before[-1].lower in TITLES or before[-1].lower in RELATIONS):
        return False
    ordinary = all(lexicon.is_common(t.lower) and not lexicon.is_name(t.lower) for t in tokens)
    if ordinary and _CONDITION.match(text[span.end : span.end + 40]):
        return True  # "Major" in "Major Depressive Disorder"; never "Jones's anxiety"
    if span.entity_type == "PERSON" and all(_everyday(t.lower, lexicon) for t in tokens):
        return True  # "I've", "Motivation", "Survey" from any person pattern
    if span.source != "SpacyRecognizer":
        return False
    if span.entity_type == "PERSON" and any(c.isdigit() for c in text[span.start : span.end]):
        return True
    # Two-letter capitals ("SS", "GU") are abbreviations, not evidence of a name.
    words = [t.lower for t in tokens if len(t.text) > 2 or not t.text.isupper()]
    words = [w for w in words if len(w) > 1]
    if not words:
        return True
    if _on_caseless_line(text, span.start):  # NER read a re-cased copy: keep what it marked proper
        return not any(looks_proper(w, lexicon) for w in words)
    if any(not lexicon.is_common(w) for w in words):
        return False
    if span.entity_type == "LOCATION":
        return not any(w in lexicon.places or w in lexicon.regions for w in words)
    if not all(lexicon.is_name(w) for w in words):
        return True
    at_sentence_start = not before or bool(re.search(r"[.!?:;]\s*$|^\s*$|\n\s*$", text[: span.start][-3:]))
    return len(words) == 1 and at_sentence_start
