"""Facility and clinic names: a configurable deny-list plus "<Name> Hospital/Clinic/..." patterns.

A name made only of generic words ("The Mental Health Center") is not reported: it identifies no place.
Also by context: transfer and discharge destinations ("d/c to maple grove rehab"), a site of a named
kind ("the Washtenaw CMH team", "at Crestview Dialysis"), a hospital's initials in a report header
("482910377 | PHH | ...") or before a department ("SMH Pulmonary"), a named pharmacy, and any
organisation a patient is tied to ("works at", "employed by", "followed at", "labs drawn at", "OSH (").
A site named only by ordinary words ("Cardiac Rehab", "Main Pharmacy", "acute rehab") is a service.

In any case: a saint's name ("Mercy St. Vincent", "ST JOSEPH"), a mountain's ("MOUNT AUBURN"), a
named memorial ("ROCKFORD MEMORIAL", never "Memorial Day"), a house of worship ("Temple Shalom"),
and a supplier or pharmacy named after what it supplies ("home O2 via Coram", "meds from CVS"). No
installed package ships a list of pharmacy chains (philter-lite's patterns name one), so chains are
found by that context. A naming word is needed in capitals too: "PICKING UP HIGH SCHOOL" and "a
bigger hospital" are no places, though "picking" and "bigger" are surnames (everyday words are not
naming words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

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
    "Convalescent Home|Convalescent Center|Rest Home|Retirement Home|Hosp|Med Ctr|Medical Ctr|College|University"
)
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


_FUNCTION_WORDS = (
    r"(?:to|the|a|an|at|in|on|into|from|of|and|or|by|with|for|be|is|was|were|transferred|transfer|seen|"
    r"went|go|going|admitted|discharged|sent|my|his|her|their|our|your|this|that|local|nearest|same|"
    r"other|another|new|old|good|bad|big|small|pt|patient|per|via|er|ed|er\.|back|home)\b"
)


# Care units named by a hospital's own words: no site's name ("PT TO MICU FROM CCU").
_UNITS = r"(?:ED|ER|ICU|CCU|MICU|SICU|PACU|NICU|PICU|CVICU|CSRU|TSICU|FLOOR|UNIT)\b"


# In capitals a name runs on into the sentence ("TO CARDIAC REHAB AFTER CABG"): these words end it.
_CAPS_FUNCTION_WORDS = r"(?:AFTER|BEFORE|FOR|ON|WITH|AND|TO|IN|AT|BY|OF|FROM|VIA|PER|THE|WHERE|WHEN)\b"


_ANY_CASE_KEYWORDS = (
    r"hospital|medical\s+cent(?:er|re)|clinic|health\s+cent(?:er|re)|psychiatric\s+(?:hospital|center|institute)|"
    r"rehab(?:ilitation)?\s+cent(?:er|re)|treatment\s+cent(?:er|re)|nursing\s+home|pavilion|infirmary|hospice|"
    r"manor|associates|dialysis\s+cent(?:er|re)|convalescent\s+(?:home|cent(?:er|re)|hospital)|rest\s+home|"
    r"ltcf?|nursing\s+(?:facility|cent(?:er|re))|assisted\s+living|"
    r"high\s+school|middle\s+school|elementary\s+school|va|memorial(?!\s+day)|gen(?:eral)?\s+hosp|"
    r"family\s+practice|urgent\s+care|diagnostics|laborator(?:y|ies)|clubhouse|med(?:ical)?\s+ctr"
)

# Where a patient is tied to an organisation: "works at", "employed by", "followed at", "labs drawn
# at", "Pharmacy:", "OSH (". The name after the cue runs to punctuation or one of these words.
_ORG_CUE = (
    r"(?i:\b(?:(?:works?|working|worked)\s+(?:as\s+an?\s+[a-z]+\s+)?(?:at|for)|employed\s+(?:by|at|with)|"
    r"employer\s*(?:is|:|-)|job\s+(?:at|with)|retired\s+from|pcp\s+(?:is\s+)?at|"
    r"followed\s+at|f/u\s+at|drawn\s+at|program\s+at|nurse\s+at|volunteers?\s+at|pharmacy\s*(?:is|:|-)|"
    r"osh\s*\()\s*(?:the\s+)?)"
)
_ORG_STOP = (
    r"(?:" + _FUNCTION_WORDS + r"|(?:as|since|until|while|who|which|where|but|so|because|then|now|currently|"
    r"daily|weekends?|weekdays?|nights?|evenings?|days|part|full|today|yesterday|there|here|still|also|last|"
    r"next|re|w)\b)"
)
_ORG_WORD = r"(?!(?i:" + _ORG_STOP + r"))[A-Za-z](?:[A-Za-z'’-]|\.(?=\w))*"


def _naming_word(word: str, lexicon: Any) -> bool:
    """A name that is no everyday word, a place, no English word, or two run together ("brookside").

    A compound must not be an everyday or clinical word itself ("picking" is "pic" + "king"; "bedside").
    """
    return (lexicon.is_name(word) and not lexicon.is_everyday(word)) or word in lexicon.places or (
        not lexicon.is_english(word)
        or (_compound(word, lexicon) and not lexicon.is_everyday(word) and word not in lexicon.clinical_words)
    )


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
    keyword_words = {"hospital", "medical", "center", "centre", "clinic", "health", "psychiatric", "institute",
                     "rehab", "rehabilitation", "treatment", "nursing", "home", "pavilion", "infirmary", "manor",
                     "associates", "dialysis", "convalescent", "rest", "ltc", "ltcf", "facility", "assisted",
                     "living", "hospice", "high", "middle", "elementary", "school", "va", "memorial", "gen", "hosp",
                     "practice", "urgent", "care", "diagnostics", "laboratory", "laboratories", "clubhouse",
                     "ctr"}
    words = [w.strip(".,'’&").lower() for w in value.split()]
    naming = [w for w in words if w and w not in GENERIC_WORDS and w not in keyword_words]
    return any(_naming_word(w, lexicon) for w in naming)


# "ST elevation", "no ST changes": the ECG segment, not a saint.
_CLINICAL_ST = frozenset(
    "segment segments elevation elevations depression depressions changes change wave waves".split()
)


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
    if not name or name in _CLINICAL_ST or name in GENERIC_WORDS or lexicon.is_everyday(name):
        return False
    if any(w in GENERIC_WORDS or not _naming_word(w, lexicon) for w in before):
        return False
    if words[idx] in {"st", "saint"}:
        return name in lexicon.first_names or name in lexicon.places
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
    naming = [w for w in words if w and w not in GENERIC_WORDS]
    if params.get("not_clinical"):
        naming = [w for w in naming if w not in lexicon.clinical_words]
    return any(
        (lexicon.is_name(w) and not lexicon.is_everyday(w))
        or w in lexicon.places
        or not lexicon.is_english(w)
        or _compound(w, lexicon)
        for w in naming
    )


@register_validator("area_naming_word")
def area_naming_word(value: str, params: Mapping[str, Any]) -> bool:
    """The area after "of" in an agency's name has a place or non-English word ("VNA of Cape Cod", not "of choice")."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    area = re.split(r"(?i)\s+of\s+", value, maxsplit=1)[-1]
    words = [w.strip(".,'’").lower() for w in area.split()]
    return any(w in lexicon.places or w in lexicon.regions or not lexicon.is_english(w) for w in words if w)


def _compound(word: str, lexicon: Any) -> bool:
    """Two English words of three letters or more run together ("brookside", "lakeshore"), as place names are."""
    return any(
        lexicon.is_english(word[:i]) and lexicon.is_english(word[i:]) for i in range(3, len(word) - 2)
    )


@register_validator("facility_not_generic")
def facility_not_generic(value: str, params: Mapping[str, Any]) -> bool:
    """True when the words before the facility keyword include a non-generic (naming) word."""
    words = [w.strip(".,'’").lower() for w in value.split()]
    keyword_words = {w.lower() for k in KEYWORDS.split("|") for w in k.split()}
    naming = [w for w in words if w not in GENERIC_WORDS and w not in keyword_words]
    return bool(naming)


DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "FACILITY",
    "name": "FacilityRecognizer",
    "deny_list": [],
    "patterns": [
        {
            "name": "named_facility",
            "regex": r"\b(?:(?:St|Saint|Mt|Mount)\.?\s+)?(?:[A-Z][A-Za-z'’&.-]*\s+){1,6}(?:"
            + KEYWORDS
            + r")\b",
            "score": 0.8,
            "validators": [{"name": "site_naming_word"}],
        },
        {
            # Any case ("st elsewhere hospital", "NORTH SHORE CLINIC"); function words cannot start it.
            "name": "named_facility_any_case",
            "regex": r"(?i)\b(?:(?:st|saint|mt|mount)\.?\s+)?(?:(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’&.-]*\s+){1,3}"
            r"(?:" + _ANY_CASE_KEYWORDS + r")\b",
            "score": 0.6,
            "validators": [{"name": "facility_proper_name"}],
        },
        {
            # "transferred from Lakeview Regional", "admitted to North Shore"
            "name": "transfer_source",
            "regex": r"(?i:\b(?:transferred|transfer|admitted|discharged|sent|referred|txf|tx'?d|came|arrived|"
            r"returned|brought|transported)\s+(?:from|to)\s+)"
            r"(?P<pii>(?:St\.?\s+)?[A-Z][A-Za-z'’&.-]*"
            r"(?:\s+(?!" + _CAPS_FUNCTION_WORDS + r")[A-Z][A-Za-z'’&.-]*){0,3})",
            "score": 0.6,
            "validators": [{"name": "site_naming_word", "whole": True}],
        },
        {
            # "seen in MGH ED", "at Bayview clinic": a name or acronym before a care unit.
            "name": "unit_of_named_site",
            "regex": r"(?i:\b(?:in|at|to|from)\s+)(?:the\s+)?(?P<pii>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
            r"\s+(?:ED|ER|ICU|CCU|MICU|SICU|PACU|NICU|PICU|ward|clinic|unit|campus)\b",
            "score": 0.6,
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
            r"(?:greater\s+)?[a-z][a-z'’-]+(?:\s+(?!(?:called|and|for|to|on|in|at|will|is|was)\b)[a-z][a-z'’-]+)?)",
            "score": 0.6,
            "validators": [{"name": "area_naming_word"}],
        },
        {
            # "known to the Washtenaw CMH team", "at Crestview Dialysis": the kind of site is part of its name.
            "name": "named_site_with_kind",
            "regex": r"(?i)\b(?:in|at|to|from|via|with)\s+(?:the\s+)?(?P<pii>(?!" + _FUNCTION_WORDS + r")"
            r"[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?"
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
            r"(?P<pii>(?:(?!" + _FUNCTION_WORDS + r")[A-Za-z][A-Za-z'’&.-]*\s+)"
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
            # A hospital's initials before one of its departments: "SMH Pulmonary", "BIDMC ED".
            "name": "site_code_department",
            "regex": r"\b(?P<pii>[A-Z]{1,4}(?:H|MC))\s+(?:Pulmonary|Cardiology|Medicine|Surgery|Oncology|"
            r"Psychiatry|Neurology|Nephrology|Urology|Radiology|Emergency|Pediatrics|Obstetrics|Orthopedics|"
            r"Gastroenterology|Endocrinology|Rheumatology|Dermatology|Hematology|Infectious\s+Disease|"
            r"ED|ER|ICU|CCU|MICU|SICU|Clinic)\b",
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
            "regex": r"(?i)\b(?P<pii>[a-z][a-z'’-]+\s+gen(?:eral)?)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|on|for|to|from|ed|er|icu)\b)",
            "score": 0.6,
            "validators": [{"name": "site_naming_word", "not_clinical": True}],
        },
        {
            # "pharmacy is Walgreens", "Pharmacy: Rite Aid": the named pharmacy ("PHARMACY: TO BE CONFIRMED" is none).
            "name": "named_pharmacy",
            "regex": r"(?i:\bpharmacy\s*(?:is|:|-)\s*)(?P<pii>(?!(?i:" + _ORG_STOP + r"))[A-Z][A-Za-z'’&-]+"
            r"(?:\s+[A-Z][A-Za-z'’&-]+){0,2})",
            "score": 0.6,
        },
        {
            # "St. Brigid's", "saint mary's": a saint's name in the possessive is an institution.
            "name": "saints_possessive",
            "regex": r"(?i)\b(?:st\.?|saint)\s+[a-z]+['’]s\b(?!\s+wort)",
            "score": 0.55,
        },
        {
            # "Mercy St. Vincent", "ST JOSEPH", "saint anne", "Mount Auburn", "MT SINAI" (validator).
            "name": "saint_or_mount",
            "regex": r"(?i)\b(?:(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]+\s+)?(?:st\.?|saint|mt\.?|mount)\s+"
            r"[a-z][a-z'’-]+\b(?!['’]s\b)",
            "score": 0.55,
            "validators": [{"name": "saint_name"}],
        },
        {
            # "Temple Shalom", "CONGREGATION BETH ISRAEL", "Grace Church", "al-noor mosque".
            "name": "house_of_worship",
            "regex": r"(?i)\b(?:(?:temple|congregation|synagogue|church|mosque|chapel|parish)\s+(?!"
            + _FUNCTION_WORDS
            + r")[a-z][a-z'’-]+(?:\s+(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]+)?"
            r"|(?!" + _FUNCTION_WORDS + r")[a-z][a-z'’-]+\s+(?:church|synagogue|mosque|chapel|parish))\b",
            "score": 0.55,
            "validators": [{"name": "worship_name"}],
        },
        {
            # A supplier after what it supplies: "home O2 via Coram", "filled at Walgreens".
            "name": "named_supplier",
            "regex": r"(?i:\b(?:o2|oxygen|infusions?|tpn|supplies|dme|equipment|meds|medications?|"
            r"prescriptions?|rx|refills?|filled|refilled|delivered|delivery|vna|services)"
            r"\s+(?:\w+\s+)?(?:via|through|from|by|at)\s+)(?P<pii>[A-Za-z][a-z'’&-]+|[A-Z][A-Z'’&-]+)\b",
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
            "name": "facility_of",
            "regex": r"\b(?:Hospital|Clinic|Institute|Center|Centre|University|College)\s+(?:of|for)\s+(?:the\s+)?"
            r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}",
            "score": 0.7,
        },
    ],
    "validators": [{"name": "facility_not_generic"}, {"name": "not_in", "words": ["er", "ed", "icu", "home"]}],
}
