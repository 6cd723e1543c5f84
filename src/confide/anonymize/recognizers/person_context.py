"""Person names recognised by the words around them.

Used where NER misses short or lone names: record labels ("Patient: Nadia Novak", "Client Jamal"),
clinical subjects ("S: Lucia presents"), relatives and peers ("my mother Emerson", "Roommate Amara"),
self-introductions ("Hi, I'm Tamara,", "its Destiny from group", "this is Ana at Keystone"; never
"it's Monday at last"), and sign-offs ("- Marcus" at the end of a line). Names must be capitalized, with
diacritics allowed ("Pt: Nguyễn Văn Thành"), except after a form field naming a part of a name ("Surname:
RAMIREZ"), in a booking name ("HERNANDEZ/JUAN CARLOS MR"), and for a lower-case first name no ordinary word
spells in a chat self-introduction or sign-off ("its kirsty,", "thx - marisol"). Speech recognition writes
every name in lower case: a call's or a voicemail's frame names the greeted, the caller and the one who
answers ("hey tash it's mel um", "it's josh from intake", "you've got bree"; a listed first name that is no
everyday word nor a term of address), and a dictation its subject ("client arjun thiruchelvam"). Outreach
logs name people by street names after cues only people take ("male known as Ghost", 'Name given as
"Smoke"', 'Client "Jonno"') and workers by a lower-case first name after their role ("Keyworker orla").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.casing import NAME_LOWER, NAME_UPPER
from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.clinician import _family_name_word
from confide.anonymize.recognizers.name_dictionary import ADDRESSEES, rare_word_name

_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?"
_NAME = _WORD + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _WORD + r"){0,2}"
# A name word in any case and script ("RAMIREZ", "Lucía", "o'neill"), for fields that say a name follows.
_ANY_CASE_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_ANY_CASE_NAME = _ANY_CASE_WORD + r"(?:[ \t]" + _ANY_CASE_WORD + r"){0,3}"
# The next field of a one-line form ("First name: Ana Last name: Ruiz DOB: ..."), and entries that fill
# a name field without naming anyone.
_NEXT_FIELD = r"(?i:(?:sur|first|last|family|given|middle|maiden)[ \t]?names?|dob|date|sex|gender|age|title)\b"
_NO_NAME_ENTRIES = [
    "n", "na", "none", "unknown", "unk", "same", "tbd", "tbc", "tba", "blank", "as above", "not given", "declined",
    "other", "nmn", "nmi", "doe",
]
_CAPS_WORD = r"[A-Z](?:[A-Z]|['-](?=[A-Z])){1,40}"
# Up to three name words, Title case or capitals, the family name in capitals first allowed ("CHAN Ka-wai").
_NAME_OR_CAPS = rf"(?:{_WORD}|{_CAPS_WORD})(?:[ \t]+(?:{_WORD}|{_CAPS_WORD})){{0,2}}"
_NAME_OR_CAPS_2 = rf"(?:{_WORD}|{_CAPS_WORD})(?:[ \t]+(?:{_WORD}|{_CAPS_WORD})){{1,2}}"
# "FAMILY, GIVEN NAMES" in capitals (no field label as a given name: "SMITH, JOHN DOB ..."), or "family, given" all
# in lower case.
_INVERTED_NAME = (
    r"[A-Z][A-Z'’-]+,[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+(?!" + _NEXT_FIELD + r")[A-Z][A-Z'’-]+){0,2}"
    r"|[a-z][a-z'’-]{1,40},[ \t]*[a-z][a-z'’-]{1,40}"
    # ... or in Title case, where a label or a field after it says it is a name ("Client: Delacourt, Hakeem")
    # (accents allowed: "Desrosiers-Ngata, Éloïse")
    rf"|{_WORD},[ \t]*[{NAME_UPPER}][{NAME_LOWER}'’]+(?:[ \t]+[A-Z]\.?(?![\w'’-]))?"
    # ... closing its field ("Resident Council, May 5", "Patient Young, Will need follow-up" are none)
    r"(?=[ \t]*(?:$|[,;|(\t\n])|[ \t]{2}"
    r"|[ \t]+(?:\d{1,3}[ \t]?/?[MF]\b|\d{2,3}[ \t]*(?i:yo|y/o|yrs?)\b|(?i:dob|mrn|mr#)\b))"
)
# Labels of numbers only a person holds: national, tax and health ids of many countries.
_PERSONAL_ID_LABEL = (
    r"(?:personnummer|kennitala|PESEL|NIF|NIE|DNI|CPF|CURP|RUT|HETU|CPR|BSN|AMKA|CNP|NIC|NRIC|CNIC|HKID|Aadhaar|PPSN|"
    r"CHI|C\.C\.|RG|NIR|SSN|NI[ \t]+(?:no|number)|NHS[ \t]+(?:no|number)|ID[ \t]+no|passport|codice[ \t]+fiscale|"
    r"C\.F\.|T\.C\.[ \t]+Kimlik|rijksregisternummer|NSS)\b"
)
# Not a word's inside, nor after a verb of use ("on Ozempic 2F" is no patient).
_NOT_AFTER_USE = r"(?<![\w'’-])" + "".join(
    rf"(?<!\b(?i:{verb}) )" for verb in ("on", "taking", "using", "tried", "with")
)
# A patient's or a client's word opening what looks like a name ("PT MIGISI BELLECOURT, 27F"): the name starts after it.
_NOT_A_CUE = r"(?!(?i:pts?|patient|client|resident)\b)"
RELATIONS = (
    "mother|mom|mum|father|dad|sister|brother|sibling|wife|husband|spouse|partner|girlfriend|boyfriend|gf|bf|"
    "roommate|flatmate|housemate|friend|best\\s+friend|bestie|son|daughter|kid|child|aunt|uncle|cousin|niece|nephew|"
    "grandma|grandmother|grandpa|grandfather|fianc[eé]e?|boss|manager|coworker|co-worker|colleague|classmate|"
    "teacher|neighbor|neighbour|ex|stepmom|stepdad|stepmother|stepfather|stepson|stepdaughter|"
    "(?:son|daughter|brother|sister|mother|father)-in-law"
)
# Relations that are also words of names and places ("Gran Canaria", "Granny Smith", "Nan Goldin", "Landlord
# Licensing Scheme"): a name follows them only after a possessive ("my nan Peggy", "her landlord Mr Okafor"),
# or, for a worker's role, opening a clause before a name and a verb ("Supervisor Angelique tracked").
_POSSESSED_RELATIONS = (
    "supervisor|landlord|landlady|sponsor|nan|nana|nanna|gran|granny|grandad|granddad|nonna|nonno|abuela|abuelo|"
    "lola|lolo|tita|tito"
)
# A post's age and sex tag between a relation and the name ("my boyfriend (28M) Jake", "my husband [26M] ryan").
_AGE_TAG = r"(?:[ \t]*[\[(][ \t]?\d{1,2}[ \t]?(?:[MFmf]|NB|nb)?[ \t]?[\])])?"
# "May" after a relation is a name before what a person does, never a modal's or a month's ("Mother May I",
# "Mom May Need Surgery", "Mother May 3").
_NOT_MODAL_MAY = (
    r"(?!May\b(?![ \t]*(?:[,;:.)(]|(?:says|said|called|visited|is|was|came|drove|reports|reported|texted|asked|"
    r"told|has|had|and|who|brought|helped)\b)))"
)
CLINICAL_VERBS = (
    "seen|presents|presented|attended|attends|reports|reported|denies|denied|endorses|endorsed|states|stated|"
    "describes|described|continues|arrived|missed|completed|agrees|agreed|appears|appeared|was\\s+seen"
)
STOP = [
    "I",
    "The",
    "A",
    "An",
    "It",
    "This",
    "That",
    "He",
    "She",
    "They",
    "We",
    "You",
    "Sorry",
    "Fine",
    "Okay",
    "Ok",
    "Tired",
    "Done",
    "Not",
    "So",
    "Just",
    "Here",
    "Back",
    "Happy",
    "Sad",
    "Good",
    "Bad",
    "Scared",
    "Lost",
    "Still",
    "Depressed",
    "Anxious",
    "Afraid",
    "Alone",
    "Sure",
    "Really",
    "Also",
    "Now",
    "Always",
    "Never",
    "Patient",
    "Pt",
    "Pts",
    "Client",
    "Denies",
    "Reports",
    "Endorses",
    "Thanks",
    "Thank",
    "Sleep",
    "Mood",
    "Appetite",
    "Energy",
    "Plan",
    "Assessment",
    "Subjective",
    "Objective",
    "Session",
    "Follow",
    "None",
    "No",
    "Yes",
    "Edit",
    "Update",
    "Name",
    # a record's headings after its label ("New Patient Evaluation", "Client Intake")
    "Evaluation",
    "Intake",
    "Visit",
    "Encounter",
    "Summary",
    "Information",
    "Instructions",
    "Education",
    "Portal",
    "Demographics",
    "Registration",
    # police ranks after a form's label ("Member: Cst. R. Beaulieu"): the name after the rank is found by its
    # title cue, the rank alone is no name
    "Cst",
    "Const",
    "Constable",
    "Cpl",
    "Sgt",
    "Insp",
    "Ofc",
    "Officer",
    "Deputy",
    "Trooper",
    "Lt",
    "Lieut",
    "Capt",
    "Det",
    "Maj",
    "Col",
]
_PRONOUNS = frozenset("he him his she her hers they them their it i me we us you".split())
# Street and ward nicknames ("T-Bone", "Big Mike", "CHUY"): one or two capitalized words, or capitals.
_NICK_WORD = r"(?:[A-Z][a-z'’]*(?:-[A-Z]?[a-z'’]+)*|[A-Z]{2,})"
_NICKNAME = rf"{_NICK_WORD}(?:[ \t]+{_NICK_WORD})?"
# Who is "known as" a nickname in outreach and ward notes ("male known as Ghost", "he is known as Tex").
_NICKNAMED = (
    "male|female|man|woman|guy|gentleman|lady|boy|girl|youth|client|resident|regular|tenant|guest|he|she|they|"
    "who|pt|patient|texter|caller|" + RELATIONS
)
# Cues after which a word is someone's nickname ("goes by Bee", "known as Ghost", "aka CHUY", 'Name given as
# "Smoke"'). The pattern below wants a person before "known as" and "aka" ("the drug known as Molly" is none);
# the NER guard keeps an everyday word right after any of these cues.
_NICKNAME_CUES = (
    r"(?:goes|going)[ \t]+by|known[ \t]+as|aka|a\.k\.a\.|name[ \t]+given(?:[ \t]+as)?"
    r"|alias(?:es)?|nickname|palayaw|preferred[ \t]+name"
)
_NICKNAME_BEFORE = re.compile(r"(?i)\b(?:" + _NICKNAME_CUES + r")[ \t]*:?[ \t]*[\"“'‘]?\Z")
# Words after such a cue that say how, or how someone is, not who ("went by Bus", 'Client "Sober" today').
_NOT_NICKNAMES = frozenset(
    "bus train plane boat car taxi cab uber foot bike ferry sober calm fine ok okay good well stable settled".split()
)


def nickname_cued(text: str, start: int) -> bool:
    """A nickname cue ends right before ``start`` ("goes by ", "known as "); read from 40 characters only."""
    return _NICKNAME_BEFORE.search(text[max(0, start - 40) : start]) is not None


# Roles and labels before a worker's or client's first name written in lower case ("Keyworker orla",
# "Assessor: jorge", "Outreach (jen)").
_LOWER_NAME_CUES = (
    r"key[ \t]?worker|case[ \t]?worker|support[ \t]+worker|worker|assessor|referrer|outreach|advocate|"
    r"navigator|counsell?or|therapist|sponsor|cpn|nurse|staff|sw|"
    # a bedside note's workers by their short titles ("med rec w/ pharm tam", "rt kelsey at bedside", "dme rep sue")
    r"pharm|pharmd|rt|rep|rn|"
    # ... and home-care and clinic workers ("psw tamara from bayshore", "hha marisol", "cm ruth:", "rph donna")
    r"psw|hha|aide|(?<!\d[ \t])cm|rph|cna|chw|liaison|lactation"
)
# "it's Monday at", "this is Christmas lol": calendar and mood words after a self-introduction's verb.
# Only there: after a relation or a label they are first names ("Roommate June", "Patient: Christmas Okoro").
INTRO_STOP = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Christmas", "Easter", "Halloween", "Thanksgiving", "Today", "Tonight", "Tomorrow", "Everything",
    "Nothing", "Everyone", "Life", "Hard", "Over", "True", "Me", "Him", "Her", "Us", "Them", "Reddit",
    "Covid", "Bad", "Worse", "Better", "Weird", "Late", "Early", "Cold", "Hot", "Raining",
]


@register_validator("rare_first_name")
def _rare_first_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case word is a name only when it is a first name whose ordinary use is rare (see ``rare_word_name``).

    Chat writers drop capitals ("its kirsty", "- eilidh"), but "its dawn again", "- alone" or "its nike" is English.
    """
    return rare_word_name(value.lower(), load_lexicon())


@register_validator("nickname_words")
def _nickname_words(value: str, params: Mapping[str, Any]) -> bool:
    """No word of a nickname is a condition, a clinical acronym, a pronoun, a month or a weekday.

    Street names are often English words ("Ghost", "Skip", "Smoke"): an everyday word passes even when
    clinical English also uses it; a clinical word that is no everyday one does not ("known as Depression"),
    nor any clinical word in capitals ("known as ADHD", "(aka NFA)"); ``bracket_or_field`` (a bracket after a name or
    a form's alias field) takes any other clinical word.
    """
    lexicon = load_lexicon()
    for word in re.split(r"[ \t]+", value):
        lower = word.strip("'’").lower()
        if lower in _PRONOUNS or lower in MONTH_WORDS or lower in WEEKDAY_WORDS or lower in _NOT_NICKNAMES:
            return False
        if lower in lexicon.clinical_words and word.isupper():
            return False  # "(aka NFA)": an abbreviation
        if params.get("bracket_or_field"):
            continue  # a word a clinical list holds is a nickname there ("(known as Nugget)", "Alias: Bee")
        if lower in lexicon.clinical_words and not lexicon.is_everyday(lower):
            return False
    return True


# Dose times and note shorthand that the lists of given names hold too ("psw mane and nocte", "liaison nil new").
_NOTE_SHORTHAND = frozenset("mane nocte nil alf ted prn stat".split())


@register_validator("role_first_name")
def _role_first_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case word after a worker's role is a name: a listed first name, no everyday, clinical or place word.

    "Keyworker orla", "Assessor: jorge"; never "w/ meals", "staff nurse".
    """
    lexicon = load_lexicon()
    word = value.lower()
    if params.get("not_english") and lexicon.is_english(word):
        return False
    return (
        word not in _NOTE_SHORTHAND
        and word in lexicon.first_names
        and not lexicon.is_everyday(word)
        and word not in lexicon.clinical_words
        and word not in lexicon.places
        and word not in ADDRESSEES
    )


@register_validator("name_words_only")
def _name_words_only(value: str, params: Mapping[str, Any]) -> bool:
    """Every word a name: a listed name that is no everyday word, or no English, everyday or clinical word.

    Before an age and a sex letter the words are the patient's name ("HALLORAN 81F") unless they are a
    diagnosis, a ward or a heading ("Pneumonia, 81F", "BED 4 81F", "Admitted 81F"); so are a policy holder's
    and a court party's capitals ("Subscriber AOIFE O'SULLIVAN") unless they are a role or a clause ("Subscriber:
    SPOUSE OF PT", "TRANSFERRED TO PSYCH ICU, WARD 12").
    """
    lexicon = load_lexicon()
    words = [word.strip("'’-") for word in re.split(r"[ \t]+", value.lower())]
    for word in words:
        if len(word) < 2 or word in lexicon.clinical_words and not lexicon.is_name(word):
            return False
        if lexicon.is_everyday(word) or (lexicon.is_english(word) and not lexicon.is_name(word)):
            return False
    # ``listed``: a word at least is a listed name, where the cue is also a brand's ("PC Lenovo"), and a name alone
    # no English word ("PC Hollis"; never "DS Lite", "DC Marvel")
    if not params.get("listed"):
        return True
    return any(lexicon.is_name(word) for word in words) and (len(words) > 1 or not lexicon.is_english(words[0]))


@register_validator("booking_name_words")
def _booking_name_words(value: str, params: Mapping[str, Any]) -> bool:
    """No word of a SURNAME/GIVEN pair is a clinical abbreviation that names nobody.

    Capitals notes pair abbreviations with a slash before "MR" or "MS" ("CHF/COPD MS CHANGES", "AS/MR MR
    moderate", "PT/OT DR ORDERS"); "tia" is a first name too, so "CVA/TIA MS" falls on "cva".
    """
    lexicon = load_lexicon()
    return not any(w in lexicon.clinical_words and not lexicon.is_name(w) for w in re.split(r"[/ \t]+", value.lower()))


@register_validator("name_field_value")
def _name_field_value(value: str, params: Mapping[str, Any]) -> bool:
    """No word of a name field's entry is an everyday word that names nobody.

    Forms fill the field with instructions ("See ID card", "Required field", "Same as above") as often as with a
    name; rarer words stay, as the name lists miss many given names and hold clinical words ("Ana", "ANA").
    """
    lexicon = load_lexicon()
    return not any(lexicon.is_everyday(w) and not lexicon.is_name(w) for w in value.lower().split())


# Whom a call greets that name nobody: the written greetings' addressees ("hey babe it's me"), with the kin and
# endearments of speech ("hi nan", "hey queen"), and virtues, seasons and moods that are given names too but far
# more often words after "it's" or "you've got" ("it's karma", "hi hope it's okay", "you've got grace").
_NOT_SPOKEN_NAMES = ADDRESSEES | frozenset(
    "baby hon lovey dear bro sis ma mam da pa miss boys cutie nan nana nanna gran granny grandma grandpa auntie "
    "uncle bub sweetpea queen king bae girlie doll homie cuz twin hope faith grace joy patience karma destiny "
    "charity mercy honor honour glory harmony serenity liberty trinity heaven sunny storm rain dawn chance "
    "justice passion bliss unity".split()
)


@register_validator("spoken_first_name")
def _spoken_first_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case word a call or a voicemail names someone by: a listed first name that is no everyday word.

    Speech recognition writes every name in lower case; the call's own frame ("hey tash it's mel", "it's josh
    from intake", "you've got bree") says a name follows, so a name that is also a rarer word ("josh", "mel")
    passes, never an everyday word ("it's will from..."), a term of address ("hey babe") or a virtue, a season
    or a mood ("it's karma from last year").
    """
    lexicon = load_lexicon()
    word = value.lower()
    return lexicon.is_name(word) and not lexicon.is_everyday(word) and word not in _NOT_SPOKEN_NAMES


@register_validator("spoken_full_name")
def _spoken_full_name(value: str, params: Mapping[str, Any]) -> bool:
    """A lower-case full name after a dictation's subject word: a first name, then name words only."""
    first = value.split()[0]
    return _spoken_first_name(first, params) and _name_words_only(value, params)


# Where a list's entry opens: a line's start, after "; " or " / ", or after a heading's colon; and what marks the
# entry: a clock time ("09:00", "1015"), a number ("1.", "2)"), a room, bed or bay ("Rm 1", "Bed 6 –", "b4", "c2").
_ENTRY_AT = r"(?:(?m:^)|(?<=;[ \t])|(?<=[ \t]/[ \t])|(?<=:[ \t]))[ \t]*"
_ENTRY_MARK = (
    r"(?:\d{1,2}:\d{2}|\d{3,4}|\d{1,2}[.)]?|(?i:rm|room|bed|bay)\.?[ \t]*\d{1,3}[A-Za-z]?|[A-Za-z]\d{1,2})"
    r"(?:[ \t]*[–—-])?[ \t]+"
)
# What follows a name in a list's entry: two blanks, a dash between fields, a bracket, a comma or semicolon, a
# whole number or a legal section ("s3", "S2", "17m"; a reading is no field: "Patel K 3.1"), the line's end.
_ENTRY_NEXT = r"(?=[ \t]{2,}\S|[ \t]+[–—→-][ \t]|[ \t]*[(,;|]|[ \t]+[A-Za-z]?\d+(?!\d|[.,]\d)|[ \t]*(?:\n|$))"
# A list's name: a family name in capitals and a given name ("PRITCHARD Alan"), a family name and an initial
# ("TAYLOR S", "Collins R"), a given name and a family name ("Darnell Fields"); after an entry's mark also a
# given name alone ("Bed 6 – Dafydd –") and a first name in lower case with a family name or an initial
# ("1015  kev vance", "8:00 tyler b").
_LIST_NAME_CASED = (
    r"[A-Z][A-Z'’-]{2,}[ \t]+[A-Z][a-z'’]+|(?:[A-Z][A-Z'’-]{2,}|[A-Z][a-z'’-]{2,})[ \t]+[A-Z]\.?(?![\w'’.-])"
    r"|[A-Z][a-z'’]+[ \t]+[A-Z][a-z'’-]+"
)
_LIST_NAME = _LIST_NAME_CASED + r"|[A-Z][a-z'’]+|[a-z]{3,}(?:[ \t]+[a-z][a-z'’-]*)?"
# Second words that make a unit, a team or a scale of a given name ("Rowan Ward", "Rose Team", "Braden Score").
_NOT_FAMILY_WORDS = frozenset("ward unit suite bay wing team clinic house lodge court scale score".split())


@register_validator("list_entry_name")
def _list_entry_name(value: str, params: Mapping[str, Any]) -> bool:
    """A list entry's name: a listed first name and a family name, neither an everyday or clinical word.

    Or a family name of that kind with an initial ("Collins R").

    A list opens its entries with a drug, a test or a task as often ("Rm 2 Lithium 400mg", "1. Pain R knee",
    "Bed 4 Morse 75"), so the name lists decide; a word in lower case alone is a rare first name only.
    """
    lexicon = load_lexicon()
    words = [w.strip("'’.").lower() for w in value.split()]

    def family_ok(word: str) -> bool:
        clinical = word in lexicon.clinical_words and not lexicon.is_name(word)
        return (
            len(word) > 1
            and not lexicon.is_everyday(word)
            and not clinical
            and word not in _NOT_FAMILY_WORDS
            and (lexicon.is_name(word) or not lexicon.is_english(word))
        )

    def given_ok(word: str, *, alone: bool = False) -> bool:
        # a town's name is a given name too ("tyler b"), unless it stands alone; a clinical word only with a family
        # name ("PRITCHARD Mary", "KOWALCZYK Amy")
        return (
            word in lexicon.first_names
            and not lexicon.is_everyday(word)
            and not (alone and (word in lexicon.places or word in lexicon.clinical_words))
            and word not in ADDRESSEES
        )

    if len(words) == 1:
        return given_ok(words[0], alone=True) and (not value.islower() or rare_word_name(words[0], lexicon))
    if len(words[1]) == 1:
        family = value.split()[0]
        # an acronym's flag is no initial ("DNACPR Y", "TTO Y", "ALP H"); an English word before a letter is a
        # type or a group ("Cluster B", "Factor V", "Rota B"), though a name's too
        if family.isupper() and words[1] in "ynhl" or lexicon.is_english(words[0]):
            return False
        return family_ok(words[0]) and (not value.islower() or given_ok(words[0]))
    if value.split()[0].isupper():
        return family_ok(words[0]) and given_ok(words[1])
    return given_ok(words[0]) and family_ok(words[1])


# Insurers, units and use disorders written before a comma where a family name would stand.
_NOT_FAMILY_NAMES = frozenset("aetna cigna humana kaiser bcbs icu micu sicu cvicu pacu ems sud oud aud cud".split())


@register_validator("inverted_name")
def _inverted_name(value: str, params: Mapping[str, Any]) -> bool:
    """A name written "FAMILY, GIVEN NAMES": the family name a name's word only, the given names no everyday word.

    Given names are checked more loosely since the name lists hold clinical words ("ANA" is an antibody too).
    One given name must be a listed first name (in Title case, or a word no list holds), so that a pair of insurers,
    units or diagnoses is left ("Member: AETNA, PPO", "Pt: MICU, SICU", "OUD, AUD 40 yo"). In lower case, where no
    capital tells a name from a note's words ("pt calmer, states"), the family name is no English word and no given
    name an everyday one.
    """
    family, _, given = value.partition(",")
    lexicon = load_lexicon()
    given_words = given.lower().split()
    # in Title case a given name no list holds may be any word no English or clinical list holds ("Ngata, Éloïse")
    titled = not value.isupper() and not value.islower()
    listed = any(w in lexicon.first_names or titled and not lexicon.is_common(w) for w in given_words)
    if family.strip().lower() in _NOT_FAMILY_NAMES or not listed:
        return False
    if value.islower() and (lexicon.is_english(family.strip()) or any(lexicon.is_everyday(w) for w in given_words)):
        return False
    return _name_words_only(family, params) and _name_field_value(given, params)


@register_validator("family_before_initial")
def _family_before_initial(value: str, params: Mapping[str, Any]) -> bool:
    """A "Family, I" name whose family name passes the clinician recognizer's family-name test ("Lindqvist")."""
    return _family_name_word(value.partition(",")[0], params)


DEFAULT_SPEC = {
    "entity_type": "PERSON",
    "name": "PersonContextRecognizer",
    "patterns": [
        {
            "name": "record_label",
            "regex": r"\b(?:Patient|Client|Pt|Name|Member|Resident|Participant|Subscriber|Insured|Guarantor|"
            r"Policyholder|Cardholder|Claimant|Applicant)(?:\s+[Nn]ame)?\s*[:#-]?\s+(?P<pii>"
            + _NAME
            + r")",
            "score": 0.8,
        },
        {
            # A party a court or a tribunal names by initials only, after "In the matter of" or a case's name ("IN THE
            # MATTER OF: J.R.B.", "Case Name: ZRT [2021] NSWCATGD 41", "In the matter of KL (a child)"): dotted
            # capitals closing the line or before a bracket, or capitals before the party's description or the
            # case's citation; an act's or a topic's letters stand there too ("In the matter of DOLS (deprivation of
            # liberty safeguards)", "IN THE MATTER OF: MHA", "In the matter of DNR, family agreed").
            "name": "party_initials",
            "regex": r"(?i:\bin[ \t]+the[ \t]+matter[ \t]+of|\bcase[ \t]+name)[ \t]*:?[ \t]*"
            r"(?P<pii>(?-i:[A-Z]\.(?:[ \t]?[A-Z]\.){1,3}(?=[ \t]*(?:[(\[,;\n]|$))|[A-Z]{2,4}(?![\w.'’-])"
            r"(?=[ \t]*(?:\[(?:19|20)\d\d\]|\((?i:an?|the)[ \t]+(?i:child|children|minor|protected|adult|young|"
            r"patient|person|applicant|respondent|appellant)))))",
            "score": 0.75,
            "gate": r"(?i)matter[ \t]+of|case[ \t]+name",
        },
        {
            # A party named in capitals before the role a court gives them ("HAROLD EUGENE WEXLER, Conservatee",
            # "DOE, JANE, Respondent"): two to four words.
            "name": "party_before_court_role",
            "regex": r"(?<![\w'’-])(?P<pii>[A-Z][A-Z'’-]+(?:,?[ \t]+[A-Z]\.?)?(?:,?[ \t]+[A-Z][A-Z'’-]+){1,3}),[ \t]+"
            r"(?=(?:Conservatee|Conservator|Petitioner|Respondent|Appellant|Claimant|Defendant|Plaintiff|Decedent|"
            r"CONSERVATEE|CONSERVATOR|PETITIONER|RESPONDENT|APPELLANT|CLAIMANT|DEFENDANT|PLAINTIFF|DECEDENT)"
            r"[ \t]*(?:[.,;:)]|\n|$))",
            "score": 0.75,
            "gate": r"(?i)conservat|petitioner|respondent|appellant|claimant|defendant|plaintiff|decedent",
            "validators": [{"name": "name_words_only"}],
        },
        {
            # The holder of a policy or a card is a person, in capitals too ("Subscriber AOIFE O'SULLIVAN"):
            # two or three words, as billing systems print them.
            "name": "policy_holder_caps",
            "regex": r"\b(?i:subscriber|insured|guarantor|policy[ \t]?holder|card[ \t]?holder)(?:[ \t]+(?i:name))?"
            r"[ \t]*[:#-]?"
            r"[ \t]+(?P<pii>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][A-Z'’-]+){1,2})(?![\w'’-])",
            "score": 0.75,
            "gate": r"(?i)subscriber|insured|guarantor|holder",
            "validators": [{"name": "name_words_only"}],
        },
        {
            # A name with the family name first, in capitals or all in lower case, after a label ("Name: GUTIERREZ,
            # ANA LUCIA", "pt WASHINGTON, CLARENCE", "pt okafor, chidi called") or before a record's field
            # ("LAMBERT, GRACE MRN 7730-2290", "mccreary, rose   mrn 3320987"); a diagnosis or a state is no
            # family name ("PT: DKA, NEW ONSET", "PT SLEEPING, EASILY AROUSED").
            "name": "inverted_name_after_label",
            "regex": r"\b(?i:name|patient|client|pt|resident|detainee|inmate|member)(?![A-Za-z])[ \t]*:?[ \t]*(?P<pii>"
            + _INVERTED_NAME + r")(?![\w'’-])",
            "score": 0.75,
            "validators": [{"name": "inverted_name"}],
        },
        {
            "name": "inverted_name_before_field",
            "regex": r"(?<![\w'’-])(?P<pii>" + _INVERTED_NAME + r")"
            r"(?=,?[ \t]+(?:(?i:dob|d\.o\.b\.?|mrn|mr#)(?![\w-])|\d{2,3}[ \t]*(?i:yo|y/o|yrs?)\b"
            r"|\d{1,3}[ \t]?/?[MF]\b))",
            "score": 0.75,
            "validators": [{"name": "inverted_name"}],
        },
        {
            # A family name and the given name's initial before an age and a sex, as lists and schedules write a
            # patient ("1000 Lindqvist, W 71F hip hemi"): the family name a listed name or no English word.
            "name": "family_initial_before_age_sex",
            "regex": r"(?<![\w'’-])(?P<pii>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?,[ \t]*[A-Z]\.?)"
            r"(?=[ \t]+\d{1,3}[ \t]?/?[MF]\b)",
            "score": 0.7,
            "validators": [{"name": "family_before_initial"}],
        },
        {
            # Form fields that name a part of a name take it in any case, letters of any script, on the same
            # line or the next: "Student surname: RAMIREZ", "Given names: Ana Lucía", "Last name - o'neill",
            # "Surname:\nMcALLISTER"; never an instruction or placeholder ("See ID card", "NMN", "Doe").
            "name": "name_part_label",
            "regex": r"(?i:\b(?:sur|first|last|family|given|middle|maiden|fore|christian)[ \t]?names?)"
            r"(?:[ \t]*[:#][ \t]*(?:\r?\n[ \t]*)?|[ \t]+-[ \t]*)"
            r"(?P<pii>" + _ANY_CASE_NAME + r")(?=[ \t\r]*(?:$|[,;/(|])|[ \t]{2,}|[ \t]+" + _NEXT_FIELD + r")",
            "score": 0.8,
            "flags": ["MULTILINE"],
            "validators": [{"name": "not_in", "words": _NO_NAME_ENTRIES}, {"name": "name_field_value"}],
        },
        {
            # Airline and booking records write a name SURNAME/GIVEN and a title: "HERNANDEZ/JUAN CARLOS MR".
            "name": "booking_name",
            "regex": r"(?<![\w/])(?P<pii>" + _CAPS_WORD + r"/" + _CAPS_WORD + r"(?:[ \t]" + _CAPS_WORD + r")?)"
            r"[ \t]?(?:MR|MRS|MS|MSTR|MISS|DR|MX)\b",
            "score": 0.8,
            "validators": [{"name": "booking_name_words"}],
        },
        {
            # A name, then the age with a sex letter, as notes open on their patient ("Siobhán Ní Bhriain,
            # 41F", "Rm 714  HALLORAN  81F", "CHAN Ka-wai, 55/M"); every word a name's and none a clinical or
            # English word ("Pneumonia, 81F"); never after "on" or "taking", where a brand stands.
            "name": "name_before_age_sex",
            # (a patient's cue before the name is none of it: "PT MIGISI BELLECOURT, 27F")
            "regex": _NOT_AFTER_USE + _NOT_A_CUE + r"(?P<pii>" + _NAME_OR_CAPS
            + r"),?[ \t]+\d{1,3}[ \t]?/?[MF](?![\w/])",
            "score": 0.7,
            "validators": [{"name": "name_words_only"}],
        },
        {
            # Two or three name words and, after their comma, the label of a person's national or health number
            # ("Åsa Lindqvist, personnummer 19640922-4471", "Krzysztof Wiśniewski, PESEL ...", "W. A. Dilani Perera, NIC
            # ..."): only a person holds one.
            "name": "name_before_id_label",
            "regex": _NOT_AFTER_USE + r"(?P<pii>" + _NAME_OR_CAPS_2 + r"),[ \t]+" + _PERSONAL_ID_LABEL,
            "score": 0.7,
            "validators": [{"name": "name_words_only"}],
        },
        {
            # ... or with the years of an age, two or three name words ("WANJIRU NJOROGE, 27 yrs"): one word
            # before years is as often a drug or a brand ("been on Ozempic 2 yrs").
            "name": "full_name_before_age",
            "regex": _NOT_AFTER_USE + _NOT_A_CUE + r"(?P<pii>" + _NAME_OR_CAPS_2 + r"),?[ \t]+\d{1,3}[ \t]?"
            r"(?:y/?o|yrs?|years?[ \t]+old)(?![\w/])",
            "score": 0.7,
            "validators": [{"name": "name_words_only"}],
        },
        {
            # A police officer's name after the rank ("Const. Ihaia Walker (QID X9K22)", "Det Sgt Wiremu Tane"):
            # every word a name's, so "Constable Visits Policy" and "Inspector Report" stay.
            "name": "police_rank_name",
            "regex": r"\b(?:Sgt|SGT|Sergeant|Cst|Const|Constable|Insp|Inspector|Supt|Ofc|Det|Detective|Trooper|Garda)"
            r"\.?[ \t]+(?:(?:Sgt|Sergeant|Insp|Con)\.?[ \t]+)?(?P<pii>" + _NAME + r")",
            "score": 0.7,
            "validators": [{"name": "name_words_only"}],
        },
        {
            # ... and after a rank's letters, which are also a computer's, a console's or a comic's ("PC Hollis",
            # never "PC Lenovo", "DS Lite", "DC Marvel"): one word at least a listed name.
            "name": "police_rank_letters_name",
            "regex": r"\b(?:PC|DC|DS|DCI|DI)[ \t]+(?P<pii>" + _NAME + r")",
            "score": 0.7,
            "validators": [{"name": "name_words_only", "listed": True}],
        },
        {
            "name": "clinical_subject",
            "regex": r"(?P<pii>" + _NAME + r")\s+(?:" + CLINICAL_VERBS + r")\b",
            "score": 0.6,
        },
        {
            "name": "relation",
            "regex": r"(?:(?i:\b(?:" + RELATIONS + r"))|(?i:(?:\b(?:my|his|her|our|their|your)\s+"
            r"(?:(?:lovely|dear|late|beloved|darling|sweet|old)\s+)?|\bgreat-)(?:" + _POSSESSED_RELATIONS + r"))"
            r"|\b(?:Supervisor|Landlord|Landlady|Sponsor)(?=\s+[A-Z][a-z'’]+\s+[a-z]))"
            + _AGE_TAG + r"(?i:,?\s+)(?:(?i:named|called)\s+)?" + _NOT_MODAL_MAY + r"(?P<pii>"
            + _NAME
            + r")",
            "score": 0.7,
        },
        {
            # A name in apposition to a relation ("the call came from Shay, my ex's best friend", "Britt, her
            # roommate, said"): every word a name's, so "Anyway, my mom" and "Honestly, my boss" are left.
            "name": "name_before_relation",
            "regex": r"(?<![\w'’-])(?P<pii>" + _WORD + r"(?:[ \t]+" + _WORD + r")?),[ \t]+(?i:my|his|her|our|their)"
            r"[ \t]+(?i:(?:best|older|younger|little|big|ex|former|new|current|late)[ \t-]+)?(?i:" + RELATIONS + r")\b",
            "score": 0.7,
            "validators": [{"name": "name_words_only"}],
        },
        {
            # A nickname in quotes after a relation ("his friend \"Gator\"", "a guy called 'Tiny'").
            "name": "relation_quoted_nickname",
            "regex": r"(?i:\b(?:" + RELATIONS + r"|guy|girl|man|woman|dealer|sponsor),?\s+)(?:(?:named|called|aka)\s+)?"
            r"[\"“'‘](?P<pii>" + _NAME + r")[\"”'’]",
            "score": 0.7,
        },
        {
            # A nickname after a cue that only people take (``_NICKNAME_CUES``: "goes by Bee", "male known as
            # Ghost", "male aka Ghost", 'Name given as "Smoke"'); never a drug's street name ("the drug known as
            # Molly"): any capitalized word, an English one too, ending its clause.
            "name": "nickname_after_cue",
            "regex": r"(?i:\b(?:(?:goes|going)[ \t]+by|(?:" + _NICKNAMED + r")[ \t]+(?:(?:is|was)[ \t]+)?"
            r"(?:also[ \t]+)?(?:known[ \t]+as|aka|a\.k\.a\.)|name[ \t]+given(?:[ \t]+as)?))[ \t]*:?[ \t]*[\"“'‘]?"
            r"(?P<pii>" + _NICKNAME + r")[\"”'’]?"
            r"(?=[ \t]*(?:[,.;:!)(—–]|-[ \t]|$)|[ \t]+(?:and|but|who|is|was|has)\b)",
            "score": 0.7,
            "flags": ["MULTILINE"],
            "validators": [{"name": "nickname_words"}],
        },
        {
            # A nickname in a bracket right after a name ("Nugget Jampijinpa (known as Nugget)", "Sipho Dube (aka
            # Junior)") or on a form's alias field ("Alias: Bee", "Palayaw: Junior"): places no word or drug takes, so
            # a word a clinical list holds is a nickname there too.
            "name": "nickname_in_bracket_or_field",
            "regex": r"(?:(?<=[A-Za-z][a-z]\x20\()(?i:also[ \t]+)?(?i:known[ \t]+as|aka|a\.k\.a\.)[ \t]+"
            r"|^[ \t]*(?i:alias|aliases|nickname|palayaw|preferred[ \t]+name|known[ \t]+as)[ \t]*:[ \t]*)[\"“'‘]?"
            r"(?P<pii>" + _NICKNAME + r")[\"”'’]?(?=[ \t]*(?:[,;)]|$))",
            "score": 0.7,
            "flags": ["MULTILINE"],
            "validators": [{"name": "nickname_words", "bracket_or_field": True}],
        },
        {
            # The name before such a bracket ("Met Sunny (known as Sundeep Gill", "Nugget Jampijinpa (aka Nugget)").
            "name": "name_before_bracketed_alias",
            "regex": r"(?<![\w'’-])(?P<pii>(?!(?:Met|Saw|Seen|Called|Visited|With|And|To|For|From)\b)" + _NICKNAME
            + r")[ \t]+\((?i:also[ \t]+)?(?i:known[ \t]+as|aka|a\.k\.a\.)[ \t]",
            "score": 0.6,
            "validators": [{"name": "nickname_words"}],
        },
        {
            # A quoted nickname after a label for the person ('Client "Jonno"', 'Name given: "Paddy"'); an everyday
            # word there is a state as often ('Client "Calm"'), which the NER guard drops.
            "name": "quoted_nickname_after_label",
            "regex": r"(?i:\b(?:client|resident|regular|associate|tenant|guest|youth|male|female|name[ \t]+given))"
            r"[ \t]*[,:]?[ \t]*[\"“'‘](?P<pii>" + _NICKNAME + r")[\"”'’]",
            "score": 0.7,
            "validators": [{"name": "nickname_words"}],
        },
        {
            # A name opening a list's entry, before the entry's next field ("09:00  PRITCHARD Alan    DOB ...",
            # "Rm 1 TAYLOR S  olanzapine", "1015  kev vance – r/v", "Bed 6 – Dafydd – s2"): see ``list_entry_name``.
            "name": "list_entry_name",
            "regex": _ENTRY_AT + _ENTRY_MARK + r"(?P<pii>" + _LIST_NAME + r")" + _ENTRY_NEXT,
            "score": 0.6,
            "validators": [{"name": "list_entry_name"}],
        },
        {
            # ... and a name of two cased words with no mark before it ("Ahmed K s17 escorted; Campbell J s3").
            "name": "list_entry_name_unmarked",
            "regex": _ENTRY_AT + r"(?P<pii>" + _LIST_NAME_CASED + r")" + _ENTRY_NEXT,
            "score": 0.6,
            "validators": [{"name": "list_entry_name"}],
        },
        {
            # A first name in lower case after a worker's role or label ("Keyworker orla", "Assessor: jorge");
            # never before a number ("staff eta 10").
            "name": "lower_name_after_role",
            "regex": r"(?i:\b(?:" + _LOWER_NAME_CUES + r"))(?:[ \t]*[:(][ \t]*|[ \t]+)"
            r"(?P<pii>[a-z]{3,})(?![\w'’-]|[ \t]*\d)",
            "score": 0.6,
            "validators": [{"name": "role_first_name"}],
        },
        {
            # ... and after "w/", only a first name that is no English word ("SIN on file w/ marisol"; never
            # "w/ sherry", "w/ basil").
            "name": "lower_name_after_with",
            "regex": r"(?<![\w/])w/[ \t]*(?P<pii>[a-z]{3,})(?![\w'’-]|[ \t]*\d)",
            "score": 0.6,
            "validators": [{"name": "role_first_name", "not_english": True}],
        },
        {
            "name": "self_intro",
            "regex": r"\b(?:I'?m|I\s+am|[Tt]his\s+is|[Ii]t'?s)\s+(?P<pii>"
            + _NAME
            + r")(?=\s*[,.!;)\-–—]|\s+(?:and|here|from|at|lol|again|btw)\b)",
            "score": 0.6,
            "validators": [{"name": "not_in", "words": INTRO_STOP}, {"name": "first_word_not_in", "words": INTRO_STOP}],
        },
        {
            "name": "sign_off",
            # [ \t]* before the dash, never \s*: from every line start \s* ran over all the blank lines after it.
            "regex": r"(?:^|(?<=\n)|(?<=[.!?)]\s))[ \t]*[-–—~]{1,2}\s*(?P<pii>" + _NAME + r")[ \t\r]*$",
            "score": 0.75,
            "flags": ["MULTILINE"],
        },
        {
            # The same in lower case, for one rare first name (see ``rare_word_name``): "hi doc its kirsty,",
            # "thx - marisol".
            "name": "lower_self_intro_or_sign_off",
            "regex": r"(?:\b(?:i'?m|this[ \t]+is|it'?s|its)[ \t]+|(?:^|(?<=\s))[-–—~]{1,2}[ \t]*)(?P<pii>[a-z]{3,})"
            r"(?=[ \t]*(?:[,.!;)]|$)|[ \t]+(?:here|from|again)\b)",
            "score": 0.6,
            "flags": ["MULTILINE"],
            "validators": [{"name": "rare_first_name"}],
        },
        {
            # Speech in lower case: the one greeted at a call's or a voicemail's start and the caller after them
            # ("hey tash it's mel"), the caller who says where they call from ("it's josh from intake", "this is
            # tamsin calling"), the one who answers a helpline ("you've got bree, who am i talking to",
            # "you're through to niamh").
            "name": "spoken_greeting",
            "regex": r"\b(?:hey|hi|hiya|hello)[ \t,]+(?P<pii>[a-z]{3,})"
            r"(?=[ \t,]+(?:it'?s|its|this[ \t]+is)[ \t]+[a-z])",
            "score": 0.6,
            "validators": [{"name": "spoken_first_name"}],
        },
        {
            "name": "spoken_greeting_caller",
            "regex": r"(?:" + "|".join(rf"(?<=\b{w} )" for w in ("hey", "hi", "hiya", "hello")) + r")[a-z]{3,}[ \t,]+"
            r"(?:it'?s|its|this[ \t]+is)[ \t]+(?P<pii>[a-z]{3,})"
            r"(?=[ \t]*(?:$|[,.!?;:]|(?:here|again|from|calling|um|uh)\b))",
            "score": 0.6,
            "validators": [{"name": "spoken_first_name"}],
        },
        {
            "name": "spoken_caller",
            "regex": r"\b(?:it'?s|its|this[ \t]+is)[ \t]+(?P<pii>[a-z]{3,})(?=[ \t]+(?:from|calling)\b)",
            "score": 0.6,
            "validators": [{"name": "spoken_first_name"}],
        },
        {
            "name": "spoken_answerer",
            "regex": r"\b(?:you'?ve[ \t]+got|you'?re[ \t]+(?:through[ \t]+to|speaking[ \t]+(?:to|with)|"
            r"talking[ \t]+(?:to|with)))[ \t]+(?P<pii>[a-z]{3,})"
            r"(?=[ \t,]+(?:who|speaking|how[ \t]+(?:can|may)|what'?s[ \t]+your)\b)",
            "score": 0.6,
            "validators": [{"name": "spoken_first_name"}],
        },
        {
            # A dictation's subject named in lower case ("new client dictation client arjun thiruchelvam").
            "name": "spoken_subject",
            # The cue is a look-behind so that "client dictation client arjun ..." is tried at each cue.
            "regex": r"(?:"
            + "|".join(rf"(?<=\b{cue} )" for cue in ("patient", "client", "pt", "resident", "participant", "caller"))
            + r")(?P<pii>[a-z][a-z'’-]{2,}[ \t]+[a-z][a-z'’-]{2,})\b",
            "score": 0.6,
            "validators": [{"name": "spoken_full_name"}],
        },
    ],
    "validators": [{"name": "not_in", "words": STOP}, {"name": "first_word_not_in", "words": STOP}],
}
