"""Dates in every common written form (HIPAA: all date elements except the year alone).

Complements Presidio's ``DateRecognizer`` and spaCy's DATE entities: month-name dates with or without
year and ordinal, in any letter case ("march 3rd", "14 APR"; "may" and "mar" in lower case only before a
year or after "of": "5th of may"), day-first forms ("3rd of March"), weekday prefixes, numeric dates
with ``/ - .`` and two- or four-digit years, ISO dates, "month year", run-together dates ("14MAR94"),
ranges ("6/12-6/14", "3/14-16", "March 14-16"), hyphenated month-days and day ordinals after a date word
("planned for 4-14", "around the 20th", reported with their article), the days of a list closed by a
month ("5th, 12th and 19th January") and a holiday with its year ("St. Patrick's Day 2025"). Day-first
numeric dates of UK and Commonwealth notes ("entry 19/4", "Wed 22/05", "A&E 19/10 04:20", "24/12 to
27/12") need a date word, a diary heading, a weekday, a clock time or a range, since "3/12 ago" and
"14/7" are durations there, as is "2/52" after "in" or "for". A
fraction that is a rating, a count or a dose ("now 8/10", "mood 3/10", "2/4 bottles", "1/2 ppd") is not
reported, nor a month word before a quantity ("MAR 2 doses").

Bare years: ``recognizer_options: {date: {bare_years: true}}`` (the default) reports a year written
alone ("S/P CABG 1994", "DOB 1961", "dx'd 2015", "since 2009", "MI in '98", "class of 2012"), since a
year tied to a patient is part of the record's dates; ``bare_years: false`` keeps every year alone,
as HIPAA Safe Harbor allows (no recognizer then reports one: spaCy's year-only DATE spans are dropped
in post-processing in either case). A four-digit 19xx, 20xx or 21xx year (surrogate years are often
shifted into the future) is read by its shape and context: with last two digits over 59 it cannot be
a clock time and is a year unless a quantity, an id or a lab name makes it a number ("1960 ml",
"rm 1974", "BNP 1980", "EBL 1970", "+1960"); with 00-59 it reads as a clock time too and needs context.
After a strong cue it is a year ("DOB", "born", "class of", "graduated", "died", "remarried", "s/p",
"hx", "dx", "back in", "in late", "mid-", a season). After a weak cue ("in", "since", "during", "from",
"until", "by", "around", "between") it is one unless it is 21:00-21:59 or a round :00/:30 time (then
only when personal-history language follows: "in 2000 I moved") or a shift clause follows ("since 2045
pt restless", "in 2000, out 1500"). After an event that also happens during a shift ("seizure",
"fall", "EKG", "CXR", "started", "admitted") it is one unless it is a quarter-hour shape or a shift
clause follows ("Seizure 2030 lasting 2 min", "EKG 2015 NSR"); a history section still dates those.
A procedure or diagnosis of a history list ("CABG 1994, MI 2001", "Tdap 2019") and parentheses
("(2014)") date it too; a time cue ("@", "at", "hrs", "am/pm", "0700-1900", "1800 & 2200") never. A
two-digit year after an apostrophe ("'94", "’98") is reported unless a digit precedes it (5'10"), a
quantity follows, or it opens a quotation ("'20 more minutes'").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.dates import CLOCK_TIME
from confide.anonymize.recognizers.base import register_validator

# "day" of a treatment course: after a course word (an antibiotic by its stem, "abx", "tx", "detox",
# "rehab", "chemo", "post-op", "POD") or opening a line. Used to veto "day N/M" as a date.
_COURSE_DAY = (
    r"(?:\b(?:abx|antibiotics?|\w*(?:cillin|mycin|micin|penem|floxacin|cycline|conazole|fungin|vir)|"
    r"cef\w*|vanco?|zosyn|flagyl|bactrim|tx|treatment|course|program|detox|rehab|protocol|cycle|chemo|"
    r"steroids?|prednisone|post-?op|pod)\s+|(?:^|\n)\s*)day"
)

# Month names in any letter case ("march 3rd", "14 APR", "jan-94"); "Mar" and "May" only in title or
# upper case, since "mar" (the MAR) and "may" are everyday words of lower-case notes.
_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|Mar|MAR|May|MAY)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?"
_FOREIGN_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januar|februar|märz|maerz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    # Afrikaans, Malay and Indonesian ("12 Februarie 2026", "8 Ogos 2026", "17 Agustus 2025")
    "januarie|februarie|junie|julie|desember|mac|julai|ogos|disember|maret|agustus|"
    # Polish, in the genitive a date uses ("15 sierpnia 1962")
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    "listopada|grudnia"
)
# Those no English word, name or clinic also spells: a day before them is a date without its year ("le 16 février", "el
# 12 de diciembre", "il 7 settembre"); "mars", "mai", "mayo", "avril", "marco", "juni" and the like need the year.
_FOREIGN_MONTHS_ALONE = (
    "janvier|février|fevrier|juillet|août|septembre|octobre|novembre|décembre|decembre|"
    "enero|febrero|junio|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|março|junho|julho|setembro|outubro|novembro|dezembro|"
    "gennaio|febbraio|giugno|luglio|settembre|ottobre|dicembre|"
    "januar|jänner|februar|märz|maerz|oktober|dezember|januari|februari|januarie|februarie|desember|julai|ogos|"
    "disember|agustus|stycznia|lutego|kwietnia|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    "listopada|grudnia"
)
# A weekday before such a date, written in its language ("lunes 13 de enero", "Senin, 5 Oktober 2026", "jeudi 3 mars
# 2022"): part of the date.
FOREIGN_WEEKDAYS = (
    r"(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta)"
    r"(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|"
    r"venerd[ìi]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag|senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|jumaat)"
)
_FOREIGN_WEEKDAY = FOREIGN_WEEKDAYS + r",?\s+"
# A count's or a label's word before the day makes the number another's ("bed 4 Julio", "track 5 Noviembre").
_COUNTED_BEFORE = "(?<!# )" + "".join(
    rf"(?<!\b{re.escape(w)} )"
    for w in ("bed", "Bed", "room", "Room", "rm", "no", "No", "no.", "No.", "table", "track", "Track", "chapter",
              "Chapter", "season", "Season", "lot", "order", "album", "page", "version", "iOS", "escala", "Escala",
              "team", "Team", "score", "scored", "tab", "ward", "Ward")
)
_YEAR = r"(?:19|20)\d{2}"
# A day of the month as an ordinal ("5th", "the 12th", "3RD").
_DAY_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)"
_ORDINAL = r"(?:(?i:the)\s+)?" + _DAY_ORDINAL
# Last two digits over 59: never a 24-hour clock time.
_LATE_YEAR4 = r"(?:19|20|21)[6-9]\d"
# What follows a clock time of this shift, not a year ("since 2045 pt restless", "2030 lasting 2 min",
# "2015 nsr", "1945, prn given", "in 2000, out 1500", "2000-2100").
_SHIFT_AFTER = (
    r"\s*[,;:/]?\s*(?i:pt\b|patient|prn\b|md\b|rn\b|np\b|given|per\b|pending|tonight|today|this\s+(?:am|pm|shift|"
    r"evening)|lasting|unwitnessed|witnessed|resolved|nsr\b|sinus|called|no\s+injury|at\s+bedside|clear\b|out\b|"
    r"output|intake|in\s+(?:room|bed|hall|or)\b|x\s*\d|[-–]\s*\d{4}|\w+\s+given)"
)
# After a word for something that also happens during a shift ("Seizure 2030 lasting 2 min", "Fall 2045
# unwitnessed", "EKG 2000 NSR"): no quarter-hour shape and no shift clause, unless a list of years goes on
# ("sz 2015, 2019"); a history section still dates them (``year_in_history_section``).
_SHIFT_YEAR_LOOK = (
    r"(?:" + _LATE_YEAR4 + r"|(?!\d\d(?:00|15|30|45))(?:19|20)[0-5]\d(?!\d)(?!" + _SHIFT_AFTER + r")|"
    r"(?:19|20)[0-5]\d(?=\s*(?:,|and)\s*(?!\d\d(?:00|30))(?:19|20)\d\d(?!\d)))(?!\d)"
)
# After any fraction, words that make it a count or a strength ("1/2 of", "3/12 tabs").
# "3/12 ago", "2/52 ago": a UK duration in months or weeks.
_NOT_A_DATE_AFTER = r"(?i:of|tabs?|tablets?|pills?|caps?|ns|strength|ppd|packs?|bottles?|doses?|sets|ago)\b"
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
# A fraction over ten is a rating when "pain" follows (after one word at most) or "now" precedes it
# ("10/10 pain", "6/10 back pain", "now 8/10").
_RATING_OVER_TEN = (
    r"(?:(?<=(?i:now)\s)(?:10|\d)/10(?!\d)|(?:10|\d)/10\s*(?i:(?:[a-z]+\s+)?pain|on\s+the|scale|"
    r"(?:would\s+)?(?:recommend(?:ed)?|rec|stars?|vibes?))\b)"
)
# A rating's or a count's fraction in a diary, a survey or a log: after a mood or symptom word ("mood 3/7,
# anxious 5/7", "humor=4/7", "sleep quality 3/5", "attendance 6/8", "EMA 2/4"), or before what the count
# counts ("3/4 answered"; "appt 5/6 missed" is a date).
_RATING_WORDS = (
    "mood", "anxious", "anxiety", "lonely", "loneliness", "stress", "stressed", "energy", "energia", "humor", "humour",
    "quality", "craving", "cravings", "urge", "urges", "sad", "sadness", "happy", "irritable", "tired", "fatigue",
    "motivation", "focus", "worry", "calm", "appetite", "hopeless", "rated", "rating", "ema", "prompt", "prompts",
    "attendance", "screens", "affect", "valence", "arousal",
)
_RATING_FRACTION = (
    r"(?i:" + "|".join(rf"(?<=\b{w}[ =:])|(?<=\b{w}: )" for w in _RATING_WORDS) + r")(?:10|\d)/(?:10|\d)(?!\d)"
    r"|(?:10|\d)/(?:10|\d)(?!\d)[ \t]+(?i:answered)\b"
)
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
# Holidays by name, with their usual "Day", "Eve" or "Sunday".
_HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Halloween|"
    r"New\s+Year['’]?s(?:\s+(?:Day|Eve))?|(?:Memorial|Labor|Labour|Independence|Veterans|Presidents['’]?|"
    r"Columbus|Boxing|Valentine['’]?s|Mother['’]?s|Father['’]?s|St\.?\s+Patrick['’]?s)\s+Day)"
)
# "2/52" is a UK count of weeks right after a word of time ("for 1/52", "x 2/52", "after 3/52") or later in
# a clause that books a review ("review in  2/52", "OPA 6/52.", "f/u at 6/52", "Repeat U&E in 1/52"). After
# "in" alone it stays a month and a year ("born in 6/52", "CABG in 6/52").
_WEEKS_AFTER_CUE = (
    r"(?i:(?<=\bfor\s)|(?<=\bx\s)|(?<=\bover\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=\bnext\s)|"
    # A stage of a pregnancy or of the weeks after it ("post-partum 5/52", "pp 3/52", "gestation 30/52").
    r"(?<=\bpartum\s)|(?<=\bpp\s)|(?<=\bgestation\s)|(?<=\bpregnant\s))"
    r"\d{1,2}/52(?!\d)"
)
_WEEKS_REVIEW_CUE = (
    r"(?i:\b(?:review\w*|r/v|rv|repeat|rpt|recheck|f/u|fu|follow[- ]?up|opa|opd|appt|appointment|due|"
    r"clinic|tci|next)\b[^.\n\d]{0,40}\d{1,2}/52(?!\d))"
)
# "3/12" is a UK count of months right after a word that books a review and "in" ("Recheck in 3/12",
# "f/u in 6/12"); after "in" alone it stays a date ("seen in 3/12 clinic", "born in 3/12").
_MONTH_REVIEW_WORDS = (
    "review", "recheck", "r/v", "rv", "f/u", "fu", "follow up", "follow-up", "followup", "repeat", "reassess",
    "again", "back", "appt", "opa", "opd", "bloods", "levels", "see",
)
_MONTHS_AFTER_REVIEW = (
    r"(?i:" + "|".join(rf"(?<=\b{w}\sin\s)" for w in _MONTH_REVIEW_WORDS) + r")"
    r"(?:1[0-2]|0?[1-9])/12(?!\d)"
)
# Nouns an ordinal counts ("the 3rd time", "the 2nd floor", "the 5th toe"), and a weekday that 1st to 5th
# ranks in a month ("on the 3rd Tues", "the 2nd Monday"): that ordinal is no day. A later day is a date
# before its weekday ("on the 12th Mon am").
_ORDINAL_COUNTS = (
    r"(?i:(?<=\b[1-5](?i:st|nd|rd|th)\s)(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"time|times|floor|fl|grade|place|toe|finger|digit|rib|ics|intercostal|metatarsal|metacarpal|ventricle|"
    r"nerve|percentile|degree|century|birthday|dose|cycle|round|trimester|attempt|child|pregnancy|admission|"
    r"visit|session|day|week|month|year|line|one|person|patient|opinion|prize|of\s+\d|"
    r"in\s+(?:the\s+)?(?:line|queue|race|class|group|row))\b"
)
# A weekday before a date, in any letter case and its common abbreviations ("Weds 10/9", "THUR 3/2").
_WEEKDAY_STEM = r"(?i:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
_WEEKDAY_WORD = _WEEKDAY_STEM + r"(?i:day)?"
_WEEKDAY = r"(?:" + _WEEKDAY_WORD + r"\.?,?\s+(?:the\s+)?)?"
# A weekday before a bare day: "mon", "wed", "sat" and "sun" in lower case are also words
# ("sat 3rd in line"), so they need a capital or a word that sets a day before them ("on mon 3rd").
_WEEKDAY_WORD_STRICT = (
    r"(?:" + _WEEKDAY_STEM + r"(?i:day)|(?i:tues?|weds|thu(?:rs?)?|fri)|"
    r"(?-i:Mon|Wed|Sat|Sun|MON|WED|SAT|SUN)|"
    r"(?i:(?:(?<=\bon )|(?<=\bby )|(?<=\bnext )|(?<=\blast )|(?<=\bthis )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|"
    r"(?<=\bsince )|(?<=\bdue )|(?<=\bsee )|(?<=\bfor ))(?:mon|wed|sat|sun)))"
)

# A numeric day-first date whose day cannot be a month ("14/3", "27/11"); not "24/7".
_DAY_FIRST = r"(?!24/7(?!\d))(?:1[3-9]|2\d|3[01])/(?:1[12]|0?[1-9])"
# October too, where no rating can be meant: after a weekday, before a clock time.
_DAY_FIRST_ANY_MONTH = r"(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9])"
_ANY_DAY_MONTH = r"(?:[12]\d|3[01]|0?[1-9])/(?:1[12]|0?[1-9])"
_DAY_FIRST_RANGE_SEP = r"\s*(?:[-–]|(?i:to|till|until|thru|through)\b)\s*"
# Scores, ratings, ventilator settings and a day of a course before a fraction ("pain 7/10", "mood 3/10",
# "BIPAP 12/6", "meropenem day 4/7"): the fraction is no date, nor a range it opens ("BiPAP 16/8 to 18/8").
_SCORE_OR_SETTING_BEFORE = (
    r"(?i:(?:\b(?:pain|score[ds]?|scale|rated|rating|strength|grade|motor|power|ratio|"
    r"phq-?\d*|gad-?\d*|gcs|apgars?|rass|x|ps|psv|peep|cpap|bi-?pap|bpap|ipap|epap|ac|simv|prvc|vent|"
    r"settings?|mood|anxiety|anx|energy|sleep|stress|cravings?|urges?|motivation|appetite|irritability|"
    r"sadness|anger|focus|concentration|wellbeing)|" + _COURSE_DAY
    + r")\s*[:=]?\s*(?:(?:of|is|was|now|at|remains|remained|down\s+to|up\s+to)\s+)?)"
)
# Counts, fasting windows and gas units after a day-first fraction ("attended 13/12 sessions", "16/8 to 20/4
# fasting", "14/12 kPa"): the fraction counts or measures.
_DAY_FIRST_COUNTS = (
    r"sessions|slots|patients|pts|clients|people|appointments|appts|visits|calls|referrals|cases|beds|staff|assessments|"
    r"groups|classes|shifts|nights|kpa|fasting|omad|(?-i:IF)"
)
# What makes a day-first fraction a count, a dose or a duration ("14/3 days", "18/12 ago", "14/7 of"); a
# range whose second half has a unit is a range of quantities ("15/5 - 20/5 mg", "16/8 to 20/8 units").
_NOT_DAY_FIRST_AFTER = (
    r"(?![\d/-]|\.\d|\s*" + _NOT_A_DATE_AFTER + r"|\s*(?i:(?!in\b)(?:" + _UNITS_AFTER + r"|" + _DAY_FIRST_COUNTS
    + r"))(?![A-Za-z]))"
    r"(?!" + _DAY_FIRST_RANGE_SEP + r"\d{1,2}/\d{1,2}\s*(?i:" + _UNITS_AFTER + r"|" + _DAY_FIRST_COUNTS
    + r")(?![A-Za-z]))"
)
# Words a day-first date follows: date words and the headings of a diary or a log ("entry 19/4", "diary
# 29/11", "next due 19/06", "w/c 14/11"). Not "review", "after" or "for", which UK notes put before a
# duration ("review after 14/7").
_DAY_FIRST_CUE = (
    r"on|since|until|till|from|dated?|admitted|admit|adm|seen|returned|transferred|discharged|dc'?d|d/c'?d|"
    r"visit|appt|appointment|f/u|follow[- ]?up|due|entry|diary|booked|rebooked|attended|w/c|wc|commencing|"
    # An order's or a payment's day ("Order placed 25/11", "delivered 14/12", "paid 28/02").
    r"placed|ordered|shipped|dispatched|delivered|paid|posted|received|signed|"
    # A referral's steps ("sent 24/10", "faxed 13/11", "screened 19/9", "opted in 14/10")
    r"sent|faxed|emailed|referred|screened|assessed|rang|phoned|called|opted\s+in|commenced|closed|"
    # a meeting's or a list's day ("Professionals mtg 14/06", "MDT 21/3", "clinic list 19/4")
    r"mtg|meeting|mdt|cpa|list|census|clinic|theatre|"
    # when something starts, or someone arrives or comes in ("group accepted, starts 14/10", "admitted via ED 22/07";
    # "ED 14/12 breaches", "went 14/12 without a drink" and "ended 21/9" are counts, months and scores)
    r"starts|begins|arrived|released|via[ \t]+(?:ed|a&e)"
)


DEFAULT_SPEC = {
    "entity_type": "DATE_TIME",
    "name": "DateFormsRecognizer",
    "bare_years": True,
    "patterns": [
        {
            "name": "month_day_year",
            "regex": r"\b" + _WEEKDAY + _WORD_MONTH_BEFORE_COUNT + _MONTH + r"\s+" + _DAY
            + r"(?:" + _DAY_RANGE_END + r")?"
            r"(?:,?\s+" + _YEAR + r")?\b(?!\s*" + _QUANTITY_AFTER + ")",
            "score": 0.85,
        },
        {
            # A date of a note in French, Spanish, Portuguese, Italian, German or Dutch, with its year ("née le 3
            # mai 2013", "15 de marzo de 2020", "3. März 2019"); without the year the words are too often others'.
            "name": "foreign_day_month_year",
            "regex": r"(?i)\b(?:" + _FOREIGN_WEEKDAY + r")?(?:[12]\d|3[01]|0?[1-9]|1er)\.?\s+(?:de\s+)?(?:"
            + _FOREIGN_MONTHS + r")\s+(?:de\s+)?"
            + _YEAR + r"\b",
            "score": 0.85,
        },
        {
            # The same without the year for a month no other word, name or clinic spells ("prévu le 16 février", "el
            # jueves 12 de diciembre"; "Julio", "Agosto", "Marzo" and "Maggio" are people's too: "bed 4 Julio Cesar"),
            # a range's first day too; never a count's number ("track 5 Noviembre") nor a street's ("Calle 3 de Febrero
            # 1450").
            "name": "foreign_day_month",
            "regex": r"(?i)\b(?:" + _FOREIGN_WEEKDAY + r")?" + _COUNTED_BEFORE + r"(?:[12]\d|3[01]|0?[1-9]|1er)[º°]?\.?"
            r"(?:\s?[-–]\s?(?:[12]\d|3[01]|0?[1-9])\.?)?\s+(?:de\s+)?(?:" + _FOREIGN_MONTHS_ALONE + r")\b"
            r"(?!\s+\d)",  # a street's house number after it: "Calle 3 de Febrero 1450"
            "score": 0.8,
        },
        {
            # A month and its year joined by "de" ("came back in mayo de 2024", "em março de 2019"): finer than a year.
            "name": "foreign_month_of_year",
            "regex": r"(?i)\b(?:" + _FOREIGN_MONTHS + r")\s+(?:de|del)\s+" + _YEAR + r"\b",
            "score": 0.8,
        },
        {
            # Dates in Chinese, Japanese and Korean ("1958年4月17日", "令和6年4月1日", "11月28日", "2024년 10월 3일")
            # and Korea's dotted order ("1986. 7. 23.").
            "name": "east_asian_date",
            "gate": r"[年月日년월일]|\d\.\s\d{1,2}\.\s\d",
            "regex": r"(?:(?:(?:令和|平成|昭和)(?:\d{1,2}|元)|\d{4})年[ \t]?)?\d{1,2}月[ \t]?\d{1,2}日"
            r"|\d{4}년[ \t]?\d{1,2}월(?:[ \t]?\d{1,2}일)?"
            r"|(?<![\d.])(?:19|20)\d{2}\.[ \t]\d{1,2}\.[ \t]\d{1,2}\.(?!\d)",
            "score": 0.85,
        },
        {
            # a range of days before a month and its year ("Heard on 6-8 November 2023"); the year is needed, a
            # range before a month alone being a score's or a dose's as often
            "name": "day_range_month_year",
            "regex": r"\b(?:[12]\d|3[01]|0?[1-9])\s?[-–]\s?" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b",
            "score": 0.85,
        },
        {
            "name": "day_month_year",
            "regex": r"\b"
            + _WEEKDAY
            + r"(?:(?i:the)\s+)?"
            + _DAY
            + r"(?:\s+(?i:of))?\s+"
            # "may" and "mar" in lower case after "of" ("the 5th of may").
            + r"(?:(?<=of\s)(?i:may|mar)\b|"
            + _MONTH
            + r")"
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
            r"(?:[T ]" + CLOCK_TIME + r")?(?!\d|:\d)",
            "score": 0.9,
        },
        {
            # An Android log's month and day before its clock time with milliseconds ("04-07 02:14:33.420  1422 W ...")
            "name": "log_month_day",
            "regex": r"(?m:^)[ \t]*(?P<pii>(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
            r"(?=[ \t]+\d{2}:\d{2}:\d{2}\.\d{3}\b)",
            "score": 0.6,
            "gate": r"(?m)^[ \t]*\d{2}-\d{2}[ \t]+\d{2}:\d{2}:\d{2}",
        },
        {
            "name": "numeric_mdy",
            "regex": r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:[12]\d|3[01]|0?[1-9])\1(?:"
            + _YEAR
            + r"|\d{2})(?:\s+" + CLOCK_TIME + r")?(?![\d/-]|\.\d|:\d)",
            "score": 0.8,
        },
        {
            "name": "month_day_numeric",
            # "(?=\d{1,2}/)" first: the look-aheads after it then run at fractions only.
            "regex": r"(?<![\d/.-])(?=\d{1,2}/)(?!" + _SCORE_IN_CHAIN + r")(?!" + _RATING_OVER_TEN + r")"
            r"(?!" + _RATING_FRACTION + r")"
            r"(?!" + _MONTHS_AFTER_REVIEW + r")"
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
            # Day first when the day cannot be a month ("14/3", "27/11"), after a date word, a weekday or
            # a diary heading ("Wed 22/05", "next due 19/06", "entry 19/4"), or opening a line; never
            # over 10 ("15/10 would recommend") nor before a unit or count ("14/3 days", "3/12 ago").
            "name": "day_month_numeric",
            "regex": r"(?im:(?:^|\b(?:" + _DAY_FIRST_CUE + r")\s+))(?P<pii>" + _DAY_FIRST + r")" + _NOT_DAY_FIRST_AFTER,
            "score": 0.6,
        },
        {
            # October too after a cue word, where no rating is meant ("sent 24/10", "since 15/10").
            "name": "day_october_after_cue",
            "regex": r"(?i:\b(?:" + _DAY_FIRST_CUE + r")\s+)(?P<pii>(?:1[3-9]|2\d|3[01])/10)" + _NOT_DAY_FIRST_AFTER,
            "score": 0.6,
        },
        {
            # Day first closing a clause when the month can be no duration or rating ("first appt 24/11.",
            # "discharged from programme 28/11,", "sent 30/10 / opted in"): /7, /12 and /52 count days, months
            # and weeks and /10 rates, so those keep needing a cue. A field's end counts as a clause's: a colon, a
            # table's pipe, two blanks or a dash between an entry's fields ("transfer 17/05: Collins", "| 30/11 |",
            # "THEATRE 3  22/11  Surgeon", "mtg 14/06 – re").
            "name": "day_month_numeric_clause_end",
            # after a ventilator's setting or a score it is consumed and reports nothing ("NIV 16/8  FiO2 0.4")
            "regex": _SCORE_OR_SETTING_BEFORE + r"(?:1[3-9]|2\d|3[01])/(?:0?[1-689]|11)|(?i:\bniv\b[ \t|]*)"
            r"(?:1[3-9]|2\d|3[01])/\d{1,2}|"
            r"(?<![\d/.-])(?P<pii>(?:1[3-9]|2\d|3[01])/(?:0?[1-689]|11))"
            r"(?=[ \t]*(?:[.,;)](?!\d)|:(?!\d)|\||/[ \t]|\n|$)|[ \t]{2,}\S|[ \t]+[–—][ \t])",
            "score": 0.6,
        },
        {
            # Day first before a clock time, as UK and European logs date an event ("A&E 19/10 04:20",
            # "called 14/09 at 23:05"); a ratio or a score has no time after it.
            "name": "day_month_numeric_before_time",
            "regex": r"(?<![\d/.-])(?P<pii>" + _DAY_FIRST_ANY_MONTH + r")(?=,?\s+(?:(?i:at)\s+|@\s*)?"
            r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:]))",
            "score": 0.6,
            "gate": r"\d/\d{1,2},?\s+\S*\d[:.]\d",
        },
        {
            # Both ends of a range of day-first dates ("24/12 to 27/12", "13/3-20/3"): one end with a
            # day over 12 makes both dates.
            "name": "day_month_range_start",
            "regex": r"(?<![\d/.-])(?P<pii>" + _DAY_FIRST + r")(?=" + _DAY_FIRST_RANGE_SEP + _ANY_DAY_MONTH
            + _NOT_DAY_FIRST_AFTER + r")",
            "score": 0.6,
            "gate": r"\d/\d{1,2}" + _DAY_FIRST_RANGE_SEP + r"\d",
        },
        {
            "name": "day_month_range_end",
            # After a score or a setting the range is consumed and reports nothing ("BiPAP 16/8 to 18/8").
            "regex": _SCORE_OR_SETTING_BEFORE + _ANY_DAY_MONTH + _DAY_FIRST_RANGE_SEP + _ANY_DAY_MONTH + r"|"
            r"(?<![\d/.-])" + _ANY_DAY_MONTH + _DAY_FIRST_RANGE_SEP + r"(?P<pii>" + _DAY_FIRST + r")"
            + _NOT_DAY_FIRST_AFTER,
            "score": 0.6,
            "gate": r"\d/\d{1,2}" + _DAY_FIRST_RANGE_SEP + r"\d",
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
            # A day and a month run together in capitals, as airlines and booking systems write them
            # ("on 17DEC", "DEP 03MAR"); "17DEC" glued to a word or a dose ("2MAY-B") is no date.
            "name": "compact_day_month",
            "regex": r"(?<![\w-])(?:[12]\d|3[01]|0[1-9])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?![\w-])",
            "score": 0.7,
            "gate": r"\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b",
        },
        {
            # Not a UK count of weeks after a word of time ("review in 2/52", "repeat bloods after 1/52").
            "name": "month_year_numeric",
            # The first alternative takes the clause that books a review and reports nothing.
            "regex": _WEEKS_REVIEW_CUE + r"|(?<![\d/.+-])(?!" + _WEEKS_AFTER_CUE + r")"
            # "2/52 of not sleeping", "6/52 ago", "5/52 post-partum": weeks that pass, no month; any other
            # year keeps its month ("MI 6/92 post CABG", "Stroke 3/98 of left side").
            r"(?P<pii>(?:1[0-2]|0?[1-9])/(?:3[2-9]|[4-9]\d|0\d|(?:19|20)\d\d))"
            r"(?![\d/-]|\.\d|\s*%)(?!(?<=/52)\s*(?i:of|ago|pp|post\w*|gest\w*)\b)",
            "score": 0.55,
        },
        {
            # "Monday the 3rd", "Mon 3rd", "THURS 9TH"; not an ordinal that counts ("sat 2nd time").
            "name": "weekday_ordinal",
            "regex": r"\b" + _WEEKDAY_WORD_STRICT + r"\.?,?\s+" + _ORDINAL + r"\b(?!\s*" + _ORDINAL_COUNTS + r")",
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
            # A short month name after a date cue in any letter case ("came in oct,", "due feb.", "SINCE
            # DEC"): closing the phrase, so the abbreviation of "decreased" ("in dec UO") stays a word.
            # Not after "from" nor before "to": drug switches ("from aug to cipro", "from oct to
            # lovenox") and people ("heard from jan"); "jan" never after "by" (a person: "seen by jan");
            # "dec" never after "in" ("UO in dec.", "no change in dec": decreased).
            "name": "month_abbrev_after_cue",
            "regex": r"(?i:\b(?:in|since|until|till|by|last|next|early|late|mid|end\s+of|beginning\s+of|start\s+of|"
            r"during|through|thru|due|before|after|around)\s+)"
            r"(?P<pii>(?i:(?<!by\s)jan|feb|apr|jun|jul|aug|sept?|oct|nov|(?<!\bin\s)dec)\.?)"
            r"(?=\s*(?:[,;:!?)]|\.(?!\w)|$|(?i:and|or|then|when|till|until)\b|[-–]\s))",
            "score": 0.55,
        },
        {
            # "Weds 10/9", "THUR 3/2/94", and day first where the day cannot be a month ("Wed 22/05").
            "name": "weekday_numeric",
            # A day-first date without a year is checked like one after a date word ("Sun 15/11 hrs of sleep").
            "regex": r"\b" + _WEEKDAY_WORD + r"\.?,?\s+"
            r"(?:(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{2}|\d{4}))?(?![\d/])|"
            + _DAY_FIRST_ANY_MONTH + r"(?:/(?:\d{2}|\d{4})(?![\d/])|" + _NOT_DAY_FIRST_AFTER + r"))",
            "score": 0.8,
        },
        {
            # "on the 14th", "since the 3rd"; never an ordinal that counts a thing ("since the 3rd
            # time", "after the 2nd dose", "by the 5th floor").
            "name": "day_ordinal_alone",
            "regex": r"(?i:\b(?:on|until|till|by|since|from|before|after|of|due)\s+)"
            r"(?P<pii>(?i:the)\s+" + _DAY_ORDINAL + r")\b(?!\s*" + _ORDINAL_COUNTS + r")",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            # "around the 20th", "through the 14th, then": after a loose word only where the ordinal
            # closes the phrase; before a noun it counts ("through the 5th chapter", "about the 2nd
            # amendment").
            "name": "day_ordinal_loose_cue",
            # Also in parentheses after an event, where a post gives its day ("her birthday (the 22nd)");
            # after a count noun it is a rank ("Chapter (the 3rd)").
            "regex": r"(?i:\b(?:around|about|approx\.?|circa|through|thru)\s+|\b(?:birthdays?|bday|anniversary|"
            r"party|wedding|funeral|appointment|appt|surgery|hearing|court|deadline|shower|graduation|flight)"
            r"\s*\(\s*)"
            r"(?P<pii>(?i:the)\s+" + _DAY_ORDINAL + r")"
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
            r"starts|ends|returns?|f/u|appt|visit)\s+)"
            r"(?P<pii>(?i:the)\s+" + _DAY_ORDINAL + r")(?=\s*(?:[.;:!?)\"”]|,\s|$))",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            # a day named by the month it falls in ("Graduation tentatively the 17th next month", "the 3rd of this
            # month"); "the 3rd this month" counts falls
            "name": "day_ordinal_of_month",
            "regex": r"(?P<pii>(?i:the)\s+" + _DAY_ORDINAL + r")"
            r"(?=\s+(?:(?i:of)\s+(?i:next|this|last)|(?i:next))\s+(?i:month)\b)",
            "score": 0.6,
            "gate": r"(?i)\d(?:st|nd|rd|th)\s+(?:of\s+)?(?:next|this|last)\s+month",
        },
        {
            # a day something lasts until, before "then" ("ya til the 15th then they kick me out"); "came in the 3rd
            # then" places
            "name": "day_ordinal_until_then",
            "regex": r"(?i:\b(?:til|till|until|since|from|due)\s+)(?P<pii>(?i:the)\s+" + _DAY_ORDINAL + r")"
            r"(?=\s+(?i:then)\b)",
            "score": 0.6,
            "gate": r"(?i)\d(?:st|nd|rd|th)\s+then\b",
        },
        {
            # The earlier days of a list closed by a month ("on 5th, 12th and 19th January", "the 2nd or 3rd
            # of May"): the last day and its month are a ``day_month_year`` date.
            "name": "day_ordinal_list_before_month",
            "regex": r"\b(?P<pii>" + _ORDINAL + r")(?=(?:\s*,\s*" + _ORDINAL + r"){0,6}\s*,?\s+(?i:and|or|to|&)\s+"
            + _ORDINAL + r"(?:\s+(?i:of))?\s+(?:(?<=of\s)(?i:may|mar)\b|" + _MONTH + r"))",
            "score": 0.6,
            "gate": r"\d(?i:st|nd|rd|th)\b",
        },
        {
            # Any holiday with its year ("Christmas 2019", "St. Patrick's Day 2025", "Boxing Day, 2023"), not a
            # clock time of that day ("Boxing Day 2000 hrs") nor a film ("Watched Independence Day 1996").
            "name": "holiday_year",
            "regex": r"(?i)(?<!\bwatched\s)(?<!\bwatch\s)\b(?:xmas(?:\s+(?:day|eve))?|paddy['’]?s\s+day|"
            r"good\s+friday|" + _HOLIDAY + r"),?\s+(?:of\s+)?(?:19|20)\d\d\b(?!\s*(?:hrs?|hours)\b)",
            "score": 0.75,
        },
        {
            # Holidays are date elements finer than a year ("seen after Thanksgiving", "Memorial Day").
            "name": "holiday",
            "regex": r"(?i)\b" + _HOLIDAY + r"\b",
            "score": 0.5,
        },
        {
            # A season of a given year ("summer of 2068", "late fall 2090").
            "name": "season_year",
            "regex": r"(?i)\b(?:(?:early|late|mid)[- ]?)?(?:(?:spring|summer|autumn|winter)\s*,?\s+(?:of\s+)?|"
            r"fall\s+of\s+|fall\s*,?\s+(?=" + _SHIFT_YEAR_LOOK + r"))(?:19|20)\d\d\b",
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
    # Scores and ratings written like dates ("pain 7/10", "pain is 2/10", "strength 4/5", "Apgars 8/9", a
    # mood diary's "mood 3/10 anxiety 8/10"), ventilator settings ("PS 10/5", "BIPAP 12/6") and a day of a
    # course ("meropenem day 4/7", "detox day 3/5", a line opening "Day 2/7 of") are not dates. "day" alone
    # is no veto: "Labor Day 9/2", "last day 6/30" and "discharge day 5/14" are dates, so only a course word
    # before it counts.
    "exclude_before": _SCORE_OR_SETTING_BEFORE + r"$",
    "context_window": 25,
    "gate": r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day)",
}




# --- bare years (``bare_years``) ------------------------------------------------------------------
_YEAR4 = r"(?:19|20|21)\d\d"
# A clock time that cannot be a year (0000-1859, 2200-2459).
_CLOCK_ONLY = r"(?:0\d|1[0-8]|2[2-4])[0-5]\d"
_RANGE_OR_LIST = r"\s*(?i:[-–&,]|and|to|through|thru|until|till)\s*"
# Personal-history language after a year ("in 2000 I moved", "by 2000 she had stopped").
_PERSONAL_AFTER = r"\s*,?\s*(?i:i\b|i['’]\w+|my\b|we\b|she\b|he\b|they\b|when\b)"
# A span of full years that no shift of round clock times reads as ("2007-2008"; not "2000-2030").
_CLEAR_YEAR_SPAN = r"(?!\d\d(?:00|30)[-–]\d\d(?:00|30)\b)(?:19|20)\d\d[-–](?:19|20)\d\d(?!\d)"
# A 19xx/20xx number with minutes 00-59 reads as a clock time too. After a weak cue ("since", "in",
# "during", "by", "around") it is a year when it cannot be a time (60-99), when it is no round time
# (:00, :30) and no shift clause follows, or when personal-history language follows; 21:00-21:59 is
# then always a time ("since 2100", "around 2130").
_WEAK_YEAR_LOOK = (
    r"(?=" + _CLEAR_YEAR_SPAN + r")|"
    r"(?:" + _LATE_YEAR4 + r"|(?!\d\d(?:00|30))(?:19|20)[0-5]\d(?!\d)(?!" + _SHIFT_AFTER + r")|(?:19|20)\d\d(?="
    + _PERSONAL_AFTER + r"))(?!\d)"
)
# After a procedure or diagnosis of a history list: any year but 21:00-21:59, and no shift clause.
_HISTORY_YEAR_LOOK = r"(?:" + _LATE_YEAR4 + r"|(?:19|20)[0-5]\d(?!\d)(?!" + _SHIFT_AFTER + r"))(?!\d)"
_WEAK_CUE = (
    r"(?i:\b(?:in|since|during|from|until|till|by|around|about|approx(?:imately)?|between)\b\.?\s*)"
    r"(?=" + _WEAK_YEAR_LOOK + r")"
)
# Words a year follows ("DOB 1961", "class of 2012", "dx'd 2015", "~2008", "in late 2018", "Dad died 2012",
# "DM since 2118": a chronic illness dates its onset, a ward event would not).
_YEAR_CUE = (
    r"(?i:(?:\b(?:circa|year|yr|born|dob|d\.o\.b|graduated|grad|"
    # life events ("convicted 2016", "enlisted army 2008"; "died in 2015" is read by the weak cue "in")
    r"married|remarried|divorced|widowed|convicted|sentenced|offen[cs]e|died|passed(?:\s+away)?|"
    r"enlisted(?:\s+(?:in\s+)?(?:the\s+)?(?:army|navy|air\s+force|marines|military))?|"
    r"retired|quit|laid\s+off|dat(?:ing|es?)\s+(?:back\s+)?to|incarcerated|paroled|evicted|relapsed|diagnosed|dx|dx['’]?e?d|s/p|h/o|hx(?:\s+of)?|pmh|back\s+in|adopted|immigrated|deployed|served|"
    r"class\s+of|(?:diabetes|dm2?|t2dm|htn|hypertension|copd|asthma|cad|chf|ckd|esrd|afib|"
    r"hiv|hcv|epilepsy|depression|bipolar|schizophrenia|ptsd)\s+since|year\s+of|(?:(?:in|by|since|around|from)\s+)?(?:early|mid|late)-?|"
    r"(?:end|start|beginning|middle|summer|winter|spring|fall|autumn)\s+of|summer|winter|spring|autumn)"
    r"\b\.?|\bb\.|\bc\.|\bca\.|~)\s*:?\s*)"
)
# Words for events that also happen during a shift ("Heparin started 2015", "admitted 2045"); a number after
# them needs ``_SHIFT_YEAR_LOOK``. "left" and "joined" only inside parentheses of a history ("(left 2018)"): a
# visitor who "left 2010" or a son who "joined 2010 video call" went at a clock time.
_SHIFT_EVENT_WORD = (
    r"(?i:\b(?:sz|seizures?|overdose|od|fall|code|ekg|ecg|cxr|echo|mri|treated|episodes?|pe|started|stopped|moved|"
    r"admit(?:s|ted)?|hospitali[sz]ed|seen)\b\s*[:(]?\s*|"
    # (a family history's "(deceased 2019, MI)"; a patient "pronounced deceased 2047" died at a clock time)
    r"(?<=\()(?:left|joined)\s+(?=(?:19|20)\d\d\s*\))|(?<=\()deceased\s+(?=(?:19|20)\d\d\s*[),]))"
    r"(?=" + _SHIFT_YEAR_LOOK + r")"
)
# Procedures, diagnoses, tests and vaccines a history list dates ("CABG 1994, MI 2001", "Tdap 2019").
_HISTORY_WORD = (
    r"(?i:\b(?:cabg|mi|n?stemi|ami|cva|tia|stroke|pci|ptca|stents?|cath|ppm|pacemaker|aicd|icd|tkr|tka|thr|"
    r"tha|orif|appy|appendectomy|chole|cholecystectomy|tah|bso|hysterectomy|c/s|c-section|n?svd|turp|cea|"
    r"aaa|avr|mvr|ablation|colonoscopy|egd|mammo(?:gram)?|pap|dexa|dvt|afib|chf|copd|dm2?|t2dm|htn|"
    r"cad|ckd|esrd|ca|cancer|fx|fracture|surgery|repair|replacement|transplant|bx|biopsy|chemo|xrt|"
    r"radiation|lumpectomy|mastectomy|nephrectomy|prostatectomy|tdap|pneumovax|prevnar|shingrix|zostavax|"
    r"ppd|quantiferon|neg|negative|positive|exam|screening|admissions?|hospitali[sz]ations?|"
    r"ect|series|rehab|detox|mva|mvc|tbi|pna|pneumonia|sepsis|vaccine|"
    r"booster|lmp|menopause|hernia|cataracts?|fusion|laminectomy|amputation|bka|aka|"
    r"hcv|hiv|tb)\b(?:\s+(?:x\s?\d|ou|od|os|bilat|bilateral|[lr]|lt|rt))?\s*[:(]?\s*)"
    r"(?=" + _HISTORY_YEAR_LOOK + r")"
)
_ANY_CUE = r"(?:" + _YEAR_CUE + r"|" + _WEAK_CUE + r"|" + _SHIFT_EVENT_WORD + r"|" + _HISTORY_WORD + r")"
# Numbers after these are no years: times ("at 2000", "@ 1930", "q 2000"), rooms, ids and
# lab values ("rm 1974", "BNP 1980", "ANC 2100"), volumes and rates ("I/O 2100/1800", "wt 2010 g",
# "EBL 1970", "UOP 1975", "+1960"), the year of a statute ("Mental Health Act 1983"),
# and a clock-only time opening a list or range ("1800 & 2200", "0700-1900"). This alternative holds
# no ``pii`` group: it reports nothing, it only consumes the number.
_NOT_YEAR_BEFORE = (
    r"(?i:(?:@|#|\$|[+±]|\b(?:at|q|q\d+h?|qhs|hs|due|shift|ebl|uop|out|balance|drain|jp|ngt|og|chest\s+tube|"
    r"residual|pvr|drank|emesis|rm|room|bed|bay|ext|pager|pgr|"
    r"beeper|mrn|acct|account|no|num|number|id|code|lot|unit|apt|suite|ste|box|route|rte|hwy|flight|model|"
    r"part|item|order|ref|claim|policy|group|member|badge|case|page|pp?|vol|volume|bnp|nt-?probnp|probnp|ck|"
    r"cpk|ldh|ferritin|d-?dimer|trop|troponin|tsh|alk\s*phos|alp|ast|alt|ggt|lipase|amylase|wbc|anc|plts?|"
    r"platelets|crp|esr|glucose|gluc|bs|bg|cbg|fs|fsbs|fingerstick|accucheck|osmo?|osmolality|tg|"
    r"triglycerides|chol|ldl|hdl|psa|afp|hcg|vit|vitamin|b12|folate|uo|u/o|i/o|i&o|intake|output|total|net|"
    r"goal|wt|weight|tv|vt|kcal|cal|calories|score|level|count|bolus|dose|rate|drip|gtt|infusion|top|act)\b)"
    r"\s*[:=#]?\s*\d[\d,./]*|\b" + _CLOCK_ONLY + _RANGE_OR_LIST + r"\d{4})"
)
# Units and counts after a number ("2000 ml", "1950 kcal", "2000 calories", "1000 ways", "2000 hrs").
_QUANTITY_WORD = (
    r"\s*(?:%|(?i:ml|mls|cc|l|liters?|mg|mcg|g|gm|grams?|kg|lbs?|oz|units?|u|iu|meq|mmol|kcal|cals?|calories|"
    r"ft|feet|m|km|miles?|yards?|meters?|steps|words|ways|times|dollars|bucks|usd|people|posts|hrs?|hours?|h|"
    r"mins?|minutes|seconds|days|weeks|months|years|pounds|percent|am|pm|a\.m|p\.m|o['’]?clock|mg/dl|k|"
    # "2000 per month" is an amount; "died 2018 per records" a year the chart gives
    r"per(?=\s*(?:cent|capita|d|day|wk|week|mo|month|yr|year|h|hr|hour|min|minute|dose|kg|person|head|night|"
    r"shift|serving|session|visit|unit)\b)|"
    r"points?|pts|sq|rpm|bpm|mmhg|karma|followers|likes|views|upvotes|members|characters|chars|pages|lines|calls|messages|texts)(?![A-Za-z]))"
)
# After a year: no digit, letter ("1990s", "1990's"), decimal, ratio or clock; no other leg of an I&O
# ("in 1980 / out 2100"); no quantity; no clock-only time closing a range or a list ("2000 & 2200").
_NOT_YEAR_AFTER = (
    r"(?![\dA-Za-z]|[,.:/]\d|['’]s\b|\s*[,/;]?\s*(?i:out|output|in|intake)\b\s*[:=]?\s*\d|"
    + _RANGE_OR_LIST
    + _CLOCK_ONLY
    + r"(?!\d)|"
    + _QUANTITY_WORD
    + r")"
)
# Events a year in parentheses dates when it opens them ("(2018 admission", "(2015 overdose)").
_EVENT_NOUN = (
    r"(?i:admissions?|admit|hospitali[sz]ations?|stay|episode|overdose|od|attempt|arrest|evaluation|eval|"
    r"diagnosis|dx|surgery|divorce|discharge|deployment|relapse|conviction|charge)\b"
)
# A reason in parentheses after a year of a list ("2015 (SI), 2018 (OD)").
_REASON = r"(?:\s*\([^()\n]{1,30}\))?"
# Where a cue can begin: not inside a word, and a digit within 30 characters on the line (a cheap
# first test at every position, before the long word alternations).
_WORD_START = r"(?<![A-Za-z])(?=[^\n\d]{0,30}\d)"
_CHAIN_START = r"(?:" + _ANY_CUE + r"|\(|(?=" + _LATE_YEAR4 + r"))"

# The two-digit end of a range of years ("Kandahar 2010-11").
_SHORT_RANGE_END = r"(?:[-–]\d\d(?![\d:]))?"
# A life event that names a place or an employer before its year ("served Fallujah 2004", "moved to
# Springfield 2015", "prior adm Providence Behavioral Health 2019", "killed in Ramadi 2006"): none of
# these happens at a named place during a shift, so a Title-case or ALL-CAPS name (one to five words) then
# a number reads as a year, not a clock time; a place of the ward or a meal keeps it a time.
_LIFE_EVENT_WITH_PLACE = (
    r"(?i:served(?:\s+in)?|deployed(?:\s+to)?|stationed(?:\s+(?:in|at))?|tours?\s+in|(?:im|e)migrated(?:\s+(?:to|from))?|"
    r"lived\s+in|grew\s+up\s+in|worked\s+(?:at|for|in)|graduated(?:\s+from)?|born\s+in|"
    r"(?:killed|wounded|injured|married|buried|arrested)\s+(?:in|at)|studied\s+(?:at|in)|"
    r"laid\s+off\s+(?:from|by)|employed\s+(?:at|by)|incarcerated\s+(?:at|in)|"
    r"(?:prior|previous|past)\s+(?:adm(?:ission|it)?s?|hospitali[sz]ations?|stays?|treatment)(?:\s+(?:at|to|in))?)"
)
# A move also happens during a shift ("Moved to Recovery 2015", "moved from Holding 2000"), and a ward has
# more rooms than any list names: after these the number needs ``_SHIFT_YEAR_LOOK`` (no quarter-hour shape).
_MOVE_WITH_PLACE = (
    r"(?i:moved\s+(?:back\s+)?(?:to|from)|relocated\s+(?:to|from)|previously\s+(?:at|in)|"
    r"came\s+(?:over\s+)?(?:to|from)|arrived\s+(?:in|at|from)|(?:left|joined)(?!\s+(?:ama|against)\b))"
)
_TITLE_WORD = r"[A-Z][^\W\d]*(?:['’-][^\W\d]+)*"
# Places of a ward an ALL-CAPS note moves a patient to, and meals it serves ("MOVED TO CHAIR 2015", "SERVED
# LUNCH 2015"): the number after them is a clock time.
_WARD_PLACE = (
    r"(?!(?i:(?:the\s+|a\s+)?(?:chair|bed|room|rm|unit|floor|icu|micu|sicu|ccu|cvicu|pacu|or|ed|er|hall|hallway|"
    r"bathroom|commode|stretcher|tele|telemetry|step|stepdown|ward|bay|window|door|desk|station|side|recliner|"
    r"breakfast|lunch|dinner|supper|meals?|trays?|snacks?|bedside|ir|ct|mri|cath|radiology|endo|dialysis)\b))"
)

_PLACE_NAME = (
    r"\s+" + _WARD_PLACE + r"(?:(?:" + _TITLE_WORD + r"|&|of|the)\s+){0,4}?" + _TITLE_WORD + r",?\s+"
)
# A span of full years ("2012-2014"), which ``_SHIFT_AFTER`` would read as a shift ("2000-2100").
_YEAR_SPAN = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)"
# A life event, its place, then the first year (a history year, or a shift-safe one after a move).
_PLACE_EVENT_START = (
    r"(?<![A-Za-z])(?:" + _LIFE_EVENT_WITH_PLACE + _PLACE_NAME + r"(?=" + _HISTORY_YEAR_LOOK + r"|" + _YEAR_SPAN + r")|"
    + _MOVE_WITH_PLACE + _PLACE_NAME + r"(?=" + _SHIFT_YEAR_LOOK + r"))"
)
_PLACE_EVENT_GATE = (
    r"(?i:served|graduated|deployed|stationed|tours?\s|migrated|moved|relocated|lived|grew|worked|laid|employed|"
    r"incarcerated|prior|previous|past|previously|came|arrived|left|joined|born|killed|wounded|injured|married|"
    r"buried|arrested|studied)"
)

@register_validator("life_length")
def _life_length(value: str, params: Mapping[str, Any]) -> bool:
    """Two years a life apart: the second later by 15 years or more ("1928–2024"; not "2010-2015")."""
    first, second = (int(y) for y in re.findall(r"\d{4}", value))
    return second - first >= 15


BARE_YEAR_PATTERNS: list[dict[str, Any]] = [
    {
        "name": "year_after_life_event_place",
        "regex": _PLACE_EVENT_START + r"(?P<pii>" + _YEAR4 + _SHORT_RANGE_END + r")" + _NOT_YEAR_AFTER,
        "score": 0.6,
        "gate": _PLACE_EVENT_GATE,
    },
    {
        # The second and the last year of a list after a place ("hospitalized Bayview 2013, 2016, 2018").
        "name": "year_list_after_life_event_place",
        "regex": _PLACE_EVENT_START + r"(?:" + _YEAR4 + _REASON + _RANGE_OR_LIST
        + r")+?(?!\d\d00|21[0-5]\d)(?P<pii>" + _YEAR4 + r")" + _NOT_YEAR_AFTER,
        "score": 0.55,
        "gate": _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4,
    },
    {
        "name": "last_year_list_after_life_event_place",
        "regex": _PLACE_EVENT_START + r"(?:" + _YEAR4 + _REASON + _RANGE_OR_LIST
        + r")+(?!\d\d00|21[0-5]\d)(?P<pii>" + _YEAR4 + r")" + _NOT_YEAR_AFTER,
        "score": 0.55,
        "gate": _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4,
    },
    {
        # After a year cue or a history word ("since 2009", "CABG 1994, MI 2001").
        "name": "year_after_cue",
        "regex": _WORD_START + r"(?:" + _NOT_YEAR_BEFORE + r"|" + _ANY_CUE + r"(?P<pii>"
        + _YEAR4 + r")" + _NOT_YEAR_AFTER + r")",
        "score": 0.6,
        "gate": _YEAR4,
    },
    {
        # A year closing an item of a history section ("Hx West Nile encephalitis 2019, ...", "PSH: L
        # hernia repair 2011."): after a word, never after a time word ("PMH ... lasix at 2000,").
        "name": "year_in_history_section",
        "regex": r"(?i:\b(?:hx|pmh|psh|h/o|history|s/p)\b\.?\s*:?)[^.;\n@]{0,80}?(?<=[A-Za-z)] )"
        r"(?<!\bat )(?<!\bby )(?<!\bq )(?<!\bdue )(?<!\bhs )(?P<pii>" + _YEAR4 + _SHORT_RANGE_END + r")"
        r"(?=\s*(?:[,;)]|\.(?!\d)|$))"
        + _NOT_YEAR_AFTER,
        "score": 0.55,
        "gate": r"(?i:hx|pmh|psh|h/o|history|s/p)",
    },
    {
        # A life's span after a full name, as a death notice writes it ("Vale Margaret O'Brien, 1928–2024"): both
        # years, a life's length apart; never a place's or a study's years ("New York, 2010-2015", "Smith et
        # al, 2019-2020").
        "name": "lifespan_after_name",
        "regex": r"(?<![\w'’-])[A-Z][a-z'’]+(?:[ \t]+[A-Z][A-Za-z'’-]+){1,3},[ \t]*"
        r"(?P<pii>" + _YEAR4 + r"[ \t]*[–-][ \t]*" + _YEAR4 + r")(?!\d)",
        "score": 0.6,
        "gate": _YEAR4 + r"[ \t]*[–-][ \t]*" + _YEAR4,
        "validators": [{"name": "life_length"}],
    },
    {
        # A year of birth or death abbreviated ("Grandma, d. 2017", "(b. 1931)"); never a vitamin's dose ("vit d.
        # 2000 units").
        "name": "born_or_died_year",
        "regex": r"(?<![\w.])(?<![Vv]it )(?<![Vv]itamin )(?<!VIT )(?<!VITAMIN )(?:b|d)\.[ \t]?(?P<pii>" + _YEAR4
        + r")(?![\d.,]\d|\d|[ \t]*(?i:iu|units?|mg|mcg|ml)\b)",
        "score": 0.6,
        "gate": r"\b[bd]\.[ \t]?" + _YEAR4,
    },
    {
        # "(1994)", "(1968-2006)", "(2015, 2018)"
        "name": "year_in_parentheses",
        # Also before the event it dates ("(2018 admission, ...)", "(2015 overdose)").
        "regex": r"\((?P<pii>" + _YEAR4 + r")(?=\s*[)\-–,;]|\s+" + _EVENT_NOUN + r")" + _NOT_YEAR_AFTER,
        "score": 0.6,
        "gate": r"\(" + _YEAR4,
    },
    {
        # Never a clock time; no quantity, id, lab or ratio around it.
        "name": "year_by_shape",
        "regex": _WORD_START + r"(?:" + _NOT_YEAR_BEFORE + r"|(?<![\w.,/#$:@+±-])(?P<pii>" + _LATE_YEAR4 + r")"
        + _NOT_YEAR_AFTER + r")",
        "score": 0.55,
        "gate": _LATE_YEAR4,
    },
    {
        # The second (and the last) year of a range or list whose first is a year by its shape or a cue
        # ("1968-2006", "from 2005 to 2012", "in 2013, 2016 and 2019", "admissions: 2015 (SI), 2018 (OD)");
        # never one ending in 00, which is as likely a clock time in a list of them.
        "name": "year_after_year",
        "regex": _WORD_START + r"(?:" + _NOT_YEAR_BEFORE + r"|" + _CHAIN_START + r"(?:" + _YEAR4 + _REASON
        + _RANGE_OR_LIST + r")+?(?!\d\d00|21[0-5]\d)(?P<pii>" + _YEAR4 + r")" + _NOT_YEAR_AFTER + r")",
        "score": 0.55,
        "gate": _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4,
    },
    {
        "name": "last_year_of_list",
        "regex": _WORD_START + r"(?:" + _NOT_YEAR_BEFORE + r"|" + _CHAIN_START + r"(?:" + _YEAR4 + _REASON
        + _RANGE_OR_LIST + r")+(?!\d\d00|21[0-5]\d)(?P<pii>" + _YEAR4 + r")" + _NOT_YEAR_AFTER + r")",
        "score": 0.55,
        "gate": _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4 + _REASON + _RANGE_OR_LIST + _YEAR4,
    },
    {
        # "'94", "’98", "'68-'70"; not feet and inches (5'10") nor a number opening a quotation ("'12 steps'",
        # "'20 more minutes'").
        "name": "two_digit_year",
        # (a range of them is one span: "VIETNAM '68-'69")
        "regex": r"(?<![\w'’.])(?P<pii>['’]\d{2}(?:[-–]['’]\d{2}(?![\w'’]))?)"
        r"(?![\w'’%]|[,./:]\d|" + _QUANTITY_WORD + r"|[^'’\n]{1,40}['’](?!\w))",
        "score": 0.6,
        "gate": r"['’]\d\d",
    },
]


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the bare-year patterns while ``bare_years`` is true (the default); drop the option key."""
    out = {k: v for k, v in spec.items() if k != "bare_years"}
    if bool(spec.get("bare_years", DEFAULT_SPEC["bare_years"])):
        out["patterns"] = [*spec.get("patterns", []), *BARE_YEAR_PATTERNS]
    return out
