"""Organisations of community care named with their kind: courts, police, schools, churches, employers.

Mental-health and social-work notes name the places a client's life runs through, not only hospitals:
"Dunmore District Court", "Norwood PD", "Ashcombe Middle", "Ebenezer Baptist", "Gloucester Marine",
"Tamworth Neurology", "Dracut Recovery", "VFW Post 4417". Each is a name in
Title Case or capitals followed by the word for its kind; the name must hold a naming word (a place, a
name, a word no dictionary knows), so "Middle School", "Fight Club", "Catholic School" and "the Police"
name nothing. A police department needs a town ("Salem PD", never "hx PD"), and a practice named by
its specialty needs a place or an unknown word, not a person ("Worcester Neuro", never "Patel
Neurology", which is a doctor's service). Also "<Kind> for <Words>" ("Center for Counseling and
Psychological Health", "Health Care for the Homeless"), a saint's or a religious title before a site
(in any case, before its kind or after a cue of care: "born at holy cross") and a veterans' post
by its number. Chains and brands ("Ford Motors", "Sam's Club") need a town, and a test, drug or
eponym before Imaging, Recovery or Center ("DaTscan Imaging") names a service.
The kinds of hospital, clinic, rehab and home are in ``facility``; this module adds the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility_words import (
    SERVICE_ACRONYMS,
    STREET_WORDS,
    UNIT_SHAPE,
    _detox_named,
    _naming_word,
    _state_short,
    longest_first,
)

# Kinds, in Title Case as written; each also matches in capitals. ``longest_first`` orders them.
_CARE = (
    # British, Irish and Australian services and practices: "Trafford CMHT", "Fernlea Care Home",
    # "Amersham Vale Practice", "Radbourne Unit", "South Lee Mental Health Services"
    "CMHT|CAMHS|Mental Health Services|Mental Health Service|Medical Practice|Group Practice|Practice|"
    "Care Home|Residential Home|Wellness|Unit|"
    "Imaging Services|Imaging|Detox|Recovery Services|Recovery|Mental Health|Health Systems|Health System|"
    "Health Network|Health Services|Health|Neurology|Neuro|Psychiatry|Cardiology|Orthopedics|Pediatrics|"
    "Dermatology|Oncology|Counseling|Counselling|Sleep Center|Center|Centre|Med(?!\\s+[a-z])|EMS|Ambulance|"
    "MedFlight|Med Flight|Nursing (?:&|and) Rehab(?:ilitation)?|Deaconess"
)
_SCHOOL = (
    # the kind of a British school is two words ("Kings Norton Girls' School", "Hillside Primary School")
    "Girls['’]? School|Boys['’]? School|Grammar School|Primary School|Secondary School|Infant School|Junior School|"
    "Sixth Form College|Public Schools|Schools|School|Middle(?=\\s*[.,;:)]|$)|(?<!Roman )(?<!ROMAN )Catholic|Job Corps|"
    "Community College|College|Academy"
)
# Local government and its services, named by their area: "Hastings Borough Council", "Bury Children's Services".
_COUNCIL = (
    "(?:Borough|City|County|District|Town|Parish|Metropolitan Borough) Council|Council|Children['’]s Services|"
    "Social Services|Adult Social Care|Social Care"
)
_JUSTICE = (
    "(?:District|Probate|Probate (?:and|&) Family|Family|Juvenile|Housing|Superior|Municipal|Drug|Circuit) Court|"
    "Juvenile Detention|Police Department|Police Dept|Police|PD|Sheriff's Office|Sheriff's Department|"
    "Fire Department|Housing Authority|Authority|Area Office|" + _COUNCIL
)
_EMPLOYER = (
    "Construction|Auto Body|Autobody|Transit|Landscaping|Plumbing|Roofing|Trucking|Logistics|Manufacturing|"
    "Industries|Marine|Motors|Builders|Contractors|Credit Union|Bank|Realty|Textiles|Inc|LLC|LLP|Ltd|PLC|Corp|"
    "Corporation"
)
_FAITH = "Baptist|Methodist|Presbyterian|Lutheran|Episcopal|AME Zion|AME|Fellowship|Ministries|Tabernacle|Cathedral"
_COMMUNITY = "Inn|Club|YMCA|YWCA"
_TITLE_KINDS = longest_first("|".join((_CARE, _SCHOOL, _JUSTICE, _EMPLOYER, _FAITH, _COMMUNITY)))


def _upper(kinds: str) -> str:
    """The same alternatives in capitals, leaving the regex syntax (escapes, lookarounds) as it is."""
    return re.sub(r"(?<![\\\[-])\b[A-Za-z][A-Za-z']*", lambda m: m[0].upper(), kinds)


KIND = "(?:" + _TITLE_KINDS + "|" + _upper(_TITLE_KINDS) + ")"
_KIND_TAIL = re.compile(r"\s+" + KIND + r"\W*$")
_TWO_SITES = re.compile(r"[ \t]" + KIND + r"[ \t]+(?:and|&|AND)[ \t]")

# Words that open or join a clause, never a name's ("PT SEEN AT SCHOOL", "Called the Police").
_STOP = (
    r"(?:to|the|a|an|at|in|on|into|from|of|and|or|by|with|for|after|before|via|per|as|is|was|are|were|be|"
    r"been|has|had|have|i|i'm|im|my|me|we|our|you|your|he|his|she|her|they|their|it|its|this|that|these|"
    r"those|no|not|pt|patient|pts|seen|sent|called|call|went|goes|go|going|attends|attended|works|worked|"
    r"will|would|should|could|may|might|must|can|need|needs|then|when|where|while|who|which|if|so|but|"
    r"dr|mr|mrs|ms|miss|prof|rev|fr|officer|sgt|det|also|just|even)\b"
)
_WORD = r"(?!(?i:" + _STOP + r"))[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’&-]*"
# a name never runs over a line break ("GI PROCEDURE REPORT" above "Whitley Endoscopy Center")
_JOIN = r"[ \t]+(?:(?:and|&|of|the|AND|OF|THE)[ \t]+)?"

# The last words of a council's or its services' kind (a kind is lower case, as KIND matched it).
_COUNCIL_ENDINGS = ("council", "services", "care")
# Kinds whose name must be a town ("Norwood PD"), and specialties named by a place, not a person. A kind
# is matched as KIND wrote it, one space between its words.
_TOWN_KIND = re.compile(
    r"(?i)(?:pd|police(?:\s+dep(?:artmen)?t)?|sheriff's\s+(?:office|department)|fire\s+department|" + _COUNCIL + r")"
)
_PRACTICE_KIND = re.compile(
    r"(?i)(?:neuro(?:logy)?|psychiatry|cardiology|orthopedics|pediatrics|dermatology|oncology|counsell?ing|med|"
    r"club|middle|catholic|marine|(?:medical\s+|group\s+)?practice|unit)"
)
# Kinds that chains and brands carry as often as a local site does ("Ford Motors", "Holiday Inn").
_BRAND_KIND = re.compile(r"(?i)(?:motors|logistics|inn|club|bank|inc|llc|corp|corporation)")
# Kinds after which a test, drug or acronym names a service ("DaTscan Imaging", "ERAS Recovery").
_SERVICE_KIND = re.compile(r"(?i)(?:imaging(?:\s+services)?|recovery(?:\s+services)?|transit|cent(?:er|re))")
_HEALTH_KINDS = frozenset({"health", "health system", "health systems", "health services", "health network"})
_JOINERS = frozenset("and & of the".split())
_TITLES = frozenset("dr mr mrs ms miss prof rev fr".split())


def _everyday_alone(words: list[str], i: int, lexicon: Any) -> bool:
    """An everyday word that is not the start of a place spelled out in full ("Middle", but "Middle River")."""
    word = words[i]
    if not lexicon.is_everyday(word):
        return False
    return not any(len(c) > 1 and tuple(words[i : i + len(c)]) == c for c in lexicon.places.get(word, ()))


def _spelled_place(words: list[str], i: int, lexicon: Any) -> bool:
    """A place named in full from ``words[i]`` ("springfield", "pioneer valley"; never "royal" alone)."""
    return any(tuple(words[i : i + len(c)]) == c for c in lexicon.places.get(words[i], ()))


def _all_places(words: list[str], lexicon: Any) -> bool:
    """Whether the words spell places or regions from first to last ("oldham", "avon somerset", "west berkshire")."""
    i = 0
    while i < len(words):
        spelled = [len(c) for c in lexicon.places.get(words[i], ()) if tuple(words[i : i + len(c)]) == c]
        if not spelled and words[i] not in lexicon.regions:
            return False
        i += max(spelled, default=1)
    return bool(words)


@register_validator("org_naming_word")
def org_naming_word(value: str, params: Mapping[str, Any]) -> bool:
    """The name before an organisation's kind holds a naming word (see the module's docstring).

    A clinical word names a service, not a site ("Cardiology Center", "TMS Center" alone), unless it
    is also a place or a name; a street names the site on it ("Pine Street Inn").
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import _ROUTES, GENERIC_WORDS

    tail = _KIND_TAIL.search(value)
    if not tail:
        return False
    kind = tail[0].strip(" .,;:)").lower()
    if _TWO_SITES.search(value[: tail.start()]):
        return False  # two organisations joined, no one name ("Chase Bank and Wells Fargo Bank")
    words = [w.strip(".,'’").lower() for w in value[: tail.start()].split()]
    words = [w for w in words if w and w not in _JOINERS]
    if not words or any(w in _TITLES for w in words):
        return False
    if words[0] in {"st", "saint"} and len(words) > 1:
        return True
    lexicon = load_lexicon()
    if any(w in STREET_WORDS and i > 0 and words[i - 1] not in GENERIC_WORDS for i, w in enumerate(words)):
        return True
    everyday = [i for i, w in enumerate(words) if _everyday_alone(words, i, lexicon)]
    if len(everyday) >= 2:
        # a clause, not a name ("I LOVE TEACHING COLLEGE AND GRAD SCHOOL"): names hold one everyday word at most
        return False
    naming = [w for i, w in enumerate(words) if w not in GENERIC_WORDS and i not in everyday]
    naming = [w for w in naming if w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places]
    if kind == "detox":
        return _detox_named(value[: tail.end()].split(), words + [kind], lexicon)
    places = {w for i, w in enumerate(words) if _spelled_place(words, i, lexicon)}
    if _state_short(words[0]) and value[:1].isupper() and not any(w in lexicon.clinical_words for w in words[1:]):
        # "Mass Eye and Ear", "Penn Neurology"; never "Renal Mass Imaging", "Mass Imaging" (a finding)
        return len(words) > 1 or kind in _HEALTH_KINDS
    if _BRAND_KIND.fullmatch(kind):
        # a chain or a brand ("Tesla Motors", "Sam's Club", "Ford Motors") names no one's site: a town does
        return any(w in places and not lexicon.is_name(w) for w in naming)
    if _SERVICE_KIND.fullmatch(kind):
        # a test, a drug, an eponym or an acronym names a service ("Lexiscan Imaging", "SBFT TRANSIT",
        # "Spravato Center", "Foley Center"): a place, a person's name or two naming words name a site
        naming = [w for w in naming if w not in _ROUTES and (w in places or w not in lexicon.clinical_words)]
        names = [w for w in naming if _naming_word(w, lexicon)]
        return any(w in places for w in naming) or len(names) >= 2 or any(
            lexicon.is_name(w) and not lexicon.is_everyday(w) for w in names
        )
    if _TOWN_KIND.fullmatch(kind):
        if kind.endswith(_COUNCIL_ENDINGS):
            # a council's or its services' area is a place in every word ("Bury Children's Services"), never a
            # group or a verb before it ("Student Union Council", "Young Carers Social Services", "Told Union Council")
            return _all_places(words, lexicon)
        # a force's area: a town that is no everyday word ("Early PD", "Young Onset PD" are Parkinson's), or
        # a region of two words or more ("Thames Valley Police")
        area = words if len(words) >= 2 and kind != "pd" else naming
        return any(w in places or w in lexicon.regions for w in area if w not in GENERIC_WORDS)
    if kind in ("unit", "wellness") and any(
        lexicon.is_english(w) and w not in places and not lexicon.is_name(w) for w in words
    ):
        return False  # a product's or a plan's ("Started Ozempic Wellness plan"): a unit's name is all names
    if kind == "unit":
        # a ward's own short name is no site ("AMU Unit", "CDU UNIT"): a unit's name is a word of five letters or more
        naming = [w for w in naming if len(w) >= 5 and not UNIT_SHAPE.fullmatch(w)]
    if _PRACTICE_KIND.fullmatch(kind):
        # a place or a word no dictionary knows, never a person's name alone ("Patel Neurology", "Royal Marine")
        return any(w in places or not (lexicon.is_name(w) or lexicon.is_english(w)) for w in naming)
    return any(_naming_word(w, lexicon) for w in naming)


@register_validator("va_area")
def va_area(value: str, params: Mapping[str, Any]) -> bool:
    """The word after "VA" is a place or region ("VA Boston", "VA CONNECTICUT"), never a clinical word."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    word = value.split()[1].lower()
    return word in lexicon.places or word in lexicon.regions


@register_validator("area_body")
def area_body(value: str, params: Mapping[str, Any]) -> bool:
    """A health body's name holds a place, a region or a name ("Norfolk and Suffolk NHS Foundation Trust").

    Its kind ("NHS Trust", "Health Board") is so specific that no further test is needed; with
    ``after: true`` the words follow the kind ("NHS Lothian", "CAMHS Tallaght") and must spell a place.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    if params.get("after"):
        rest = words[1:]
        return bool(rest) and tuple(rest) in lexicon.places.get(rest[0], ()) and not (
            len(rest) == 1 and lexicon.is_everyday(rest[0])
        )
    words = [w for w in words if w not in _JOINERS and w not in _BODY_WORDS]
    return any(w in lexicon.places or w in lexicon.regions or _naming_word(w, lexicon) for w in words)


# The prepositions joining a site's kind to its name in Romance and Germanic languages ("Hôpital de la").
_FOREIGN_PREPOSITION = r"(?:de[ \t]+la|de[ \t]+los|de|del|di|du|des|der|da|do|della)"
_FOREIGN_OF = re.compile(r"(?i)[ \t]" + _FOREIGN_PREPOSITION + r"[ \t]+")


@register_validator("foreign_site_named")
def foreign_site_named(value: str, params: Mapping[str, Any]) -> bool:
    """A place or a proper name follows the preposition ("Universidad de Guadalajara", "Hôpital de la Timone").

    A common word there names a programme or a field ("Hospital de Dia", "Clinica de Dolor", "Escuela de
    Enfermeria", "Colegio de Medicos"): a name that is also an English or clinical word does not count.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    after = list(_FOREIGN_OF.finditer(value))
    words = [w.strip(".,'’").lower() for w in value[after[-1].end() :].split()] if after else []
    return any(
        w in lexicon.places
        or w in lexicon.regions
        or (lexicon.is_name(w) and not lexicon.is_english(w) and w not in lexicon.clinical_words)
        for w in words
    )


_BODY_WORDS = frozenset("nhs foundation trust university health board".split())
# Services of British and Irish mental-health care, named by their area after them ("CAMHS Tallaght").
_AREA_SERVICES = "(?:" + "|".join(SERVICE_ACRONYMS) + ")"

# Streets and landmarks a British practice is named by ("The Lane Surgery", "The Limes Medical Practice").
_LANDMARKS = "|".join(
    sorted(
        {w.title() for w in STREET_WORDS if len(w) > 3}
        | set(
            "Grove Green Park Parade Crescent Square Close Gardens Village Ridge Limes Elms Oaks Hollies Cedars "
            "Willows Beeches Laurels Orchard Meadows Mill Bridge Quay Priory Abbey Spinney Firs".split()
        )
    )
)

_HOLY_KINDS = r"(?:hospital|medical[ \t]+cent(?:er|re)|school|academy|college|church|parish|home)\b"

PATTERNS: list[dict[str, Any]] = [
    {
        # "Norfolk and Suffolk NHS Foundation Trust", "BETSI CADWALADR UNIVERSITY HEALTH BOARD"
        "name": "health_body",
        "regex": r"(?<![\w/])(?P<pii>" + _WORD + r"(?:" + _JOIN + _WORD + r"){0,6}[ \t]+"
        r"(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|NHS[ \t]+(?:FOUNDATION[ \t]+)?TRUST|Health[ \t]+Board|"
        r"HEALTH[ \t]+BOARD))(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "area_body"}],
    },
    {
        # "Universidad de Guadalajara", "Hôpital de la Timone", "Università di Padova": a site in another
        # language is named by what follows its kind and preposition, as "University of" is in English
        "name": "foreign_site_of",
        "regex": r"\b(?P<pii>(?:Universidad|Universidade|Universit[éeà]|Universität|Hospital|Hôpital|Ospedale|"
        r"Colegio|Instituto|Istituto|Institut|Cl[íi]nica|Centro[ \t]+de[ \t]+Salud|Escuela|Liceo|Lycée|Coll[èe]ge)"
        r"[ \t]+" + _FOREIGN_PREPOSITION + r"[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]+"
        r"(?:[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]+)?)",
        "score": 0.6,
        "validators": [{"name": "foreign_site_named"}],
    },
    {
        # "NHS Fife", "CAMHS Tallaght", "camhs tallaght": a service by the one-word area after it
        "name": "service_of_area",
        "regex": r"(?i)\b(?P<pii>(?:NHS|" + _AREA_SERVICES + r")[ \t]+[a-z][a-z'’-]+)\b",
        "score": 0.55,
        "validators": [{"name": "area_body", "after": True}],
    },
    {
        # "THE LANE SURGERY", "The Grove Medical Practice": a British practice named by the street or
        # landmark it stands on; never "the day surgery", "the knee surgery", "the medical practice"
        "name": "practice_on_landmark",
        "regex": r"\b(?P<pii>(?:The|THE)[ \t]+(?:" + _LANDMARKS + r"|" + _upper(_LANDMARKS) + r")[ \t]+"
        r"(?:Surgery|Medical Practice|Practice|Medical Centre|Health Centre|SURGERY|MEDICAL PRACTICE|PRACTICE|"
        r"MEDICAL CENTRE|HEALTH CENTRE))\b",
        "score": 0.6,
    },
    {
        # "Dunmore District Court", "NORWOOD PD", "Ebenezer Baptist", "Tolland Probate and Family Court"
        "name": "named_organisation_kind",
        # a thing bought or begun is no site ("a new Kallax Unit"): no article or "new" before the name
        "regex": r"(?<![\w/])(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Nn]ew )"
        r"(?P<pii>(?:(?:St|ST|Saint|SAINT)\.?[ \t]+)?" + _WORD + r"(?:" + _JOIN + _WORD + r"){0,4}"
        r"[ \t]+" + KIND + r")(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "org_naming_word"}],
    },
    {
        # "Center for Counseling and Psychological Health", "BOSTON HEALTH CARE FOR THE HOMELESS":
        # a kind before what it is for; the words after "for" must be capitalised like the kind.
        "name": "organisation_for",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _WORD + r"[ \t]+){0,3}(?:Center|Centre|Health Care|Coalition|Alliance|"
        r"Council|Society|Association|CENTER|CENTRE|HEALTH CARE|COALITION|ALLIANCE|COUNCIL|SOCIETY|ASSOCIATION)"
        r"\s+(?:for|FOR)\s+(?:(?:the|THE)\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:(?:and|&|AND|of|OF)\s+)?[A-Z][A-Za-z'’-]+){0,3})",
        "score": 0.6,
    },
    {
        # "attends VFW Post 4417", "American Legion Post 44": a veterans' post by its number.
        "name": "veterans_post",
        "regex": r"(?i)\b(?P<pii>(?:vfw|american\s+legion|amvets|legion)\s+post\s*#?\s*\d{1,5})\b",
        "score": 0.6,
    },
    {
        # "HOLY NAME HOSPITAL", "born at holy cross hospital", "intubated 2019 at holy family": a religious
        # title names a site before its kind, or after a cue of care or transfer (never "pray to holy trinity")
        "name": "holy_title_site",
        "regex": r"(?i)\b(?:(?:intubat\w*|admit\w*|transferr?\w*|tx'?d|sent|seen|treated|hospitali[sz]ed|delivered|"
        r"born|discharged?|surgery|stay(?:ed)?|\d{4})[ \t]+(?:at|to|from)[ \t]+|(?=holy[ \t]+[a-z]+[ \t]+"
        + _HOLY_KINDS
        + r"))(?P<pii>holy[ \t]+(?:family|cross|name|redeemer|trinity|innocents|rosary)(?:[ \t]+"
        + _HOLY_KINDS
        + r")?)\b",
        "score": 0.55,
    },
    {
        # "Women & Infants Hospital of Harwick", "Women and Infants' of Dunmore": a hospital for whom, of a
        # place, in Title Case or capitals (never "the women and children of <country>")
        "name": "women_and_infants_of",
        "regex": r"\b(?P<pii>(?:Women|WOMEN)[ \t]*(?:&|and|AND)[ \t]*(?:Infants|INFANTS|Babies|BABIES)"
        r"(?:['’][ \t]+|['’]?[ \t]+(?:Hospital|HOSPITAL)[ \t]+)(?:of|OF)[ \t]+[A-Z][A-Za-z'’-]+"
        r"(?:[ \t]+[A-Z][A-Za-z'’-]+)?)",
        "score": 0.6,
        "validators": [{"name": "area_naming_word"}],
    },
    {
        # "Dr Osei at VA Hartford - Newington", "to the VA Connecticut": a VA system by its area.
        "name": "va_of_area",
        "regex": r"(?i:\b(?:at|to|from|the)\s+)(?P<pii>VA\s+(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{3,}))?"
        r"(?:\s+-\s+(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{3,}))?)?)",
        "score": 0.6,
        "validators": [{"name": "va_area"}],
    },
]
