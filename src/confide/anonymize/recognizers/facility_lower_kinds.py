"""Sites typed in lower case, named before a plain or shorthand kind, after a cue of place.

Quick notes and posts drop the capitals and shorten the kind: "pcp dr haskins, grand blvd hc", "7th grader at jfk
middle", "therapist kelsey from high plains mhc", "gp at sockburn medical", "studying at salford uni". In lower case
the kind alone says little ("at the high", "medical"), so a cue of place or care must come before the name and a word
of the name must name something: a town, a person's name no dictionary spells as a word, or a coined word ("swope
health", never "mental health" or "the old college").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

# Kinds as notes shorten them: schools, colleges, clinics (health centre, community/mental/behavioural health,
# family medicine/health team), a hostel, a mission, a centre, a veterans' legion, a marae, a church by its
# denomination ("naenae sda", "new hope ame"), a care home's village or gardens.
_SHORT_KINDS = r"hc|chc|mhc|cmhc|bh|fm|fht|peds"
_KINDS = (
    r"high|elem|elementary|middle|primary|college|uni|montessori|academy|polytechnic|"
    r"medical|medicine|health|" + _SHORT_KINDS + r"|hostel|mission|centre|center|legion|marae|"
    r"baptist|methodist|lutheran|sda|ame|holiness|pentecostal|presbyterian|episcopal|parish|chapel|"
    r"village|gardens|lodge|manor"
)
# A cue of going, belonging or care before the name: "at", "from", "to", "attends", a doctor's field.
_CUE = (
    r"(?i:\b(?:at|from|to|into|outside|attends?|attended|attending|via|pcp|gp|church|school)"
    r"(?:[ \t]+(?:is|was|at))?[ \t]*:?[ \t]+(?:the[ \t]+)?)"
)
# Words that open a phrase, never a site's name ("to my college", "at her primary").
_NOT_OPENING = r"(?!(?:the|a|an|my|his|her|our|your|their|this|that|its|same|new|old|local|nearest|any|some|no)\b)"
# (no word of a cue, an article or a possessive inside the name: "used to teach at wellington high" is read from
# "wellington"; "a friend from back an elementary", "to drop down my health insurance" name none)
_WORD = (
    r"(?!(?:at|from|to|into|in|on|with|and|or|of|for|by|is|was|a|an|the|my|his|her|our|your|their|this|that)\b)"
    r"[a-z][a-z'’.-]*[a-z]"
)

# A hospital by the one word a city calls it, in lower case after "the": "been in the royal for a fortnight", "emerg
# at the jewish last week", "moved from the regional to st camillus". The clause must end there or go on with a time,
# a move or a part of the hospital: "in the general population", "the royal family" and "the western blot" go on.
_HOSPITAL_NICKNAMES = r"royal|mater|mercy|general|regional|western|jewish|civic|memorial|methodist|presbyterian"
_AFTER_HOSPITAL = (
    r"(?=[ \t]*(?:[,.;:)!?\n—–]|$)|[ \t]+(?:for|in|on|to|and|with|after|before|until|till|since|last|this|still|"
    r"now|again|yesterday|today|tonight|overnight|er|ed|a&e|emerg|icu|psych|x\d)\b)"
)

# A general hospital's initials in lower case, as a city's notes and posts type them ("seen in the kgh er", "at sjgh",
# "to vgh for ct"): ending in "gh", no English word ("laugh", "rough") and no hormone's or antibody's letters.
_NOT_HOSPITAL_INITIALS = r"(?!(?:hgh|igh|agh|ugh)\b)"

PATTERNS: list[dict[str, Any]] = [
    {
        # a university by its town in lower case ("studying at uni of galway", "the university of limerick"), and by
        # its initial after a cue ("2nd yr at u of t")
        "name": "lower_university_of_town",
        "regex": r"\b(?P<pii>(?:uni|univ|university)[ \t]+of[ \t]+[a-z][a-z'’-]+)(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "lower_university_town"}],
    },
    {
        "name": "lower_university_initials",
        "regex": r"\b(?:at|from|to|attends|attended)[ \t]+(?P<pii>u[ \t]+of[ \t]+[a-z])(?![\w'’-])",
        "score": 0.55,
    },
    {
        "name": "lower_hospital_initials",
        "regex": r"\b(?:(?:at|to|from|into)(?:[ \t]+the)?|in[ \t]+the)[ \t]+(?P<pii>" + _NOT_HOSPITAL_INITIALS
        + r"[a-z]{1,3}gh)" + _AFTER_HOSPITAL,
        "score": 0.55,
        "validators": [{"name": "not_english_word"}],
    },
    {
        "name": "lower_hospital_nickname",
        "regex": r"\b(?:at|in|from|to|into)[ \t]+the[ \t]+(?P<pii>" + _HOSPITAL_NICKNAMES + r")" + _AFTER_HOSPITAL,
        "score": 0.55,
    },
    {
        "name": "lower_site_before_kind",
        "regex": _CUE + r"(?<![\w'’-])(?P<pii>" + _NOT_OPENING + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
        r"[ \t]+(?:" + _KINDS + r"))(?![\w'’-])",
        "score": 0.55,
        "gate": r"\b(?:" + _KINDS + r")\b",
        "validators": [{"name": "lower_site_named"}],
    },
]

# Words that describe a site or its kind, never name it ("community", "family", "behavioral", "senior").
_DESCRIPTIVE = frozenset(
    "community family behavioral behavioural mental public women's womens children's childrens kids senior junior "
    "central general main county regional state city district national private catholic christian baptist "
    "medical health care clinic hospital school university student campus sports occupational primary job jobs day "
    "drop-in walk-in youth leisure civic shopping garden wellness recovery resource crisis visitor visitors arts "
    "learning training employment skills town".split()
)


@register_validator("lower_site_named")
def lower_site_named(value: str, params: Mapping[str, Any]) -> bool:
    """All in lower case, no clinical or describing word, and one word that names ("rooty hill", "jfk", "swope")."""
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility_words import _naming_word, _place_word

    if not value.islower():
        return False
    lexicon = load_lexicon()
    words = [w.strip(".") for w in value.split()[:-1]]
    def shorthand(word: str) -> bool:  # Philter's vocabulary holds every word: its non-English ones are shorthand
        clinical = word in lexicon.clinical_words and not lexicon.is_english(word)
        named_part = word in _STREET_WORDS or word in {"mt", "co"}  # "hill st mhc", "columbia co health"
        return word in _SHORTHAND or (clinical and not named_part and not _place_word(word, lexicon))

    if any(w in _DESCRIPTIVE or shorthand(w) for w in words):
        return False  # a reading, a side, a route or a specialty before the kind ("bp high", "rt middle", "occ health")
    if any(lexicon.is_everyday(w) and not _place_word(w, lexicon) and not lexicon.is_name(w) for w in words[:1]):
        return False  # "to see medical", "at least primary"
    if re.search(r"\b(?:" + _SHORT_KINDS + r")$", value) and any(w in _STREET_WORDS for w in words[1:]):
        return True  # a clinic by its street ("hill st mhc", "grand blvd hc")
    home = _HOME_KIND.search(value) is not None
    return any(
        _place_word(w, lexicon) or _naming_word(w, lexicon) or (lexicon.is_name(w) and not lexicon.is_everyday(w))
        for w in words
        if w not in _STREET_WORDS and w not in {"mt", "co"} and not (home and re.search(r"['’]s$", w))
    )


# Note shorthand that Philter's vocabulary lacks: sides, routes, settings, specialties, therapies.
_SHORTHAND = frozenset(
    "rt lt iv po otc op ip occ gu gi obs neuro peds bp inr trop hosp uni nhs lgbtq dbt tms ivf abn".split()
)
_STREET_WORDS = frozenset("st blvd ave rd street road avenue".split())
# A care home's kind: a possessive before it is someone's home ("nan's lodge" is no site; "selwyn village" is).
_HOME_KIND = re.compile(r"(?:village|gardens|lodge|manor)$")


@register_validator("lower_university_town")
def lower_university_town(value: str, params: Mapping[str, Any]) -> bool:
    """The word after "of" is a town the gazetteer lists ("uni of galway"; never "uni of life")."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    town = value.split()[-1]
    return lexicon.is_place((town,)) and not lexicon.is_everyday(town)


@register_validator("not_english_word")
def not_english_word(value: str, params: Mapping[str, Any]) -> bool:
    """No English word ("laugh", "rough"): initials only."""
    from confide.anonymize.lexicon import load_lexicon

    return not load_lexicon().is_english(value.lower())
