"""Sites whose names are ordinary words, known by what the text does with them.

Programmes, houses and agencies are often named by English words ("Open Door", "Stepping Stones",
"Harbor House", "The Haven", "Meridian") that no naming-word test accepts. Title case in running text
makes them names when a verb of placement or contact points at them ("accepted a room at Harbor House",
"Phoned Lighthouse re bed", "accepted by Meridian"), when a level of care follows ("Compass Point PHP",
"Lighthouse IOP"), or when a practice's legal form ends them ("Compass Rose Counseling PLLC",
"PIEDMONT PSYCHIATRIC CTR PA"). A department, a service, a specialty, a person's title or kin, a month
or a place names no such site ("referred to Psychology", "called Pharmacy re refill", "moved to Leeds"), nor
does a lone clinical word after a verb ("admitted to Seclusion") or a clause's opening verb ("Continue IOP").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility_words import upper_alternatives

# A name: one to three title-case words, "The" and an inner "of" allowed ("The Haven", "House of Hope").
_TITLE_WORD = r"[A-Z][a-z'’&-]{1,40}"
_NAME = rf"(?:The[ \t]+)?{_TITLE_WORD}(?:[ \t]+(?:of[ \t]+)?{_TITLE_WORD}){{0,2}}"
# A verb of placement, transfer or stay, then the preposition that points at the site.
_PLACED_AT = (
    r"(?i:\b(?:admitted|transferred|txf'?d|referred|referral|discharged|d/c'?d|d/c|placed|placement|accepted|"
    r"moved|move|stepped[ \t]+down|step[ \t]+down|going[ \t]+back|went[ \t]+back|returned|ride|bed|beds|room|"
    r"intake|stay|stayed|staying|resides|residing|waitlist(?:ed)?|wait[ \t]?list|housed|booked|sent|faxed|"
    r"remains|remained|lives|living|residential|respite|assessment|appointment|appt|admission|inpatient|outpatient|"
    # where a person works or studies ("a cashier at Countdown", "shift at Harborview", "enrolled at UQ")
    r"worked|works|working|job|shift|volunteer|volunteered|volunteering|employed|interned|studying|studied|enrolled|"
    r"hospitali[sz]ed|sectioned|detained|treated|"
    # where a stay, a course or a job began or ended ("started at Broadway Lodge", "barred from The Connection")
    r"started|began|finished|graduated|barred|banned|evicted|expelled|suspended)"
    # (one is placed "in" a position or a kind of care, not a site: "placed in Trendelenburg", "in Foster Care")
    r"[ \t]+(?:to|at|into|from|(?<!placed[ \t])(?<!placement[ \t])in)[ \t]+"
    r"|\b(?:accepted|declined)[ \t]+by[ \t]+)"
)
# Where a person is seen, born, followed, tested or employed ("seen at Mercy", "a crew at Jollibee", "an RN at
# Baylor"): nobody is seen "at" a person, so a given name there names a site.
_SEEN_AT = (
    r"(?i:\b(?:seen|evaluated|born|delivered|followed|follows|draws?|drawn|crew|cashier|clerk|barista|student|"
    r"rn|cna|hca|nurse|resection|dialy[sz](?:is|es|ing)|infusions?)[ \t]+at[ \t]+)"
)
# A worker's job and who they work with or for ("a bus captain with SBS Transit", "letter carrier with Canada Post",
# "delivers for Grab", "a technician at Atlantic LNG"): the words after it name the employer.
_WORKER_WITH = (
    r"(?i:\b(?:captain|carrier|driver|technician|accountant|cleaner|housekeeper|teacher|lecturer|porter|guard|clerk|"
    r"cashier|supervisor|engineer|mechanic|labou?rer|operative|packer|picker|carer|receptionist|administrator|"
    r"advisor|adviser|analyst|developer|electrician|plumber|welder|miner|storeman|chef|cook|waiter|waitress|barista|"
    r"bartender|tailor|apprentice|trainee|contractor|delivers|drives|rides|rider|courier)"
    r"[ \t]+(?:with|for|at)[ \t]+)"
)
# A club someone plays, swims or trains with ("plays for Dandenong Thunder", "swims with Kendal Otters", "hurled for
# Kilmacud Crokes"); a lone given name after it is a person ("plays with Sarah").
_CLUB_MEMBER = (
    r"(?i:\b(?:plays|played|playing|swims|swam|swimming|trains|trained|training|runs|ran|running|rows|rowed|coaches|"
    r"coached|hurls|hurled|hurling|boxes|boxed)[ \t]+(?:for|with)[ \t]+(?:the[ \t]+)?)"
)
_WORKER_SITE = rf"(?:[A-Z]{{2,6}}[ \t]+)?{_NAME}(?:[ \t]+[A-Z]{{2,5}})?|[A-Z]{{2,6}}"
# A verb of contact, then the site and what the contact was about.
_CONTACTED = (
    r"(?i:\b(?:called|call|phoned|phone|rang|ring|faxed|fax|emailed|email|e-mailed|contacted|contact|chased|chase|"
    r"spoke[ \t]+(?:w/?|with|to))[ \t]+)"
)
_ABOUT = (
    r"(?=[ \t]+(?i:(?:(?:tomorrow|today|tonight|this[ \t]+(?:am|pm|morning|afternoon))[ \t]+)?"
    r"(?:re\b:?|intake\b|admissions\b|for[ \t]+(?:a[ \t]+)?bed\b|about[ \t]+(?:a[ \t]+)?bed\b)|again\b)"
    r"|[ \t]*[–—-][ \t]+(?i:nil|no[ \t]+beds?|full|declined|accepted|waitlist))"
)
# Levels and kinds of care that follow a programme's name.
_LEVEL_OF_CARE = (
    r"(?:PHP|IOP|[Dd]etox|DETOX|[Rr]esidential|[Ii]ntake|[Dd]ay[ \t]+[Pp]rogram(?:me)?|[Ww]aitlist|"
    r"[Ss]ober[ \t]+[Ll]iving|[Tt]ransitional[ \t]+[Hh]ousing|[Ss]upported[ \t]+[Hh]ousing|[Dd]rop-in)\b"
)
# Where a programme's name starts before its level of care: after a preposition, a comma, a colon or a bracket
# ("at Compass Point PHP", ", Lighthouse IOP,"); never a clause's verb ("Continue IOP", "Started Detox").
_SITE_CUE = "(?:" + "|".join(
    rf"(?<=\b{w}[ \t])" for w in ("at", "to", "from", "into", "in", "with", "via", "@", "At", "To", "From")
) + r"|(?<=[,:(][ \t]))"
# A practice's or a company's legal form, and claim lines' capitals before it.
# (a bare "PC" only after a practice's kind or a comma: "Officers PC Achterberg" is a constable)
_LEGAL = r"(?:PLLC|P\.L\.L\.C\.|LLC|L\.L\.C\.|P\.C\.|LLP|Inc\.?|Ltd\.?|Pty[ \t]+Ltd\.?)"
_LEGAL_FORM = r"(?:,?[ \t]+" + _LEGAL + r"|,[ \t]+PC)"
_KIND_LEGAL_FORM = r"(?:,?[ \t]+(?:" + _LEGAL + r"|PC))"
_PRACTICE_KIND = (
    r"(?:Counsel(?:l)?ing|Psychology|Psychological|Psychiatry|Psychiatric|Therapy|Behavioral|Behavioural|"
    r"Wellness|Recovery|Mental[ \t]+Health|Family|Medical|Health|Youth|Community|Human|Children['’]s)"
    r"[ \t]+(?:Services|Associates|Collective|Group|Partners|Practice)"
)
_CAPS_WORD = (
    r"(?!(?:TO|AT|IN|ON|FOR|FROM|BY|WITH|AND|OR|OF|THE|RE|PT|BILLED|PAID|PROV|PROVIDER|CLAIM|DENIED|"
    r"NETWORK|MEMBER|OWES|AUTH|REQUIRED|APPROVED|PENDING)\b)[A-Z][A-Z'’&-]{1,40}"
)
_CAPS_KIND = (
    r"(?:COUNSEL(?:L)?ING|PSYCHOLOGY|PSYCHOLOGICAL|PSYCHIATRY|PSYCHIATRIC|THERAPY|BEHAVIORAL|WELLNESS|RECOVERY|"
    r"MEDICAL|HEALTH|FAMILY)[ \t]+(?:ASSOC|ASSOCS|ASSOCIATES|CTR|CENTER|SVCS|SERVICES|GROUP|COLLECTIVE|PRACTICE)"
    r"(?:[ \t]+(?:PA|PC|PLLC|LLC|INC))?"
)

# Where a house's own name stands: after a preposition with no article ("fall at Oakwood Lodge", "then Kahu House")
# or a bracket; never after "of" or a label's colon, where titles and drawings stand ("The Haunting of Hill House",
# "themes: Burning House").
_HOUSE_CUE = "(?:" + "|".join(
    rf"(?<=\b{w}[ \t])"
    for w in ("at", "to", "from", "into", "in", "for", "or", "then", "via", "with", "At", "To", "From", "In")
) + r"|(?<=w/[ \t])|(?<=@[ \t])|(?<=\()|(?<=\(\")|(?<=\b(?:accepted|declined)[ \t]by[ \t]))"
# Where everyday words name a house: a verb or a person of placement, residence or care before the preposition.
_HOUSE_PLACED = (
    r"(?i:\b(?:stay(?:s|ed|ing)?|liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing|ent)|moved|placed|placement|admitted|"
    r"admission|discharged?|transfer(?:red)?|referred|referral|returned|previously|formerly|bed|beds|room|"
    r"waitlisted|accepted|heard|worker|keyworker|staff|manager|licence|license|condition|house|home|shelter|"
    r"hostel|clinic|seen|attends|attended)[ \t]+(?:at|to|from|into|in|of|for|by)[ \t]+"
    # or a label of residence ("shelter: Interval House", "Approved Premises: Bradshaw House")
    r"|\b(?:shelter|hostel|refuge|placement|premises|accommodation|residence|care[ \t]+home|sober[ \t]+living)"
    r"[ \t]*:[ \t]*)"
)
# The house's name: one or two title-case words and the kind, no name word right after it ("Junior House Officer";
# an acronym may follow: "Elm House AP").
_HOUSE = (
    r"(?!(?:At|To|From|In|Into|Of|The|An?)\b)(?P<pii>(?:[A-Z][a-z'’-]+[ \t]+){1,2}(?:House|Lodge))"
    r"(?![\w'’-]|[ \t]+of\b|[ \t][A-Z][a-z])"
)
# Words that shelters, recovery houses and drop-in centres are named by for what they promise ("Hope House", "Haven
# House", "RENEWAL HOUSE", "the Hope Center", "Stepping Stone House"): before "House", "Center" or "Centre", in title
# case or capitals, they name one wherever they stand, unless a capitalised word or "of" goes on ("Stepping Stones
# House Rules", "PROVIDENCE HOUSE OF CARDS"). Words that also make an event or a kind of place ("Open House", "Safe
# House", "Life Center") are left out, and so are "Place" and "Lodge", which name games, shows and exercises as often
# ("Keystone Place flap", "Journey Place on the Switch", "your Serenity Place", "Oasis Lodge board game").
_PROMISE_WORDS = (
    r"Hope|Haven|Harbou?r|Bridge|Bridgeway|Gateway|Pathways?|Journey|Horizons?|Beacon|Compass|Anchor|Cornerstone|"
    r"Keystone|Liberty|Freedom|Unity|Harmony|Serenity|Tranquility|Genesis|Phoenix|Sunrise|Lighthouse|Renewal|"
    r"Sanctuary|Refuge|Oasis|Covenant|Providence|Fountain|Stepping[ \t]Stones?|Fresh[ \t]Start|New[ \t]Beginnings"
)
_PROMISE_HOUSE = (
    r"(?<![\w'’-])(?P<pii>(?:" + _PROMISE_WORDS + r")[ \t]+(?:House|Center|Centre)"
    r"(?![ \t]+(?:(?i:of)\b|[A-Z][A-Za-z])|[\w'’-])"
    # (in capitals only where a line opens or after a place's preposition, and before the clause's end, a preposition
    # or a number: "PATIENT EXPRESSES HOPE HOUSE WILL BE SOLD", "HOPE HOUSE MOVE GOES WELL" go on)
    r"|(?:(?<=^)|(?<=\n)|(?<=\b(?i:to|at|by|in) )|(?<=\b(?i:from) )|(?<=\b(?i:into) )|(?<=\b(?i:via) )|(?<=@ )|(?<=\())"
    r"(?:" + upper_alternatives(_PROMISE_WORDS) + r")[ \t]+(?:HOUSE|CENTER|CENTRE)(?![\w'’-])"
    r"(?=[ \t]*(?:[,.;:)\]\n(-]|$|\d|(?:TO|AT|ON|IN|FOR|AND|FROM|WITH|VIA|BY|TODAY|TOMORROW|YESTERDAY)\b)))"
)
# Words that make a kind of house, not a house's name ("Halfway House", "Open House", "Main House", "Ski Lodge");
# compounds the dictionary spells as one word ("Club House", "Green House", "Field House") are found there.
_HOUSE_KINDS = frozenset(
    "main open full big little old new white safe halfway sober crisis group care family country beach lake summer "
    "winter guest party frat fraternity sorority haunted crack trap drug tiny dream respite recovery transitional "
    "boarding rooming lodging public opera meeting manor mansion council town row terraced detached mobile ski "
    "hunting fishing mountain masonic hotel motel holiday step down rescue pool coach bleak residence gate student "
    "shared rented ranch stash fun bounce monster sweat prayer god worship yoga safari cottage dealer dealers foster "
    "semi broken empty dark travel".split()
)

# Words a department, a service, a role or a kind of care: "referred to Psychology", "called Billing re".
_NOT_NAMES = frozenset(
    "reception pharmacy billing admissions admission records security switchboard bed management duty desk line "
    "hotline helpline panel board medicine surgery radiology lab labs imaging transport finance hr payroll "
    "benefits insurance accounts legal compliance safeguarding housing options outreach team services service "
    "support care home hospital ward unit clinic centre center office department dept intake triage crisis "
    "emergency inpatient outpatient residential detox rehab recovery programme program day night weekend evening "
    "morning adult adults adolescent adolescents teen teens youth child children women women's men men's "
    "veterans veteran virtual online telehealth step down partial intensive acute primary secondary tertiary "
    "community mental health behavioral behavioural social work workers worker police court probation parole "
    "school college university work job employer gp pcp doctor nurse therapist psychiatrist psychologist "
    "counsellor counselor case manager cm coordinator officer landlord sponsor group meeting meetings aa na cbt dbt "
    "emdr act smart asam medicaid medicare tricare ndis nhs a&e er ed icu picu shelter hostel house home family "
    "friends friend gran granny grandma nan nanna foster kinship church god jesus heaven hell bed beds room "
    "the a an to at in on for from by with and or "
    "floor prison jail custody tribunal early help therapy voicemail christmas easter thanksgiving diwali eid "
    "hanukkah ramadan halloween mri ct cat xray x-ray ultrasound echo eeg ekg ecg endoscopy "
    # states, apps and eponymous illnesses a cue can point at ("living in Limbo", "booked with Lyft")
    "tomorrow tommorow tomorow tmrw today tonight yesterday bleak respite rescue "
    "balance due owed total amount payment limbo baseline uni council lyft uber spam alzheimers alzheimer's "
    "parkinsons parkinson's residence inn theatre theater cath endo ir or pre-op preop post-op "
    # the zones of an emergency department and a ward's bays ("taken to Majors", "conveyed to Resus")
    "majors minors resus resuscitation holding short side labour labor ambulatory minor rapid assessment "
    "observation obs cdu amu sau eau".split()
)


# A clause's verb or a modifier that opens a phrase, not a name ("Continue Current PHP", "Received Mental Health
# Services", "Next Available Residential", "Usual Residence").
_OPENERS = frozenset(
    "continue continued continues current currently next higher lower usual received receives receiving attends "
    "attended attending consider considered considering moved moving started starting start standard long extended "
    "previous prior recent same other further local nearest available private public".split()
)
# Heads that make a department, a service or a role of the words before them when those are clinical or
# everyday English ("Stroke Unit", "Cardiac Rehab", "Member Services", "Sixth Form", "Guidance Counselor").
_DEPARTMENT_HEADS = frozenset(
    "unit clinic rehab rehabilitation therapy services service team ward review relations panel dispatch form flat "
    "residence counselor counsellor practitioner registrar department dept office desk line lab suite bay".split()
)

# Kin, housemates and staff titles that no relation or role list holds ("Grandparents", "Matron", "Tutor").
_PEOPLE = frozenset(
    "grandparent parent housemate registrar matron tutor teacher practitioner nanny babysitter grandad granddad "
    "gramps nan gran granny".split()
)
# A specialty's or a therapy's ending: a department's name ("Psychology", "Psychiatry", "Physiotherapy").
_SPECIALTY_ENDINGS = ("ology", "iatry", "iatrics", "therapy")


def _person_word(word: str) -> bool:
    """Kin, a title or a role, possessive or plural alike ("Grandma's", "Dr", "Grandparents")."""
    from confide.anonymize.recognizers.facility_placement import _TITLES
    from confide.anonymize.recognizers.name_dictionary import RELATIONS, ROLES

    return any(b in RELATIONS or b in _TITLES or b in ROLES or b in _PEOPLE for b in (word, _base(word)))


def _base(word: str) -> str:
    """A word without its possessive or plural ending ("Mum's" -> "mum", "Grandparents" -> "grandparent")."""
    word = word.lower().strip(".,'’")
    for end in ("'s", "’s", "s'", "s’"):
        if word.endswith(end):
            return word[: -len(end)]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@register_validator("cued_site_name")
def cued_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """Title-case words that can be a site's own name: the first no department, kind of care, kin, title or date.

    A lone given name is a person ("called Faith re"), a lone gazetteer place a place ("moved to Leeds"),
    a specialty a department ("referred to Psychology"); the words must hold one that is no such word. A
    lone acronym must be no word, unit or service ("admitted to PICU"); ``any_acronym: true`` asks only
    that it be no department or role ("REFERRED TO SW"), leaving the rest to the pattern's own validators.
    ``at_site: true`` (a person is seen or works "at" the words) lets a lone given name name a site ("seen at
    Mercy"); ``named: true`` then refuses words that are all English or clinical ("seen at Handover", "born at
    Sea"; a hospital's "Mercy" stays).
    ``cued: true`` (a verb points at the words) also refuses a lone clinical English word ("admitted to
    Seclusion", "shift at Midnight") and clinical English before a department's head ("Stroke Unit").
    """
    # (imported here: facility imports this module's patterns at its end)
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon
    from confide.anonymize.recognizers.facility import (
        _FAITH_SITE_WORDS,
        _KIND_WORDS,
        GENERIC_WORDS,
        SERVICE_ACRONYMS,
        UNIT_SHAPE,
    )
    from confide.anonymize.recognizers.facility_placement import _DESCRIPTORS, _NOT_SITES

    def stop(w: str) -> bool:
        return (
            w in _NOT_NAMES
            or w in _NOT_SITES
            or _person_word(w)
            or _base(w) in MONTH_WORDS
            or _base(w) in WEEKDAY_WORDS
            or w.endswith((*_SPECIALTY_ENDINGS, "ics"))
        )

    lexicon = load_lexicon()
    words = [w.strip(".,'’").lower() for w in value.split() if w.lower() not in {"the", "of"}]
    if not words:
        return False
    if value.isupper() and len(words) == 1:
        if params.get("any_acronym"):
            return not (stop(words[0]) or words[0] in GENERIC_WORDS)
        # an acronym names a site unless it is a unit, a service or a word ("admitted to PICU", "sent to CAT")
        return not (
            stop(words[0])
            or words[0] in GENERIC_WORDS
            or UNIT_SHAPE.fullmatch(words[0])
            or value in SERVICE_ACRONYMS
            or lexicon.is_english(words[0])
            or words[0] in lexicon.clinical_words
            or lexicon.is_name(words[0])  # "DECLINED BY HADDAD"
        )
    if words[-1] in ("house", "lodge") and not house_name(value, {}):
        return False  # a kind of house or someone's home ("stayed at Open House", "at Mum's House")
    if any(_person_word(w) for w in words) or words[0] in _OPENERS:
        return False  # "Becky's Mum", "Grandparents", "Guidance Counselor", "Continue Current"
    # "The Haven", "Harbor House": an article or a kind of site makes no person of a name's words
    personal = not value.startswith("The") and not any(w in _KIND_WORDS for w in words)
    if personal and len(words) == 1 and (
        (words[0] in lexicon.first_names and not params.get("at_site"))
        or (words[0] in lexicon.last_names and not lexicon.is_english(words[0]))
        or words[0] in lexicon.regions
    ):
        return False  # a person ("called Faith re", "rang Patel re") or a region ("moved to Ontario")
    if tuple(words) in lexicon.places.get(words[0], ()):
        return False  # a place ("moved to Milton Keynes")
    if personal and words[0] in lexicon.first_names and all(lexicon.is_name(w) for w in words) and (
        len(words) > 1 or not params.get("at_site")
    ):
        return False  # a person ("referred to Sarah Jones")
    if stop(words[0]) or words[0] in _DESCRIPTORS:
        return False  # "Adult Services", "Dr Hale", "Mum": the first word says what or who, not which
    parts = [p for w in words for p in w.split("-") if p]  # "Follow-up", "Check-up", "Full-term"
    ordinary = [(lexicon.is_english(w) or w in lexicon.clinical_words) and w not in _FAITH_SITE_WORDS for w in parts]
    if params.get("named") and all(ordinary):
        return False  # "seen at Handover", "seen at Dawn", "born at Sea"; a hospital's "Mercy" stays
    if params.get("cued"):
        clinical = [w in lexicon.clinical_words and lexicon.is_english(w) and not lexicon.is_name(w) for w in words]
        if len(words) == 1 and clinical[0]:
            return False  # "admitted to Seclusion", "hospitalized with Pneumonia"
        head = words[-1] in _DEPARTMENT_HEADS or words[-1].endswith(_SPECIALTY_ENDINGS)
        if head and all(c or stop(w) for c, w in zip(clinical[:-1], words, strict=False)):
            return False  # "Stroke Unit", "Cardiac Rehab", "Member Services"
    return any(w not in GENERIC_WORDS and w not in _DESCRIPTORS and not stop(w) for w in words)


@register_validator("house_name")
def house_name(value: str, params: Mapping[str, Any]) -> bool:
    """Words before a house's kind that name it ("Hope House", "Oakwood Lodge", "Kahu House").

    Everyday words name a residence where the text places it ("reside at Serenity House"); a kind of house
    ("Halfway House", "Club House"), someone's home ("Grandma's House", "Sarah's House"), a title ("Dr House"), a date
    or an article names none; participles neither ("Shared House"). ``naming: true`` (no placement before it) also
    asks for a town or a word no dictionary knows ("Oakwood Lodge", "Kahu House").
    """
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon
    from confide.anonymize.recognizers.facility import GENERIC_WORDS

    lexicon = load_lexicon()
    *names, kind = [w.strip(".,").lower() for w in value.split()]
    if params.get("naming") and not any(w in lexicon.places or not lexicon.is_common(w) for w in names):
        return False
    for word in names:
        stem = re.sub(r"['’]s$", "", word)
        if (
            (stem.endswith(("ed", "ing")) and lexicon.is_english(stem))  # "Shared House", "Burning House"
            or word in GENERIC_WORDS
            or stem in _HOUSE_KINDS
            or lexicon.is_english(stem + kind)
            or _person_word(word)
            or stem in MONTH_WORDS
            or stem in WEEKDAY_WORDS
            or (stem != word and lexicon.is_name(stem))
        ):
            return False
    return bool(names)


# Hospitals known by one word of their name ("the Royal", "the Mater", "the Southern", "the Alfred"), in Title case,
# capitals, or (for a word no English text uses alone) lower case. ("the General" is left: a generic word, see
# ``facility_not_generic``.)
_NICKNAMES = (
    r"Royal|Mater|Southern|Western|Northern|Alfred|Austin|Children's|Women's|"
    r"ROYAL|MATER|SOUTHERN|WESTERN|NORTHERN|ALFRED|AUSTIN|mater"
)
# What may follow such a nickname: the clause's end, or a word of time, company or purpose, never a noun it
# qualifies ("the Royal family", "the General Assembly").
_AFTER_NICKNAME = (
    r"(?=[ \t]*(?:[.,;:!?)(\n]|$)|[ \t]+(?i:after|before|with|for|on|in|at|last|since|and|tmrw|tomorrow|today|"
    r"tonight|yesterday|overnight|ed|a&e|er|again|until|till|by|from|to|now|getting|psych|psychiatric)\b)"
)


# Venues whose kind a post or a note writes in lower case after their name ("the Haven hostel", "Tuskys
# supermarket", "Iron Paradise gym", "Second Chance youth project"): kinds that ordinary words name, not clinics,
# schools or churches (their own rules read those, and "Memory clinic", "Baptist church" name none).
_LOWER_VENUE_KIND = (
    r"(?:hostel|(?:night[ \t]+|women's[ \t]+|men's[ \t]+)?shelter|(?:recovery[ \t]+)?caf[eé]|gym|supermarket|"
    r"nursery|cr[eè]che|playgroup|play[ \t]+school|salon|bakery|car[ \t]+wash|soup[ \t]+kitchen|food[ \t]+bank|"
    r"youth[ \t]+project|drop-in|day[ \t]+cent(?:re|er)|pub|takeaway|take-away|barbers?|garage|warehouse|factory|"
    r"restaurant|diner|hotel|motel|kopitiam|chop[ \t]+bar|hardware|provisions|"
    # where a person works, studies or prays ("a cleaner at Imago mall", "advisor, Capita call centre", "meals at the
    # ISKCON temple", "children study at TCF school")
    r"mall|(?:call|tuition|distribution|contact)[ \t]+cent(?:re|er)|depot|temple|school)"
)
# A form's field that names a kind of site, its value the site ("Church: Little Zion Free Will Baptist", "Day centre:
# the Orchard", "College: Calder High sixth form", "Kerk: Gereformeerde Gemeente"), in English and the languages of the
# forms it meets.
_SITE_FIELD = (
    r"(?i:church|mosque|masjid|temple|gurdwara|mandir|marae|parish|place[ \t]+of[ \t]+worship|faith[ \t]+community|"
    r"day[ \t]+cent(?:re|er)|school|college|university|nursery|cr[eè]che|workplace|place[ \t]+of[ \t]+work|"
    r"gp[ \t]+(?:practice|surgery)|care[ \t]+home|nursing[ \t]+home|hostel|shelter|refuge|gym|agency|placement|"
    r"housing|accommodation|hospice|employer|"
    r"kerk|moskee|kanisa|shule|sekolah|paaralan|simbahan|dagbesteding)"
)
# The site's words after the field: capitalised words, maybe joined by "of", "de", "and", up to the field's end.
_FIELD_SITE = r"[A-Z][\w'’&-]*(?:[ \t]+(?:of|de|the|and|&|[A-Z][\w'’&-]*)){0,5}"
# The label opening a line or a field, and what ends the site: the field's end, a bracket, or "at"/"in" ("Church: ZCC
# at Denver").
_SITE_FIELD_LABEL = r"(?m)(?:^|(?<=[|;.])[ \t]*)[ \t]*" + _SITE_FIELD + r"[ \t]*:[ \t]*"
_FIELD_SITE_END = r"(?=[ \t]*(?:[.,;(\n]|$|(?i:at|in|on|since|from|until|for)\b|[a-z]))"

# Kinds of site that a bracket says a name is, or that a bracket names ("the Beacon (his day centre)", "her care home
# (Hollies)").
_BRACKET_KIND = (
    r"(?i:day[ \t]+cent(?:re|er)|shelter|hostel|care[ \t]+home|nursing[ \t]+home|gp(?:[ \t]+surgery)?|surgery|"
    r"practice|school|college|church|mosque|temple|charity|food[ \t]?bank|employer|workplace|pharmacy|chemist|rehab|"
    r"hospice|supported[ \t]+housing|drop-in|project|clinic|hospital|nursery|cr[eè]che|gym|café|cafe|pub|shop|"
    r"supermarket)"
)
_OWNER = r"(?:(?i:his|her|their|my|our|your|a|an|the|mum's|dad's)[ \t]+)?"

# A name inside a sentence, never its first word ("Night shelter full", "Women's shelter rang"); or an acronym there
# ("the ISKCON temple").
_INNER_NAME = (
    r"(?<=[a-z,;:)][ \t])(?:(?:" + _TITLE_WORD + r")(?:[ \t]+(?:of[ \t]+)?" + _TITLE_WORD + r"){0,2}|[A-Z]{2,6})"
)


# A name in quotes where someone works, shops, prays or goes, or after its kind ("works at 'Himalayan Yak'", "goes to
# 'Jalaram'", "the bar 'Da Totò'", "nursery: 'Wee Stars'"): the quotes say the words are a name (not after any "to":
# "listen to 'Fast Car'" is a song's).
_QUOTED_WORD = r"[A-ZÀ-Þ][\w'’&-]{1,40}"
_QUOTED_SITE = (
    r"(?:(?i:\b(?:at|from|(?:go|goes|going|went|gone|travel(?:s|led|ling)?|come|comes|came|coming|walks?|walked|drives?|"
    r"drove|moved?|moves|moving|back|over|down|round)[ \t]+to))|" + _BRACKET_KIND
    + r"|(?i:\b(?:bar|deli|restaurant)))[ \t]*[,:]?[ \t]+(?:(?i:the)[ \t]+)?"
    r"['‘\"“](?:(?i:the)[ \t]+)?(?P<pii>" + _QUOTED_WORD + r"(?:[ \t]+" + _QUOTED_WORD + r"){0,3})['’\"”]"
)


PATTERNS: list[dict[str, Any]] = [
    {
        "name": "quoted_site",
        "gate": r"['‘\"“][A-ZÀ-Þ]",
        "regex": _QUOTED_SITE,
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True, "at_site": True}],
    },
    {
        "name": "site_after_placement",
        # (never the first of two joined departments: "referred to Speech and Language Therapy")
        "regex": _PLACED_AT + r"(?P<pii>" + _NAME + r"|[A-Z]{3,6})"
        r"(?![ \t]*[A-Z0-9]|[\w'’&-]|[ \t]+(?:and|&)[ \t]+[A-Z])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True}],
    },
    {
        # a town or a coined word before the kind ("fall at Oakwood Lodge", "then Kahu House")
        "name": "house_after_preposition",
        "regex": _HOUSE_CUE + _HOUSE,
        "score": 0.5,
        "validators": [{"name": "house_name", "naming": True}],
    },
    {
        # everyday words where the text places someone ("reside at Elm House", "key worker at Hope House")
        "name": "house_after_placement",
        "regex": _HOUSE_PLACED + _HOUSE,
        "score": 0.5,
        "validators": [{"name": "house_name"}],
    },
    {
        # a name that promises shelter or a new start before a house's or a centre's kind ("Pt to Haven House",
        # "Called the Hope Center", "accepted by RENEWAL HOUSE"); see ``_PROMISE_HOUSE``
        "name": "promise_house",
        "regex": _PROMISE_HOUSE,
        "score": 0.5,
        "gate": r"(?i)(?:house|center|centre)\b",
    },
    {
        # "two admissions to the Royal (2022, 2024)", "transferred from the Mater": a hospital's nickname
        "name": "hospital_nickname",
        "regex": r"(?:" + _PLACED_AT + "|" + _SEEN_AT + r"|(?i:\badmissions[ \t]+to[ \t]+))(?i:the)[ \t]+"
        r"(?P<pii>Royal|Mater|ROYAL|MATER)(?![ \t]+[A-Z]|[\w'’-])",
        "score": 0.5,
    },
    {
        # ... and where someone is, goes or works, before the clause goes on ("a porter at the Southern.", "in
        # the mater since friday", "WAS IN THE ROYAL WITH A HEAD INJURY"); never "the Southern hemisphere"
        "name": "hospital_nickname_where",
        "regex": r"(?i:\b(?:at|in|into|to|from|outside)[ \t]+the[ \t]+)(?P<pii>" + _NICKNAMES + r")"
        + _AFTER_NICKNAME,
        "score": 0.5,
    },
    {
        # A name and, in a bracket after it, the kind of site it is ("back to the Beacon (his day centre)").
        "name": "site_before_bracketed_kind",
        "regex": r"(?P<pii>" + _TITLE_WORD + r"(?:[ \t]+(?:of[ \t]+)?" + _TITLE_WORD + r"){0,2})[ \t]+\("
        + _OWNER + _BRACKET_KIND + r"\)",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "at_site": True}],
    },
    {
        # A kind of site and its name in a bracket ("her care home (Hollies)", "the day centre (the Orchard)").
        "name": "site_in_bracket_after_kind",
        "regex": r"(?<![\w-])" + _BRACKET_KIND + r"[ \t]+\((?:(?i:the)[ \t]+)?(?P<pii>" + _TITLE_WORD
        + r"(?:[ \t]+(?:of[ \t]+)?" + _TITLE_WORD + r"){0,2})\)",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "at_site": True}],
    },
    {
        # A site after its field's label (``_SITE_FIELD``), up to the field's end, a bracket or "at"/"in" ("Church: ZCC
        # at Denver"); with no "the" before it the words must hold one that no English or clinical list holds ("School:
        # None", "Church: Catholic" name none).
        "name": "site_after_site_field",
        "regex": _SITE_FIELD_LABEL + r"(?P<pii>" + _FIELD_SITE + r")" + _FIELD_SITE_END,
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "at_site": True, "named": True}],
    },
    {
        "name": "site_after_site_field_the",
        "regex": _SITE_FIELD_LABEL + r"(?i:the)[ \t]+(?P<pii>" + _FIELD_SITE + r")" + _FIELD_SITE_END,
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "at_site": True}],
    },
    {
        # (a given name before the kind is the venue's: "the Haven hostel", "Patience Provisions")
        "name": "venue_before_lower_kind",
        "regex": r"(?P<pii>" + _INNER_NAME + r")[ \t]+" + _LOWER_VENUE_KIND + r"\b(?![ \t]*[A-Z])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True, "at_site": True}],
    },
    {
        "name": "site_seen_at",
        "regex": _SEEN_AT + r"(?P<pii>" + _NAME + r"|[A-Z]{3,6})(?![ \t]*[A-Z0-9]|[\w'’&-])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True, "at_site": True, "named": True}],
    },
    {
        "name": "site_of_worker",
        "regex": _WORKER_WITH + r"(?P<pii>" + _WORKER_SITE + r")(?![ \t]*[A-Z0-9]|[\w'’&-])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True, "at_site": True}],
    },
    {
        "name": "club_of_member",
        "regex": _CLUB_MEMBER + r"(?P<pii>" + _NAME + r")(?![ \t]*[A-Z0-9]|[\w'’&-])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True}],
    },
    {
        "name": "site_contacted",
        "regex": _CONTACTED + r"(?P<pii>" + _NAME + r")" + _ABOUT,
        "score": 0.5,
        "validators": [{"name": "cued_site_name", "cued": True}],
    },
    {
        "name": "site_before_level_of_care",
        "regex": _SITE_CUE + r"(?P<pii>" + _NAME + r")[ \t]+(?=" + _LEVEL_OF_CARE + r")",
        "score": 0.5,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "practice_legal_form",
        # (never a title's department: "Director of Operations, Inc.")
        "regex": r"(?<![\w/])(?<!\bof[ \t])(?P<pii>(?:" + _TITLE_WORD + r"[ \t]+){1,3}" + _PRACTICE_KIND
        + _KIND_LEGAL_FORM + r"?"
        r"|(?:" + _TITLE_WORD + r"[ \t]+){0,2}" + _TITLE_WORD + _LEGAL_FORM + r")(?![\w])",
        "score": 0.55,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "practice_kind_in_capitals",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _CAPS_WORD + r"[ \t]+){1,3}" + _CAPS_KIND + r")\b",
        "score": 0.55,
        "validators": [{"name": "cued_site_name"}],
    },
]
