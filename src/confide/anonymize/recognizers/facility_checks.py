"""Facility validators that judge one word by its shape: a donor ward, a hospital acronym, a church.

A donor's name before a ward's floor, a hospital's acronym after a transfer or outside-hospital cue,
a numbered church.

Kept apart from ``facility`` (its patterns and naming-word checks) to hold both under the style
guide's length; ``facility`` imports this module so the validators are registered with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility import _KIND_WORDS, _ROUTES, GENERIC_WORDS

# Parts of a building, numbered as wards are ("Hall 3", "Pod 2"), and other numbered things: no donor's name.
_LOCATORS = frozenset(
    "wing hall bay tower pod suite building bldg section station level stage bed room "
    # areas of an emergency department, numbered by cubicle ("Resus 1", "Majors 4")
    "resus majors minors fasttrack triage cdu "
    # things counted in sequence, never wards ("back to Season 2", "back to Square 1")
    "season episode chapter square step page round part volume phase act grade class".split()
)
_MONTHS_AND_DAYS = MONTH_WORDS | WEEKDAY_WORDS


@register_validator("donor_name")
def donor_name(value: str, params: Mapping[str, Any]) -> bool:
    """The word before a ward's floor is a name (or no English or clinical word), no calendar word.

    Keeps "Baker 4", "Gray 3", "ELLISON 12", "Tufton 6"; leaves "Keppra 50", "June 12", "Room 4",
    "GCS 14", "Apgar 9" (a clinical word that is no English word names a drug, a score or a sign).
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    word = value.split()[0].lower()
    if word in _MONTHS_AND_DAYS or word in GENERIC_WORDS or word in _KIND_WORDS or word in _LOCATORS:
        return False
    if lexicon.is_everyday(word):
        return False
    english, clinical = lexicon.is_english(word), word in lexicon.clinical_words
    if params.get("known_name"):
        return lexicon.is_name(word) and not clinical  # "on Baker 4"; never "on Farxiga 10"
    return (lexicon.is_name(word) and (english or not clinical)) or not (english or clinical)


# Tests, images and findings that follow an outside-hospital cue ("OSH: CT neg", "outside hosp - labs").
_NOT_ACRONYMS = frozenset(
    "ct cta cxr mri mra us ekg ecg eeg echo tte tee abg vbg cbc bmp cmp lfts lft ua ucx bcx inr ptt pt ptinr "
    "hct hgb wbc plt trop bnp lp kub egd cath pci cabg tpa iv po im abx vanc zosyn ed er icu or neg pos wnl nl "
    "nad na nr unk tbd dc dcd labs records rec recs ir gi hd endo ep eps nsgy nsurg ortho psych neuro gyn onc heme "
    "renal cards pulm dr mr mrs ms prof pcp np pa rn md sw cm floor ich sah sdh edh ivh bph".split()
)


# How often a word must occur in English subtitles to be a word rather than a site's name or acronym.
_SUBTITLE_WORD = 500


# The shape of a care unit's abbreviation in lower case after a transfer verb: one ending in "cu"
# or, short, in "u" ("pcu", "cticu", "bhu"; a university's "-su"/"nyu" stays), or of at most five
# letters with no vowel that does not end as a hospital's does, in "h", "mc" or "hc" ("ldr", "scn",
# "ssnf"; "mgh", "bmc" stay). Only a destination is judged so: "OSH - NCGH" is a hospital's cue.
_CARE_UNIT_SHAPE = re.compile(r"[a-z]*cu|[a-z]{1,2}(?<![sy])u|(?=[^aeiouy]{2,5}$)[a-z]*(?<!h)(?<!mc)(?<!hc)")


@register_validator("hospital_acronym")
def hospital_acronym(value: str, params: Mapping[str, Any]) -> bool:
    """An outside hospital's acronym: no English word, route, unit, test or finding ("BMC", "ncgh"; not "CT").

    Nor a word met often in English subtitles ("uni": "transferred to uni"); with ``not_clinical:
    true`` nor a clinical word ("OSH: stemi") that does not end as a hospital's acronym does; with
    ``destination: true`` nor of a care unit's shape (``_CARE_UNIT_SHAPE``) nor two clinical words
    run together ("medsurg").
    """
    from confide.anonymize.lexicon import load_lexicon, word_counts

    lexicon = load_lexicon()
    word = value.lower()
    clinical = lexicon.clinical_words
    if params.get("destination") and (
        _CARE_UNIT_SHAPE.fullmatch(word)
        or any(word[:i] in clinical and word[i:] in clinical for i in range(3, len(word) - 2))
    ):
        return False  # a care unit ("pcu", "ldr") or two services run together ("medsurg", "hemeonc")
    return (
        word_counts().get(word, 0) < _SUBTITLE_WORD
        # a clinical word ("stemi", "dka") unless it ends as a hospital's acronym does ("tmh", "bmc")
        and (not params.get("not_clinical") or word not in clinical or re.search(r"(?:h|mc|hc)$", word) is not None)
        and word not in _NOT_ACRONYMS
        and word not in _ROUTES
        and word not in GENERIC_WORDS
        and word not in _MONTHS_AND_DAYS
        and not lexicon.is_english(word)
        and not lexicon.is_everyday(word)
    )


@register_validator("numbered_church")
def numbered_church(value: str, params: Mapping[str, Any]) -> bool:
    """"First Baptist Church", "First Congregational of Carverton": the church or its town is named."""
    return bool(re.search(r"(?i)\bchurch\b|\bof\s+\w", value))
