"""Dates in every common written form (HIPAA: all date elements except the year alone).

Complements Presidio's ``DateRecognizer`` and spaCy's DATE entities: month-name dates with or
without year and ordinal, in any letter case ("march 3rd", "14 APR"; "may" and "mar" in lower case only
before a year), day-first forms ("3rd of March"), weekday prefixes, numeric dates with ``/ - .`` and
two- or four-digit years, ISO dates, "month year", run-together dates ("14MAR94"), ranges ("6/12-6/14",
"3/14-16", "March 14-16"), hyphenated month-days and day ordinals after a date word ("planned for
4-14", "around the 20th"). A bare year is not reported, nor a fraction that is a rating, a count or a
dose ("now 8/10", "2/4 bottles", "1/2 ppd"), nor a month word before a quantity ("MAR 2 doses").
"""

from __future__ import annotations

# Month names in any letter case ("march 3rd", "14 APR", "jan-94"); "Mar" and "May" only in title or
# upper case, since "mar" (the MAR) and "may" are everyday words of lower-case notes.
_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|Mar|MAR|May|MAY)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# After any fraction, words that make it a count or a strength ("1/2 of", "3/12 tabs").
_NOT_A_DATE_AFTER = r"(?i:of|tabs?|tablets?|pills?|caps?|ns|strength|ppd|packs?|bottles?|doses?|sets)\b"
# After a score-shaped fraction (0-5/5, 0-4/4, 0-3/3, 0-2/2), words that make it a score, an assist
# level or an output ("3/5 lowers", "2/2 assist"); "3/12 ble" stays a date.
_SCORE_SHAPED = r"(?:[0-5]/5|[0-4]/4|[0-3]/3|[0-2]/2)(?!\d)"
_NOT_A_DATE_AFTER_SCORE = (
    r"(?i:assist(?:ance)?|lowers?|uppers?|voids?|stools?|grip|bilat\w*|[lr]?[ul]e|bue|ble)\b"
)
# A date word before a fraction keeps it a date whatever follows ("transfer on 3/4 assist of two").
_DATE_WORD_BEFORE = (
    r"(?i:\b(?:since|until|till|dated?|follow[- ]?up|f/u|(?:admitted|admit|adm|seen|transfer(?:red)?|"
    r"discharged|dc'?d|d/c'?d|returned|visit(?:ed)?)\s+on)\s+)"
)
# After an arrow, a fraction over 10 or 5 is the second of a chain of scores ("pain 6/10 -> 3/10")
# when the first one is too.
_AFTER_SCORE_ARROW = "|".join(
    f"(?<=/{d}{a})" for d in ("10", "5") for a in ("->", " ->", " -> ", "-> ", "-->", " --> ", "→", " → ")
)
_SCORE_IN_CHAIN = r"(?:" + _AFTER_SCORE_ARROW + r")(?:10|\d)/(?:10|5)(?!\d)"
# A fraction over ten is a rating when "pain" follows or "now" precedes it ("10/10 pain", "now 8/10").
_RATING_OVER_TEN = r"(?:(?<=(?i:now)\s)(?:10|\d)/10(?!\d)|(?:10|\d)/10\s*(?i:pain|on\s+the|scale)\b)"
_UNITS_AFTER = (
    r"l|lpm|liters?|litres?|mg|mcg|g|gm|units?|u|days?|d|weeks?|wks?|months?|mos?|hrs?|hours?|h|mins?|minutes?|"
    r"secs?|seconds?|times|x|%|meq|mmol|mmhg|bpm|oz|doses?|drops?|gtts?|sprays?|steps|laps|blocks|miles?|"
    r"cm|mm|in|ft|feet|lbs?|kg|cc|ml|puffs?|tabs?|pills?|drinks|beers|cups|packs?|ppd|episodes?|per|yrs?|years?|"
    r"am|pm|a\.m|p\.m"
)
# Counts after a hyphenated range ("on 3-4 meds", "seen 3-4 people", "on 3-4 occasions").
_COUNTS_AFTER = (
    r"meds|medications?|pills|occasions|people|persons|ppl|times|nights|visits|sessions|appointments|appts|"
    r"doctors|therapists|friends|kids|children|classes|jobs|attempts|shots|cigarettes|cigs|things|ones|"
    r"different|other|more|separate|shifts?|meals|bottles|beds|rooms|floors|patients|pts"
)
# The end of a range of days after a month ("March 14-16", "MARCH 14 TO 16").
_DAY_RANGE_END = r"(?:\s?[-–]\s?|\s+(?i:to|through|thru)\s+)(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?(?![\d/:.,]\d)"
# A unit after a number makes it a quantity ("MAR 2 doses", "dec 30 ml/hr"), not a day. A one-letter
# unit (L, U, g) only where no word follows it but "of"/"per" ("dec 2 L of NS"): before a word it is a
# side or a tube ("Mar 14 L heart", "Oct 3 G tube").
_QUANTITY_AFTER = (
    r"(?:%|(?i:mg|mcg|ml|cc|units?|lpm|kg|lbs?|cm|mm|mmhg|meq|mmol|doses?|tabs?|pills?|puffs?|drops?|gtts?|"
    r"hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|months?|times)(?![A-Za-z])|"
    r"(?i:u|l|g)(?![A-Za-z])(?!\s+(?!(?i:of|per)\b)[A-Za-z]))"
)
# "march" and "dec" in lower case are also words ("march 20 miles", "sats dec 5 points"): before a
# number and a plural noun they count a thing, not a day.
_WORD_MONTH_BEFORE_COUNT = r"(?!(?:march|dec)\.?\s+\d{1,2}\s+[a-z]{2,}s\b)"
# Nouns an ordinal counts ("the 3rd time", "the 2nd floor", "the 5th toe"): that ordinal is no day.
_ORDINAL_COUNTS = (
    r"(?i:time|times|floor|fl|grade|place|toe|finger|digit|rib|ics|intercostal|metatarsal|metacarpal|ventricle|"
    r"nerve|percentile|degree|century|birthday|dose|cycle|round|trimester|attempt|child|pregnancy|admission|"
    r"visit|session|day|week|month|year|line|one|person|patient|of\s+\d)\b"
)
_WEEKDAY = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?"
)

DEFAULT_SPEC = {
    "entity_type": "DATE_TIME",
    "name": "DateFormsRecognizer",
    "patterns": [
        {
            "name": "month_day_year",
            "regex": r"\b" + _WEEKDAY + _WORD_MONTH_BEFORE_COUNT + _MONTH + r"\s+" + _DAY
            + r"(?:" + _DAY_RANGE_END + r")?"
            r"(?:,?\s+" + _YEAR + r")?\b(?!\s*" + _QUANTITY_AFTER + ")",
            "score": 0.85,
        },
        {
            "name": "day_month_year",
            "regex": r"\b"
            + _WEEKDAY
            + _DAY
            + r"(?:\s+(?i:of))?\s+"
            + _MONTH
            + r"(?:,?\s+"
            + _YEAR
            + r")?\b",
            "score": 0.85,
        },
        {
            "name": "month_year",
            "regex": r"\b(?:" + _MONTH + r"|may|mar)(?:,?\s+|-)(?i:of\s+)?" + _YEAR
            + r"\b(?!\s*(?:%|(?i:mg|mcg|ml|cc|units?|u|kcal|cal|calories|steps|m|ft|feet|lbs?|kg|g)\b))",
            "score": 0.75,
        },
        {
            "name": "iso",
            "regex": r"\b" + _YEAR + r"[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])"
            r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d:])",
            "score": 0.9,
        },
        {
            "name": "numeric_mdy",
            "regex": r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:[12]\d|3[01]|0?[1-9])\1(?:"
            + _YEAR
            + r"|\d{2})(?![\d/-]|\.\d)",
            "score": 0.8,
        },
        {
            "name": "month_day_numeric",
            # "(?=\d{1,2}/)" first: the look-aheads after it then run at fractions only.
            "regex": r"(?<![\d/.-])(?=\d{1,2}/)(?!" + _SCORE_IN_CHAIN + r")(?!" + _RATING_OVER_TEN + r")"
            r"(?!" + _SCORE_SHAPED + r"\s*" + _NOT_A_DATE_AFTER_SCORE + r")"
            r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\d/-]|\.\d|\s*" + _NOT_A_DATE_AFTER + r")",
            "score": 0.6,
        },
        {
            "name": "month_day_numeric_after_date_word",
            "regex": _DATE_WORD_BEFORE + r"(?P<pii>(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9]))(?![\d/-]|\.\d)",
            "score": 0.6,
        },
        {
            # Day first when the day cannot be a month ("14/3", "27/11"), after a date word or opening a
            # line; never over 10 ("15/10 would recommend") nor before a unit or count ("14/3 days").
            "name": "day_month_numeric",
            "regex": r"(?im:(?:^|\b(?:on|since|until|till|from|dated?|admitted|admit|adm|seen|returned|"
            r"transferred|discharged|dc'?d|d/c'?d|visit|appt|appointment|f/u|follow[- ]?up)\s+))"
            r"(?P<pii>(?!24/7(?!\d))(?:1[3-9]|2\d|3[01])/(?:1[12]|0?[1-9]))"
            r"(?![\d/-]|\.\d|\s*" + _NOT_A_DATE_AFTER + r"|\s*(?i:(?!in\b)(?:" + _UNITS_AFTER + r"))(?![A-Za-z]))",
            "score": 0.6,
        },
        {
            # Month-day with a hyphen ("on 6-3", "ADMITTED 8-2", "SEEN 3-14", "planned for 4-14", "done
            # 9-3"): a range ("2-3 L", "10-12 mg") too unless a date word comes first and no unit or count
            # after ("in" before a word is no unit: "seen 3-14 in clinic"). "set" and "held" only with "for"
            # / "on" ("set for 4-14", "held on 3-2"): alone they keep scores ("first set 6-4", "held 2-1").
            "name": "month_day_dash_after_cue",
            "regex": r"(?i:\b(?:on|admitted|admit|adm|seen|since|until|till|dated?|returned|transferred|"
            r"discharged|dc'?d|d/c'?d|dob|(?:planned|scheduled|booked|rescheduled|due)(?:\s+(?:for|on))?|"
            r"set\s+(?:for|on)|(?:done|drawn|placed|performed|obtained|started|stopped)(?:\s+on)?|held\s+on)\s+)"
            r"(?P<pii>(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9]))"
            r"(?![\d/-]|\.\d|\s*(?i:(?!in\s+(?:the\s+)?[a-z])(?:" + _UNITS_AFTER + r"))(?![A-Za-z])|"
            r"\s+(?i:" + _COUNTS_AFTER + r")\b)",
            "score": 0.6,
            "gate": r"\d-\d",
        },
        {
            # A range of two month/day dates ("6/12-6/14", "6/12 - 6/14/92"); not a range of scores
            # ("4/5-5/5 strength").
            "name": "month_day_range",
            "regex": r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\s?[-–]\s?"
            r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\d/-])"
            r"(?!\s*(?:" + _NOT_A_DATE_AFTER + "|" + _NOT_A_DATE_AFTER_SCORE + "))",
            "score": 0.6,
        },
        {
            # A range of days within one month ("3/14-16", "3/14-16/94"); not a dose ("1/2-1 tab").
            "name": "month_day_day_range",
            "regex": r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])"
            r"(?:/(?:\d{4}|\d{2}))?(?![\d/-]|\.\d|\s*" + _NOT_A_DATE_AFTER + r"|\s*" + _QUANTITY_AFTER + ")",
            "score": 0.6,
            "gate": r"/\d{1,2}-\d",
        },
        {
            # Day, month and year run together ("14MAR94", "01jan2094").
            "name": "compact_day_month_year",
            "regex": r"(?<![\w-])(?:[12]\d|3[01]|0?[1-9])(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"(?:(?:19|20)\d{2}|\d{2})(?![\w-])",
            "score": 0.7,
            "gate": r"\d(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d",
        },
        {
            "name": "month_year_numeric",
            "regex": r"(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:3[2-9]|[4-9]\d|0\d|(?:19|20)\d\d)(?![\d/-]|\.\d)",
            "score": 0.55,
        },
        {
            "name": "weekday_ordinal",
            "regex": r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?"
            r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",
            "score": 0.8,
        },
        {
            # A month alone is a date element finer than the year. "May" and "March" are also
            # words, so they need a cue ("in May", "since March") or a following year.
            "name": "month_alone",
            "regex": r"\b(?:January|February|April|June|July|August|September|October|November|December|"
            r"JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
            r"Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?",
            "score": 0.5,
        },
        {
            "name": "month_word_after_cue",
            "regex": r"(?i:\b(?:in|since|until|till|by|last|next|early|late|mid|end\s+of|beginning\s+of|"
            r"start\s+of|during|through)\s+)(?P<pii>May|March|MAY|MARCH|may|march)\b",
            "score": 0.5,
        },
        {
            "name": "weekday_numeric",
            "regex": r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+"
            r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{2}|\d{4}))?(?![\d/])",
            "score": 0.8,
        },
        {
            # "on the 14th", "since the 3rd"; never an ordinal that counts a thing ("since the 3rd
            # time", "after the 2nd dose", "by the 5th floor").
            "name": "day_ordinal_alone",
            "regex": r"(?i:\b(?:on|until|till|by|since|from|before|after|of|due)\s+the\s+)"
            r"(?P<pii>(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))\b(?!\s*" + _ORDINAL_COUNTS + r")",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            # "around the 20th", "through the 14th, then": after a loose word only where the ordinal
            # closes the phrase; before a noun it counts ("through the 5th chapter", "about the 2nd
            # amendment").
            "name": "day_ordinal_loose_cue",
            "regex": r"(?i:\b(?:around|about|approx\.?|circa|through|thru)\s+the\s+)"
            r"(?P<pii>(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))"
            r"(?=\s*(?:[.;:!?)\"”,]|$|(?i:or|and|to|at|in|when|then)\b|[-–]))",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            # "the 14th" closing a clause after a date particle or a scheduled act ("staples out the
            # 14th.", "due the 3rd, then ...", "f/u the 9th"); after a verb of being or ranking it is a
            # rank ("this is the 3rd.", "she was the 1st,", "he finished the 10th.").
            "name": "day_ordinal_clause_end",
            "regex": r"(?i:\b(?:out|off|back|in|due|til|till|until|for|from|since|by|on|after|before|"
            r"starting|ending|scheduled|planned|booked|set|moved|rescheduled|seen|done|removed|started|stopped|"
            r"starts|ends|returns?|f/u|appt|visit)\s+the\s+)"
            r"(?P<pii>(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))(?=\s*(?:[.;:!?)\"”]|,\s|$))",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            "name": "holiday_year",
            "regex": r"(?i)\b(?:christmas|xmas|thanksgiving|easter|new\s+year'?s|halloween|independence)"
            r"(?:\s+(?:day|eve))?,?\s+(?:of\s+)?(?:19|20)\d\d\b",
            "score": 0.75,
        },
        {
            # Holidays are date elements finer than a year ("seen after Thanksgiving", "Memorial Day").
            "name": "holiday",
            "regex": r"(?i)\b(?:Christmas(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Halloween|"
            r"New\s+Year['’]?s(?:\s+(?:Day|Eve))?|(?:Memorial|Labor|Labour|Independence|Veterans|Presidents['’]?|"
            r"Columbus|Boxing|Valentine['’]?s|Mother['’]?s|Father['’]?s|St\.?\s+Patrick['’]?s)\s+Day)\b",
            "score": 0.5,
        },
        {
            # A season of a given year ("summer of 2068", "late fall 2090").
            "name": "season_year",
            "regex": r"(?i)\b(?:(?:early|late|mid)[- ]?)?(?:spring|summer|fall|autumn|winter)\s*,?\s+(?:of\s+)?"
            r"(?:19|20)\d\d\b",
            "score": 0.6,
        },
        {
            # A month with a two-digit year after an apostrophe ("Jan '69").
            "name": "month_short_year",
            "regex": r"(?i)\b" + _MONTH + r"\s*['’]\d{2}\b",
            "score": 0.7,
        },
        {
            "name": "weekday",
            "regex": r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
            "score": 0.3,
        },
    ],
    "context": [
        "date",
        "dated",
        "born",
        "birthday",
        "dob",
        "admitted",
        "discharged",
        "on",
        "since",
        "appointment",
        "visit",
        "seen",
    ],
    # Scores and ratings written like dates ("pain 7/10", "strength 4/5") are not dates.
    "exclude_before": r"(?i)\b(?:pain|score[ds]?|scale|rated|rating|strength|grade|motor|power|ratio|"
    r"phq-?\d*|gad-?\d*|gcs|apgar|rass|x)\s*[:=]?\s*(?:of\s+)?$",
    "context_window": 25,
    "gate": r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day)",
}

