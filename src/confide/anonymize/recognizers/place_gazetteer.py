"""Cities, towns and counties from the GeoNames gazetteer, in any letter case (LOCATION).

A place name made of ordinary English words or names ("Worcester", "Mobile", "Jackson") is reported
after a locative cue ("in", "from", "moved to"; a bare "to" before one word opens an infinitive):
capitalized on a cased line, in any case on a caseless line (ALL CAPS / all lower case). Other
place names ("Framingham") are reported when capitalized, and anywhere on caseless lines. One-word
names that are everyday words ("It", "Any", "Reading") are never reported. The longest place name
starting at a word wins ("New York City").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.casing import tokenize
from confide.anonymize.lexicon import Lexicon, load_lexicon
from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.base import to_results
from confide.anonymize.recognizers.name_dictionary import NEVER

LOCATIVE = frozenset("in from to near at outside around of lives live living moved born raised".split())
# Before a one-word place that is also an ordinary word, "to" marks a place only after a word of
# motion or nearness ("moved to mobile", "next to"); else it opens an infinitive ("hard to
# converse"). A place of several words is no verb ("along to new york city").
TOWARDS = frozenset(
    "move moves moved moving go goes went going gone come comes came coming drive drove driving driven "
    "fly flew flying flight travel travels traveled travelled traveling travelling trip trips return "
    "returns returned returning relocate relocated relocating transfer transferred transferring sent "
    "send admitted discharged headed heading back close next near way road bus train ride commute "
    "commuted visit visits visited route".split()
)


class PlaceGazetteerRecognizer(EntityRecognizer):
    """LOCATION spans for gazetteer place names (see module docstring)."""

    def __init__(self, *, lexicon: Lexicon | None = None, score: float = 0.6, context_score: float = 0.75) -> None:
        self._lexicon = lexicon
        self.score = score
        self.context_score = context_score
        super().__init__(supported_entities=["LOCATION"], name="PlaceGazetteerRecognizer")

    def load(self) -> None:  # noqa: D102 - loaded on first use
        pass

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of each place name found."""
        lex = self._lexicon or load_lexicon()
        self._lexicon = lex
        tokens = tokenize(text)
        words = [t.lower for t in tokens]
        out, i = [], 0
        while i < len(tokens):
            match = None
            for candidate in lex.places.get(words[i], ()):
                n = len(candidate)
                if tuple(words[i : i + n]) == candidate and all(
                    text[tokens[k].end : tokens[k + 1].start] in {" ", ". "} for k in range(i, i + n - 1)
                ):
                    match = n
                    break
            if match is None:
                i += 1
                continue
            first, last = tokens[i], tokens[i + match - 1]
            cased = first.caseless_line or first.text[:1].isupper()
            ordinary = all(lex.is_english(w) or lex.is_name(w) for w in words[i : i + match])
            everyday = match == 1 and (lex.is_everyday(words[i]) or words[i] in NEVER)
            cue = i > 0 and words[i - 1] in LOCATIVE and "\n" not in text[tokens[i - 1].end : first.start]
            if cue and words[i - 1] == "to" and ordinary and match == 1:
                cue = i > 1 and words[i - 2] in TOWARDS
            capitalized = first.capitalized and not first.caseless_line
            # "lives in worcester", "in fall river"; never a function word ("in it") or two letters
            caseless_after_cue = first.caseless_line and cue and (match > 1 or len(words[i]) > 2)
            short = match == 1 and len(words[i]) <= 3 and not cue  # "SS", "GI": abbreviations
            if not everyday and not short and (
                (ordinary and cue and capitalized) or (not ordinary and cased) or caseless_after_cue
            ):
                out.append((first.start, last.end, self.context_score if cue else self.score))
            i += match
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Presidio entry point."""
        if entities and "LOCATION" not in entities:
            return []
        return to_results(self, "LOCATION", self.find(text))


@register_recognizer("place_gazetteer")
def _factory(spec: Mapping[str, Any]) -> PlaceGazetteerRecognizer:
    unknown = set(spec) - {"score", "context_score"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: ['context_score', 'score']")
    return PlaceGazetteerRecognizer(**spec)
