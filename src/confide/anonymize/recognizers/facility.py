"""Facility and clinic names: a configurable deny-list plus "<Name> Hospital/Clinic/..." patterns.

A name made only of generic words ("The Mental Health Center") is not reported: it identifies no place.
Also by context: transfer and discharge destinations ("d/c to maple grove rehab"), a site of a named
kind ("the Washtenaw CMH team", "at Crestview Dialysis"), a hospital's initials in a report header
("482910377 | PHH | ...") or before a department ("SMH Pulmonary"), a named pharmacy, and any
organisation a patient is tied to ("works at", "employed by", "followed at", "labs drawn at", "OSH (").
A site named only by ordinary words ("Cardiac Rehab", "Main Pharmacy", "acute rehab") is a service.

In any case: a saint's name ("Mercy St. Vincent", "ST JOSEPH"), a mountain's ("MOUNT AUBURN"), a
named memorial ("ROCKFORD MEMORIAL", never "Memorial Day"), a house of worship ("Temple Shalom"),
and a supplier or pharmacy named after what it supplies ("home O2 via Coram", "meds from CVS"). Also
prisons, jails, group homes, shelters, sober houses, day programs, academies and practices by their
kind; a hospital's acronym after an outside-hospital cue ("outside hosp - <acronym>"), found by that
cue and never by a list; a ward named after a donor with its floor ("Baker 4"; never "4 North", a
dose or a month); "<Kind> of <Place>" ("Univ Hosp of <Place>"), "Our Lady of ...", a numbered
church with its town, a municipality as employer, "<Town> High", "<City> Children's", a shop by the
street it is on, and in lower case one unknown word after a discharge verb ("d/c to youville"). No
installed package ships a list of pharmacy chains (philter-lite's patterns name one), so chains are
found by that context. A naming word is needed in capitals too: "PICKING UP HIGH SCHOOL" and "a
bigger hospital" are no places, though "picking" and "bigger" are surnames (everyday words are not
naming words). Courts, police, schools, churches, employers and practices named with their kind
("Dunmore District Court", "Norwood PD", "Ebenezer Baptist") are in ``facility_kinds``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility_words import (  # noqa: F401 (UNIT_SHAPE, _compound: used by facility_checks)
    _BOUND_PREFIXES,
    _POSSESSIVE,
    BED_AT_SITE,
    CARE_KIND_OF_PLACE,
    HOSPITAL_ACRONYM,
    NAME_GAP,
    NAME_WORD,
    PERSON_TITLES,
    PRACTICE_NAME,
    SERVICE_ACRONYMS,
    STREET_WORDS,
    UNIT_SHAPE,
    WRAPPED_NAME_GAP,
    _compound,
    _detox_named,
    _naming_word,
    _place_word,
    _state_short,
    longest_first,
)

# After a kind of house, the rules of a state or a trade body, no house ("Florida Sober Living laws").
_NOT_RULES = r"(?!\s+(?i:laws?|rules|regulations|standards|certification|coalition|association)\b)"
KEYWORDS = (
    "Hospital|Hospitals|Clinic|Clinics|Medical Center|Medical Centre|Health Center|Health Centre|Health System|"
    "Behavioral Health|Behavioural Health|Mental Health Center|Counseling Center|Counselling Centre|"
    "Psychiatric Hospital|Psychiatric Center|Psychiatric Institute|Treatment Center|Recovery Center|"
    "Rehabilitation Center|Rehab Center|Rehab|Infirmary|Sanatorium|Sanitarium|Hospice|Healthcare|Health Care|"
    "Medical Group|Family Practice|Urgent Care|Institute|Wellness Center|Care Center|Health|Pavilion|"
    "Associates|Physicians|Nursing Home|Nursing Center|Nursing Facility|Manor|Pharmacy|Surgery Center|"
    "Surgical Center|Cancer Center|Heart Center|Dialysis Center|Assisted Living|Senior Living|Skilled Nursing|"
    "Skilled Nursing Facility|Rehabilitation Hospital|Nursing and Rehabilitation|Memorial|Medical Associates|"
    "Health Services|Health Partners|Healthcare System|Home Care|Home Health|VNA|Imaging Center|"
    "Convalescent Home|Convalescent Center|Rest Home|Retirement Home|Hosp|Med Ctr|Medical Ctr|College|University|"
    # where a patient lives, is held, studies or is treated outside a hospital
    "Correctional Facility|Correctional Center|Correctional Institution|State Prison|Prison|County Jail|Jail|"
    # Canada's federal prisons ("Stony Mountain Institution", "Millhaven Institution")
    "Institution|"
    "Penitentiary|Detention Center|House of Correction|Group Home|Youth Residence|Residence|Shelter|"
    "Sober House|Halfway House|House|Sober Living Home|Sober Living House|"
    # a state's rules are no house's ("Florida Sober Living laws")
    "Sober Living" + _NOT_RULES + "|Recovery Residence" + _NOT_RULES + "|"
    "Day Program|Academy|High School|Middle School|Elementary School|Internal Medicine|Family Medicine|"
    "Family Health|CBOC|Apothecary|Rehabilitation|Food Pantry|Medical Supply|"
    # public health bodies as Commonwealth notes name them: "Glenside Health Service", "Far West Local
    # Health District", "Simcoe District Health Unit", "Ballyfermot Primary Care Centre"
    "Health Service|Mental Health Service|Mental Health Team|Health District|Local Health District|Health Board|"
    "District Health Board|Health Unit|Care Centre|Primary Care Centre|Primary Care Center|"
    "Sleep Lab|Sleep Center|Sleep Centre|"
    # a site of two kinds joined: "Wetaskiwin Hospital and Care Centre", "Worcester Recovery Center and Hospital"
    "Hospital and Care Centre|Hospital and Care Center|Hospital and Health Centre|Hospital and Health Center|"
    "Center and Hospital|Centre and Hospital|Hospital & Medical Center|Hospital and Medical Center|"
    "Hospital & Medical Centre|Wellbeing Service|Mental Wellbeing Service|"
    # "Brookhaven Psychiatric x2": the adjective ends the name only when no capitalized word follows
    "Psychiatric(?!\\s+[A-Z])"
)
KEYWORDS = longest_first(KEYWORDS)
GENERIC_WORDS = {
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "this",
    "that",
    "at",
    "in",
    "to",
    "of",
    "and",
    "mental",
    "behavioral",
    "behavioural",
    "community",
    "local",
    "general",
    "county",
    "city",
    "state",
    "regional",
    "psychiatric",
    "medical",
    "family",
    "university",
    "national",
    "public",
    "private",
    "children's",
    "veterans",
    "va",
    "emergency",
    "health",
    "psych",
    "rehab",
    "treatment",
    "day",
    "outpatient",
    "inpatient",
    "new",
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "then",
    "when",
    "after",
    "before",
    "so",
    "but",
    "if",
}
# Levels of care, care units and agencies: words of a note, no site's name ("snf vs rehab",
# "transfer to CCU", "dv shelter", "attends AA meetings").
GENERIC_WORDS |= set(
    "snf ltc ltach alf ecf irf nh vs or icu ccu micu sicu nicu picu pacu cvicu csru tsicu imc ed er osh tele floor "
    "unit ward stepdown step-down dv ipv dcf dss cps dmh dds aa na iop php sud cmh bh "
    "sro homeless overflow youth teen women men".split()
)


# Words are bounded ({1,40}): an unbounded word, retried from every letter of a long hyphenated or
# dotted run ("a-b-a-b-..."), makes a pattern quadratic in the run's length.
_FUNCTION_WORDS = (
    r"(?:to|the|a|an|at|in|on|into|from|of|and|or|by|with|for|be|is|was|were|transferred|transfer|seen|"
    r"went|go|going|admitted|discharged|sent|my|his|her|their|our|your|this|that|local|nearest|same|"
    r"other|another|new|old|good|bad|big|small|pt|patient|per|via|er|ed|er\.|back|home|"
    # a modal or auxiliary verb opens a clause, never a name ("Will need hospital bed at home")
    r"will|would|should|could|might|must|can|need|needs|needed|"
    # an order in time is no name ("prior detox", "last rehab", "previous hospital")
    r"prior|previous|recent|last|next|current|"
    # a visit's verb ("Attends St. John the Evangelist")
    r"attends|attended|attending|visits|visited|joined|"
    # a preposition or a verb of asking runs a clause into the kind ("DTR ASKING ABOUT HOSPICE")
    r"about|around|through|without|within|asking|asked|asks|"
    # an adverb runs a clause into the kind ("also a sugar detox")
    r"also|just|even|"
    # an age's unit and a verb of a note's plan open no name ("17 yo high school senior", "36 yo woman entered
    # shelter", "Recommend residential")
    r"yo|y/o|yrs?|entered|recommend|recommended|recommends)\b"
)


# Services by their short names, as in "ID clinic", "GI ward": no site's name.
_SERVICES = frozenset(
    "id gi ent ob gyn obgyn hiv tb ms cf pt ot slp uro neuro psych derm onc heme renal pulm endo rheum cards "
    "ortho peds surg vasc plastics mfm ir".split()
)


# A department's own words before "ED": no hospital's name ("Peds ED notified", "Main ER aware").
_ED_WORDS = frozenset(
    "main adult adults pediatric paediatric peds psych psychiatric receiving sending local nearest closest "
    "satellite freestanding charge triage trauma the our their this that pt patient hospital then also and once "
    "when dispatch crew medic".split()
)


# A clinician's title: the name after it is a person's, never a receiving ED's ("Dr. Smith ED called").
_TITLE_FORMS = [form for title in PERSON_TITLES for form in (title, title.upper())]
_TITLE_WORD = "(?:" + "|".join(_TITLE_FORMS) + ")"
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t}\s)(?<!\b{t}\.\s)" for t in _TITLE_FORMS)
# Offices and ranks written "<word> General" ("Lieutenant General", "Consul General via the embassy"):
# a person's title, no hospital, whatever word follows.
_GENERAL_TITLES = frozenset(
    "lieutenant major brigadier attorney surgeon consul governor secretary inspector postmaster solicitor "
    "director auditor vicar accountant adjutant comptroller paymaster quartermaster registrar advocate "
    "procurator receiver".split()
)


# Care units named by a hospital's own words: no site's name ("PT TO MICU FROM CCU").
_DRUG_VERBS = r"(?:started|restarted|switched|changed|titrated|increased|decreased|continued|back)\b"
_UNITS = r"(?:ED|ER|ICU|CCU|MICU|SICU|PACU|NICU|PICU|CVICU|CSRU|TSICU|FLOOR|UNIT)\b"


# In capitals a name runs on into the sentence ("TO CARDIAC REHAB AFTER CABG"): these words end it.
_CAPS_FUNCTION_WORDS = r"(?:AFTER|BEFORE|FOR|ON|WITH|AND|TO|IN|AT|BY|OF|FROM|VIA|PER|THE|WHERE|WHEN)\b"


_ANY_CASE_KEYWORDS = (
    r"hospital|medical\s+cent(?:er|re)|clinic|health\s+cent(?:er|re)|psychiatric\s+(?:hospital|center|institute)|"
    r"rehab(?:ilitation)?\s+cent(?:er|re)|treatment\s+cent(?:er|re)|nursing\s+home|pavilion|infirmary|hospice|"
    r"manor|associates|dialysis\s+cent(?:er|re)|convalescent\s+(?:home|cent(?:er|re)|hospital)|rest\s+home|"
    r"ltcf?|nursing\s+(?:facility|cent(?:er|re))|assisted\s+living|"
    r"high\s+school|middle\s+school|elementary\s+school|va|memorial(?!\s+day)|gen(?:eral)?\s+hosp|"
    r"family\s+practice|urgent\s+care|diagnostics|laborator(?:y|ies)|clubhouse|med(?:ical)?\s+ctr|hosp|"
    r"correctional\s+(?:facility|cent(?:er|re)|institution)|(?:state\s+)?prison|(?:county\s+)?jail|penitentiary|"
    r"detention\s+cent(?:er|re)|house\s+of\s+correction|group\s+home|elementary|pediatrics|(?:youth\s+)?residence|shelter|(?:sober|halfway)\s+house|"
    r"sober\s+living(?:\s+(?:home|house)|" + _NOT_RULES + r")|recovery\s+residence" + _NOT_RULES + r"|"
    # "house sitting", "house party": the word is a verb's or a noun's, no site's
    r"house(?!\s*-?\s*(?:sit|party|parties|arrest|work|chore|hunt|warm|call|visit|plant|mate|keep|music|rule|fire))|"
    r"day\s+program|academy|internal\s+medicine|family\s+(?:medicine|health)|cboc|food\s+pantry|rehabilitation|"
    # a site's kind abbreviated, as notes write it: "fernbrook rehab", "rosewood nh", "wrenfield mc"
    r"rehab|nh|snf|ltach|mc|community\s+health(?:\s+cent(?:er|re))?|ortho(?:pedics)?|"
    # "cedar ridge nursing & rehab", "holyoke community college", "shattuck detox"
    r"nursing\s*(?:&|and)\s*rehab(?:ilitation)?|community\s+college|detox|recovery\s+cent(?:er|re)|"
    # Commonwealth public services: "RATHMORE PRIMARY CARE CENTRE", "kaipara mental health service"
    r"primary\s+care\s+cent(?:er|re)|(?:mental\s+)?health\s+service|health\s+(?:district|board)"
)

# Where a patient is tied to an organisation: "works at", "employed by", "followed at", "labs drawn
# at", "Pharmacy:", "OSH (". The name after the cue runs to punctuation or one of these words.
_ORG_CUE = (
    r"(?i:\b(?:(?:works?|working|worked)\s+(?:(?:nights|days|evenings|weekends|part[\s-]time|full[\s-]time|"
    r"per\s+diem)\s+)?(?:as\s+an?\s+(?:[a-z]+\s+){1,2}?)?(?:at|for)|"
    r"employed\s+(?:as\s+an?\s+(?:[a-z]+\s+){1,2}?)?(?:by|at|with|for)|"
    r"(?:laid\s+off|fired|resigned|graduated)\s+from|teaches\s+at|"
    r"(?:student|junior|senior|freshman|sophomore|adjunct|professor|teacher|cashier|clerk|aide)\s+at|"
    r"employer\s*(?:is|:|-)|job\s+(?:at|with)|retired\s+from|pcp\s+(?:is\s+)?at|"
    r"followed\s+at|f/u\s+at|drawn\s+at|program\s+at|nurse\s+at|volunteers?\s+at|pharmacy\s*(?:is|:|-)|"
    r"osh\s*\()\s*(?:the\s+)?)"
)
# A feast or a herb named by a saint is no site ("st patricks day", "St Johns Wort", "st agnes eve").
_NOT_A_FEAST = r"(?!\s+(?i:day|eve|wort)\b)"
_ORG_STOP = (
    r"(?:" + _FUNCTION_WORDS + r"|(?:as|since|until|while|who|which|where|but|so|because|then|now|currently|"
    r"daily|weekends?|weekdays?|nights?|evenings?|days|part|full|today|yesterday|there|here|still|also|last|"
    r"next|re|w)\b)"
)
_ORG_WORD = r"(?!(?i:" + _ORG_STOP + r"))[A-Za-z](?:[A-Za-z'’-]|\.(?=\w)){0,40}"


# The kinds of site a town names alone ("Reading Hospital"); never a school's or a police academy's.
_HOSPITAL_KIND = re.compile(r"(?i)\b(?:hospital|infirmary|medical\s+cent(?:er|re))\b")


@register_validator("venue_name")
def venue_name(value: str, params: Mapping[str, Any]) -> bool:
    """A venue's name: an acronym, a word no dictionary holds or more than one word ("RMIT", "Gold's Gym").

    One ordinary word says what the venue is like ("my gym is Closed", "my school is Catholic").
    """
    from confide.anonymize.lexicon import load_lexicon

    words = value.split()
    if len(words) > 1 or value.isupper():
        return True
    return not load_lexicon().is_common(_POSSESSIVE.sub("", value.lower()))


@register_validator("facility_proper_name")
def facility_proper_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case or ALL-CAPS facility needs a naming word: a saint, a name, a place or a non-English word.

    Keeps "st elsewhere hospital", "riverbend clinic", "NORTH SHORE CLINIC" (all capitals mark a
    name) and leaves "i have no clinic", "the local hospital" alone.
    """
    from confide.anonymize.lexicon import load_lexicon

    if re.match(r"(?i)(?:st|saint|mt|mount)\b", value):
        return True
    lexicon = load_lexicon()
    words = [w.strip(".,'’&").lower() for w in value.split()]
    naming = [w for w in words if w and w not in GENERIC_WORDS and w not in _KIND_WORDS and w not in _SERVICES]
    # a street names the site on it ("lantern street shelter", "maple court residence")
    on_street = any(
        w in STREET_WORDS and i > 0 and words[i - 1] not in GENERIC_WORDS and words[i - 1] not in _KIND_WORDS
        for i, w in enumerate(words)
    )
    if words[-1:] == ["house"] and words[-2:-1] not in (["sober"], ["halfway"]):
        # "greyfield house"; never "lake house", "the big house" (a name that is an English word)
        naming = [w for w in naming if not lexicon.is_english(_POSSESSIVE.sub("", w)) and w not in _TITLES]
        # a possessive written in lower case is a person's ("my bff's house", "gma's house")
        naming = [w for w in naming if not (_POSSESSIVE.search(w) and w in value)]
    if words[-1:] == ["rehabilitation"]:
        # a condition's short name is no site's ("acl rehabilitation", "TBI REHABILITATION")
        naming = [w for w in naming if not (len(w) <= 4 and w in lexicon.clinical_words)]
    if words[-1:] and words[-1] in _SERVICE_KINDS:
        # a laboratory named by its test is a department ("ECHOCARDIOGRAPHY LABORATORY", "sleep diagnostics")
        naming = [w for w in naming if w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places]
    if words[-1:] and words[-1] in _ABBREVIATED_KINDS:
        # a service is no site ("pulm rehab", "NEURO REHAB", "may need acute rehab"): the word before the
        # short kind names; nor a town before its state ("Nashua NH")
        naming = [w for w in naming if w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places]
        town_and_state = words[-1] == "nh" and all(w in lexicon.places for w in naming)
        if len(words) < 2 or words[-2] not in naming or town_and_state:
            return False
        # a person's service, not a site: "Dr Patel ortho", "After Jake's rehab", "Steve's ortho"
        person = _POSSESSIVE.search(words[-2]) and lexicon.is_name(_POSSESSIVE.sub("", words[-2]))
        if person or any(w in _TITLES for w in words):
            return False
    if words[-1:] == ["detox"]:
        return _detox_named(value.split(), naming, lexicon)
    hospital = bool(_HOSPITAL_KIND.search(value))
    return on_street or any(_naming_word(w, lexicon, hospital) for w in naming)


# Kinds of site written short, after which a clinical word names a service, not a site.
_ABBREVIATED_KINDS = frozenset("rehab nh snf ltach mc ortho orthopedics detox".split())
_TITLES = frozenset(title.lower() for title in PERSON_TITLES)
_SERVICE_KINDS = frozenset("laboratory laboratories diagnostics".split())

# Words of the kind of site, never its naming word (lower-cased, as they are split from a value).
_KIND_WORDS = frozenset(
    "hospital medical center centre clinic health psychiatric institute rehab rehabilitation treatment nursing "
    "home pavilion infirmary manor associates dialysis convalescent rest ltc ltcf facility assisted living "
    "hospice high middle elementary school va memorial gen hosp practice urgent care diagnostics laboratory "
    "laboratories clubhouse ctr correctional institution prison jail penitentiary detention group residence "
    "shelter sober halfway house day program academy internal medicine family cboc food pantry state county "
    "nh snf ltach mc med ortho orthopedics community college university detox".split()
)


# "ST elevation", "no ST changes": the ECG segment, not a saint.
_CLINICAL_ST = frozenset(
    "segment segments elevation elevations depression depressions changes change wave waves".split()
)


# A saint's possessive that names the feast day alone ("st valentines was rough").
_FEASTS = frozenset({"valentines"})


@register_validator("saint_name")
def saint_name(value: str, params: Mapping[str, Any]) -> bool:
    """"St. Vincent", "Mercy St. Vincent", "MT AUBURN": the word after St/Mount is a naming word.

    A saint's name is a first name that is no everyday word; a mountain's is any naming word. A word
    before "St" must be a naming word too ("Mercy St. Vincent"); "ST elevation" is a clinical sign.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    idx = next(i for i, w in enumerate(words) if w in {"st", "saint", "mt", "mount"})
    before, name = words[:idx], words[idx + 1] if idx + 1 < len(words) else ""
    raw = value.split()
    if idx + 1 < len(raw) and raw[idx][0].isupper() and raw[idx][1:2].islower() and raw[idx + 1][0].islower():
        # a capital "St" before a lower-case word closes a street ("off Fitzroy St. said he ...")
        return False
    if not name or name in _CLINICAL_ST or name in GENERIC_WORDS or lexicon.is_everyday(name):
        return False
    if any(w in GENERIC_WORDS or not _naming_word(w, lexicon) for w in before):
        return False
    if words[idx] in {"st", "saint"}:
        # a possessive written without its apostrophe is the saint's too ("st marys", "ST JUDES")
        bare = name[:-1] if name.endswith("s") and len(name) > 4 and name not in _FEASTS else ""
        return name in lexicon.first_names or name in lexicon.places or bare in lexicon.first_names
    return _naming_word(name, lexicon)


# Routes, lines and devices that follow "via" or "from" in orders ("meds via PEG", "O2 via NC").
_ROUTES = frozenset(
    "iv ivp ivpb po pr sl sq sc im peg picc ng ngt og gt jt g-tube j-tube nc nrb cpap bipap ett trach port "
    "mediport hickman pump neb nebulizer mask cannula line foley hs qhs pcp er ed icu ccu or pacu home ltc snf "
    "pharmacy mom dad family telehealth telemedicine video zoom phone mail email fax".split()
)


@register_validator("supplier_name")
def supplier_name(value: str, params: Mapping[str, Any]) -> bool:
    """A supplier's name: a naming word that is no route or device ("Coram", "Walgreens"; never "PEG").

    With ``acronym: true`` the value is a short acronym that is no English word ("CVS", never "IV").
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    if any(w in _ROUTES for w in words):
        return False
    if params.get("acronym"):
        return not lexicon.is_english(words[0]) and words[0] not in lexicon.everyday_words
    return any(w not in GENERIC_WORDS and _naming_word(w, lexicon) for w in words)


@register_validator("worship_name")
def worship_name(value: str, params: Mapping[str, Any]) -> bool:
    """A house of worship's naming word is no clinical word ("Temple Shalom"; never "temple tenderness")."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    kinds = {"temple", "congregation", "synagogue", "church", "mosque", "chapel", "parish"}
    words = [w.strip(".,'’").lower() for w in value.split()]
    return any(
        w not in kinds and w not in GENERIC_WORDS and w not in lexicon.clinical_words and _naming_word(w, lexicon)
        for w in words
    )


def _specialty(word: str, lexicon: Any) -> bool:
    """A clinical adjective or agent ("geriatric", "pediatric", "specialist"), never a coined name ("frontline")."""
    return word in lexicon.clinical_words and word.endswith(("ic", "ist", "ics", "ical"))


@register_validator("site_naming_word")
def site_naming_word(value: str, params: Mapping[str, Any]) -> bool:
    """In any letter case, a word before the kind of site that names it.

    A naming word is a name, a place, no English word, or two English words run together. Keeps
    "Crestview Dialysis", "WASHTENAW CMH", "Brookside Rehab"; leaves "Acute Rehab", "CARDIAC REHAB",
    "Main Pharmacy".
    With ``whole: true`` every word is looked at (a name without its kind: "Lakeview Regional"); with
    ``not_clinical: true`` a clinical word names nothing ("pt general").
    """
    from confide.anonymize.lexicon import load_lexicon

    if re.match(r"(?i)(?:st|saint|mt|mount)\b", value):
        return True
    lexicon = load_lexicon()
    # The last word is the kind of site ("Dialysis"), unless ``whole`` says the value is only a name.
    words = [w.strip(".,'’").lower() for w in (value.split() if params.get("whole") else value.split()[:-1])]
    naming = [w for w in words if w and w not in GENERIC_WORDS and w not in _SERVICES]
    if not params.get("whole") and value.split()[-1].lower() == "house" and words[-1:] != ["sober"] and (
        words[-1:] != ["halfway"]
    ):
        # "Cortland House"; never "Lake House" (a name that is an English word)
        naming = [w for w in naming if not lexicon.is_english(_POSSESSIVE.sub("", w)) and w not in _TITLES]
    if params.get("state_short") and any(_state_short(w) for w in naming):
        return True
    if params.get("not_clinical"):
        naming = [w for w in naming if w not in lexicon.clinical_words]
    if params.get("whole"):
        # a care unit's abbreviation names no site ("transferred to PCU", "TO NSICU")
        naming = [w for w in naming if not UNIT_SHAPE.fullmatch(w) and w.upper() not in SERVICE_ACRONYMS]
    hospital = bool(_HOSPITAL_KIND.search(value))
    return any(
        (lexicon.is_name(w) and not lexicon.is_everyday(w))
        or _place_word(w, lexicon, hospital)
        # a hospital named for a faith or a virtue, as a name is written ("Methodist Hospital", "MERCY HOSPITAL")
        or (hospital and w in _FAITH_SITE_WORDS and not value.islower())
        or not lexicon.is_english(w)
        # "brookside", never "police" nor a specialty that splits in two ("specialist", "geriatric")
        or (_compound(w, lexicon) and not lexicon.is_everyday(w) and not _specialty(w, lexicon))
        for w in naming
    )


_COMPASS = frozenset("north south east west central northeast northwest southeast southwest".split())
# Hospitals named for a faith or a virtue, whose words are also everyday or clinical ("Good Samaritan ED",
# "Providence ER"): the names a radio report gives a receiving ED though no list of places holds them.
_FAITH_SITE_WORDS = frozenset("samaritan mercy providence presbyterian methodist baptist lutheran adventist".split())


def _coined(word: str, lexicon: Any) -> bool:
    """A word no list knows as English, clinical or a given name: a place's own name ("Mullingar", "Kildare").

    Drugs, apps and weekdays are clinical words ("Sertraline", "Headspace", "Wednesday"), given names are
    people ("CAMHS Niamh rang"); neither names a site.
    """
    return not (lexicon.is_english(word) or word in lexicon.clinical_words or word in lexicon.first_names)


@register_validator("place_after_kind")
def place_after_kind(value: str, params: Mapping[str, Any]) -> bool:
    """The word after a site's kind is its place ("University Hospital Galway", "CAMHS Kildare").

    After a hospital's kind a gazetteer place or a coined word counts. After a service's acronym a
    gazetteer place is left to ``service_of_area`` (facility_kinds), so only a coined word counts here.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    word = value.split()[-1].strip(".,'’").lower()
    if word in _COMPASS or word in _TITLES or word.upper() in SERVICE_ACRONYMS:
        return False  # a team's sector, a clinician or another service, no site ("CAMHS North", "HSE CMHT")
    place = (word in lexicon.places or word in lexicon.regions) and not lexicon.is_everyday(word)
    if value.split()[0].upper() in SERVICE_ACRONYMS:
        return not place and _coined(word, lexicon)
    return place or _coined(word, lexicon)


@register_validator("ed_site_name")
def ed_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """The words before "ED notified" name a hospital, not a condition, a role, kin or a service.

    "Stroke ED", "Wife ED", "Nurse ED", "ALS ED", "Downtown ED" are a department's or a person's words:
    every one is a clinical or everyday word. A site has a word that is none of these and is a name, a
    place or coined ("Lakeview", "Mercy", "Baystate Franklin"), or a faith hospital's word ("Good Samaritan").
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    if words[0] in ("st", "saint"):
        return True
    if words[0] in _SERVICES or words[0] in _ED_WORDS or words[0] in _TITLES or words[0] in _COMPASS:
        return False
    if any(w in _FAITH_SITE_WORDS for w in words):
        return True
    return any(
        w not in lexicon.clinical_words
        and not lexicon.is_everyday(w)
        and (lexicon.is_name(w) or w in lexicon.places or not lexicon.is_english(w))
        for w in words
    )


@register_validator("area_naming_word")
def area_naming_word(value: str, params: Mapping[str, Any]) -> bool:
    """The area after "of" in an agency's name has a place or non-English word ("VNA of Cape Cod", not "of choice")."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    area = re.split(r"(?i)\s+of\s+", value, maxsplit=1)[-1]
    words = [w.strip(".,'’").lower() for w in area.split()]
    return any(w in lexicon.places or w in lexicon.regions or not lexicon.is_english(w) for w in words if w)


# Every word of the kinds of site, built once (not per match).
_KEYWORD_WORDS = frozenset(w.lower() for k in KEYWORDS.split("|") for w in k.split())


@register_validator("facility_not_generic")
def facility_not_generic(value: str, params: Mapping[str, Any]) -> bool:
    """True when the words before the facility keyword include a non-generic (naming) word."""
    words = [w.strip(".,'’").lower() for w in value.split()]
    naming = [w for w in words if w not in GENERIC_WORDS and w not in _KEYWORD_WORDS]
    return bool(naming)


# Kinds of venue a post names by what it is called ("a bar called ...", "my gym, ...").
_VENUE_KINDS = (
    r"bar|pub|club|nightclub|restaurant|cafe|café|diner|gym|school|college|university|uni|church|mosque|temple|"
    r"synagogue|hospital|clinic|rehab|detox|shelter|care\s+home|nursing\s+home|group\s+home|company|firm|agency|"
    r"charity|store|shop|salon|hotel|motel|apartment\s+complex|apartments|complex|facility|practice|pharmacy|"
    r"warehouse|factory|plant|bakery|studio|academy|nursery|daycare|employer|workplace"
)
# Its name: capitalized words, "&", "of", "at" and an article inside ("The Lofts at Riverbend", "Gold's Gym").
_VENUE_NAME = (
    r"(?-i:(?!(?:I|It|He|She|They|We|You|This|That|Then|So|But|And|Which|Who)\b)"
    r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|at|and|&|the)\s+)?[A-Z][\w'’&.-]*){0,4})"
)

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "FACILITY",
    "name": "FacilityRecognizer",
    "deny_list": [],
    "patterns": [
        {
            "name": "named_facility",
            # a word ending in a period ends its sentence ("6 West. Rehab consulted"), unless it is short ("St.")
            # (Latin Extended-A too: "Te Awa Kaupapa Māori Mental Health Service", "Ōtūmoetai Health Centre")
            "regex": r"\b(?:(?:St|Saint|Mt|Mount)\.?\s+)?"
            r"(?:[A-ZÀ-ÖØ-ÞĀ-ž](?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]|\.(?=[A-Za-z])){0,40}"
            r"(?:(?<=\b[A-Z])\.|"
            r"(?<=\b[A-Z][a-z])\.)?" + WRAPPED_NAME_GAP + r"){1,6}(?:"
            + KEYWORDS
            # a law is no site ("certified under the BC Mental Health Act")
            + r")\b(?!\s+Act\b)",
            "score": 0.8,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # Any case ("st elsewhere hospital", "NORTH SHORE CLINIC"); function words cannot start it.
            "name": "named_facility_any_case",
            # A word ending in a period ends its sentence ("6 West. Rehab consulted") unless it is short ("st.").
            "regex": r"(?i)(?<!/)\b(?:(?:st|saint|mt|mount)\.?\s+)?(?:(?!" + _FUNCTION_WORDS + r")[a-zß-öø-ÿ]"
            # (never a short kind: "Pinebrook NH. pinebrook nh" is two sentences)
            r"(?:[a-zß-öø-ÿ'’&-]|\.(?=[a-z])){0,40}(?:(?<=\b[a-z])\.|(?<=\b(?!nh|mc)[a-z]{2})\.)?\s+){1,3}"
            r"(?:" + _ANY_CASE_KEYWORDS + r")\b",
            "score": 0.6,
            "validators": [{"name": "facility_proper_name"}],
        },
        {
            # "transferred from Lakeview Regional", "admitted to North Shore"
            "name": "transfer_source",
            "regex": r"(?i:\b(?:transferred|transfer|admitted|discharged|sent|referred|txf|tx'?d|came|arrived|"
            r"returned|brought|transported)\s+(?:from|to)\s+)"
            r"(?P<pii>(?:St\.?" + NAME_GAP + r")?" + NAME_WORD
            + r"(?:" + NAME_GAP + r"(?!" + _CAPS_FUNCTION_WORDS + r")" + NAME_WORD + r"){0,3})",
            "score": 0.6,
            # (and never a department, a title or an answering machine: "Referred to Psychology", "sent to Voicemail")
            "validators": [
                {"name": "site_naming_word", "whole": True},
                {"name": "cued_site_name", "any_acronym": True, "cued": True},
            ],
        },
        {
            # "seen in MGH ED", "at Bayview clinic": a name or acronym before a care unit.
            "name": "unit_of_named_site",
            "regex": r"(?i:\b(?:in|at|to|from)\s+)(?:the\s+)?(?P<pii>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
            r"\s+(?:ED|ER|ICU|CCU|MICU|SICU|PACU|NICU|PICU|ward|clinic|unit|campus)\b",
            "score": 0.6,
            # "faxed to ID clinic", "GI clinic", "the SAH clinic": a service's or a finding's short name is no site
            "validators": [{"name": "not_in", "words": sorted(_SERVICES)}, {"name": "no_test_or_finding"}],
        },
        {
            # A hospital's acronym before its emergency or outpatient department, opening a line or a heading or
            # after a word of place: "KGI A&E -- MH liaison triage", "assessment, the RVI ED, Mon", "seen in KNH OPD".
            "name": "acronym_department",
            "regex": r"(?:(?m:^)|,|(?i:\b(?:in|at|to|from)\b))[ \t]*(?:the[ \t]+)?(?P<pii>[A-Z]{2,6})[ \t]+"
            r"(?:ED|ER|OPD|A&E|HDU|ITU)(?![\w&])",
            "score": 0.6,
            # a service's, a finding's or a condition's short name is no site ("ENT OPD", "STEMI ER paged", "ALS ED")
            "validators": [{"name": "not_in", "words": sorted(_SERVICES)}, {"name": "site_acronym"}],
        },
        {
            # A receiving ED named in a radio report: "Mercy ED notified", "BAYSTATE ER AWARE", "Sutter ED
            # pre-alerted". The report's verb marks the site; a department's own words are none ("Peds ED").
            "name": "named_ed_notified",
            # a clinician's name after a title stays a person ("Dr Patel ED aware")
            "regex": r"\b" + _NOT_AFTER_TITLE + r"(?P<pii>(?:St\.?\s+)?(?!" + _TITLE_WORD + r"\b)[A-Z][A-Za-z'’-]{1,40}"
            r"(?:\s+[A-Z][A-Za-z'’-]{1,40})?)\s+(?:ED|ER|E\.D\.)\s+"
            r"(?i:notified|aware|advised|alerted|pre-?alerted|contacted|paged|called|informed|given\s+report)\b",
            "score": 0.6,
            "validators": [{"name": "ed_site_name"}],
        },
        {
            # A hospital or service named by the place after its kind, as Irish, British and Commonwealth
            # notes write it: "University Hospital Galway", "REGIONAL HOSPITAL MULLINGAR", "CAMHS Westmeath".
            "name": "kind_then_place",
            "regex": r"\b(?P<pii>(?:(?i:university|regional|district|base|general|community|county)\s+(?i:hospital)|"
            r"(?:" + "|".join(SERVICE_ACRONYMS) + r"))\s+(?!(?i:" + _ORG_STOP + r"))[A-Z][A-Za-zĀ-ž'’-]{1,40})",
            "score": 0.6,
            "validators": [{"name": "place_after_kind"}],
        },
        {
            # The same in capitals, a name of two words: "brought to MELROSE WAKEFIELD ED".
            "name": "unit_of_named_site_caps",
            "regex": r"(?i:\b(?:in|at|to|from)\s+)(?P<pii>(?!" + _UNITS + r")[A-Z]{3,}\s+(?!" + _CAPS_FUNCTION_WORDS
            + r")[A-Z]{3,})\s+(?:ED|ER|ICU|CCU|MICU|SICU|PACU)\b",
            "score": 0.6,
            "validators": [{"name": "site_naming_word", "whole": True}],
        },
        {
            # A visiting-nurse agency named by its area, in any case: "vna of boston", "VNA of Cape Cod".
            "name": "vna_of_place",
            "regex": r"(?i)\b(?P<pii>(?:vna|visiting\s+nurses?(?:\s+(?:association|service))?)\s+of\s+"
            r"(?:greater\s+)?[a-z][a-z'’-]{1,40}(?:\s+(?!(?:called|and|for|to|on|in|at|will|is|was)\b)[a-z][a-z'’-]{1,40})?)",
            "score": 0.6,
            "validators": [{"name": "area_naming_word"}],
        },
        {
            # "known to the Washtenaw CMH team", "at Crestview Dialysis": the kind of site is part of its name.
            "name": "named_site_with_kind",
            "regex": r"(?i)\b(?:in|at|to|from|via|with)\s+(?:the\s+)?(?P<pii>(?!" + _FUNCTION_WORDS + r")"
            r"[a-z][a-z'’-]{1,40}(?:\s+(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]{1,40})?"
            r"\s+(?:cmhc?|snf|dialysis|rehab|imaging|pharmacy|home\s+care|home\s+health|hospice|vna))\b",
            "score": 0.6,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # "d/c to maple grove rehab", "discharged to Sunny Acres nursing home": any case after a
            # discharge or transfer verb, where the keyword alone marks the place.
            "name": "discharge_destination",
            "regex": r"(?i:\b(?:d/c|dc|d/c'?d|dc'?d|discharged?|transferred|transfer|txf|sent|returned|admitted)"
            r"\s+(?:home\s+)?(?:to|from)\s+(?:the\s+)?)"
            r"(?P<pii>(?:(?!" + _FUNCTION_WORDS + r")[A-Za-z][A-Za-z'’&.-]{0,40}\s+)"
            r"{1,3}(?i:" + _ANY_CASE_KEYWORDS + r"|rehab|snf|skilled\s+nursing(?:\s+facility)?))\b",
            "score": 0.6,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # The hospital field of a report header: "482910377 | PHH | 20418857 | |", "556104829 SHC".
            "name": "header_site_code",
            "regex": r"(?m)^[ \t]*\d{6,}[ \t]*(?:\|[ \t]*)?(?P<pii>[A-Z]{2,6})[ \t]*(?:\||$)",
            "score": 0.6,
        },
        {
            # A hospital's initials before one of its departments or services: "SMH Pulmonary", "BIDMC ED",
            # "KMC Surgical Service".
            "name": "site_code_department",
            "regex": r"\b(?P<pii>" + HOSPITAL_ACRONYM + r")\s+(?:Pulmonary|Cardiology|Medicine|Surgery|Oncology|"
            r"Psychiatry|Psychology|Neurology|Nephrology|Urology|Radiology|Emergency|Pediatrics|Obstetrics|"
            r"Orthopedics|Gastroenterology|Endocrinology|Rheumatology|Dermatology|Hematology|Infectious\s+Disease|"
            r"ED|ER|ICU|CCU|MICU|SICU|Clinic|(?:Medical|Surgical|Psychiatric|Pediatric)\s+Service)\b",
            "score": 0.6,
        },
        {
            # A clinic's header line: "KMH Adult Medicine", "RVH Primary Care". Only heading a line: in a
            # sentence the initials are as often a history's ("follow up with PMH Primary Care").
            "name": "site_code_clinic_header",
            "regex": r"(?m)^[ \t]*(?P<pii>" + HOSPITAL_ACRONYM + r")[ \t]+(?:(?:Adult|Internal|Family|Geriatric)"
            r"[ \t]+Medicine|Primary[ \t]+Care)\b",
            "score": 0.6,
        },
        {
            # An employer, a practice, a lab or a pharmacy after what ties the patient to it, in any case:
            # "works at pembrook textiles", "EMPLOYED BY HASKINS & DRURY", "labs drawn at Corvale Labs".
            # After "the" one word is a common noun ("worked at the plant"): a name there has two.
            "name": "organisation_after_cue",
            "regex": _ORG_CUE + r"(?P<pii>(?:(?<!(?i:the)\s)|(?=" + _ORG_WORD + r"\s+(?:&\s+)?" + _ORG_WORD + r"))"
            + _ORG_WORD + r"(?:\s+(?:&\s+)?" + _ORG_WORD + r"){0,3})",
            "score": 0.6,
            "validators": [{"name": "facility_proper_name"}],
        },
        {
            # A hospital named "<Name> General" with no other word after it: "fax to Harrowgate General".
            "name": "named_general",
            "regex": r"(?i)\b(?P<pii>[a-z][a-z'’-]{1,40}\s+gen(?:eral)?)\b"
            r"(?=\s*(?:[,.;:()]|$)|\s+(?:at|in|on|for|to|from|ed|er|icu|trauma|where|with|w/|and|by|last|prior|then|here|"
            r"yesterday|today|records?|x\s*\d|\d+\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\b)"
            # a clause's joints follow the full word only ("Kettering General but"; "boomer gen because": an era)
            r"|(?<=(?i:general))\s+(?:but|so|because|bc|b/c|which|now|tomorrow|tonight|since|until|or|though|"
            # a transfer's or a visit's words ("BIB Lawrence General transfer", "at Mass General after the OD")
            r"transfer|transferred|after|before|via)(?![\w/]))",
            "score": 0.6,
            # "Mass General", "PENN GENERAL": a state's short form names its hospital though "mass" is clinical
            "validators": [
                {"name": "first_word_not_in", "words": sorted(_GENERAL_TITLES)},
                {"name": "site_naming_word", "not_clinical": True, "state_short": True},
            ],
        },
        {
            # "pharmacy is Walgreens", "Pharmacy: Rite Aid": the named pharmacy ("PHARMACY: TO BE CONFIRMED" is none).
            "name": "named_pharmacy",
            "regex": r"(?i:\bpharmacy\s*(?:is|:|-)\s*)(?P<pii>(?!(?i:" + _ORG_STOP + r"))[A-Z][A-Za-z'’&-]{1,40}"
            r"(?:\s+[A-Z][A-Za-z'’&-]{1,40}){0,2})",
            "score": 0.6,
        },
        {
            # "St. Brigid's", "saint mary's": a saint's name in the possessive is an institution.
            "name": "saints_possessive",
            "regex": r"(?i)\b(?:st\.?|saint)\s+[a-z]+['’]s\b" + _NOT_A_FEAST
            + r"(?:\s+(?:house|hospital|home|church|school|academy|parish|manor|villa|residence|shelter|rehab|clinic|"
            r"college|center|centre)\b)?",
            "score": 0.55,
        },
        {
            # "Mercy St. Vincent", "ST JOSEPH", "saint anne", "Mount Auburn", "MT SINAI" (validator).
            "name": "saint_or_mount",
            # a negation or comparison before the saint is no part of its name ("not st lukes", "like St Anne")
            "regex": r"(?i)\b(?:(?!" + _FUNCTION_WORDS + r"|(?:not|no|never|like|than|near|unlike)\b)"
            r"[a-z][a-z'’-]{1,40}\s+)?"
            r"(?:st\.?|saint|mt\.?|mount)\s+"
            r"[a-z][a-z'’-]{1,40}\b(?!['’]s\b)"
            + _NOT_A_FEAST
            # "St. John the Evangelist", "ST PAUL THE APOSTLE": a saint's epithet is part of the name
            + r"(?:\s+the\s+(?:evangelist|baptist|apostle|divine|martyr|great|worker)\b)?"
            # "St. Jude leads", "ST JUDE PACER": a device maker before its device
            r"(?!\s+(?i:leads?|pacer|pacemaker|icd|aicd|device|valve|defibrillator|generator|crt|reps?|"
            r"representative|interrogation)\b)",
            "score": 0.55,
            "validators": [{"name": "saint_name"}],
        },
        {
            # "Temple Shalom", "CONGREGATION BETH ISRAEL", "Grace Church", "al-noor mosque".
            "name": "house_of_worship",
            "regex": r"(?i)\b(?:(?:temple|congregation|synagogue|church|mosque|chapel|parish)" + WRAPPED_NAME_GAP
            + r"(?!"
            + _FUNCTION_WORDS
            + r")[a-z][a-z'’-]{1,40}(?:" + WRAPPED_NAME_GAP + r"(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]{1,40})?"
            r"|(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]{1,40}" + WRAPPED_NAME_GAP
            + r"(?:church|synagogue|mosque|chapel|parish))\b",
            "score": 0.55,
            "validators": [{"name": "worship_name"}],
        },
        {
            # A supplier after what it supplies: "home O2 via Coram", "filled at Walgreens".
            "name": "named_supplier",
            "regex": r"(?i:\b(?:o2|oxygen|infusions?|opat|tpn|supplies|dme|equipment|meds|medications?|"
            r"prescriptions?|rx|refills?|filled|refilled|delivered|delivery|vna|services)"
            r"\s+(?:\w+\s+)?(?:via|through|from|by|at)\s+)"
            r"(?P<pii>[A-Z][a-z'’&-]{1,40}\s+[A-Z][a-z'’&-]{1,40}(?=\s*[;,.)])|[A-Za-z][a-z'’&-]{1,40}|[A-Z][A-Z'’&-]+)\b",
            "score": 0.55,
            "validators": [{"name": "supplier_name"}],
        },
        {
            # A pharmacy by its acronym: "meds from CVS", "FILLED AT CVS" (capitals on the page).
            "name": "supplier_acronym",
            "regex": r"(?i:\b(?:meds|medications?|prescriptions?|rx|refills?|filled|refilled|picked\s+up)"
            r"\s+(?:\w+\s+)?(?:from|at)\s+)(?P<pii>[A-Z]{2,5})\b",
            "score": 0.55,
            "validators": [{"name": "supplier_name", "acronym": True}],
        },
        {
            # A ward named after a donor, with its floor: "admitted to Baker 4", "bed request placed for
            # Phillips 22". Never "4 North" (compass wards name no hospital), a dose ("to Keppra 50
            # mg"), a month ("on June 12") or a count ("to Baker 4 days ago").
            "name": "donor_ward",
            "regex": r"(?i:\b(?:admitted|admit|moved|transferred|transfer|txf|sent|returned|returns?|back|bed|"
            r"placed|boarding|accepted|arrived|came|going|went|upstairs|pt|patient)\s+"
            r"(?:(?!" + _DRUG_VERBS + r")[a-z]+\s+){0,2}?(?:to|from|for|at|in)\s+)"
            r"(?P<pii>(?:[A-Z][a-z'’-]{1,40}|[A-Z]{3,})\s+\d{1,2})\b(?![.,:/-]?\d)(?!\s*(?i:mg|mcg|g|units?|u|days?|d|"
            r"hrs?|hours?|h|min|minutes?|weeks?|wks?|months?|mos?|years?|yrs?|y|yo|times|x|pm|am|l|lpm|liters?|cc|"
            r"ml|mm|cm|kg|lbs?|beds?|pts?|patients|people|tabs?|pills?|doses?|of|or|to|and)\b|\s*[%-])",
            "score": 0.6,
            "validators": [{"name": "donor_name"}],
        },
        {
            # After "on" or a drug verb ("pt on Farxiga 10", "switched to Caplyta 42") a word and a number
            # are a drug and its dose unless the word is a known name ("pt on Baker 4").
            "name": "donor_ward_on",
            "regex": r"(?i:\b(?:pt|patient|admitted|moved|back|bed|boarding|upstairs|" + _DRUG_VERBS + r")\s+"
            r"(?:on|to)\s+)(?P<pii>(?:[A-Z][a-z'’-]{1,40}|[A-Z]{3,})\s+\d{1,2})\b(?![.,:/-]?\d)(?!\s*(?i:mg|mcg|"
            r"units?|days?|hrs?|weeks?|months?|years?|daily|prn|bid|tid|qd|qhs)\b|\s*[%-])",
            "score": 0.6,
            "validators": [{"name": "donor_name", "known_name": True}],
        },
        {
            # In lower case, one word after a discharge or transfer verb that is no English, clinical or
            # service word: "d/c to youville tomorrow", "transfer to bidmc when bed available".
            "name": "lower_destination",
            # The verb in any case ("D/C to youville"), the destination in lower case.
            "regex": r"(?i:\b(?:d/c|dc|d/c'?d|dc'?d|discharged?|transferred|transfer|txf|accepted|screened)\s+"
            r"(?:back\s+)?(?:to|at|from|by)\s+(?:the\s+)?)(?P<pii>[a-z][a-z'’-]{2,})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|for|"
            r"tomorrow|today|tonight|when|once|after|pending|via|by|with|w/|rehab|ed|er|icu|tmrw|am|pm)\b)",
            "score": 0.55,
            "validators": [{"name": "hospital_acronym", "destination": True, "not_clinical": True}],
        },
        {
            # A hospital's acronym after an outside-hospital cue, in any case: "OSH (BMC)", "outside
            # hosp - ncgh", "outside hospital: TMH". Found by that cue, never by a list of acronyms.
            "name": "outside_hospital_acronym",
            "regex": r"(?i:\b(?:osh|outside\s+(?:hosp(?:ital)?|facility|institution|er|ed))\s*(?:[-:(=]|is\b|was\b)\s*)"
            r"(?P<pii>[A-Za-z]{2,6})\b(?![-/])",
            "score": 0.6,
            "validators": [{"name": "hospital_acronym", "not_clinical": True}],
        },
        {
            # "University of Calloway", "UNIV HOSP OF TARROW", "children's hospital of westbury": a site of a
            # place, in any case; the place must be a naming word ("the hospital of choice" is none).
            "name": "facility_of_any_case",
            "regex": r"(?i)\b(?:(?:children'?s|women'?s|veterans'?)\s+)?(?:hospital|hosp|clinic|institute|university|"
            r"univ\.?(?:\s+hosp(?:ital)?)?|college|academy|medical\s+cent(?:er|re)|health\s+cent(?:er|re))"
            r"\s+of\s+(?:the\s+)?(?:" + _ORG_WORD + r")(?:\s+(?:" + _ORG_WORD + r")){0,2}",
            "score": 0.6,
            "validators": [{"name": "area_naming_word"}],
        },
        {
            # A care site's kind and the area it serves, in capitals: "Hospice of the Valley", "Pediatric
            # Associates of Riverton", "Mental Health Center of Greater Dayton". The area must be a place
            # ("Mental Health Center of Excellence" names none).
            "name": "care_kind_of_place",
            "regex": CARE_KIND_OF_PLACE,
            "score": 0.6,
            "validators": [{"name": "area_naming_word"}],
        },
        {
            # "got a bed at Covenant House", "finally got him a bed at Gateway": the cue marks the site.
            "name": "bed_at_site",
            "regex": BED_AT_SITE,
            "score": 0.6,
            "validators": [{"name": "bed_site"}],
        },
        {
            # "Our Lady of the Lakes Hospital", "our lady of lourdes church": a saint's title before a site.
            "name": "our_lady_of",
            "regex": r"(?i)\bour\s+lady\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:hospital|medical\s+cent(?:er|re)|"
            r"church|parish|school|academy|college|university|home|manor|health\s+cent(?:er|re)|clinic)\b",
            "score": 0.6,
        },
        {
            # "First Congregational of Carverton", "FIRST BAPTIST CHURCH": a numbered church, with its town.
            "name": "numbered_church",
            "regex": r"(?i)\b(?:first|second|third)\s+(?:baptist|congregational|methodist|presbyterian|lutheran|"
            r"episcopal|unitarian|evangelical)(?:\s+church)?(?:\s+of\s+[a-z][a-z'’-]{1,40}(?:\s+[a-z][a-z'’-]{1,40})?)?"
            # a capitalised word after it makes it a title's start ("First Evangelical Experience")
            r"(?!\s+(?-i:[A-Z]))",
            "score": 0.55,
            "validators": [{"name": "numbered_church"}],
        },
        {
            # An employer or home named as a municipality: "employed by Town of Merrivale", "city of lowell".
            "name": "municipality",
            "regex": r"(?i)\b(?:town|city|village|borough|township)\s+of\s+(?:" + _ORG_WORD + r")"
            r"(?:\s+(?:" + _ORG_WORD + r"))?",
            "score": 0.55,
            "validators": [{"name": "area_naming_word"}],
        },
        {
            # "graduated from Brockford High", "junior at Westbrook High": a school named by its town.
            "name": "named_high_school",
            "regex": r"(?i:\b(?:graduated\s+from|dropped\s+out\s+of|student\s+at|junior\s+at|senior\s+at|"
            r"freshman\s+at|sophomore\s+at|attends|attended|goes\s+to|went\s+to)\s+)"
            r"(?P<pii>(?:[A-Z][a-z'’-]{1,40}\s+){1,2}High|(?:[A-Z]{3,}\s+){1,2}HIGH)\b",
            "score": 0.6,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # A shop or site by the street it is on: "Called CVS on Main St", "works at Dunkin on Elm Ave".
            "name": "site_on_street",
            "regex": r"\b(?P<pii>[A-Z]{2,5}|[A-Z][a-z]+)\s+on\s+(?:[A-Z][a-z]+\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|"
            r"Blvd|Boulevard|Rte|Route|Hwy|Highway)\b",
            "score": 0.55,
            "validators": [{"name": "hospital_acronym"}],
        },
        {
            # "treated at Boston Children's": a children's hospital named by its city, the kind left out.
            "name": "named_childrens",
            "regex": r"(?i:\b(?:at|to|from|in)\s+)(?P<pii>(?:[A-Z][a-z'’-]{1,40}\s+){1,2}Children['’]s)(?!\s+[A-Z])",
            "score": 0.6,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # A practice by its own name and what it practises: "at Harbor Light Counseling", "detox at
            # Tidewater Recovery". The kind alone is no keyword ("Grief Counseling" names no site).
            "name": "named_practice",
            "regex": PRACTICE_NAME,
            "score": 0.6,
            "validators": [{"name": "practice_name"}],
        },
        {
            "name": "facility_of",
            "regex": r"\b(?:Hospital|Clinic|Institute|Center|Centre|University|College)\s+(?:of|for)\s+(?:the\s+)?"
            + NAME_WORD + r"(?:" + NAME_GAP + NAME_WORD + r"){0,3}",
            "score": 0.7,
        },
        {
            # A venue by the name its kind is given, as posts introduce it ("a bar called The Rusty Nail", "a care
            # home called Beechwood Lodge", "a company called Apex Property Management"); never a song or a band.
            "name": "venue_called",
            "regex": r"(?i:\b(?:a|an|the|this|that|my|his|her|our|their)\s+(?:" + _VENUE_KINDS + r")\s+"
            r"(?:called|named)\s+)(?P<pii>" + _VENUE_NAME + r")",
            "score": 0.7,
            "validators": [{"name": "venue_name"}],
        },
        {
            # ... or in apposition after a possessive ("My gym, Gold's Gym in Pasadena,", "my daughter's school,
            # Rosewood Elementary, called"), or as what it is ("my uni is RMIT").
            "name": "venue_apposition",
            "regex": r"(?i:\b(?:my|his|her|our|their)\s+(?:[a-z]+['’]s\s+)?(?:" + _VENUE_KINDS + r")"
            r"(?:\s*,\s*|\s+is\s+))(?P<pii>" + _VENUE_NAME + r")(?=\s*(?:[,.;:!?)(]|$|in\b|on\b|near\b|and\b))",
            "score": 0.7,
            "validators": [{"name": "venue_name"}],
        },
    ],
    "validators": [{"name": "facility_not_generic"}, {"name": "not_in", "words": ["er", "ed", "icu", "home"]}],
}

# The shape validators (donor wards, acronyms, churches) live apart; importing registers them.
from confide.anonymize.recognizers import facility_checks  # noqa: E402,F401

# Courts, police, schools, churches and employers named with their kind live apart too.
from confide.anonymize.recognizers.facility_kinds import PATTERNS as _ORGANISATION_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_ORGANISATION_PATTERNS)

from confide.anonymize.recognizers.facility_placement import PATTERNS as _PLACEMENT_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_PLACEMENT_PATTERNS)

# Sites named by ordinary words that a verb of placement or contact, a level of care or a legal form points at.
from confide.anonymize.recognizers.facility_cued import PATTERNS as _CUED_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_CUED_PATTERNS)

# Sites whose kind opens their name ("Hospital Kuala Lumpur", "HMS Albion", "Masjid Al-Noor").
from confide.anonymize.recognizers.facility_kind_first import PATTERNS as _KIND_FIRST_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_KIND_FIRST_PATTERNS)

# Sites in lower case before a plain or shorthand kind ("at jfk middle", "from high plains mhc").
from confide.anonymize.recognizers.facility_lower_kinds import PATTERNS as _LOWER_KIND_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_LOWER_KIND_PATTERNS)

# Sites named by a record's heading ("Nursing note, Ward 6B, TTSH, 3 Feb 2026").
from confide.anonymize.recognizers.facility_headers import PATTERNS as _HEADER_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_HEADER_PATTERNS)
