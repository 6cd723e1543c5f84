"""Cities, towns and counties from the GeoNames gazetteer, in any letter case (LOCATION).

A place name made of ordinary English words or names ("Worcester", "Mobile", "Jackson") is reported
after a locative cue ("in", "from", "moved to"; a bare "to" before one word opens an infinitive):
capitalized on a cased line, in any case on a caseless line (ALL CAPS / all lower case), and in
lower case on a cased line after a verb of living or coming and its cue, one particle or adverb
apart at most ("visited from worcester", "lives alone in worcester"), when no word is everyday,
clinical or frequent in English text ("foster", "camp", "paradise"). Other
place names ("Framingham") are reported when capitalized, and anywhere on caseless lines. One-word
names that are everyday words ("It", "Any", "Reading") are never reported. The longest place name
starting at a word wins ("New York City").

Also: a place before "resident" or "native" ("a WORCESTER RESIDENT"), a town after a street line
and its comma ("12 old mill lane, brewster"); never a place that names a scale, score, test or
disease ("Epworth 14", "Richmond Agitation-Sedation Scale", "Norwalk PCR", "West Nile IgM") or
"OSH" (outside hospital), nor a ward, bay or room before its number ("Ward 3"). A town the gazetteer
lacks is found by a strong cue of living or coming
("lives in Pell Harbor", "moved to Arlingford", "HOME TO NORTH HADLEY", "grew up in east lyndon"):
on a cased line capitalized words, on a caseless line words of which one names (a name or no English
or clinical word); never a month, a title, a level of care or an ordinary word ("lives in Section 8",
"moved to rehab", "born in June").

The gazetteer also holds names as English notes type them (no accents, no Arabic article: "Fallujah")
and towns over 1,000 people in English-speaking countries (``town_list``). A verb of living may stand
further back in the clause
("lives w/ wife dolores in longmeadow") or be the cue ("Lives east longmeadow"); a lower-case town that
is no English word or name follows "in"/"from" alone ("at holy family in methuen"). Capitalized words
ending in a settlement word are a place after "in"/"from"/"lives" ("in Feeding Hills", "Lives South
End"), and a town heads a named place ("Boston Common"). "in." (inches) is no cue ("17.5 in. Epworth").

Sites too (FACILITY), by the slot rule of ``facility_checks.cued_sites``: a site named after a transfer
or residence cue ("transferred from Lahey", "back to baycrest", "resides at HRC") and its other
mentions in the same note. Towns are also found after a site ("aldrich snf in foxborough") and after a
verb of coming and one particle ("drove in from connecticut").

Letters, forms and forum posts: a form's town field ("Town: holyoke"), "in the ... area" around a town
("anyone in the boise area"), a town after a house number and a street name with no type word ("16
Holgate Senior, York"), and towns with a possessive the tokenizer splits ("Lee's Summit", "King's Lynn").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.casing import Token, on_caseless_line, tokenize
from confide.anonymize.lexicon import MONTH_WORDS, Lexicon, load_lexicon, word_counts
from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.allow_list import DRUGS
from confide.anonymize.recognizers.base import to_results
from confide.anonymize.recognizers.facility_checks import NOT_SITES, cued_sites, repeated_mentions
from confide.anonymize.recognizers.landmarks import landmarks
from confide.anonymize.recognizers.name_dictionary import NEVER
from confide.anonymize.recognizers.street_address import CROSS_STREET_TYPE, ORDINAL, STREET_NAME_WORDS
from confide.anonymize.recognizers.town_list import PLACE_CLOSERS as _PLACE_CLOSERS
from confide.anonymize.recognizers.town_list import PLACE_OPENERS as _PLACE_OPENERS
from confide.anonymize.recognizers.town_list import added_towns
from confide.anonymize.recognizers.zip_code import STATES

LOCATIVE = frozenset("in from to near at outside around of lives live living moved born raised".split())
# Before a one-word place that is also an ordinary word, "to" marks a place only after a word of
# motion or nearness ("moved to mobile", "next to", "d/c to tyler"), looking past one particle
# ("get out to", "back down to"); else it opens an infinitive ("hard to converse"). On a cased
# line a capitalized word after "to" is a place. A place of several words is no verb ("along to
# new york city").
TOWARDS = frozenset(
    "move moves moved moving go goes went going gone come comes came coming drive drives drove driving driven "
    "fly flew flying flight travel travels traveled travelled traveling travelling trip trips return "
    "returns returned returning relocate relocated relocating transfer transfers transferred transferring "
    "transfered sent send admitted admit discharge discharges discharged discharging dc dc'd headed heading "
    "head heads back close next near way road bus train ride commute commuted visit visits visited route".split()
)
# Before "in"/"from"/"at" and a lower-case town on a cased line: living there or coming from there.
_LIVING_OR_COMING = TOWARDS | frozenset(
    "live lives lived living reside resides resided residing stay stays stayed staying born raised "
    "visiting called calls calling".split()
)
# Between that verb and its cue: a particle or an adverb ("came down from", "lives alone in").
_BETWEEN_VERB_AND_CUE = frozenset("up down out over away back off along alone here there now still currently "
                                  "originally together nearby".split())
# A word met this often in English subtitles (about the 10,000 most frequent) is a word before it is a
# lower-case town: "foster" (18,275), "paradise" (10,160), "denial" (3,650) against "lincoln" (1,135).
_FREQUENT_COUNT = 3000
PARTICLES = frozenset("up down out over away back off along".split())
# After a particle the verb may be any verb of getting somewhere ("get out to", "ran over to").
AFTER_PARTICLE = TOWARDS | frozenset(
    "get gets got gotten getting run runs ran running walk walks walked walking pop pops popped popping "
    "head heads move rush rushed".split()
)


_MONTHS = MONTH_WORDS | frozenset("spring summer fall autumn winter".split())


# A possessive in a town's name ("Lee's Summit", "King's Lynn"): the tokenizer drops it, so the name is also
# keyed without it, and "'s " may stand between its tokens.
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_GAPS = frozenset({" ", ". ", "'s ", "’s "})


def _house_line(text: str, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The house number and street name that end, with a comma, at ``end`` ("16 Holgate Senior, York").

    None when a measure stands before the number or a severity, count or clinical word in the name
    ("Pain 7 Severe, Temple", "Day 3 Post Op, Florence", "Grade 2 Mild, Orange").
    """
    m = _HOUSE_LINE.search(text, max(0, end - 50), end)
    if m is None or (m.group("label") or "").lower() in _HOUSE_LABELS:
        return None
    street = m.group("street").lower().split()[1:]
    if any(w in _NOT_STREET_WORDS for w in street):
        return None
    return m


def places_with_small_towns(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``lex.places`` and the towns it lacks (``town_list.added_towns``), keyed by first token, longest first."""
    merged: dict[str, set[tuple[str, ...]]] = {first: set(names) for first, names in lex.places.items()}
    for tokens in added_towns(lex):
        merged.setdefault(tokens[0], set()).add(tokens)
    for tokens in [t for names in list(merged.values()) for t in names if any(_POSSESSIVE.search(w) for w in t)]:
        bare = tuple(_POSSESSIVE.sub("", w) for w in tokens)
        merged.setdefault(bare[0], set()).add(bare)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in merged.items()}


@functools.lru_cache(maxsize=1)
def _shared_places() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``places_with_small_towns`` of the shared lexicon, built once per process."""
    return places_with_small_towns(load_lexicon())


def _never(word: str) -> bool:
    """A word never part of a town (``NEVER``), curly apostrophes read as straight ones ("Don’t")."""
    return word.replace("’", "'") in NEVER


def _names_a_town(word: str, lex: Lexicon) -> bool:
    """A word that can name a town: a name that is no everyday word, or no English or clinical word."""
    if len(word) < 3 or lex.is_everyday(word):
        return False
    return (lex.is_name(word) and word not in lex.clinical_words) or not (
        lex.is_english(word) or word in lex.clinical_words
    ) or word in lex.regions


def _towards(text: str, tokens: Sequence[Token], words: Sequence[str], to: int) -> bool:
    """True when the word before ``tokens[to]`` ("to"), past one particle, says motion or nearness."""
    k = to - 1
    if k < 0:
        return False
    if words[k] == "c" and k > 0 and text[tokens[k - 1].start : tokens[k].end].lower() == "d/c":
        return True
    if words[k] in PARTICLES and k > 0:
        return words[k] in TOWARDS or words[k - 1] in AFTER_PARTICLE or (
            words[k - 1] == "c" and k > 1 and text[tokens[k - 2].start : tokens[k - 1].end].lower() == "d/c"
        )
    return words[k] in TOWARDS


def _after_living_verb(words: Sequence[str], i: int) -> bool:
    """True when ``words[i - 1]`` (a cue) follows a verb of living or coming, one particle or adverb apart at most."""
    if i < 2 or words[i - 1] == "to":
        return False
    verb = i - 3 if words[i - 2] in _BETWEEN_VERB_AND_CUE and i >= 3 else i - 2
    return words[verb] in _LIVING_OR_COMING


def _cue_before(text: str, tokens: Sequence[Token], words: Sequence[str], i: int) -> bool:
    """True when a locative word comes right before ``tokens[i]``, no line break or period between ("in. Epworth")."""
    return i > 0 and words[i - 1] in LOCATIVE and not ({"\n", "."} & set(text[tokens[i - 1].end : tokens[i].start]))


# Verbs of living: the cue ("Lives east longmeadow") or a few words before it in the same clause, past
# whom one lives with ("lives w/ husband hector in lawrence", "stays with her two kids in palmer").
_LIVING = frozenset("live lives lived living reside resides resided residing stay stays stayed staying".split())
_LIVING_REACH = 6
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]")


def _in_living_clause(text: str, tokens: Sequence[Token], words: Sequence[str], i: int) -> bool:
    """True when the cue ``words[i - 1]`` is, or follows within its clause, a verb of living."""
    if i < 1 or words[i - 1] == "to":
        return False
    if _CLAUSE_BREAK.search(text, tokens[i - 1].end, tokens[i].start):
        return False  # "cities I could live in, Don't know"
    if words[i - 1] in _LIVING:
        return True
    for k in range(i - 2, max(-1, i - 2 - _LIVING_REACH), -1):
        if _CLAUSE_BREAK.search(text, tokens[k].end, tokens[k + 1].start):
            return False
        if words[k] in _LIVING:
            return True
    return False


# Words after a place that make it the name of a scale, score, test, rule, pathogen or disease. Kept apart
# from lexicon.EPONYM_HEADS (heads after a person's name): places name pathogens and questionnaires ("West
# Nile virus", "Edinburgh Postnatal"), and that list's "line", "body", "position", "positive" follow towns.
_EPONYM_HEADS = frozenset(
    "scale scales score scores criteria rule rules classification class agitation agitation-sedation coma "
    "sleepiness naming postnatal cognitive alcoholism depression anxiety heart test tests inventory "
    "questionnaire protocol virus viral disease fever spotted strain pcr igm igg titer titers antibody "
    "encephalitis chromosome syndrome sign maneuver manoeuvre catheter splint collar brace diet "
    "day".split()  # holidays: "after Waitangi Day", "Canada Day"
)
# "OSH": outside hospital, not the city of Osh (kept when written "Osh").
_ABBREVIATIONS = frozenset({"osh"})
# A word of a hospital's layout before its number is no town ("Discharged from Ward 3", "back to Ward 2",
# "Bay 4", "Room 12B"); a town before a count stays ("in Boston 3 days").
_LAYOUT_WORDS = frozenset("ward wards bay bays room rooms unit units bed beds floor level wing pod block suite".split())
_LAYOUT_NUMBER = re.compile(r"[ \t]+\d{1,3}[A-Za-z]?(?![\w-])")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}(?:/\d{1,2})?(?=[ \t]*(?:[.,;:)]|$|\n))")
_STREET_COMMA = re.compile(
    r"(?i)\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|way|terrace|ter|place|pl|circle|"
    r"boulevard|blvd|parkway|pkwy|highway|hwy)\.?,[ \t]*$"
)
_RESIDENT = frozenset("resident residents native natives".split())
# "anyone in the boise area", "from the Leeds area": "the" before the place and "area" after it.
_AREA_CUES = frozenset("in from near around outside".split())
# An address line before the town: a house number and a street's capitalized name whose type word is
# missing or unknown, then a comma ("16 Bishophill Senior, York"); never a date
# ("on 12 March, Reading") or a count of things ("3 Bags, ...": a plural noun is no street name).
_HOUSE_LINE = re.compile(
    r"(?:(?P<label>[A-Za-z]+)[ \t]+)?(?<![\w/.:-])(?P<street>\d{1,4}[A-Za-z]?[ \t]+"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?:[A-Z][a-z'’]+[ \t]+){0,2}[A-Z][a-z'’]+(?<!s)),[ \t]*$"
)
# A measure before the number says score, day or bed, not house ("Pain 7 Severe, ...", "Day 3 Post Op, ...",
# "Bed 4 Side Room, ...", "Score of 21 Moderate, ..."); so does a severity or count word in the "street".
_HOUSE_LABELS = frozenset(
    "pain grade score scored scores day days bed beds ward bay room level stage week weeks of by obs vitals "
    "news gcs phq gad rass cam ews sats spo2 bp hr rr temp dose cycle step class type tier category".split()
)
# Words that open an address line (or nothing: a line's start, a label's colon); after any other word
# ("Booked 2 Getaway, Paris trips") the town stays but the number and name are no address.
_ADDRESS_CUES = frozenset("to at address addr is lives living live moved resides residing home back from".split())
_NOT_STREET_WORDS = frozenset(
    "mild moderate severe severity hundred thousand hours hrs post pre op side room bay ward normal high low "
    "stable improving worse better positive negative".split()
)
# US state, Canadian province and Australian state codes. After a capitalized place and its comma (or
# before a postcode) the code says the word is a town ("Renton, WA)", "Skokie IL.", "Regina, SK S4P 3Y2")
# and joins its span. Codes that are also credentials ("Jones, MD", "Karen Miller, MA", "Dr Brown, MS",
# "Tom Crawford, DC", "Dr Moore, ME/CFS") need a postcode after them.
_CREDENTIAL_CODES = frozenset("MD PA MA MS DC ND ME".split())
_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT"
_ALL_CODES = f"{STATES}|{_PROVINCES}"
_REGION_CODES = "|".join(c for c in _ALL_CODES.split("|") if c not in _CREDENTIAL_CODES)
# A postcode after the code: a US ZIP, an Australian postcode, a Canadian code's first half; a count
# ("Foley, NC 2L", "Kent ON 2 units") is none.
_POSTCODE_NEXT = r"[ \t]*(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z])(?![\w-])"
_POSTCODE_AT = re.compile(_POSTCODE_NEXT)
# What may follow the code: the end of a clause, a postcode, or a function word going on with the
# sentence ("born in Hartford, CT and raised", "relocated to Nashua, NH in August"; never "CT scan").
_CODE_END = (
    r"(?![\w'’-])(?=[ \t]*(?:$|[\n.,;:)/])|" + _POSTCODE_NEXT
    + r"|[ \t]+(?:and|in|for|to|where|with|until|since|before|after|at|on|but|then|when|while|who|from|as)"
    r"[ \t])"
)
_REGION_AFTER = re.compile(
    # (never a tumour marker: "CA 125", "CA 19-9")
    r"(?:,[ \t]*|[ \t]+)(?!CA[ \t]*(?:125|19-9|15-3|27)\b)"
    r"(?:(?P<code>" + _REGION_CODES + r")" + _CODE_END
    + r"|(?:" + "|".join(sorted(_CREDENTIAL_CODES)) + r")(?=" + _POSTCODE_NEXT + r")"
    # a credential code as a state only after a place cued as one ("lives in Lewiston, ME, works")
    + r"|(?<=,)[ \t]*(?P<credential>" + "|".join(sorted(_CREDENTIAL_CODES)) + r")" + _CODE_END + ")",
    re.MULTILINE,
)
# A state or country code alone in brackets in a post's title: right after its subreddit, opening the
# title, or closing it before a colon, a dash or the line's end ("r/legaladvice (TX) landlord", "[AZ]
# Tenant question", "Legal question (CA): ..."); never among the title's words ("diagnosed with multiple
# sclerosis (MS), scared", "my Physician Assistant (PA) changed"). Right after a legal subreddit the brackets may
# go, before a dash or a colon ("r/legaladvice · TX - Can I be fired", "r/LegalAdviceUK · UK: Ex is ...").
# See ``_title_code``.
_TITLE_CODE = re.compile(
    r"(?:(?P<open>[(\[])|(?<![\w/]))(?P<code>" + _ALL_CODES + r"|UK|US|USA)"
    r"(?(open)[)\]]|(?=[ \t]*(?::[ \t]|[—–][ \t]|-[ \t])))"
)
# The country a person came to, lives in or left, by its code in capitals ("came to the US at 19", "in the
# U.S. since 2010", "moved back to the UK"): the pronoun "us" is never written so, nor after "the".
_COUNTRY_CODE_MOVED = re.compile(
    r"(?i:(?:\b(?:came|moved|immigrated|emigrated|arrived|migrated|relocated|returned|fled)[ \t]+(?:back[ \t]+)?"
    r"(?:to|in|from)|\b(?:lived|living|lives|born|raised|left|entered|in|to|from)(?=[ \t]+the\b))[ \t]+"
    r"(?P<the>the[ \t]+)?)"
    r"(?P<code>US|USA|U\.S\.(?:A\.)?|UK|U\.K\.)(?![\w.-]|[ \t]+[A-Z][a-z])"
    r"(?![ \t]+(?i:army|navy|air|marines?|military|government|"
    r"govt|dollars?|census|embassy|open|senate|congress|supreme|department|dept|food|cdc|fda|dsm|version|edition|"
    r"guidelines?|market|economy|election|president|citizens?|news)\b)"
)
# The end of a line's text right after a subreddit's name and its separator ("r/legaladvice · ").
_SUBREDDIT_END = r"[ \t]*(?:[—–·•|-][ \t]*)?$"
_AFTER_SUBREDDIT = re.compile(r"\br/\w+" + _SUBREDDIT_END)
# Subreddits whose titles open with the poster's state by custom ("r/legaladvice · TX - ...", "r/AusLegal · NSW: ...").
_AFTER_LEGAL_SUBREDDIT = re.compile(r"(?i)\br/\w*(?:legal|law)\w*" + _SUBREDDIT_END)
_TITLE_END = re.compile(r"[ \t]*(?:[:—–]|-[ \t]|\n|$)")
# How far into a post its title's code may stand, and a word on its line that makes the line a title: a
# subreddit or a word of asking ("r/legaladvice (OH)", "Legal question (CA):"; never "head CT (CT) neg").
_TITLE_REACH = 60
_TITLE_WORDS = re.compile(r"(?i)\br/\w|\b(?:question|advice|help|legal|law|update|aita|wibta)\b")
# Codes that are also clinical or benefit abbreviations ("MS", "MI", "PA", "VA", "BC", "NS"): a title's
# code only right after its subreddit ("r/legaladvice (PA)").
_CLINICAL_CODES = _CREDENTIAL_CODES | frozenset("MI VA BC NS CO OR".split())
# A state after a driver licence or plate number ("licence no. D6101-40706 (NY)", "plate 7KLM221 (NJ)"):
# the whole word, then a number of five characters or more with a digit right before the bracket (never
# "licensed as a Physician Assistant (PA)", "Platelet ... (PA)", "Registration ... staff (MA)").
_PLATE_CODE = re.compile(
    r"\b(?i:licen[cs]e|plate|registration)\b[^\n()]{0,40}?(?<![\w/-])(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,}"
    r"[ \t]*\((?P<code>" + _ALL_CODES + r")\)"
)
# Codes that are also English words ("Mood: Golden, OK.", "Placed Foley, IN"): they make no town of an
# ordinary word or an eponym without a postcode after them.
_WORD_CODES = frozenset("OK IN OR HI ON ID".split())
# A form's label before a state code alone ("State: NJ"), opening a line or a field (after a comma or
# two spaces); never "OK" ("Mental state: OK") nor a state of a word before it ("Motor State: ON").
_REGION_LABEL = re.compile(
    r"(?:^|(?<=[,;|(])[ \t]*|(?<=[ \t][ \t])|(?<=\t))(?:State|STATE|Province|PROVINCE|Prov)\.?[ \t]*:[ \t]*(?!OK\b)"
    r"(?P<code>" + _ALL_CODES + r")(?![\w'’-])",
    re.MULTILINE,
)
# A form's label before a town, opening a line or a field ("Town: holyoke", "City: Pell Harbor, MA",
# "Hometown: Leeds  Postcode: ..."); its value ends the field and is checked by ``_labelled_town``.
_TOWN_LABEL = re.compile(
    r"(?:^[ \t]*|(?<=[,;|(])[ \t]*|(?<=[ \t][ \t]))(?i:town|city|hometown|home[ \t]town|village|suburb|borough)"
    r"[ \t]*:[ \t]*(?P<town>[A-Za-z][A-Za-z'’.-]*(?:[ \t][A-Za-z][A-Za-z'’.-]*){0,2})"
    r"(?=[ \t]*$|[ \t]*[,;|\n(]|[ \t]{2})",
    re.MULTILINE,
)
# Values of such a field that name no town ("City: unknown", "Town: same as above").
# An English word this frequent in a town field answers a category ("Town: Urban", "Town: Council").
_CATEGORY_COUNT = 8000
_NO_TOWN = frozenset("none unknown unk na same tbc tbd various other any see not no nil".split())
# A postcode written before its town, as in continental Europe ("Lindenstrasse 14, 80331 Munich", "75011 Paris").
# A four-digit clock time at a line's start is no postcode ("0900 Florence visited", "1500 Chester rang").
_POSTCODE_BEFORE = re.compile(
    r"(?:,[ \t]*\d{4,5}|^[ \t]*(?:\d{5}|(?!(?:[01]\d|2[0-3])[0-5]\d)\d{4}))[ \t]+$", re.MULTILINE
)

# Strong cues of living or coming, after which a town the gazetteer lacks is still a town.
_STRONG_CUE = re.compile(
    r"(?i)\b(?:lives?|living|lived|resides?|residing|resided|moved(?:\s+here|\s+back)?|relocated|grew\s+up|"
    r"born|raised|originally|home|visiting|drove\s+\w+\s+(?:down|up|over)|farm|house|"
    # "drove in from", "flew up from": coming from somewhere, one particle between
    r"(?:drove|flew|came|visited|traveled|travelled)\s+(?:in|down|up|over|back)|"
    # a site's town: "aldrich snf in foxborough", "Harbor Health Associates in Plymouth"
    r"(?:snf|ltc|ltach|nh|rehab|hosp|hospital|clinic|manor|associates|center|centre|vna))"
    r"(?:\s+(?:alone|here|now|still|currently|originally|together|nearby))?"
    r"\s+(?:in|to|from|near|outside|at)[ \t]+"
    # where someone sleeps or is reached, before "in"/"near" only ("her mum's landline in Wythenshawe", "sleeps rough
    # in Shoreditch"; never "rough from Paxlovid", "flat from Zillow"; "somewhere in" is a game's or an app's as often:
    # "somewhere in Skyrim", "somewhere in OneDrive")
    r"|\b(?:flat|apartment|digs|landline|(?:sleeps?|slept|sleeping)\s+rough)\s+(?:in|near|outside)[ \t]+"
)
# A town or neighbourhood of English words after a plain cue ("in Feeding Hills", "Lives South End"):
# capitalized words ending in a word that names a settlement; "end" and "side" only after a compass
# word ("North End", "West Side"; never "in Dead End"). Narrower than town_list.PLACE_CLOSERS, which
# only lets a known gazetteer name of English words through: here no gazetteer vouches for the run, so
# no "city", "park", "center", "point" or "junction" ("Gastroesophageal Junction", "Point Park").
_NAMED_BY_CLOSER = frozenset(
    "hills heights falls springs corners harbor harbour village valley beach mills rapids grove creek "
    "ridge end side".split()
)
_COMPASS_ONLY = frozenset("end side".split())
_LONG_WORD = 7
_COMPASS = frozenset("north south east west".split())
_CLOSER_CUES = frozenset("in from near outside lives live living resides".split())
# Cues before a place that make a credential code after it a state ("in Lewiston, ME", "born in Bangor,
# ME"; never "by Karen Miller, MA", "to Dr Lee, MD").
_STATE_CUES = _CLOSER_CUES | {"born", "raised"}
# A named place whose head follows a town's name ("Boston Common", "Lowell Green", "Salem Harbor").
_PLACE_HEADS = frozenset("common green harbor harbour park beach square".split())
_TITLES = frozenset("dr mr mrs ms miss prof rev".split())
_CARE_WORDS = frozenset(
    "snf ltc ltach alf nh sro rehab hospice shelter home detox apt apartment section housing "
    "group facility".split()
)


_RARE_COUNT = 200
_NUMBER_AFTER = re.compile(r"[ \t]*\d")
_WORD = re.compile(r"[A-Za-z]+")
_WORD_AFTER_COMMA = re.compile(r",[ \t]*([A-Z][a-z]+)\b")


# "County Donegal", "Co. Kerry", "CO MAYO": the Irish way of naming a county, the word before the name
_COUNTY_BEFORE = re.compile(r"\b(?:county|co\.?)[ \t]+$", re.IGNORECASE)


def _county_before(text: str, start: int) -> int:
    """Where a place starting at ``start`` begins with the Irish county word before it ("County Donegal")."""
    m = _COUNTY_BEFORE.search(text, max(0, start - 10), start)
    return m.start() if m is not None else start


def _region_word_after(text: str, end: int, lex: Lexicon) -> bool:
    """True when a comma and a country or region name follow ``end`` ("born in Hue, Vietnam")."""
    m = _WORD_AFTER_COMMA.match(text, end)
    return m is not None and m.group(1).lower() in lex.regions


# Cross streets, as dispatch and police name a place: "corner of Birch and Main", "at 5th and Elm", "near
# Oak Ave & 3rd"; the crossing is one place. Each side must look like a street: an ordinal, a name with its
# street type, a common street name or a town's name; a drug or clinical word never is one, with a type
# word or not ("on Lasix and 2nd dose", "ASA and Plavix ST elevation", "Keppra and Dilantin Dr. Shah").
# Two ordinals need "corner of" ("on 2nd and 3rd floors"), and a bare last street followed by a noun
# names something else ("Main and North campus", "Haldol and 1st gen"). A period after the type stays out.
def _cross_name(side: str) -> str:
    """One street of a crossing, its ordinal, name word and street type in groups named after ``side``."""
    return (
        rf"(?:[NSEW]\.?[ \t]+)?(?:(?P<{side}o>{ORDINAL})|(?P<{side}w>[A-Z][a-z]{{2,}}|[A-Z]{{3,}}))"
        rf"(?P<{side}t>[ \t]+{CROSS_STREET_TYPE}\b)?"
    )


_CROSS_STREETS = re.compile(
    r"\b(?P<cue>(?i:corner|intersection)[ \t]+(?i:of)|(?i:at|on|near|by|off))[ \t]+"
    r"(?P<a>" + _cross_name("a") + r")[ \t]+(?:and|AND|&)[ \t]+(?P<b>" + _cross_name("b") + r")(?![\w'’-])"
)
_NOT_STREET = MONTH_WORDS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DRUG_WORDS = frozenset(w.lower() for w in DRUGS.split())
# A lower-case word after the last street that still ends the place ("at 3rd and Pine by PD", "Main again").
_AFTER_PLACE = re.compile(
    r"[ \t]+(?![a-z])|(?![ \t])|[ \t]+(?:by|at|in|on|near|with|to|for|from|and|or|but|so|as|where|when|while|"
    r"before|after|until|then|past|behind|off|into|onto|toward|towards|across|around|outside|inside|prior|"
    r"next|per|was|is|were|x|"
    # when, not what: "tex at corner of Hastings and Main again", "seen at 5th and Pine today"
    r"again|today|tonight|yesterday|earlier|now|still|overnight|lately|this|last)\b"
)


def _clinical_word(word: str, lex: Lexicon) -> bool:
    """A drug or clinical term that is no English word, name or town ("lasix", "plavix", "mgh")."""
    return word in _DRUG_WORDS or (
        word in lex.clinical_words and not lex.is_english(word) and not lex.is_name(word) and word not in lex.places
    )


def _street_side(m: re.Match[str], side: str, lex: Lexicon) -> bool | None:
    """Whether one side of a crossing is shaped like a street.

    False for a drug, clinical, calendar or ordinary word; None for another proper name, a street only
    beside a street-shaped side ("11th and Garnett").
    """
    if m.group(side + "o") is not None:
        return True
    word = m.group(side + "w").lower()
    if word in _NOT_STREET or _clinical_word(word, lex):
        return False
    if m.group(side + "t") is not None or word in STREET_NAME_WORDS or (word,) in lex.places.get(word, ()):
        return True
    return False if lex.is_everyday(word) or (lex.is_english(word) and not lex.is_name(word)) else None


# An Irish county after its word, in any case ("co. waterford", "County Mayo"), Dublin's postal districts ("dublin 4",
# "Dublin 6W") and a Philippine barangay by its word ("Brgy. Addition Hills", "brgy san roque"): the word says
# what the name is.
_IRISH_COUNTIES = (
    "antrim|armagh|carlow|cavan|clare|cork|derry|londonderry|donegal|down|dublin|fermanagh|galway|kerry|kildare|"
    "kilkenny|laois|leitrim|limerick|longford|louth|mayo|meath|monaghan|offaly|roscommon|sligo|tipperary|tyrone|"
    "waterford|westmeath|wexford|wicklow"
)
_NAMED_BY_KIND = re.compile(
    r"(?i:\b(?:county|co\.)[ \t]+(?:" + _IRISH_COUNTIES + r")\b)"
    r"|(?<![\w-])(?i:dublin)[ \t]+(?:1[0-8]|2[024]|[1-9])(?:[wW])?\b(?![.:/]\d)"
    r"(?![ \t]*(?i:x|times?|days?|weeks?|months?|years?|hours?|nights?|trips?)\b)"
    r"|\b(?:(?:Brgy|BRGY|brgy|Bgy)\.?[ \t]+(?:[A-Za-z][\w'’.-]*|\d{1,3})|(?i:barangay)[ \t]+(?:[A-Z][\w'’.-]*|\d{1,3}))"
    r"(?:[ \t]+(?!(?i:st|and|in|at|on|the|with|to)\b)[A-Za-z][\w'’.-]*){0,2}(?=[ \t]*[,.;)\n]|$)"
)


def _named_by_kind(text: str) -> list[tuple[int, int, float]]:
    """Irish counties, Dublin's districts and barangays by the word that says what they are."""
    return [(m.start(), m.end(), 0.6) for m in _NAMED_BY_KIND.finditer(text)]


def _cross_streets(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """A crossing named with its cue, both streets and the word between them (see ``_CROSS_STREETS``)."""
    out: list[tuple[int, int, float]] = []
    for m in _CROSS_STREETS.finditer(text):
        sides = (_street_side(m, "a", lex), _street_side(m, "b", lex))
        # two proper names no list holds make a crossing after "at" or "near", never after "on" or "off" (drugs:
        # "on Abilify and Rexulti", "off Ozempic and Wegovy"), "by" (agents: "regulated by Ofcom and Ofgem") nor with
        # a given name ("near Sheila and Bernard") or an English word ("a bed at Labor and Delivery"): "at Danforth
        # and Pape"
        cue = m.group("cue").lower()
        given = any(m.group(k) and m.group(k).lower() in lex.first_names for k in ("aw", "bw"))
        english = any(m.group(k) and lex.is_english(m.group(k).lower()) for k in ("aw", "bw"))
        named = sides == (None, None) and not english and (cue == "at" or cue == "near" and not given)
        if False in sides or (True not in sides and not named):
            continue
        if m.group("bt") is None and not _AFTER_PLACE.match(text, m.end()):
            continue
        corner = m.group("cue")[0] in "cCiI"
        if corner or m.group("ao") is None or m.group("bo") is None:
            out.append((m.start("a"), m.end("b"), 0.75))  # the crossing is one place: "Hastings and Main"
    return out


def _bracketed_after_name(text: str, tokens: Sequence[Token], i: int, last: Token) -> bool:
    """True when the place stands alone in brackets after a capitalized name: a site's branch or town.

    "worked at Home Depot (Revere)", "Walgreens (Quincy)"; never a lower-case word before the bracket,
    a scale's or score's name ("used Scale (Edinburgh) for PND") or a score after it ("GCS (Glasgow) 14").
    """
    return (
        i > 0 and tokens[i - 1].text[:1].isupper() and text[tokens[i - 1].end : tokens[i].start] == " ("
        and text[last.end : last.end + 1] == ")"
        and tokens[i - 1].lower not in _EPONYM_HEADS and not _NUMBER_AFTER.match(text, last.end + 1)
    )


def _abbreviates(words_before: str, code: str) -> bool:
    """True when ``code`` abbreviates the words right before it ("Veterans Affairs (VA)", "my MI (MI)")."""
    words = _WORD.findall(words_before)
    if words and words[-1].upper() == code:
        return True
    initials = "".join(w[0] for w in words[-len(code) :]).upper()
    return len(words) >= len(code) and initials == code


def _title_code(text: str, m: re.Match[str]) -> bool:
    """True when the bracketed code ``m`` is a post title's state: alone in a title (see ``_TITLE_CODE``).

    The code stands right after the subreddit, opens its line or closes the title, the line holds a
    subreddit or a word of asking, and the code abbreviates no words before it; a code that is also a
    clinical abbreviation only right after the subreddit.
    """
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    before = text[line_start : m.start()]
    after_subreddit = _AFTER_SUBREDDIT.search(before) is not None
    if not m.group("open") and not (_AFTER_LEGAL_SUBREDDIT.search(before) and m.group("code") not in _CLINICAL_CODES):
        return False  # (unbracketed only after a legal subreddit: "r/AskDocs · CT - nodule" is a scan)
    if m.group("code") in _CLINICAL_CODES and not after_subreddit:
        return False
    alone = after_subreddit or not before.strip() or _TITLE_END.match(text, m.end()) is not None
    line_end = min(line_end if line_end >= 0 else len(text), m.end() + _TITLE_REACH)
    title = _TITLE_WORDS.search(text, line_start, line_end) is not None
    return alone and title and not _abbreviates(before, m.group("code"))


class PlaceGazetteerRecognizer(EntityRecognizer):
    """LOCATION spans for gazetteer place names, FACILITY spans for cued sites (see module docstring)."""

    def __init__(self, *, lexicon: Lexicon | None = None, score: float = 0.6, context_score: float = 0.75) -> None:
        self._lexicon = lexicon
        # built here, before a pool forks, so that workers share it (about half a second)
        self._places = _shared_places() if lexicon is None else places_with_small_towns(lexicon)
        self.score = score
        self.context_score = context_score
        super().__init__(
            supported_entities=["LOCATION", "STREET_ADDRESS", "FACILITY"], name="PlaceGazetteerRecognizer"
        )

    def load(self) -> None:  # noqa: D102 - loaded on first use
        pass

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of each place name found."""
        return self._find(text)[0]

    def _find(self, text: str) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
        """Places found, and the house lines without a street type word before them ("88 Oak Tree View, Derby").

        The street's name has no type word the street recognizer knows, so only the town after it says that
        it is an address: both are returned from the one pass.
        """
        lex = self._lexicon or load_lexicon()
        self._lexicon = lex
        places = self._places
        tokens = tokenize(text)
        words = [t.lower for t in tokens]
        # where a strong cue ends, found in one pass (not per token)
        cue_ends = frozenset(m.end() for m in _STRONG_CUE.finditer(text))
        out: list[tuple[int, int, float]] = []
        streets: list[tuple[int, int, float]] = []
        i = 0
        while i < len(tokens):
            match = None
            for candidate in places.get(words[i], ()):
                n = len(candidate)
                if tuple(words[i : i + n]) == candidate and all(
                    text[tokens[k].end : tokens[k + 1].start] in _NAME_GAPS for k in range(i, i + n - 1)
                ):
                    match = n
                    break
            if match is None:
                found = self._cued_town(text, tokens, words, i, lex) if tokens[i].start in cue_ends else 0
                # "lives w/ her kids in Arlingford": a town the gazetteer lacks, the verb of living further back
                # (never a run-on "Ohio-I woke up")
                if (
                    not found and i > 0 and words[i - 1] in {"in", "from", "near"} and "-" not in words[i]
                    and _cue_before(text, tokens, words, i) and _in_living_clause(text, tokens, words, i)
                ):
                    found = self._cued_town(text, tokens, words, i, lex)
                # "from paycheque to paycheque", "from shelter to shelter": an idiom, no town
                town = words[i : i + found]
                if found and words[i - 1] == "from" and words[i + found : i + 2 * found + 1] == ["to", *town]:
                    found = 0
                if not found and i > 0 and words[i - 1] in _CLOSER_CUES:
                    found = self._closer_town(text, tokens, words, i, lex)
                if found:
                    out.append((tokens[i].start, tokens[i + found - 1].end, self.context_score))
                    i += found
                else:
                    i += 1
                continue
            first, last = tokens[i], tokens[i + match - 1]
            if self._names_no_place(text, tokens, words, i, match):
                i += match
                continue
            cased = first.caseless_line or first.text[:1].isupper()
            ordinary = all(lex.is_english(w) or lex.is_name(w) for w in words[i : i + match])
            everyday = match == 1 and (lex.is_everyday(words[i]) or words[i] in NEVER)
            cue = _cue_before(text, tokens, words, i)
            # "12 old mill lane, brewster", "a WORCESTER RESIDENT": the street line or the word after says town
            around = self._address_or_area(text, tokens, words, i, match, lex)
            cue = cue or around
            # "Renton, WA", "Skokie IL": a capitalized place before a state or province code, on a cased line
            region = None if first.caseless_line or not first.text[:1].isupper() else _REGION_AFTER.match(
                text, last.end
            )
            state_cue = i > 0 and words[i - 1] in _STATE_CUES and _cue_before(text, tokens, words, i)
            if region is not None and not self._region_makes_town(
                region, words[i : i + match], ordinary, lex, state_cue=state_cue
            ):
                region = None
            cue = cue or region is not None or bool(
                _POSTCODE_BEFORE.search(text, max(0, first.start - 12), first.start)
            ) or _bracketed_after_name(text, tokens, i, last)
            capitalized = first.capitalized and not first.caseless_line
            if cue and i > 0 and words[i - 1] == "to" and ordinary and not capitalized and (
                # an added name of English words ("need to lake view"), not a shared one ("referred to new haven")
                match == 1 or tuple(words[i : i + match]) not in lex.places.get(words[i], ())
            ):
                cue = _towards(text, tokens, words, i - 1)
            # "lives in worcester", "in fall river"; never a function word ("in it") or two letters
            caseless_after_cue = first.caseless_line and cue and (match > 1 or len(words[i]) > 2)
            # ... a frequent word only after "from" or in a clause of living ("AMB IN HALL" is no town)
            if caseless_after_cue and match == 1 and ordinary and word_counts().get(words[i], 0) >= _FREQUENT_COUNT:
                caseless_after_cue = words[i - 1] in {"from", "near"} or first.start in cue_ends or (
                    _after_living_verb(words, i) or _in_living_clause(text, tokens, words, i)
                )
            # on a cased line too, a lower-case town after a verb of living or coming and its cue, when
            # no word of it is an everyday, clinical or frequent word ("Pt's dtr visited from worcester";
            # never "in bed", "in foster care")
            street_or_resident = cue and around
            # ... also after a verb of living further back ("lives w/ wife dolores in longmeadow"), and a
            # town that is no English word or name after "in"/"from" ("seen at holy family in methuen")
            lower_after_cue = (
                cue and (
                    _after_living_verb(words, i) or street_or_resident or first.start in cue_ends
                    or _in_living_clause(text, tokens, words, i)
                    or (not ordinary and words[i - 1] in _CLOSER_CUES)
                    # a rare name that is no English word ("a kid in shrewsbury"; never "in jackson")
                    or (
                        match == 1 and words[i - 1] in {"in", "from"} and not lex.is_english(words[i])
                        and len(words[i]) >= _LONG_WORD - 1 and word_counts().get(words[i], 0) < _RARE_COUNT
                    )
                )
                and first.text.islower() and len(words[i]) > 3
                and not any(
                    # (Philter's vocabulary holds towns too: a long word no English one is a town, "spokane"; "saline",
                    # "walker" and a short word, "aki", "uc", are a note's)
                    lex.is_everyday(w)
                    or (w in lex.clinical_words and w not in lex.regions and (len(w) < 6 or lex.is_english(w)))
                    or word_counts().get(w, 0) >= _FREQUENT_COUNT
                    for w in words[i : i + match]
                    if not (match > 1 and w in _PLACE_OPENERS)  # "east longmeadow"
                )
            )
            short = match == 1 and len(words[i]) <= 3 and not cue  # "SS", "GI": abbreviations
            if not everyday and not short and (
                (ordinary and cue and capitalized) or (not ordinary and cased) or caseless_after_cue or lower_after_cue
            ):
                # "Boston Common", "Salem Harbor": a named place headed by the town's name
                head = i + match
                if (
                    capitalized and head < len(tokens) and words[head] in _PLACE_HEADS and tokens[head].capitalized
                    and text[last.end : tokens[head].start] == " "
                ):
                    last = tokens[head]
                    match += 1
                end = region.end() if region is not None else last.end
                out.append((_county_before(text, first.start), end, self.context_score if cue else self.score))
                house = _house_line(text, first.start, lex) if around else None
                if house is not None and (house.group("label") or "to").lower() in _ADDRESS_CUES:
                    streets.append((house.start("street"), house.end("street"), self.context_score))
            i += match
        out.extend((m.start("code"), m.end("code"), self.context_score) for m in _REGION_LABEL.finditer(text))
        out.extend(self._bracketed_codes(text))
        out.extend(
            (m.start("code"), m.end("code"), self.context_score)
            for m in _COUNTRY_CODE_MOVED.finditer(text)
            # in capitals "CAME BACK TO US" is the pronoun: there only "THE US" is the country
            if m["the"] or not on_caseless_line(text, m.start("code"))
        )
        out.extend(_cross_streets(text, lex))
        out.extend(_named_by_kind(text))
        out.extend(landmarks(text, lex))
        out.extend(
            (m.start("town"), m.end("town"), self.context_score)
            for m in _TOWN_LABEL.finditer(text) if self._labelled_town(m.group("town"), lex)
        )
        return out, streets

    def _labelled_town(self, value: str, lex: Lexicon) -> bool:
        """Whether a form's town field holds a town.

        A gazetteer place, or words of which one names a town ("holyoke"; never "unknown", "same"). An
        everyday or common English word answers a category ("Town: Urban", "CITY: NORMAL", "Town: Hall"):
        a place that has one counts only when it has several words, written in mixed case; a rarer
        English word that is a town stays ("Town: York").
        """
        words = value.lower().split()
        if any(_never(w) or w in _MONTHS or w in _NO_TOWN for w in words):
            return False
        category = any(
            lex.is_everyday(w) or (lex.is_english(w) and word_counts().get(w, 0) >= _CATEGORY_COUNT) for w in words
        )
        if tuple(words) in self._places.get(words[0], ()):
            return not category or (len(words) > 1 and value[:1].isupper() and not value.isupper())
        return not category and any(_names_a_town(w, lex) for w in words)

    def _bracketed_codes(self, text: str) -> list[tuple[int, int, float]]:
        """State codes in brackets: alone in a post's title (see ``_title_code``) or after a licence number."""
        found = [m for m in _TITLE_CODE.finditer(text, 0, _TITLE_REACH) if _title_code(text, m)]
        found.extend(_PLATE_CODE.finditer(text))
        return [(m.start("code"), m.end("code"), self.context_score) for m in found]

    @staticmethod
    def _address_or_area(
        text: str, tokens: Sequence[Token], words: Sequence[str], i: int, n: int, lex: Lexicon
    ) -> bool:
        """True when the words around the place at ``tokens[i : i + n]`` say town without a locative cue.

        A street line and its comma before it ("12 old mill lane, brewster", "16 Bishophill Senior, York"),
        "resident" or "native" after it ("a WORCESTER RESIDENT"), or "in the ... area" around it. That
        last cue is weak ("itching in the plaque area", "redness around the Wells area"): it holds only
        for a place of which no word is an English or clinical word ("anyone in the tacoma area").
        """
        if _STREET_COMMA.search(text[max(0, tokens[i].start - 20) : tokens[i].start]) or _house_line(
            text, tokens[i].start, lex
        ):
            return True
        after = words[i + n] if i + n < len(words) else ""
        area = (
            after == "area" and i > 1 and words[i - 1] == "the" and words[i - 2] in _AREA_CUES
            and not any(lex.is_english(w) or w in lex.clinical_words for w in words[i : i + n])
        )
        return after in _RESIDENT or area

    @staticmethod
    def _region_makes_town(
        region: re.Match[str], words: Sequence[str], ordinary: bool, lex: Lexicon, *, state_cue: bool
    ) -> bool:
        """Whether a region code after a place says it is a town.

        A place that is no ordinary word, or a code followed by a postcode, always; an ordinary word,
        name or eponym only before a code that is no English word ("Kent, OH"; never "Golden, OK",
        "Foley, IN"), and never a clinical word or eponym ("Foley, NC"). A credential code ("ME", "MA")
        only after a place that is no ordinary word or that a cue names as one (``state_cue``).
        """
        if region.group("credential") is not None:
            return state_cue or not ordinary
        code = region.group("code")
        if not ordinary or code is None:
            return True
        if _POSTCODE_AT.match(region.string, region.end()):
            return True
        return code not in _WORD_CODES and not any(w in lex.clinical_words for w in words)

    @staticmethod
    def _closer_town(text: str, tokens: Sequence[Token], words: Sequence[str], i: int, lex: Lexicon) -> int:
        """How many capitalized tokens from ``i`` make a place ending in a settlement word (0: none).

        No word before the settlement word is a long frequent word ("Birchwood Falls", "Six Corners";
        never "Recovery Village"), only a compass word stands before "end"/"side" ("South End"), and no
        capitalized word follows ("West Side Story"); "junction" is anatomy first ("Ureteropelvic Junction").
        """
        if tokens[i].caseless_line or "\n" in text[tokens[i - 1].end : tokens[i].start]:
            return 0
        n = 0
        while n < 3 and i + n < len(tokens):
            token, word = tokens[i + n], words[i + n]
            if n and text[tokens[i + n - 1].end : token.start] != " ":
                break
            if not token.capitalized or _never(word) or word in _MONTHS or word in _TITLES or word in NOT_SITES:
                break
            n += 1
        while n > 1 and words[i + n - 1] not in _NAMED_BY_CLOSER:
            n -= 1
        if n < 2 or words[i + n - 1] not in _NAMED_BY_CLOSER:
            return 0
        after = i + n
        if (
            after < len(tokens) and tokens[after].capitalized
            and text[tokens[after - 1].end : tokens[after].start] == " "
        ):
            return 0  # the name goes on: "West Side Story", "Pine Valley Medical"
        head = words[i : i + n - 1]
        if words[i + n - 1] in _COMPASS_ONLY:
            return n if n == 2 and head[0] in _COMPASS else 0
        # no long frequent word that is no name ("Recovery Village", "Analysis Paralysis Heights"); short
        # words and rare ones stay ("Six Corners", "Birchwood Falls")
        counts = word_counts()
        if any(len(w) >= _LONG_WORD and counts.get(w, 0) >= _FREQUENT_COUNT and not lex.is_name(w) for w in head):
            return 0
        return n

    @staticmethod
    def _names_no_place(text: str, tokens: Sequence[Token], words: Sequence[str], i: int, n: int) -> bool:
        """True when the place at ``tokens[i : i + n]`` names a scale, test or disease, or is "OSH"."""
        if n == 1 and words[i] in _ABBREVIATIONS and not tokens[i].capitalized:
            return True
        if n == 1 and words[i] in _LAYOUT_WORDS and _LAYOUT_NUMBER.match(text, tokens[i].end):
            return True
        after = i + n
        # only a space between ("Lives in Denver. Fever since..." keeps Denver)
        if after < len(words) and words[after] in _EPONYM_HEADS and (
            text[tokens[after - 1].end : tokens[after].start] in {" ", "-"}
        ):
            return True
        # "Epworth 14.", "MoCA 24/30": a small score right after, with no cue before the place
        cued = _cue_before(text, tokens, words, i)
        return not cued and bool(_SCORE_AFTER.match(text, tokens[after - 1].end))

    @staticmethod
    def _cued_town(text: str, tokens: Sequence[Token], words: Sequence[str], i: int, lex: Lexicon) -> int:
        """How many tokens from ``i`` (right after a strong cue) make a town the gazetteer lacks (0: none)."""
        first = tokens[i]
        n = 0
        while n < 3 and i + n < len(tokens):
            token, word = tokens[i + n], words[i + n]
            if n and text[tokens[i + n - 1].end : token.start] != " ":
                break
            if _never(word) or word in _MONTHS or word in _TITLES or word in _CARE_WORDS or word in NOT_SITES:
                break  # (NOT_SITES: apps, devices, games, "came over from Instagram")
            if lex.is_everyday(word) and not (word in _PLACE_OPENERS or (n and word in _PLACE_CLOSERS)):
                break
            if not first.caseless_line and not token.capitalized:
                break
            n += 1
        if first.caseless_line:
            # every word names, opens ("east lyndon") or closes ("pell harbor") a town's name
            while n and not (_names_a_town(words[i + n - 1], lex) or (n > 1 and words[i + n - 1] in _PLACE_CLOSERS)):
                n -= 1
            if not all(_names_a_town(w, lex) or w in _PLACE_OPENERS or w in _PLACE_CLOSERS for w in words[i : i + n]):
                return 0
        # a town of English words only ends in a place word ("Pell Harbor"; never "Limbo", "Chaos",
        # "Residence Inn"); "Arlingford", no English word, stands alone
        town = words[i : i + n]
        if all(lex.is_english(w) for w in town) and not (n > 1 and town[-1] in _PLACE_CLOSERS) and not (
            n and _region_word_after(text, tokens[i + n - 1].end, lex)
        ):
            return 0
        # one word at least names a town ("Pell Harbor"; never "Section", "Senior Housing")
        return n if any(_names_a_town(w, lex) for w in town) else 0

    def find_sites(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of each site named after a transfer or residence cue, and its other mentions."""
        lex = self._lexicon or load_lexicon()
        self._lexicon = lex
        sites = cued_sites(text, lex)
        if not sites:
            return []
        found = {(start, end): self.context_score for start, end, _ in sites}
        for span in repeated_mentions(text, sites, lex):
            found.setdefault(span, self.score)
        return [(s, e, score) for (s, e), score in sorted(found.items())]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Presidio entry point: towns (LOCATION), house lines before them (STREET_ADDRESS), sites (FACILITY)."""
        results = []
        if not entities or "LOCATION" in entities or "STREET_ADDRESS" in entities:
            towns, streets = self._find(text)
            if not entities or "LOCATION" in entities:
                results.extend(to_results(self, "LOCATION", towns))
            if not entities or "STREET_ADDRESS" in entities:
                results.extend(to_results(self, "STREET_ADDRESS", streets))
        if not entities or "FACILITY" in entities:
            results.extend(to_results(self, "FACILITY", self.find_sites(text)))
        return results


@register_recognizer("place_gazetteer")
def _factory(spec: Mapping[str, Any]) -> PlaceGazetteerRecognizer:
    unknown = set(spec) - {"score", "context_score"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: ['context_score', 'score']")
    return PlaceGazetteerRecognizer(**spec)
