"""Staff named as ward records name them: initials that sign, initials of a named person, a name before its grade.

Ward records sign with initials ("Sig: RR/AO", "co-sign SF/AW", "Early: AB (RMN, NIC)", "Signed DW RGN") and
refer back to a person named once in full by that person's initials ("Initials key: FOB = Fionnuala O'Brien ...
given FOB", "Handed over by K. Hennessy ... Signed KH"). Two capitals are also routes, vitals and units ("PO", "RR
22", "ED RN"), so initials are read only where a signing word or a credential says so, or where they spell a name
detected in the same text; never a route or a reading's label followed by its number. A name no list holds is a
person before a grade in brackets ("Supervisee: Lerato Khumalo (CPN, band 6)"); a team is not ("Crisis Team (CPN)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confide.anonymize.lexicon import Lexicon
from confide.anonymize.spans import Span, line_around

# One person's initials: two to four capitals, dotted or not ("KH", "JMM", "R.T."), or with an Irish or Italian
# apostrophe ("MO'C", "D'A").
_ONE = r"(?:[A-Z]{2,4}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?|[A-Z]{1,2}['’][A-Z]{1,2})"
_BOUNDED = r"(?<![\w'’.])" + _ONE + r"(?![\w'’])"
# A run of signers: "KH/TD", "EMP/RR/GPJ", "LK / HA", "O.B. / U.O.".
_RUN = _BOUNDED + r"(?:[ \t]*/[ \t]*" + _BOUNDED + r")*"
# Nursing and medical grades written after a signer ("DW RGN", "AB (RMN, NIC)", "kt (rmn)").
_CREDENTIAL = (
    r"(?:RMN|RGN|RNLD|RN|SN|SRN|HCA|HCSW|CPN|NIC|CNM[12]?|CNS|LPN|LVN|CNA|NP|AMHP|SHO|FY[12]|ST[1-8]|CT[1-3]|"
    r"Reg|SpR|Cons|MO|HO|JMO|RMO)"
)
_SIGNING = re.compile(
    r"(?i:\b(?:(?:co|counter)-?sign(?:ed)?|signed|signatures?|sigs?|initials|witness(?:ed)?|minutes(?=[ \t]*:)|"
    r"minutes[ \t]+(?:taken[ \t]+)?by|"
    r"handed[ \t]+over[ \t]+(?:by|to)|endorsed[ \t]+(?:by|to)|received[ \t]+by|(?:given|checked)[ \t]+by)\b)"
    r"(?:[ \t]+(?i:by))?[ \t]*[:.\-–]?[ \t]*(?P<run>" + _RUN + r")"
)
# Before a grade, initials stand where a list entry or a signer does (a line's start, after a separator, "by" or
# "to"), and no name follows the grade: "IC RN Benedetta", "DCF SW Yolanda" are a team's nurse and worker.
_BEFORE_CREDENTIAL = re.compile(
    r"(?:^|(?<=[,;:(/|])|(?<=[,;:(/|][ \t])|(?<=\b(?:by|to|By|BY|TO)[ \t]))[ \t]*(?P<run>" + _BOUNDED + r")"
    r"(?=,?[ \t]+\(?" + _CREDENTIAL + r"\b(?![ \t]+[A-Z][a-z])|[ \t]*\((?i:" + _CREDENTIAL + r")[,)])",
    re.MULTILINE,
)
_CANDIDATE = re.compile(_BOUNDED)
# What two or three capitals after a signing word or before a grade are as often: routes, units, services, words.
_NOT_SIGNERS = frozenset(
    "PO IV IM SC SQ SL PR NG OD BD TDS QDS ON NA OK NO BY OF IN AS AT TO THE AND FOR OFF OUT NIL DNA DNR "
    "ED ER OR ICU CCU HDU ITU PICU NICU MAU AMU OPD IPD ECT MH CMHT CAMHS CRHT HTT GP OT PT SW MDT AMHP CPA DN "
    "MHA DOLS DNACPR DNAR DNI TTO TTA MAR CD NHS HSE "
    # forms a patient signs ("signed AMA", "sign ROI")
    "AMA ROI POA LPA CTO MOLST POLST ACD HCP MOU "
    # the grades themselves ("RMN, NIC")
    "RMN RGN RNLD RN RM EN SN SRN HCA HCSW CPN NIC CNM CNS LPN LVN CNA NP SHO FY ST CT SPR REG CONS MO HO JMO RMO "
    "PA "
    # degrees written after a name ("Mary Davis, MD" is no "MD" of Mary Davis)
    "MD DO DDS PHD PSYD MBBS MBCHB MRCP MRCPSYCH FRCP FRCPC FRANZCP MSW LCSW BSN MSN DNP RD OD "
    # tests, lines, findings, services and offices that signing and grade words also meet ("signed ECG and CXR
    # requests", "Checked by MRI", "Allergy: NKDA (RN)", "handed over to PSNI", "ECG shows AF" beside Dr Alan Frank)
    "ECG EKG CTG TPR MRI CXR AXR POCT ABG VBG GCS PEG PICC ETT NJ US UTI VTE DVT PE CPR HTN CKD AKI COPD LSCS "
    "STAT PRN BID TID QID QHS NPO HS NBM DAMA ID FYI ASAP TBC UD ODT SOB BP HR RR CRT NEWS VAS NKDA MRSA FBC LFT CRP "
    "IVI CVC UDS AP SR SLT "
    "SALT DV DIL SIL MIL PACU SAU CDU EAU SCBU RRT SSM MET AF MI TB DM HB CO FB MR RA PMH NAD SVT AM PM CID PSNI "
    "CAD CHF GERD BPH OSA ESRD PNA CVA TIA NKA SNF RRR ROS HPI JVD LE UE "
    "SAS IT PALS CQC GMC HMO DHL UPS FAX HOD CMO CMD DMO ANM ENT OBS GYN ICD OTC FBI CIA ICE IRS DOJ DHS DEA CPS DCF "
    "DSS SSA VA".split()
)
# A label followed by its reading is a vital or a score, never initials ("RR 22", "BP: 120/80", "GT = 3").
_READING_AFTER = re.compile(r"[ \t]*[:=]?[ \t]*[\d<>~]")
_TITLE_WORDS = frozenset(
    "dr drs mr mrs ms mx miss prof rev fr sr nurse sister pastor chief coach madam mdm alhaji matron sgt".split()
)
# Where initials of a person named in the text stand: in a run of signers, after a word that gives, checks, signs or
# copies, or before an "=" that keys them ("given FOB", "2nd check CN", "cc: KR", "FOB = Fionnuala O'Byrne"); never
# after "to" or "from", where units and services stand as often ("transferred to MICU"), nor alone at a line's end.
_SIGNER_BEFORE = re.compile(
    r"(?i:\b(?:given|check(?:ed)?|by|per|signed|sig|witness|cc|initials|key))[ \t:]*\Z"
)
_KEYED_AFTER = re.compile(r"[ \t]*=")
_SLASH_AFTER = re.compile(r"[ \t]*/")
_SLASH_BEFORE = re.compile(r"/[ \t]*\Z")


def _letters(value: str) -> str:
    return re.sub(r"[^A-Za-z]", "", value).upper()


def _not_initials(value: str, lexicon: Lexicon) -> bool:
    """A test, route, service or word in capitals, never a signer ("ECG", "PO", "PSNI", "HIS", "TAKE")."""
    return _letters(value) in _NOT_SIGNERS or lexicon.is_english(value.lower())


def _runs(text: str, pattern: re.Pattern[str], lexicon: Lexicon) -> list[Span]:
    out = []
    for m in pattern.finditer(text):
        parts = list(_CANDIDATE.finditer(text, m.start("run"), m.end("run")))
        # one set of capitals must be no test or word; a run of them ("RR/AO") only not all ("ECG/CXR", "BP/HR")
        if all(_not_initials(p.group(), lexicon) for p in parts):
            continue
        if len(parts) == 1 and _READING_AFTER.match(text, parts[0].end()):
            continue
        out.append(Span(m.start("run"), m.end("run"), "PERSON", 0.8, "SignerInitials"))
    return out


def signers_initials(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for initials after a signing word ("Sig: RR/AO") or before a grade ("AB (RMN, NIC)")."""
    return _runs(text, _SIGNING, lexicon) + _runs(text, _BEFORE_CREDENTIAL, lexicon)


def _initials_of(name: str) -> set[str]:
    """The initials a name is signed with: given names first, and family name first for an inverted entry."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _TITLE_WORDS]
    if len(words) < 2 or len(words) > 4:
        return set()
    forms = {"".join(w[0] for w in words).upper()}
    if "," in name or len(words[-1]) == 1:  # "MWANGI, J." or "Obi A": signed "JM", "AO"
        forms.add("".join(w[0] for w in [*words[1:], words[0]]).upper())
    return {f for f in forms if 2 <= len(f) <= 4}


def _caps_line(text: str, start: int) -> bool:
    """The line around ``start`` is written in capitals (so a word in capitals there is just a word)."""
    letters = [c for c in line_around(text, start) if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


def initials_of_named_people(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """PERSON spans for initials that spell a person named in the same text ("FOB" after "Fionnuala O'Brien").

    Only where a signer's initials stand (see ``_SIGNER_BEFORE``) or in a run of them ("KR/FO").
    """
    forms: set[str] = set()
    for span in spans:
        if span.entity_type == "PERSON":
            forms |= _initials_of(text[span.start : span.end])
    forms -= _NOT_SIGNERS
    if not forms:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in _CANDIDATE.finditer(text):
        if _letters(m.group()) not in forms or _READING_AFTER.match(text, m.end()):
            continue
        if _caps_line(text, m.start()) and lexicon.is_english(m.group().lower()):
            continue  # "DR IAN FINCH ... IF PAIN PERSISTS"
        placed = (
            _SIGNER_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            or _KEYED_AFTER.match(text, m.end())
            or _SLASH_AFTER.match(text, m.end())
            or _SLASH_BEFORE.search(text, max(0, m.start() - 3), m.start())
        )
        if not placed:
            continue
        if not any(a <= m.start() and m.end() <= b for a, b in taken):
            out.append(Span(m.start(), m.end(), "PERSON", 0.7, "InitialsOfName"))
    return out


_NAME_BEFORE_GRADE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2})"
    r"[ \t]*\((?:" + _CREDENTIAL + r")\b"
)


def names_before_grades(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for two or three capitalized words before a grade in brackets, none of them an ordinary word."""
    out = []
    for m in _NAME_BEFORE_GRADE.finditer(text):
        words = [w.lower() for w in m.group("name").split()]
        if all(w in lexicon.first_names or not lexicon.is_common(w) for w in words):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", 0.8, "NameBeforeGrade"))
    return out
