r"""Identifiers in machine-written records: HL7 v2 segments, tables under a header, keyed fields, file names.

Exports carry names, dates and ids in fields rather than sentences, so the sentence-reading recognizers
miss them or take field names for user names. Here a value's type comes from where it stands:

* an HL7 v2 field by its segment and position ("PID|1||MRN4471920^^^NCMH^MR||OKAFOR^JANE||19780412|F|||
  14 Birch Ln^^Durham^NC^27701": the patient's name, date of birth, address; an id's assigning facility);
* a cell of a comma-, tab-, pipe- or semicolon-separated table by its column's header ("mrn,name,dob,
  eircode,county");
* a machine field's value by its key: ``PATIENT_SURNAME: WALKER``, ``user=mreyes2``, ``"family": "Ng"``,
  ``"given": ["Lerato", "Naledi"]`` (keys written as code, in capitals, with an underscore or quoted;
  human labels such as "Name:" are the other recognizers');
* a resource reference's id ("Patient/pt-8f2c91e0", "resource=DocumentReference/88213");
* a user's folder in a path ("C:\Users\dmorales\Desktop") and the name and date parts of a file name
  ("scan_okafor_2023-04-11.pdf").

Free-text fields (notes, comments, OBX text) are left to the other recognizers; message control ids,
code systems, units and reference ranges have no typed position and are not typed here (the id catch-all
still takes a control id shaped like one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.base import to_results
from confide.anonymize.spans import lines_with_starts

Found = tuple[str, int, int]

# HL7 v2 data types by the parts that identify: XPN name, XCN clinician (id^family^given^middle), XAD
# address, XTN phone, TS time, CX id (id^^^assigning authority), HD/XON organisation, PL a location (its
# facility), ID a bare id.
_HL7_FIELDS: dict[str, dict[int, str]] = {
    # (MSH-10, the message's control id, MSA-2, the id a reply acknowledges, and a query's tag in QPD-2 and QAK-1
    # trace one message back to its sender's log)
    "MSH": {4: "HD", 6: "HD", 7: "TS", 10: "ID"},
    "MSA": {2: "ID"},
    "QPD": {2: "ID"},
    "QAK": {1: "ID"},
    "EVN": {2: "TS", 6: "TS"},
    "PID": {2: "CX", 3: "CX", 4: "CX", 5: "XPN", 6: "XPN", 7: "TS", 9: "XPN", 11: "XAD", 13: "XTN", 14: "XTN",
            18: "CX", 19: "ID", 20: "ID", 21: "CX", 29: "TS"},
    "PD1": {3: "XON", 4: "XCN"},
    "NK1": {2: "XPN", 4: "XAD", 5: "XTN", 6: "XTN", 13: "XON", 16: "TS", 30: "XPN", 31: "XTN", 32: "XAD", 33: "CX"},
    "PV1": {3: "PL", 7: "XCN", 8: "XCN", 9: "XCN", 17: "XCN", 19: "CX", 44: "TS", 45: "TS", 50: "CX"},
    "ORC": {9: "TS", 10: "XCN", 11: "XCN", 12: "XCN", 21: "XON", 22: "XAD", 23: "XTN", 24: "XAD"},
    "OBR": {7: "TS", 8: "TS", 14: "TS", 16: "XCN", 22: "TS", 28: "XCN"},
    "OBX": {14: "TS", 16: "XCN", 19: "TS", 23: "XON", 24: "XAD", 25: "XCN"},
    "TXA": {4: "TS", 5: "XCN", 6: "TS", 7: "TS", 9: "XCN", 10: "XCN", 11: "XCN", 22: "XCN"},
    "IN1": {4: "XON", 5: "XAD", 6: "XPN", 7: "XTN", 16: "XPN", 18: "TS", 19: "XAD", 36: "ID", 49: "CX"},
    "GT1": {3: "XPN", 5: "XAD", 6: "XTN", 7: "XTN", 8: "TS", 12: "ID", 16: "XPN", 19: "ID"},
    "DG1": {5: "TS", 16: "XCN"},
    "ROL": {4: "XCN"},
    "PRT": {5: "XCN"},
    "AIP": {3: "XCN"},
}
# Which component of each data type holds what (1-based, as HL7 counts).
_COMPONENTS: dict[str, dict[int, str]] = {
    "XPN": {1: "PERSON", 2: "PERSON", 3: "PERSON"},
    "XCN": {1: "ID_NUMBER", 2: "PERSON", 3: "PERSON", 4: "PERSON"},
    "XAD": {1: "STREET_ADDRESS", 2: "STREET_ADDRESS", 3: "LOCATION", 4: "LOCATION", 5: "ZIP_CODE", 6: "LOCATION"},
    "XTN": {1: "PHONE_NUMBER", 4: "EMAIL_ADDRESS"},
    "TS": {1: "DATE_TIME"},
    "CX": {1: "ID_NUMBER", 4: "FACILITY"},
    "HD": {1: "FACILITY"},
    "PL": {4: "FACILITY"},
    "XON": {1: "FACILITY"},
    "ID": {1: "ID_NUMBER"},
}
# Issuers that name a country or a national agency, no site of care ("901-44-7316^^^SSA^SS").
_NATIONAL_ISSUERS = frozenset(
    "SSA USSSA CMS HCFA NHS HSE MOH DVA MEDICARE MEDICAID ZAF USA GBR AUS CAN NZL IRL IND SGP NZ UK US".split()
)
# What MSH-6 names when messages go to a system rather than a site: exchanges, registries, interfaces.
_SYSTEM_RECEIVERS = frozenset(
    "HIE STATE LAB LIS RIS PDMP IIS EPR EHR EMR PMS PAS SURV ADT REG HUB RHIO CDC PHA INTERFACE ENGINE".split()
)
# Segments that only end the one before them (their fields are not read).
_OTHER_SEGMENTS = frozenset("ERR NTE AL1 PV2 SPM SCH AIL AIS FT1 ZPD ZPI ACC".split())
_HL7_GATE = re.compile(r"(?m)(?:^|(?<=\r))[ \t]*(?:MSH|PID|NK1|PV1|OBR|ORC|OBX|EVN|IN1|GT1|PD1|TXA|QPD)\|")
# A segment starts a line (HL7 ends segments with "\\r"), or follows a space on a line of segments written one
# after another.
_SEGMENT = re.compile(r"(?m)(?:^[ \t]*|(?<=\r)|(?<=[ \t]))([A-Z][A-Z0-9]{2})\|")
_LINE_END = re.compile(r"[\r\n]")
_VERSION_OR_ZEROS = re.compile(r"[vV]?\d{1,2}(?:\.\d+)+|0+")
_HL7_TIME = re.compile(r"\d{8}(?:\d{2,6}(?:\.\d+)?)?(?:[+-]\d{4})?")


def _hl7(text: str) -> Iterator[Found]:
    if not _HL7_GATE.search(text):
        return
    starts = [m for m in _SEGMENT.finditer(text) if m.group(1) in _HL7_FIELDS or m.group(1) in _OTHER_SEGMENTS]
    for i, m in enumerate(starts):
        line_end = _LINE_END.search(text, m.start())
        next_start = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        end = min(next_start, line_end.start() if line_end else len(text))
        fields = _HL7_FIELDS.get(m.group(1))
        if not fields:
            continue
        offset = 1 if m.group(1) == "MSH" else 0  # MSH-1 is the separator itself
        for number, (start, stop) in enumerate(_split(text, m.end() - 1, end, "|")):
            kind = fields.get(number + offset)
            if number + offset == 6 and m.group(1) == "MSH" and _system_receiver(text, start, stop):
                continue
            if number and kind:
                yield from _hl7_field(text, start, stop, kind)


def _system_receiver(text: str, start: int, stop: int) -> bool:
    """MSH-6 names a system, not a site: a registry or an exchange ("HIE", "STATE", "PDMP")."""
    return text[start:stop].split("^")[0].strip().upper() in _SYSTEM_RECEIVERS


def _split(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Offsets of the parts of ``text[start:end]`` between ``sep`` (the first part starts at ``start``)."""
    parts, pos = [], start
    while True:
        nxt = text.find(sep, pos, end)
        if nxt < 0:
            parts.append((pos, end))
            return parts
        parts.append((pos, nxt))
        pos = nxt + 1


def _hl7_field(text: str, start: int, end: int, kind: str) -> Iterator[Found]:
    for rep_start, rep_end in _split(text, start, end, "~"):
        components = _split(text, rep_start, rep_end, "^")
        name_parts = []
        for index, (c_start, c_end) in enumerate(components, 1):
            etype = _COMPONENTS[kind].get(index)
            value = text[c_start:c_end].strip()
            lead = len(text[c_start:c_end]) - len(text[c_start:c_end].lstrip())
            if etype == "PERSON" and any(ch.isalpha() for ch in value):
                # any word: "MAY^RUTHANNE", "ABERNATHY^JUNE^R"
                name_parts.append((c_start + lead, c_start + lead + len(value)))
            elif etype and value and _plausible(etype, value):
                yield etype, c_start + lead, c_start + lead + len(value)
        if name_parts:  # one span over family^given^middle, separators included
            yield "PERSON", name_parts[0][0], name_parts[-1][1]
        if kind == "XTN" and len(components) >= 7 and all(
            text[slice(*components[i])].strip().isdigit() for i in (5, 6)
        ) and len(text[slice(*components[6])].strip()) >= 6:
            yield "PHONE_NUMBER", components[5][0], components[6][1]  # area code ^ local number


def _plausible(etype: str, value: str) -> bool:
    """Whether a typed field's value has its type's shape (an empty name part, a code for a phone: no)."""
    digits = sum(ch.isdigit() for ch in value)
    if etype == "DATE_TIME":
        return bool(_HL7_TIME.fullmatch(value) or _DATE_VALUE.fullmatch(value))
    if etype == "PHONE_NUMBER":
        return digits >= 6
    if etype == "ID_NUMBER":
        # a few groups, never a sentence ("ID: 47 yo single man, schizophrenia": a note's identifying data) nor a
        # version or zeros a malformed message puts in its control id ("2.3", "v2.5", "00")
        return digits >= 2 and len(value.split()) <= 4 and not _VERSION_OR_ZEROS.fullmatch(value)
    if etype == "ZIP_CODE":
        return digits >= 2 and len(value) <= 10
    if etype == "FACILITY":
        return value.upper() not in _NATIONAL_ISSUERS and sum(ch.isalpha() for ch in value) >= 2
    if etype == "EMAIL_ADDRESS":
        return "@" in value
    return sum(ch.isalpha() for ch in value) >= 2 and digits == 0 or etype == "STREET_ADDRESS"


# A field's whole value as a date, with its weekday and time of day ("3/18", "1959-01-27", "12-MAR-2024 10:30",
# "Tue, 5 Mar 2024 16:42:11"); never a sentence that holds a number ("3/18 given 10 pm").
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_VALUE = re.compile(
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ ])?(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{8}|"
    r"\d{1,2}(?:st|nd|rd|th)?[- ]" + _MONTH + r"(?:[- ,]+\d{2,4})?|" + _MONTH + r"[ ]\d{1,2}(?:st|nd|rd|th)?,?[ ]\d{4})"
    r"(?:[ T]\d{1,2}(?::?\d\d){1,2}(?:\.\d+)?(?:[ ]?[AaPp][Mm])?(?:[ ]?(?:Z|[+-]\d\d:?\d\d))?)?"
)

# --- tables and keyed fields ---------------------------------------------------------------------

# A column's or a key's name, normalised (camelCase split, separators as spaces), to the type of its values: by
# its head, the last words ("patient_name" names a person, "patient_lang" does not; "received_by" is no date).
_NAME_TYPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), t)
    for p, t in (
        # names of things that are no person's, place's or id's, whatever head they end with ("drug_name",
        # "event_name", "msg_id", "page_no", "number_of_items")
        (r"\b(?:msg|message|event|row|rows|item|items|form|field|question|template|batch|job|export|file|document|"
         r"doc|run|version|schema|code|type|status|flag|arm|drug|med|medication|test|module|course|unit|ward|bed|"
         r"room|count|total|score|sheet|report|app|system|session|sessions|page|pages|admissions|visits|attempts|"
         r"of)\b", ""),
        (r"(?:^| )(?:user ?name|username|user|login|user ?id|userid|uid|handle|reviewer|screen ?name|gamertag)$",
         "SOCIAL_HANDLE"),
        (r"(?:^| )(?:practice|surgery|clinic|hospital|facility|school|college|university|employer|workplace|"
         r"pharmacy|organi[sz]ation|org|agency|referring site|site name)$", "FACILITY"),
        (r"^(?:age|age years|age yrs|pt age|patient age)$", "AGE"),
        # a census's "Age/Sex" ("93F", "92/F"): the age alone is typed
        (r"^(?:age (?:sex|gender|g)|age[mf])$", "AGE_SEX"),
        (r"(?:^| )(?:post ?code|postal ?code|zip(?: ?code)?|eircode|pin ?code)$", "ZIP_CODE"),
        (r"(?:^| )(?:dob|dod|doa|date|dt|birth ?date|birthdate|date of birth|timestamp|ts|datetime|sent at|"
         r"received|rcvd|collected|admitted|discharged|start|end|edd|appt)$", "DATE_TIME"),
        (r"(?:^| )(?:phone|tel|telephone|mobile|cell|fax|msisdn|contact (?:no|number)|phone number)$",
         "PHONE_NUMBER"),
        # an internal line's few digits ("Ext | 5531", "Bleep: 3304")
        (r"(?:^| )(?:ext|extn|extension|bleep|pager|bleep no|pager no|ext no)$", "PHONE_SHORT"),
        (r"(?:^| )(?:address|addr|street)(?: ?line)?(?: ?\d)?$|(?:^| )line ?[12]$", "STREET_ADDRESS"),
        (r"(?:^| )(?:city|town|suburb|county|province|region|country|locality|district|village|birthplace|place|"
         r"place of birth|borough)$|^state$", "LOCATION"),
        (r"(?:^| )(?:mrn|urn|ur|uhid|nhs(?: no| number)?|chi|ihi|nhi|hcn|health ?card|medicare|medicaid|ppsn|pps|"
         r"ssn|sin|nric|nin|aadhaar|upn|uln|nsn|student (?:no|id|number)|hosp(?:ital)? (?:no|number)|account|acct|"
         r"member(?: id| no)?|mbr|policy|claim|case (?:no|id|number)|passport|licen[cs]e|npi|dea|badge|dva|"
         r"id|no|number)$", "ID_NUMBER"),
        (r"^(?:init|inits|initials|pt init|patient initials)$", "INITIALS"),
        (r"(?:^| )(?:name|surname|last ?name|lastname|family|family ?name|forename|first ?name|firstname|given|"
         r"given ?name|middle ?name|full ?name|patient|pt|client|clinician|doctor|dr|gp|consultant|provider|"
         r"physician|nurse|therapist|counsell?or|keyworker|key ?worker|referrer|nok|next of kin|kin|contact|"
         r"carer|caregiver|guardian|parent|mother|father|spouse|student|pupil|staff|author|display|yp|"
         r"young person|resident|coach|work coach|named nurse|visitor)$",
         "PERSON"),
    )
]


def _normalise(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name.strip().strip('"').strip())
    return re.sub(r"[\s_./#()?:-]+", " ", name).strip().lower()


def name_type(name: str) -> str:
    """The entity type of a column's or a key's values ("dob": DATE_TIME, "gp_practice": FACILITY, "notes": "")."""
    normal = _normalise(name)
    for pattern, etype in _NAME_TYPES:
        if pattern.search(normal):
            return etype
    return ""


_TITLES = re.compile(r"(?i)^(?:dr|mr|mrs|ms|miss|mx|prof|sr|fr|rev)\.?\s+")


def _typed_value(etype: str, text: str, start: int, end: int) -> Found | None:
    """The span of a typed value (quotes, spaces and a person's title trimmed), if it has its type's shape."""
    raw = text[start:end]
    value = raw.strip().strip('"').strip()
    if not value:
        return None
    start += raw.index(value)
    if etype == "PERSON":
        title = _TITLES.match(value)
        if title:
            start, value = start + title.end(), value[title.end():]
        if not _name_like(value):
            return None
    elif etype in {"LOCATION", "FACILITY"} and not _site_like(etype, value):
        return None
    elif etype == "AGE":
        if not (value.isdigit() and 90 <= int(value) <= 130):
            return None
    elif etype == "AGE_SEX":
        age = re.match(r"\d{2,3}(?=\s*/?\s*[MFXmfx]?$)", value)
        if not age or not 90 <= int(age.group()) <= 130:
            return None
        return "AGE", start, start + age.end()
    elif etype == "PHONE_SHORT":
        if not re.fullmatch(r"\d{3,6}", value):
            return None
        return "PHONE_NUMBER", start, start + len(value)
    elif etype == "INITIALS":
        # never a clinical abbreviation in the column ("NBM", "NAD", "HCA", "DNA")
        if not re.fullmatch(r"[A-Z](?:[.-]?[A-Z]){1,3}\.?", value) or value.lower() in load_lexicon().clinical_words:
            return None
        return "PERSON", start, start + len(value)
    elif etype == "SOCIAL_HANDLE":
        if not re.fullmatch(r"(?=\d*[A-Za-z])[A-Za-z0-9][\w.-]{1,31}", value) or value.lower() in _SYSTEM_ACCOUNTS:
            return None
    elif not _plausible(etype, value):
        return None
    return etype, start, start + len(value)


_EMPTY_WORDS = frozenset(
    "n/a na none null unknown nil - yes no y n true false other tbc tba nah meh idk ugh ughh mhm mmhm hmm yeah yep "
    "nope ok okay unallocated vacant locum declined pending".split()
)
# Accounts of a system, never a person's ("user=postgres", "/home/ubuntu", "C:\\Users\\Owner").
_SYSTEM_ACCOUNTS = frozenset(
    "system admin administrator root null default guest me user owner ubuntu postgres ec2-user www-data pi test "
    "public shared service svc".split()
)


def _site_like(etype: str, value: str) -> bool:
    """A place or a site's name: letters, no sentence ("TO BE CONFIRMED WITH PT"), no lone everyday word.

    "CITY: NORMAL" and "TOWN: COUNCIL" are a form's answers, no places.
    """
    if any(ch.isdigit() for ch in value) or not any(ch.isalpha() for ch in value) or len(value) > 60:
        return False
    lexicon = load_lexicon()
    words = [w.strip(".,'’()").lower() for w in value.split()]
    everyday = sum(lexicon.is_everyday(w) for w in words)
    # a town that is also a word counts in mixed case only ("Cork"; "TOWN: COUNCIL" is a form's answer)
    cased_place = not value.isupper()
    words_only = all(
        lexicon.is_common(w) and not (cased_place and (w in lexicon.places or w in lexicon.regions)) for w in words
    )
    if etype == "FACILITY":
        # a category is no site ("Unemployed", "Home Schooled", "All Sites"): a name, a place, a rare word or a
        # kind of site ("Hope House Surgery") is needed
        from confide.anonymize.recognizers.facility import _KIND_WORDS

        named = any(not lexicon.is_common(w) or lexicon.is_name(w) or w in lexicon.places for w in words)
        return value.lower() not in _EMPTY_WORDS and everyday <= 1 and (named or any(w in _KIND_WORDS for w in words))
    return value.lower() not in _EMPTY_WORDS and everyday <= 1 and not (everyday == len(words) or words_only)


def _name_like(value: str) -> bool:
    """One to five capitalised words of letters, each a name or a word no vocabulary knows.

    A comma between family and given name, an initial and a lower-case particle are allowed; a speaker's
    turn ("CLIENT: Seven. Maybe") or a form's answer ("NAME: ADMIT, TO ICU") is no name.
    """
    words = value.replace(",", " ").split()
    if not 0 < len(words) <= 5 or value.lower() in _EMPTY_WORDS or sum(ch.isalpha() for ch in value) < 2:
        return False
    if not all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*|[^\W\d_]\.", w) for w in words):
        return False
    if not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    lexicon = load_lexicon()
    # every part a name or a word no vocabulary knows ("Pádraig", "Mbeki-Thompson"): "ADMIT, TO ICU" is none
    parts = [p for w in words for p in w.lower().strip(".").split("-") if p]
    return all(len(p) <= 2 or p in _PARTICLES or lexicon.is_name(p) or not lexicon.is_common(p) for p in parts)


# Lower-case parts of family names ("van der Merwe", "Ó Súilleabháin" is capitalised, "ap Rhys").
_PARTICLES = frozenset("van der den de da di du le la bin binti binte bint ap ní nic mac von del dos das".split())


_DELIMITERS = (",", "\t", "|", ";")
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z0-9_ ./#()?-]{0,40}")
# Columns aligned by blanks: cells are runs of words one blank apart.
_ALIGNED = "  "
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _cells(line: str, offset: int, sep: str) -> list[tuple[int, int]]:
    """Cell offsets of one delimited line; a quoted cell may hold the delimiter.

    A pipe table's outer pipes ("| Staff | Ext |", as Markdown writes it) open and close no cell; a table aligned
    by blanks has a cell for each run of words.
    """
    if sep == _ALIGNED:
        return [(offset + m.start(), offset + m.end()) for m in _ALIGNED_CELL.finditer(line)]
    if sep == "|":
        inner = line.strip()
        if inner.startswith("|") and inner.endswith("|") and len(inner) > 1:
            lead = line.index("|") + 1
            line, offset = inner[1:-1], offset + lead
    cells, pos, n = [], 0, len(line)
    while pos <= n:
        if line.startswith('"', pos):
            close = pos + 1
            while True:
                close = line.find('"', close)
                if close < 0 or not line.startswith('"', close + 1):
                    break
                close += 2
            close = n if close < 0 else close
            nxt = line.find(sep, close)
            cells.append((offset + pos + 1, offset + close))
        else:
            nxt = line.find(sep, pos)
            cells.append((offset + pos, offset + (nxt if nxt >= 0 else n)))
        if nxt < 0:
            return cells
        pos = nxt + 1
    return cells


def _tables(text: str) -> Iterator[Found]:
    header: tuple[str, list[str]] | None = None
    for line_start, line in lines_with_starts(text):
        if not line.strip():
            header = None
            continue
        if header:
            sep, types = header
            cells = _cells(line, line_start, sep)
            if len(cells) == len(types):
                for etype, (start, end) in zip(types, cells, strict=True):
                    found = _typed_value(etype, text, start, end) if etype else None
                    if found:
                        yield found
                continue
            new_header = _header(line)
            # a row cut short or spanning the columns ("3 | closed (D&V)") leaves the table open
            if new_header is None and sep in line:
                continue
            header = new_header
            continue
        header = _header(line)


def _header(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, column types) when ``line`` is a table's header naming at least one typed column.

    Columns aligned by blanks need three names, two of them typed: prose has double blanks too.
    """
    for sep in (*_DELIMITERS, _ALIGNED):
        cells = _cells(line, 0, sep)
        names = [line[s:e].strip().strip('"').strip() for s, e in cells]
        if len(names) >= 2 and all(_HEADER_CELL.fullmatch(n) for n in names):
            types = [name_type(n) for n in names]
            typed = sum(bool(t) for t in types)
            if typed and (sep != _ALIGNED or len(names) >= 3 and typed >= 2):
                return sep, types
    return None


# A key written as code: with an underscore, in capitals, in camelCase, or quoted as in JSON. A key and its
# value start at a non-blank, so a long run of blanks is read in linear time.
_CODE_KEY = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][A-Z0-9]{1,30}|[a-z]+(?:[A-Z][a-z0-9]*)+"
_KEYED = re.compile(
    r'"(?P<jkey>[A-Za-z][\w ]{0,30})"\s*:\s*(?P<jval>"[^"\n]*"|\[[^\]\[\n]*\])'
    # (never a link's query: "x.com/search?user=...")
    r"|(?<![\w.?&])(?P<ekey>[A-Za-z][\w.]{0,30})=(?P<eval>\"[^\"\n]*\"|[^\s,;|&]+)"
    r"|(?m:(?:^|(?<=[|;\t])|(?<=[ \t][ \t])|(?<=^[ \t]))(?P<ckey>" + _CODE_KEY + r")[ \t]*:[ \t]?[ \t]?"
    r"(?P<cval>[^\s|;][^\n|;\t]*?)(?=[ \t]*(?:[|;\t]|$)|\s{2,}|[ \t]+(?:" + _CODE_KEY + r")[ \t]*:))"
)


def _keyed(text: str) -> Iterator[Found]:
    for m in _KEYED.finditer(text):
        key = m.group("jkey") or m.group("ekey") or m.group("ckey")
        group = "jval" if m.group("jkey") else "eval" if m.group("ekey") else "cval"
        etype = _json_person(text, m) if key == "display" else name_type(key)
        if key.lower() in {"value", "text", "display"} and etype != "PERSON":
            continue
        start, end = m.span(group)
        if text[start] == "[":  # a JSON list: each string in it
            for item in re.finditer(r'"([^"\n]*)"', text[start:end]):
                found = etype and _typed_value(etype, text, start + item.start(1), start + item.end(1))
                if found:
                    yield found
            continue
        found = etype and _typed_value(etype, text, start, end)
        if found:
            yield found


def _json_person(text: str, m: re.Match[str]) -> str:
    """A reference's "display" names a person when the reference is to a patient or a clinician."""
    return "PERSON" if _PERSON_REFERENCE.search(text, max(0, m.start() - 120), m.start()) else ""


_PERSON_REFERENCE = re.compile(r'"reference"\s*:\s*"(?:Patient|Practitioner|RelatedPerson)/[^"]*"\s*,\s*$')


# A resource's id after its type ("Patient/pt-8f2c91e0", "DocumentReference/88213").
_REFERENCE = re.compile(
    r"\b(?:Patient|Practitioner|RelatedPerson|Person|Encounter|EpisodeOfCare|DocumentReference|Observation|"
    r"Condition|MedicationRequest|ServiceRequest|Appointment|Coverage|Claim)/(?P<id>[A-Za-z0-9][\w.-]{0,63})"
)
_USER_FOLDER = re.compile(r"(?i:\b[A-Z]:\\(?:Users|Documents and Settings)\\|(?<![\w.])/(?:home|Users)/)"
                          r"(?P<user>[A-Za-z][\w.-]{1,31})(?=[\\/])")
# A file name joined by underscores or hyphens, with a document's extension.
_FILE_NAME = re.compile(
    r"(?<![\w.-])(?P<stem>[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+)\."
    r"(?i:pdf|docx?|xlsx?|csv|txt|rtf|jpe?g|png|tiff?|dcm|msg|eml|zip|wav|mp3|mp4|m4a|json|xml|hl7|odt|heic|gif|bmp)\b"
)
_FILE_DATE = re.compile(
    r"(?<![0-9])(?:(?:19|20)\d\d[-_]?(?:0[1-9]|1[0-2])[-_]?(?:0[1-9]|[12]\d|3[01])|"
    r"(?:0[1-9]|[12]\d|3[01])[-_](?:0[1-9]|1[0-2])[-_](?:19|20)?\d\d)(?![0-9])"
)


# A form's address line in words ("Address: 14, 2nd Cross, Malleshwaram, Bengaluru - 560003", "home address: lot 882,
# kampung batu 3, ..."): its whole value up to the line's or the field's end or the next label ("... 500034 diagnosis:
# ..."), when it holds a number; "Email address:", "IP address:" and a plan's "address 2 concerns" are no such line.
_ADDRESS_FIELD = re.compile(
    # (a label in capitals may follow the last field's value on its line: "Name: R. Menon Address: 14, 2nd Cross")
    # (the label starts right after the blanks, so a long blank run is read once: no "[ \t]*" after a lookbehind)
    r"(?im)(?:^[ \t]*|(?<=[|;\t])|(?<=[ \t][ \t])|(?<=[ \t])(?=(?-i:[A-Z])))(?:[-*•][ \t]*)?"
    r"(?:(?:home|current|previous|prior|postal|mailing|residential|permanent|usual|new|old|street|correspondence|"
    r"forwarding|discharge|patient|pt|client)[ \t]+)?"
    r"(?:address|addr\.?|residence|alamat|cross[ \t]+st(?:reets?)?\.?)[ \t]*:[ \t]*"
    r"(?P<value>[^\s|;][^\n|;\t]{2,150}?)"
    # ... up to the line's or field's end, the next label (no street's type: "W 16TH ST CC: SOB") or a sentence's
    # end before a word in lower case ("..., 30010 ipoh, perak. father roslan ...")
    r"(?=[ \t]*(?:[|;\t\n]|$)|[ \t]{2,}|\.[ \t]+(?-i:[a-z]{3,})"
    r"|[ \t]+(?!(?i:st|rd|ave|road|street)\b)[A-Za-z][A-Za-z'’]*(?:[ \t][A-Za-z]+){0,2}[ \t]*:(?!\d))"
)

_OTHER_ADDRESS = re.compile(r"(?i)(?:e-?mail|ip|ipv[46]|mac|web|wallet|bitcoin|btc|eth)[ \t]*\Z")


# An address line names a home: a number and a comma or a street's word; never a note in the field ("Address: 2 weeks
# since last visit", "see EPR for 2nd address") nor a ward's or a room's number ("Address: Ward 5, Room 12").
_NOT_A_HOME = re.compile(
    r"(?i)^(?:see|as|same|ward|room|bed|bay|unit\s+\d|n/?a\b|nfa\b|unknown|none|refer)\b"
    r"|\d\s*(?:weeks?|wks?|days?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?)\b"
)
_STREET_WORD = re.compile(r"(?i)\b(?:st|street|rd|road|ave|avenue|lane|ln|dr|drive|way|close|cross|blvd|box)\b")


def _address_fields(text: str) -> Iterator[Found]:
    for m in _ADDRESS_FIELD.finditer(text):
        if _OTHER_ADDRESS.search(text, max(0, m.start() - 10), m.start()):
            continue
        value = m.group("value").rstrip(" .,")
        if (
            any(ch.isdigit() for ch in value)
            and sum(ch.isalpha() for ch in value) >= 2
            and ("," in value or _STREET_WORD.search(value))
            and not _NOT_A_HOME.search(value)
        ):
            yield "STREET_ADDRESS", m.start("value"), m.start("value") + len(value)


def _references_and_files(text: str) -> Iterator[Found]:
    for m in _REFERENCE.finditer(text):
        if any(ch.isdigit() for ch in m.group("id")):
            yield "ID_NUMBER", *m.span("id")
    for m in _USER_FOLDER.finditer(text):
        if m.group("user").lower() not in _SYSTEM_ACCOUNTS:
            yield "SOCIAL_HANDLE", *m.span("user")
    lexicon = load_lexicon()
    for m in _FILE_NAME.finditer(text):
        stem_start = m.start("stem")
        dates = [(stem_start + d.start(), stem_start + d.end()) for d in _FILE_DATE.finditer(m.group("stem"))]
        yield from (("DATE_TIME", s, e) for s, e in dates)
        for part in re.finditer(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,}", m.group("stem")):
            if sum(ch.isdigit() for ch in part.group()) >= 4:  # "consent_MRN4471920_signed.pdf"
                yield "ID_NUMBER", stem_start + part.start(), stem_start + part.end()
        if dates or _FILE_SESSION.search(m.group("stem")):
            for part in _FILE_CODE.finditer(m.group("stem")):
                yield "ID_NUMBER", stem_start + part.start(), stem_start + part.end()
        names: list[list[int]] = []
        for part in re.finditer(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])", m.group("stem")):
            word = part.group().lower()
            if re.search(r"[a-z][A-Z]", part.group()) and not lexicon.is_name(word):
                continue  # a camel-cased report's name ("NoShowList_Q1.csv")
            if word in _FILE_WORDS or (part.group().isupper() and len(word) <= 4 and not lexicon.is_name(word)):
                continue
            if (lexicon.is_name(word) and not lexicon.is_english(word)) or not lexicon.is_common(word):
                start, end = stem_start + part.start(), stem_start + part.end()
                if names and text[names[-1][1] : start] in {"_", "-", "."}:
                    names[-1][1] = end  # one name: "OKAFOR_CHIDI", "smith-jones"
                else:
                    names.append([start, end])
        for start, end in names:
            initial = _FILE_INITIAL.match(text, end)  # "ABERCROMBIE_W_MAR", "okafor_c.pdf"
            yield "PERSON", start, initial.end(1) if initial else end


# A participant's code in the name of a file that records them, capitals then three to six digits that are no year:
# beside a date or a session's word ("BIPO-2207_20240816_2314.m4a", "P012_session2.wav"); a form's, a figure's or a
# standard's number names no one ("FORM-101_blank.pdf", "FIG-003_chart.png", "ISO-9001_audit.pdf").
_FILE_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,6}-?(?!(?:19|20)\d\d(?!\d))\d{3,6}(?![A-Za-z0-9])")
_FILE_SESSION = re.compile(r"(?i)(?<![a-z])(?:session|sess|visit|interview|intake|diary|recording|voice|audio)")
# A single initial after a name in a file name, before the next part or the extension.
_FILE_INITIAL = re.compile(r"[_-]([A-Za-z])(?=[_.-])")
# Words of document names that are neither names nor English ("img", "dsc", "redcap").
_FILE_WORDS = frozenset("img dsc scan scans pdf doc docx redcap hl7 fhir ecg eeg mri ehcp iep bloods labs".split())


class StructuredFieldsRecognizer(EntityRecognizer):
    """Names, dates, ids, addresses, phones and user names by their field in exported records."""

    ENTITIES = ("PERSON", "DATE_TIME", "ID_NUMBER", "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "PHONE_NUMBER",
                "EMAIL_ADDRESS", "FACILITY", "SOCIAL_HANDLE", "AGE")

    def __init__(self, *, score: float = 0.85) -> None:
        self.score = score
        super().__init__(supported_entities=list(self.ENTITIES), name="StructuredFieldsRecognizer")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every typed field value of ``text`` whose type is asked for."""
        wanted = set(entities) if entities else set(self.ENTITIES)
        found = {f for f in (*_hl7(text), *_tables(text), *_keyed(text), *_address_fields(text),
                                  *_references_and_files(text))
                 if f[0] in wanted and f[1] < f[2]}
        return [r for etype, s, e in sorted(found, key=lambda f: f[1:])
                for r in to_results(self, etype, [(s, e, self.score)])]


@register_recognizer("structured_fields")
def _factory(spec: Mapping[str, Any]) -> StructuredFieldsRecognizer:
    allowed = {"score"}
    if unknown := set(spec) - allowed:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
    return StructuredFieldsRecognizer(**spec)
