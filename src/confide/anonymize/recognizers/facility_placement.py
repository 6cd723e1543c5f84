"""Sites named by ordinary words: by a bed search's answer, a kind of site after a preposition, a tribunal.

An emergency department's bed search logs each site it calls with the answer ("0900 Heritage Oaks no
answer x2", "02:05 Laureate House – full", "accepted by Fairmount (2 male beds) after Friends Hospital
declined", a bed state's "Park House - 1 male" on a line of its own): the answer makes the words before it
a site when they hold a naming word or a kind of site. Only in a record that speaks of beds, and never a role,
an answerer or equipment ("Pt declined", "Dr Hale accepted", "Grandma declined", "Suction full", "Med Surg no
beds").

A site named by an everyday word before a kind of site written in capitals inside running text ("a peer
worker at Caring Health Center", "PCP at Reliant Medical Group", "referred to Daily Planet Health Services"):
the capitals after a lower-case preposition make the everyday word a name. A word that says what the site
does or who it serves names no site ("at Student Health Center", "to Urgent Care Clinic", "at Main Hospital").

The tribunals and courts that hear detentions, named by what they hear ("Mental Health Tribunal", "First-tier
Tribunal (Mental Health)", "Consent and Capacity Board", "Court of Common Pleas of Philadelphia County").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility_words import _PERSON_TITLES

_STATUS = (
    r"(?i:no[ \t]+beds?|full|declined|accepted|accepting|accepts|no[ \t]+answer|no[ \t]+ans|"
    r"waitlist(?:ed)?|waiting[ \t]+list|not[ \t]+accepting|at[ \t]+capacity|on[ \t]+diversion|picu[ \t]+only|"
    r"private[ \t]+bed|lvm|left[ \t]+(?:vm|voicemail|message)|"
    r"\d+[ \t]+(?:(?:male|female|adult|adol|adolescent|peds?|child|acute|open)[ \t]+)?beds?)\b"
    r"(?![ \t]+(?i:alarm|charge|battery|rail|rails|linen|bath)\b)"
)
_NAME_WORD = r"(?:[A-Z][A-Za-z'’&.-]*|St\.?)"
# Where a called site's name starts: after a colon or a semicolon of the log, a clock time, or a verb or
# preposition of the search; never after a comma or alone on a line, where a checklist names its devices
# ("LifePak - full charge, Alaris - full, Omnicell - no beds").
_ENTRY = (
    r"(?:(?<=[;:])|(?<=[;:][ \t])|(?<=\d{4}[ \t])|(?<=\d\d:\d\d[ \t])|(?<=(?i:\bcalled)[ \t])|(?<=\bby[ \t])|"
    r"(?<=\bafter[ \t])|(?<=\band[ \t])|(?<=\bthen[ \t]))"
    # the caller's verb after a clock time is no part of the name ("0915 Called Brookside - no beds")
    r"(?!(?i:called|paged|faxed|rang|phoned|tried|left|spoke)\b)"
)
# Who answers in a bed search without being a site.
_NOT_SITES = frozenset(
    "pt patient pts family mom dad mother father wife husband son daughter sister brother he she they we staff "
    "md do rn lpn sw np pa team police ems ambulance insurance payer psychiatry psych consult consultant bed beds "
    "unit ward ed er all both none request referral meds medication labs breakfast lunch dinner tray offer "
    "shower plan pharmacy transfer transport sitter guardian caller i you it this that which who attending "
    "resident doctor nurse charge crisis admissions intake triage grandma grandpa nana aunty auntie uncle chaplain "
    "dietary peds maternity suction linen o2 voicemail prn lab me my probation officer voluntary "
    "involuntary social step med surg telepsych telehealth google epic tiger morning blood".split()
)


@register_validator("called_site_name")
def called_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """A site's name in a bed search: a naming word or a kind of site, no role, answerer or clinician.

    "Heritage Oaks", "Leverndale", "Laureate House" name sites; "Suction", "Med Surg", "Morning Labs",
    "Grandma", "Chaplain" and "My Sanity" answer a log without being one. ``line: true`` (a line of its own)
    asks for a site's kind last, a town or a coined word.
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import _KIND_WORDS
    from confide.anonymize.recognizers.facility_words import _naming_word

    words = [w.strip(".,'’").lower() for w in value.split()]
    if not words or len(value) <= 2 or any(w in _NOT_SITES or w in _TITLES for w in words):
        return False
    lexicon = load_lexicon()
    def coined(w: str) -> bool:  # a town or a word no dictionary knows, in the singular too ("Pressures")
        return w in lexicon.places or not (lexicon.is_common(w) or lexicon.is_common(w.removesuffix("s")))

    if params.get("line") and (
        re.fullmatch(r"[A-Z]{2,}s", value) or not (words[-1] in _KIND_WORDS or any(coined(w) for w in words))
    ):
        return False  # a staff count ("RMNs - 2 male") or a ward's pressures ("Winter Pressures - 6 beds")
    named = [w for w in words if w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places]
    return any(w in _KIND_WORDS for w in words[1:]) or any(_naming_word(w, lexicon) for w in named)


# A person's titles and the police ranks a transport writes before a name ("Ofc", "Dep").
_TITLES = _PERSON_TITLES | frozenset("sgt officer ofc const pc dep deputy".split())

_KINDS = (
    r"Health[ \t]+Cent(?:er|re)|Medical[ \t]+Group|Medical[ \t]+Cent(?:er|re)|Health[ \t]+Services|"
    r"Treatment[ \t]+Services|Treatment[ \t]+Cent(?:er|re)|Recovery[ \t]+Cent(?:er|re)|Recovery[ \t]+Services|"
    r"Counsel(?:l)?ing[ \t]+(?:Cent(?:er|re)|Services)|Wellness[ \t]+Cent(?:er|re)|Care[ \t]+Cent(?:er|re)|"
    r"Health[ \t]+Partners|Family[ \t]+Health[ \t]+Team|Health[ \t]+Team|Behaviou?ral[ \t]+Health|"
    r"Youth[ \t]+Services|Family[ \t]+Services|Medical[ \t]+Practice|Health[ \t]+Group"
)
# Words that say what a site does or whom it serves, beside the facility recognizer's generic words
# ("community", "regional", "youth"): the site stays unnamed ("Student Health Center").
_DESCRIPTORS = frozenset(
    "main student students employee staff occupational primary walk-in women's men's womens mens senior seniors "
    "urgent pain memory sleep eating child adult night old big small nearby same other free sexual school "
    "teaching district rural mobile virtual online telehealth specialist specialty addiction drug alcohol "
    "methadone crisis trauma wound travel dental eye foot skin heart kidney lung brain spine bone joint cancer "
    "diabetes weight fertility birth baby campus integrated comprehensive collaborative veteran military refugee "
    "migrant lgbt lgbtq queer trans native tribal indigenous first nearest closest home".split()
)


@register_validator("everyday_site_name")
def everyday_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """The words before the kind hold a name, a promise ("Caring") or a word no vocabulary knows.

    An English or clinical word, a descriptor or a specialty says what the site does ("Adolescent Treatment
    Center", "Grief Counselling Services"); the words that promise are listed, since the clinical vocabulary
    holds "caring" and "daily" too.
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import GENERIC_WORDS

    lexicon = load_lexicon()
    kind_at = re.search(_KINDS, value)
    words = [w.strip(".,'’").lower() for w in value[: kind_at.start() if kind_at else len(value)].split()]

    def names_site(w: str) -> bool:
        if w in _EVOCATIVE:
            return True
        if lexicon.is_common(w):
            return False
        # a rare word names the site unless it says what the site does; a rare surname always does
        describes = w in _DESCRIPTORS or w in GENERIC_WORDS or w.endswith(_SPECIALTY_ENDINGS)
        return bool(w) and not describes or lexicon.is_name(w)

    return any(names_site(w) for w in words)


# Frequent words that name sites for what they promise ("Caring Health Center", "Daily Planet Health Services",
# "Hope Recovery Center"): frequent words otherwise describe the service ("Main", "Student", "Urgent").
_EVOCATIVE = frozenset(
    "caring reliant daily planet hope life bright better good true open light lighthouse bridge bridges bridgeway "
    "gateway pathway pathways journey horizon horizons harbor harbour haven summit peak beacon compass anchor "
    "cornerstone keystone heritage legacy liberty freedom unity harmony serenity tranquility genesis phoenix "
    "rise sunrise dawn spring springs river valley meadow oak oaks pine cedar maple willow sun star whole complete "
    "perfect prime premier advanced elite".split()
)


# A specialty names a service ("Cardiology Health Center", "Pediatric Behavioral Health").
_SPECIALTY_ENDINGS = ("ology", "iatry", "iatric", "iatrics", "ics", "ic", "ical")


# A lower-case preposition of running text right before the name.
_AFTER_PREPOSITION = "(?:" + "|".join(
    rf"(?<=\b{w}[ \t])" for w in ("at", "to", "from", "with", "by", "of", "via", "and")
) + ")"

# Statutory tribunals and courts of detentions named by their remit, and some courts by their kind with a seat.
_TRIBUNAL = (
    r"(?:Mental[ \t]+Health(?:[ \t]+Review)?|Guardianship|Consent[ \t]+and[ \t]+Capacity)[ \t]+(?:Tribunal|Board)"
    # (the body as an institution is no one's hearing: "the Mental Health Tribunal process")
    r"(?![ \t]+(?i:process|system|procedures?|rules|website|guidance|in[ \t]+general))|"
    # the national first-tier tribunal only with its chamber: "The First-tier Tribunal allowed..." names no seat
    r"(?:First-tier|Upper)[ \t]+Tribunal[ \t]+\((?:[A-Z][a-z]+[ \t]*){1,3}\)|"
    # a court of a kind only with its seat: "The Court of Appeal dismissed it" names none
    r"Court[ \t]+of[ \t]+(?:Common[ \t]+Pleas|Protection|Session|Appeals?|Queen['’]s[ \t]+Bench|King['’]s[ \t]+Bench)"
    r"[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
)

# A bed state's count on a line of its own ("Laureate House - 0 beds", "Park House - 1 male"): no device's checklist
# or care offer gives one ("Alaris - full", "Flu Jab - declined"); the name must hold a town, a coined word or a
# site's kind (never a staff count, "RMNs - 2 male", or a ward's pressures, "Winter Pressures - 6 beds").
_BED_ANSWER = (
    r"(?i:(?:no|\d+)[ \t]+(?:(?:male|female|adult|adol|adolescent|picu|acute|open)[ \t]+)?beds?\b|"
    r"\d+[ \t]+(?:male|female|picu)\b)"
)

PATTERNS: list[dict[str, Any]] = [
    {
        "name": "bed_state_line",
        "regex": r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<pii>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})"
        r"(?=[ \t]*[–—:-][ \t]*" + _BED_ANSWER + ")",
        "score": 0.55,
        "gate": r"(?i)\bbeds?\b",
        "validators": [{"name": "called_site_name", "line": True}],
    },
    {
        "name": "called_site_answer",
        "regex": _ENTRY + r"[ \t]*(?P<pii>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})"
        r"(?=[ \t]*(?:[–—:-]|\(|x\d)?[ \t]*" + _STATUS + ")",
        "score": 0.55,
        "gate": r"(?i)\bbeds?\b",
        "validators": [{"name": "called_site_name"}],
    },
    {
        "name": "everyday_named_site",
        "regex": _AFTER_PREPOSITION + r"(?P<pii>(?:[A-Z][a-z'’-]+[ \t]+){1,2}"
        r"(?:" + _KINDS + r"))\b",
        "score": 0.55,
        "validators": [{"name": "everyday_site_name"}],
    },
    {
        "name": "statutory_tribunal",
        "regex": r"\b(?P<pii>" + _TRIBUNAL + r")(?![\w'’-])",
        "score": 0.55,
    },
]
