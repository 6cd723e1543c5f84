"""Staff named as ward records name them: initials that sign, initials of a named person, a name before its grade.

Ward records sign with initials ("Sig: RR/AO", "co-sign SF/AW", "Early: AB (RMN, NIC)", "Signed DW RGN") and
refer back to a person named once in full by that person's initials ("Initials key: FOB = Fionnuala O'Brien ...
given FOB", "Handed over by K. Hennessy ... Signed KH"). Two capitals are also routes, vitals and units ("PO", "RR
22", "ED RN"), so initials are read only where a signing word or a credential says so, or where they spell a name
detected in the same text; never a route or a reading's label followed by its number. A name no list holds is a
person before a grade in brackets ("Supervisee: Lerato Khumalo (CPN, band 6)"); a team is not ("Crisis Team (CPN)").
Dictated documents close with the doctor's and the typist's initials ("JW/ss", "XHA:dkp", "MD /jt", "TR: mb"), and
notes with a signature before a grade or a role on its own line ("--kt rn", "J. Lindqvist CT2", "Mere Tahana,
Crisis Clinician").
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
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}"
    # or one given name in lower case, as a ward's night notes write a colleague ("shouting that ade (HCA) is")
    r"|(?P<lower>[a-z]{3,12}))"
    r"[ \t]*\((?:" + _CREDENTIAL + r")\b"
)


def names_before_grades(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for two or three capitalized words before a grade in brackets, none of them an ordinary word.

    One lower-case word there must be a listed given name and no English word ("ade (HCA)"; not "seen (RMN)").
    """
    out = []
    for m in _NAME_BEFORE_GRADE.finditer(text):
        words = [w.lower() for w in m.group("name").split()]
        if m.group("lower"):
            ok = words[0] in lexicon.first_names and not lexicon.is_common(words[0])
        else:
            ok = all(w in lexicon.first_names or not lexicon.is_common(w) for w in words)
        if ok:
            out.append(Span(m.start("name"), m.end("name"), "PERSON", 0.8, "NameBeforeGrade"))
    return out


# A dictated document's reference opening its line: the dictating doctor's initials in capitals, the typist's in
# lower case ("JW/ss", "XHA:dkp", "EO/pjh   DD: 11/29/2092"), alone or before the dictation's fields; or the typist's
# alone after the doctor's degree ("R. Vanstone, MD /jt"). Never a unit, a route, a test's result or a field's value
# ("IV/po", "HIV/neg", "PMH:htn", "Seen by MD /pm").
_DICTATION_FIELDS = r"(?=[ \t]*$|[ \t]+(?:DD|DT|D|T|Job|JOB|Doc|DOC|cc|CC|Batch)\b)"
_DICTATION_REF = re.compile(
    r"^[ \t]*(?P<a>[A-Z]{2,4})(?:[ \t]?/[ \t]?|:)(?P<b>[a-z]{2,4})" + _DICTATION_FIELDS
    + r"|\b(?:MD|DO|NP|PA|PhD|MBBS),?[ \t]+/[ \t]?(?P<c>[a-z]{2,4})" + _DICTATION_FIELDS,
    re.MULTILINE,
)
_DEGREES = frozenset("MD DO NP PA PHD MBBS".split())
# Units, routes, times and a test's results written after capitals ("10 IU/ml", "HIV/neg", "CXR:nad", "MD /pm").
_NOT_TYPISTS = frozenset(
    "ml dl kg hr hrs min day wk wks mo yr mg mcg gm mmol meq dose tab cap prn sec ul "
    "neg pos nad wnl nl abn nil ok na nk am pm rn np".split()
)
# A typist's, a scanner's or a technician's label before initials ("TR: mb", "Sonographer: MK", "Scribe: AB"); an
# echo's "TR:" is tricuspid regurgitation, graded in words ("TR: mod", "TR: ND"), so the typist's are lower case
# ("Typed by: GPT" is a program's).
_ROLE_INITIALS = re.compile(
    r"\b(?:TR[ \t]*:[ \t]*(?P<typist>[a-z]{2,3})|(?i:transcribed[ \t]+by|typist|transcriptionist|"
    r"sonographer|radiographer|technologist|scribe)[ \t]*:[ \t]*(?P<who>[A-Z]{2,3}|[a-z]{2,3}))"
    r"(?=[ \t]*(?:[.,;]|$|[ \t]{2}|[ \t]+[A-Z]{2}:))",
    re.MULTILINE,
)
_GRADES_IN_WORDS = frozenset("mod mild sev trc tr nd sl min triv none nil".split())
# A signature closing a line or a note: initials or a name, then a grade ("--kt rn", "jt rn", "c. pires rn",
# "- tolu RMN", "R. Ní Bhriain SN", "J. Lindqvist CT2").
_SIGNATURE_CREDENTIAL = r"(?i:rn|lpn|rpn|rgn|rmn|sn|srn|en|np|cna|hca|hcsw|sw|msw|lcsw|rrt|pct|cpn)|" + _CREDENTIAL
_SIGNATURE_LINE = re.compile(
    r"(?:^|(?<=[.!?;][ \t]))[ \t]*(?P<dash>-{1,2}|[–—])?[ \t]*"
    r"(?P<who>(?P<lower>[a-z]{2,3}|[a-z]\.[ \t]?[a-z][a-z'’-]{2,}|[a-z][a-z'’-]{3,})"
    r"|[A-Z]\.[ \t]?(?:[A-Z][a-zà-ÿ'’-]*[ \t])?[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’-]+)?)"
    r"[ \t]*,?[ \t]+(?:" + _SIGNATURE_CREDENTIAL + r")[ \t]*$",
    re.MULTILINE,
)
# A name and its role closing a note on a line of their own ("Mere Tahana, Crisis Clinician", "Sam Okoro, Key
# Worker"); a team's or a service's line has ordinary words only ("Crisis Team, Duty Clinician").
_NAME_ROLE_LINE = re.compile(
    r"^[ \t]*(?:-{1,2}[ \t]*|[–—][ \t]*)?(?P<who>[A-Z][a-zà-ÿ'’-]+(?:[ \t][A-Z][a-zà-ÿ'’-]+){1,2}),[ \t]*"
    r"(?:[A-Z][\w/-]*[ \t]){0,3}(?i:clinician|nurse|worker|therapist|psychologist|psychiatrist|counsell?or|"
    r"practitioner|coordinator|co-ordinator|consultant|registrar|specialist|navigator|advocate|chaplain|pharmacist|"
    r"physiotherapist|dietitian|midwife|officer|lead)[ \t]*$",
    re.MULTILINE,
)
# Shorthand and chat words before a grade that sign nothing ("dw np", "pls rn", "ugh rn": "right now").
_NOT_SIGNING_WORDS = frozenset(
    "pt iv po im sc ok no na on in at to as is it be by of or so up us we he me my the and dw see ask per inf pls "
    "cc via ref tel rpt thx ty omg ugh smh fr lol idk tbh ngl irl bleep bleeped mum dad son dtr bro sis".split()
)


def staff_signatures(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for a dictation's, a typist's or a technician's initials, and a signature before a grade or role."""
    out = []
    for m in _DICTATION_REF.finditer(text):
        typist = "c" if m.group("c") else "b"
        low = m.group(typist)
        if low in _NOT_TYPISTS or len(low) > 2 and lexicon.is_common(low):
            continue
        if typist == "c" or m.group("a") in _DEGREES:  # the dictating doctor's degree ("MD/jt")
            out.append(Span(m.start(typist), m.end(typist), "PERSON", 0.7, "DictationInitials"))
        elif not _not_initials(m.group("a"), lexicon):
            out += [Span(m.start(g), m.end(g), "PERSON", 0.7, "DictationInitials") for g in ("a", "b")]
    for m in _ROLE_INITIALS.finditer(text):
        group = "typist" if m.group("typist") else "who"
        if m.group(group) not in _GRADES_IN_WORDS and not _not_initials(m.group(group), lexicon):
            out.append(Span(m.start(group), m.end(group), "PERSON", 0.7, "DictationInitials"))
    for m in _SIGNATURE_LINE.finditer(text):
        if _signs(text, m, lexicon):
            out.append(Span(m.start("who"), m.end("who"), "PERSON", 0.7, "SignatureLine"))
    for m in _NAME_ROLE_LINE.finditer(text):
        words = [w.lower() for w in m.group("who").split()]
        if not all(lexicon.is_common(w) for w in words):
            out.append(Span(m.start("who"), m.end("who"), "PERSON", 0.7, "SignatureLine"))
    return out


def _signs(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a signature line's words are a signer's: no shorthand, chat, clinical or English word.

    Lower-case initials or a lower-case name sign only after a dash or at the note's very end ("--kt rn", "... nil
    of note. ht rn"); "dw np" or "see np" mid-note is an instruction.
    """
    who = m.group("who")
    low = who.lower()
    last = low.replace(".", " ").split()[-1]
    if low in _NOT_SIGNING_WORDS or _letters(who) in _NOT_SIGNERS or len(last) > 3 and last in lexicon.clinical_words:
        return False  # "c. diff rn", "S. Aureus SN"
    if m.group("lower") is None:
        return True
    if not m.group("dash") and text[m.end() :].strip():
        return False
    if len(low) == 3 and lexicon.is_english(low):
        return False  # "bad rn", "low rn"
    return not (len(low) > 3 and " " not in low and "." not in low and lexicon.is_common(low))
