"""Word tests shared by the facility validators: is a word a site's naming word, a place, a state's short form.

Kept apart from ``facility`` (its patterns and validators) so that ``facility_kinds`` and
``facility_checks`` can use them without importing ``facility`` inside their functions, and to hold
``facility`` under the style guide's length. The patterns and validators of three families that
recur across authors live here for that length too: a practice by its own name ("at Harbor Light
Counseling"), a care site "of" its area ("Hospice of the Valley") and a site after "got a bed at".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator


def _naming_word(word: str, lexicon: Any, hospital: bool = False) -> bool:
    """A name that is no everyday word, a place, no English word, or two run together ("brookside").

    A compound must not be an everyday or clinical word itself ("picking" is "pic" + "king"; "bedside").
    A possessive is judged by its word ("buddy's house" names no site) and a slashed pair ("pt/ot")
    is shorthand, no name.
    """
    word = _POSSESSIVE.sub("", word)
    if not word or "/" in word:
        return False
    if ("'" in word or "’" in word) and not lexicon.is_name(word):
        # "o'connor", "d'angelo": a name's prefix; anything else is a contraction ("i’m house sitting")
        prefixed = _NAME_PREFIX.fullmatch(word)
        return bool(prefixed) and (lexicon.is_name(prefixed[1]) or not lexicon.is_english(prefixed[1]))
    parts = [part for part in word.split("-") if part]
    if "-" in word and all(lexicon.is_english(part) or part.isdigit() for part in parts):
        # "one-story", "half-way", "non-profit": ordinary words joined; "winter-haven", "mid-coast" are
        # a place's words (a gazetteer entry, or words none of them everyday or a bound prefix)
        return tuple(parts) in lexicon.places.get(parts[0], ()) or not any(
            lexicon.is_everyday(part) or part.isdigit() or part in _BOUND_PREFIXES for part in parts
        )
    return (lexicon.is_name(word) and not lexicon.is_everyday(word)) or _place_word(word, lexicon, hospital) or (
        not lexicon.is_english(word)
        or (_compound(word, lexicon) and not lexicon.is_everyday(word) and word not in lexicon.clinical_words)
    )


def _place_word(word: str, lexicon: Any, hospital: bool = False) -> bool:
    """A word that opens a place name; an everyday word only when it opens one of several words.

    "south" ("South Shore") counts; "police" (only the town of Police) names nothing in "Police Academy".
    Before a hospital's kind (``hospital``: "Hospital", "Infirmary", "Medical Center") a town that is
    an everyday word names it too ("Reading Hospital", "MOBILE INFIRMARY").
    """
    candidates = lexicon.places.get(word)
    if not candidates:
        return False
    return hospital or not lexicon.is_everyday(word) or any(len(c) > 1 for c in candidates)


# The shape of a care unit's abbreviation: ending in "cu", or short and ending in "u" ("pcu", "nsicu", "bhu").
UNIT_SHAPE = re.compile(r"[a-z]*cu|[a-z]{1,2}(?<![sy])u")


# One capitalised word of a site's name: dotted initials ("N.Y.", "U.C."), a common abbreviation ("Univ.", "Hosp.",
# "Geo."), one of three letters or fewer ("St.", "Mt.") or a hyphen's initial ("Louis-H.") with its dot, inner dots;
# never a sentence's full stop after a word ("Referred to Northcote Psychology. Next week").
_NAME_ABBREVIATIONS = "univ|hosp|assoc|calif|penn|mich|geo|inst|dept|natl|intl|corp|bros|ctr|med|gen|mem"
NAME_WORD = (
    # (the dotted forms first: the first alternative that fits is kept, and a name may end after any word)
    r"(?:(?:[A-Z]\.){2,4}|(?=(?i:" + _NAME_ABBREVIATIONS + r")\.)[A-Z][a-z]{1,4}\.|"
    r"[A-Z](?:[A-Za-z'’&]{0,40}-[A-Z]\.|[A-Za-z]{0,2}\.|[A-Za-z'’&-]{0,40}(?:\.[A-Za-z][A-Za-z'’&-]{0,40})*))"
)
# The space between a name's words: any but a line break ("Northcote\u00a0Psychology").
NAME_GAP = r"[^\S\n]+"
# ... or a line's wrap inside a name, never one before the next line's field ("Name: Ama\nCollege: ...").
WRAPPED_NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?![^\n:]{1,30}:))"


def upper_alternatives(kinds: str) -> str:
    """The same alternatives in capitals, leaving the regex syntax (escapes, lookarounds) as it is."""
    return re.sub(r"(?<![\\\[-])\b[A-Za-z][A-Za-z']*", lambda m: m[0].upper(), kinds)


def longest_first(kinds: str) -> str:
    """The alternatives of ``kinds``, longest first: an alternation stops at the first that fits.

    "Health" first would cut "South Lee Mental Health Services" short of its last word. Splits only at
    the top level, so a group inside one ("Nursing (?:&|and) Rehab") stays whole.
    """
    parts: list[str] = []
    depth, start, in_class = 0, 0, False
    for i, char in enumerate(kinds):
        if i and kinds[i - 1] == "\\":
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(kinds[start:i])
            start = i + 1
    parts.append(kinds[start:])
    return "|".join(sorted(parts, key=len, reverse=True))


# British and Irish mental-health services: kinds named by their area ("Wexcombe CMHT", "CAMHS Tallaght"),
# never a name of their own ("REFERRED TO OLDER ADULTS CMHT").
SERVICE_ACRONYMS = ("CAMHS", "CMHT", "CRHT", "IAPT", "EIP", "CYPMHS", "HSE", "HEADSPACE")
# American kinds of care site by their acronym: a kind, not one site ("referred to the FQHC", "records from
# the VAMC", "started at the PCMH"); a name before one names it ("Riverside CMHC").
CARE_KIND_ACRONYMS = frozenset(
    "fqhc fqhcs chc chcs cmhc cmhcs rhc vamc vamcs vahcs cboc pcmh phc irf alf ecf icf".split()
)
# The shape of a hospital's acronym: its initials and the kind they end in, a medical or health centre or a
# hospital ("RWMC", "SBHC", "TMH"); two to five letters, so neither "BH" nor "SIADH".
# Care units a transfer form writes after a site's name ("Kelso ED", "Tallis CVICU", "Orlan HDU"), US and UK;
# ``UNIT_SHAPE`` covers the rest of the "-cu"/"-u" shape.
FORM_UNITS = frozenset("ed er a&e icu micu sicu cvicu ccu nicu picu tsicu csru hdu amu mau scbu sau cdu".split())
# Words that name a unit's own kind, never a site ("Burn ICU", "Holding ED", "Cardiothoracic ICU", "Main ED").
UNIT_KIND_WORDS = frozenset(
    "burn burns holding cardiothoracic cardiac cardiovascular thoracic surgical trauma medical neuro neurosurgical "
    "neurological neuroscience pediatric paediatric peds neonatal coronary respiratory transplant oncology "
    "psychiatric psych behavioral behavioural observation obs overflow stepdown step-down mixed acute short stay "
    "medicine general geriatric geri adolescent adult child children's main old new satellite freestanding outside "
    "same our their this that resus".split()
)
HOSPITAL_ACRONYM = r"[A-Z]{1,4}(?:MC|HC)|[A-Z]{2,3}H"
_NAME_PREFIX = re.compile(r"[odl]['’]([a-z]{3,})")
_BOUND_PREFIXES = frozenset("non pre post anti multi semi co re sub self ex pro".split())


def _detox_named(raw: list[str], naming: list[str], lexicon: Any) -> bool:
    """A detox is named by a place spelled in full, a person's name or a capitalised unknown word.

    Posts write "sugar detox", "tiktok detox", "benzo detox": a food, an app, a drug or an unknown
    lower-case word before "detox" is what one gives up, never a site ("Lowell Detox", "shattuck detox",
    "OKONKWO DETOX": capitals mark a name, as notes write them).
    """
    from confide.anonymize.recognizers.facility_checks import NOT_SITES

    words = [w.strip(".,'’&").lower() for w in raw]
    for i, w in enumerate(words[:-1]):
        # a place spelled in full right before the kind ("north andover detox")
        spelled = [c for c in lexicon.places.get(w, ()) if tuple(words[i : i + len(c)]) == c]
        if any(i + len(c) == len(words) - 1 for c in spelled):
            # one word that is also everyday or clinical is no town here ("sugar detox", "opioid detox")
            alone = all(len(c) == 1 for c in spelled)
            return not (alone and (lexicon.is_everyday(w) or w in lexicon.clinical_words or w in NOT_SITES))
    # otherwise the word right before the kind names it ("self-presented requesting detox" does not)
    w, raw_word = words[-2] if len(words) > 1 else "", raw[-2] if len(raw) > 1 else ""
    if w not in naming or w in NOT_SITES or "-" in w or w in lexicon.clinical_words:
        return False
    if lexicon.is_name(w) and not lexicon.is_everyday(w):
        return True
    return raw_word[:1].isupper() and not lexicon.is_english(w)


_POSSESSIVE = re.compile(r"['’]s$")
# Street words: a name ending in one ("Elm Court") is an address, no site, unless a kind precedes it.
STREET_WORDS = frozenset("street st avenue ave road rd lane ln court ct terrace boulevard blvd".split())


def _state_short(word: str) -> bool:
    """A state's written short form ("mass", "penn", "conn"), never any prefix ("color", "main", "wash")."""
    return word in _STATE_SHORTS


# Only the short forms hospitals are named by; a prefix test let "Color Doppler" and "Renal Mass" in.
_STATE_SHORTS = frozenset("mass penn conn mich minn wisc tenn ariz okla".split())


def _compound(word: str, lexicon: Any) -> bool:
    """Two English words of three letters or more run together ("brookside", "lakeshore"), as place names are."""
    return any(
        lexicon.is_english(word[:i]) and lexicon.is_english(word[i:]) for i in range(3, len(word) - 2)
    )


# A practice named by its own words before what it practises, after a lower-case cue: "at Harbor Light
# Counseling", "detox at Tidewater Recovery", "from Mindful Path Psychiatry". The kind alone ("Counseling",
# "Recovery") is no site's keyword: the capitals of the words before it, in running text, make the name.
PRACTICE_NAME = (
    r"(?:(?<![\w/-])(?:at|from|to|with|through|via|called|w/)[ \t]+|->[ \t]*)"
    r"(?P<pii>(?:[A-Z][a-zà-ÿ'’-]+[ \t]+){1,3}"
    # mental-health and family practices only: before a body specialty the words are an organ or a
    # condition as often as a name ("Heart Failure Cardiology", "Pelvic Floor Urology")
    r"(?:Counseling|Counselling|Psychiatry|Psychology|Psychotherapy|Recovery|Family[ \t]+Medical))\b"
    # another capitalised word makes the kind part of a longer name the keyword patterns find
    r"(?![ \t]*[A-Z&])"
)
# What a service treats, whom it serves or how: a topic, never a practice's name ("Grief Counseling",
# "Substance Abuse Counseling", "Consult Psychiatry", "Long Term Recovery", "Pediatric Urology").
_PRACTICE_TOPICS = frozenset(
    "grief bereavement loss couples couple marriage marital premarital family families relationship relationships "
    "individual group peer addiction addictions substance abuse drug drugs alcohol opioid gambling eating disorder "
    "disorders anxiety depression mood trauma crisis anger stress sleep pain sports career vocational academic "
    "school student students college employee financial credit debt genetic genetics lactation nutrition diet "
    "weight sex sexual spiritual pastoral faith christian biblical mental health behavioral behavioural child "
    "children kids adolescent adolescents teen teens youth adult adults older elder senior seniors geriatric women "
    "men veterans veteran military consult consultation liaison emergency outpatient inpatient forensic general "
    "pediatric paediatric interventional clinical medical surgical invasive cardiac neuro long term early full "
    "speedy quick fast slow good great complete partial natural total personal home online virtual telehealth "
    "community local private public free sober dual geri gero peds psych onc perinatal lgbtq queer trans "
    "tele video urgent acute care same day intensive narcotics anonymous alcoholics "
    "the a an my our your his her their this that".split()
)
# Adjective endings: a word with one describes a service, it does not name one ("Integrative Psychiatry").
_ADJECTIVE_END = re.compile(r"(?:ic|ical|al|ive|ary|ory|ous|ful|ed|ing)$")
# A person's titles: before a site's words they make a clinician of it ("Dr Patel Psychiatry").
PERSON_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof")
_PERSON_TITLES = frozenset(title.lower() for title in PERSON_TITLES)


@register_validator("practice_name")
def practice_name(value: str, params: Mapping[str, Any]) -> bool:
    """The words before a practice's kind are its own name, not a topic, a person or an adjective.

    Keeps "Cornerstone Counseling", "Harbor Light Counseling", "Second Wind Recovery"; leaves "Grief
    Counseling", "Substance Abuse Counseling", "Dr Patel Psychiatry", "Integrative Psychiatry".
    A lone word must be no everyday word nor an adjective ("Crossroads", "Bridges"); of several words,
    one must be no adjective ("Second Wind").
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    words = words[:-2] if words[-2:] == ["family", "medical"] else words[:-1]
    if not words or any(w in _PRACTICE_TOPICS or w in _PERSON_TITLES for w in words):
        return False
    if len(words) == 1:
        word = _POSSESSIVE.sub("", words[0])
        return not lexicon.is_everyday(word) and not _ADJECTIVE_END.search(word)
    return not all(_ADJECTIVE_END.search(w) for w in words)


# A care site by its kind and the area it serves, every word capitalised (a name's, not a sentence's):
# "Hospice House of the Valley", "Pediatric Associates of Riverton", "Mental Health Center of Greater
# Dayton". In lower case "a hospice of some kind" is a phrase; ``area_naming_word`` wants a place after "of".
CARE_KIND_OF_PLACE = (
    r"\b(?:(?:Pediatric|Paediatric|Mental|Behaviou?ral|Community|Family|Women['’]?s|Children['’]?s)[ \t]+)?"
    r"(?:Hospice(?:[ \t]+House)?|Associates|(?:Mental[ \t]+)?Health[ \t]+Cent(?:er|re)|"
    r"(?:Counsel?ling|Treatment|Rehab(?:ilitation)?|Recovery)[ \t]+Cent(?:er|re))"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:Greater[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}\b"
)


# A bed found for someone names where it is: "got a bed at Covenant House", "finally got him a bed at
# Gateway", "found her a bed at St Anne's". Only capitalised words after the cue, up to a lower-case word.
BED_AT_SITE = (
    r"(?i:\b(?:got|get|gets|getting|found|find|finding|secured|offered)[ \t]+(?:(?:him|her|them|me|us|you)[ \t]+)?"
    # "at", never "in": "got a bed in Leeds" names the town, not the site
    r"a[ \t]+bed[ \t]+at[ \t]+(?:the[ \t]+)?)"
    r"(?P<pii>[A-Z][A-Za-z'’&-]+(?:[ \t]+[A-Z][A-Za-z'’&-]+){0,3})\b"
)
# A time or a person's home after "a bed at" is no site ("a bed at Christmas", "a bed at Mum's").
_BED_NOT_SITES = frozenset(
    "christmas easter thanksgiving xmas midnight noon night home mom mum dad mommy grandma gran nan nana "
    "grandpa grandad granddad aunt uncle sister brother".split()
    # a ward or a level of care is where in the hospital, not which site ("a bed at Step Down", "at Peds")
    + "labor labour delivery step med surg peds detox psych acute tele emergency icu ward unit floor rehab "
    "inpatient observation obs".split()
)


@register_validator("bed_site")
def bed_site(value: str, params: Mapping[str, Any]) -> bool:
    """The words after "got a bed at" name a site, not a time, kin's home or a person's possessive."""
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    first = _POSSESSIVE.sub("", words[0])
    if first in _BED_NOT_SITES or first in MONTH_WORDS or first in WEEKDAY_WORDS or first in _PERSON_TITLES:
        return False
    if len(words) == 1 and lexicon.is_everyday(first):
        return False  # "finally got a bed at Last, after two weeks"
    # a lone possessive name is someone's home ("a bed at Sarah's")
    return not (len(words) == 1 and _POSSESSIVE.search(value) and lexicon.is_name(first))
