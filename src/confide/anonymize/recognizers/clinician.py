"""Clinician and therapist names, reported as PERSON.

Recognised by titles before ("Dr. Ana Ruiz", "Dr.Petrov", "Mrs A. Frost", "therapist Maya"; never "Nurse
Practitioner") or credentials after ("Jane Roe, LCSW", "John Poe PhD, LMFT"), and initials only
beside a role or credential ("NP G.T.", "B.N., RN"), or closing a note ("RTC 3 mo.  - AV", "Continue.  pjf RN";
bare ones, "Stop propranolol. WLS", only when no English or clinical word is spelt so: never "Plan per
attending. DNI").

Credentials may be glued to the next word as in scraped profiles ("Jane Roe, LCSWCouples").
Dictated reports add author and typist initials ("AKP/mwh", "jhk / rtm   cc: ...", "TD: ... kt",
"Transcribed by: lmt") and
dictator or user codes ("..., M.D. PD42", "ENTERED BY: ... (BH73)"), reported as PERSON as the i2b2
guidelines tag them (USERNAME / DOCTOR).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.casing import NAME_LOWER, NAME_UPPER
from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon
from confide.anonymize.recognizers.base import register_validator

CREDENTIALS = (
    "LCSW-C|LCSW-R|LCSW|LICSW|LMSW|LSW|MSW|LMFT|LAMFT|MFTI|MFT|LPCC|LPC-S|LPC|LPCA|LCPC|LMHC|LCMHC|LPCMH|LMHP|NCC|"
    "Ph\\.D\\.|PhD|Psy\\.D\\.|PsyD|Ed\\.D\\.|EdD|M\\.D\\.|MD|D\\.O\\.|DO|DBH|DSW|PMHNP-BC|PMHNP|APRN|CNS|NP|RN|"
    "LADC|LCADC|CADC|CAADC|CSAT|CASAC|BCBA|ATR-BC|ATR|LMT|MEd|M\\.Ed\\.|MA|M\\.A\\.|MS|M\\.S\\.|MSEd|MC|"
    "ACS|CEAP|CST|CGP|RPT|LP|LCAT|LCDC|LISW-S|LISW|LPCC-S|LPHA"
)
_NAME_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?"
# Role nouns after "Nurse" are no name: "Nurse Practitioner", "Nurse Educator", "Nurse Manager".
_NOT_AFTER_NURSE = (
    r"(?!(?:Practitioner|Educator|Manager|Navigator|Specialist|Supervisor|Aide|Assistant|Coordinator|"
    r"Anesthetist|Midwife|Station|Note|Assessment|Unit|Visit|Leader|Liaison)s?\b)"
)
# Two or three initials with periods ("G.T.", "B. N."), never a dotted credential, dosing or Latin
# abbreviation ("M.D.", "p.o.", "b.i.d.", "e.g.").
_INITIALS = r"[A-Za-z]\.[ ]?[A-Za-z]\.(?:[ ]?[A-Za-z]\.)?(?![A-Za-z])"
_DOTTED_ABBREVIATIONS = (
    "m.d. d.o. r.n. n.p. p.a. p.t. o.t. r.t. s.w. c.m. d.d.s. e.g. i.e. n.b. a.m. p.m. b.s. m.s. b.a. m.a. "
    "p.o. q.d. q.o.d. b.i.d. t.i.d. q.i.d. q.h.s. p.r.n. n.p.o. a.c. p.c. h.s. o.d. o.s. o.u. a.s. a.d. "
    "i.v. i.m. s.c. s.q. p.r. d.c. c.c. w.c. u.s. u.k. u.s.a. "
    # degrees
    "b.s.n. m.s.n. b.s.w. m.s.w. a.d.n. d.n.p. m.p.h. m.b.a. m.s.ed. j.d. b.sc. m.sc."
).split()
_ROLES_BEFORE_INITIALS = r"RN|LPN|NP|PA-C|PA|MD|CNA|SW|Drs?\.?|Resident|Attending|Nurse|Charge"
# Dotted capitals are a state or country after a preposition of place ("to N.Y.", "from PA U.S.A."; a role
# that is also a state code, PA or MD, is the state there), and a degree or an organisation after a
# possessive or article ("my B.S.N. RN exam", "the F.B.I."); initials of a person follow neither.
_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI US UK USA UAE"
).split()
_DOTTED_PLACE = "(?:" + "|".join(r"\.[ ]?".join(code) + r"\." for code in _STATE_CODES) + r")(?![A-Za-z])"


def _not_after(words: str) -> str:
    return "".join(rf"(?<!\b{w}[ \t])" for w in words.split())


_NOT_AFTER_PLACE_PREPOSITION = "(?i:" + _not_after("from to in at near of outside across via") + ")"
_NOT_AFTER_DETERMINER = "(?i:" + _not_after("my your his her our their the a an") + ")"
# A trailer label, its colon, and no pronoun, role or filler after it. Each run of blanks is matched once
# (a blank run split between two star groups made the match quadratic in the blanks).
_TRAILER_LABEL = (
    r"(?i:(?:transcribed|typed|dictated|entered|signed)[ \t]+by\b)[ \t]*(?::[ \t]*)?"
    r"(?!(?i:me|him|her|them|you|us|pt|md|rn|np|do|pa|dr|the|and|none|self|staff|unk|with)\b)"
)
_CREDENTIALS_AFTER_INITIALS = r"RN|LPN|NP|PA-C|PA|MD|DO|CNA|LICSW|LCSW|PhD"
_CREDENTIALED_INITIALS = r"[A-Za-z]{2,3},?[ \t]+(?:" + _CREDENTIALS_AFTER_INITIALS + r")\b"
# Where closing initials stand: the end of the text or of a note in a file of notes (a blank line follows).
_NOTE_END = r"(?=\s*\Z|[ \t]*\r?\n[ \t]*\r?\n)"
_NAME = _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _NAME_WORD + r"){0,2}"
# A name after a ward grade: one or two words on the grade's line, without a hyphen ("HCA Post-Op" is a task);
# a second capital after an O', a D', a Mc or a Mac ("HCA D'Souza", "SN McBride").
_GRADE_WORD = rf"[{NAME_UPPER}](?:(?<=[OD])['’][{NAME_UPPER}]|(?<=M)a?c[{NAME_UPPER}])?[{NAME_LOWER}'’]+"
_GRADE_NAME = _GRADE_WORD + r"(?:[ \t]+" + _GRADE_WORD + r")?"
_STOP = [
    "I",
    "Im",
    "The",
    "A",
    "An",
    "And",
    "But",
    "So",
    "He",
    "She",
    "They",
    "We",
    "You",
    "It",
    "This",
    "That",
    "If",
    "When",
    "My",
    "Your",
    "His",
    "Her",
    "Our",
    "Their",
    "Is",
    "Was",
    "Will",
    "Can",
    "Has",
    "Had",
    "Who",
    "What",
]

# Last words of a note or post that are no initials: closings, chat acronyms, clinical abbreviations.
_CLOSING_WORDS = (
    "ok okay thx tx ty tia bye yes no yep yup nah lol lmao omg wtf smh fml tbh idk imo fyi btw pls plz etc end "
    "aita wibta nta yta esh op ps eom eod asap tbd na nad wnl prn bid tid qid qd qhs po iv im sq pr rtc fu "
    "f/u dc er ed icu or mri ct ekg ecg cbc bmp cmp ua pt ot st sw md do np pa rn gp bp hr si hi us usa uk "
    "am pm est pst cst gmt utc me it so go up on in at to of by and the too all now see "
    "rip irl jk ikr ngl tbf eta ama psa diy ugh hmu tfw mfw nvm brb ily omw gg ftw xd sos aka vs "
    "hth ftm mtf xx xxx sry cya ttyl"
).split()


@register_validator("family_name_word")
def _family_name_word(value: str, params: Mapping[str, Any]) -> bool:
    """The last word is a family name: a listed name that is no everyday word, or no English or clinical word."""
    lexicon = load_lexicon()
    word = value.split()[-1].lower().rstrip(".")
    if lexicon.is_everyday(word):
        return False
    return lexicon.is_name(word) or not lexicon.is_common(word)


@register_validator("listed_name_words")
def _listed_name_words(value: str, params: Mapping[str, Any]) -> bool:
    """Every word a listed name that no everyday word spells, and none a ward's, a month's or a weekday's.

    "Nur Aqilah", "Bates"; never "Morning Huddle", "Cavilon", "Datix", "Rowan Ward".
    """
    lexicon = load_lexicon()
    words = [lexicon.listed_form(word.lower()) for word in value.split()]
    return all(
        len(word) >= 3  # a shift's code: "RN Ld x2, HCA Nt x1"
        and lexicon.is_name(word)
        and not lexicon.is_everyday(word)
        and word not in _WARD_WORDS
        and word not in MONTH_WORDS
        and word not in WEEKDAY_WORDS
        for word in words
    )


# Words that close a ward's or a building's name ("HCA Rowan Ward", "SN Cedar Unit"), and a ward's routine that name
# lists also hold ("SN Rota for August", "HCA Teas done").
_WARD_WORDS = frozenset(
    "ward wards bay unit wing house court lodge centre center hospital clinic suite rota teas breaks".split()
)


@register_validator("no_lexicon_word")
def _no_lexicon_word(value: str, params: Mapping[str, Any]) -> bool:
    """Letters that no English or clinical word spells: "TSH", "SNF", "NYC" or "xx" ending a note is no signer."""
    return not load_lexicon().is_common(value.strip().lower())


DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "PERSON",
    "name": "ClinicianNameRecognizer",
    "patterns": [
        {
            "name": "title_name",
            # "Dr.Petrov" may be written without a space
            # a role noun after "Nurse" is no name ("Nurse Practitioner"); after "Mr.", "Dr." it is ("Dr. Station")
            # also the honorifics of English written in South and South-East Asia and West Africa ("Mdm Siti
            # Rohana", "Smt. Lakshmi Rao", "Encik Azlan", "Alhaji Musa Bello")
            "regex": r"\b(?:Drs?\.(?=[A-Z][a-z])|(?:Dr|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Rev|Fr|Sr|"
            r"Coach|Mdm|Madam|Mme|Encik|Puan|Cik|Datuk|Dato|Shri|Smt|Kumari|Alhaji|Alhaja|Mallam)\.?\s+|Nurse\s+"
            + _NOT_AFTER_NURSE
            + r")"
            + _NAME,
            "score": 0.85,
        },
        {
            # Initials between the title and the family name ("Mrs A. Frost", "Dr J K Osei", "Dr. JK Osei"):
            # the family name a listed name or no English word, so "Mr B. Bloods" and "Mr A Fib" are left.
            "name": "title_initials_name",
            "regex": r"\b(?:Dr|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Rev|Fr|Sr|Nurse)\.?\s+(?P<pii>"
            r"(?:(?:[A-Z](?:\.[ ]?|[ ])){1,3}|[A-Z]{2,3}[ ])" + _NAME_WORD + r")(?![\w'’-])",
            "score": 0.8,
            "validators": [{"name": "family_name_word"}],
        },
        {
            # A doctor known to the patient by an initial ("Dr K left", "saw Dr O at Homerton"): one capital alone,
            # never a dotted abbreviation or a word ("Dr. A&E", "Dr K.O.", "Dr I think")
            "name": "title_initial",
            "regex": r"\b(?:Dr|Doc|Doctor)\.?[ \t]+(?P<pii>(?!I\b)[A-Z])(?![\w.&'’-]|\.[A-Z])",
            "score": 0.6,
        },
        {
            # A ward's staff by their grade before the name, as a rota or a handover writes them ("HCA Bates moved
            # from Ward 10", "SN Nur Aqilah to do meds", "RMN Okafor covering"); the grade in capitals, one or two words
            # on its line, no hyphen, each a listed name (see ``_listed_name_words``: "RN Station", "HCA Post-Op",
            # "SN Datix", "HCA Rowan Ward", "HCA Nightingale ward" stay). Not "SEN": special educational needs there
            # ("SEN Hackney assessment").
            "name": "grade_name",
            "regex": r"\b(?:HCA|HCSW|CSW|RMN|RGN|RNMH|SSN|SN|RN|LPN|LVN|CNA|SRN)[ \t]+(?P<pii>" + _GRADE_NAME + r")"
            r"(?![\w'’-]|[ \t]+(?i:ward|bay|unit|wing)\b)",
            "score": 0.75,
            "validators": [{"name": "listed_name_words"}],
        },
        {
            "name": "role_name",
            "regex": r"(?i:\b(?:therapist|counselor|counsellor|psychiatrist|psychologist|doctor|clinician|"
            r"social\s+worker|case\s+manager|nurse\s+practitioner|pdoc|tdoc|GP)\b,?\s+)(?:(?:is|was|named|called)\s+)?(?P<pii>"
            + _NAME
            + r")",
            "score": 0.75,
        },
        {
            "name": "name_credentials",
            # a given name's initial may stand for the given name ("C. Brisbois DO")
            "regex": r"(?P<pii>(?:"
            + _NAME_WORD
            + r"(?:\s+[A-Z]\.)?|(?<![\w.])[A-Z]\.(?:[ ]?[A-Z]\.)?)(?:\s+"
            + _NAME_WORD
            + r"){1,2}),?\s+(?:"
            + CREDENTIALS
            + r")(?:,?\s*(?:"
            + CREDENTIALS
            + r"))*(?![a-z])",
            "score": 0.85,
        },
        {
            # Initials only, with a role before or a credential after: "NP G.T.", "B.N., RN".
            "name": "role_initials",
            "regex": r"(?:"
            + _NOT_AFTER_PLACE_PREPOSITION
            + r"|(?i:(?!(?:PA|MD)[ \t])))(?i:\b(?:"
            + _ROLES_BEFORE_INITIALS
            + r")[ \t]+)(?P<pii>"
            + _INITIALS
            + r")",
            "score": 0.7,
            "validators": [{"name": "not_in", "words": _DOTTED_ABBREVIATIONS}],
        },
        {
            "name": "initials_credential",
            "regex": r"(?<![\w.])"
            + _NOT_AFTER_DETERMINER
            + r"(?:"
            + _NOT_AFTER_PLACE_PREPOSITION
            + r"|(?i:(?!"
            + _DOTTED_PLACE
            + r")))(?P<pii>"
            + _INITIALS
            + r"),?[ \t]+(?:"
            + _CREDENTIALS_AFTER_INITIALS
            + r")\b",
            "score": 0.7,
            "validators": [{"name": "not_in", "words": _DOTTED_ABBREVIATIONS}],
        },
        {
            # Typist's or author's initials after a trailer label: "Transcribed by: lmt", "Typed by: jkl, 3 pages".
            "name": "trailer_label_initials",
            "regex": r"\b" + _TRAILER_LABEL + r"(?P<pii>[a-z]{2,4})(?=[ \t]*(?:$|[,;/]))",
            "score": 0.65,
            "flags": ["MULTILINE"],
        },
        {
            # In capitals ("Typed by: JKL") only where the note's shape says initials: the label opens a line
            # after the first (a trailer), or the line is all capitals; never "Typed by: AI", "Signed by: FBI".
            "name": "trailer_label_caps_initials",
            "regex": r"(?:(?<=\n)[ \t]*|^(?=[^a-z\n]*$)[^\n]*?\b)" + _TRAILER_LABEL
            + r"(?P<pii>[A-Z]{2,4})(?=[ \t]*(?:$|[,;/]))",
            "score": 0.65,
            "flags": ["MULTILINE"],
        },
        {
            # Dictation trailer on its own line: author's and typist's initials ("AKP/mwh").
            "name": "dictation_author",
            "regex": r"^[ \t]*(?P<pii>[A-Z]{2,4})/[a-z]{2,4}[ \t]*$",
            "score": 0.7,
            "flags": ["MULTILINE"],
        },
        {
            # Dictation/transcription date line ending in the typist's initials ("TD: 3/18/89 10:02a kt").
            "name": "transcription_typist",
            "regex": r"^[ \t]*(?:DD|DT|TD|DV|Dictated|Transcribed|Typed)\b[^\n]*?\d{1,2}/\d{1,2}[^\n]*?[ \t]"
            r"(?!(?:am|pm|hrs?|mins?|est|edt|cst|pst|gmt|utc|po|iv|im|sq|pr|prn|bid|tid|qid|qd|qhs)\b)"
            r"(?P<pii>[a-z]{2,4})[ \t]*$",
            "score": 0.7,
            "flags": ["MULTILINE"],
        },
        {
            "name": "dictation_typist",
            "regex": r"^[ \t]*[A-Z]{2,4}/(?P<pii>[a-z]{2,4})[ \t]*$",
            "score": 0.7,
            "flags": ["MULTILINE"],
        },
        {
            # Author and typist initials opening a trailer line: "jhk / rtm   cc: ...", "AKP / mwh".
            "name": "trailer_initials_author",
            "regex": r"^[ \t]*(?P<pii>[A-Za-z]{2,4})[ \t]+/[ \t]+[a-z]{2,4}(?=[ \t]*$|[ \t]{2,}|[ \t]+cc:)",
            "score": 0.65,
            "flags": ["MULTILINE"],
        },
        {
            "name": "trailer_initials_typist",
            "regex": r"^[ \t]*[A-Za-z]{2,4}[ \t]+/[ \t]+(?P<pii>[a-z]{2,4})(?=[ \t]*$|[ \t]{2,}|[ \t]+cc:)",
            "score": 0.65,
            "flags": ["MULTILINE"],
        },
        {
            # Initials signing a note with a signer's mark: a credential ("Continue.  pjf RN", "-- ABK, PA-C"), a
            # dash on the sentence's line or glued to them ("Denies SI.  - AV", "Sent e-Rx. -yr", "\n-HMC"), or a
            # wide gap after the last sentence ("Approved.  ga"). A closing word or chat acronym is no signer.
            "name": "closing_initials",
            "regex": r"(?:(?<=[.!?)])(?:[ \t]{2,}(?:-{1,2}[ \t]*)?|[ \t]*-{1,2}[ \t]*|[ \t]+(?="
            + _CREDENTIALED_INITIALS
            + r"))|(?<![^\n])[ \t]*(?:--[ \t]*|-(?=[A-Za-z])|(?=" + _CREDENTIALED_INITIALS + r")))"
            r"(?P<pii>[A-Z]{2,3}|[a-z]{2,3})(?:,?[ \t]+(?:" + _CREDENTIALS_AFTER_INITIALS + r"))?" + _NOTE_END,
            "score": 0.6,
            "validators": [{"name": "not_in", "words": _CLOSING_WORDS}],
        },
        {
            # Bare initials, after the last sentence ("Stop propranolol. WLS") or on a line (or bullet) of their
            # own ("RTC 3 mo.\nMWH"), look like an abbreviation ending a note ("Code status discussed. DNR",
            # "labs pending\ncxr") or a post ("Moved here. NYC"): taken only when the lexicon holds no such word.
            "name": "bare_closing_initials",
            "regex": r"(?:(?<=[.!?)][ \t])(?=[A-Z])|(?<=\n)[ \t]*(?:-[ \t]+)?)(?P<pii>[A-Z]{2,3}|[a-z]{2,3})"
            + _NOTE_END,
            "score": 0.6,
            "validators": [{"name": "not_in", "words": _CLOSING_WORDS}, {"name": "no_lexicon_word"}],
        },
        {
            # A dictator's or user's code after a name: "..., M.D. PD42", "ENTERED BY: ... (BH73)".
            "name": "clinician_code",
            "regex": r"(?:\bM\.D\.|\bMD|\bD\.O\.|\bR\.N\.|\bRN|\bNP|\bPA-C|\bPh\.D\.),?[ \t]+"
            r"(?P<pii>[A-Z]{1,3}\d{1,4})\b",
            "score": 0.6,
        },
        {
            "name": "entered_by_code",
            "regex": r"(?i:\b(?:entered|signed|dictated|written|reviewed)\s+by\b)[^\n(]{0,50}"
            r"\((?P<pii>[A-Za-z]{1,3}\d{1,4})\)",
            "score": 0.6,
        },
    ],
    "validators": [{"name": "not_in", "words": _STOP}],
}
