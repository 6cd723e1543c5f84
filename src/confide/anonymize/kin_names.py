"""Names after a kin or a role word in notes typed all in capitals or all in lower case.

A note with no capitals to tell a name by still names people the way a ward does: "WIFE MAY CALLED @ 1430",
"MOTHER LORRAINE AND FATHER REG SR.", "nephew tama in this arvo", "son will hargreaves in until 2100",
"INTERPRETER MAI TRAN USED". The word after a kin or a role word is a name when a list of given names holds it
and what follows reads as a person's: a bracket, the clause's end, "and", or something a person does; a given
name that is also a word ("may", "will", "love") needs the deed. So "wife may be coming" (a modal), "son PT and
OT", "your mom love." and "husband aware" stay. A second word is the family name when a list of family names
holds it. Title-case text is left to the context recognizers, which read its capitals.
"""

from __future__ import annotations

import re

from confide.anonymize.casing import on_caseless_line
from confide.anonymize.lexicon import EPONYMS, Lexicon
from confide.anonymize.recognizers.age import MAX_AGE
from confide.anonymize.recognizers.name_dictionary import DEMONYMS, KIN_LABELS, RELATIONS
from confide.anonymize.spans import Span

# Kin and roles that stand before a bare given name in notes, with the abbreviations wards use ("DTR", "SIS").
_CUES = (
    "wife|husband|husb|hubby|partner|spouse|fianc[eé]e?|boyfriend|girlfriend|bf|gf|mother|mom|mum|mam|father|dad|"
    "son|daughter|dtr|dau|sister|sis|brother|bro|sibling|aunt|auntie|aunty|uncle|cousin|niece|nephew|"
    "grandson|granddaughter|gdtr|gson|grandmother|grandfather|grandma|grandpa|nan|nana|gran|"
    "(?:son|daughter|brother|sister|mother|father)-in-law|stepson|stepdaughter|stepmother|stepfather|"
    "friend|buddy|bestie|bff|neighbou?r|flatmate|roommate|housemate|carer|caregiver|caller|texter|chaplain|interpreter|"
    "pastor|imam|rabbi|rev|priest|sponsor|keyworker|landlord|landlady|"
    # workmates ("my supervisor rick keeps", "my mate lou who", "team lead grace noticed")
    "boss|manager|supervisor|mate|workmate|coworker|co-worker|colleague|team[ \t]+lead"
)
# (the name in a lookahead, so a cue may follow a cue: "chaplain rev hemi walker")
_CAPS = re.compile(r"\b(?:" + _CUES.upper() + r")[ \t]+(?=(?P<name>[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)\b)")
_LOWER = re.compile(r"\b(?:" + _CUES + r")[ \t]+(?=(?P<name>[a-z]{2,}(?:[ \t]+[a-z]{2,})?)\b)")
# In mixed case, a given name that is also a word after a kin word, before a deed ("son Will (HCP)", "sister Grace
# called", "mum Hope says"): the context recognizers leave such words, which are words as often ("son will be").
_TITLE = re.compile(r"\b(?i:" + _CUES + r")[ \t]+(?=(?P<name>[A-Z][a-z]{2,})\b)")
# What a workmate does in a post after their name ("supervisor rick keeps", "team lead grace noticed"): read after
# any listed name and after one that is also a word.
_WORK_DEEDS = r"keeps|kept|noticed|told|texted|messaged|helped|covered"
# What follows a person's name in a note: a bracket or the clause's end, "and", or something a person does.
_AFTER_PERSON = re.compile(
    r"[ \t]*(?:[,;:.)(/@]|$|[-–—][ \t]|\d)|[ \t]+(?i:(?:and|&|or|called|calls|phoned|rang|visited|visits|visiting|"
    r"came|comes|says|said|states|stated|reports|reported|asked|asks|brought|spoke|present|updated|informed|sr|jr|"
    + _WORK_DEEDS + r"|tells|sent|gave|made|makes|does|stays|changed|drives|"
    r"who|re|in[ \t]+(?:until|to|at|with|this|today|tonight|overnight)|at[ \t]+(?:bedside|bs|bed[ \t]?side)|"
    r"(?:is|was)[ \t]+(?:here|present|aware|at|hcp|poa|nok|the|his|her)|is[ \t]+\d+)\b|w/|@|\d)",
    re.MULTILINE,
)
# After a given name that is also a word, only what a person does will do ("WIFE MAY CALLED", "son will at bedside").
_AFTER_ACTION = re.compile(
    r"[ \t]+(?i:(?:called|phoned|rang|visited|visiting|came|says|said|states|stated|reports|reported|asked|brought|"
    r"spoke|present|updated|informed|stayed|stays|sat|drove|driving|flying|arriving|agrees|agreed|has|had|sr|jr|"
    r"changed|does|"
    + _WORK_DEEDS + r"|"
    r"in[ \t]+until|(?:at|@)[ \t]*(?:bedside|bs|bed[ \t]?side)|(?:is|was)[ \t]+(?:hcp|poa|nok))\b|[ \t]*\()"
)
_SUFFIX = re.compile(r"[ \t]+(?i:sr|jr)\b")
# Words that follow a kin word in notes without naming anyone: kin and titles, a record's roles and documents.
_NOT_NAMES = (
    KIN_LABELS
    | frozenset(re.findall(r"[a-z]+", _CUES))
    | frozenset("hcp poa nok pt rn md np do sw ot slt hca cna lpn nurse doctor dr mr mrs ms miss who also".split())
    # chat's shorthand ("dad tho", "my gf irl", "rev tmrw")
    | frozenset("tho irl tmrw tmw 2moro tbh ngl idk lol smh rn fr asap".split())
    | DEMONYMS  # a language or a people after "interpreter" ("INTERPRETER PUNJABI")
)


def kin_first_names(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for a name after a kin or a role word on an all-capitals or all-lower-case stretch.

    On a cased line only a listed given name typed in lower case before a deed is taken ("caller dawn (mother)").
    """
    out = []
    for pattern in (_CAPS, _LOWER):
        for m in pattern.finditer(text):
            words = m.group("name").split()
            lows = [w.lower() for w in words]
            end = m.start("name") + len(words[0])
            if not on_caseless_line(text, m.start()):
                # capitals tell names there, and the context recognizers read them; but a given name that is also a
                # word, typed in lower case after kin, before a deed, is a name ("caller dawn (mother)", "wife may
                # stayed")
                if pattern is _LOWER and lows[0] not in _NOT_NAMES and _named_alone(text, end, lows[0], lexicon):
                    out.append(Span(m.start("name"), end, "PERSON", 0.6, "KinFirstName"))
                continue
            suffix = _SUFFIX.match(text, end) is not None  # "FATHER REG SR.": a given name, whatever else it spells
            if not (suffix and lows[0] not in _NOT_NAMES or _given_name(lows[0], lexicon)):
                continue
            if len(words) == 2 and _family_name(lows, lexicon):
                end = m.end("name")
            elif not (suffix or _named_alone(text, end, lows[0], lexicon)):
                continue
            out.append(Span(m.start("name"), end, "PERSON", 0.6, "KinFirstName"))
    for m in _TITLE.finditer(text):
        low = m.group("name").lower()
        if on_caseless_line(text, m.start()) or low in _NOT_NAMES or not lexicon.is_english(low):
            continue
        if _named_alone(text, m.end("name"), low, lexicon):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", 0.6, "KinFirstName"))
    return out


def _named_alone(text: str, end: int, low: str, lexicon: Lexicon) -> bool:
    """A listed given name followed by what follows a person's name (a deed, for one that is also a word).

    Never "my partner happy, and", "your mom love.", "son will, if needed", "WILL @ 1800".
    """
    after = _AFTER_ACTION if lexicon.is_english(low) else _AFTER_PERSON
    return low in lexicon.first_names and after.match(text, end) is not None


def _given_name(low: str, lexicon: Lexicon) -> bool:
    """A listed given name, or (before a family name) a word no English or clinical list holds."""
    if low in _NOT_NAMES or len(low) < 3 and low not in lexicon.first_names:
        return False
    return low in lexicon.first_names or not (lexicon.is_common(low) or lexicon.is_everyday(low))


def _family_name(lows: list[str], lexicon: Lexicon) -> bool:
    """The second word is a listed family name, and not both words English ("rose early", "son una respuesta")."""
    second = lows[1]
    if second in _NOT_NAMES or lexicon.is_everyday(second):
        return False
    if lexicon.is_english(lows[0]) and lexicon.is_english(second):
        return False
    return second in lexicon.last_names


# A genogram's grandparents by their abbreviation, then the name, then an age, a death or a bracket ("PGM Faith d.
# 2003", "PGM Ruth 93, still lives alone", "MGGF Ezekiel (d. 1998)"); never a casino or a word ("MGM Grand Hotel",
# "MGF unknown, never met", "PGF Alzheimer's at 70").
_GENOGRAM = re.compile(
    r"\b(?:P|M)G{1,2}(?:M|F)[ \t]+(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)"
    r"(?=[ \t]*(?:[,(;]|\d{1,3}\b|(?i:d\.|died|deceased|dec'?d|alive|passed|living)))"
)


# What a family calls a grandparent, in English and other Englishes: a genogram's word for them, not a name (kin
# words and the relations' elders, "nonna", "abuela", "lola", and these).
_GRANDPARENT_WORDS = KIN_LABELS | RELATIONS | frozenset("baba bubbe bubby zayde yiayia papou".split())
# In a genogram the number after a grandparent's name is their age ("PGM Ruth 93, lives alone").
_GENOGRAM_AGE = re.compile(r"[ \t]+(?P<age>\d{2,3})(?=[ \t]*(?:[,;(.]|$)|[ \t]+(?i:alive|living|lives|yo|y/o|yrs?)\b)")


def genogram_names(text: str, lexicon: Lexicon, *, min_age: int | None = None) -> list[Span]:
    """PERSON spans for the grandparents a family history names by a genogram's abbreviation.

    With ``min_age`` (the age recognizer's), an age from it to 110 after the name is an AGE span too.
    """
    out = []
    for m in _GENOGRAM.finditer(text):
        first = m.group("name").split()[0].lower()
        if first.endswith(("'s", "’s", "s'", "'", "’")) or first in EPONYMS or first in _GRANDPARENT_WORDS:
            continue  # a condition ("PGM Cushing's", "PGF Graves'") or what the grandparent is called ("PGM Nonna")
        if first in lexicon.first_names or not (lexicon.is_common(first) or lexicon.is_everyday(first)):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", 0.6, "GenogramName"))
            age = _GENOGRAM_AGE.match(text, m.end("name"))
            if age is not None and min_age is not None and min_age <= int(age.group("age")) <= MAX_AGE:
                out.append(Span(age.start("age"), age.end("age"), "AGE", 0.6, "GenogramName"))
    return out
