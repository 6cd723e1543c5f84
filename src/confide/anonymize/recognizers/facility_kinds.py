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

from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility_words import (
    HOSPITAL_ACRONYM,
    SERVICE_ACRONYMS,
    STREET_WORDS,
    UNIT_SHAPE,
    _detox_named,
    _naming_word,
    _state_short,
    longest_first,
    upper_alternatives,
)
from confide.anonymize.recognizers.zip_code import STATES as US_STATES

# Kinds, in Title Case as written; each also matches in capitals. ``longest_first`` orders them.
_CARE = (
    # British, Irish and Australian services and practices: "Trafford CMHT", "Fernlea Care Home",
    # "Amersham Vale Practice", "Radbourne Unit", "South Lee Mental Health Services"
    "CMHT|CAMHS|Mental Health Services|Mental Health Service|Medical Practice|Group Practice|Practice|"
    "Care Home|Residential Home|Wellness|Unit|"
    "Imaging Services|Imaging|Detox|Recovery Services|Recovery|Mental Health|Health Systems|Health System|"
    "Health Network|Health Services|Health|Neurology|Neuro|Psychiatry|Cardiology|Orthopedics|Pediatrics|"
    "Dermatology|Oncology|Counseling|Counselling|Sleep Center|Center|Centre|Med(?!\\s+[a-z])|EMS|Ambulance|"
    "MedFlight|Med Flight|Nursing (?:&|and) Rehab(?:ilitation)?|Deaconess|"
    # the two kinds the other way round ("Brookhaven Rehabilitation and Nursing Center"), a referral hospital by its
    # name ("Mathari National Teaching and Referral Hospital")
    "Rehab(?:ilitation)? (?:&|and) Nursing(?: Cent(?:er|re))?|Teaching (?:&|and) Referral Hospital|"
    # practices and programs named by what they treat: "Lakeside Primary Care", "Bayshore GI",
    # "Quarry Physical Therapy", "Glenbrook Behavioral (Care)", "Tarrow Heart & Vascular", "Ashby Dental"
    "Primary Care|GI|Gastroenterology|Physical Therapy|Physio|Physiotherapy|Urology|Behavioral Care|"
    "Behavioural Care|Behavioral|Behavioural|Heart (?:&|and) Vascular|Dental|Dental Lab|Family Services|"
    "Child (?:&|and) Family Services|"
    # a hospital by its name and "Regional" with the kind left out ("Lakeview Regional says")
    "Regional(?![ \t]+[A-Z])|"
    # an insurer's plan named in a letter ("Tufts Health Plan")
    "Health Plan|Health Alliance|Elder Services|Elder Partners|Senior Services|Legal Aid|Legal Services|Montessori|"
    "Daycare|Day Care|"
    # homes and supports by the name of their provider ("Banksia Grove Aged Care", "Tumaini Children's Home",
    # "Greenway Nursery", "Northside Community Supports")
    "Aged Care|Community Living|Supported Living|Community Supports|Children['’]s Home|Nursery|"
    # a community health centre by its area ("Regent Park CHC"), a food bank by its town ("Smethwick Foodbank")
    "CHC|FQHC|Foodbank|Food Bank|"
    # a food shelf by its county, a community or district nursing team by its area ("Goodhue County Food Shelf",
    # "Central Dales Community Nursing")
    "Food Shelf|Community Nursing|District Nursing"
)
_SCHOOL = (
    # the kind of a British school is two words ("Kings Norton Girls' School", "Hillside Primary School")
    "Girls['’]? School|Boys['’]? School|Grammar School|Primary School|Secondary School|Infant School|Junior School|"
    "Sixth Form College|Public Schools|Schools|School|Middle(?=\\s*[.,;:)]|$)|(?<!Roman )(?<!ROMAN )Catholic|Job Corps|"
    # a primary school by its street or its area, "School" left out ("Corbett Street Primary."), and the schools of the
    # years before it ("Mangere Bridge Kindergarten")
    "Primary(?=\\s*[.,;:)]|$)|Kindergarten|Preschool|Pre-School|Playgroup|"
    "Community College|College|Academy|"
    # a school board or district by its area ("Ottawa-Carleton DSB", "Round Rock ISD")
    "DSB|CDSB|ISD"
)
# Local government and its services, named by their area: "Hastings Borough Council", "Bury Children's Services".
_COUNCIL = (
    "(?:Borough|City|County|District|Town|Parish|Metropolitan Borough) Council|Council|Children['’]s Services|"
    "Social Services|Adult Social Care|Social Care"
)
# Police, fire and corrections by their area ("Horry Co FD", "CT State Police", "Kawerau Police Station",
# "Upper Hutt Community Corrections"); bare "Fire" has its own pattern, which wants an apparatus or a cue.
_AGENCY = (
    "FD|Fire Dept|Fire Rescue|Fire (?:&|and) Rescue|Fire District|State Police|Transit Police|Police Station|"
    "Police Service|Police Force|Constabulary|Garda Station|Community Corrections|Adult Probation|"
    "Probation Department|Probation Service|Probation Office|Jobcentre Plus|Jobcentre|Highway Patrol|State Patrol|"
    "Patrol|"
    # a tribe's or a county's police, a county's health or road department, a New Zealand DHB by its region
    # ("Blackfeet Law Enforcement", "Columbia Co Health Dept", "Santa Cruz Co. Road Dept", "Waikato DHB")
    "Law Enforcement|Health Department|Health Dept|Road Department|Road Dept|DHB"
)
_JUSTICE = (
    # a court's seat by its quarter of the county ("Carrow County Superior Court North")
    "(?:District|Probate|Probate (?:and|&) Family|Family|Juvenile|Housing|Superior|Municipal|Drug|Circuit) Court"
    "(?: (?:North|South|East|West|Northern|Southern|Eastern|Western)(?![\\w'’-]))?|"
    # British courts and tribunals by their seat ("Leeds Crown Court", "Highbury Corner Magistrates' Court")
    "Crown Court|Magistrates['’]? Court|County Court|Youth Court|Coroner['’]?s Court|Employment Tribunal|"
    # courts abroad by their seat ("Menemen Assize Court", "Poznań Regional Court", "Rome Supervisory Court")
    "(?:Assize|Town|City|Regional|Supervisory|Provincial|Administrative|Appeal|Sheriff|Labour|Children['’]?s|"
    "Coroners['’]?) Court|"
    # the superior courts of Commonwealth states by their seat ("Ikeja High Court", "Nairobi Law Courts")
    "High Court|Federal High Court|State High Court|Customary Court|Magistrate['’]?s? Court|Law Courts|"
    # a jail by its county with the kind left out ("Essex County Correctional"), as "Psychiatric" in ``facility``
    "Correctional(?![ \\t]+[A-Z])|Correctional Complex|Jail (?:&|and) House of Correction|"
    "Juvenile Detention|Police Department|Police Dept|Police Force|Police|PD|Sheriff's Office|Sheriff's Department|"
    "Fire Department|Housing Authority|Authority|Area Office|" + _AGENCY + "|" + _COUNCIL
)
_EMPLOYER = (
    "Construction|Auto Body|Autobody|Transit|Landscaping|Plumbing|Roofing|Trucking|Logistics|Manufacturing|"
    "Industries|Marine|Motors|Builders|Contractors|Credit Union|Building Society|Bank|Realty|Textiles|Inc|LLC|LLP|"
    "Ltd|PLC|Corp|"
    "Corporation|Pvt Ltd|Pty Ltd|Limited|Chemists?|Studios?|Plumbing (?:&|and) Gas|Tool Company|Fisheries|Lettings|"
    "Distillery|Brewery|Colliery|Shipyard|Steelworks|Mills|"
    # a landlord of lots by its park ("Sunnyside Mobile Home Park")
    "Mobile Home Park|Trailer Park|RV Park"
)
_FAITH = (
    "Baptist|Methodist|Presbyterian|Lutheran|Episcopal|AME Zion|AME|Fellowship|Ministries|Tabernacle|Cathedral|"
    # ministries and the temples of Sikh and Hindu communities ("Guru Nanak Gurdwara")
    "Community Ministry|Gurdwara|Mandir|Mosque|Masjid|Synagogue|"
    "(?:Baptist|Methodist|Presbyterian|Lutheran|Episcopal|Fellowship|Community|Bible|Pentecostal|Catholic|Anglican|"
    "Adventist|Seventh-day Adventist|Seventh-Day Adventist|Orthodox|Evangelical) Church|Monastery|Convent|Chapel|"
    "Parish|Marae"
)
# a library by its town or branch ("Rosewood Library")
# (local rugby and Gaelic clubs by their short kind, "Riverside RFC"; never "FC", a professional team's)
# (Ireland's Gaelic clubs, "St Teresa's GAC", "St James's Gaels"; Australia's returned servicemen's, "Kilcoy RSL")
_COMMUNITY = "Inn|Club|YMCA|YWCA|Public Library|Library|RFC|GAA|GAC|Gaels|RSL|RLFC"
# Kinds that end everyday phrases as often as a local provider's name ("Foster Homes", "Thai Restaurant", "Hope
# Foundation"): a housing provider, a charity or public body, a shop by its owner ("Stockport Homes", "Gavin
# Foundation", "El Rancho Supermarket"). Their name must be a town or a coined word (``_local_name``), so they
# stay out of ``KIND``, which other modules grow a name's kind with.
_LOCAL_KINDS = (
    "Housing Association|Housing Trust|Housing|Homes|Foundation|Commission|Supermarket|Grocery|Diner|Restaurant|"
    "Bakery|Cafe|Café|"
    # a provider by its own name ("Brightpath Fostering"), a service or a network by its town ("Dolj Forensic
    # Medicine Service"; see ``_local_name``)
    "Health Care|Healthcare|Fostering|Service|Services|Network|"
    # a borough's or a town's mental health teams ("Lewisham Home Treatment Team", "Bexley Early Intervention Team";
    # never "Trust Psychiatric Liaison Team", "Emailed Sarah Crisis Team")
    "Home Treatment Team|Crisis Team|Crisis Resolution Team|Crisis Resolution (?:&|and) Home Treatment Team|"
    "Early Intervention Team|Early Intervention Service|Assertive Outreach Team|Psychiatric Liaison Team"
)
_TITLE_KINDS = longest_first("|".join((_CARE, _SCHOOL, _JUSTICE, _EMPLOYER, _FAITH, _COMMUNITY)))


KIND = "(?:" + _TITLE_KINDS + "|" + upper_alternatives(_TITLE_KINDS) + ")"
_NAMED_KINDS = longest_first(_TITLE_KINDS + "|" + _LOCAL_KINDS)
# the kinds a name before them is checked for (``org_naming_word``)
_NAMED_KIND = "(?:" + _NAMED_KINDS + "|" + upper_alternatives(_NAMED_KINDS) + ")"
_KIND_TAIL = re.compile(r"\s+" + _NAMED_KIND + r"\W*$")
_TWO_SITES = re.compile(r"[ \t]" + _NAMED_KIND + r"[ \t]+(?:and|&|AND)[ \t]")

# Words that open or join a clause, never a name's ("PT SEEN AT SCHOOL", "Called the Police").
_STOP = (
    r"(?:to|the|a|an|at|in|on|into|from|of|and|or|by|with|for|after|before|via|per|as|is|was|are|were|be|"
    r"been|has|had|have|i|i'm|im|my|me|we|our|you|your|he|his|she|her|they|their|it|its|this|that|these|"
    r"those|no|not|pt|patient|pts|seen|sent|called|call|went|goes|go|going|attend|attends|attended|works|worked|"
    r"will|would|should|could|may|might|must|can|need|needs|then|when|where|while|who|which|if|so|but|"
    r"dr|mr|mrs|ms|miss|prof|rev|fr|officer|sgt|det|also|just|even)\b"
)
# (Latin Extended-A too: "Pūriri Park School", "Łódź Regional Court")
_WORD = r"(?!(?i:" + _STOP + r"))[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]{0,40}"
# a name never runs over a line break ("GI PROCEDURE REPORT" above "Whitley Endoscopy Center")
_JOIN = r"[ \t]+(?:(?:and|&|of|the|AND|OF|THE)[ \t]+)?"

# A plan's type or payer names no insurer ("PPO Health Plan", "Medicaid Health Plan"), nor does a clause
# before it ("Has ...", "Her ...").
_PLAN_TYPES = frozenset("ppo hmo epo pos hdhp medicaid medicare marketplace exchange chip tricare".split())
_CLAUSE_OPENERS = frozenset("has had have her his their my our your its member members".split())
# The last words of a council's or its services' kind (a kind is lower case, as KIND matched it).
_COUNCIL_ENDINGS = ("council", "services", "care")
# Kinds whose name must be a town ("Norwood PD"), and specialties named by a place, not a person. A kind
# is matched as KIND wrote it, one space between its words.
_TOWN_KIND = re.compile(
    r"(?i)(?:pd|police(?:\s+dep(?:artmen)?t)?|sheriff's\s+(?:office|department)|fire\s+department|(?:public\s+)?library|"
    + _COUNCIL
    + "|"
    + _AGENCY
    + r"|fire)"
)
# Forces and services whose area may be a word no list holds: a state's or a region's acronym or name
# ("NSW Police", "MBTA Transit Police", "Tasmania Police"); "PD" stays a town's ("Early PD" is Parkinson's).
_FORCE_KIND = re.compile(
    r"(?i)(?:(?:state|transit)\s+)?police(?:\s+(?:station|service))?|garda\s+station|"
    r"community\s+corrections|(?:(?:highway|state)\s+)?patrol"
)
_PRACTICE_KIND = re.compile(
    r"(?i)(?:neuro(?:logy)?|psychiatry|cardiology|orthopedics|pediatrics|dermatology|oncology|counsell?ing|med|"
    r"primary\s+care|gi|gastroenterology|physical\s+therapy|physio(?:therapy)?|urology|dental(?:\s+lab)?|"
    r"heart\s+(?:&|and)\s+vascular|"
    r"club|middle|catholic|marine|(?:medical\s+|group\s+)?practice|unit)"
)
# Kinds that chains and brands carry as often as a local site does ("Ford Motors", "Holiday Inn").
_BRAND_KIND = re.compile(r"(?i)(?:motors|logistics|inn|club|bank|inc|llc|corp|corporation)")
# Kinds after which a test, drug or acronym names a service ("DaTscan Imaging", "ERAS Recovery").
_SERVICE_KIND = re.compile(r"(?i)(?:imaging(?:\s+services)?|recovery(?:\s+services)?|transit|cent(?:er|re))")
_LOCAL_KIND = re.compile(
    r"(?i)(?:housing(?:\s+(?:association|trust))?|homes|foundation|commission|supermarket|grocery|diner|restaurant|"
    r"bakery|cafe|café|health\s+care|healthcare|fostering|services?|network|"
    r"(?:home\s+treatment|crisis(?:\s+resolution)?(?:\s+(?:and|&)\s+home\s+treatment)?|early\s+intervention|"
    r"assertive\s+outreach|psychiatric\s+liaison)\s+(?:team|service))"
)
# Kinds of tenure or care before "Housing"/"Homes" ("Council Housing", "Foster Homes"): no provider's name.
_TENURE_WORDS = frozenset(
    "foster council social supported affordable public temporary emergency sheltered care group nursing residential "
    "retirement mobile private rented state".split()
)
# A centre that people, not a test, go to: one naming word before it names a site ("Brantwick Day Centre"), where
# a service's centre wants two ("Spravato Center").
_CENTRE_OF_PEOPLE = frozenset(
    "day community resource family youth leisure sports drop-in wellbeing civic arts neighbourhood neighborhood "
    "senior seniors women's men's children's".split()
)
_ARTICLES = frozenset("el la los las le les".split())
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


def _all_places(words: list[str], lexicon: Any, *, counties: bool = False) -> bool:
    """Whether the words spell places or regions from first to last ("oldham", "avon somerset", "west berkshire").

    With ``counties``, a listed town's name before "county" names a county ("cass county"; never "social county",
    "northern county").
    """
    i = 0
    while i < len(words):
        spelled = [len(c) for c in lexicon.places.get(words[i], ()) if tuple(words[i : i + len(c)]) == c]
        if counties and words[i + 1 : i + 2] == ["county"] and spelled and _county_name(words[i], lexicon):
            spelled = [2]
        if not spelled and words[i] not in lexicon.regions:
            return False
        i += max(spelled, default=1)
    return bool(words)


# Listed places that are a direction's, a weather's or a size's word too: before "county" they say which county,
# they do not name it ("Northern County Council", "Mid County Social Services").
_NOT_COUNTY_NAMES = frozenset(
    "north south east west northern southern eastern western central mid middle upper lower greater inner outer "
    "sunny rural tri multi".split()
)


def _county_name(word: str, lexicon: Any) -> bool:
    """A listed town's word that can name a county: no everyday or direction's word ("cass", "dauphin")."""
    return word not in _NOT_COUNTY_NAMES and not lexicon.is_everyday(word)


# A state's police by its short name ("NSW Police Force", "WA Police", "NZ Police"): the state names it, where
# "NHS Police Service" names nothing.
_STATE_FORCES = frozenset({"police", "police force", "police service", "state police", "highway patrol"})
_STATES_SHORT = frozenset("nsw vic qld wa sa tas nt act nz psni".split())


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
    if kind in ("health", "health plan") and (words[0] in _CLAUSE_OPENERS or any(w in _PLAN_TYPES for w in words)):
        return False  # a plan's type or a clause, no insurer's name ("Has PPO Health Plan", "Her Medicaid Health")
    lexicon = load_lexicon()
    if any(w in STREET_WORDS and i > 0 and words[i - 1] not in GENERIC_WORDS for i, w in enumerate(words)):
        return True
    if _LOCAL_KIND.fullmatch(kind):
        return _local_name(value, value[: tail.start()], words, kind, lexicon)
    everyday = [i for i, w in enumerate(words) if _everyday_alone(words, i, lexicon)]
    if len(everyday) >= 2:
        # a clause, not a name ("I LOVE TEACHING COLLEGE AND GRAD SCHOOL"): names hold one everyday word at most
        return False
    naming = [w for i, w in enumerate(words) if w not in GENERIC_WORDS and i not in everyday]
    naming = [w for w in naming if w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places]
    if kind == "detox":
        return _detox_named(value[: tail.end()].split(), words + [kind], lexicon)
    places = {w for i, w in enumerate(words) if _spelled_place(words, i, lexicon)}
    if kind in _STATE_FORCES and len(words) == 1 and words[0] in _STATES_SHORT:
        return True
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
        if kind.startswith("cent") and len(words) >= 2 and words[-1] in _CENTRE_OF_PEOPLE and names:
            return True  # a centre people go to names its site by one word ("Ambleside Day Centre")
        return any(w in places for w in naming) or len(names) >= 2 or any(
            lexicon.is_name(w) and not lexicon.is_everyday(w) for w in names
        )
    if _TOWN_KIND.fullmatch(kind):
        if kind.endswith(_COUNCIL_ENDINGS):
            # a council's or its services' area is a place in every word ("Bury Children's Services"), never a
            # group or a verb before it ("Student Union Council", "Young Carers Social Services", "Told Union Council")
            return _all_places(words, lexicon, counties=True)
        # a force's area: a town that is no everyday word ("Early PD", "Young Onset PD" are Parkinson's), or
        # a region of two words or more ("Thames Valley Police")
        area = words if len(words) >= 2 and kind != "pd" else naming
        if _FORCE_KIND.fullmatch(kind) and any(_force_area(w, lexicon) and w not in GENERIC_WORDS for w in words):
            return True
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


def _force_area(word: str, lexicon: Any) -> bool:
    """A word that is no English word or given name: an area's own name or acronym ("Kawerau", "NSW", "CT").

    A clinical abbreviation names a service, not an area ("MH Police Station", "NHS Police Service"), unless it
    is also a state's code ("CT State Police", "NSW Police").
    """
    if lexicon.is_english(word) or word in lexicon.first_names:
        return False
    if len(word) > 4:
        return True  # a region's name the clinical list also holds ("Queensland Police")
    return word not in lexicon.clinical_words or word in _STATE_CODES or word in _AU_STATES


def _local_name(text: str, head: str, words: list[str], kind: str, lexicon: Any) -> bool:
    """A local provider's, charity's or shop's name: a town, or a word that is no English word or acronym.

    "Stockport Homes", "Gavin Foundation", "Petrakis Bakery" name one; an ordinary word ("Hope", "Great"),
    a surname that is also one ("Foster", "Gates"), an acronym ("HUD Housing"), an eponym's possessive
    ("Alzheimer's Foundation"), a nationality ("Thai Restaurant") and a public figure's surname that is also
    a town ("Clinton Foundation") do not.
    """
    housing = "hous" in kind or kind == "homes"
    if housing and _KIND_TAIL.search(head) and org_naming_word(head, {}):
        return True  # a named body's own housing service ("Rochdale Borough Council Housing Options")
    if housing and any(w in _TENURE_WORDS for w in words):
        return False
    if not text.isupper() and any(len(w) > 1 and w.isupper() for w in re.findall(r"[\w'’]+", head)):
        return False  # an acronym: a scheme or an agency ("HUD Housing", "DCFS Homes", "VASH Housing")
    shop = kind not in ("foundation", "commission") and not housing

    if kind.endswith("team") or kind.endswith("intervention service"):
        # a mental health team is named by its borough or town, listed or coined ("Croydon Crisis Team", "Lewisham
        # Home Treatment Team"), every word of it; never by a person, an ordinary word or a verb before it ("Sarah
        # Crisis Team", "Trust Liaison Team", "Contacted Okafor Crisis Team", "Whatsapped Crisis Team")
        start = 1 if len(words) > 1 and lexicon.is_everyday(words[0]) else 0  # a clause's word ("Under Croydon ...")
        return all(
            (_spelled_place(words, i, lexicon) and not lexicon.is_everyday(words[i]))
            or not (lexicon.is_common(words[i]) or lexicon.is_name(words[i]) or words[i].endswith("ed"))
            for i in range(start, len(words))
        )
    if kind in ("service", "services", "network"):
        # a service is named by its town ("Dolj Forensic Medicine Service"); a coined word before one is a
        # drug's, a device's or a rite's ("Spravato Service", "CareLink Network", "Shabbat Services")
        return any(_spelled_place(words, i, lexicon) and not lexicon.is_english(w) for i, w in enumerate(words))
    if words[0] in _ARTICLES and len(words) > 1 and shop:
        return True  # a shop's Spanish or French name ("El Rancho Supermarket", "La Fiesta Bakery")

    def naming(i: int) -> bool:
        word = words[i]
        if word.endswith(("'s", "’s")) or lexicon.is_everyday(word):
            return False
        if _spelled_place(words, i, lexicon) and not (shop and lexicon.is_english(word)):
            # a town ("Hard Rock Cafe" is none); one surname that is also a town names a public figure's
            # charity ("Clinton Foundation")
            return not (kind == "foundation" and len(words) == 1 and word in lexicon.last_names)
        if lexicon.is_english(word) or word in lexicon.clinical_words:
            return False
        # a given name alone names no provider ("Linux Foundation"); a shop's owner by a surname ("Thai", "Asian"
        # are given names in the lists and nationalities here)
        return not (word in lexicon.first_names and (shop or word not in lexicon.last_names))

    return any(naming(i) for i in range(len(words)))


@register_validator("prison_name")
def prison_name(value: str, params: Mapping[str, Any]) -> bool:
    """A prison's name is a town or words no dictionary knows, never a word of the clause ("HMP Today").

    "HMP Glyncoed", "HMP Wandsworth" and "HMP & YOI Doncaster" name one, and so does a town after a word of
    its own ("HMP Low Newton"); "HMP Styal Healthcare" and "HMP Remand" go on with an everyday or clinical
    word (the one-word pattern then finds "HMP Styal").
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    name = re.sub(r"^.*?(?:HMP[ \t]*(?:&|and)[ \t]*YOI|HMYOI|HMP|Prison)[ \t]+", "", value)
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words:
        return False

    def named(i: int) -> bool:
        return _spelled_place(words, i, lexicon) or not (lexicon.is_english(words[i]) or lexicon.is_everyday(words[i]))

    if len(words) == 2 and named(1) and words[1] in lexicon.places:
        return True  # a town spelled with a word of its own before it ("Low Newton", "Long Lartin")
    return _all_places(words, lexicon) or all(named(i) for i in range(len(words)))


def _residence_naming(words: list[str], i: int, lexicon: Any) -> bool:
    """A word that names a house: a town, or a name or word no dictionary knows ("Reyes", "Oxford").

    Kin and owners ("Grandma's", "Mom's"), rooms and buildings of a home ("Main", "Pool", "Coach", "Gate"),
    generic care ("Crisis", "Respite") and titles ("Bleak House") are all English words; a drug
    ("Suboxone House") is a clinical word no name holds.
    """
    word = words[i]
    stem = re.sub(r"['’]s$", "", word)
    if lexicon.is_everyday(stem) or lexicon.is_english(stem):
        return False
    if _spelled_place(words, i, lexicon):
        return True
    return not (word in lexicon.clinical_words and not lexicon.is_name(word))


@register_validator("residence_name")
def residence_name(value: str, params: Mapping[str, Any]) -> bool:
    """A shelter's or house's name holds a naming word (``_residence_naming``), not only everyday words.

    A house's or a lodge's name in everyday words ("Main House", "Hunting Lodge", "Crisis House", "Harbor
    House") reads as a building or a service; only a name, a town or a coined word marks a site.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,").lower() for w in value.split()[:-1]]
    return any(_residence_naming(words, i, lexicon) for i in range(len(words)))


@register_validator("va_area")
def va_area(value: str, params: Mapping[str, Any]) -> bool:
    """The word after "VA" is a place or region ("VA Boston", "VA CONNECTICUT"), never a clinical word."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    word = value.split()[1].lower()
    return word in lexicon.places or word in lexicon.regions


@register_validator("school_level_name")
def school_level_name(value: str, params: Mapping[str, Any]) -> bool:
    """A word before a school's level is a town or a word no dictionary knows ("Riverbend", "Kingsgrove")."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()[:-1]]
    parts = [p for w in words for p in w.split("-") if p]
    # one such word names it ("Kembangan Heights Secondary"); a clinical word never does ("Sickle Cell SS")
    return any(p in lexicon.places or not lexicon.is_common(p) for p in parts) and not any(
        p in lexicon.clinical_words and p not in lexicon.places for p in parts
    )


@register_validator("body_of_place")
def body_of_place(value: str, params: Mapping[str, Any]) -> bool:
    """The words after the body's "of"/"for" spell a known place or region, each place read whole."""
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    places = [m.group(1) for m in re.finditer(r"(?i)\b(?:of|for)[ \t]+(?:the[ \t]+)?([^,]+)", value)]
    if not places:
        return False
    for place in places:
        words = tuple(w.strip(".,'’").lower() for w in place.split())
        if len(words) > 1 and words[-1] in ("county", "parish", "borough"):  # "Juvenile Court of Fulton County"
            words = words[:-1]
        if not (words in lexicon.places.get(words[0], ()) or all(w in lexicon.regions for w in words)):
            return False
    return True


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


# Trade unions of the US, Canada, the UK, Ireland, Australia, New Zealand and South Africa, as their members
# name them before a local's number or a branch's place.
_UNIONS = (
    "IBEW|UFCW|SEIU|AFSCME|UAW|CWA|IUOE|USW|AFT|NEA|IAFF|ILA|ILWU|UNITE HERE|Teamsters|UNISON|Unison|GMB|Unite|"
    "RCN|RMT|ASLEF|NEU|PCS|Usdaw|USDAW|CUPE|OPSEU|NUPGE|AMWU|CFMEU|ANMF|HSU|NZNO|SIPTU|INMO|Fórsa|NUM|NUMSA|"
    "NEHAWU|DENOSA|POPCRU|SADTU"
)


@register_validator("practice_named_by_place")
def practice_named_by_place(value: str, params: Mapping[str, Any]) -> bool:
    """Every word before a practice's kind is a place's or a coined name ("ashgrove", "clifton").

    Never a word of English or of the clinic ("knee surgery", "day surgery", "weight loss surgery").
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.strip("'’-") for w in value.lower().split()[:-1]]
    kind_words = {"medical", "health"}
    names = [w for w in words if w not in kind_words]
    # a short unknown word is a procedure's letters as often ("ffs surgery", "tavi surgery"): a place or five letters
    return bool(names) and all(
        not (lexicon.is_english(w) or w in lexicon.clinical_words or lexicon.is_everyday(w))
        and (w in lexicon.places or len(w) >= 5)
        for w in names
    )


# Operations, body parts and words of a clinic's hours or kind that a "... Surgery" or "... Practice" after "GP"
# names ("GP: Day Surgery booked", "GP (Wisdom Tooth Surgery last year)", "GP: Out Of Hours Practice"): no practice.
_PROCEDURE_WORDS = frozenset(
    "day minor major keyhole knee hip eye cataract back spinal spine heart cardiac bariatric weight loss cosmetic "
    "plastic oral dental general emergency elective same laser lasik hand foot breast gastric bypass brain vascular "
    "hernia bowel ear nose throat ent urgent tooth wisdom removal injection cyst mole bunion joint procedure "
    "previous recent post awaiting open nil no out of hours walk in rural branch locum nurse discuss good happy "
    "led review practitioner private gallbladder appendix tonsil tonsils thyroid prostate colorectal orthopaedic "
    "orthopedic thoracic cardiothoracic paediatric pediatric liver kidney lung bladder shoulder wrist ankle elbow "
    "neck face skin".split()
)


@register_validator("gp_practice_name")
def gp_practice_name(value: str, params: Mapping[str, Any]) -> bool:
    """A GP's practice is named by a place, a name, a street or landmark, or a coined word ("Park Lane", "Lister").

    Never by an operation, an eponym or a body part ("Day Surgery", "Whipple Surgery", "Carpal Tunnel
    Surgery") nor by ordinary words alone ("Previous Surgery", "Locum Practice"), unless "The" opens it ("The Old School
    Surgery") or ``cued: true`` says a GP's field holds it ("GP: Parkway Surgery").
    """
    from confide.anonymize.lexicon import EPONYMS, load_lexicon

    lexicon = load_lexicon()
    words = [w.strip("'’-").lower() for w in value.split()]
    names = [w for w in words[:-1] if w not in ("the", "medical", "health", "family", "group")]
    if not names or any(w in _PROCEDURE_WORDS or w in EPONYMS for w in names):
        return False
    return words[0] == "the" or bool(params.get("cued")) or any(
        w in lexicon.places
        or (lexicon.is_name(w) and not lexicon.is_everyday(w))
        or w.title() in _LANDMARK_WORDS
        or not lexicon.is_common(w)
        for w in names
    )


_BODY_WORDS = frozenset("nhs foundation trust university health board".split())
# Services of British and Irish mental-health care, named by their area after them ("CAMHS Tallaght").
_AREA_SERVICES = "(?:" + "|".join(SERVICE_ACRONYMS) + ")"

# Streets and landmarks a British practice is named by ("The Lane Surgery", "The Limes Medical Practice").
_LANDMARK_WORDS = frozenset({w.title() for w in STREET_WORDS if len(w) > 3}) | frozenset(
    "Grove Green Park Parade Crescent Square Close Gardens Village Ridge Limes Elms Oaks Hollies Cedars "
    "Willows Beeches Laurels Orchard Meadows Mill Bridge Quay Priory Abbey Spinney Firs".split()
)
_LANDMARKS = "|".join(sorted(_LANDMARK_WORDS))

_HOLY_KINDS = r"(?:hospital|medical[ \t]+cent(?:er|re)|school|academy|college|church|parish|home)\b"

# A military unit by its number ("1st Battalion, 503rd Infantry Regiment", "82nd Airborne Division"): the
# kinds a count of teams or a league's division never takes ("3rd Division" of a league is none).
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+"
_ARM = r"(?:infantry|armou?red|airborne|marine|cavalry|mountain)"
_UNIT_KIND = (
    r"(?i:(?:" + _ARM + r"[ \t]+)?(?:battalion|brigade|regiment|squadron)|" + _ARM + r"[ \t]+division|airborne|marines|"
    r"cavalry|fleet)(?![\w'’-])"
)
_MILITARY_UNIT = _ORDINAL + r"(?:[A-Z][a-z]+[ \t]+)?" + _UNIT_KIND
# Games, sport and fire services number their fleets, regiments and brigades too ("1st Fleet in Stellaris",
# "the 5th Brigade arrived", "plays for the 2nd Marines"): one unit alone is a soldier's only after service.
_SERVICE_CUE = (
    r"(?i:\b(?:served|serving|serves|deployed|stationed|enlisted|assigned|attached|veteran|vet)(?:[ \t]+\w+){0,2}"
    r"[ \t]+(?:with|in|to|of|into|at)[ \t]+(?:the[ \t]+)?)"
)
# A base named after its kind ("Naval Station Mayport", "Joint Base Lewis-McChord") or before it ("Lackland AFB"),
# and a fort or camp where one served ("stationed at Fort Bragg"; a camp alone is a summer's).
_BASE_KIND = (
    r"(?:Naval[ \t]+(?:Air[ \t]+)?Station|Naval[ \t]+Base|Air[ \t]+Force[ \t]+Base|Marine[ \t]+Corps[ \t]+"
    r"(?:Base|Air[ \t]+Station|Recruit[ \t]+Depot)|Joint[ \t]+Base|Army[ \t]+Garrison|"
    r"NAVAL[ \t]+(?:AIR[ \t]+)?STATION|NAVAL[ \t]+BASE|AIR[ \t]+FORCE[ \t]+BASE|JOINT[ \t]+BASE)"
)
_BASE_AFTER = r"(?:AFB|Air[ \t]+Force[ \t]+Base|AIR[ \t]+FORCE[ \t]+BASE)"
_POST_KIND = r"(?:Fort|Ft\.?|Camp|FORT|FT\.?|CAMP)"
_BASE_WORDS = re.compile(r"^(?:" + _BASE_KIND + r"|" + _POST_KIND + r")[ \t]+|[ \t]+" + _BASE_AFTER + r"$")
# A school of a state's system by its campus town ("UMass Lowell", "UNC Greensboro", "UC DAVIS"), and a state
# university by its state and its side ("Ohio State", "Georgia Tech", "Georgia Southern"). A name in capitals
# or Title Case; a word of its own after it ("Iowa State Fair", "Texas State Board") is another body's.
_SYSTEM = r"(?:UNC|UMass|UMASS|UC|UT|UW|SUNY|CUNY|UConn|UCONN|UMD|CSU|LSU|USF|Cal[ \t]+State|CAL[ \t]+STATE)"
_STUDENT = (
    r"(?i:students?|grads?|graduates?|alum(?:ni|nus|na|s)?|campus|dorms?|freshm[ae]n|sophomores?|juniors?|seniors?|"
    r"undergrads?|professors?|football|basketball)\b"
)
_TOWN_WORDS = r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t]+(?!" + _STUDENT + r")[A-Z]{3,})?)"
# a state of two words opens with one of these ("North Carolina State"; never "Visited Ohio State")
_STATE_WORDS = r"(?:(?:New|North|South|West|Rhode|NEW|NORTH|SOUTH|WEST|RHODE)[ \t]+)?(?:[A-Z][a-z]+|[A-Z]{3,})"
_SCHOOL_END = (
    r"(?![\w'’-])(?![ \t]+(?:(?!" + _STUDENT + r")[A-Z][A-Za-z]|(?i:hospital|police|patrol|prison|court|troopers?|"
    r"line|border|parks?|hwy|highway|route|road|fair|board|senate|legislature|government|capitol|laws?|tax(?:es)?)\b))"
)
# Southern, Northern, Eastern and Western follow a state as a side of it ("Georgia Southern accent",
# "Carolina Eastern time"): as a school only after attending it or before its students.
_STATE_SIDE = r"(?:Southern|Northern|Eastern|Western|SOUTHERN|NORTHERN|EASTERN|WESTERN)"
_SCHOOL_CUE = (
    r"(?i:\b(?:(?:attends?|attended|attending|enrolled|studying|studied|students?|freshman|sophomore|junior|senior|"
    r"roommates?|professor|coach|['’]re|['’]m|am|are|is|was|were)[ \t]+(?:at|in)|(?:go|goes|going|went|gone|"
    r"transferr?(?:ed|ing)?|accepted|admitted|applied|apply)[ \t]+(?:to|into|at|from)|(?:graduated|grad|graduate|"
    r"degree|alum|alumn[ai]|dropped[ \t]+out)[ \t]+(?:from|of|at))[ \t]+)"
)
# Cues of living, staying, placement or treatment at a site, before its name ("staying at", "kicked out of",
# "transfer to", "moved into the").
# A genetic test's or a lab's word after an acronym of a hospital's shape ("CGH array", "CGH microarray").
_NOT_A_TEST = r"(?![ \t]+(?i:array|microarray|analysis|testing|test|result)\b)"
_RESIDENCE_CUE = (
    r"(?i:\b(?:stay(?:s|ed|ing)?|liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing)|moved|move|admitted|admission|placed|"
    r"placement|discharged|d/c'?d|transferr?(?:ed|ing)?|transfer|returned|kicked[ \t]+out|thrown[ \t]+out|"
    r"evicted|bed|beds|waitlisted|wait-listed|graduated|sober[ \t]+house|halfway[ \t]+house|shelter|"
    r"program)[ \t]+(?:(?:back|over|up)[ \t]+)?(?:at|to|into|in|from|of|for)[ \t]+(?:the[ \t]+)?"
    r"|\b(?:accepted|declined)[ \t]+by[ \t]+)"
)
# A British prison's title, opening the name group ("HMP", "HMYOI", "HMP & YOI", "HM Prison").
_PRISON_TITLE = r"(?<![\w/])(?P<pii>(?:HMP[ \t]*(?:&|and)[ \t]*YOI|HMYOI|HMP|HM[ \t]+Prison)"
# Where a site's kind is said and its own name follows in brackets: "the memory care place (Birch Hollow)".
_KIND_BEFORE_BRACKET = (
    r"(?i:memory[ \t]+care|assisted[ \t]+living|nursing[ \t]+home|group[ \t]+home|rehab|detox|hospice|shelter|"
    r"hospital|clinic|facility|school|daycare|day[ \t]+care|program|practice)(?:[ \t]+(?i:place|facility|home|unit))?"
)

# Services listed together are two sites ("Paramus PD and Paramus EMS", "Salem Police & Fire"): a name runs
# over no agency's kind that a joiner follows.
_NOT_LISTED = r"(?!(?:PD|FD|EMS|SO|Police|POLICE|Fire|FIRE)[ \t]+(?:and|&|AND)[ \t])"
# Fire apparatus and dispatch words after a town's "Fire" ("Lakeland Fire Rescue 3", "ELKO FIRE MEDIC 1"),
# and the cues of a crew bringing someone in ("BIB Anchorage Fire"); a wildfire ("the Camp Fire") has neither.
_APPARATUS = (
    r"(?i:rescue|medic|engine|eng|truck|ladder|squad|station|battalion|units?|crews?|enrt|en[ \t]+route|"
    r"on[ \t]+scene|responded|arrived|transported|dispatched|ems|paramedics?)\b"
)
_CREW_CUE = r"(?i:\b(?:bib|by|per|with|w/|and|&)[ \t]+)"
_FIRE_NAME = r"(?!(?i:bib|biba)\b)" + _WORD + r"(?:[ \t]+" + _WORD + r")?[ \t]+(?:Fire|FIRE)"
# What burns or where: a fire's kind, never a service's town ("Forest Fire crews", "Grease Fire engine").
_FIRE_TYPES = frozenset(
    "forest brush grass wildland bush vehicle car kitchen grease house structure trash dumpster electrical "
    "chimney field camp range chemical oil tire rubbish garage attic barn".split()
)
# Rooms, lots and units after a site's name: a motel, a park of homes or an apartment block where someone
# was found ("Red Roof Inn, room 112", "Shady Pines Trailer Court lot 14", "Skyline Towers apt complex, bldg C").
_LODGING = (
    r"(?:Motel|Inn|Hotel|Suites|Lodge|Mobile[ \t]+Home[ \t]+(?:Park|Court|Estates)|Trailer[ \t]+(?:Park|Court)|"
    r"RV[ \t]+Park|Apartments|Apts|Towers|Gardens|Commons|Estates|Village|Manor|Terrace)"
)
_SITE_UNIT = (
    r"(?:[ \t]+(?i:senior[ \t]+)?(?i:apt|apartment|apts|apartments)(?:[ \t]+(?i:complex|bldg|building))?)?"
    r"[ \t]*,?[ \t]*(?i:rm|room|lot|unit|apt|bldg|building|space|site|trailer|#)\.?[ \t]*#?[ \t]*(?:\d|[A-Z]\b)"
)
# A school's acronym: U first or last, or a community college's CC ("UCSC", "GMU", "UWM", "GCC"); never a
# unit's (ICU, CCU, PCU, ITU, HDU, EDU: a letter C, T or D before the U) nor a urine test.
_SCHOOL_ACRONYM = r"(?:U[A-Z]{2,4}|[A-Z]{1,3}(?<![CTD])U|[A-Z]{1,3}CC|[A-Z]{2,3}(?<![CTD])U[A-Z])"
_NOT_SCHOOL = frozenset("uni uti uds ua ucg upt usg urti uri usa uk us ucc pcc acc scc usps".split())
# Wards and units of the same shape ("AMU students" are on the ward): an assessment, a baby's or a mother's unit.
_WARD_ACRONYMS = frozenset("amu mau eau sau epu mbu bpu apu pau dsu scbu sdu cdu mhu pdu emu".split())
# Cues of study only: a ward is where one is "admitted to", "transferred to" or "at" ("admitted to AMU",
# "he's at MBU"), and "i'm at usps" is a shop; a school's acronym follows a student's words.
_STUDY_CUE = (
    r"(?i:\b(?:attends?|attended|attending|enrolled|studying(?:[ \t]+\w+)?|studied(?:[ \t]+\w+)?|students?|"
    r"freshman|sophomore|junior|senior|class(?:es)?|semester|majoring[ \t]+in[ \t]+\w+|roommates?|professor|"
    r"tutor|dorms?)[ \t]+(?:at|@)[ \t]+|"
    r"\b(?:graduated|grad|dropped[ \t]+out)[ \t]+(?:from|of)[ \t]+|\bgoes[ \t]+to[ \t]+)"
)

# A police force's acronym by its shape ("CHP", "FHP", "NJSP", "LAPD") before a dispatch word: a state's
# highway patrol or state police, a city's department; never a clinical or a worker's acronym of the same
# shape ("COPD", "MHP", "BHP", "DSP"). A patrol's or state police's letters open with a state's code or one of
# the single letters the states' own forces use.
_FORCE_ACRONYM = r"(?:[A-Z]{2,4}PD|[A-Z]{1,2}HP|[A-Z]{1,2}SP)"
_STATE_CODES = frozenset(code.lower() for code in US_STATES.split("|")) - {"pr"}  # the fifty states and DC
_AU_STATES = frozenset("nsw vic qld tas act nt sa wa".split())
_FORCE_LETTERS = {"hp": frozenset("c f n o t k".split()), "sp": frozenset("m v p w o".split())}
_DISPATCH = r"(?i:on[ \t]+scene|responded|responding|enrt|en[ \t]+route|arrived|notified|troopers?|officers?|units?)\b"
# A parish, school or hospital named for Mary, where someone goes ("the funeral is at Our Lady of Guadalupe");
# never the prayer's figure ("prayed to Our Lady of Guadalupe").
_MARY_NAME = r"(?:[A-Z][a-z]+|[A-Z]{3,})"
# "from" alone is where comfort or a blessing comes from ("comfort from Our Lady of Guadalupe"): only a
# school's or a parish's leaving ("graduated from") names the site.
_MARY_CUE = (
    r"(?i:\b(?:at|attends?|attended|attending|parish|church|school|mass|funeral|wedding|buried|"
    r"(?:graduated|discharged|released)[ \t]+from)[ \t]+(?:the[ \t]+)?)"
)
# A day or a month after the name is the date of the mass, no word of it ("Our Lady of Lourdes Tuesday").
_MARY_MORE = (
    r"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b)"
)
# A bar, pub or shop named with "The" and its kind in lower case after a cue of place ("from The Dugout bar",
# "drinking at The Rusty Anchor pub"): the capital "The" inside a sentence makes the words a name.
_VENUE = r"(?:bar|pub|tavern|saloon|lounge|nightclub|club|diner|motel|restaurant|cafe|café|gym|shelter|church)"
_VENUE_CUE = r"\b(?:at|from|outside|behind|near|to|by|of|in)[ \t]+"
# The holders a state office is named for; the name ends with the title ("Office of the Public Guardian
# Tuesday", "OFFICE OF THE PUBLIC GUARDIAN NOTIFIED"), and "Chief Complaint" is a note's header, no holder.
_HOLDERS = (
    "Medical Examiner|Medical Officer|Psychiatrist|Coroner|Guardian|Advocate|Trustee|Defender|Public Defender|"
    "Attorney|Prosecutor|Auditor|Ombudsman|Fire Marshal|Health Officer|Inspector|Social Worker|Child Advocate|"
    "Mental Health Advocate|Examiner"
)
_HOLDER = "(?:" + longest_first(_HOLDERS) + "|" + upper_alternatives(longest_first(_HOLDERS)) + ")"

# Public bodies named by the place they serve ("Superior Court of California", "CORONERS COURT OF VICTORIA",
# "Mental Health Tribunal for Scotland", "Medical Board of California"), with a county seat after a comma
# ("..., COUNTY OF SANTA CLARA"): the words after "of"/"for" must spell a known place (``body_of_place``).
_BODY = r"(?:Court|Tribunal|Board|COURT|TRIBUNAL|BOARD)"
# The words a court's or a board's name opens with ("Superior", "Coroners", "Medical"); no verb or name before it
_BODY_ADJECTIVE_WORDS = (
    "Superior|Supreme|District|County|Juvenile|Family|Probate|Circuit|Coroners|Coroner's|Coroners'|Medical|Nursing|"
    "Parole|Mental|Health|Guardianship|Licensing|Dental|Pharmacy|Youth|Children's|Crown|High|Appeals?|Refugee|"
    "Immigration|Land|Housing|Administrative|Civil|Criminal|Sheriff|Magistrates'?|Federal|State|Provincial"
)
_BODY_ADJECTIVES = "(?:" + _BODY_ADJECTIVE_WORDS + "|" + _BODY_ADJECTIVE_WORDS.upper() + ")"
_PLACE_WORDS = r"[A-ZÀ-Þ][\wÀ-ÿ'’-]*(?:[ \t]+[A-ZÀ-Þ][\wÀ-ÿ'’-]*){0,2}"
_OF = r"[ \t]+(?:of|for|OF|FOR)[ \t]+(?:(?:the|THE)[ \t]+)?"

# A GP's practice in lower case by the kind word that ends it, after the GP's cue on its line ("gp dr hanley,
# irishtown medical."); an operation's or a department's word is no name ("gp says needs general surgery").
_GP_CUE = r"(?i:\b(?:gp|g\.p\.|general[ \t]+practitioner|registered[ \t]+with)\b)[^\n]{0,50}?"
_NOT_GP_NAME = (
    r"(?!(?i:general|cardiac|plastic|spinal|dental|eye|oral|bariatric|vascular|day|minor|major|keyhole|elective|"
    r"emergency|urgent|acute|previous|prior|recent|past|further|private|her|his|their|the|my|our|a|any|same|own|"
    r"local|nearest|new|old|current|usual|medical|internal|needs?|says?|had|has|for|to|at)\b)"
)
_LOWER_GP_PRACTICE = (
    _GP_CUE + r"(?<![\w'’-])(?P<pii>" + _NOT_GP_NAME + r"[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]+"
    r"(?:surgery|medical(?:[ \t]+(?:centre|center|practice))?|health[ \t]+centre|practice))(?=[ \t]*(?:[.,;)\n]|$))"
)

PATTERNS: list[dict[str, Any]] = [
    {
        # in lower case a word of the name must name something ("irishtown medical"; never "gp says medical")
        "name": "gp_practice_lower",
        "regex": _LOWER_GP_PRACTICE,
        "score": 0.55,
        "validators": [{"name": "site_naming_word"}],
    },
    {
        "name": "body_of_place",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _BODY_ADJECTIVES + r"[ \t]+){0,2}" + _BODY + _OF + _PLACE_WORDS
        + r"(?:,[ \t]+(?:County|COUNTY)" + _OF + _PLACE_WORDS + r")?)(?![\w'’-])",
        "score": 0.6,
        "gate": r"(?i)(?:court|tribunal|board)\s+(?:of|for)\s",
        "validators": [{"name": "body_of_place"}],
    },
    {
        # Irish schools by their name in Irish ("Gaelscoil Bhríde", "Coláiste Muire", "Coláiste na Trócaire"): the
        # kind comes first and is never an English word
        "name": "irish_school",
        "regex": r"\b(?P<pii>(?:Gaelscoil|Gaelcholáiste|Gaelcholaiste|Coláiste|Colaiste|Scoil|Meánscoil|Gaelscoileanna|"
        # and Afrikaans schools ("Hoërskool Duinekruin", "Laerskool Die Wilgers")
        r"Hoërskool|Hoerskool|Laerskool)"
        r"[ \t]+(?:na[ \t]+|an[ \t]+)?[A-ZÀ-Þ][\wÀ-ÿ'’-]+"
        # (a second word, never a record's next label: "Hoërskool Duinekruin Learner: ...")
        r"(?:[ \t]+(?:na[ \t]+|an[ \t]+)?(?![\wÀ-ÿ'’-]+:)[A-ZÀ-Þ][\wÀ-ÿ'’-]+)?)",
        "score": 0.6,
    },
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
        "regex": r"\b(?P<pii>(?:The|THE)[ \t]+(?:" + _LANDMARKS + r"|" + upper_alternatives(_LANDMARKS) + r")[ \t]+"
        r"(?:Surgery|Medical Practice|Practice|Medical Centre|Health Centre|SURGERY|MEDICAL PRACTICE|PRACTICE|"
        r"MEDICAL CENTRE|HEALTH CENTRE))\b",
        "score": 0.6,
    },
    {
        # ... and by the street it is on, with the street's own name ("my gp at Broad Street surgery", "GP: Dr L.
        # Hoang, Norton Street Medical", "Corbett Street Primary", "BRIDGE STREET PRIMARY"); never "the Street surgery"
        "name": "practice_on_named_street",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _WORD + r"[ \t]+){1,2}(?:" + _LANDMARKS + r")[ \t]+"
        r"(?:[Ss]urgery|Medical(?:[ \t]+(?:Practice|Centre|Center))?|Health[ \t]+Centre|Primary(?:[ \t]+School)?)"
        r"|(?:(?!(?i:" + _STOP + r"))[A-Z][A-Z'’-]+[ \t]+){1,2}(?:" + upper_alternatives(_LANDMARKS) + r")[ \t]+"
        r"(?:SURGERY|MEDICAL(?:[ \t]+(?:PRACTICE|CENTRE|CENTER))?|HEALTH[ \t]+CENTRE|PRIMARY(?:[ \t]+SCHOOL)?))"
        r"(?![\w'’-])",
        "score": 0.6,
    },
    {
        # A GP's practice in its field or brackets, whatever words name it ("GP: The Old School Surgery", "GP (PARK
        # LANE SURGERY)", "GP: Church Street Surgery, Leeds"); never an operation ("GP: Day Surgery booked")
        "name": "practice_after_gp",
        "regex": r"\b(?:GP|G\.P\.)(?:[ \t]*[:(][ \t]*|[ \t]+(?:at|is|practice:?)[ \t]+)"
        # the doctor may come first ("GP: Dr Patel, Riverside Surgery", "GP: Dr A. Khan at Moor Lane Surgery")
        # (in capitals too, and with both names: "GP: DR AOIFE LYNCH, BRIDE VIEW MEDICAL")
        r"(?:(?i:dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?"
        r"(?:,[ \t]*|[ \t]+at[ \t]+))?"
        r"(?P<pii>(?:(?:The|THE)[ \t]+)?(?:[A-Z][A-Za-z'’-]+[ \t]+){1,3}"
        r"(?:Surgery|SURGERY|Practice|PRACTICE|Medical Centre|MEDICAL CENTRE|Health Centre|HEALTH CENTRE"
        # ... "Medical" alone only closing its clause ("Bride View Medical."; never "Previous Medical History")
        r"|(?:Medical|MEDICAL)(?=[ \t]*(?:[.,;)\n]|$))))\b"
        # a practice's staff, never its name ("GP: Locum Practice Nurse")
        r"(?![ \t]+(?i:nurse|manager|team|staff|pharmacist)\b)",
        "score": 0.6,
        # (after the GP's field any words name it, "Parkway Surgery" too, but an operation's or an eponym's)
        "validators": [{"name": "gp_practice_name", "cued": True}],
    },
    {
        # The same in lower case, as speech recognition writes it ("gp at ashgrove surgery in paisley",
        # "clifton medical practice"): the words before the kind a place's or a coined name only
        "name": "practice_lower_case",
        "regex": r"(?<![\w'’-])(?P<pii>"
        r"(?!(?:the|a|an|at|to|from|with|in|on|my|his|her|our|your|their|of|for|and|day)\b)"
        r"[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?"
        r"[ \t]+(?:surgery|medical[ \t]+practice|medical[ \t]+centre|health[ \t]+centre))\b",
        "score": 0.6,
        "validators": [{"name": "practice_named_by_place"}],
    },
    {
        # A trade union's local by its number ("IBEW Local 213", "Teamsters Local 710") and its branch by its
        # place ("UNISON Glasgow City Branch", "NUM Rustenburg Branch")
        "name": "union_local_or_branch",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _UNIONS + r")(?:[ \t]+Local[ \t]+\d{1,4}"
        r"|(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+Branch))\b",
        "score": 0.6,
    },
    {
        # "Dunmore District Court", "NORWOOD PD", "Ebenezer Baptist", "Tolland Probate and Family Court"
        "name": "named_organisation_kind",
        # a thing bought or begun is no site ("a new Kallax Unit"): no article or "new" before the name
        "regex": r"(?<![\w/])(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Nn]ew )"
        r"(?P<pii>(?:(?:St|ST|Saint|SAINT)\.?[ \t]+)?" + _WORD + r"(?:" + _JOIN + _NOT_LISTED + _WORD + r"){0,4}"
        r"[ \t]+" + _NAMED_KIND + r")(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "org_naming_word"}],
    },
    {
        # "Lakeland Fire Rescue 3", "BIB Anchorage Fire": a town's fire service by its apparatus or a crew's cue
        "name": "fire_service",
        "regex": r"(?<![\w/])(?P<pii>" + _FIRE_NAME + r")(?=[ \t]+" + _APPARATUS + r")",
        "score": 0.55,
        "validators": [{"name": "fire_service_area"}],
    },
    {
        "name": "fire_service_cued",
        "regex": _CREW_CUE + r"(?P<pii>" + _FIRE_NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "fire_service_area"}],
    },
    {
        # "NYPD 20th Precinct", "the 75th Precinct": a city's police house by its number
        "name": "police_precinct",
        "regex": r"\b(?P<pii>(?:[A-Z]{2,5}[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Precinct|PRECINCT))\b",
        "score": 0.55,
    },
    {
        # "Sunny Acres Mobile Home Park, lot 31", "BEST WESTERN ELKO RM 208" is left to the brand list
        "name": "lodging_with_unit",
        "regex": r"(?<![\w/])(?P<pii>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}[ \t]+(?:" + _LODGING + r"|"
        + upper_alternatives(_LODGING) + r"))(?=" + _SITE_UNIT + r")",
        "score": 0.55,
        "validators": [{"name": "lodging_name"}],
    },
    {
        # A motel or an inn by its own name, where outreach finds people ("benny @ Palms Motel on Van Buren St",
        # "Budget Inn on Route 9"): these two kinds name a place to stay whatever follows, unlike "Lodge",
        # "Towers" or "Village", which also end clubs, wards and streets.
        "name": "motel_or_inn",
        "regex": r"(?<![\w/])(?P<pii>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+(?:Motel|Inn|MOTEL|INN)"
        r"(?:[ \t]+(?:&|and)[ \t]+Suites)?)(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "lodging_name"}, {"name": "not_lodging_chain"}],
    },
    {
        # A school by its town or name and level alone, after a cue of schooling and closing the clause ("move to
        # Kingsgrove High next year", "Gr 5, Riverbend PS.", "Year 11, Steveston-London Secondary)"): the level
        # words are a risk's, a care's or a finding's elsewhere ("Self Harm High", "Boston Primary care",
        # "Zubrod PS", "Sickle Cell SS").
        "name": "school_level_cued",
        "regex": r"(?:\b(?:attends?|attended|attending|at|to|from|pupil|student|school|excluded|[Ss]etting)\b:?|"
        r"\b(?:Gr|Grade|Year|Yr)[ \t]*\d{1,2},)[ \t]+(?P<pii>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}[ \t]+"
        r"(?:High|Secondary|Primary|Poly|Polytechnic|PS|HS|MS|SS))(?=[ \t]*(?:[.,;:)(/]|\n|$)|"
        r"[ \t]+(?:next|this|last|since|school|after|where|when|until)\b)",
        "score": 0.55,
        "gate": r"(?:High|Secondary|Primary|Poly|Polytechnic|PS|HS|MS|SS)\b",
        "validators": [{"name": "school_level_name"}],
    },
    {
        # "GMU student", "studying nursing at UWM", "class at GCC", "he's at ucsc": a school by its acronym
        "name": "school_acronym_cued",
        "regex": _STUDY_CUE + r"(?P<pii>(?-i:" + _SCHOOL_ACRONYM + r"))(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "school_acronym"}],
    },
    {
        # "he's at UCSC": after being somewhere only a university's own U, in capitals ("she's at MBU" is a ward,
        # "i'm at usps" a shop)
        "name": "school_acronym_being_at",
        "regex": r"(?i:\b(?:he|she|they|i)['’]?(?:s|re|m)[ \t]+at[ \t]+)(?P<pii>U[A-Z]{2,4})(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "school_acronym"}],
    },
    {
        "name": "school_acronym_students",
        "regex": r"\b(?P<pii>" + _SCHOOL_ACRONYM + r")(?=[ \t]+" + _STUDENT + r")",
        "score": 0.55,
        "validators": [{"name": "school_acronym"}],
    },
    {
        "name": "force_acronym_dispatch",
        "regex": r"\b(?P<pii>" + _FORCE_ACRONYM + r")(?=[ \t]+" + _DISPATCH + r")",
        "score": 0.55,
        "validators": [{"name": "force_acronym"}],
    },
    {
        "name": "our_lady_of_site",
        "regex": _MARY_CUE
        + r"(?P<pii>(?i:our[ \t]+lady[ \t]+of)[ \t]+"
        + _MARY_NAME
        + r"(?:[ \t]+"
        + _MARY_MORE
        + _MARY_NAME
        + r")?)",
        "score": 0.55,
    },
    {
        "name": "the_named_venue",
        # a band's name and "bar by bar" is no venue ("sang along to The Killers bar by bar")
        "regex": _VENUE_CUE
        + r"(?P<pii>The[ \t]+(?:[A-Z][a-z'’]+[ \t]+){0,2}[A-Z][a-z'’]+)(?=[ \t]+"
        + _VENUE
        + r"\b(?![ \t]+by[ \t]+"
        + _VENUE
        + r"\b))",
        "score": 0.55,
    },
    {
        # "Office of the Chief Psychiatrist", "OFFICE OF THE PUBLIC GUARDIAN": a state office by its holder
        "name": "office_of_the_holder",
        "regex": r"\b(?P<pii>(?:Office|OFFICE)[ \t]+(?:of|OF)[ \t]+(?:the|THE)[ \t]+(?:Chief|Public|State|CHIEF|PUBLIC|"
        r"STATE)[ \t]+" + _HOLDER + r")(?![\w'’-])",
        "score": 0.55,
    },
    {
        # "Released from HMP Styal", "HMYOI Polmont", "HMP & YOI Doncaster": a British prison by its name
        # after the title, in Title Case or capitals (the title is never a word of English)
        "name": "prison_title",
        "regex": _PRISON_TITLE + r"[ \t]+" + _WORD + r"[ \t]+" + _WORD + r")(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "prison_name"}],
    },
    {
        # "HMP Grendon Therapeutic Community": the title's one-word name where two words name no prison
        "name": "prison_title_one",
        "regex": _PRISON_TITLE + r"[ \t]+" + _WORD + r")(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "prison_name"}],
    },
    {
        # "staying at Harbor House", "kicked out of Samaritan Inn", "transfer to Friendly House": a shelter or
        # sober house named by an everyday word, after a cue of residence, placement or treatment
        "name": "residence_named_cued",
        "regex": _RESIDENCE_CUE + r"(?P<pii>(?:[A-Z][a-z'’-]+[ \t]+){1,2}"
        r"(?:House|Inn|Lodge|Mission|HOUSE|INN|LODGE|MISSION)"
        r"|(?:[A-Z][A-Z'’-]+[ \t]+){1,2}(?:HOUSE|INN|LODGE|MISSION))(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "residence_name"}],
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
        # title names a site before its kind, or after a cue of care or transfer (never "pray to holy trinity"),
        # or where one worships ("Mass at Holy Spirit"; never "worship to Holy Spirit")
        "name": "holy_title_site",
        "regex": r"(?i)\b(?:(?:intubat\w*|admit\w*|transferr?\w*|tx'?d|sent|seen|treated|hospitali[sz]ed|delivered|"
        r"born|discharged?|surgery|stay(?:ed)?|\d{4})[ \t]+(?:at|to|from)[ \t]+|"
        r"(?:mass|services?|worship|parishioner)[ \t]+at[ \t]+|"
        r"(?=holy[ \t]+[a-z]+[ \t]+"
        + _HOLY_KINDS
        + r"))(?P<pii>holy[ \t]+(?:family|cross|name|redeemer|trinity|innocents|rosary|ghost|spirit|angels)(?:[ \t]+"
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
        "regex": r"(?i:\b(?:at|to|from|the|with)\s+|\bw/\s*)"
        r"(?P<pii>VA\s+(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{3,}))?"
        r"(?:\s+-\s+(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{3,}))?)?)",
        "score": 0.6,
        "validators": [{"name": "va_area"}],
    },
    {
        # "1st Battalion, 503rd Infantry Regiment", "82ND AIRBORNE DIVISION": two units, or a division of an arm
        "name": "military_unit",
        "regex": r"\b(?P<pii>" + _MILITARY_UNIT + r",[ \t]+" + _MILITARY_UNIT + r"|" + _ORDINAL
        + r"(?:[A-Z][a-z]+[ \t]+)?(?i:" + _ARM + r"[ \t]+division)(?![\w'’-]))",
        "score": 0.6,
    },
    {
        # "served with the 2nd Marines", "deployed with the 1st Fleet": one unit after service
        "name": "military_unit_served",
        "regex": _SERVICE_CUE + r"(?P<pii>" + _MILITARY_UNIT + r"(?:,[ \t]+" + _MILITARY_UNIT + r")?)",
        "score": 0.6,
    },
    {
        # "Naval Station Mayport", "JOINT BASE LEWIS-MCCHORD", "Lackland AFB": a base by its name
        "name": "military_base",
        "regex": r"\b(?P<pii>" + _BASE_KIND + r"[ \t]+" + _WORD + r"(?:[ \t]+" + _WORD + r")?|" + _WORD + r"[ \t]+"
        + _BASE_AFTER + r")(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "base_name"}],
    },
    {
        # "stationed at Fort Bragg", "deployed to Camp Lejeune"
        "name": "military_post_served",
        "regex": _SERVICE_CUE + r"(?P<pii>" + _POST_KIND + r"[ \t]+" + _WORD + r"(?:[ \t]+" + _WORD + r")?)(?![\w'’-])",
        "score": 0.6,
        "validators": [{"name": "base_name"}],
    },
    {
        # "UMass Lowell", "UC DAVIS": a state system's campus
        "name": "state_system_campus",
        "regex": r"\b(?P<pii>" + _SYSTEM + r"[ \t]+" + _TOWN_WORDS + r")" + _SCHOOL_END,
        "score": 0.55,
        "validators": [{"name": "school_of_state"}],
    },
    {
        # "Ohio State", "Georgia Tech", "OHIO STATE GRADUATE"
        "name": "state_school",
        "regex": r"\b(?P<pii>" + _STATE_WORDS + r"[ \t]+(?:State|Tech|STATE|TECH))" + _SCHOOL_END,
        "score": 0.55,
        "validators": [{"name": "school_of_state"}],
    },
    {
        # "my roommate at Georgia Southern", "transferred to Missouri Western"
        "name": "state_school_side_attended",
        "regex": _SCHOOL_CUE + r"(?P<pii>" + _STATE_WORDS + r"[ \t]+" + _STATE_SIDE + r")" + _SCHOOL_END,
        "score": 0.55,
        "validators": [{"name": "school_of_state"}],
    },
    {
        # "Georgia Southern students", "TEXAS SOUTHERN ALUMNI"
        "name": "state_school_side_students",
        "regex": r"\b(?P<pii>" + _STATE_WORDS + r"[ \t]+" + _STATE_SIDE + r")(?=[ \t]+" + _STUDENT + r")",
        "score": 0.55,
        "validators": [{"name": "school_of_state"}],
    },
    {
        "name": "site_named_in_brackets",
        "regex": r"\b" + _KIND_BEFORE_BRACKET + r"[ \t]*\([ \t]*(?P<pii>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})"
        r"[ \t]*\)",
        "score": 0.55,
        "validators": [{"name": "bracketed_site_name"}],
    },
    {
        # a signature or letterhead line ending in the institution's acronym: "Psychology, KWSP",
        # "Office of Student Services, RVU"
        "name": "site_acronym_after_department",
        "regex": r"(?m)\b(?:Psychology|Psychiatry|Services|Department|Dept\.?|Office|Medicine|Clinic|Program)[ \t]*,"
        r"[ \t]*(?P<pii>[A-Z]{3,6})[ \t]*$",
        "score": 0.55,
        "validators": [{"name": "site_acronym"}],
    },
    {
        # a hospital's acronym by its shape after a preposition of care ("stented at RWMC", "through the KMC
        # heart failure program", "admitted in TTSH"), or a chat's "is at" in other Englishes: Pidgin "dey",
        # Swahili "yuko", Tagalog "nasa" ("she dey KATH", "Mercy yuko KNH", "nasa PGH si lola")
        "name": "site_acronym_after_preposition",
        "regex": r"(?i:\b(?:at|to|from|through|via|in|into|dey|yuko|yupo|nasa)[ \t]+(?:the[ \t]+)?)(?P<pii>"
        + HOSPITAL_ACRONYM + r")\b(?![-/])" + _NOT_A_TEST,
        "score": 0.55,
        "validators": [{"name": "site_acronym"}],
    },
    {
        # a hospital's acronym at a transfer's arrow ("VGH -> Royal Columbian", "SGH Ward 57 -> BVH"); a test's or a
        # procedure's acronym of the same shape ("TTE -> LHC", "Biopsy -> IHC", "FBC -> MCHC") is clinical
        "name": "site_acronym_at_arrow",
        "regex": r"(?:(?:->|→)[ \t]*|(?<![\w/-])(?=[A-Z]{2,3}H(?:[ \t]+Ward[ \t]+\w+)?[ \t]*(?:->|→)))"
        r"(?P<pii>[A-Z]{2,3}H)\b(?![-/])" + _NOT_A_TEST,
        "score": 0.55,
        "validators": [{"name": "site_acronym", "strict": True}],
    },
]


_STATE_NAMES_ALONE = frozenset({"washington", "new york", "new"})


@register_validator("school_of_state")
def school_of_state(value: str, params: Mapping[str, Any]) -> bool:
    """A state system's campus is a town; a state school's words before its side are a state.

    "UMass Lowell", "UC Davis": after the system's acronym every word is a town that is no everyday word
    ("UT Southwestern" is left out, "UC Berkeley" counts). "Ohio State", "Georgia Tech", "Mass State":
    the words before "State", "Tech" or a side are a state (or its short form). "Washington State" and
    "New York State" name the state itself more often than a school. The patterns judge the context: a
    word of the name's own after it ("Iowa State Fair") ends no school, and a side ("Southern") needs a
    cue of attending before it or its students after it.
    """
    from confide.anonymize.lexicon import load_lexicon

    lexicon = load_lexicon()
    words = [w.lower() for w in value.split()]
    system = re.match(_SYSTEM + r"[ \t]+", value)
    if system:
        # a town spelled in full ("Chapel Hill", "Santa Barbara"); one word alone no everyday word
        town = value[system.end() :].lower().split()
        return _all_places(town, lexicon) and not (len(town) == 1 and lexicon.is_everyday(town[0]))
    state = " ".join(words[:-1])
    if state in _STATE_NAMES_ALONE:
        return False
    return all(w in lexicon.regions for w in words[:-1]) or (len(words) == 2 and _state_short(words[0]))


@register_validator("base_name")
def base_name(value: str, params: Mapping[str, Any]) -> bool:
    """A base's or a fort's name is a place or a person's ("Naval Station Norfolk", "Joint Base Andrews").

    Capitals after "Joint Base" may go on with a finding or the sentence ("JOINT BASE SWELLING NOTED",
    "Joint Base Pain at MCP", "Air Force Base Hospital"): a word of English, a clinical word or a site's
    kind is no base's name unless it is a place or a name.
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import _KIND_WORDS, GENERIC_WORDS

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in re.split(r"[ \t-]+", _BASE_WORDS.sub("", value).strip())]
    words = [w for w in words if w]
    if not words or any(w in GENERIC_WORDS or w in _KIND_WORDS for w in words):
        return False
    return _all_places(words, lexicon) or all(
        _naming_word(w, lexicon) and (w not in lexicon.clinical_words or lexicon.is_name(w) or w in lexicon.places)
        for w in words
    )


# The twelve-step fellowships ("Alcoholics Anonymous", "Narcotics Anonymous") meet everywhere: no one site.
_FELLOWSHIP = "anonymous"


@register_validator("bracketed_site_name")
def bracketed_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """The name in brackets after a site's kind is a name, not a service, a drug, a unit, a date or a level.

    "the memory care place (Birch Hollow)" names it; "the clinic (Cardiology)", "detox (Librium)",
    "hospital (ED)", "program (Tuesday)", "Group home (Level Four Care)" and "the program (Alcoholics
    Anonymous)" do not: a name holds a word that is no everyday word, and a fellowship meets everywhere.
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import GENERIC_WORDS

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split()]
    calendar = MONTH_WORDS | WEEKDAY_WORDS
    if any(w in calendar or w in GENERIC_WORDS or w.upper() in SERVICE_ACRONYMS for w in words):
        return False
    if any(len(w) < 3 for w in words) or all(w in lexicon.clinical_words and w not in lexicon.places for w in words):
        return False
    return words[-1] != _FELLOWSHIP and not all(lexicon.is_everyday(w) for w in words)


_NOT_GENERAL_HOSPITALS = frozenset({"hgh", "igh", "ugh", "agh"})  # growth hormone, a heavy chain, sighs


@register_validator("site_acronym")
def site_acronym(value: str, params: Mapping[str, Any]) -> bool:
    """A hospital's acronym, never a clinical one of the same shape ("TSH", "PMH" end in H; "BMC" is a site).

    Nor a drug ("UFH"), a kind of site ("FQHC", "VAMC", "PCMH") or a board's credential ("DABPN"):
    ``hospital_acronym`` knows them.
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility_checks import hospital_acronym

    word = value.lower()
    if not hospital_acronym(value, {"not_clinical": True}):
        return False
    # "...GH" reads "General Hospital" ("VGH", "SGH"); of its shape only a hormone and a chain are clinical
    general = len(word) == 3 and word.endswith("gh") and word not in _NOT_GENERAL_HOSPITALS
    if params.get("strict"):
        return general or word not in load_lexicon().clinical_words  # "LHC", "IHC", "MCHC" stay clinical
    return general or word.endswith(("mc", "hc")) or word not in load_lexicon().clinical_words


@register_validator("fire_service_area")
def fire_service_area(value: str, params: Mapping[str, Any]) -> bool:
    """The words before "Fire" are a town's, as before "Fire Department" ("Lakeland Fire"; never "Brush Fire")."""
    if any(w.lower() in _FIRE_TYPES for w in value.split()[:-1]):
        return False
    return org_naming_word(value[:-4] + "Fire Department", params)


@register_validator("school_acronym")
def school_acronym(value: str, params: Mapping[str, Any]) -> bool:
    """A school's acronym: its shape in capitals, or in lower case after a cue; never a test or a word.

    Lower case ("ucsc", "gmu") holds the acronym's shape and no word of English ("at uni", "at work").
    """
    from confide.anonymize.lexicon import load_lexicon

    word = value.lower()
    lexicon = load_lexicon()
    if word in _NOT_SCHOOL or word in _WARD_ACRONYMS or lexicon.is_english(word):
        return False
    return bool(re.fullmatch(_SCHOOL_ACRONYM, value.upper()))


@register_validator("force_acronym")
def force_acronym(value: str, params: Mapping[str, Any]) -> bool:
    """A force's acronym, never a worker's or a clinical one of the same shape ("DSP", "MHP", "COPD").

    A city's department ("NYPD", "LAPD") is no clinical word; a patrol or state police ("CHP", "NJSP") opens
    with a state's code or a state force's own letter.
    """
    from confide.anonymize.lexicon import load_lexicon

    word = value.lower()
    if word.endswith("pd"):
        return word not in load_lexicon().clinical_words
    area, kind = word[:-2], word[-2:]
    return area in _STATE_CODES or area in _FORCE_LETTERS[kind]


@register_validator("lodging_name")
def lodging_name(value: str, params: Mapping[str, Any]) -> bool:
    """A motel's or a block's own name before its kind, never a clinical or a generic word ("Procedure Suites").

    The first word before the kind is a name or no clinical term ("Sunset Motel", "Harbor View Towers"; not
    "OR Suites").
    """
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility import GENERIC_WORDS

    lexicon = load_lexicon()
    head = re.sub(r"(?i)[ \t]+" + _LODGING + r"$", "", value).lower().split()
    if not head or head == value.lower().split():
        return False
    return not (any(w in GENERIC_WORDS for w in head) or _clinical_not_named(head[0], lexicon))


# National chains named by ordinary words ("living at Residence Inn for now"): a brand, no one place; the brand list
# takes them with their town ("Holiday Inn Express Leeds").
_LODGING_CHAINS = frozenset(
    "residence holiday comfort days quality econo budget super premier country hampton sleep red roof".split()
)


@register_validator("not_lodging_chain")
def not_lodging_chain(value: str, params: Mapping[str, Any]) -> bool:
    """False for a chain's name before "Inn" or "Motel" ("Residence Inn", "Days Inn", "Red Roof Inn")."""
    head = value.split()[:-1]
    return not head or not all(w.lower() in _LODGING_CHAINS for w in head)


def _clinical_not_named(word: str, lexicon: Any) -> bool:
    """A clinical term that is an everyday word and no one's name ("procedure", "or"; not "birchwood").

    The clinical list holds rarer words too ("birchwood", "anchorage"): only an everyday one is a ward's term.
    """
    return word in lexicon.clinical_words and lexicon.is_everyday(word) and not lexicon.is_name(word)
