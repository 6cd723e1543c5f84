"""Precision guard for NER: PERSON/LOCATION detections that are only ordinary words.

The small spaCy model tags Title-Case words in social-media text and clinical abbreviations as
names and places ("diagnosed with Major Depressive Disorder", "Bowel Cancer", "PO", "Abd"). A
detection with a title or relation before it (or, after it, a relation in parentheses or an age
statement: "Will (son) called", "Young is a 44 yo F"), or with a word outside the ordinary
vocabulary, is kept. Otherwise it is dropped when it names a condition ("Major" before "Depressive
Disorder"), when a PERSON holds a digit ("Cr 1.1"), when it lies on a caseless line (the re-cased
NER input marked none of its words as proper nouns), when a PERSON has a word that is no name
("Global Warming") or is one name-like word opening a sentence ("Death scares me"), and when a
LOCATION has no place word (a town only Philter's clinical vocabulary holds is one right after a
locative cue: "from Hexham", never "exposure to Powassan").
A PERSON made only of everyday words, contractions, holidays or month names ("I've", "Motivation",
"Easter"), or only of clinical words that no name list holds ("Pt Lasix given"), is dropped
whichever detector found it.

Eponyms, from any detector, unless a title or relation precedes them or opens the span ("Mr.
Parkinson", "Pt Foley"): a PERSON right before or holding a clinical head noun of the name dictionary
("Barrett esophagus", "SWAN-GANZ CATHETER", "Glasgow Coma Scale"); a lone eponym-only word only when a
clinical cue is right next to it ("Hx Hodgkin", "Foley in place", "Foley d/c'd", "Parkinson's worse",
"has Crohn's", "neg Babinski", "Whipple POD 3", "Cushing's ruled out") or closes the short list it
is in ("Swan, Foley, and A-line all d/c'd") -- "Barrett
called the ward" and "with Foley, the resident" keep the name; and a PERSON of eponym-only terms and
clinical words, titles not counted as clinical words.

A PERSON labelling a field, an acronym before a code ("NIN: 4821...") or a chat role ("Bot: How can I
help?"), is dropped from any detector.

Social-media text adds rules that apply to every detector and win over a title or relation before
the span: a span with no letters ("[11:28" in a pasted chat log) or only laughter ("Bahahaha",
"Xoxoxo"); one made only of contractions ("I’m", "isn’t", "wasn’t ok") or of everyday words that
are no names ("Hi", "But", "Mother" after "my dad"); a word written in lower case on a cased line
that Webster's dictionary lists only as an ordinary word, never capitalized ("baby daddy", "child
welfare", "PCP deal"; "my friend john" stays, "john" is no ordinary word, and so does "my daughter
ruby", a first name that is no frequent word); and a Title-Case ordinary word right after a
determiner or possessive ("my Grammar", "every Hope", "The Boss"). A title or
relation counts as context only within the same sentence ("my friend. Lately ..."); "sis", "bro"
and "twin" only before a first name, and after them a span with no name word that is not
capitalized on a cased line is slang ("bro istg").

A one-word PERSON the name dictionary found right before its bearer's legal or real name ("Tiny (legal name
...)") is kept whatever it is, after the field-label check: street names are everyday words ("Tiny", "Smoke").

Two exceptions keep a first name that is also an everyday word or follows "its": one a greeting or nickname
cue points at ("Hi Will,", "goes by Will."), and one after an "its" that opens its clause, which is "it's"
without the apostrophe ("hey! its Destiny from group"; the possessive never opens a sentence).

An NER PERSON ending in a title loses the title, not the name ("ZORVATH PETERS DR" before "KHOURY":
see :func:`without_trailing_title`); one right before a title that holds a service, role or clinical
word is dropped ("NEURO RES" before "DR. KHOURY").
"""

from __future__ import annotations

import dataclasses
import functools
import pickle
import re
from collections.abc import Sequence

from confide.anonymize.casing import Token, looks_proper, on_caseless_line, tokenize
from confide.anonymize.lexicon import (
    EPONYM_HEADS,
    STANDALONE_EPONYMS,
    TAGALOG_WORDS,
    Lexicon,
    mixes_tagalog,
    package_folder,
    word_counts,
)
from confide.anonymize.recognizers.name_dictionary import (
    ALIAS_AFTER,
    DEMONYMS,
    NEVER,
    O_SURNAME,
    POSSESSED_AFTER,
    RARE_WORD_COUNT,
    RELATION_AFTER,
    RELATIONS,
    ROLE_AFTER,
    ROLES,
    SERVICES,
    SLANG_RELATIONS,
    TITLES,
    addressing_cue,
    age_statement_subject,
    pet_naming,
    rare_word_name,
    score_eponym,
)
from confide.anonymize.recognizers.person_context import nickname_cued
from confide.anonymize.recognizers.town_list import town_in_clinical_vocabulary
from confide.anonymize.spans import Span

GUARDED_TYPES = frozenset({"PERSON", "LOCATION"})
_CONDITION = re.compile(
    r"(?i)^\s+(?:\w+\s+)?(?:disorders?|disease|syndrome|cancer|depression|anxiety|palsy|"
    r"tumou?rs?|sclerosis|lymphoma|dementia|ataxia|chorea|sign|test|scale|criteria)\b"
)


# A contraction ("I’m", "isn't", "we'll"); "'s" only after a stop word ("it's"), since "Mary's" is a name.
_CONTRACTION = re.compile(
    r"(?i)^[a-z]+['’](?:t|m|re|ve|ll|d)$|^(?:it|that|there|here|what|who|he|she|let|where|how)['’]s$"
)
_LAUGHTER = re.compile(r"(?i)[a-z]?([a-z]{2})\1{2,}[a-z]?")
# Determiners and possessives: a Title-Case ordinary word right after one is a noun ("my Grammar").
_DETERMINERS = frozenset(
    "a an the my your his her its our their this that these those every each no any some another".split()
)
_TITLES_BEFORE_NAMES = frozenset("dr doctor mr mrs ms mx miss prof professor".split())
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
# Names that clinical text uses on their own for a disease, sign, score or device (lexicon.EPONYMS).
EPONYM_ONLY = STANDALONE_EPONYMS
# Between an eponym and its head noun: a space, a possessive or a hyphen ("Parkinson's disease").
_EPONYM_GAP = re.compile(r"(?:['’]s)?[ -]")
# Words that open a name rather than describe it ("Mr. Parkinson", "Pt Foley", "son Barrett"): a span
# starting with one is never an eponym, and they are no clinical words in that test.
_NAME_OPENERS = TITLES | RELATIONS | SLANG_RELATIONS | frozenset("pt pts".split())
# Right before a lone eponym-only word, a history or diagnosis label ("Hx Hodgkin", "h/o Crohn's").
_EPONYM_CUE_BEFORE = re.compile(
    r"(?i)(?<![\w/])(?:hx|h/o|pmh|psh|dx|ddx|s/p|neg|pos|negative|positive|known|new|early|advanced|severe|mild|"
    r"probable|possible|"
    r"suspected|for|of|diagnosed\s+with|dx'?d\s+with|\d+\s*(?:fr|french))\s*:?\s*$"
)
# Right after it, a device state or course word ("Foley in place", "Foley d/c'd", "Parkinson's worse").
_EPONYM_CUES = (
    r"(?:in\s+place|in\s+situ|d/?c(?:['’]?e?d)?(?![\w/])|removed|placed|"
    r"inserted|changed|replaced|pulled|draining|drained|drains|patent|intact|flushed|flushes|clamped|"
    r"to\s+(?:gravity|bsd|dd|ld)\b|worse|worsening|better|improved|improving|stable|flare|flares|"
    r"flaring|exacerbation|symptoms|sx|meds|dementia|cath(?:eter)?\b|pod\b|ruled\s+out)"
)
_EPONYM_CUE_AFTER = re.compile(r"(?i)^(?:['’]s)?\s*:?\s*" + _EPONYM_CUES)
# Or after a short list the device is one item of ("Swan, Foley, and A-line all d/c'd").
_EPONYM_LIST_CUE_AFTER = re.compile(
    r"(?i)^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\w/-]+){1,3},?\s+(?:(?:all|both|were|are)\s+)?" + _EPONYM_CUES
)


_LABEL_COLON = re.compile(r"[ \t]?:")
# A code after a label holds a digit within its first characters ("29AAKCK4471Q1ZV", "DE89 3704").
_CODE_AFTER_LABEL = re.compile(r"[ \t]?:[ \t]*[A-Z]{0,4}[ \t]?\d")
_CHAT_ROLES = frozenset("bot chatbot agent user assistant system customer operator moderator admin".split())
# Chemical symbols that name a blood level ("Li level 0.6", "Li 1.2", "Mg trough"): "Li" is also a surname,
# so only a level word or a decimal value after it makes the symbol an analyte.
_ANALYTE_SYMBOLS = frozenset("Li Mg Na Fe Zn Cu Ca".split())
# One run of blanks only: nested blank runs made the match cubic on a long blank line.
# A count or time unit after a number makes it a duration or a count, never a level or a score: "Li 2.5 hrs",
# "phoned Wells 3 times".
_UNIT = (
    r"(?:times?|x\b|hrs?\b|hours?|mins?\b|minutes?|secs?\b|days?|wks?\b|weeks?|months?|mos?\b|yrs?\b|years?"
    r"|yo\b|y/o)"
)
_LEVEL_AFTER = re.compile(
    rf"[ \t]*(?:levels?\b|lvls?\b|trough\b|[:=]?[ \t]*[<>]?\d*\.\d+(?![ \t]*{_UNIT}))", re.IGNORECASE
)
# A scale's value: "Braden 14", "Wells: 4", "CURB 2/5", "Wells score", "Wells criteria"; never a count.
_SCORE_SHAPE = re.compile(
    rf"[ \t]*(?::[ \t]*)?(?:(?:score|criteria|scale)\b|\d{{1,3}}(?:/\d{{1,3}})?(?![\d/:-]|\.\d)(?![ \t]*{_UNIT}))",
    re.IGNORECASE,
)
# A people or language used as an adjective: before the noun it describes ("Samoan speaking", "a Tongan man").
_DEMONYM_HEADS = frozenset(
    "speaking speaker speakers language interpreter translator descent heritage background origin man woman men "
    "women boy girl guy lady family families community culture food accent church citizen national nationals "
    "people person patient pt client worker nurse counsellor counselor doctor".split()
)
_ADJECTIVE_CUES = frozenset("a an is am are was were be being very proud half".split())


@functools.lru_cache(maxsize=1)
def webster_proper_words() -> frozenset[str]:
    """Lower-cased words that Webster's Second International lists capitalized ("Will", "Pete").

    Read from the ``english-words`` wheel (the same file as :mod:`confide.anonymize.lexicon`); a word
    listed only in lower case ("daddy", "welfare", "deal") is no proper noun in that vocabulary.
    """
    folder = package_folder("english_words")
    if folder is None:
        return frozenset()
    with (folder / "data" / "web2.pickle").open("rb") as handle:
        words = pickle.load(handle)  # noqa: S301 - hash-pinned data file of a pinned wheel
    return frozenset(w.lower() for w in words if w[:1].isupper())


# A first name written in lower case is dropped only when it is among the most frequent words
# ("daddy", "like", "wake", "bless"), so "my daughter ruby" keeps its name.
FREQUENT_FIRST_NAMES_RANK = 2000


@functools.lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """The ``FREQUENT_FIRST_NAMES_RANK`` most frequent words of English subtitles (``pyspellchecker`` wheel)."""
    counts = word_counts()
    return frozenset(sorted(counts, key=counts.__getitem__, reverse=True)[:FREQUENT_FIRST_NAMES_RANK])


def _contraction(word: str) -> bool:
    return bool(_CONTRACTION.match(word))


def _never_a_name(word: str, lexicon: Lexicon) -> bool:
    """A contraction, or a pronoun, month or everyday word that no name list holds ("Will" is one)."""
    return _contraction(word) or (
        (word in NEVER or lexicon.is_everyday(word)) and not lexicon.is_name(word)
    )


def _tagalog_words(text: str, words: Sequence[str]) -> bool:
    """Tagalog function words only, in a text that mixes in Tagalog.

    The name lists hold many of them as family names ("Ko", "Yung"), so a text's language decides.
    """
    return all(w in TAGALOG_WORDS for w in words) and mixes_tagalog(text)


# A personal title right before a word, and the word before the title ("dr castellanos", "mrs. ruiz"; after a
# determiner the title is a noun, "a dr pepper", "My Dr said").
_PERSONAL_TITLE_BEFORE = re.compile(r"(?:\b(?P<before>\w+)[ \t]+)?\b(?i:dr|mr|mrs|ms|prof)\.?[ \t]+$")


def _lower_ordinary(text: str, span: Span, tokens: list, lexicon: Lexicon) -> bool:
    """A lower-case PERSON on a cased line: ordinary words Webster never capitalizes ("daddy").

    A first name among them must also be one of the most frequent words ("ruby" is not).
    """
    if span.entity_type != "PERSON" or on_caseless_line(text, span.start):
        return False  # places ("boston", "new york city") are kept however they are written
    titled = _PERSONAL_TITLE_BEFORE.search(text, max(0, span.start - 24), span.start)
    if (
        titled
        and (titled.group("before") or "").lower() not in _DETERMINERS
        and not any(lexicon.is_everyday(t.lower) or t.lower in lexicon.clinical_words for t in tokens)
    ):
        return False  # a surname a note types in lower case after its title ("gi dr castellanos."); never "a dr pepper"
    proper, frequent = webster_proper_words(), frequent_words()
    return all(
        t.text.islower()
        and lexicon.is_english(t.lower)
        and t.lower not in proper
        and (t.lower not in lexicon.first_names or t.lower in frequent)
        and not (lexicon.is_name(t.lower) and rare_word_name(t.lower, lexicon))  # "d/w marguerite SW"
        for t in tokens
    )


def _social_media_noise(text: str, span: Span, tokens: list, lexicon: Lexicon) -> bool:
    """The rules for any detector that no context word can overrule (module docstring)."""
    words = [t.lower for t in tokens]
    if all(_LAUGHTER.fullmatch(w) for w in words):
        return True
    if all(_never_a_name(w, lexicon) for w in words):
        return span.entity_type == "PERSON" or all(_contraction(w) or w in NEVER for w in words)
    if span.entity_type == "PERSON" and _tagalog_words(text, words):
        return True
    return _lower_ordinary(text, span, tokens, lexicon)


def _context_before(text: str, span: Span, before: list, first: str, lexicon: Lexicon) -> bool:
    """A title or relation right before the span, in the same sentence.

    A slang relation ("sis", "bro") counts only before a known first name (``first``, the span's
    first word): never "bro istg".
    """
    if not before or not (
        before[-1].lower in TITLES
        or before[-1].lower in RELATIONS
        or before[-1].lower in SLANG_RELATIONS and first in lexicon.first_names
    ):
        return False
    gap = text[max(0, span.start - 20) + before[-1].end : span.start]
    if before[-1].lower in TITLES:
        gap = gap.removeprefix(".")  # "mr. martin"
    return not _SENTENCE_BREAK.search(gap)


def _slang_after_slang(text: str, span: Span, before: list, tokens: list, lexicon: Lexicon) -> bool:
    """Slang after "bro", "sis" or "twin": no name word, and not capitalized on a cased line ("bro istg").

    "sis Zorvath" on a cased line stays; on a caseless line an unknown word after them is read as slang.
    """
    if span.entity_type != "PERSON" or not before or before[-1].lower not in SLANG_RELATIONS:
        return False
    if text[max(0, span.start - 20) + before[-1].end : span.start].strip():
        return False
    capitalized = tokens[0].capitalized and not on_caseless_line(text, span.start)
    return not capitalized and not any(lexicon.is_name(t.lower) for t in tokens)


def _service_before_title(text: str, span: Span, tokens: list, lexicon: Lexicon) -> bool:
    """A PERSON right before a title holding a clinical word, service or role ("NEURO RES" before "DR.")."""
    after = tokenize(text[span.end : span.end + 12])
    if not after or text[span.end : span.end + after[0].start].strip() or after[0].lower not in _TITLES_BEFORE_NAMES:
        return False
    return any(t.lower in lexicon.clinical_words or t.lower in SERVICES or t.lower in ROLES for t in tokens)


def _field_label(text: str, span: Span, tokens: list, lexicon: Lexicon) -> bool:
    """A PERSON that labels a field: an acronym before a code, or a chat role naming its speaker.

    "NIN: 48213379015", "IBAN: DE89 3704", "Bot: How can I help?"; a name labelling a chat line stays ("Ana: hi"),
    and so does a first name in capitals labelling a number in a contact list ("KAREN: 07700 900123").
    """
    if len(tokens) != 1 or not _LABEL_COLON.match(text, span.end):
        return False
    word = tokens[0].text
    if word.lower() in _CHAT_ROLES:
        return True
    if not (word.isupper() and len(word) <= 6 and _CODE_AFTER_LABEL.match(text, span.end)):
        return False
    return not _spoken_first_name(word.lower(), lexicon)


def _spoken_first_name(word: str, lexicon: Lexicon) -> bool:
    """A first name that people say ("karen", "john"), so one English subtitles use.

    The name lists also hold id acronyms ("nin", "iban", "ein") that subtitles never use.
    """
    return word in lexicon.first_names and word_counts().get(word, 0) >= RARE_WORD_COUNT


# A D' surname or first name ("D'Souza", "D'Arcy", "D'Andre"): the lists hold it after the D' or joined to it;
# a contraction ("d'you", "d'yall"), a French phrase ("d'accord") or a pear ("D'Anjou") is none.
_D_NAME = re.compile(r"d['’](?!y|anjou)[a-z]{3,}")


def d_name(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a name opening with D' ("d'souza", "d'arcy")."""
    return _D_NAME.fullmatch(word) is not None and lexicon.is_name(lexicon.listed_form(word))


def _everyday(word: str, lexicon: Lexicon) -> bool:
    if O_SURNAME.fullmatch(word) or d_name(word, lexicon):
        return False  # "o'hanlon gave report", "HCA D'Souza": a surname, no contraction ("d'you")
    return "'" in word or "’" in word or word in NEVER or lexicon.is_everyday(word)


def _its_opening_clause(text: str, span: Span, before: Sequence[Token]) -> bool:
    """An "its" opening a clause is "it's" written without the apostrophe ("hey! its Destiny from group").

    The possessive follows what it belongs to and never opens a sentence ("the clinic and its Director").
    """
    if before[-1].lower != "its":
        return False
    opening = text[max(0, span.start - 20) : max(0, span.start - 20) + before[-1].start].rstrip(" \t")
    return not opening.strip() or opening[-1] in ".!?,:;\n-–—\"“"


# Labels and verbs that make the next word a name even when families also call someone so ("Name: Amma",
# "Client Didi attended", "Named Kuya at intake").
_NAME_LABELS = frozenset("name client patient pt resident named called contact member participant".split())
# The word right before a span, a colon or a title's period allowed between ("Name: Amma", "Dr. Nana").
_LABEL_RIGHT_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]*:?[ \t]*\Z")


def _kin_named(text: str, span: Span) -> bool:
    """A kin word that is someone's name here: a signature, a name label or title before, a role or relation after.

    "Thanks, Lola" (also with the name on the next line), "Name: Amma", "Dr Nana", "Mama (daughter)".
    """
    before = text[max(0, span.start - 4) : span.start]
    rest = text[span.end :].split("\n", 1)[0]
    if before.rstrip(" \t\n")[-1:] in {",", "-", "–", "—"} and before.count("\n") <= 1 and not rest.strip(" \t.!x"):
        return True
    label = _LABEL_RIGHT_BEFORE.search(text, max(0, span.start - 40), span.start)
    if label is not None and (label.group(1).lower() in _NAME_LABELS or label.group(1).lower() in TITLES):
        return True
    return bool(RELATION_AFTER.match(text, span.end) or ROLE_AFTER.match(text, span.end))


def _addressed_first_name(text: str, span: Span, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """One first name a greeting or nickname cue points at ("Hi Will,", "goes by Will."): the recognizer's test."""
    return len(tokens) == 1 and tokens[0].lower in lexicon.first_names and (
        addressing_cue(text, span.start, span.end) is not None
    )


def _eponym(text: str, span: Span, tokens: list, lexicon: Lexicon) -> bool:
    """A PERSON or a place naming a disease, sign, score or device (module docstring); context is checked before."""
    if span.entity_type not in ("PERSON", "LOCATION") or (len(tokens) > 1 and tokens[0].lower in _NAME_OPENERS):
        return False  # "Mr. Parkinson", "Dr Crohn", "Pt Foley": the title is inside the span
    gap = _EPONYM_GAP.match(text, span.end)
    if gap:
        after = tokenize(text[gap.end() : gap.end() + 30])
        if after and after[0].start == 0 and after[0].lower in EPONYM_HEADS:
            return True
    if span.entity_type == "LOCATION":
        return False  # a place's name only before a head noun ("Hartmann's procedure"; "Glasgow Road" stays)
    words = [t.lower for t in tokens]
    heads = [w for w in words[1:] if w in EPONYM_HEADS]
    if heads and (len(heads) > 1 or any(w in EPONYM_ONLY for w in words) or not all(map(lexicon.is_name, heads))):
        return True  # the head noun inside the span: "Glasgow Coma Scale", "Hodgkin Lymphoma"; not "Mary Block"
    if words == [w for w in words if w in EPONYM_ONLY]:
        # Only eponym-only words ("Foley"): a name ("Barrett called", "with Foley, the resident") unless
        # a clinical cue is right next to it ("Hx Hodgkin", "Foley in place", "Parkinson's worse").
        after = text[span.end : span.end + 30]
        possessive = re.match(r"['’]s\b\s*([^\W\d_]*)", after)
        return bool(
            _EPONYM_CUE_BEFORE.search(text[max(0, span.start - 30) : span.start])
            or _EPONYM_CUE_AFTER.match(after)
            or _EPONYM_LIST_CUE_AFTER.match(after)
            or (possessive and possessive.group(1).lower() not in POSSESSED_AFTER)  # "has Crohn's"
            or (len(words) == 1 and words[0].endswith("s") and words[0] in EPONYM_ONLY)  # "Parkinsons"
        )
    return any(w in EPONYM_ONLY for w in words) and all(
        w in EPONYM_ONLY
        or (w in lexicon.clinical_words and w not in _NAME_OPENERS and not lexicon.is_name(w))
        for w in words
    )


def without_trailing_title(text: str, span: Span) -> Span:
    """An NER PERSON ending in a title, without the title ("ZORVATH PETERS DR" before "KHOURY").

    The words before the title are then judged like any span; the name after it is found by its cue.
    """
    if span.source != "SpacyRecognizer" or span.entity_type != "PERSON":
        return span
    tokens = list(tokenize(text[span.start : span.end]))
    kept = len(tokens)
    while kept > 1 and tokens[kept - 1].lower in _TITLES_BEFORE_NAMES:
        kept -= 1
    return span if kept == len(tokens) else dataclasses.replace(span, end=span.start + tokens[kept - 1].end)


def _street_name(text: str, span: Span, tokens: list[Token]) -> bool:
    """The name dictionary's street-name rule found this one word before a legal or real name.

    Only that rule's hits, which already refused form labels and pronouns; another recognizer's one-word
    PERSON before such an aside ("Wristband", "Molly's real name") gets the usual checks.
    """
    return (
        span.entity_type == "PERSON"
        and len(tokens) == 1
        and "NameDictionaryRecognizer" in span.source.split("+")
        and ALIAS_AFTER.match(text, span.end) is not None
    )


def _word_before(text: str, span: Span) -> Token | None:
    """The word right before ``span`` on its line, if any."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = tokenize(text[max(line_start, span.start - 40) : span.start])
    return before[-1] if before else None


def _named_before(text: str, span: Span, lexicon: Lexicon) -> bool:
    """A title, relation or first name right before ``span``: "Mrs Wells", "son Braden", "Dr Li"."""
    prev = _word_before(text, span)
    return prev is not None and (prev.lower in TITLES or prev.lower in RELATIONS or prev.lower in lexicon.first_names)


def _analyte(text: str, span: Span, lexicon: Lexicon) -> bool:
    """A chemical symbol before a level word or a decimal value: a lab result, never the surname Li.

    A unit of time after the value ("Li 2.5 hrs after") or a title before ("Dr Li 0.5") keeps the surname.
    """
    return (
        text[span.start : span.end] in _ANALYTE_SYMBOLS
        and _LEVEL_AFTER.match(text, span.end) is not None
        and not _named_before(text, span, lexicon)
    )


def _people_adjective(text: str, span: Span, tokens: Sequence[Token]) -> bool:
    """One word naming a people or language used as an adjective ("Samoan speaking", "is Samoan").

    Never as a name: "Christian said", "Dr Welsh", "christian (brother)".
    """
    if len(tokens) != 1 or tokens[0].lower not in DEMONYMS:
        return False
    after = re.match(r"[ \t-]*([^\W\d_]+)", text[span.end : span.end + 30])
    if after is not None and after.group(1).lower() in _DEMONYM_HEADS:
        return True
    prev = _word_before(text, span)
    return prev is not None and prev.lower in _ADJECTIVE_CUES and after is None


def _scale_value(text: str, span: Span, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A scale's eponym alone before its value ("Bush-Francis 14", "Wells score"); never "Mrs Wells 3 times"."""
    return (
        len(tokens) == 1
        and score_eponym(text[span.start : span.end + 12], tokens[0])
        and _SCORE_SHAPE.match(text, span.end) is not None
        and not _named_before(text, span, lexicon)
    )


# Words right before a place that make it one ("from Hexham", "in Strathcona"); "to", "at" and "of" take a cheese, a
# virus or a site as often ("allergic to Stilton", "exposure to Powassan").
_LOCATIVE_CUES = frozenset("in from near around outside".split())


def is_ordinary_words(text: str, span: Span, lexicon: Lexicon) -> bool:
    """True when the ``span`` should be dropped (see module docstring).

    The social-media rules, the determiner rule, the condition rule and, for PERSON, the
    everyday-words rule ("I've", "Survey") apply to every detector; the rest only to NER's.
    """
    if span.entity_type not in GUARDED_TYPES:
        return False
    tokens = list(tokenize(text[span.start : span.end]))
    if not tokens:
        # no letters: "[11:28", "~1.5", emoji; a place's coordinates are digits by nature
        return span.source != "CoordinatesRecognizer"
    if span.entity_type == "PERSON" and _field_label(text, span, tokens, lexicon):
        return True  # "NIN: 48213379015", "Bot: How can I help?"
    if span.entity_type == "PERSON" and _analyte(text, span, lexicon):
        return True  # "Li level today", "Li 0.4"
    if span.entity_type == "PERSON" and pet_naming(text, span.start):
        return True  # "a dog in the office named Biscuit"
    if span.entity_type == "PERSON" and all(t.lower in RELATIONS for t in tokens) and not _kin_named(text, span):
        return True  # what a family calls its elders: "Amma should get Syndopa at 8"; never "Thanks, Lola"
    if span.entity_type == "PERSON" and (
        _people_adjective(text, span, tokens) or _scale_value(text, span, tokens, lexicon)
    ):
        return True  # "Samoan speaking", "Bush-Francis 14"
    if _street_name(text, span, tokens):
        return False  # a street name before the legal one ("Guest Tiny (legal name ...)") is often a word
    if _social_media_noise(text, span, tokens, lexicon):
        return True
    before = list(tokenize(text[max(0, span.start - 20) : span.start]))
    if _context_before(text, span, before, tokens[0].lower, lexicon):
        return False
    if span.entity_type == "PERSON" and (
        RELATION_AFTER.match(text, span.end)
        and all(t.lower in lexicon.first_names or not lexicon.is_common(t.lower) for t in tokens)
        or age_statement_subject(text, [t.lower for t in tokens], span.end, lexicon)
    ):
        # "Will (son) called", "Young is a 44 yo F": the relation or age names the word before it; a
        # relation after an ordinary word that is no first name does not ("Salary (partner) 40k")
        return False
    if _slang_after_slang(text, span, before, tokens, lexicon):
        return True  # "bro istg", "sis ngl"
    if _eponym(text, span, tokens, lexicon):
        return True  # "Barrett esophagus", "Hx Hodgkin"; never "Dr Foley"
    if (
        span.entity_type == "PERSON"
        and before
        and before[-1].lower in _DETERMINERS
        and not _SENTENCE_BREAK.search(text[max(0, span.start - 20) + before[-1].end : span.start])
        and not _its_opening_clause(text, span, before)
        and all(lexicon.is_common(t.lower) and t.lower not in webster_proper_words() for t in tokens)
    ):
        return True  # "my Grammar", "every Hope", "The Boss"
    ordinary = all(lexicon.is_common(t.lower) and not lexicon.is_name(t.lower) for t in tokens)
    if ordinary and _CONDITION.match(text[span.end : span.end + 40]):
        return True  # "Major" in "Major Depressive Disorder"; never "Jones's anxiety"
    if span.entity_type == "PERSON" and all(_everyday(t.lower, lexicon) for t in tokens):
        # "I've", "Motivation", "Survey" from any person pattern; a first name a greeting or nickname cue
        # points at stays ("Hi Will,", "Goes by Will."), and so does a street name after a nickname cue
        # ("male known as Ghost", 'Name given as "Smoke"')
        street_name = "PersonContextRecognizer" in span.source.split("+") and nickname_cued(text, span.start)
        return not (street_name or _addressed_first_name(text, span, tokens, lexicon))
    if span.entity_type == "PERSON" and all(
        len(t.lower) >= 4 and t.lower in lexicon.clinical_words and not lexicon.is_name(t.lower) for t in tokens
    ) and not any(c.isdigit() for c in text[span.start : span.end]) and not nickname_cued(text, span.start):
        # drugs and clinical terms that no name list holds ("Pt Lasix given", "Pt Coumadin held"); initials
        # and codes ("AKP", "lmt", "PD42") are clinical words too, and stay
        return True
    if span.source != "SpacyRecognizer":
        return False
    if span.entity_type == "PERSON" and any(c.isdigit() for c in text[span.start : span.end]):
        return True
    if span.entity_type == "PERSON" and _service_before_title(text, span, tokens, lexicon):
        return True  # "NEURO RES" before "DR. KHOURY": the name is after the title, found by its cue
    # Two-letter capitals ("SS", "GU") are abbreviations, not evidence of a name.
    words = [t.lower for t in tokens if len(t.text) > 2 or not t.text.isupper()]
    words = [w for w in words if len(w) > 1]
    if not words:
        return True
    if on_caseless_line(text, span.start):  # NER read a re-cased copy: keep what it marked proper
        return not any(looks_proper(w, lexicon) for w in words)
    if any(not lexicon.is_common(w) for w in words):
        return False
    if span.entity_type == "LOCATION":
        if any(w in lexicon.places or w in lexicon.regions for w in words):
            return False
        # a town Philter's clinical vocabulary holds, right after a locative cue ("from Hexham"; never "to Powassan")
        cued = bool(before) and before[-1].lower in _LOCATIVE_CUES
        return not (cued and len(words) == 1 and town_in_clinical_vocabulary(words[0], lexicon))
    if not all(lexicon.is_name(w) for w in words):
        return True
    at_sentence_start = not before or bool(re.search(r"[.!?:;]\s*$|^\s*$|\n\s*$", text[: span.start][-3:]))
    return len(words) == 1 and at_sentence_start
