"""HIPAA's "any other unique identifying number": the catch-all for ids no other recognizer knows.

Reported as ID_NUMBER: anything shaped like an SSN (also the reserved and invalid-looking ones
Presidio's SSN recognizer rejects, such as ``078-05-1120``, and after its label in any grouping or
its last four digits: "SS# 123 45 6789", "SSN 4471"), numbers after an id word ("badge 4471",
"NPI 1467593820", "DL# D6101-40706-60905", "service number RA 19 884 412", "Batch: 66721"), numbers
of three digits or more after any label with a number sign ("PT#: 44812", "Clinic #: 218"), digit
runs of seven or more, a five- or six-digit number alone on its line (report headers) or after a bare
number sign (the job number closing a dictation line: "T 5/31/90 #408871"),
letter-digit codes with at least three digits ("XKQ884512007", "PC-0048813"), a police collar or force
number ("collar 4417", "PC Gurdeep Sandhu WM 6612"), and bank and health-card numbers of other
countries after their label ("sort code is 60-16-13", "BSB 062-000", "RAMQ: TREG 8562 1534"), national and
tax ids after theirs ("NIF 245 901 338", "sécurité sociale: 2 71 06 69 123 456 78"), a plate after "reg",
a booking reference ("QXT7KM"), a card's last four ("card ending in 4417") and the id fields of forms and
JSON ('"ticket": "99821"', "EMP_NO=700815"). A drug's
lot number, a house number or a place in a queue ("no. 12", "number 14") and a CPT code after "claim
for" are not ids. Clinical
measurements are not ids: a number with a unit ("500cc", "100mg", "45CC/HR"), a decimal, a dose
schedule ("q12h"), a shift ("11p-7a"), a range with a unit ("5mg-10mg", "2-3x/day"), a score with
few digits ("PHQ-9", "GAD-7"), the parts of a coma scale ("E4V4M6"), an obstetric history
("G3P2103"), a tidal volume by a rate ("500X14") and a range of blocks or cassettes ("A1-A14") are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

# The countries that issue IBANs, by their two letters.
_IBAN_COUNTRIES = (
    "AD|AE|AL|AT|AZ|BA|BE|BG|BH|BR|BY|CH|CR|CY|CZ|DE|DK|DO|EE|EG|ES|FI|FO|FR|GB|GE|GI|GL|GR|GT|HR|HU|IE|IL|IQ|IS|IT|"
    "JO|KW|KZ|LB|LC|LI|LT|LU|LV|LY|MC|MD|ME|MK|MR|MT|MU|NL|NO|PK|PL|PS|PT|QA|RO|RS|SA|SC|SD|SE|SI|SK|SM|ST|SV|TL|TN|"
    "TR|UA|VA|VG|XK"
)
# An id's shape after a short label that is also a word (see ``ID_WORDS``).
_SHORT_LABEL_ID = (
    r"(?:(?-i:[A-Z]{1,3})[\s-]?\d[\d-]{4,}|(?!(?:19|20)\d\d[-–](?:19|20)?\d\d(?!\d))\d{2,}-\d[\d-]{3,}|\d{6,})"
    r"(?!\d)(?!\s*(?:units?|iu|mg|mcg|ml|rpm|mm|tubes?|tabs?|vials?|doses?|g)\b)"
)
# The letters that may close a card's number: one glued ("CRN 208 947 531K"), one or two after a hyphen
# ("4417-928-553-KT"), a NINO's suffix ("QQ 12 34 56 C"), or after OHIP and GMS a version code of two
# capitals ending the clause ("OHIP 5563 218 904 JL."). A next word is no check letter ("... 890 PO BID").
_CHECK_LETTERS = r"[A-Z]|-(?-i:[A-Z]{1,2})|\s[A-D]|(?(vc)\s(?-i:[A-Z]{2})(?=[ \t]*(?:[.,;)\n]|$))|(?!))"
ID_WORDS = (
    r"badge|id|ident|identifier|no|num|number|acct|account|case|claim|order|ticket|policy|member|"
    # (an NPI spelled out in a dictation: "m d n p i 1487 662 039")
    r"license|licence|lic|plate|registration|reg|dl|passport|npi|n[ \t]p[ \t]i|dea|upin|mrn|fin|csn|har|accession|"
    r"serial|ref|reference|docket|file|employee|student|patient\s+id|service\s+number|vet(?:eran)?\s+id|"
    r"insurance|subscriber|group|medicaid|medicare|tax\s+id|ein|itin|vin|device|pager|beeper|unit\s+no|"
    r"job|encounter|visit\s+id|specimen|requisition|voucher|confirmation|batch|document|doc|dictation|"
    r"transcription|lot|bed\s+no|room\s+no|unit\s+number|med\s+rec|chart|tracking|(?-i:PIN)|philhealth|"
    # a land parcel's number, its groups joined by hyphens ("Parcel 093-17-00-044.00"; "a parcel 12 kg" is a box)
    r"(?:parcel|apn)(?=\s*(?:no\.?|number|#|id)?\s*[:#]?\s*\d{2,4}-\d{1,4}-\d)|"
    # a parcel's tracking code after "tracked" ("Royal Mail tracked TT 4812 9957 3GB"; never "tracked 1200 steps")
    r"tracked(?=\s+(?-i:[A-Z]{2})\s?\d{4})|"
    # National and hospital ids named by their acronym ("UHID", "HKID", "NRIC", "CNIC", "NIN"; not "NIC", a
    # nicotine patch, nor "NHIS", a survey).
    r"(?-i:UHID|HKID|NRIC|CNIC|NID|NIN|PHIC|MyKad|MYKAD|NYSID)|"
    # an Australian prisoner's master index number by its digits ("MIN 564219"; "MIN" alone is minutes)
    r"(?-i:MIN)(?=\s*[:#]?\s*\d{5,}(?!\d|\s*(?i:mg|ml|ms|s|sec)\b))|"
    # School pupils' numbers: Ontario's OEN and England's UPN ("OEN 328-491-067"; not "ULN", a lab's upper limit).
    r"(?-i:OEN|UPN)|"
    # An Australian hospital's unit record number ("UR 1-449-208", "URN 0045512") and a French or Quebec court's
    # file ("dossier 500-40-098213-263"), six characters at least (never "UR 100 ml/hr", "dossier 2023"), and a
    # British police record by its year ("PNC 19/553812K"; "PNC" alone is also a bank)
    r"(?:(?-i:UR|URN)|dossier)(?=\s*(?:no\.?|number|#)?\s*[:#]?\s*\d[\d-]{5,})|"
    r"(?-i:PNC)(?=\s*[:#]?\s*\d{2}/\d{5,7}[A-Z]\b)|"
    # an attorney's State Bar number ("SBN 287415")
    r"(?-i:SBN)|"
    # a Canadian service member's number ("SN J48 291 553"; "SN" alone is a staff nurse) and a New Zealand police
    # officer's QID in brackets, five digits or more or a letter and a digit opening it ("(QID 40213)", "(QID X9K22)";
    # "QID" alone is four times a day, and "(QID 0600)" a dose's time, "(QID Q6H1)" an order's)
    r"(?-i:SN)(?=\s+[A-Z]\d{2}[\s-]?\d{3}[\s-]?\d{3}\b)|"
    r"(?<=\()(?-i:QID)(?=\s+(?:\d{5,8}|(?!Q\d)[A-Z]\d[A-Z0-9]{3,6})\))|"
    # A research subject's or participant's number, the label written out or short ("subj", "ppt"): digit
    # groups, letters and digits, or a site's letters in slash-joined groups ("subject 017-0043", "participant
    # 022-118", "subject BH-0412", "Subj 1043-017", "ppt NIM/DEP/2024/118"); never a bare number, a span of years
    # or pages ("Subject: 2023 annual review", "per subject 250 mL", "participant 2019-2021", "see ppt 10-14"), nor
    # parts per thousand ("salinity 35 ppt").
    r"(?:subject|subj|participant|(?<!\d\s)(?<!\d)ppt|enrollee)(?=\s*(?:id|#|no\.?|number)?\s*[:#]?\s*"
    r"(?!(?:19|20)\d\d[-–](?:19|20)?\d\d(?!\d))(?:\d{3,}-\d{2,}|\d{2,}-\d{3,}|[A-Z]{1,4}-?\d{3,}"
    r"|(?-i:[A-Z]{2,5})(?:/(?-i:[A-Z]{2,5}))*(?:/\d{2,4}){1,2})(?![\w.]))|"
    # An employee's or a staff member's number ("(emp 55120)", "staff no. 470215", "Staff #: 88213"): five
    # digits or more, or after a number word ("staff 2 on shift" is a count).
    r"(?:emp|staff)(?=\s*(?:(?:#|no\.?|number|id)\s*[:#]?\s*\d|\d{5,}|[:#]?\s+\d{5,}))|"
    # "conf # CAbJ7xTm4Q": a confirmation's number, its label cut short
    r"conf(?=\s*#)|"
    # "booking" alone begins a slot or a time ("Booking 10 30 am"); with a number word it labels an id.
    r"booking(?=\s*(?:#|no\b|num(?:ber)?\b))|"
    # Short labels that are also words ("spec", "kit", "tin", "req", "complaint", a South African hospital's
    # "folder") label an id only before an id's shape: letters and digits, digit groups that are no span of years,
    # or six digits, with no unit after ("Spec 24-3301772", "REQ#: Q81149027", "complaint 2026-020-004417",
    # "folder GSH 4418209"; not "spec 2 tubes", "incident 2019-2021", "kit 50000 IU").
    r"(?:req|tin|spec|kit|complaint|incident|folder)(?=\s*(?:#|no\.?|number)?\s*[:#]?\s*" + _SHORT_LABEL_ID + r")"
)
# Words that make a short number after "no"/"number" an id ("hosp no 45", "client number 42", "service user
# no 88"), checked one by one since a look-behind has a fixed width.
_NO_QUALIFIER = "".join(
    rf"(?<!\b{w} )(?<!\b{w}\. )"
    for w in ("hosp", "hospital", "client", "user", "patient", "pt", "unit", "case", "member", "ref", "file")
)
_UNITS = re.compile(
    r"(?i)^\d+(?:[.,]\d+)?(?:mg|mcg|ug|g|kg|lb|lbs|ml|l|cc|cm|mm|km|m|mmhg|hr|hrs|h|min|mins|s|sec|"
    r"meq|mmol|mol|iu|u|units?|am|pm|x|bpm|kcal|cal|oz|in|ft|yo|y|yrs?|wks?|days?|mo|mos|k|pts?|"
    r"mph|kph|kmh|rpm|hz|khz|mhz|ghz|kb|mb|gb|tb|w|kw|v|mah|p|fps|yd|yds|mi|miles?|reps?|sets?|"
    r"times?|doses?|tabs?|caps?|puffs?|drops?|servings?|cups?|glasses|drinks?|cigs?|%)"
    r"(?:/(?:d|day|dy|wk|week|w|mo|month|yr|year|h|hr|hour|min|night|shift|dose|kg))?$"
)
# UK police ranks as they are abbreviated before an officer's name ("PC Sandhu", "DS Hale"), case kept.
_POLICE_RANKS = "PC|DC|PS|DS|PCSO|Sgt|SGT"
# A range: two numbers joined by a dash or "to", one of them with a unit ("8-10am", "5mg-10mg").
_RANGE = re.compile(r"(?i)^(\d+(?:[.,]\d+)?[a-z%/]*)(?:-|–|~|to)(\d+(?:[.,]\d+)?[a-z%/]*)$")


# Clinical shorthand shaped like a code: the eye/verbal/motor parts of a coma scale ("E4V4M6", "e3v1tm5"),
# gravida/para ("G3P2103", "G2P1-0-0-1"), a tidal volume by a rate ("500X14") and a range of blocks
# or slides ("A1-A14"); an HL7 table's number ("HL70063", the table of relationships).
_CLINICAL_CODE = re.compile(
    r"(?i)e[1-4]v(?:[1-5]|t)t?m[1-6]|g\d{1,2}p\d{1,4}(?:-\d{1,2}){0,3}|\d{3,4}x\d{1,2}|[a-z]\d{1,2}-[a-z]\d{1,2}|"
    r"hl7\d{4}"
)

# A university course's code and the work it sets ("PSY2203 essay", "ACCT1501 final exam", "LW3102 exam").
_COURSE_WORK = (
    r"[A-Z]{2,4}\d{3,4}[A-Z]?[ \t]+(?i:(?:final[ \t]+|mid-?term[ \t]+)?(?:exams?|essays?|assignments?|papers?|"
    r"modules?|lectures?|tutorials?|class(?:es)?|finals?|tests?|quiz(?:zes)?|coursework|labs?|seminars?|course|"
    r"midterms?|presentations?|projects?|grades?|marks?|resit|supp))\b"
)
# Short capital words of a sentence in upper case, never a group of a code ("2 OF 3", "NO 4").
_CAPS_WORD = r"(?:FOR|AND|THE|WAS|ARE|IS|OF|TO|ON|IN|AT|BY|NO|NOT|OR)\b"
# A short word and a year: a renewal's date or a style, never a plate ("REGO DUE 2025", "UK 2019 style").
_WORD_AND_YEAR = r"[A-Z]{2,4}[ -](?:19|20)\d\d(?![\w-])"
# Units and words after a number that make it a reading, not a plate's group ("10 MPH", "250 CC", "4 X 4").
_PLATE_UNIT = r"(?:MPH|KPH|HRS?|V|KM|CC|T|FT|MIN|MINS|X|KG|LBS?|MM|CM|AM|PM)\b"
# A travel booking reference (PNR): six capitals and digits, four letters at least ("QXT7KM").
_BOOKING_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=(?:[0-9]*[A-Z]){4})[A-Z0-9]{6}")


@register_validator("not_measurement")
def not_measurement(value: str, params: Mapping[str, Any]) -> bool:
    """False for a number with a unit ("500cc"), a dose schedule or a unit ratio ("45CC/HR").

    A schedule is "q" and a number with its unit ("q12h", "q1008h") or of four digits at most ("q6", "q0600"); a lab's
    requisition is longer ("Q81149027").
    """
    compact = value.replace(" ", "")
    if re.fullmatch(r"\d{7,}[A-TV-Z]", compact):
        return True  # a check letter glued to a long number ("NYSID 08812447K"); "U" is units ("1000000U")
    if _UNITS.match(compact) or re.fullmatch(r"(?i)q(?:\d+(?:h|hr|hrs|d|min|mins|w|wk|wks)|\d{1,4})", compact):
        return False
    if re.fullmatch(r"(?i)\d{1,2}(?::\d\d)?[ap]m?-\d{1,2}(?::\d\d)?[ap]m?", compact):
        return False  # a shift: "11p-7a", "7a-3p"
    span = _RANGE.match(compact)
    if span and all(part.isdigit() or _UNITS.match(part) for part in span.groups()) and not all(
        part.isdigit() for part in span.groups()
    ):
        return False  # a range of measurements: "8-10am", "5mg-10mg", "100-300yds", "2-3x/day"
    return not re.fullmatch(r"(?i)[a-z]{1,4}\s?\d{1,3}(?:[a-z]{1,3})?", value.strip())


# Prefix pairs HMRC never issues ("GB", "ZZ"), beside the single letters it leaves out.
_NOT_NINO_PREFIXES = frozenset("BG GB NK KN TN NT ZZ".split())


@register_validator("nino_prefix")
def nino_prefix(value: str, params: Mapping[str, Any]) -> bool:
    """A National Insurance number's prefix as HMRC issues it, or "QQ" (its specimen), and no clinical abbreviation.

    "QQ 48 21 77 B", "AB 12 34 56 C"; never "BP 12 10 08 A", "HR 88 72 65 B" (readings in a row).
    """
    from confide.anonymize.lexicon import load_lexicon

    prefix = value[:2]
    if prefix == "QQ":
        return True
    issued = prefix[0] not in "DFIQUV" and prefix[1] not in "DFIOQUV" and prefix not in _NOT_NINO_PREFIXES
    return issued and prefix.lower() not in load_lexicon().clinical_words


@register_validator("not_clinical_code")
def not_clinical_code(value: str, params: Mapping[str, Any]) -> bool:
    """False for clinical shorthand shaped like a code ("E4V4M6", "G3P2103", "500X14", "A1-A14").

    Applied to the patterns without an id word only: after "badge" or "MRN" the same shape is an id.
    """
    return not _CLINICAL_CODE.fullmatch(value.replace(" ", ""))


@register_validator("booking_code")
def booking_code(value: str, params: Mapping[str, Any]) -> bool:
    """True for a travel reference: two digits, or six capitals with one digit inside ("QXT7KM", not "HELLO1").

    Used by ``booking_reference`` only: elsewhere one digit among letters is too little to tell a code
    from a word, so every other pattern keeps ``_ID_CHECKS``.
    """
    if _BOOKING_CODE.fullmatch(value):
        return not re.fullmatch(r"[A-Z]+\d|\d[A-Z]+", value)
    return sum(ch.isdigit() for ch in value) >= 2 and not_measurement(value, params)


DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "ID_NUMBER",
    "name": "IdentifierNumberRecognizer",
    "gate": r"\d",
    "patterns": [
        {"name": "ssn_shaped", "regex": r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", "score": 0.85},
        # A UK National Insurance number by its shape, spaced as written ("QQ 48 21 77 B"), any prefix letters.
        {
            "name": "nino_shaped",
            "regex": r"(?<![\w-])[A-Z]{2} \d{2} \d{2} \d{2} [A-D](?![\w-])",
            "score": 0.8,
            "validators": [{"name": "nino_prefix"}],
        },
        {
            # An SSN after its label in any grouping ("SS# 123 45 6789", "social security 123.45.6789").
            "name": "ssn_after_label",
            "regex": r"(?i)\b(?:ssn|ss\s?#|soc\.?\s?sec\.?|social\s+security)(?:\s*(?:no\.?|number|#))?\s*[:#]?\s*"
            r"(?P<pii>\d{3}[\s.-]?\d{2}[\s.-]?\d{4})(?![\w-]|[.,]\d)",
            "score": 0.85,
        },
        {
            # Its last four digits after the short label or a number word ("SSN 4471", "social security
            # no. 4471"); "social security 1200" alone, or four digits before a period, is an amount
            # ("social security 1200 a month").
            "name": "ssn_last_four",
            "regex": r"(?i)\b(?:(?:ssn|ss\s?#)(?:\s*(?:no\.?|number|#))?|(?:soc\.?\s?sec\.?|social\s+security)"
            r"\s*(?:no\.?|number|#|:))\s*[:#]?\s*(?P<pii>\d{4})(?![\w-]|[.,]\d)"
            r"(?!\s*(?:(?:a|per|each|every|/)\s*(?:month|mo|week|wk|year|yr)\b|monthly|weekly|dollars|usd))",
            "score": 0.85,
        },
        {
            "name": "ssn_after_social",
            "regex": r"(?i)\bsocial\s*[:#]?\s*(?P<pii>\d{3}[\s.-]\d{2}[\s.-]\d{4})(?![\w-]|[.,]\d)",
            "score": 0.85,
        },
        {
            # "no. 12" and "number 14" alone are a house, a place in a queue or a count: a bare number word
            # needs three digits, more digit groups ("no 12 345 678") or a qualifier before it ("Hosp no 45",
            # "Client number 42"). This alternative reports nothing; "unit no 12" still matches at "unit".
            "name": "after_id_word",
            "regex": r"(?i)" + _NO_QUALIFIER + r"\b(?:no|num|number)\b\.?\s*[:#]?\s*\d{1,2}(?![\w/-])(?!\s*[-\s]\d)|"
            r"\b(?:" + ID_WORDS + r")\b\.?\s*(?:#|no\.?|number(?:\(s\))?|num)?\s*[:#]?\s*"
            # "member number is MB 7720 1193", "file number is C-28 441 907", "PIN is 01-202345678-9": after "is" only
            # a value with four digits in a row, or a short group before three; or a hospital's letters joined by
            # slashes before digits joined by one ("case paper number is KEM/PSY/26/08813"; never a guideline's or a
            # diagnosis's year, "case was COVID-19 2020", "NICE/SIGN 2019").
            r"(?:(?:is|was)\s+(?=(?-i:[A-Z]{1,4}[\s-])?(?:\d{4}|\d{1,3}[\s/-]\d{3})|(?:(?-i:[A-Z]{2,8})/){1,3}\d{1,4}/\d{3}"
            # or letters joined by slashes before five digits or more, one space or slash between groups, a letter of
            # its series before the digits' slash ("Folder number is KBTH/PSY/OPD/2211/19", "policy number is
            # AXA/HEALTH/2231 88", "Hosp number is UCH/A/093/56621"; "NICE/SIGN 2019" is a year, "GE/VIVID/E 95000"
            # a product's code)
            # (never a year's digits, nor an amount's or a count's: "PO/IM 50000 units", "PIP/ESA 15000 a year")
            r"|(?-i:[A-Z]{2,6})(?:/(?-i:[A-Z]{2,6}|[A-Z](?=/\d))){1,2}[/ ](?=(?:\d[ /]?){4}\d)(?!(?:19|20)\d\d\b)"
            r"(?![\d /]*\d[ \t]+(?:units?|u|mu|iu|mg|mcg|ml|pounds?|dollars?|euros?|naira|cedis|shillings|rupees|rand|"
            r"ksh|ngn|ghs|inr|zar|per|a[ \t]+(?:year|month|week)|strong|pages?|steps|cases|patients|people|members|"
            r"words|copies|tablets|capsules|packs|pieces|visits|clients|admissions|children|hours|tests)\b)))?"
            # A run holding a digit is checked by a look-ahead, then taken whole: no split to backtrack over.
            # A letter prefix is upper case ("RA 19 884 412"), never a word ("claim for 90837": a CPT code);
            # slashes join digit groups ("crime ref 20/118843/24").
            # A hospital's or an agency's letters may open it, joined by slashes or hyphens, before four
            # digits in a row ("Folder no. KBTH/PSY/2211/19", "Card no. LUTH/1447832", "Hosp no. OAU-THC
            # 22/1149", "Hosp No: UCH/A/093/56621" with a letter of its series; never "no BO/72hrs", "Ref: BP/140").
            r"(?P<pii>(?:(?-i:[A-Z]{2,6})[/-](?=(?-i:[A-Z0-9/ -]){0,12}\d{4})(?:(?-i:[A-Z])/(?=\d))?){0,3}"
            r"(?:(?!" + _CAPS_WORD + r")(?-i:[A-Z]{1,4})[\s-])?"
            r"(?=[A-Z0-9]*\d)[A-Z0-9]+"
            # a court's or a coroner's file holds a letter group between slashes or closing them
            # ("report no. 117/A/2010", "reference: 0294/2022/HM")
            # and a court's case type between its year and number ("case no. 2026 CVG 018834")
            r"(?:[\s-](?=[A-Z0-9]*\d)[A-Z0-9]+|-[A-Z0-9]+|/(?=[A-Z0-9]*\d)[A-Z0-9]+|/(?-i:[A-Z]{1,2})(?=/\d|(?![\w/]))"
            r"|[ \t](?!(?i:BP|HR|RR|PR|SATS?|SPO2|DOB|MRN|AGE|WT|HT|BMI|GCS|TEMP|INR|DOS|EXT|TEL|FAX|PH)\b)"
            r"(?-i:[A-Z]{2,4})(?=[ \t]\d{4})){0,6}"
            # a court's year closes a letter's number ("Misc. Application No. E041 of 2024"; "Order 120 of 2023" and
            # "Act No. 108 of 1996" are a count and a statute)
            r"(?:(?<=(?-i:[A-Z])\d\d\d)\s+(?i:of)\s+(?:19|20)\d\d(?![\w/-]))?)"
            r"(?![\w-])(?!\s*(?i:[ap]\.?m)\b)"  # a time: "slot 10 30 am"
            r"(?!\s*(?i:yo|y/o|y\.o\.|yrs?|years?)(?![\w/]))"  # an age: a note's "ID: 47 yo man" (identifying data)
            r"(?!\s+(?i:of|out\s+of)\s+(?:the\b|\d))",  # a count: "order 44 of the set", "case 2 of 3"
            "score": 0.75,
        },
        {
            # A letter prefix, then slash-joined groups, after a reference's or a claim's label ("Our ref:
            # HO/26/11873/JB", "our ref: ho/26/11873", "Claim ref: DWP/PIP/2231874"): two slashes or more and
            # a group of three digits, so a score, a reading or a dose after a label is left ("no BO/72hrs",
            # "Ref: GCS/15", "Order: OD/10mg", "Ref: ICD/10 F32", "ref: A/B testing").
            "name": "ref_letter_prefix_slash",
            "regex": r"(?i)\b(?:(?:our|your|my|crime|case|claim|file)\s+)?(?:ref(?:erence)?|claim)\b\.?"
            r"(?:\s*(?:no\.?|number|#))?\s*[:#]?\s*"
            r"(?P<pii>[a-z]{1,4}(?=(?:/[a-z0-9]+)*/[a-z]{0,3}\d{3})(?:/[a-z0-9]{1,10}){2,6})(?![\w/-])"
            r"(?!\s*(?:mg|mcg|g|ml|hrs?|h|mins?|days?|weeks?|wks?)\b)",
            "score": 0.75,
        },
        {
            # The same slash-joined code in capitals with no label, as hospitals, police and courts of many
            # countries file them ("Folder KB/MAT/26/03315", "Card PH/OPD/10934", "POL report SENTUL/003418/26"): a
            # group of three digits or more and five digits in all, so a guideline's year is left ("NICE/SIGN/2019")
            "name": "capital_slash_code",
            "regex": r"(?<![\w/.-])[A-Z]{2,8}(?=(?:/[A-Z0-9]+)*/\d{3})(?:/[A-Z0-9]{1,10}){2,5}(?![\w/-])",
            "score": 0.6,
            "validators": [{"name": "min_digits", "count": 5}, {"name": "not_clinical_code"}],
        },
        {
            # Any label with a number sign: "PT#: 44812", "Unit#: 8831-02", "Clinic #: 218".
            "name": "label_number_sign",
            "regex": r"(?i)\b[a-z]{1,12}\s?#\s*:?\s*(?P<pii>(?=[A-Z0-9]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){0,4})(?![\w-])",
            "score": 0.6,
            "validators": [{"name": "min_digits", "count": 3}, {"name": "not_clinical_code"}],
        },
        {
            # A record's number in spaced digit groups after its label and number sign, closing the clause ("MR# 662
            # 01 84", "Hosp # 448 20 17."); after any other label the groups are amounts ("Run# 100 50 25;", "Bay# 101
            # 12", "Clinic #: 218 12 beds")
            "name": "record_number_spaced",
            "regex": r"(?i)\b(?:mr|mrn|ur|urn|hosp|chart|unit|acct|pt|reg)\s?#\s*:?\s*"
            r"(?P<pii>\d{3,}(?:[ \t]\d{2,4}){1,3})"
            r"(?![\w/-]|[.,]\d)(?=[ \t]*(?:[,;)|\n.]|$))",
            "score": 0.6,
            "gate": r"#\s*:?\s*\d{3,}[ \t]\d",
        },
        {
            # The case's own neutral citation after its label, which names the case and so its parties ("Case Name:
            # ZRT [2021] NSWCATGD 41", "Neutral citation: [2019] EWCOP 12"): the year in square brackets, the court's
            # letters, the number. A precedent cited in the text is published and stays ("M v SSHD [2020] UKSC 17").
            "name": "neutral_citation",
            "regex": r"(?i:case[ \t]+name|citation(?:[ \t]+number)?)[ \t]*:[^\n\[]{0,40}"
            r"(?P<pii>\[(?:19|20)\d\d\][ \t]+[A-Z]{2,10}(?:[ \t]+(?:Civ|Crim|Fam|Admin|QB|Ch))?[ \t]+\d{1,5})"
            r"(?![\w/.-])",
            "score": 0.7,
            "gate": r"\[(?:19|20)\d\d\][ \t]+[A-Z]{2}",
        },
        {
            # Three, two and two digits closing a line, as a clinic writes its chart number after the patient's name
            # ("FENWICK-ABASOLO, RAFAEL 880-43-21", "EMA 882-31-07"): no date or phone has that shape. Only after a
            # word in capitals, a name's or a clinic's, and after a word of three capitals only from 500: a reading's
            # or a lab's series has its label ("BP 120-80-60", "CRP 120-56-23", "eGFR 102-88-76", "Team record
            # 101-23-11").
            "name": "chart_number_3_2_2",
            "regex": r"(?m)(?:(?<=[A-Z]{4} )|(?<=[ \t,][A-Z]{3} )(?=[5-9])|(?<=^[A-Z]{3} )(?=[5-9]))"
            r"(?P<pii>[1-9]\d{2}-\d{2}-\d{2})(?=[ \t]*$)",
            "score": 0.55,
            "gate": r"\d{3}-\d{2}-\d{2}",
        },
        {
            # National numbers whose shape alone names them: a Malaysian identity card's birth date, place code and
            # serial ("IC 780304-14-6671", no label needed; the first six digits must be a date), a PhilHealth number
            # ("19-000712345-3") and a South African police case ("CAS 389/05/2025"). (Not a Kenyan plate's shape:
            # loans, parts and models share it, "KCB 300K", "KDX 300R".)
            "name": "national_shapes",
            "regex": r"(?<![\w/-])(?P<pii>\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}|\d{2}-\d{9}-\d"
            r"|(?<=\bCAS )\d{1,4}/\d{1,2}/(?:19|20)\d\d)(?![\w/-])",
            "score": 0.7,
            "gate": r"\d{6}-\d\d-\d{4}|\d\d-\d{9}-\d|CAS \d",
        },
        {
            # A number alone on its line, as in the header block of a dictated report.
            "name": "number_line",
            "regex": r"(?m)^[ \t]*(?P<pii>\d{5,6})[ \t]*$",
            "score": 0.55,
        },
        {
            # A five- or six-digit number after a bare number sign, not a label's ("#408871", "# 55120").
            "name": "number_sign_alone",
            "regex": r"(?<![\w#&])#\s?(?P<pii>\d{5,6})(?![\w-]|[.,]\d)",
            "score": 0.6,
            "gate": r"#\s?\d{5}",
        },
        {
            # Seven digits or more, with the groups hyphenated after them ("Rx 2281930-04771").
            "name": "long_digit_run",
            "regex": r"(?<![\w.,/$#-])#?\d{7,}(?:-\d+)*(?![\w/-]|[.,]\d)",
            "score": 0.6,
        },
        {
            # Eight digits or more in groups joined by hyphens or single spaces, maybe after the issuer's capitals and
            # with a check letter ("NHIS 0044-8812-33", "16101-2209183-1", "WP 0 4471 2289", "63-2201847 K 42",
            # "094431 80622"): an id or a phone either way. See ``grouped_identifier`` for the lists and doses left.
            "name": "grouped_digits",
            # (a group after the first has two digits at least, but a hyphen's check digit: "Medicare card 2953 18406 1
            # of 3 copies" counts; "16101-2209183-1" is one id)
            "regex": r"(?<![\w.,/$#:+-])(?:[A-Z]{2,5}[ \t])?\d{1,6}(?:(?:-|[ \t])\d{2,7}){1,4}(?:-\d)?"
            r"(?:[ \t][A-Z](?:[ \t]?\d{1,3})?(?![\w/-]))?(?![\w/^-]|[.,:]\d)"
            r"(?![ \t]*(?i:mg|mcg|ml|cc|g|kg|lbs?|units?|iu|mmol|cm|mm|steps|kcal|cals?|calories|hrs?|mins?|x|%|°|"
            r"deg|degrees|bpm|mmhg)(?!\w))",
            "score": 0.55,
            "gate": r"\d{2,}[ \t-]\d{2,}",
            "validators": [{"name": "grouped_identifier"}, {"name": "not_times_or_years"}],
        },
        {
            # A police officer's collar or warrant number: "shoulder" and "collar" with a number word
            # ("shoulder no. 2290", "collar number 4417"), a warrant card, or a bare "collar" with a police word
            # before or after it ("PC Achterberg (collar 4417)", "collar 4417 arrested him"). A shoulder's range
            # of movement ("R shoulder 110 flex") and a cervical collar's clock time ("collar 1200 hrs removed")
            # are no ids; "c-collar 10 days" counts.
            "name": "collar_number",
            "regex": r"(?i)(?:\b(?<!-)(?:collar|shoulder)\s*(?:no\.?|number|#)|"
            r"\bwarrant(?:\s+card)?(?:\s*(?:no\.?|number|#))?|"
            r"(?:\b(?-i:" + _POLICE_RANKS + r")\b|\b(?:police|officers?|constable|sergeant|detective|custody)\b)"
            r"[^.\n]{0,40}?\b(?<!-)collar|"
            r"\b(?<!-)collar(?=\s*[:#]?\s*[A-Z]{0,2}\s?\d{3,6}\b[^.\n]{0,40}?\b(?:arrest\w*|custody|police|officers?|"
            r"statement|constable)\b))\s*[:#]?\s*"
            r"(?P<pii>(?-i:[A-Z]{1,2}\s?)?\d{3,6})(?![\w/-]|[.,]\d)(?!\s*(?:°|degrees?|deg|hrs?|hours?|h)\b)",
            "score": 0.7,
            "gate": r"(?i)collar|shoulder|warrant",
        },
        {
            # A UK officer's force code and number after the name ("PC Gurdeep Sandhu WM 6612", "DC Hale
            # MP4410"): a police rank, a capitalised name, then capitals and digits.
            "name": "officer_force_number",
            "regex": r"\b(?:" + _POLICE_RANKS + r"|Constable|CONSTABLE)\.?\s+(?:[A-Z][A-Za-z'’-]+\s+){1,3}"
            r"(?P<pii>[A-Z]{1,3}\s?\d{3,6})(?![\w/-]|[.,]\d)",
            "score": 0.7,
            "gate": r"\b(?:" + _POLICE_RANKS + r"|Constable|CONSTABLE)\b",
        },
        {
            # Bank and health-card numbers of other countries after their label, "is" allowed ("sort code
            # is 60-16-13", "BSB 062-000", "RAMQ: TREG 8562 1534", "OHIP 1234-567-890", "NI number AB
            # 12 34 56 C"): the label says what the digit groups are.
            "name": "bank_or_health_card",
            "regex": r"(?i)\b(?:sort\s*code|bsb|routing|ramq|phn|carte\s+soleil|health\s+card|hcn|nino|"
            r"ni\s*(?=no|num|#)|national\s+insurance|ihi|crn|(?P<vc>ohip|gms(?:\s+card,?)?)|medical\s+card|cpso|ahpra|"
            r"medicare\s+card)"
            r"(?:\s*(?:no\.?|number|#))?\s*(?:[:#]|is|=)?\s*"
            # an Australian Medicare card's issue number closes it ("2953 18406 1")
            r"(?P<pii>(?:[A-Z]{1,4}[\s-]?)?\d{2,}(?:[\s-]\d{2,}){0,4}(?:" + _CHECK_LETTERS
            + r"|\s\d(?![\w-]|[.,]\d)(?![ \t]+(?:of|x|copies)\b))?)"
            r"(?![\w-]|[.,]\d)",
            "score": 0.7,
            "gate": r"(?i)sort|bsb|routing|ramq|ohip|phn|carte|health|hcn|ni|insurance|ihi|crn|gms|medic|cpso|ahpra",
            "validators": [{"name": "min_digits", "count": 5}],
        },
        {
            # A field of a form, a log or a JSON record named for an id ('"ticket": "99821"', "EMP_NO=700815",
            # "member_id: X4471"): the key, then "=" or ":" with quotes around either side.
            "name": "id_field_value",
            "regex": r"(?i)\b(?:[a-z]+[_-])?(?:" + ID_WORDS + r")[\"']?[ \t]*[:=][ \t]*[\"']?"
            r"(?P<pii>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,24})(?![\w-])",
            "score": 0.6,
            "gate": r"[:=][ \t]*[\"']?[A-Za-z0-9-]*\d",
        },
        {
            # The last four digits of a card or an account ("card ending in 4417", "account ending 7731",
            # "last four of the card: 2210", "last 4 digits are 5521").
            "name": "card_last_four",
            # The last four may come a few words or a chat turn after a pause or a condition, told after a colon, a
            # dash or "is" ("got my last four if you need it — 4471", "last four of the account? / Customer: 8812."),
            # never a year there; "last four doses given at 0800" and "The last four? I paid 1500" have neither.
            "regex": r"(?i)\b(?:(?:card|account|acct|visa|mastercard|amex|debit|credit)\s+(?:(?:number|no\.?|#)\s*)?"
            r"(?:ending|ends)(?:\s+(?:in|with))?\s*(?:is|are|[:#-])?\s*"
            r"|last\s+(?:four|4)(?:\s+digits)?(?:\s+of\s+(?:the\s+|my\s+|your\s+)?(?:card|account|acct|ssn))?"
            r"(?:\s*(?:is|are|[:#-])?\s*|(?=\s*(?:[?—–]|if\b))[^\d]{0,40}?(?:[:—–-]|\bis|\bare)\s*(?!(?:19|20)\d\d)))"
            r"(?P<pii>\d{4})(?![\w/-]|[.,]\d)",
            "score": 0.7,
            "gate": r"(?i)ending|ends|last\s+(?:four|4)",
        },
        {
            # A card's whole number after a card or account word, in groups ("card 4716 0283 5519 8842", "card #
            # 5432-8870-1946-2203", "Amex 3782 822463 10005"), whether its check digit holds or not: an invented
            # or mistyped number identifies as well. Without the word, four groups of four may be clock times.
            "name": "card_number_after_word",
            "regex": r"(?i)\b(?:card|visa|mastercard|amex|account|acct)\b[^\n\d]{0,20}?"
            r"(?P<pii>\d{4}(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,7}|\d{4}(?P<asep>[ -])\d{6}(?P=asep)\d{5})"
            r"(?![\w-]|[.,]\d)",
            "score": 0.75,
            "gate": r"(?i)card|visa|master|amex|acc",
            "validators": [{"name": "not_times_or_years"}],
        },
        {
            # An IBAN by its shape, whatever its check digits ("DE27 1005 0000 0190 3385 61", "HU93 1160 0006 0000
            # 0000 4872 1934"): an IBAN country's letters and two digits, then three to seven groups of four, fifteen
            # digits at least ("HR88 1200 1300 1400", a heart rate's trend, is none).
            "name": "iban_shape",
            "regex": r"(?<![\w-])(?P<pii>(?:" + _IBAN_COUNTRIES + r")\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)"
            r"(?![\w-])",
            "score": 0.7,
            "gate": r"[A-Z]{2}\d{2} ?[A-Z0-9]{4}",
            "validators": [{"name": "min_digits", "count": 15}, {"name": "not_times_or_years"}],
        },
        {
            # A vehicle's plate after its label, its letter groups included ("Vehicle reg KN19 XRT", "plate
            # 7ABC 123", "registration: AB-123-CD"): two or three groups, one with a digit.
            "name": "vehicle_plate",
            "regex": r"(?i:\b(?:reg(?:istration)?|rego|(?:number|licen[cs]e)\s+plate|plates?|vrm|kenteken|"
            r"immatriculation|matr[ií]cula|targa|kennzeichen)\b\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*(?:is\s+)?)"
            # No group is a word of an upper-case sentence ("REGISTRATION 2 OF 3 FORMS"); five characters at least.
            # A word and a year are a date of renewal, not a plate ("REGO DUE 2025", "reg exp 2026").
            r"(?P<pii>(?=[A-Z0-9 -]{0,12}\d)(?=[A-Z0-9 -]{5})(?!" + _CAPS_WORD + r")"
            r"(?!" + _WORD_AND_YEAR + r")[A-Z0-9]{1,4}"
            r"(?:[ -](?!" + _CAPS_WORD + r")[A-Z0-9]{1,4}){1,2}"
            # ... or one run of letters and digits ("rego KPT472", "plate 7ABC123").
            r"|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8})(?![\w-])",
            "score": 0.7,
            "gate": r"(?i)reg|plate|vrm|kenteken|immatric|matr|targa|kennzeichen",
        },
        {
            # A plate after the vehicle it is on ("plate on the other car was NKR 4410", "the plates on her van were
            # KXM 482"): two letters, two digits and five characters at least, no group a unit's or a sentence's word
            # and no year ("plate on the car was 10 MPH", "... NKR 4410 SEEN BY ...", "UK 2019 style").
            "name": "plate_on_vehicle",
            "regex": r"(?i:\bplates?\s+(?:on|of)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+|that\s+)?(?:other\s+)?"
            r"(?:car|van|truck|vehicle|bike|motorbike|ute|suv|jeep)\s+(?:was|were|is|reads?|read)\s+)"
            r"(?P<pii>(?!" + _CAPS_WORD + r"|" + _PLATE_UNIT + r"|" + _WORD_AND_YEAR + r")[A-Z0-9]{1,4}"
            r"(?:[ -](?!" + _CAPS_WORD + r"|" + _PLATE_UNIT + r"|[A-Z]{4})[A-Z0-9]{1,4}){0,2})(?![\w-])",
            "score": 0.7,
            "gate": r"(?i)plate",
            "validators": [{"name": "letters_and_digits"}],
        },
        {
            # An airline or travel booking reference: six capitals and digits after its label ("Booking ref
            # QXT7KM", "PNR: K9LQ2T", "record locator ABC4DE"), where one digit is enough.
            "name": "booking_reference",
            "regex": r"(?i:\b(?:booking|reservation|confirmation)\s+(?:ref(?:erence)?|code|no\.?|number|#)|"
            r"\bpnr|\brecord\s+locator)\s*[:#]?\s*(?:is\s+)?(?P<pii>(?-i:[A-Z0-9]{6}))\b",
            "score": 0.7,
            "gate": r"(?i)booking|reservation|confirmation|pnr|locator",
            "validators": [{"name": "booking_code"}],
        },
        {
            # A national identity, tax or social-insurance number of another country after its label ("NIF
            # 245 901 338", "Numéro de sécurité sociale: 2 71 06 69 123 456 78", "CPF 123.456.789-09", "DNI
            # 12345678Z", "PAN: ABCDE1234F"): the label says what the digit groups are. Short labels that are
            # also words ("PAN", "SIN", "RUT", "NHI") count in capitals with ":", "#" or "no." after them, since
            # an upper-case note writes "PAN 5 10 15 20 mg" or "NHI 120 80 60"; no value is a span of years.
            "name": "national_id_after_label",
            "regex": r"(?:(?i:\b(?:s[ée]curit[ée]\s+sociale|seguridad\s+social|previd[eê]ncia|nif|nir|nie(?=\s*[:#])|"
            r"cpf|cnpj|dni|curp|rfc|cuil|cuit|bsn|pesel|aadhaar|aadhar|tfn|steuer-?id|steueridentifikationsnummer|"
            r"codice\s+fiscale|personnummer|cnp|egn|oib|amka|jmbg|hetu|nric|fin\s+no|hkid|mykad|nik|ktp|"
            r"national\s+(?:id|identity)|id\s+card|identity\s+card|tax\s+(?:id|number|file|code)|"
            r"social\s+insurance|ppsn?|ird|cart[ãa]o\s+(?:do\s+)?sus|"
            # Latin America's identity cards and Belgium's and Austria's registers ("C.C. 1.020.734.558", "cédula
            # V-18.447.302", "rijksregisternummer 87.03.14-482.61", "SV-Nr. 4821 150434")
            r"c\.c\.|c[ée]dula(?:\s+de\s+identidad)?|rijksregisternummer|sv-nr\.?|"
            # Brazil's health card by its fifteen digits ("CNS: 898 0012 3456 7890"; never the nervous system's)
            r"cns(?=[ \t]*:?[ \t]*\d{3}[ \t]?\d{4}[ \t]?\d{4}[ \t]?\d{4}\b)))\)?"
            r"(?i:\s*(?:no\.?|number|num[ée]ro|n[°º]|#))?"
            r"\s*(?:[:#=]|is)?|"
            r"\b(?:PAN|SIN|RUT|RUN|NHI|CNI|RG|CI)(?:(?:\s*(?i:no\.|number|num[ée]ro|n[°º]))?\s*[:#]|"
            # ... or a value shaped as one of these ids ("RUT 12.345.678-5", "SIN 046 454 286").
            r"(?=\s+(?:\d{1,2}(?:\.\d{3}){2}-?[\dkK]|\d{3}([- ])\d{3}\1\d{3}|\d{8,})(?![\w-]))))\s*"
            r"(?!(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b)"
            # (a Hong Kong card's check digit in brackets: "HKID Y482661(3)")
            r"(?P<pii>(?:[A-Z]{1,5}[\s-]?)?\d[\d.\s/-]{3,22}\d(?:[\s-]?[A-Z]|\([\dA]\))?|[A-Z]{3,5}\d{4}[A-Z])(?![\w-])",
            "score": 0.75,
            "gate": r"(?i)s[ée]cu|social|previd|\b(?:nif|nir|nie|cpf|cnpj|dni|curp|rfc|cuil|cuit|bsn|pesel|aadhaa?r|"
            r"tfn|steuer|codice|personnummer|cnp|egn|oib|amka|jmbg|hetu|nric|fin|hkid|mykad|nik|ktp|national|id\s+card|"
            r"identity|tax|ppsn?|ird|cart[ãa]o|cns|pan|sin|rut|run|nhi|cni|rg|ci|c\.c|c[ée]dula|rijksregisternummer|sv-nr)\b",
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # A network card's hardware (MAC) address, six byte pairs joined by one separator or three groups
            # of four ("mac=56:3B:FC:1E:6F:93", "bssid 8E-D4-B7-C2-76-4D", "0024.e49b.31a7"): it names one device.
            "name": "mac_address",
            # A hex letter somewhere: all digits are readings or times ("sat 94-95-96-97-98-99", "12:30:45:10:20:30").
            "regex": r"(?<![\w:.-])(?=[0-9:.-]*[A-Fa-f])"
            r"(?P<pii>[0-9A-Fa-f]{2}(?P<msep>[:-])(?:[0-9A-Fa-f]{2}(?P=msep)){4}[0-9A-Fa-f]{2}"
            # (a sentence's full stop may close it: "MAC 3C:22:FB:91:7A:04.")
            r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.[\w:-])",
            "score": 0.75,
            "gate": r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.",
        },
        {
            # A person's secret after its label: a password or a passcode ("password: Qw8#vLp2!zR", "temporary
            # password Tr!ckle-Mango-92 issued", "changed my password to sunflower2026!", "Passcode: hF4k9s"), a
            # PIN, a card's security code or a key safe's code ("PIN: 418 227 903#", "CVV 318", "her PIN for the
            # clinic kiosk is 8820", "key safe 4417", "the parcel locker code for 14 Harcourt Road is 55190"). A
            # password needs a digit or a symbol ("password reset" and "the password is wrong" are words); a code is
            # three to twelve digits.
            "name": "secret_after_label",
            # "pwd" only in lower case before its colon ("PwD" is a person with dementia); a year before what was done
            # to a pin or a key safe is no code ("Pin 2019 removal", "keysafe 2019 installed"; "Door code 2011#" is).
            "regex": r"(?i)\b(?:(?:pass(?:word|code|wd|\s?code)|(?-i:pwd)(?=[ \t]*[:=])|"
            r"wi-?fi\s+pw(?=\s*[:=]|\s+(?:is|was|for)\b))(?P<pw>)|"
            r"pin(?:\s?code)?|cvv2?|cvc2?|"
            r"security\s+code|key\s?safe(?:\s+code)?|(?:door|gate|locker|lock\s?box|keypad|garage)\s+code|"
            # a keypad's or a combination lock's numbers ("garage keypad 0619", "locker combo 14-32-08", "Door entry
            # code 2580"; never an emergency number, "via keypad 911 call")
            r"(?:door|gate|building|front|back)\s+entry\s+code|keypad(?!\s+(?:911|999|112|000)\b)|"
            r"(?:locker|lock|door|gate|garage)\s+combo(?:ination)?|access\s+code|"
            r"unlock\s+code)\b"
            # what the secret opens ("for the clinic kiosk is 8820", "for 14 Harcourt Road is 55190", "FOR PHONE
            # UPDATES "MAGNOLIA7"")
            r"(?:\s+(?:for|on|to)\s+(?:the\s+|my\s+|her\s+|his\s+|your\s+)?\w[\w ]{0,30}?"
            r"(?=\s+(?:is|was)\b|\s*[\"“]))?"
            r"\s*(?:[:=]|\b(?:is|was|set\s+to|changed\s+to|to)\b)?\s*[\"'“]?"
            r"(?P<pii>(?(pw)(?=\S*[\d!@#$%^&*?~+=_])[^\s\"'”]{4,64}(?<![.,;:)])|"
            r"(?:(?!(?:19|20)\d\d(?!\d|[ -]\d)[ \t]+(?i:removal|removed|installed|fitted|insert(?:ion|ed))\b)"
            r"\d{3,6}(?:[ -]\d{3,4}){0,2}#?|\d{1,2}(?:-\d{1,2}){2,3})))(?![\w-])",
            "score": 0.7,
            "gate": r"(?i)pass|pwd|pin|cvv|cvc|security\s+code|key\s?safe|[a-z]\s+code|unlock|wi-?fi\s+pw|keypad|combo",
        },
        {
            "name": "letter_digit_code",
            # a course's code before the work it sets ("the PSY2203 essay", "ECO2007S assignment 2") is no id
            "regex": r"(?<![\w.@/-])(?=[A-Za-z0-9-]{6,}(?![\w-]))(?=[A-Za-z0-9-]*[A-Za-z])(?!" + _COURSE_WORK + ")"
            r"(?=(?:[A-Za-z-]*\d){3})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])",
            "score": 0.55,
            "validators": [{"name": "not_clinical_code"}],
        },
    ],
    # A drug's lot number ("Lot 4K2291", "lot #: 22A91") is no identifier of a person.
    "exclude_before": r"(?i)\blot\s*(?:#|no\.?|number)?\s*[:#]?\s*$",
}
# Every id but a booking reference: no measurement and two digits at least. Given to each pattern rather
# than to the recognizer so that ``booking_reference`` alone can take a code with one digit ("QXT7KM").
_ID_CHECKS = [{"name": "not_measurement"}, {"name": "min_digits", "count": 2}]
# A plate or a card's or a national id's number after its label, or in a national number's own shape, is never a
# reading, though shaped like one ("rego KPT472" as "bpm 120", "CRN 208 947 531K" as "531K", "PPSN 7341288K" as
# thousands).
_PLATE_CHECKS = [{"name": "min_digits", "count": 2}]
_LABELLED = (
    "vehicle_plate",
    "plate_on_vehicle",
    "bank_or_health_card",
    "card_number_after_word",
    "national_id_after_label",
    "national_shapes",
)
for _pattern in DEFAULT_SPEC["patterns"]:
    if _pattern["name"] in ("mac_address", "secret_after_label"):
        continue  # shapes of their own: a MAC address may hold one digit, a password symbols
    if _pattern["name"] in _LABELLED:
        _pattern["validators"] = [*_PLATE_CHECKS, *_pattern.get("validators", [])]
    elif _pattern["name"] != "booking_reference":
        _pattern["validators"] = [*_ID_CHECKS, *_pattern.get("validators", [])]


@register_validator("letters_and_digits")
def letters_and_digits(value: str, params: Mapping[str, Any]) -> bool:
    """A plate's two letters, two digits and five characters at least ("NKR 4410"; never "10", "EU 27", "CV 19")."""
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return letters >= 2 and digits >= 2 and letters + digits >= 5


@register_validator("not_times_or_years")
def not_times_or_years(value: str, params: Mapping[str, Any]) -> bool:
    """Digit groups that are not all clock times or all years ("1000 1200 1400 1600", "2019 2020 2021 2022")."""
    from confide.anonymize.postprocess import is_clock_time_run

    groups = re.split(r"[ \t-]+", value.strip())
    return not (is_clock_time_run(value) or all(re.fullmatch(r"(?:19|20)\d\d", g) for g in groups))


# Labels of a drug's or a product's code, which identifies no one.
_PRODUCT_CODES = frozenset("NDC NAPPI UPC GTIN SKU EAN LOT DIN".split())


@register_validator("grouped_identifier")
def grouped_identifier(value: str, params: Mapping[str, Any]) -> bool:
    """Eight digits or more, hyphenated or with two groups of three digits at least: no round numbers, years or series.

    "9118 4420" and "06-44 81 29 07" are numbers of a person; "12 14 16 18 20" (a list of scores), "100 200 300"
    (doses or counts) and "110 120 125" (a range of movement, rising) are not.
    """
    del params
    if value.split()[0] in _PRODUCT_CODES:
        return False  # a drug's or a product's code ("NDC 0054-4527-25", "NAPPI 715893-001")
    groups = re.findall(r"\d+", value)
    digits = sum(len(g) for g in groups)
    if digits < 8 or all(g.endswith("00") for g in groups) or all(re.fullmatch(r"(?:19|20)\d\d", g) for g in groups):
        return False  # round numbers or years ("SIN 2019-2020")
    if "-" not in value and (
        any(re.fullmatch(r"(?:19|20)\d\d", g) for g in groups)
        or all(int(a) < int(b) for a, b in zip(groups, groups[1:], strict=False))
    ):
        return False  # a year and a count ("In 2014 1200 staff"), or a rising series ("cc 1000 1200 1400 1650")
    if all(len(g) == 4 and int(g[:2]) < 24 and g[2:] in ("00", "15", "30", "45") for g in groups):
        return False  # a shift's clock times ("NOTE 1900-0730"; never "Invoice 2025-0412")
    return "-" in value or sum(len(g) >= 3 for g in groups) >= 2
