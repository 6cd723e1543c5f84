"""Clinician and therapist names, reported as PERSON.

Recognised by titles before ("Dr. Ana Ruiz", "Dr.Petrov", "therapist Maya"; never "Nurse
Practitioner") or credentials after ("Jane Roe, LCSW", "John Poe PhD, LMFT"), and initials only
beside a role or credential ("NP G.T.", "B.N., RN").

Credentials may be glued to the next word as in scraped profiles ("Jane Roe, LCSWCouples").
Dictated reports add author and typist initials ("AKP/mwh", "jhk / rtm   cc: ...", "TD: ... kt",
"Transcribed by: lmt") and
dictator or user codes ("..., M.D. PD42", "ENTERED BY: ... (BH73)"), reported as PERSON as the i2b2
guidelines tag them (USERNAME / DOCTOR).
"""

from __future__ import annotations

from typing import Any

CREDENTIALS = (
    "LCSW-C|LCSW-R|LCSW|LICSW|LMSW|LSW|MSW|LMFT|LAMFT|MFTI|MFT|LPCC|LPC-S|LPC|LPCA|LCPC|LMHC|LCMHC|LPCMH|LMHP|NCC|"
    "Ph\\.D\\.|PhD|Psy\\.D\\.|PsyD|Ed\\.D\\.|EdD|M\\.D\\.|MD|D\\.O\\.|DO|DBH|DSW|PMHNP-BC|PMHNP|APRN|CNS|NP|RN|"
    "LADC|LCADC|CADC|CAADC|CSAT|CASAC|BCBA|ATR-BC|ATR|LMT|MEd|M\\.Ed\\.|MA|M\\.A\\.|MS|M\\.S\\.|MSEd|MC|"
    "ACS|CEAP|CST|CGP|RPT|LP|LCAT|LCDC|LISW-S|LISW|LPCC-S|LPHA"
)
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# Role nouns after a title are no name: "Nurse Practitioner", "Nurse Educator", "Nurse Manager".
_NOT_AFTER_TITLE = (
    r"(?!(?:Practitioner|Educator|Manager|Navigator|Specialist|Supervisor|Aide|Assistant|Coordinator|"
    r"Anesthetist|Midwife|Station|Note|Assessment|Unit|Visit|Leader|Liaison)s?\b)"
)
# Two or three initials with periods ("G.T.", "B. N."), never a dotted credential, dosing or Latin
# abbreviation ("M.D.", "p.o.", "b.i.d.", "e.g.").
_INITIALS = r"[A-Za-z]\.[ ]?[A-Za-z]\.(?:[ ]?[A-Za-z]\.)?(?![A-Za-z])"
_DOTTED_ABBREVIATIONS = (
    "m.d. d.o. r.n. n.p. p.a. p.t. o.t. r.t. s.w. c.m. d.d.s. e.g. i.e. n.b. a.m. p.m. b.s. m.s. b.a. m.a. "
    "p.o. q.d. q.o.d. b.i.d. t.i.d. q.i.d. q.h.s. p.r.n. n.p.o. a.c. p.c. h.s. o.d. o.s. o.u. a.s. a.d. "
    "i.v. i.m. s.c. s.q. p.r. d.c. c.c. w.c. u.s. u.k."
).split()
_ROLES_BEFORE_INITIALS = r"RN|LPN|NP|PA-C|PA|MD|CNA|SW|Drs?\.?|Resident|Attending|Nurse|Charge"
_CREDENTIALS_AFTER_INITIALS = r"RN|LPN|NP|PA-C|PA|MD|DO|CNA|LICSW|LCSW|PhD"
_NAME = _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _NAME_WORD + r"){0,2}"
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

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "PERSON",
    "name": "ClinicianNameRecognizer",
    "patterns": [
        {
            "name": "title_name",
            # "Dr.Petrov" may be written without a space
            "regex": r"\b(?:Drs?\.(?=[A-Z][a-z])|(?:Dr|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Rev|Fr|Sr|Nurse|"
            r"Coach)\.?\s+)"
            + _NOT_AFTER_TITLE
            + _NAME,
            "score": 0.85,
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
            "regex": r"(?P<pii>"
            + _NAME_WORD
            + r"(?:\s+[A-Z]\.)?(?:\s+"
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
            "regex": r"(?i:\b(?:" + _ROLES_BEFORE_INITIALS + r")[ \t]+)(?P<pii>" + _INITIALS + r")",
            "score": 0.7,
            "validators": [{"name": "not_in", "words": _DOTTED_ABBREVIATIONS}],
        },
        {
            "name": "initials_credential",
            "regex": r"(?<![\w.])(?P<pii>" + _INITIALS + r"),?[ \t]+(?:" + _CREDENTIALS_AFTER_INITIALS + r")\b",
            "score": 0.7,
            "validators": [{"name": "not_in", "words": _DOTTED_ABBREVIATIONS}],
        },
        {
            # Typist's or author's initials after a trailer label: "Transcribed by: lmt", "Typed by: JKL".
            "name": "trailer_label_initials",
            "regex": r"(?i:\b(?:transcribed|typed|dictated|entered|signed)[ \t]+by\b)[ \t]*:?[ \t]*"
            r"(?!(?i:me|him|her|them|you|us|pt|md|rn|np|do|pa|dr|the|and|none|self|staff|unk|with)\b)"
            r"(?P<pii>[a-z]{2,4}|[A-Z]{2,4})(?=[ \t]*(?:$|[,;/]))",
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
