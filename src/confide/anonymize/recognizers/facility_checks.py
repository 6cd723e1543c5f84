"""Facility validators that judge one word by its shape: a donor ward, a hospital acronym, a church.

A donor's name before a ward's floor, a hospital's acronym after a transfer or outside-hospital cue,
a numbered church. Also the slot rule, a site named in the slot after a transfer or residence cue
("back to baycrest", "resides at HRC", "OSH Halvorsen") and that site's other mentions in the note;
the place gazetteer reports them (it reads words against the same word lists).

Kept apart from ``facility`` (its patterns and naming-word checks) to hold both under the style
guide's length; ``facility`` imports this module so the validators are registered with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.casing import caseless_lines
from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, word_counts
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.facility import _KIND_WORDS, _ROUTES, GENERIC_WORDS, UNIT_SHAPE, _compound
from confide.anonymize.recognizers.facility_words import (
    CARE_KIND_ACRONYMS,
    FORM_UNITS,
    SERVICE_ACRONYMS,
    UNIT_KIND_WORDS,
)
from confide.anonymize.recognizers.site_ties import CREDENTIALS, IN_TOWN, NEXT_SITE, TIE_CUE, tie_flags

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
    "renal cards pulm dr mr mrs ms prof pcp np pa rn md sw cm floor ich sah sdh edh ivh bph "
    # a drug and bleeds of the shape of a hospital's acronym that the clinical words lack ("bridged to UFH")
    "ufh ugih lgih".split()
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
        and word not in CARE_KIND_ACRONYMS
        and word not in CREDENTIALS
        and word not in _ROUTES
        and word not in GENERIC_WORDS
        and word not in _MONTHS_AND_DAYS
        and not lexicon.is_english(word)
        and not lexicon.is_everyday(word)
    )


@register_validator("no_test_or_finding")
def no_test_or_finding(value: str, params: Mapping[str, Any]) -> bool:
    """Initials before a care unit are no test, finding or service's short name ("seen at the SAH clinic")."""
    return value.lower() not in _NOT_ACRONYMS and value.lower() not in CARE_KIND_ACRONYMS


@register_validator("numbered_church")
def numbered_church(value: str, params: Mapping[str, Any]) -> bool:
    """"First Baptist Church", "First Congregational of Carverton", "at First Presbyterian": a church.

    Without "church" or its town, both words in Title Case name it ("my first baptist experience" does not).
    """
    words = value.split()
    return bool(re.search(r"(?i)\bchurch\b|\bof\s+\w", value)) or all(w.istitle() for w in words[:2])


# --- a site named in the slot after a transfer or residence cue --------------------------------------
# "transferred from Lahey", "back to baycrest", "resides at HRC", "came over from MGH", "OSH Halvorsen",
# "followed by Brigham", "via lincoln ed": where a strong cue opens a slot that only a site can fill,
# one to four words that name (a name, a place, an acronym or a word no dictionary knows) are a site,
# with the site's abbreviated kind after them ("quincy hosp", "wrenfield mc", "rosewood nh"). Units,
# levels of care, services, routes, transport, drugs and ordinary words never fill it ("transferred to
# MICU", "d/c to rehab", "via EMS", "back to baseline", "followed by cardiology", "switched back to
# lasix"). A slot filled by a town alone after a cue of coming from is left to the place gazetteer
# ("pt from Lawrence"); after a cue of care or stay it is the town's hospital ("ER visit at Winchester").
_SLOT_CUE = re.compile(
    r"(?i)(?<![\w/])(?:"
    # (1) transfer, discharge, admission and arrival, then from/to
    r"(?P<move>(?:(?:re)?transferred|transfer|txf|tx'?d|transported|d/c'?d?|dc'?d|discharged?|(?:re)?admitted|"
    r"accepted|referred|sent|came|comes|arrived|returned|returns?|returning|brought|biba|bibems|bib)"
    r"(?:\s+(?:in|over|back|up|down|here|directly|straight))?\s+(?:from|to)"
    # "transfer for thrombectomy to", "transferred for higher level of care to" (``_care_purpose``)
    r"|(?:transfer|transferred|txf)[ \t]+for(?P<purpose>(?:[ \t]+[\w-]+){1,4}?)[ \t]+to"
    # "plan is back to", never "switched back to lasix"
    r"|(?<!started\s)(?<!switched\s)(?<!changed\s)(?<!titrated\s)(?<!weaned\s)(?<!restarted\s)back\s+to)"
    # (2) residence and care at a site
    r"|(?P<stay>(?:resides?|residing|resided|live|lives|living|lived|stays?|staying|stayed|resident|was|were|been|"
    r"is|are|pt|patient|"
    r"seen|treated|followed|hospitali[sz]ed|evaluated|care|visit|appt|appointment|chemo|dialysis|hd|cabg|pci|"
    r"surgery)(?:\s+(?:mwf|tts|tths|tues/thurs/sat|m/w/f|t/th/s|daily|weekly|[1-7]x/wk))?\s+at|resident\s+of|followed\s+by|(?:osh|outside\s+(?:hosp(?:ital)?|facility))(?:\s*[-:(])?|via)"
    # (3) where a patient comes from: a town here is a town, left to the gazetteer
    r"|(?P<origin>(?:pt|patient)\s+(?:is\s+)?from)"
    r")[ \t]+(?:the[ \t]+)?"
)
# The kinds of site written after its name, abbreviated or not ("X hosp", "X med ctr", "X NH"), and the acronyms
# of a service or a kind of site ("Wexcombe CMHT", "Riverside CMHC"; "referred to the FQHC" names none).
_SLOT_HEADS = (
    frozenset(
        "hosp hospital mc med ctr medical center centre nh snf ltc ltach ltcf rehab vna general gen memorial "
        "regional manor infirmary clinic health community estates living assisted senior home".split()
    )
    | {a.lower() for a in SERVICE_ACRONYMS}
    | CARE_KIND_ACRONYMS
)
# Words that end the slot: function words, times, titles, transport, care units and levels of care.
_SLOT_STOPS = (
    frozenset(
        "to the a an at in on into from of and or by with for be is was were w x s p after before once when until "
        "since today tonight tomorrow tmrw yesterday last this next then pending per via where who which while "
        "but so as if ed er ems ambulance medflight helicopter stretcher wheelchair chair car cab taxi van "
        "dr mr mrs ms miss prof rn np pa md do rd sw cm pt ot bed room overnight here there home "
        "us me him her them it his their our my your long short term cvvh cvvhd cvvhdf crrt".split()
    )
    | CREDENTIALS
    | GENERIC_WORDS
    | _ROUTES
    | _NOT_ACRONYMS
    | _MONTHS_AND_DAYS
)
_HEADS_RE = "|".join(sorted(_SLOT_HEADS - {"home", "living", "senior", "community", "health", "general"}))
_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z'’&-]*[A-Za-z])?")
_GAP = re.compile(r"[ \t]*&[ \t]*|[ \t]+|-")  # "&" first: "Pruett & Lowe" is one name
_NUMBER_AFTER = re.compile(r"[ \t]*\d(?!\d{3}\b)")
# Feeding tubes, oxygen devices, video visits, apps, games, payment and crypto words that no dictionary
# holds and that notes and posts put after "via", "back to" and "came over from": never a site.
NOT_SITES = frozenset(
    "dobhoff corpak kangaroo vapotherm optiflow airvo bipap cpap trilogy webex doximity amwell vidyo zoom "
    "facetime skype teams mychart epic telehealth instagram insta tiktok snapchat snap facebook fb youtube "
    "netflix hulu spotify twitch discord reddit tumblr twitter whatsapp telegram kik messenger imessage "
    "venmo paypal zelle cashapp coinbase bitcoin btc ethereum eth dogecoin crypto robinhood fortnite "
    "minecraft roblox steam xbox playstation nintendo tinder hinge bumble grindr uber lyft doordash "
    "voicemail modmail email gmail bluetooth wifi chatgpt talkspace betterhelp cerebral headspace calm "
    # days of worship and feasts attended as one attends a school ("attended Shabbat services")
    "shabbat sabbath ramadan passover diwali hanukkah eid".split()
)
# Cues that put a town as often as a site in the slot ("back to Spain", "came back from Iraq", "via
# Boston"): a town or region alone there is a town, left to the place gazetteer; only a stay or care
# at a site ("pt at Pine Hill", "seen at", "chemo at") makes a town alone its hospital ("ER visit at
# Winchester"), and so does the town's ED after it ("via lincoln ed").
_CARE_CUE = re.compile(
    r"(?i)(?:seen|treated|followed|hospitali[sz]ed|evaluated|care|visit|appt|appointment|chemo|dialysis|hd|"
    r"cabg|pci|surgery)\b(?!\s+by)"
)
# Cues strong enough that the site's name is looked for again in the note: a transfer, discharge,
# admission or residence ("transferred from Lahey", "resides at Baycrest"); after a weaker cue ("back
# to", "via", "was at") only a site named with its kind is ("was at Harrowfield Rehab").
_AT_END = re.compile(r"(?i)\bat[ \t]+(?:the[ \t]+)?$")
_SPREAD_CUE = re.compile(
    r"(?i)(?:(?:re)?transfer|txf|tx'?d|transported|d/c|dc'?d|discharg|(?:re)?admitted|accepted|referred|bib|"
    r"resid|osh|outside)"
)


def _never() -> frozenset[str]:
    """Holidays and deities, never named as sites.

    Imported when first used: ``name_dictionary`` reads the place gazetteer, which reads this module.
    """
    from confide.anonymize.recognizers.name_dictionary import NEVER

    return NEVER


def _strong(word: str, lexicon: Any) -> bool:
    """A word that names a site on its own: a place, a name, an acronym or a word no dictionary knows."""
    if word in _SLOT_STOPS or word in _SLOT_HEADS or word in NOT_SITES or word in _never() or len(word) < 2:
        return False  # (NEVER: holidays and deities, "at Christmas")
    if lexicon.is_everyday(word):
        return False
    if "-" in word:
        # "Dana-Farber", "newton-wellesley"; never two services or signs joined ("heme-onc", "st-elevation")
        parts = [part for part in word.split("-") if part]
        if parts and parts[0] in _BOUND_PREFIXES:
            return False  # a word and its prefix ("mid-twenties", "self-employed", "non-profit")
        return any(_strong(part, lexicon) for part in parts) and not any(
            part in lexicon.clinical_words and not (lexicon.is_name(part) or part in lexicon.places) for part in parts
        )
    if word in lexicon.places or word in lexicon.regions:
        return True
    if lexicon.is_name(word):
        return not (len(word) <= 4 and word in lexicon.clinical_words)
    if UNIT_SHAPE.fullmatch(word):
        return False  # a care unit's abbreviation ("nsicu", "pcu", "bhu")
    if _spoken_compound(word, lexicon) and word_counts().get(word, 0) < _SUBTITLE_WORD:
        return True  # two words run together as places are named, and rare: "harborside", "rosewood"
    return hospital_acronym(word, {"not_clinical": True})


def _spoken_compound(word: str, lexicon: Any) -> bool:
    """Two words people say, run together ("rose|wood", "harrow|field").

    Never a drug split into dictionary scraps ("couma|din", "met|formin", "nar|can") that speech never uses alone.
    """
    counts = word_counts()
    return _compound(word, lexicon) and any(
        min(counts.get(word[:i], 0), counts.get(word[i:], 0)) >= _SPOKEN_PIECE
        and lexicon.is_english(word[:i]) and lexicon.is_english(word[i:])
        for i in range(3, len(word) - 2)
    )


# How often each piece of a run-together name is said in the subtitle corpus, at least.
_SPOKEN_PIECE = 50


def cued_sites(text: str, lexicon: Any) -> list[tuple[int, int, bool]]:
    """``(start, end, spreads)`` of each site named in the slot after a strong cue (see the comment above).

    ``spreads``: whether the site's name is looked for again in the note (its kind was written, or the
    cue is a transfer, discharge, admission or residence). The cues of ``site_ties`` (work, school,
    staff, placement) open the same slot, and a second site joined by "and", "or" or "then" follows
    its cue too ("screened by Kelvane and Orlo").
    """
    out = []
    for cue in _SLOT_CUE.finditer(text):
        cue_text = cue.group()
        if cue["purpose"] and not _care_purpose(cue["purpose"], lexicon):
            continue
        flags = {
            "town_cue": not (_CARE_CUE.match(cue_text) or _AT_END.search(cue_text)),
            "by": cue_text.lower().startswith("followed"),
            "spreads": bool(_SPREAD_CUE.match(cue_text)),
        }
        out.extend(_slots_after(text, cue.end(), lexicon, flags))
    for cue in TIE_CUE.finditer(text):
        out.extend(_slots_after(text, cue.end(), lexicon, tie_flags(cue)))
    return out + searched_sites(text, lexicon)


# What a transfer is for when it goes to a site: a level of care, or a procedure. An evaluation or a consult
# goes to a clinician ("transfer for eval to Haddad"), rent or a deposit to a person ("bank transfer for rent to").
_CARE_LEVEL = frozenset(
    "a an the higher further definitive tertiary specialist specialised specialized level of care".split()
)
_TO_CLINICIAN = frozenset("eval evaluation consult consultation opinion review assessment".split())


def _care_purpose(purpose: str, lexicon: Any) -> bool:
    """Whether the words between "transfer for" and "to" name care a site gives ("thrombectomy", "level of care")."""
    words = purpose.lower().split()
    if any(word in _TO_CLINICIAN for word in words):
        return False
    return all(
        word in _CARE_LEVEL or (word in lexicon.clinical_words and not lexicon.is_everyday(word)) for word in words
    )


def _slots_after(text: str, pos: int, lexicon: Any, flags: dict[str, bool]) -> list[tuple[int, int, bool]]:
    """The site in the slot at ``pos`` and those joined to it by "and", "or" or "then" (two more at most)."""
    out: list[tuple[int, int, bool]] = []
    while len(out) < 3:
        span = _slot(
            text,
            _slot_words(text, pos),
            lexicon,
            town_cue=flags["town_cue"],
            by=flags["by"],
            lone_name=flags.get("lone_name", False),
            employer=flags.get("employer", False),
            work=flags.get("work", False),
            titled=flags.get("titled", False),
        )
        if not span:
            break
        start, end, with_kind = span
        town = IN_TOWN.match(text, end) if flags.get("in_town") else None
        if flags.get("in_town") and not (
            town and town[1].lower() in lexicon.places and (town[1][0].isupper() or _caseless_at(text, start))
        ):
            break  # "at"/"from" alone is no cue: a town after the name (capitalised on a cased line) makes it one
        one_word = " " not in text[start:end] and (text[start:end].islower() or _caseless_at(text, start))
        if flags.get("after_the") and not out and one_word:
            break  # "works at the restraunt": one word after "the" is a common noun, however spelt
        out.append((start, end, with_kind or flags["spreads"]))
        joined = NEXT_SITE.match(text, end)
        if joined is None:
            break
        pos = joined.end()
    return out


def _slot_words(text: str, pos: int) -> list[re.Match[str]]:
    """Up to five words from ``pos``, joined by spaces, "&" or hyphens."""
    words: list[re.Match[str]] = []
    while len(words) < 5:
        match = _WORD_RE.match(text, pos)
        if match is None:
            break
        words.append(match)
        gap = _GAP.match(text, match.end())
        if gap is None:
            break
        pos = gap.end()
    return words


def _slot(
    text: str,
    words: list[re.Match[str]],
    lexicon: Any,
    *,
    town_cue: bool,
    by: bool,
    lone_name: bool = False,
    employer: bool = False,
    work: bool = False,
    titled: bool = False,
) -> tuple[int, int, bool] | None:
    """The site's extent among the words after a cue and whether its kind follows, or None when they name none.

    ``lone_name``: one capitalised name or place on a cased line is enough ("Dr. Osei at Mercy");
    ``employer``: after a cue of work, one word in Title Case on a cased line that no dictionary of
    English holds names the employer or shop ("shift at Morrisons", "works for Capita"), never an app;
    ``work``: after a shift or a redundancy, one word must end the clause or the name (``_ends_name``);
    ``titled``: two capitalised words on a cased line are ("church (Kellerton Bible Fellowship)").
    """
    if not words:
        return None
    caseless = _caseless_at(text, words[0].start())
    lowers = [m.group().lower().replace("’", "'") for m in words]
    lowers = [w[:-2] if w.endswith("'s") and len(w) > 4 else w for w in lowers]
    n = 0
    while n < min(len(words), 4):
        word, raw = lowers[n], words[n].group()
        # an opener ("New England Sinai", "St Anne's") starts a name when a word follows it
        opener = word in _OPENERS and n + 1 < len(words) and not (caseless or raw.islower())
        if word in _SLOT_STOPS and not (n and word in _SLOT_HEADS) and not opener:
            break
            # a capitalized word on a cased line; otherwise a word that names, opens or closes a site's name
        if (caseless or raw.islower()) and not (_strong(word, lexicon) or word in _SLOT_HEADS or word in _OPENERS):
            break
        n += 1
    while n and lowers[n - 1] in _OPENERS:
        n -= 1
    if n and n < len(words) and lowers[n] in _TRANSPORT_KINDS:
        n += 1  # an ambulance service's kind ("Rellon EMS", "Halvard MedFlight") closes its name
    names = [w for w in lowers[:n] if w not in _SLOT_HEADS and w not in _OPENERS]
    if not names:
        return None
    strong = [_strong(w, lexicon) for w in names]
    cased = not caseless and all(m.group()[:1].isupper() for m in words[:n])
    # a word no dictionary of English holds ("Lahey", "HRC", "braintree"); else every word names
    # ("pine hill") or the site's kind follows ("rosewood nh"); never one ordinary word that is also
    # a name or a town ("stayed at camp", "living at Residence Inn", "came home to Chaos")
    if not (
        any(ok and not lexicon.is_english(w) for ok, w in zip(strong, names, strict=True))
        or (len(names) >= 2 and all(strong))
        or (n > len(names) and any(strong))
        or (lone_name and cased and len(names) == 1 and strong[0])
        or (employer and cased and n == 1 and _brand_word(words[0].group(), lexicon))
        # a title, one everyday word in it at most ("Ashcombe Middle"; never "My job (Pretty Good Pay)")
        or (titled and cased and len(names) >= 2 and any(strong) and sum(map(lexicon.is_everyday, names)) <= 1)
    ):
        return None
    start, end = words[0].start(), words[n - 1].end()
    if work and n == 1 and not _ends_name(text, words[0]):
        return None
    if _NUMBER_AFTER.match(text, end):
        return None  # a drug and its dose, a bed, a ward's floor ("back to Keppra 500", "to Bay 3")
    # a town's emergency room is its hospital ("via lincoln ed")
    with_kind = n > len(names) or (n < len(lowers) and lowers[n] in _TOWN_HOSPITAL_AFTER)
    if town_cue and not with_kind and all(w in lexicon.places or w in lexicon.regions for w in names):
        return None  # "pt from Lawrence", "moved back to Spain": the town, reported by the place gazetteer
    acronym = not caseless and any(m.group().isupper() and len(m.group()) <= 5 for m in words[:n])
    if by and not with_kind and not acronym and all(lexicon.is_name(w) and w not in lexicon.places for w in names):
        return None  # "followed by Jones": a clinician (never an acronym on a cased line: "transport by AMR")
    return start, end, with_kind


_TOWN_HOSPITAL_AFTER = frozenset("ed er icu".split())
_BOUND_PREFIXES = frozenset("mid non pre post anti multi semi co re sub self ex pro half well over under".split())
_TRANSPORT_KINDS = frozenset("ems ambulance medflight".split())
_OPENERS = frozenset("st saint mt mount new north south east west upper lower our lady".split())


def _brand_word(raw: str, lexicon: Any) -> bool:
    """A word in Title Case of four letters or more that is no English, everyday or app word ("Capita", "Tesco").

    Acronyms ("attends DBT") and drugs in capitals are left out by the case; apps by ``NOT_SITES``.
    """
    word = raw.lower()
    return (
        raw.istitle()
        and len(word) >= 4
        and word not in NOT_SITES
        and word.removesuffix("s") not in _MONTHS_AND_DAYS
        and word not in _never()
        and not lexicon.is_english(word)
        and not lexicon.is_everyday(word)
        and not lexicon.is_name(word)
        and word not in lexicon.places
    )


# What may follow an employer named by one word: the end of a clause, a joining or time word, another name.
_AFTER_EMPLOYER = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:[A-Z]|(?:in|on|at|for|as|and|or|but|so|because|since|until|till|when|"
    r"where|with|from|to|then|now|again|last|this|next|every|all|today|tonight|yesterday|tomorrow|lol)\b)"
)


def _ends_name(text: str, word: re.Match[str]) -> bool:
    """Whether one word after a cue of work ends there, as an employer's name does ("shift at Tesco, then").

    A word that some other lower-case word follows modifies it ("redundant from Brexit fallout") or is a
    misspelt time ("a shift at Tommorow night"), and names no employer.
    """
    return bool(_AFTER_EMPLOYER.match(text, word.end()))


def _caseless_at(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in one case (ALL CAPS or all lower case)."""
    lines = caseless_lines(text)
    i = bisect.bisect_right(lines, pos, key=lambda line: line[0]) - 1
    return i >= 0 and pos < lines[i][1] and lines[i][2]


def repeated_mentions(text: str, sites: list[tuple[int, int, bool]], lexicon: Any) -> list[tuple[int, int]]:
    """Other mentions in ``text`` of the naming word of each site found ("AT HALLSTEAD" after "HALLSTEAD MC").

    Only a word that is no English word and four letters or more is looked for: a site's name, not
    "Pine" or "Oak" that run through ordinary sentences.
    """
    wanted = set()
    for start, end, spreads in sites:
        if not spreads:
            continue  # a lone name after a weak cue ("back to Fortnite", "via Dobhoff") is not sought again
        for word in _WORD_RE.findall(text[start:end]):
            word = word.lower()
            if len(word) >= 4 and word not in _SLOT_HEADS and not lexicon.is_english(word) and _strong(word, lexicon):
                wanted.add(word)
    if not wanted:
        return []
    pattern = re.compile(
        r"(?i)(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(wanted))) + r")"
        r"(?:[ \t]+(?:" + _HEADS_RE + r"))*(?![\w'’-])"
    )
    return [m.span() for m in pattern.finditer(text)]


# --- a site in a bed search or a transfer form -------------------------------------------------------
# Bed searches and transfer-centre logs name each site called and what it answered ("called Ridgeview --
# full", "0815 - DHMC: no beds", "PIW no forensic", "declined by UVA", "Carilion accepted, Dr X"): a name
# at a list boundary (a line's start, a comma, a colon, a time, "called", "tried", "faxed to") that such an
# answer follows, the answer ending its clause, is a site in any case, when a transfer or a bed is spoken of
# above it in its block. A person called answers no bed ("called Sarah -- no answer", "Sarah accepted the
# offer", "Sarah Jones -- full, she cannot take him"); what declines alone may be an insurer ("declined by
# Aetna"), so after "declined by" only an acronym, a named kind or a reply about beds marks a site. Transfer
# forms label the sites ("Sending: Holy Cross ED", "Referring: Presbyterian MICU", "To: Suburban ED", "->
# Ross CVICU"): a name there with its emergency room or unit after it is a site, however ordinary its words.
# Neither is looked for again in the note: the same name is often a clinician's ("Dr Haddad").
_BED_CONTEXT = re.compile(r"(?i)\b(?:transfer\w*|txf|beds?|tx[ \t]+ctr|diversion|capacity|accepting)\b")
_BED_SLOT = re.compile(
    r"(?im)(?:^|[,;:(]|\b(?:called|tried|trying|faxed[ \t]+to)\b|\bdeclined(?:[ \t]+by\b|[ \t]*[-–—]{1,2}|:)"
    r"|\b\d{3,4}[ \t]*[-–—]{1,2}|[ \t][-–—]{1,2}(?=[ \t]))[ \t]*(?:the[ \t]+)?"
)
# Words of a unit or a bed's population before "full" ("adolescent unit full", "adult unit full").
_BED_WORDS = r"(?:adult|adol\w*|child(?:ren)?|peds|geri\w*|psych|inpatient|male|female|units?|ward|icu|floor|all)"
_BED_REPLY = (
    r"(?:" + _BED_WORDS + r"[ \t]+){0,2}full|wait-?list(?:ed)?|not[ \t]+a[ \t]+fit|(?:at|no)[ \t]+capacity|"
    r"on[ \t]+(?:diversion|bypass)|states[ \t]+capacity|unable[ \t]+to[ \t]+accept|closed[ \t]+to[ \t]+admissions?|"
    r"no[ \t]+(?:[a-z/-]+[ \t]+){0,2}beds?|no[ \t]+(?:forensic|geri|adol\w*|peds|psych)"
)
# A reply ends its clause ("full, will retry", "no beds."): not "full-time", "full dose", "no bed alarm", "no psych hx"
_REPLY_END = r"(?![\w-])(?=[ \t]*(?:[-–—,.;:)(/]|$|\d|(?:per|will|again|today|tonight|now|until|but|so|and|x)\b))"
_BED_ANSWER = re.compile(
    r"(?im)[ \t]*(?:[-–—:,]+[ \t]*|\([ \t]*)?(?:(?P<reply>" + _BED_REPLY + r")" + _REPLY_END + r"|"
    # "Carilion accepted, Dr X", "Abbott accepted 1810"; never "accepted the offer"
    r"(?:accepted|declined)(?=[ \t]*(?:[,.;()]|$|\d|(?:pt|patient|to|at|by|per|via)\b)))"
)
# How far up a bed search's block its cue may stand, in lines.
_BLOCK_LINES = 15
_FORM_LABEL = re.compile(
    r"(?im)\b(?:(?P<named>sending|receiving|referring|accepting)(?:[ \t]+(?P<kind>facility|hospital|site))?"
    # a site's own label in a record's header ("Facility: Maplewood at Strawberry Hill   Room 214B", "shelter:
    # Interval House  advocate:")
    r"|(?P<site>facility|shelter|employer|care[ \t]+home|nursing[ \t]+home))[ \t]*:[ \t]*"
    r"|(?:^|(?<=[ \t/]))(?:from|to)[ \t]*:[ \t]*|->[ \t]*"
)
_UNIT_WORD = re.compile(r"[ \t]+([a-z]+)(?=[ \t])|[ \t]+([A-Za-z&]+)\b")
# Who a unit's name may stand before: "Haddad ED attending" is a person of that unit
_UNIT_ROLE = re.compile(
    r"[ \t]+(?i:attending|resident|fellow|physician|doc|doctor|nurse|rn|charge|provider|consultant|registrar|team)\b"
)
# A first name said this often in subtitles is a person's, however many sites share it ("Sarah", not "Sheppard").
_COMMON_FIRST_NAME = 1000


def searched_sites(text: str, lexicon: Any) -> list[tuple[int, int, bool]]:
    """``(start, end, False)`` of each site of a bed search or a transfer form (see the comment above)."""
    out = []
    for cue in _BED_SLOT.finditer(text):
        span = _answered_site(text, cue, lexicon)
        if span and (_bed_context(text, span[0]) or _called_for_beds(text, cue, span[1])):
            out.append((span[0], span[1], False))
    for label in _FORM_LABEL.finditer(text):
        span = _unit_named(text, label.end(), lexicon)
        if span is None and (label["named"] or label["site"]):
            span = _labelled_site(text, label, lexicon)
        if span:
            out.append((span[0], span[1], False))
    return out


def _bed_context(text: str, pos: int) -> bool:
    """Whether a transfer or bed is spoken of before ``pos`` on its line or on the lines above it in its block.

    The block ends at a blank line or at a list's own heading ("Meds offered:"), so one "transfer" in a note
    does not make every list in it a bed search.
    """
    end = pos
    for _ in range(_BLOCK_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _BED_CONTEXT.search(line):
            return True
        if start == 0 or (end < pos and (not line.strip() or line.rstrip().endswith(":"))):
            return False
        end = start - 1
    return False


def _called_for_beds(text: str, cue: re.Match[str], end: int) -> bool:
    """A log that starts with its calls: a site called that answered about its beds ("called X, no beds")."""
    answer = _BED_ANSWER.match(text, end)
    called = re.match(r"(?i)[ \t]*(?:called|tried|trying|faxed)\b", cue.group())
    return bool(called and answer and _BED_CONTEXT.search(answer.group()))


def _answered_site(text: str, cue: re.Match[str], lexicon: Any) -> tuple[int, int] | None:
    """The site after a bed search's boundary that a bed's answer follows, or that "declined by" names.

    A person may accept or decline ("Sarah accepted"), and a clinician or an insurer declines too, so
    a name alone there is a site only as "followed by" takes one (``by``); a reply about beds ("Harwick --
    full") makes any name but a person's a site.
    """
    words = _slot_words(text, cue.end())
    if cue.group().lower().lstrip().startswith("declined"):
        # "declined by UVA", "declined by Orlan Pines MC", "declined by Harwick (no adult beds)"
        span = _slot(text, words, lexicon, town_cue=False, by=True, lone_name=True)
        if span is None:
            return None
        acronym = not _caseless_at(text, span[0]) and text[span[0] : span[1]].isupper()
        answer = _BED_ANSWER.match(text, span[1])
        return span[:2] if acronym or span[2] or (answer and answer["reply"]) else None
    span = _slot(text, words, lexicon, town_cue=False, by=False, lone_name=True)
    answer = _BED_ANSWER.match(text, span[1]) if span else None
    if span is None or answer is None or _person(text[span[0] : span[1]], lexicon):
        return None
    if answer["reply"] or _slot(text, words, lexicon, town_cue=False, by=True, lone_name=True):
        return span[:2]
    return None


def _person(value: str, lexicon: Any) -> bool:
    """A person's name: a first name no town has, alone when common ("Sarah") or before a surname ("Sarah Jones").

    A surname that is also an English word may close a site's name ("Orlan Pines").
    """
    words = [w.lower() for w in _WORD_RE.findall(value)]
    first = words[0] if words else ""
    if first not in lexicon.first_names or first in lexicon.places:
        return False
    if len(words) == 1:
        return word_counts().get(first, 0) >= _COMMON_FIRST_NAME
    return len(words) == 2 and lexicon.is_name(words[1]) and not lexicon.is_english(words[1])  # not "Orlan Pines"


def _labelled_site(text: str, label: re.Match[str], lexicon: Any) -> tuple[int, int, bool] | None:
    """A site named alone after a form's label: any name after "Sending hospital:", else no person's name.

    "Accepting: Jackson", "Receiving: Florence (charge RN)": a person whose name is also a town's.
    """
    words = _slot_words(text, label.end())
    if label["kind"]:
        return _slot(text, words, lexicon, town_cue=False, by=False, lone_name=True)
    if label["site"]:
        # a site's own label takes a name, never an answer in words ("Employer: Homemaker", "Shelter: pending")
        span = _slot(text, words, lexicon, town_cue=False, by=False, lone_name=True)
        named = span and any(not lexicon.is_common(w.lower()) for w in _WORD_RE.findall(text[span[0] : span[1]]))
        return span if named else None
    span = _slot(text, words, lexicon, town_cue=False, by=True, lone_name=True)
    if span and span[2]:
        unit = _UNIT_WORD.match(text, span[1])
        role = unit and (unit[1] or unit[2]).lower() in FORM_UNITS and _UNIT_ROLE.match(text, unit.end())
        return None if role else span  # "Accepting: Haddad ED attending"
    if span is None:
        return None
    names = [w.lower() for w in _WORD_RE.findall(text[span[0] : span[1]])]
    acronym = not _caseless_at(text, span[0]) and any(w.isupper() for w in _WORD_RE.findall(text[span[0] : span[1]]))
    return span if acronym or not all(lexicon.is_name(w) for w in names) else None


def _unit_named(text: str, pos: int, lexicon: Any) -> tuple[int, int, bool] | None:
    """One to three words at ``pos`` that a site's emergency room or unit follows ("Suburban ED")."""
    words = _slot_words(text, pos)
    caseless = _caseless_at(text, pos)
    n = 0
    while n < min(len(words), 3) and _form_word(words[n].group(), lexicon, caseless=caseless):
        n += 1
    if not n or all(_unit_kind(m.group().lower(), lexicon) for m in words[:n]):
        return None  # a unit named by its own kind ("Cardiac ICU", "Surgical Trauma ICU", "Main ED")
    if _unit_after(text, words[n - 1].end(), lexicon):
        return words[0].start(), words[n - 1].end(), True
    return None


def _unit_after(text: str, pos: int, lexicon: Any) -> bool:
    """A unit at ``pos``, one word of its kind before it at most ("UNMH neuro ICU"), and no role after it.

    "Sarah in ED" is a person in a unit; "Haddad ED attending" a person of one.
    """
    for _ in range(2):
        match = _UNIT_WORD.match(text, pos)
        if match is None:
            return False
        word = (match[1] or match[2]).lower()
        if word in FORM_UNITS or (UNIT_SHAPE.fullmatch(word) and len(word) <= 5 and not lexicon.is_english(word)):
            return not _UNIT_ROLE.match(text, match.end())
        if not (word in UNIT_KIND_WORDS or (word in lexicon.clinical_words and not lexicon.is_everyday(word))):
            return False  # "Sarah in ED"
        pos = match.end()
    return False


def _form_word(raw: str, lexicon: Any, *, caseless: bool) -> bool:
    """A word that may stand in a form's slot: no stop, unit or app; in one case, a word that names."""
    word = raw.lower()
    if word in _SLOT_STOPS or word in FORM_UNITS or word in NOT_SITES:
        return False
    if caseless:
        return _strong(word, lexicon) or (raw[:1].isupper() and not lexicon.is_everyday(word))
    return raw[:1].isupper()


def _unit_kind(word: str, lexicon: Any) -> bool:
    """A word that names a unit's kind rather than a site: a listed kind ("burn"), or clinical English ("cardiac")."""
    clinical = word in lexicon.clinical_words and lexicon.is_english(word)
    return word in UNIT_KIND_WORDS or (clinical and not lexicon.is_name(word))
