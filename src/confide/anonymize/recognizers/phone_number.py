"""Phone numbers Presidio's library matcher can miss.

North American separator styles (``555.123.4567``, ``(555)123-4567``, ``+1 555 123 4567``,
``1-800-273-8255``), international numbers written with a ``+`` country code in any grouping
(``+44 20 7946 0958``), national numbers with a trunk ``0`` (``020 7946 0321``, ``07911 123456``),
and digit groups of any national style when a phone word is near ("answering at 449 4898"). A
number may carry a tag glued on with a hyphen (``(790)091-7442-Fax``). France's pairs (``06 12 48 93 57``)
are a phone by their shape; phone words of other languages ("Tél.", "Telefone") count as context.

Hospital numbers: a seven-digit local number (``555-0190``), an extension or pager after its word in
any case ("x 4-4417", "(x4419)", "ext. 2231", "extn 4417", "extension 12", "pager 3-1234", "beeper #4417", "pg
4417", "paged renal 3-4417"), and after a bare "x" when a phone word is near ("reached at ext. 4417
days, x5820 nights"). A number
followed by a unit or a plus ("ext 1+ edema", "extension 10 degrees", "555-1000 mg") is no phone, nor
is a range right after a lab or measurement word ("BNP 250-1000", "Plt 150-400"); a number ending in
round hundreds is otherwise a phone like any other ("call me 555-3400").
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.number_words import DIGIT_NAMES, DIGIT_WORDS

# After a number: no unit, plus, degree, ratio or decimal ("ext 1+ edema", "extension 10 degrees").
_NOT_A_QUANTITY = (
    r"(?![\w/%°+]|-\d|[.,]\d|(?i:\s*(?:(?:mg|mcg|ml|cc|units?|iu|mm|cm|kg|lbs?|g|mmhg|cells|k|degrees?|deg|"
    r"times|reps?|sec|seconds|min|minutes|hrs?|hours|x)\b|[%°+/])))"
)

# A lab or measurement word right before a range ("BNP 250-1000", "plt: 150-400", "UO 300-1200"):
# the range is a value, however it ends. The first alternative of a pattern consumes it and reports
# nothing; a number ending in round hundreds with no such word before it is still a phone ("555-3400").
_LAB_WORDS = (
    r"bnp|nt-?probnp|probnp|wbcs?|rbcs?|plts?|platelets?|hgb|hb|hct|anc|alc|retic|glucose|gluc|fsbg|bg|bs|"
    r"fingerstick|a1c|hba1c|ldh|ck|cpk|ck-?mb|trop|troponin|ferritin|iron|tibc|tsh|t4|b12|folate|inr|ptt|"
    r"d-?dimer|fibrinogen|crp|esr|psa|cd4|viral\s+load|vl|alt|ast|alk\s+phos|alp|ggt|bili|lipase|amylase|"
    r"ammonia|lactate|na|k|cl|co2|hco3|bun|cr|creat|creatinine|ca|mg|phos|ldl|hdl|chol|cholesterol|tg|"
    r"triglycerides|osm|osmo|vanco?|level|levels|count|counts|uo|urine\s+output|i/o|i&o|intake|output|"
    r"ins|outs|bp|sbp|dbp|map|hr|rr|cvp|pao2|po2|pco2|sats?|spo2|fio2|peep|tv|vt|range|normal|nl"
)
_AFTER_LAB_WORD = r"(?i:\b(?:" + _LAB_WORDS + r")\b[\s:=]*(?:of\s+|is\s+|was\s+|from\s+)?)"

# "page"/"pg" as the noun of a book or a website: after an article, a possessive, a preposition or a
# reading verb ("turn to page 1234", "read pg 2345", "my page got 12000 views"). The first alternative
# of the page patterns consumes it and reports nothing.
_PAGE_NOUN = (
    r"(?i:\b(?:to|on|at|in|see|read|turn|the|a|this|that|my|your|his|her|our|their|its|next|last|per|every|"
    r"each|one|same|front|home|web)\s+(?:pg|page)\b)"
)
_NOT_A_CLOCK = r"(?!(?:[01]\d|2[0-3])[0-5]\d\b|2400\b)"  # four digits no 24-hour clock reads ("5512", not "1430")
# A number before a plural noun counts it ("through 2-1000 pages", "12000 views"), "thanks" aside; and
# a quantity word before the number makes it a count ("paged through 2-1000").
_NOT_COUNTING = r"(?!\s+(?!(?i:thanks)\b)(?i:[a-z]{3,}s)\b)"
_NOT_A_COUNT_WORD = r"(?!(?:through|thru|over|about|around|than|up|to|has|had|have|got|get|for|all|like)\b)"

# A digit said as a word, as a caller reads a number out or a post writes it to slip past a filter.
_DIGIT_WORD = r"(?:zero|oh|" + DIGIT_WORDS + r")"
# A group of four that reads as a year ("2091"): no last group of a one-digit area code's number.
_YEAR_GROUP = r"(?:19|20)\d\d\b"
_TWO_DIGIT_WORDS = r"(?i:\b(?:zero|" + DIGIT_WORDS + r")[\s,-]+" + _DIGIT_WORD + r"\b)"
# Five digit words in a row that count up or down ("one two three four five", "nine eight seven six five"):
# a run holding them is someone counting aloud, not a number read out ("five five five, one two three four").
_COUNTING_RUN = "|".join(
    r"\s*[\s,.-]\s*".join(words[i : i + 5])
    for words in (DIGIT_NAMES, DIGIT_NAMES[::-1])
    for i in range(len(words) - 4)
)
_NOT_COUNTING_ALOUD = r"(?!(?:" + _DIGIT_WORD + r"[\s,.-]{1,3}){0,14}?(?:" + _COUNTING_RUN + r")\b)"



@register_validator("not_a_series")
def not_a_series(value: str, params: Mapping[str, Any]) -> bool:
    """False for pairs that count up or down ("04 12 15 22 30") or are item scores below ten ("03 02 01 02 03").

    Such pairs are a row of a table or a form, not the random digits of a phone number.
    """
    pairs = [int(value[i : i + 2]) for i in range(0, len(value), 3)]
    rest = pairs[1:]
    steps = list(pairwise(pairs))
    steady = all(a <= b for a, b in steps) or all(a >= b for a, b in steps)
    return not steady and max(rest) >= 10


DEFAULT_SPEC = {
    "entity_type": "PHONE_NUMBER",
    "name": "NorthAmericanPhoneRecognizer",
    "gate": r"\d{3}|\d\d[\s.-]\d\d|(?i:ext|pager|beeper|pgr|bleep|blp|x\s?\d-)|" + _TWO_DIGIT_WORDS,
    "patterns": [
        {
            "name": "nanp",
            "regex": r"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
            r"(?:\s*(?i:x|ext\.?|extension)\s*\d{1,5})?(?![\w/]|-\d|\.\d)",
            "score": 0.7,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            "name": "international",
            "regex": r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\d/])",
            "score": 0.7,
            "validators": [{"name": "min_digits", "count": 7}],
        },
        {
            "name": "trunk_zero",
            # A one-digit area code ("09 461 2270") needs a last group of four that is no year: "Seen 02
            # 2091 2092" holds years and "Temps 03 100 101" readings.
            "regex": r"(?<![\w+.,/-])(?:\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}|"
            r"\(?0[1-9]\)?[\s-](?!" + _YEAR_GROUP + r")\d{3,4}[\s-](?!" + _YEAR_GROUP + r")\d{4})"
            r"(?![\w/]|-\d|[.,]\d)",
            "score": 0.5,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # Digit groups in any national style ("089 72 63 41", "(11) 4706-6184", "785 8949",
            # "06-24312407", "33 93 31"): below the threshold unless a phone word is near, so lab
            # rows and times stay; a shift like "0700-1900" or a range after a lab word ("BNP
            # 250-1000") is never one.
            "name": "digit_groups",
            "regex": _AFTER_LAB_WORD + r"\d{1,5}[\s-]\d{1,5}\b|"
            r"(?P<pii>(?<![\w+.,/:-])(?!(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d\b)"
            r"(?:\(\d{1,4}\)\s?|\d{2,5}[\s.-])(?:\d{2,5}[\s.-]){0,4}\d{2,8}(?![\w/:]|-\d|[.,]\d))",
            "score": 0.3,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # Digit groups after a mobile's or a phone's label, as notes outside North America write them
            # ("HP: 9127 4408", "Mob: 94481 20377", "H/P 012-448 3091"): seven digits at least and three
            # in the first group, so a mobility note ("Mob: 2 x assist") or a date ("HP 12 10 2024") never is one.
            "name": "after_phone_label",
            "regex": r"(?i:\b(?:mob|mobile|hp|h/p|handphone|cell|tel|ph)\b\.?(?:\s*(?:no\.?|#|number))?\s*[:=-]?\s*)"
            r"(?P<pii>(?:\(\d{1,4}\)\s?|\d{3,5}[\s.-])(?:\d{2,5}[\s.-]){0,4}\d{2,8}(?![\w/:]|-\d|[.,]\d))",
            "score": 0.6,
            "validators": [{"name": "min_digits", "count": 7}],
        },
        {
            # France's ten digits in pairs after the trunk zero: a mobile ("06 12 48 93 57") or any number
            # written with dots ("01.42.68.53.00"). Other pairs ("Labs: 04 12 15 22 30") are left to
            # ``digit_groups``, which needs a phone word; a series or item scores are never one.
            "name": "paired_digits",
            "regex": r"(?<![\w+.,/:-])(?:0[1-9](?:\.\d{2}){4}|0[67](?:([\s-])\d{2})(?:\1\d{2}){3})(?![\w/]|[.,-]\d)",
            "score": 0.6,
            "gate": r"\b0[1-9][\s.-]\d\d[\s.-]\d\d",
            "validators": [{"name": "not_a_series"}],
        },
        {
            "name": "vanity",
            "regex": r"(?<![\w-])1?-?8(?:00|33|44|55|66|77|88)-\d{3}-[A-Z0-9]{4}(?![\w-])",
            "score": 0.6,
            "validators": [{"name": "min_digits", "count": 6}],
        },
        {
            # A local number in the classic form "555-0190" (exchange 2-9), "555-3400" too; not a
            # range with a unit or after a lab word ("BNP 250-1000").
            "name": "local_seven_digit",
            "regex": _AFTER_LAB_WORD + r"\d{3}-\d{4}\b|"
            r"(?P<pii>(?<![\w+.,/:$#-])[2-9]\d{2}-\d{4}" + _NOT_A_QUANTITY + ")",
            "score": 0.5,
        },
        {
            # "ext. 2231", "extension 12", "pager 3-1234", "beeper #4417", "PGR: 41872", "x 4-4417", and a
            # UK hospital's "bleep 1147" / "blp 2231".
            "name": "extension_or_pager",
            "regex": r"(?i:(?<![\w-])(?<!flexion )(?<!and )(?:(?:ext\.?|extn\.?|extension|pager|beeper|pgr|bleep|blp)"
            r"\s?(?:#|no\.?|number|:)?\s?(?=\d)|x\s?(?=\d-\d{4})|"
            # "Her extension is x4412": the word, then the number with its "x".
            r"(?:ext\.?|extn\.?|extension)\s+(?:is\s+)?(?=x\s?\d)))(?P<pii>\d-\d{4}|\d{2,6}|(?i:x)\s?\d{2,6})"
            + _NOT_A_QUANTITY,
            "score": 0.6,
        },
        {
            # A pager after "pg"/"page"/"paged" ("pg 4417", "page #4417", "paged @ 5512"), or a few words later when
            # shaped like one ("paged renal 3-4417", "paged the fellow at 41772"); never a clock time
            # ("paged MD at 2200": four digits only straight after the word).
            "name": "page_number",
            # After "paged @" four digits are a clock's unless no clock reads them ("PAGED @ 5512", not "@ 1430").
            "regex": _PAGE_NOUN + r"|(?i:\b(?:pg|paged?)\s?(?:#|@(?=\s?" + _NOT_A_CLOCK + r"\d{4,5}\b))?\s?)"
            r"(?P<pii>\d-\d{4}|\d{4,5})" + _NOT_A_QUANTITY
            + r"(?!\s+(?i:of)\b)" + _NOT_COUNTING,
            "score": 0.6,
        },
        {
            "name": "page_number_later",
            "regex": _PAGE_NOUN + r"|(?i:\bpaged?\b(?:\s+" + _NOT_A_COUNT_WORD + r"[a-z]+){1,3}\s+(?:at\s+|#\s?)?)"
            r"(?P<pii>\d-\d{4}|\d{5})" + _NOT_A_QUANTITY + _NOT_COUNTING,
            "score": 0.6,
        },
        {
            # An extension in parentheses after a name or a role ("resident Lee (x4419)", "(x 5567)"): "x"
            # as a count or a factor has one or two digits ("(x2)", "(x10)"), and a power of ten is a
            # multiplier of a lab count or a lens ("plt 210 (x1000)", "(x10000)").
            "name": "x_extension_in_parentheses",
            "regex": r"\((?i:x)\s?(?!10+\))(?P<pii>\d{4,5})\)",
            "score": 0.6,
            "gate": r"\((?i:x)\s?\d{4}",
        },
        {
            # A number in words, seven digits or more ("six one four, five five five, zero one two two"):
            # below the threshold unless a phone word is near, and never a run that counts up or down.
            "name": "digit_words",
            "regex": r"(?i)\b" + _NOT_COUNTING_ALOUD + _DIGIT_WORD + r"(?:[\s,.-]{1,3}" + _DIGIT_WORD + r"){6,14}\b",
            "score": 0.3,
            "gate": _TWO_DIGIT_WORDS,
        },
        {
            # An extension after a bare "x" ("x5820 nights", "at x 7100"): below the threshold unless a
            # phone word is near, since "x" also counts ("x2", "x10 days").
            "name": "x_extension",
            "regex": r"(?<![\w-])(?i:x)\s?(?P<pii>\d{4,5})" + _NOT_A_QUANTITY,
            "score": 0.35,
        },
    ],
    "context": [
        "phone",
        "ph",
        "call",
        "text",
        "cell",
        "mobile",
        "number",
        "tel",
        "fax",
        "reach",
        "contact",
        "office",
        "home",
        "work",
        "whatsapp",
        "pager",
        "bleep",
        "ext",
        "answering",
        "dial",
        "landline",
        "voicemail",
        "page",
        "paged",
        "operator",
        # Phone words of other languages; "handy", "portable", "mob" and "extension" are English words of a
        # clinic ("knee extension", "portable X-ray") and count only inside a pattern of their own.
        "tél",
        "téléphone",
        "telephone",
        "telefone",
        "telefono",
        "teléfono",
        "telefon",
        "celular",
        "móvil",
        "movil",
        "tlf",
    ],
    "context_after": 20,
    "context_boost": 0.2,
    # Digits after an id's label are the id ("member number is MB 7720 1193", "Tracking 1Z 999 AA1 01 2345
    # 6784"): the id recognizer reports them, and a phone would outrank it.
    "exclude_before": r"(?i:\b(?:member(?:ship)?|account|acct|policy|tracking|booking|reservation|confirmation|"
    r"claim|mrn|reference)\s*(?:number|num|no\.?|#)?\s*[:#]?\s*(?:is\s+|was\s+)?)(?-i:[A-Z0-9]{1,4}\s+){0,4}$",
}
