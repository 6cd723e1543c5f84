"""A second look at the names every detector passed over: NER's entities and runs of capitals.

The rule-based detectors err toward precision, and each author's sites, employers and people are
called something the rules have not met ("staying at Harbor Lights", "supervised at Boots"). spaCy's
NER often marks them (ORG, FAC, GPE, LOC, PERSON), but among many more entities that identify no one
(clinical abbreviations, services, drugs, scales), and it passes over many names that are also words;
those are left only their capitals (``capital_runs``). A logistic model scores every candidate no
detector covers: the NER entities the rules did not judge, the sites with a kind word the rules let go
("Leicestershire Memory Assessment Service", "Serenity House"), and the runs of capitals
no NER entity covers. It reads the shapes of their words, their word-list memberships (English,
clinical, first and last names, titles and kin words, the words of sites' kinds), their NER label
(``CAPS`` for a run) and part-of-speech tags, and the two words on each side, alone and as a phrase;
those scoring at least ``threshold`` are reported, typed by their label: ORG and FAC as FACILITY, GPE
and LOC as LOCATION, PERSON as PERSON; a run as a LOCATION when the gazetteer lists it, a PERSON when
every word is a listed name, else a FACILITY.

The model never sees a candidate's own words, only their shapes and the words around them, and reads
a neighbouring number or rare word by its shape, so it learns how identifiers are introduced rather
than which ones it was shown, and its file holds none. Its weights (``second_look.json``) are
fitted by ``python -m confide.anonymize.second_look_train`` on the tuning case files and on the
look-alikes the detector tests keep (never the held-out sets); the file also holds the
leave-one-file-out estimate.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.tokens import Span as SpacySpan

from confide.anonymize.capital_runs import capital_runs
from confide.anonymize.casing import on_caseless_line
from confide.anonymize.lexicon import EPONYMS, Lexicon
from confide.anonymize.ner_guard import is_ordinary_words
from confide.anonymize.spans import Span

SOURCE = "SecondLook"
LABEL_TYPES = {"ORG": "FACILITY", "FAC": "FACILITY", "GPE": "LOCATION", "LOC": "LOCATION", "PERSON": "PERSON"}
RUN_LABEL = "CAPS"  # a run of capitals no NER entity covers, as the model's features name its label
_PEOPLES_AND_LANGUAGES = frozenset({"NORP", "LANGUAGE"})
_PRONOUNS = frozenset("i you he she it we they me him us them".split())
_POSSESSIVE_PRONOUNS = frozenset("his her my your our their its".split())
_POSSESSIVES = frozenset({"'s", "’s"})
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_MODEL_FILE = "second_look.json"


# Words of GENERIC_WORDS that open, join or stand beside any name ("the", "of", "my", "if"): no sign of
# a site's kind, so an entity holding one is still the model's to judge ("at My Lantern Place").
_FUNCTION_WORDS = frozenset(
    "the a an of and & at in on for to my our your his her their this that he she it i we they if when then so "
    "but or vs after before".split()
)


@functools.cache
def site_kind_vocabulary() -> frozenset[str]:
    """Words of a site's kind, level of care or service ("hospital", "snf", "counseling"): no site's name."""
    from confide.anonymize.recognizers.facility import _KIND_WORDS, _SERVICES, GENERIC_WORDS
    from confide.anonymize.recognizers.facility_checks import NOT_SITES
    from confide.anonymize.recognizers.facility_words import UNIT_KIND_WORDS
    from confide.anonymize.site_extent import BUILDING_KINDS, EXTRA_ENDS

    kinds = frozenset(_KIND_WORDS) | frozenset(_SERVICES) | UNIT_KIND_WORDS | frozenset(GENERIC_WORDS) | NOT_SITES
    # the kinds of a practice (facility_cued) and of a community venue (facility_kinds): "Substance Abuse
    # Counseling" was read there and let go
    kinds |= frozenset("counseling counselling collective partners wellness".split())
    # and the kinds the site extent reads ("Granny's Lodge", "Providence VAMC")
    return (kinds | BUILDING_KINDS | EXTRA_ENDS) - _FUNCTION_WORDS


@functools.cache
def _kin_and_title_words() -> frozenset[str]:
    """Titles, kin and care roles ("Judge", "Mama", "Sgt"): a run of them names no one by itself."""
    from confide.anonymize.recognizers.name_dictionary import RELATIONS, SLANG_RELATIONS, TITLES

    kin_and_deities = frozenset("mama papa lola lolo tita tito king queen god allah".split())
    return TITLES | RELATIONS | SLANG_RELATIONS | kin_and_deities


def _shares(words: Sequence[str], lexicon: Lexicon) -> dict[str, float]:
    """Fraction of the entity's words of each shape and word list (never the words themselves)."""
    counts: dict[str, float] = {}
    site_kinds = site_kind_vocabulary()
    for word in words:
        low = word.lower()
        for name, holds in (
            ("english", lexicon.is_english(low)),
            ("clinical", low in lexicon.clinical_words),
            ("first_name", low in lexicon.first_names),
            ("last_name", low in lexicon.last_names),
            ("upper", word.isupper() and len(word) > 1),
            ("title", word.istitle()),
            ("lower", word.islower()),
            ("digit", any(c.isdigit() for c in word)),
            ("short", len(word) <= 3),
            ("site_kind", low.strip(".,'’") in site_kinds),
            ("kin_or_title", low.strip(".,'’") in _kin_and_title_words()),
        ):
            if holds:
                counts[name] = counts.get(name, 0.0) + 1.0 / len(words)
    return {f"share_{k}": v for k, v in counts.items()}


def entity_features(text: str, doc: Any, ent: Any, lexicon: Lexicon) -> dict[str, float]:
    """Features of one candidate, a spaCy span of ``doc`` (parsed from ``text`` or a same-length re-cased copy).

    Casing is read from ``text`` itself: on a re-cased copy of an ALL-CAPS line every name is Title case.
    """
    words = [text[t.idx : t.idx + len(t.text)] for t in ent]
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    features = {
        f"label={ent.label_}": 1.0,
        f"words={min(len(words), 4)}": 1.0,
        # the rules' own test (85 % of one case), so the model and the rules read a line alike
        "caseless_line": float(on_caseless_line(text, ent.start_char)),
        "line_start": float(not text[line_start : ent.start_char].strip()),
        "opens_sentence": float(_opens_sentence(text, ent.start_char, ent[0])),
        **_shares(words, lexicon),
    }
    for tag in sorted({t.tag_ for t in ent}):
        features[f"tag={tag}"] = 1.0
    # the two words on each side, "^" and "$" past the text's ends
    before = [_context_word(doc[i].text, lexicon) if i >= 0 else "^" for i in (ent.start - 1, ent.start - 2)]
    after = [_context_word(doc[i].text, lexicon) if i < len(doc) else "$" for i in (ent.end, ent.end + 1)]
    for k, (left, right) in enumerate(zip(before, after, strict=True), start=1):
        if left != "^":
            features[f"before{k}={left}"] = 1.0
        if right != "$":
            features[f"after{k}={right}"] = 1.0
    # and as one phrase each ("referred to", "support group"): leave-one-file-out on the case files found 178
    # identifiers for the 35 wrong at which the single words found 162
    features[f"before21={before[1]}_{before[0]}"] = 1.0
    features[f"after12={after[0]}_{after[1]}"] = 1.0
    return features


def _opens_sentence(text: str, start: int, token: Any) -> bool:
    """Whether the word at ``start`` opens a sentence or a line (spaCy's parse or the text's punctuation)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(token.is_sent_start) or not text[line_start:start].strip() or bool(_SENTENCE_END.search(text, 0, start))


def _context_word(word: str, lexicon: Lexicon) -> str:
    """A neighbouring word as the model reads it.

    A number or a word of no word list is read by its shape ("<number>", "<rare>"), so the model holds
    no identifier of the files it was fitted on.
    """
    low = word.lower()
    if any(c.isdigit() for c in low):
        return "<number>"
    if not low.isalpha() or len(low) <= 3 or lexicon.is_english(low) or low in lexicon.everyday_words:
        return low
    return "<rare>"


@dataclass(frozen=True)
class SecondLook:
    """A fitted model: ``intercept`` and ``weights`` by feature name; absent features weigh 0."""

    intercept: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the entity with ``features`` is an identifier."""
        z = self.intercept + math.fsum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))

    def spans(
        self, text: str, doc: Any, found: Sequence[Span], lexicon: Lexicon, *, threshold: float
    ) -> list[Span]:
        """Candidates no span of ``found`` overlaps that score at least ``threshold``."""
        out = []
        for candidate in candidates(text, doc, found, lexicon):
            p = self.probability(entity_features(text, doc, candidate.ent, lexicon))
            if p >= threshold:
                ent = candidate.ent
                out.append(Span(ent.start_char, ent.end_char, candidate.entity_type, round(p, 4), SOURCE))
        return out


@dataclass(frozen=True)
class Candidate:
    """A span of ``doc`` for the model to judge, and the type it is reported as."""

    ent: Any
    entity_type: str


def _owned_site(ent: Any) -> bool:
    """An owner's name before a brand's kind ("Sam's Club"): a chain, which facility_kinds let go without a town.

    So is a relative's or a title's before any kind ("Mum's House", "Grandma's Place"): someone's home.
    """
    from confide.anonymize.recognizers.facility_kinds import _BRAND_KIND

    words = [t.text for t in ent]
    owner = [w for w, after in zip(words, words[1:], strict=False) if after.lower() in _POSSESSIVES]
    if owner and all(w.lower() in _kin_and_title_words() for w in owner):
        return True
    return bool(_BRAND_KIND.fullmatch(words[-1])) and any(w.lower() in _POSSESSIVES for w in words[:-1])


def candidates(text: str, doc: Any, found: Sequence[Span], lexicon: Lexicon) -> list[Candidate]:
    """What the second look scores: NER entities and runs of capitals no span of ``found`` covers.

    Entities with a label it reads, no span of ``found`` over them, a capital unless their line is
    caseless (``_uncapitalised``), and none of a person or a place of ordinary words (``ner_guard``:
    "Global Warming", "Limbo"). Sites with a word of a site's or a unit's kind, which the facility
    recognizers read and let go, are the model's to judge too, those of everyday or clinical words
    included: NER's "Main Street Project" and "Behavioral Health Network" are sites, its "Community Mental
    Health Team" a service, and only the words around them tell which (leave-one-file-out on the case files:
    189 identifiers found for 34 wrong at 0.45, against 180 for 37 with them let go). A chain's
    outlet by its owner's name ("Sam's Club"), a relative's home ("Mum's House") and one English word after a
    possessive ("his Grace") stay let go. Then the
    runs of capitals (``capital_runs``) that no such entity, no span and no one word NER read as a people or
    a language covers, typed by the word lists (``_run_type``), passed through the same guard as a person or
    a place, none with a pronoun after its first word, and none of a service's everyday words
    (``_generic_site``).
    """
    out = []
    covered = [(s.start, s.end) for s in found]
    for ent in doc.ents:
        entity_type = LABEL_TYPES.get(ent.label_)
        if ent.label_ in _PEOPLES_AND_LANGUAGES and len(ent) == 1:
            covered.append((ent.start_char, ent.end_char))  # "She is Samoan", "speaks Dari": no run
        if entity_type is None:
            continue
        covered.append((ent.start_char, ent.end_char))
        # as NER's own span, typed as the rules type it: the NER guard reads FAC as a place
        guard_type = "LOCATION" if ent.label_ == "FAC" else entity_type
        as_ner = Span(ent.start_char, ent.end_char, guard_type, 1.0, "SpacyRecognizer")
        if any(as_ner.overlaps(s) for s in found) or _cut(ent, doc, text) or _uncapitalised(ent, text):
            continue
        if guard_type != "FACILITY" and is_ordinary_words(text, as_ner, lexicon):
            continue
        if entity_type == "FACILITY" and (_owned_site(ent) or _possessed_word(ent, doc, lexicon)):
            continue
        out.append(Candidate(ent, entity_type))
    for start, end in capital_runs(text, doc, covered, lexicon):
        ent = SpacySpan(doc, start, end, label=RUN_LABEL)
        entity_type = _run_type([text[t.idx : t.idx + len(t)] for t in ent], lexicon)
        as_ner = Span(ent.start_char, ent.end_char, entity_type, 1.0, "SpacyRecognizer")
        if _cut(ent, doc, text) or any(t.lower_ in _PRONOUNS for t in ent[1:]):
            continue  # a sentence in Title Case ("Hope You Slept Well")
        if entity_type == "FACILITY" and _possessed_word(ent, doc, lexicon):
            continue  # "Thank God for his Grace"
        if not (is_ordinary_words(text, as_ner, lexicon) or _generic_site(ent, lexicon)):
            out.append(Candidate(ent, entity_type))
    return out


def _possessed_word(ent: Any, doc: Any, lexicon: Lexicon) -> bool:
    """One English word after a possessive pronoun: a quality or a thing, no site ("Thank God for his Grace")."""
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ in _POSSESSIVE_PRONOUNS
        and lexicon.is_english(ent.text.lower())
    )


def _generic_site(ent: Any, lexicon: Lexicon) -> bool:
    """A site's kind word among everyday or clinical words and eponyms only: a run of them names a service.

    "Community Mental Health Team", "Alzheimer's Society", "Club House", "Ski Lodge"; one word that is
    neither names the site ("Leicestershire Memory Assessment Service"), and so does a rarer English word
    ("Serenity House", "Harmony House"): the model judges them.
    """
    kinds = site_kind_vocabulary()
    words = [t.lower_.strip(".,'’") for t in ent if t.text not in _POSSESSIVES and any(c.isalpha() for c in t.text)]
    return any(w in kinds for w in words) and all(
        w in kinds or w in _FUNCTION_WORDS or w in EPONYMS or w in lexicon.clinical_words or lexicon.is_everyday(w)
        for w in words
    )


def _uncapitalised(ent: Any, text: str) -> bool:
    """No capital in an entity on a cased line: words NER took for a name ("nada de lo que hago")."""
    return not any(c.isupper() for c in text[ent.start_char : ent.end_char]) and not on_caseless_line(
        text, ent.start_char
    )


def _cut(ent: Any, doc: Any, text: str) -> bool:
    """Whether ``ent`` ends where ``nlp.max_chars`` cut the text: the name may go on past the cut.

    The parsed length is read off the last token: ``doc.text`` joins every token on each call.
    """
    parsed = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    return ent.end_char >= parsed < len(text)


def _run_type(words: Sequence[str], lexicon: Lexicon) -> str:
    """A run's type: a town the gazetteer lists, a name of listed given and family names, else a site."""
    lowered = tuple(w.lower() for w in words if any(c.isalpha() for c in w))
    if lexicon.is_place(lowered):
        return "LOCATION"
    if lowered and all(lexicon.is_name(w) and not lexicon.is_common(w) for w in lowered):
        return "PERSON"
    return "FACILITY"


@functools.lru_cache(maxsize=1)
def load_second_look() -> SecondLook:
    """The packaged model (``second_look.json``)."""
    data = json.loads(resources.files("confide.anonymize").joinpath(_MODEL_FILE).read_text(encoding="utf-8"))
    return SecondLook(intercept=float(data["intercept"]), weights={k: float(v) for k, v in data["weights"].items()})
