"""Businesses named by a brand or a company name: workplaces, shops, banks, lenders, restaurants, hotels.

Notes and posts tie a person to a business they work at, shop at or bank with ("a barista at Starbucks",
"my bank account at PNC", "a charge from the Tesco on Fleming Way", "cleans offices for ABM Industries").
Two families are found here:

* a list of large chains and employers (``organisations.txt``), matched as written or in capitals; a
  name that is also an ordinary word, a product or a given name ("Target", "Chase", "Apple") only after
  a cue of work, banking or place ("shift at Target", "bank at Chase", "the Target on Kirkwood Hwy");
* an unknown company by its shape: capitalised words and a company suffix or trade word ("Sunridge
  Catering Co.", "Kestrel Analytics", "Stonebriar Crossing HOA", "Boulevard & Trumbull Towing"), two
  names joined by "&" after a cue ("used Morelli & Tran"), or capitalised words after a job title
  ("a line cook at <Name>").

Products and apps (Instagram, iPhone, Tylenol) are not listed: a text about the product names no
place. A shop's own product ("the Walgreens kiosk") still names the shop, so it is reported.
Hospitals, clinics, schools and courts are found by the facility recognizers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any

from confide.anonymize.lexicon import MONTH_WORDS, STANDALONE_EPONYMS, WEEKDAY_WORDS, Lexicon, load_lexicon
from confide.anonymize.recognizers.base import register_validator


@functools.lru_cache(maxsize=1)
def load_brands() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``(always, cued, referred)`` names of the list, read once.

    Reported anywhere; needing a cue ("?"); charities named by ordinary words, needing a referral or a
    worker's cue ("~"). Chains named only by their branch ("^") are read by ``load_branch_chains``.
    """
    names = _list_lines()
    return (
        tuple(n for n in names if not n.startswith(("?", "~", "^"))),
        tuple(n[1:] for n in names if n.startswith("?")),
        tuple(n[1:] for n in names if n.startswith("~")),
    )


@functools.lru_cache(maxsize=1)
def _list_lines() -> tuple[str, ...]:
    text = resources.files("confide.anonymize").joinpath("organisations.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def load_branch_chains() -> tuple[str, ...]:
    """Chains whose homes are named "<chain> of <area>" ("Sunrise of Wayland"), the chain alone a word."""
    return tuple(n[1:] for n in _list_lines() if n.startswith("^"))


def _alternatives(names: set[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# A name ends at a space or punctuation, never inside a word or a compound ("Targeted", "UPS-and-downs").
_END = r"(?![\w&]|[-'’]\w)"
_START = r"(?<![\w&'’-])"
# Job titles: alone before "at" they name the employer ("a line cook at <Name>"). "Consultant" is left out:
# in UK notes it is a doctor ("Consultant at Morning Rounds").
_TITLES = (
    r"cashier|barista|cook|chef|server|waiter|waitress|bartender|dev|developer|engineer|analyst|accountant|"
    r"bookkeeper|clerk|welder|mechanic|electrician|plumber|hygienist|receptionist|guard|stocker|teller|janitor|"
    r"custodian|housekeeper|dishwasher|technician|secretary|paralegal|programmer|designer|machinist|labou?rer|"
    r"operator|agent"
)
# Work words before "at"/"for" that name the employer, the job titles included. "Drives for" is left out:
# it names a gig app as often ("Drives for Uber at night"), which is no place.
_ROLES = (
    rf"{_TITLES}|works?|worked|working|job|jobs|shifts?|hired|employed|employee|salaried|intern|internship|"
    r"interview|interviewed|pto|career|manager|host|hostess|driver|"
    r"tech|assistant|consultant|pharmacist|nurse|aide|cna|courier|loader|picker|packer|warehouse|forklift|"
    r"sales|salesman|rep|lead|coworkers?|co-workers?|boss|deli|bakery|pharmacy|supervisor|associate"
)
# Words before "at"/"with"/"from" that name a bank, a lender or a shop: "bank account at", "mortgage with".
_MONEY = (
    r"bank|banks|banking|banked|account|accounts|card|loan|mortgage|checking|savings|branch|info|charge|refund|"
    r"shopping|shop|shops|shopped"
)
# Words before "at" after which "at <brand>" names no place: "mad at Chase", "looked at Apple's offer".
_NOT_PLACE = (
    r"look|looks|looked|looking|stare|stared|staring|mad|angry|upset|pissed|laugh|laughed|laughing|good|bad|"
    r"great|better|best|worse|worst|yell|yelled|yelling|point|pointed|glance|glanced|aim|aimed|shot|smile|"
    r"smiled|smiling|arrive|arrived|directed|snapped|swore|swung|lashed|lunged|threw|hinted|jab|shout|shouted|"
    r"shouting|scream|screamed|screaming|glare|glared|glaring|wave|waved|waving|nod|nodded|grin|grinned|frown|"
    r"frowned|cursed|hissed|spat|winked|sneered"
)
# Chains the given-name lists hold only as words, never as a person's name ("collecting from Boots", "transfer to
# Kindred"): read after a pick-up's or a placement's cue, and after "at" only where the name ends ("pickups at Boots.",
# "at Kindred for rehab"; never "redness at Boots edge", "at Kindred Spirits cafe").
_NO_GIVEN_NAMES = frozenset({"Boots", "BOOTS", "Kindred", "KINDRED"})
_NAME_ENDS = r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?i:for|on|in|pharmacy|chemist|hospital|rehab|ltach)\b)"
# A job title alone before "at" (the work verbs are the facility recognizers' cues): "a line cook at".
_TITLE_CUE = rf"(?i:\b(?:{_TITLES})[ \t]+at[ \t]+)"
_WORK_CUE = rf"(?i:\b(?:{_ROLES})\b(?:[ \t]+[\w'’]+){{0,3}}?[ \t]+(?:at|for|with|from)[ \t]+(?:the[ \t]+|an?[ \t]+)?)"
_MONEY_CUE = rf"(?i:\b(?:{_MONEY})\b(?:[ \t]+[\w'’]+){{0,2}}?[ \t]+(?:at|with|from|to)[ \t]+(?:the[ \t]+)?)"
# A patient sent to or held at a provider: "transferred to Quest", "d/c to Kindred", "supervised at Boots". Never
# a handover of care ("Care transferred to Chase RN") nor a person's role or a unit after the name ("Transferred
# to Hopkins (night RN)", "Transferred to Progressive Care Unit"); see ``_NOT_ROLE_OR_UNIT``.
_PLACEMENT_VERBS = r"supervised|dispensed|admitted|d/c(?:'?d)?|discharged?"
_CARE_SITE_CUE = (
    rf"(?<![Cc]are )(?i:\b(?:{_PLACEMENT_VERBS}|transfer(?:red)?)[ \t]+(?:to|at)[ \t]+(?:the[ \t]+)?)"
)
# A handover names the nurse a patient is "transferred to" ("transferred to Hopkins at shift change"): a given name
# is read as a provider only after a cue of a patient's placement, never a transfer's.
_PLACED_CUE = rf"(?<![Cc]are )(?i:\b(?:{_PLACEMENT_VERBS})[ \t]+(?:to|at)[ \t]+(?:the[ \t]+)?)"
_CARE_GATE = r"(?i)supervised|dispensed|admitted|d/c|discharge|transfer"
_NOT_ROLE_OR_UNIT = (
    r"(?![ \t]*[(,])(?![ \t]+[A-Z][a-z])"
    r"(?![ \t]+(?i:rn|hca|lpn|cna|np|care|unit|ward|cell|icu|floor|bay|team|nurse|weight|level|range|dose|"
    r"for[ \t]+(?:the[ \t]+)?(?:nights?|shift|day))\b)"
)
# A script or a sample collected there: "collecting from Boots", "2x weekly pick-up from Lloyds". A given name
# there is a person ("Kids picked up from Chase"), so only names that are no given name follow it.
_COLLECT_CUE = r"(?i:\b(?:collect(?:s|ed|ing)?|pick[ -]?ups?|picked[ \t]+up)[ \t]+from[ \t]+(?:the[ \t]+)?)"
# "at Target": a place, unless a verb of looking or feeling comes before "at".
# Dispatch text places a caller by a landmark: "SUBJ ON ROOF OF FAMILY DOLLAR", "CALLER NEAR THE DOLLAR TREE".
# After "near" or "from" only "the" makes the brand a site: bare, it is a company or a figure of speech
# ("ordered from Amazon", "far from Target", "switched from Progressive"); a caller's "from" places the call
# ("CALLER FROM BEST WESTERN").
_AT_CUE = (
    rf"(?i:\b(?!(?:{_NOT_PLACE})\b)[\w'’]+[ \t]+(?:(?:at|inside|outside|behind|"
    r"(?:roof|front|back|rear|side|lot)[ \t]+of)[ \t]+(?:the[ \t]+)?|(?:near|from)[ \t]+the[ \t]+)|"
    r"\b(?:caller|calling|called|calls)[ \t]+from[ \t]+(?:the[ \t]+)?)"
)
# "the Target on Kirkwood Hwy", "the Chase in Dover": a branch by its street or town.
_BRANCH_AFTER = r"(?=[ \t]+(?:on|in|at|off|near|by)[ \t]+[A-Z])"
# ... and without "the" before a street's number or a place's name that is no day or month ("uses CVS in Fitchburg",
# "CVS on 3301 Preston Rd said"; "Target on Tuesday" is a plan)
_BRANCH_AFTER_BARE = (
    r"(?=[ \t]+(?:on|in|off|near)[ \t]+(?:\d{1,5}[ \t]+[A-Z]|(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]))"
)
# A national chain's or charity's local branch by its area, in the name itself: "Citizens Advice Wirral", "Age UK
# Leeds", "Good Samaritan Society - Luverne", "Encompass Health of Altamonte" (checked by ``branch_area``).
_AREA_WORD = r"(?:[A-Z][a-z'’-]+|[A-Z]{3,})"
_BRANCH_JOIN = r"(?:[ \t]+(?:of|OF|[-–])[ \t]+|[ \t]+)"
# Compass words that open a county's name ("North Yorkshire", "West Sussex").
_COMPASS = frozenset("north south east west northern southern eastern western central greater mid".split())
# A referral or signposting names the service a client is sent to ("Referred to Shelter", "signposted to
# Refuge"); a worker or volunteer names the one they come from ("support worker from Turning Point"). Never
# "referred with" (presenting with) nor "linked to" (caused by).
_REFER_CUE = (
    r"(?i:\b(?:(?:self-)?referred|referral|referrals|ref'?d|signposted|signposting)[ \t]+(?:on[ \t]+)?to[ \t]+"
    r"(?:the[ \t]+)?|\b(?:worker|workers|volunteer|volunteers|staff)[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?)"
)
# After a referral a shelter or refuge for the night is a kind, not the charity ("Referred to Shelter tonight,
# no beds"): the clause goes on about beds or the night.
_NOT_FOR_NIGHT = r"(?![^.;\n]{0,40}?\b(?i:tonight|overnight|night|beds?|bed[ \t]?space)\b)"

# Relatives whose name may be a brand's ("My son Tyson suspended from school"): no employer acts after them.
_RELATIONS_BEFORE_EMPLOYER = "son daughter brother sister friend bf husband dad mom kid".split()
# What an employer does to its worker, always with the worker named ("cut his hours", "fired me", "let her go").
_EMPLOYER_ACT = (
    r"(?:cut[ \t]+(?:my|his|her|their)[ \t]+hours|(?:fired|hired|suspended|terminated)[ \t]+(?:me|him|her|them|us)|"
    r"(?:laid|let|wrote)[ \t]+(?:me|him|her|them|us)[ \t]+(?:off|go|up))"
)

# Company suffixes: the name before them is a business whatever its words.
_LEGAL = r",?[ \t]+(?:Co\.|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|PLC|plc|GmbH|LLP|(?:Pty|Pvt)[ \t]+Ltd\.?)"
_TRADE = (
    r"Analytics|Freight|Catering|Dental[ \t]+Lab|Towing|HOA|Industries|Logistics|Realty|Trucking|Plumbing|"
    r"Roofing|Landscaping|Physio|Pizzeria|Steakhouse|Brewery|Shipyard|Movers|Auto[ \t]+Body|"
    r"Insurance[ \t]+Agency|Law[ \t]+Firm|Bar[ \t]+&[ \t]+Grill"
)
# Trade words that also end ordinary phrases ("Routine Dental", "Home Health Services"): a naming word must
# come first. "Lab" alone is left out ("Cath Lab", "Sleep Lab" are units); so are "Services", "Bank" and
# "Motors", which end services and makes as often as firms ("Young Carers Social Services", "Ford Motors").
# "Group" alone is a therapy or support group in clinical text ("CBT Group", "Hearing Voices Group"): only a
# trade before it makes a firm ("Whitlock Property Group").
_WEAK = (
    r"(?:Property|Realty|Restaurant|Hospitality|Automotive|Financial|Investment|Insurance|Law|Consulting|"
    r"Construction)[ \t]+Group|Partners|Solutions|Systems|Labs|Laboratories|Foods|Savings|Credit[ \t]+Union|"
    r"Mortgage|Apartments|Distribution(?:[ \t]+Cent(?:er|re))?|Mills|Properties|"
    r"Dental|Electric|Construction|Consulting|Staffing|Technologies|Enterprises|Holdings|Manufacturing|"
    r"Physiotherapy|Physical[ \t]+Therapy|Chiropractic"
)
_WORD = r"[A-Z][A-Za-z'’-]*[A-Za-z]['’]?|[A-Z]"
_CAPS_WORD = r"[A-Z][A-Z'’-]*[A-Z]['’]?"
# Words that open a phrase or join one, never a word of a company's name: a name never runs back over one
# ("SHE DRIVES FOR X") and never starts with one ("The Best Dental", "My Group").
_FUNCTION_WORDS = frozenset(
    "the a an my our your his her their this that these those i we he she they it you and or but so if for at "
    "to of in on by with from is was are were be been has have had as via per new best local general family "
    "when what which who".split()
)
_OPENERS = _FUNCTION_WORDS | frozenset(
    "pediatric emergency national american cosmetic professional commercial residential public private cheap "
    "good great any some every each other all no".split()
)
_NOT_NAME = rf"(?!(?i:{'|'.join(sorted(_FUNCTION_WORDS))})\b)"
_NAME = rf"(?:{_NOT_NAME}(?:{_WORD})[ \t]+(?:&[ \t]+)?){{1,4}}"
_CAPS_NAME = rf"(?:{_NOT_NAME}(?:{_CAPS_WORD})[ \t]+(?:&[ \t]+)?){{1,4}}"
# Where a sentence or a line starts, its first word is as often a verb as a name ("Started Acme Pharma Co.",
# "Joined Hodgkin Support Group"): a name is matched from there only by its own pattern, whose first word
# must be a name or no English word ("Harrowgate Paving LLC"; not "Started", "Uses", "PT").
# (A capital is looked for first: most positions fail there, before the look-behinds.)
_INITIAL = r"(?=[A-Z])(?:(?<!.)|(?<=[.!?;:\n][ \t])|(?<=[.!?;:][ \t]{2})|(?<=\n[ \t]{2}))"
_INNER = r"(?=[A-Z])(?<=.)(?<![.!?;:\n][ \t])(?<![.!?;:][ \t]{2})(?<!\n[ \t]{2})"
# Capitalised words after a job title: "a line cook at Joe's Shack", "security guard for Allied Universal".
_TITLE_WORD = r"[A-Z][a-z][A-Za-z'’-]*"
_TITLED = rf"(?:{_TITLE_WORD})(?:[ \t]+(?:&[ \t]+)?(?:{_TITLE_WORD})){{0,3}}"
# Two surnames joined by "&", in Title Case or in capitals ("Delacroix & Ostrander"; never "Q & A").
_PAIR = r"[A-Z][a-z'’]+[ \t]+&[ \t]+[A-Z][a-z'’]+|[A-Z][A-Z'’]+[ \t]+&[ \t]+[A-Z][A-Z'’]+"
_AMPERSAND_CUE = r"(?i:\b(?:used|hired|retained|called|contacted|at|for|with|from|by)[ \t]+)"
_HOLIDAYS = frozenset("christmas easter thanksgiving halloween xmas hanukkah diwali eid ramadan".split())
# Ward events a title may be "at" ("Nurse at handover", "Registrar at Morning Rounds"): no employer.
_WARD_EVENTS = frozenset("rounds round handover huddle mdt board meeting conference clinic".split())


def _words(value: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in re.split(r"[ \t&]+", value) if w.strip(".,'’&")]


def _clinical_term(word: str, lexicon: Lexicon) -> bool:
    """A drug, an abbreviation or an eponym ("Metformin", "CBT", "Hodgkin"): it names no company."""
    if word in STANDALONE_EPONYMS:
        return True
    return word in lexicon.clinical_words and not lexicon.is_english(word) and not lexicon.is_name(word)


def _naming_word(word: str, lexicon: Lexicon) -> bool:
    """A word that names: no English word or inflection unless a surname ("Whitlock", not "Disorders")."""
    if word in lexicon.everyday_words or word in _OPENERS or _clinical_term(word, lexicon):
        return False
    return not lexicon.is_english(word) or word in lexicon.last_names


@register_validator("company_shape")
def _company_shape(value: str, params: Mapping[str, Any]) -> bool:
    """Keep a suffixed name that opens no phrase and holds no clinical term.

    A weak suffix needs a naming word before it; a name at a sentence's start must begin with a name,
    not a verb ("Started ...") or a subject ("PT ...").
    """
    words = _words(value)
    if not words or words[0] in _OPENERS:
        return False
    suffix = re.search(rf"(?:{params['suffix']})$", value)
    head = _words(value[: suffix.start()]) if suffix else words[:-1]
    lexicon = load_lexicon()
    if any(_clinical_term(w, lexicon) for w in head):
        return False
    if params.get("initial") and not (_naming_word(words[0], lexicon) or lexicon.is_name(words[0])):
        return False
    return not params.get("weak") or any(_naming_word(w, lexicon) for w in head)


@register_validator("titled_employer")
def _titled_employer(value: str, params: Mapping[str, Any]) -> bool:
    """Capitalised words after a job title name an employer, not a time, a ward event or a pronoun."""
    words = _words(value)
    if not words or words[0] in _OPENERS or words[0] in MONTH_WORDS | WEEKDAY_WORDS | _HOLIDAYS:
        return False
    if any(w in _WARD_EVENTS for w in words):
        return False
    return len(words) > 1 or words[0] not in load_lexicon().everyday_words


@register_validator("not_kin_pair")
def _not_kin_pair(value: str, params: Mapping[str, Any]) -> bool:
    """Two surnames joined by "&" are a firm: not kin, drugs, or a maker's name twice ("Johnson & Johnson")."""
    lexicon = load_lexicon()
    words = _words(value)
    if len(set(words)) < len(words):
        return False
    return not any(w in lexicon.everyday_words or _clinical_term(w, lexicon) for w in words)


@register_validator("branch_area")
def _branch_area(value: str, params: Mapping[str, Any]) -> bool:
    """The words after a listed name are a branch's area: a place, or words no dictionary knows.

    "Age UK Leeds", "Citizens Advice Wirral" name a branch; "Tesco Clubcard points", "Samaritans Helpline",
    "Walgreens Pharmacy Team" and "Asda Price" go on with a product, a service or the clause, all English
    or clinical words.
    """
    from confide.anonymize.recognizers.facility_kinds import _all_places

    always = load_brands()[0]
    lexicon = load_lexicon()
    name = max((n for n in always if value.upper().startswith(n.upper())), key=len, default="")
    words = [w.lower() for w in re.split(r"[ \t]+", value[len(name) :].strip(" \t-–")) if w]
    words = [w for w in words if w != "of"]
    quarter = bool(words) and words[0] in _COMPASS
    if quarter:
        words = words[1:]  # "North Yorkshire": a county by its quarter; "Age UK North" alone names none
    return _all_places(words, lexicon) or (
        bool(words) and all(not lexicon.is_english(w) and (quarter or w not in lexicon.clinical_words) for w in words)
    )


@register_validator("chain_home_area")
def _chain_home_area(value: str, params: Mapping[str, Any]) -> bool:
    """The area after "<chain> of" names a home: a place, or words no dictionary knows ("of Edgewater").

    In Title Case a name may be one of the area's words ("Sunrise of Chevy Chase"); in lower case only a
    place or a coined word will do, as "sunrise of hope" and "sunrise of the day" are prose.
    """
    from confide.anonymize.recognizers.facility_kinds import _all_places

    lexicon = load_lexicon()
    area = re.split(r"[ \t]+of[ \t]+", value, maxsplit=1, flags=re.IGNORECASE)[-1]
    words = [w.lower() for w in re.split(r"[ \t]+", area) if w]
    if not words or set(words) & _FUNCTION_WORDS:
        return False  # the clause goes on ("Sunrise of Edgewater and", "the sunrise of the new year")
    if any(lexicon.is_everyday(w) for w in words):
        return False  # a size or a quality, not an area ("atria of normal size")
    if _all_places(words, lexicon):
        return True
    titled = all(w[0].isupper() for w in re.split(r"[ \t]+", area) if w)

    def coined(word: str) -> bool:
        return not lexicon.is_english(word) and word not in lexicon.clinical_words

    return all(coined(w) or (titled and lexicon.is_name(w)) for w in words) and (titled or coined(words[0]))


def _phrase(name: str, lexicon: Lexicon) -> bool:
    """A word or a phrase of everyday words ("Currys", "Five Guys"), so ordinary text in capitals.

    "FIVE GUYS JUMPED HIM" names no restaurant; "Rite Aid" and "Home Depot" are no phrases.
    """
    words = _words(name)
    if len(words) == 1:
        return lexicon.is_english(words[0])
    return all(w in lexicon.everyday_words for w in words)


_CARE_WORDS = frozenset("health mental illness care services support".split())


def _lower_anywhere(always: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    """Listed names that, typed in lower case, still name only the chain ("sent to rite aid", "its a walmart").

    Posts and hurried notes drop the capitals of a chain as often as of a town. A name whose first word is no
    everyday word, no given name and no one letter is no phrase of English in lower case ("rite aid",
    "walgreens"); "home depot", "big w", "age uk", "circle k", "wendy's" stay as written, or after a cue, and
    so do names that read as prose about care ("encompass health", "rethink mental illness").
    """
    names = set()
    for name in always:
        words = _words(name)
        if len(name) < 5 or not words or _phrase(name, lexicon) or any(len(w) < 2 for w in words):
            continue
        if "-" in name or words[0] in lexicon.everyday_words or any(w in lexicon.first_names for w in words):
            continue  # "in-n-out of psych wards"
        # a name's possessive is someone's in lower case ("macy's mom", "mr mcdonald's daughter")
        if any(lexicon.is_name(re.sub(r"['’]s$", "", w)) for w in words if re.search(r"['’]s$", w)):
            continue
        if len(words) == 1 and (lexicon.is_english(words[0]) or lexicon.is_name(words[0])):
            continue
        # prose about care or a verb's phrase in lower case ("to encompass health", "rethink mental illness")
        if set(words[1:]) & _CARE_WORDS or (len(words) > 2 and lexicon.is_english(words[0])):
            continue
        names.add(name.lower())
    return names


# A verb or a noun of work right before "at"/"for" ("works at", "shift at", "cashier at"; not "nurse to wean o2 for").
_STRICT_WORK_CUE = (
    rf"(?i:\b(?:works?|worked|working|job|shifts?|employed|hired|employee|{_TITLES})[ \t]+(?:at|for)[ \t]+"
    r"(?:the[ \t]+)?)"
)
# What may follow a chain's name in lower case: the clause's end, its branch, its time, its kind or another clause.
_LOWER_SITE_GOES_ON = (
    r"(?=[ \t]*(?:[,.;:)!?\n—–]|$)|[ \t]+(?:in|on|off|near|by|for|and|or|at|with|after|before|till|until|since|"
    r"last|this|most|every|today|tonight|yesterday|now|again|then|pharmacy|chemist|depot|hub|store|outlet|er|ed|"
    r"plant|warehouse|distribution|car[ \t]+park|parking|gas[ \t]+bar)\b)"
)


def _lower_after_the(always: tuple[str, ...], cued: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    """Listed names read in lower case after "at the": three letters or more, no given name, no clinical shorthand.

    A name whose every word is English ("home instead", "silver chain", "winners") reads as prose in lower case, and
    three letters of the clinical vocabulary as shorthand ("hca", "pnc", "rvh"; "ucd" and "ymca" stay).
    """
    names = set()
    for name in (*always, *cued):
        words = _words(name)
        letters = sum(c.isalpha() for c in name)
        if letters < 3 or not words or any(w in lexicon.first_names for w in words):
            continue
        if all(lexicon.is_english(w) or lexicon.is_everyday(w) for w in words):
            continue
        if letters == 3 and name.lower() in lexicon.clinical_words:
            continue
        names.add(name.lower())
    return names


def _lower_words(always: tuple[str, ...], cued: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    """Listed one-word names that are English words too, in lower case ("target", "acme", "giant"); no given name."""
    return {
        n.lower()
        for n in (*always, *cued)
        if " " not in n and n.lower() in lexicon.english_words and n.lower() not in lexicon.first_names
    }


def _brand_patterns() -> list[dict[str, Any]]:
    always, cued, referred = load_brands()
    lexicon = load_lexicon()
    # In capitals ("MOOD UPS AND DOWNS", "INCOME PER CAPITA") a name made of words needs a cue.
    caps_cued = {n.upper() for n in always if _phrase(n, lexicon)}
    shown = {n for n in always if n not in caps_cued} | {
        n.upper() for n in always if sum(c.isalpha() for c in n) >= 4 and n.upper() not in caps_cued
    }
    cued_shown = set(cued) | {n.upper() for n in cued} | caps_cued
    # In lower case a listed name is a workplace only after a cue, and never when it is an English word.
    lower = {n.lower() for n in (*always, *cued) if n.lower() not in lexicon.english_words and len(n) > 3}
    # After a bare "at" a cued name in lower case is too often a word of another kind ("at meta level"); a
    # name that is also a given name is a person there ("at Wendy's").
    lower_always = {n.lower() for n in always} & lower
    # "&" spelled out ("works at stop and shop", "Stop and Shop on Route 9"): after a cue, as "&" is.
    spelled = {n.replace("&", "and") for n in (*always, *cued) if re.search(r"[ \t]&[ \t]", n)}
    lower |= {n.lower() for n in spelled}
    cued_shown |= spelled | {n.upper() for n in spelled}
    after_at = {n for n in cued_shown | lower_always if n.lower() not in lexicon.first_names}
    # after a care cue a given name is the provider only after a placement's cue ("d/c to Kindred"; never "to
    # mclean", "transferred to Tyson")
    care_sites = after_at | _NO_GIVEN_NAMES | {n for n in lower if n not in lexicon.first_names}
    placed_sites = {n for n in cued_shown if n.lower() in lexicon.first_names}
    anywhere = shown | _lower_anywhere(always, lexicon)
    cue = f"(?:{_WORK_CUE}|{_MONEY_CUE})"
    # a branch's area is one word or two ("Age UK Leeds Befriending Service": Leeds alone, when two fail)
    branch = [
        rf"{_START}(?P<pii>(?:{_alternatives(shown)}){_BRANCH_JOIN}{_AREA_WORD}{more}){_END}"
        for more in (rf"[ \t]+{_AREA_WORD}", "")
    ]
    return [
        {"name": "brand", "regex": rf"{_START}(?P<pii>{_alternatives(anywhere)}){_END}", "score": 0.85},
        *(
            {"name": f"brand_named_branch_{n}", "regex": regex, "score": 0.85, "validators": [{"name": "branch_area"}]}
            for n, regex in zip((2, 1), branch, strict=True)
        ),
        {"name": "brand_cued", "regex": rf"{cue}(?P<pii>{_alternatives(cued_shown | lower)}){_END}", "score": 0.85},
        {
            # a charity named by ordinary words, as written (in capitals "REFERRED TO SHELTER" is any shelter)
            "name": "brand_referred",
            "regex": rf"{_REFER_CUE}(?P<pii>{_alternatives(set(referred))}){_END}{_NOT_FOR_NIGHT}",
            "score": 0.85,
        },
        *(
            {
                # a chain's home by its area, in any case ("Sunrise of Edgewater", "sunrise of wayland")
                "name": f"chain_home_{n}",
                "regex": rf"{_START}(?P<pii>(?i:{_alternatives(set(load_branch_chains()))})[ \t]+(?i:of)"
                rf"(?:[ \t]+[A-Za-z][a-z'’-]+){{{n}}}){_END}",
                "score": 0.8,
                "validators": [{"name": "chain_home_area"}],
            }
            for n in (2, 1)
        ),
        {
            # (never a word of a longer site's name: "syncope at Shoppers World parking lot")
            "name": "brand_at",
            "regex": rf"{_AT_CUE}(?P<pii>{_alternatives(after_at)}){_END}"
            r"(?![ \t]+[A-Z][a-z]+[ \t]+(?:parking|mall|plaza|store|shop|station|arena|stadium)\b)",
            "score": 0.8,
        },
        {
            "name": "brand_word_at",
            "regex": rf"{_AT_CUE}(?P<pii>{_alternatives(set(_NO_GIVEN_NAMES))}){_END}{_NAME_ENDS}",
            "score": 0.8,
            "gate": r"(?i)boots|kindred",
        },
        {
            "name": "brand_care_site",
            "regex": rf"{_CARE_SITE_CUE}(?P<pii>{_alternatives(care_sites)}){_END}{_NOT_ROLE_OR_UNIT}",
            "score": 0.8,
            # the names' alternations are long: run them only where their cue is written
            "gate": _CARE_GATE,
        },
        {
            "name": "brand_placement",
            "regex": rf"{_PLACED_CUE}(?P<pii>{_alternatives(placed_sites)}){_END}{_NOT_ROLE_OR_UNIT}",
            "score": 0.8,
            "gate": _CARE_GATE,
        },
        {
            "name": "brand_collected",
            "regex": rf"{_COLLECT_CUE}(?P<pii>{_alternatives(after_at | _NO_GIVEN_NAMES)}){_END}{_NOT_ROLE_OR_UNIT}",
            "score": 0.8,
            "gate": r"(?i)collect|pick",
        },
        {
            # an employer by what it does to its worker ("Amazon cut his hours", "Target fired me")
            "name": "brand_employer_act",
            # (never after a relation: "My son Tyson fired back")
            "regex": "".join(rf"(?<!\b(?i:{w})[ \t])" for w in _RELATIONS_BEFORE_EMPLOYER)
            + rf"{_START}(?P<pii>{_alternatives(cued_shown)}){_END}(?=[ \t]+{_EMPLOYER_ACT}\b)",
            "score": 0.8,
            # the names' alternation is long: run it only where an employer's act is written
            "gate": rf"(?i)\b{_EMPLOYER_ACT}\b",
        },
        {
            "name": "brand_branch",
            "regex": rf"(?i:\bthe[ \t]+)(?P<pii>{_alternatives(cued_shown | lower)}){_END}{_BRANCH_AFTER}",
            "score": 0.8,
        },
        {
            # in lower case after "at/from/to" or "in the" ("fell at timmies", "meds from the cvs on archer", "in the
            # aldi in castletroy"), where the clause ends or goes on with the branch, the time or the kind
            "name": "brand_lower_after_the",
            "regex": rf"(?i:\b(?:(?:at|from|to|into|outside|behind|near)[ \t]+(?:the[ \t]+)?|in[ \t]+the[ \t]+))"
            rf"(?P<pii>{_alternatives(_lower_after_the(always, cued, lexicon))}){_END}{_LOWER_SITE_GOES_ON}",
            "score": 0.8,
        },
        {
            # ... and one that is also an English word only right after a verb or a noun of work ("mom works at target
            # — back in 6 wks", "i work at intel in hillsboro"; never "hit the target", "o2 for target")
            "name": "brand_lower_word_at_work",
            "regex": rf"{_STRICT_WORK_CUE}(?P<pii>{_alternatives(_lower_words(always, cued, lexicon))}){_END}"
            rf"{_LOWER_SITE_GOES_ON}",
            "score": 0.8,
        },
        {
            "name": "brand_branch_bare",
            # (never a role's letters after an article: "i'm a HCA in Tallaght")
            "regex": "".join(rf"(?<!\b{w} )" for w in ("a", "an", "A", "An", "as", "As"))
            + rf"{_START}(?P<pii>{_alternatives(after_at)}){_END}{_BRANCH_AFTER_BARE}",
            "score": 0.8,
        },
    ]


def _upper(regex: str) -> str:
    """The regex's letters in capitals, its escapes (a backslash and a letter) kept."""
    return re.sub(r"(?<!\\)[a-z]", lambda m: m.group().upper(), regex)


def _placed(name: str, body: str, score: float, shape: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A shape's pattern inside a sentence, and at a sentence's start with a name for its first word."""
    return [
        {
            "name": name,
            "regex": rf"{_START}{_INNER}(?P<pii>{body})",
            "score": score,
            "validators": [{"name": "company_shape", **shape}],
        },
        {
            "name": f"{name}_initial",
            "regex": rf"{_INITIAL}(?P<pii>{body})",
            "score": score,
            "validators": [{"name": "company_shape", **shape, "initial": True}],
        },
    ]


def _suffixed(name: str, suffixes: str, score: float, weak: bool) -> list[dict[str, Any]]:
    """A name before its trade word, in Title Case and in capitals ("CORRWELL FREIGHT")."""
    shape = {"suffix": suffixes, "weak": weak}
    caps = {**shape, "suffix": _upper(suffixes)}
    return [
        *_placed(name, rf"{_NAME}(?:{suffixes})(?![\w&'’-])", score, shape),
        *_placed(f"{name}_caps", rf"{_CAPS_NAME}(?:{_upper(suffixes)})(?![\w&'’-])", score, caps),
    ]


def _shape_patterns() -> list[dict[str, Any]]:
    return [
        *_placed("legal_suffix", rf"{_NAME}?(?:{_WORD}){_LEGAL}(?![\w&])", 0.85, {"suffix": _LEGAL}),
        *_suffixed("trade_word", _TRADE, 0.8, weak=False),
        *_suffixed("weak_trade_word", _WEAK, 0.75, weak=True),
        {
            "name": "ampersand_pair",
            "regex": rf"{_AMPERSAND_CUE}(?P<pii>{_PAIR}){_END}",
            "score": 0.75,
            "validators": [{"name": "not_kin_pair"}],
        },
        {
            "name": "titled_at",
            "regex": rf"{_TITLE_CUE}(?P<pii>{_TITLED}){_END}",
            "score": 0.75,
            "validators": [{"name": "titled_employer"}],
        },
    ]


DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "FACILITY",
    "name": "OrganisationNameRecognizer",
    "patterns": [],
}


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the list's and the shapes' patterns to the spec (built once per analyzer)."""
    return {**spec, "patterns": [*_brand_patterns(), *_shape_patterns(), *spec.get("patterns", [])]}
