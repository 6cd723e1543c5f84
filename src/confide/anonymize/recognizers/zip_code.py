"""Postal codes: US ZIP codes, UK postcodes, Canadian postal codes, Irish Eircodes, Australian postcodes.

US: after a state abbreviation (any case), ZIP+4, after a town and a comma or "in", or a bare five
digits with a ZIP context word. The others have a shape no clinical token has, when their parts are
checked: a UK postcode opens with one of the 120-odd postcode areas and ends in a digit and two
letters that are never C, I, K, M, O or V ("HX3 9TB", "hx3 9tb"; never "B12 1MG" or an ordinal "M1 1ST"),
and in "5HT" only after an address's line or a label ("Coniston Avenue, NE9 5HT"; never serotonin: "M1 5HT",
"L4 5HT"); a Canadian code alternates letters and digits with a space ("M4W 1A9"; glued "T2N0M0" is a TNM
stage); an Eircode is a routing key and four letters and digits with both
("H91 RX2F"); an Australian postcode follows its state's code and lies in that state's range
("Fremantle WA 6160").
"""

from __future__ import annotations

import re

STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)

# Lower-case state codes ("dorchester ma 02124") except those that are English words ("in", "or").
_LOWER_STATES = "|".join(
    s.lower()
    for s in STATES.split("|")
    if s.lower() not in {"al", "co", "de", "hi", "id", "in", "la", "me", "oh", "ok", "or", "pa"}
)

# UK postcode areas (Royal Mail), the letters that open every postcode.
UK_AREAS = (
    "AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|"
    "EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|"
    "ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|"
    "TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE"
)
# The inward code: a digit and two letters, never C, I, K, M, O or V, and no ordinal ("1ST", "2ND").
_UK_INWARD = r"(?!1ST|2ND|3RD|[04-9]TH)\d[ABD-HJLNP-UW-Z]{2}"
# "5HT" is serotonin after a receptor's, a vitamin's or a spinal level's code ("M1 5HT", "B12 5HT", "L4 5HT"): a
# postcode ending so needs its label, or an address's line before it, a word and a comma ("Coniston Avenue, NE9
# 5HT"), and then no such code's shape (a list of tests: "TFTs, B12 5HT, folate").
_SEROTONIN = (
    r"(?:(?<=(?i:postcode) )|(?<=(?i:postcode): )"
    r"|(?:(?<=[A-Za-z]{2}, )|(?<=[A-Za-z]{2},))(?!(?:B\d\d?|[MDH]\d|CA\d|CB\d|OX\d|DA\d|[LS]\d)[ \t]?5HT)"
    r"|(?![A-Z]{1,2}\d[A-Z\d]?[ \t]?5HT))"
)
# A B vitamin and a dose in a unit ("B12 2NG/L", "B6 2UL") is no Birmingham postcode.
_VITAMIN_DOSE = r"(?!B(?:1|2|3|5|6|7|9|12)[ \t]?\d(?:NG|UG|UL|PG|DL|NL|GL)(?![A-Z]))"
_UK_POSTCODE = _VITAMIN_DOSE + _SEROTONIN + r"(?:" + UK_AREAS + r")\d[A-Z\d]?[ \t]?" + _UK_INWARD


def _lower_case(pattern: str) -> str:
    r"""The regex ``pattern`` for lower-case text: its letters lowered.

    Lowering a regex source lowers its escapes too, and an upper-case escape means the opposite of its
    lower-case one (``\D`` no digit, ``\d`` a digit), so a source lowered here must hold none.
    """
    assert re.search(r"\\[ABDSWZ]", pattern) is None, f"upper-case escape in a regex to lower: {pattern}"
    return pattern.lower()


_UK_LOWER = (
    _lower_case(_VITAMIN_DOSE + _SEROTONIN)
    + r"(?:"
    + _lower_case(UK_AREAS)
    + r")\d[a-z\d]?[ \t]"
    + _lower_case(_UK_INWARD)
)
# A street line and town before a lower-case postcode ("80 ashgrove road, sheffield s10 2tn"), in any case,
# the town of up to three words ("12 Fenham Hall Drive, Newcastle upon Tyne ne4 9xd"). The type word ends
# a street's name, so a word stands before it ("Drive Home Safely ls1 4dy" is no address).
_STREET_TOWN_BEFORE_LOWER = (
    r"(?<=[A-Za-z][ \t])"
    r"(?i:road|rd|street|st|lane|ln|avenue|ave|drive|close|way|crescent|terrace|grove|place|court|gardens|parade)"
    r",?[ \t]+[A-Za-z][a-z]{2,}(?:[ \t][A-Za-z][a-z]+){0,2},?[ \t]+"
)
# Canadian: letter digit letter, space, digit letter digit (no D, F, I, O, Q, U; no W or Z first).
_CA_LETTER = "ABCEGHJ-NPRSTV-Z"
_CA_POSTCODE = rf"[ABCEGHJ-NPRSTVXY]\d[{_CA_LETTER}][ \t]\d[{_CA_LETTER}]\d"
# Irish Eircode: routing key (letter, two digits; "D6W"), then four of letters and digits holding both.
_EIR_CHARS = "0-9AC-FHKNPRTV-Y"
# (never an ICD-10-CM injury code written without its dot: "T424X2A", "T43591A", seventh character A, D or S)
_EIRCODE = (
    r"(?!T\d\d[\dX]{3}[ADS](?![\w-]))"
    rf"(?:[AC-FHKNPRTV-Y]\d\d|D6W)[ \t]?(?=[{_EIR_CHARS}]{{0,3}}\d)(?=[{_EIR_CHARS}]{{0,3}}[A-Z])[{_EIR_CHARS}]{{4}}"
)
# Australian states with their postcode ranges ("NSW 2034", "WA 6160", "NT 0810").
_AU_RANGES = {
    "NSW": r"[12]\d{3}",
    "ACT": r"(?:02|26|29)\d\d",
    "VIC": r"[38]\d{3}",
    "QLD": r"[49]\d{3}",
    "SA": r"5\d{3}",
    "WA": r"6\d{3}",
    "TAS": r"7\d{3}",
    "NT": r"08\d\d",
}
_AU_STATES = "|".join(_AU_RANGES)
_AU_POSTCODE = "|".join(rf"{state}[ \t]+{digits}" for state, digits in _AU_RANGES.items())
# NT, ACT and SA are also clinical ("Obs NT 0815", "ACT 0245", "SA 5000 units"): the state follows a town
# of four letters or more ("Coogee NSW 2034"), and no unit or clock word follows the number.
_AU_TOWN = r"(?<![\w-])[A-Z][A-Za-z'’-]{3,}(?:[ \t]+[A-Z][A-Za-z'’-]+)?,?[ \t]+"
_UNIT_AFTER = (
    r"(?![ \t]*(?:(?i:units?|u|iu|mg|mcg|ml|mls|g|kg|l|mmol|hrs?|h|am|pm|mins?|x|times|steps|cals?|kcal|mah)"
    r"(?![A-Za-z])|[%/£$]))"
)
_END = r"(?![\w-])"
# Capitalized words that are no town before five digits ("in Room 12345", "from Box 20145").
_NOT_TOWNS = r"(?:Room|Rm|Bed|Bay|Suite|Unit|Ward|Box|Lot|Batch|Order|Ref|Case|Account|Acct|Plan|Group|Line)\b"
# India and its states and territories, whose name after a PIN says it is one ("Bengaluru 560034, India").
_IN_STATES = (
    r"India|Karnataka|Maharashtra|Tamil[ \t]Nadu|Kerala|Telangana|Andhra[ \t]Pradesh|Gujarat|Rajasthan|"
    r"Uttar[ \t]Pradesh|West[ \t]Bengal|Delhi|Punjab|Haryana|Bihar|Odisha|Goa|Madhya[ \t]Pradesh|Assam|"
    r"Jharkhand|Uttarakhand|Himachal[ \t]Pradesh|Chhattisgarh"
)
# The end of an Indian street or locality line before the town ("22 Nehru Place,", "4th Cross,", "HSR
# Layout Sector 2,", "Indiranagar 2nd Stage,").
_IN_STREET_END = (
    r"\b(?:Road|Rd|Street|St|Marg|Nagar|Layout|Place|Colony|Lane|Society|Chowk|Enclave|Vihar|Bagh|Extension|Extn"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Stage|Phase|Block)|Sector[ \t]+\d{1,3})\.?"
)
# Months are no towns ("started in March 20000 steps").
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"
_IN_TOWN = r"(?!" + _NOT_TOWNS + r"|" + _MONTHS + r")[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
# A count or an amount after the number is no ZIP ("in London 12000 a year", "from Anker 10000 mAh",
# "around Central Park 10000 steps", "in Tesco 20000 hours").
_COUNT_AFTER = (
    r"(?![ \t]*(?:(?:a|an|per|each|every)[ \t]+(?i:year|month|week|day|hour|night)|(?i:steps?|hours?|hrs?|h|"
    r"mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|times?|words?|cals?|calories|kcal|mah|"
    r"mg|ml|units?|miles?|mi|km|k|ft|feet|metres?|meters?|m|people|followers|views|likes|subs|dollars|bucks|"
    r"pounds|quid|euros?|points|pts|reps|lbs?|kg|pages|messages|texts|users|members|rpm)(?![A-Za-z])|[%/£$€]))"
)

# What ends a postcode: no digit, word or decimal goes on, and no unit or count follows ("pin 1234 mg").
_CODE_END = (
    r"(?![\w-]|[.,]\d)(?![ \t]*(?i:mg|ml|iu|units?|x|times|people|patients|cases|steps|calls|miles|mi|km|kms|dollars|"
    r"pounds|euros|rupees|mortgage|platelets|copies|visitors|points|votes|views|followers)\b)"
)

DEFAULT_SPEC = {
    "entity_type": "ZIP_CODE",
    "name": "ZipCodeRecognizer",
    "gate": r"\d{4}|[A-Za-z]\d[A-Za-z\d]?[ \t]?\d[A-Za-z]|[A-Za-z]\d[\dWw][ \t]?[A-Za-z\d]{4}",
    "patterns": [
        {
            "name": "state_zip",
            "regex": r"\b(?:" + STATES + r")\.?,?\s+(?P<pii>\d{5}(?:-\d{4})?)\b",
            "score": 0.85,
        },
        {
            "name": "lower_state_zip",
            "regex": r"[a-z]+,?\s+(?:" + _LOWER_STATES + r")\.?,?\s+(?P<pii>\d{5}(?:-\d{4})?)\b",
            "score": 0.7,
        },
        {
            "name": "city_zip",
            "regex": r",\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?P<pii>\d{5})(?![\d,]|\.\d|-\d)",
            "score": 0.45,
        },
        {
            # "im in Worcester 01609": a town after "in"/"from"/"near", then five digits
            "name": "in_city_zip",
            "gate": r"[A-Z][a-z]+\s+\d{5}",
            "regex": r"(?i:\b(?:in|from|near|outside|around)\s+)(?!" + _NOT_TOWNS + r"|" + _MONTHS + r")"
            r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?P<pii>\d{5})(?![\d,]|\.\d|-\d)" + _COUNT_AFTER,
            "score": 0.45,
        },
        {
            # An Indian PIN after its town when an address line stands before the town, India or a state
            # after the PIN, or a state right before it ("22 Nehru Place, New Delhi 110019", "Koramangala,
            # Bengaluru 560034, India", "Pune, Maharashtra 411001"); never a lab value, a count or an amount
            # ("Hb 13.1, Platelets 245000", "HCV genotype 1, Copies 350000", "salary, Gross 450000")
            "name": "city_pin",
            "gate": r"[A-Z][a-z]+,?\s+[1-8]\d{5}",
            "regex": r"(?:" + _IN_STREET_END + r"[ \t]*,\s*" + _IN_TOWN + r"\s+"
            r"|,\s*" + _IN_TOWN + r"\s+(?=[1-8]\d{5}[ \t]*,[ \t]*(?:" + _IN_STATES + r")\b)"
            r"|\b(?:" + _IN_STATES + r"),?[ \t]+)"
            r"(?P<pii>[1-8]\d{5})(?=[ \t]*(?:[,.;)\n]|$))",
            "score": 0.45,
        },
        {
            # A postcode after its label: Mexican "C.P. 06700", Brazilian "CEP 01310-100", opening an address
            # piece (never "cerebral palsy (C.P. 12345 code)")
            "name": "labelled_postcode",
            "gate": r"C\.[ \t]?P\.|CEP",
            "regex": r"(?<![\w(])(?:C\.[ \t]?P\.|CEP:?)[ \t]*(?P<pii>\d{5}(?:-?\d{3})?)(?![\w-])(?![ \t]*[a-z])",
            "score": 0.75,
        },
        {
            # A continental postcode before its town, after a comma ("Lindenstr. 14, 80331 München")
            "name": "postcode_before_town",
            "gate": r",[ \t]*\d{5}[ \t]+[A-Z]",
            "regex": r"(?<=,)[ \t]*(?P<pii>\d{5})" + _COUNT_AFTER + r"[ \t]+(?!" + _NOT_TOWNS + r"|" + _MONTHS + r")"
            r"[A-ZÀ-Þ][a-zß-ÿ]{2,}(?=[ \t,.\n]|$)",
            "score": 0.45,
        },
        {
            # A code after its own word: "my zip is 98118", "postcode: 2770"
            "name": "code_after_its_word",
            "gate": r"(?i)zip|post",
            "regex": r"(?i:\b(?:zip|postcode|post[ \t]+code|postal[ \t]+code)(?:[ \t]+code)?(?:[ \t]+(?:is|was))?"
            r"[ \t]*[:#]?"
            r"[ \t]*)(?P<pii>\d{5}|\d{4}(?!\d))" + _CODE_END,
            "score": 0.6,
        },
        {
            # An Indian PIN code after its word ("Pincode - 560095", "PIN code 560095") or written as India writes it
            # ("PIN 560 095"); a secret's PIN stays an id ("Enter PIN 482190", "bank PIN 4821")
            "name": "indian_pin",
            "gate": r"(?i)pin",
            "regex": r"(?i:\bpin(?:[ \t-]?code(?:[ \t]+(?:is|was))?[ \t]*[:#-]?[ \t]*(?=[1-8]\d{5}\b)|[ \t]*:?[ \t]*"
            r"(?=[1-8]\d{2}[ \t]\d{3}\b)))(?P<pii>[1-8]\d{5}|[1-8]\d{2}[ \t]\d{3})" + _CODE_END,
            "score": 0.6,
        },
        {
            # Singapore's code after the country or its "S": "Singapore 510443", "S(150045)"
            "name": "singapore_code",
            "gate": r"Singapore|SINGAPORE|S\(\d",
            # (the country after an address's comma: "Singapore 500000 and Malaysia 300000 people" are counts)
            "regex": r"(?:(?<=, Singapore )|(?<=, SINGAPORE )|(?<![\w])(?<=S\())\d{6}(?![\w-])" + _CODE_END,
            "score": 0.7,
        },
        {
            # A code closing a street line after its house number and street ("2217 W Cullerton St 60608")
            "name": "code_after_street",
            "gate": r"(?:St|Rd|Road|Street|Ave|Avenue|Blvd|Drive|Lane|Ln|Marg)\.?,?[ \t]+\d{5}",
            "regex": r"\b\d{1,5}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z'’-]+[ \t]+){1,3}"
            r"(?:St|Rd|Road|Street|Ave|Avenue|Blvd|Drive|Lane|Ln|Marg)\.?,?[ \t]+(?P<pii>\d{5,6})" + _CODE_END,
            "score": 0.5,
        },

        {"name": "zip_plus_4", "regex": r"(?<![\d-])\d{5}-\d{4}(?![\d-])", "score": 0.6},
        {"name": "bare_zip", "regex": r"(?<![\d$.,-])\d{5}(?![\d,]|\.\d|-\d)", "score": 0.2},
        {
            "name": "uk_postcode",
            "gate": r"[A-Z]\d[A-Z\d]?[ \t]?\d[A-Z]{2}",
            "regex": r"(?<![\w-])" + _UK_POSTCODE + _END,
            "score": 0.75,
        },
        {
            # lower case only with its space ("ls6 3qw") and a cue: a postcode word lifts this score over
            # the threshold ("b12 2ng low" is a vitamin level)
            "name": "uk_postcode_lower",
            "gate": r"[a-z]\d[a-z\d]?[ \t]\d[a-z]{2}",
            "regex": r"(?<![\w-])" + _UK_LOWER + _END,
            "score": 0.3,
        },
        {
            # ... or a street line and its town before it ("80 ashgrove road, sheffield s10 2tn")
            "name": "uk_postcode_lower_after_street",
            "gate": r"[a-z]\d[a-z\d]?[ \t]\d[a-z]{2}",
            "regex": _STREET_TOWN_BEFORE_LOWER + r"(?P<pii>" + _UK_LOWER + r")" + _END,
            "score": 0.6,
        },
        {
            "name": "canadian_postcode",
            "gate": r"[A-Z]\d[A-Z][ \t]\d[A-Z]\d",
            "regex": r"(?<![\w-])" + _CA_POSTCODE + _END,
            "score": 0.75,
        },
        {
            "name": "eircode",
            "gate": r"[A-Z]\d[\dW][ \t]?[A-Z\d]{4}",
            "regex": r"(?<![\w-])" + _EIRCODE + _END,
            "score": 0.6,
        },
        {
            # lower case only after its word ("Eircode: d02 af30")
            "name": "eircode_lower",
            "gate": r"[a-z]\d[\dw][ \t]?[a-z\d]{4}",
            "regex": r"(?<![\w-])" + _lower_case(_EIRCODE) + _END,
            "score": 0.3,
        },
        {
            "name": "australian_postcode",
            "gate": r"(?:" + _AU_STATES + r")[ \t]+\d{4}",
            "regex": _AU_TOWN + r"(?=(?:" + _AU_POSTCODE + r")(?![\w-]))"
            r"(?:" + _AU_STATES + r")[ \t]+(?P<pii>\d{4})" + _UNIT_AFTER,
            "score": 0.75,
        },
    ],
    "context": ["zip", "zipcode", "zip code", "postal", "postcode", "post code", "eircode", "area code"],
    "context_window": 30,
    "context_boost": 0.6,
}
