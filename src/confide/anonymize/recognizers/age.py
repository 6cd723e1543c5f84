"""Ages stated in text ("92 years old", "a 91-year-old", "aged 95", "age: 90", "93yo").

Also without a unit where the phrase makes it one: an elder's age in a post ("my abuela is 96", "my nan,
she's 91 and lives alone", "Nan turned 95", "My nan (Grace, 96)"), the age at death ("passed at 102"), "90
years young", "Eileen Dempsey, 91 yrs." and a resident's age after the name
("Resident Winifred Ashcombe, 94, room 12"), a triage entry's "94M" and an elder's birthday by its ordinal
("grandpa's 100th"), up to 110; a pronoun's 90-98 closing a clause near an elder's
word ("my mom ... she's 91 and asked for dad"), below any fever, unless a reading's or a score's word is
near. A
child's, a partner's or a sibling's "was 103", or a bare "he's 104", is a fever: with no "years" it is
left alone.

HIPAA Safe Harbor requires removing ages over 89; ``min_age`` (default 90) sets the lowest age
reported, so ``min_age: 0`` treats every stated age as an identifier. Only the number is reported.
An age over 89 in words ("NINETY-ONE YO", "one hundred and two years old") is reported while
``min_age`` is at most 90 (words for lower ages are not read).
"""

from __future__ import annotations

from typing import Any

from confide.anonymize.lexicon import MONTH_WORDS
from confide.anonymize.recognizers.number_words import DIGIT_WORDS
from confide.anonymize.recognizers.person_context import RELATIONS

_AGE = r"(?P<pii>\d{1,3})"
# 90 to 129 in words: "ninety", "ninety-one", "one hundred", "one hundred and two", "one hundred twenty".
AGE_WORDS = (
    r"(?P<pii>ninety(?:[- ]" + DIGIT_WORDS + r")?|one\s+hundred(?:\s+(?:and\s+)?(?:" + DIGIT_WORDS
    + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]"
    + DIGIT_WORDS + r")?))?)"
)

# Elders an age over 89 is told of in posts and letters, English and the kin words of heritage languages
# ("my abuela is 96", "nonna Rosa was 99 when she passed", "bà nội is 93"). A child, a partner, a sibling
# or a friend (``RELATIONS`` of the person-context recognizer) "was 103" has a fever: their number needs
# "years" after it.
_ELDER_KIN = (
    r"(?:great[- ]?)*(?:grand|gran)(?:mother|father|ma|pa|mum|mom|dad|ad|ddad|ny|nie)|gran|nan|nana|nanna|nanny|"
    r"mother|mom|mum|mam|father|dad|daddy|mummy|mommy|mammy|aunt|auntie|uncle|papa|abuel[ao]|abuelit[ao]|nonn[ao]|oma|opa|bubbe|bubby|"
    r"zayde|lol[ao]|yiayia|papou|babcia|dziadek|nani|dadi|(?:bà|ông)(?:\s+(?:nội|ngoại))?|"
    # Pet names of grandparents in posts ("pop pop is 92", "my meemaw, she's 95").
    r"pop[- ]?pop|poppy|pops|gramps|grampa|gramma|grammy|gammy|meemaw|memaw|mawmaw|pawpaw|papaw|nonno|"
    # grandparents in Cree, Kikuyu, Swahili, Singapore's Englishes, Afrikaans, Zulu, Māori, Welsh, Korean
    r"kokum|kookum|mosom|cucu|guka|shosho|ah[ ]?ma|ah[ ]?gong|ah[ ]?kong|lao[ ]?lao|ouma|oupa|gogo|kuia|koro|"
    r"nain|taid|halmeoni|harabeoji|"
    # ... and in Tamil, Kannada, Swahili, Shona and Afrikaans ("Paati is 95", "bibi is 92", "tannie Sarie is 92")
    r"paati|patti|thatha|ajji|ajja|bibi|babu|mbuya|ambuya|tannie|oom"
)
# A word between a relative and "is"/"was" that makes the number a measurement ("mom temp was 101").
_NOT_A_MEASURE = (
    r"(?!(?:temp|temperature|fever|sats?|o2|spo2|bp|hr|pulse|heart|sugar|glucose|bs|score|weight|wt|iq)\b)"
)
# Measurement words after a number between commas ("Pt Mary Brown, 120, weight kg"): a reading, not an age.
MEASURE_WORD = (
    r"(?i:weight|wt|kg|lbs?|hr|heart|bp|pulse|temp|t|rr|sats?|spo2|o2|bmi|glucose|bs|bg|score|height|ht)\b"
)
# An age with no unit is rarely over 110; a larger number there is a reading ("was 120", "Ward, 120, HR").
MAX_AGE = 110
_PLAUSIBLE_AGE = {"name": "int_range", "min": 0, "max": MAX_AGE}
# After an age without a unit: the clause ends or goes on about the person ("is 102 and has outlived",
# "was 99 when he passed", Afrikaans' "is 92 en"), or a birthday to come ("is 97 tomorrow", "is 96 on the 2nd of
# May"; "was 102 on the 3rd day of his flu" is a fever); a temperature has its unit ("was 101 F").
_AGE_CLAUSE_END = (
    r"(?![.,]\d)(?!\s*(?:°|(?i:f|c|degrees?|fahrenheit)\b))"
    r"(?=\s*(?:[,.;!?)]|$|(?i:yrs?|years?|and|when|now|but|&|lol|lmao|tho|rn|tomorrow|tmrw)\b|"
    r"(?-i:en|hoor|neh|lah)\b|(?i:on\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:"
    + "|".join(sorted(MONTH_WORDS))
    + r"))\b))"
)

# A capitalised word of a name, accents and inner hyphens or apostrophes allowed ("Gérald", "Young-sook").
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# Labels of a list of people, before "Name Name, 92," ("Volunteer sign-up: Art Kowalski, 92").
_PEOPLE_LABEL = (
    r"(?i:sign-?ups?|volunteers?|names?|attendees?|members?|participants?|residents?|guests?|visitors?|"
    r"contacts?|caregivers?|carers?|next\s+of\s+kin|nok|informants?|donors?|tenants?|occupants?|clients?|"
    r"adults?\s+at\s+risk|re)"
)
# What describes a person after "Name Name, 92," ("Oh Young-sook, 92, Korean-speaking", "…, 94, retired",
# "…, 102, passed peacefully", "…, 91, DOB 02.05.1935").
# ... of them, those no score, reading or result is followed by ("Hazard Perception, 95, passed" is a test's).
_LIFE_WORDS = r"(?i:[^\W\d_]+-speaking|retired|widow(?:ed|er)?|lives|living|born|d\.?o\.?b\b|speaks|veteran)"
_PERSON_AFTER = (
    r"(?:" + _LIFE_WORDS + r"|(?i:married|single|divorced|separated|male|female|man|woman|gentleman|lady|former|"
    r"passed|died|deceased|(?-i:[MF])\b))"
)

# A rural route's one digit before its box or its town ("92, RR 1 Box 47", "95, RR 2, Mabou") is an address after
# the age, never a respiratory rate.
_RURAL_ROUTE = r"(?![ \t]*[1-9][ \t]*(?:,[ \t]*[A-Z][a-z]|(?i:box)\b))"
# Words of a reading, a score or a speed that make a pronoun's number one ("sats", "temp", "MMSE", "on 2L").
READING_WORD = (
    r"(?:sats?|\w*satur\w*|desat\w*|spo2|o2|oxygen|pulse|ox|oximeter|hr|heart|rate|bp|temp\w*|fever|cold|"
    r"shiver\w*|scores?|scored|points?|weight|wt|sugar|glucose|bs|bg|bm|reading|percent\w*|grades?|marks?|"
    r"tests?|exams?|quiz\w*|gpa|iq|report|card|ra|room\s+air|\d+\s*l|nc|news2?|pews|mmse|moca|gcs|glasgow|"
    r"obs|drop\w*|climb\w*|ris\w*|fall\w*|then\s+\d+|speed|mph|camera|kgs?|lbs?|pounds)\b"
)
# A pronoun's 90 to 98 closing a clause ("she's 91 and", "he's 90.", Tagalog's "she's 92 na" = already 92, Pidgin's
# "she be 90 this year oo", Afrikaans' "sy's 93 hoor"), reported
# from the group ``pii``.
# (its head, also the gate of the patterns that end in it)
_PRONOUN_IS = r"\b(?:he|she|sy)(?:['’]?s|\s+is|\s+was|\s+be)(?:\s+now)?\s+"
_PRONOUN_AGE = (
    _PRONOUN_IS + r"(?P<pii>9[0-8])(?![.,]\d)"
    r"(?=\s*(?:[,.;!)]|$|(?:and|now|but|then|this\s+year|(?-i:na|en|oo|hoor|neh|lah|leh|lor|eh))\b(?!\s*\d)))"
    r"(?![^.!?\n]{0,80}\b" + READING_WORD + r")"
)
# What goes on after a pronoun's 90 to 98 and makes it the person's age with no elder named: the life they
# still lead ("He is 93 and lives with his granddaughter", "Ninety-six and still insists on living alone") or a
# birthday to come ("shes 94 next month", "He's 90 in June"). A reading goes on otherwise ("he's 98 and afebrile",
# "She's 94 and still on 2L", "He's 95 this week, up from 92").
_LIFE_AFTER = (
    r"(?=,?[ \t]+(?:(?:and|&)[ \t]+)?(?:still[ \t]+)?(?:lives?|living|walks?|walking|drives?|driving|cooks?|cooking|"
    r"(?<=still[ \t])(?:does|plays|reads|goes|gardens)|"
    r"manages?|insists?|does[ \t]+(?:his|her)[ \t]+own|asking|asks|swears?|swearing|moaning|moans|complaining|"
    r"complains|grumbling|stubborn|bossing|bosses|telling|tells|gossiping|flirting|sharp|feisty|"
    r"(?:(?:he|she)['’]s|(?:he|she)[ \t]+(?:is|does|doesn['’]t|won['’]t|wants|still|can['’]t|has))[ \t]+"
    r"(?!(?:on|off|febrile|afebrile|desat\w*|satting|spiking|hypox\w*|tachy\w*|brady\w*|down|up|back)\b))\b"
    r"(?![^.!?\n]{0,80}\b" + READING_WORD + r"))"
)
# ... a birthday to come, the clause ending or going on about the person: never a ranking's or a rota's month ("She's
# 93 next month on the rota", "He's 90 in May's ranking", "she's 92 in March and 88 in April").
_MONTHS = "|".join(sorted(MONTH_WORDS))
_BIRTHDAY_AFTER = (
    r"(?=,?[ \t]+(?:next[ \t]+(?:month|year|birthday)|in[ \t]+(?:" + _MONTHS + r")|at[ \t]+christmas)"
    r"\b(?!['’]s|[ \t]+(?:on|compared|vs|versus|up|down|from|against|in|at|for|and[ \t]+\d)\b|,?[ \t]*\d))"
)
_LIFE_OR_BIRTHDAY_AFTER = r"(?:" + _LIFE_AFTER + "|" + _BIRTHDAY_AFTER + r"|(?=[ \t]+for[ \t]+god['’]?s[ \t]+sake\b))"
# Up to 200 characters of a line holding no reading word, between an elder's word and a pronoun's age.
_NO_READING_GAP = r"(?:(?!\b" + READING_WORD + r")[^\n]){0,200}?"

# What an old person still does or how they keep, after "still" (a closed list: a fever "still spiking", a car "still
# cruising", a stock "still climbing" and a pump "still infusing" do nothing a person does).
_STILL_DOING = (
    r"(?:driv(?:ing|es)|work(?:ing|s)|liv(?:ing|es)|garden(?:ing|s)|cook(?:ing|s)|bak(?:ing|es)|danc(?:ing|es)|"
    r"golf(?:ing|s)|knit(?:ting|s)|paint(?:ing|s)|volunteer(?:ing|s)|swim(?:ming|s)|cycl(?:ing|es)|walk(?:ing|s)|"
    r"teach(?:ing|es)|sing(?:ing|s)|travell?ing|travels|shopping|writ(?:ing|es)|sew(?:ing|s)|fishing|going|"
    r"ambulating|self-caring|strong|sharp|active|independent|fit|healthy|alive|mobile|lucid|spry|sprightly|feisty|alert|"
    r"kicking|here|with[ \t]+(?:us|it))\b"
)
# Words for the person a note is about, before their age in words ("Resident ninety-nine").
_ROLE_WORDS = r"(?:pt|patient|client|resident|occupant|service\s+user|veteran|gentleman|lady|woman|man|male|female)"
# A unit after an age in words makes it an amount ("ninety-two kilos", "one hundred per cent").
UNIT_WORDS_AFTER = (
    r"(?![- ](?i:per\s*cent|percent|pct|minutes?|mins?|seconds?|hours?|days?|weeks?|months?|pounds?|lbs?|"
    r"kgs?|kilos?|kilograms?|degrees?|metres?|meters?|miles?|feet|foot|yards?|km|mph|club|something|dollars?|bucks|"
    r"euros?|quid|cents|pence)\b)"
)
# A unit after "(100)" makes it a reading of whoever the word names ("Dad (100) mph", "Mom (92) kg").
PAREN_UNIT = r"(?i:mph|km/?h|kph|kg|kgs|lbs?|pounds|mg|%|degrees|°|bpm|mmhg|miles|km|points|pts)(?!\w)"

# Where an age with a sex letter opens an entry: at a line's start before the entry's comma or word ("94M,
# hx depression", "88F living alone"); after a triage, dispatch or complaint label and its colon or dash
# ("triage 0512: 94M", "ED TRIAGE 0215 -- 52F", "CC: 96F fall"), no reading's word between; after "pt is"
# ("PCR: pt is 93F"); after "pt" before the entry's comma or word ("Pt 92F found down"). Bare "99F",
# "Pt 98F", "Bed: 92M", "MCV: 92F" and "Vitals -- 98F" are readings or places.
_ENTRY_AFTER = (
    r"(?=\d{2,3}[MF](?:\s*[,;]|\s+(?i:w/|bib\w*|via|from|found|hx|c/o|s/p|with|presents?|brought|alert|lying)\b))"
)
_AGE_SEX_LEAD = (
    r"(?:(?m:^)" + _ENTRY_AFTER
    + r"|\b(?i:triage|ems|pcr|dispatch|intake|cc|call|run|note|handover)\b"
    r"(?:(?!(?i:vitals?|obs|temp\w*|tmax|tmp|fever|oral|bed|rm|room|mcv|bp|hr)\b)[^\n:—]){0,25}?(?::|--|—)\s*"
    r"|\b(?i:pt|patient)\s+(?i:is)\s+"
    r"|\b(?i:pt|patient),?\s+" + _ENTRY_AFTER + r")"
)
# A temperature's word or label in the clause after "99F" ("and afebrile", "oral", "Tmax").
TEMP_AFTER = (
    r"[^.\n]{0,30}\b(?i:afebrile|febrile|oral|axillary|tympanic|rectal|temp(?:erature)?|tmp|tmax|fever|outside|"
    r"weather|degrees)\b"
)
# A room's, a bed's, a flat's or a size's number, an MCV or a CK is no age with a sex letter ("Rm 92F", "Bed: 92M",
# "Flat 93F", "Bra size 90F", "MCV 92F"); "Bed 3: 91F" is, the bed's number standing between.
_NOT_AFTER_PLACE_WORD = "".join(
    rf"(?<!\b{w}{sep})"
    for w in ("rm", "Rm", "RM", "room", "Room", "ROOM", "bed", "Bed", "BED", "bay", "Bay", "flat", "Flat", "apt", "Apt",
              "seat", "Seat", "size", "Size", "mcv", "MCV", "ck", "CK", "unit", "Unit", "ward", "Ward", "no", "No")
    for sep in (" ", ": ", ":", "#", " #", ". ")
)
# A kin word's ordinal that stands for a birthday: the clause goes on with a verb, a time or a party word
# ("mom's 90th is this weekend", "nan's 92nd on Sunday"), or ends.
_ORDINAL_ALONE = (
    r"(?=\s*(?:[.,;:!?)]|$|(?i:is|was|will|on|this|next|today|tomorrow|tmrw|party|bash|celebration|lol|coming)\b))"
)

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "AGE",
    "name": "AgeRecognizer",
    "gate": r"\d|(?i:ninet|hundred)",
    # a temperature's or a distance's word shortly before the number in its clause ("T 99F", "Tmax 101.2F, now
    # 98F", "VS: 98F", "spiked to 101F", "walked 90M")
    "exclude_before": r"(?i)(?:\bt[cm]?[ \t:=]*$|\b(?:temp\w*|tmax|tmp|max|fever|febrile|pyrex\w*|spiked?|obs|vs|"
    r"vitals?|ambient|outside|heat|walk(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing|ation)|ambulat\w*|distance)\b"
    r"(?:[^\n;.]|\.\d){0,25}$)",
    "min_age": 90,
    "patterns": [
        {
            "name": "n_years_old",
            "regex": r"\b" + _AGE + r"(?:\s*|-)(?:years?|yrs?|yr)(?:\s*|-)(?:old|of\s+age)\b",
            "score": 0.9,
            "flags": ["IGNORECASE"],
        },
        {
            # "90 years young", as families and obituaries put it.
            "name": "n_years_young",
            "regex": r"\b" + _AGE + r"(?:\s*|-)(?:years?|yrs?)(?:\s*|-)young\b",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            # The age at death ("passed at 102", "Grandma passed there at 99", "died peacefully aged 96", "lived to
            # 97", "Father alive at 94"): only words of how, where or when between, and never a measure, a time or
            # a count after the number ("died at 91 kg", "passed at 0930", "Death at 90 days", "passed at 92 on his
            # first attempt", "died at 95 Elm St").
            "name": "died_at_n",
            "regex": r"(?i:\b(?:lived|living)[ \t]+to[ \t]+(?:be[ \t]+)?|"
            r"\b(?:passed|died|passing|death|alive)(?:[ \t]+(?:away|peacefully|there|here|quietly|suddenly|home|"
            r"in[ \t]+(?:his|her|their)[ \t]+sleep|last[ \t]+(?:night|week|month|year|\w+day)|yesterday|today|recently|"
            r"overnight|just|this[ \t]+(?:morning|afternoon|evening|week))){0,3}"
            r"[ \t]+(?:at|aged)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?)"
            + _AGE + r"(?!\d|[:.,]\d|[ \t]*(?:%|[A-Z][a-z]|(?i:[ap]\.?m\b|percent|per\b|on\b|days?|weeks?|wks?|"
            r"months?|hours?|hrs?|min|minutes?|sec|seconds?|kg|lbs?|ml|mmhg|degrees?|°|[fc]\b|mg|bpm)))",
            "score": 0.7,
            "gate": r"(?i)\b(?:passed|died|passing|death|alive|lived|living)\b",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # What an old person still does or still is at an age, the person named before it ("mama is still strong
            # at 93, God will do it", "Nan still drives at 95!", "my grandad is still living alone at 95.", "she's still
            # sharp at 91 and"): an elder's word or a pronoun, "still" and a deed of a person's or how they keep, the
            # clause ending after the number. A reading or a score earlier in the sentence takes the rest of it and
            # reports nothing ("sats still hovering at 92."); a fever, a machine, a market or a game still does
            # nothing a person does ("still spiking at 101", "still cruising at 95", "still trading at 98").
            "name": "still_at_n",
            "regex": r"(?i)\b" + READING_WORD + r"[^.!?\n]{0,80}|"
            r"(?i:\b(?:" + _ELDER_KIN + r"|mama|he|she|pt|resident)(?:['’]s)?(?:[ \t]+(?:is|was))?[ \t]+still[ \t]+"
            + _STILL_DOING + r"(?:[ \t]+(?!at\b|on\b|" + READING_WORD + r")[a-z][\w'’-]*){0,3}?[ \t]+at[ \t]+)" + _AGE
            + r"(?![.,:]\d)(?=[ \t]*(?:[,.;!?)]|$|(?i:and|but|lol|lmao|haha|tbh|tho|now|which|when|yrs?|years?)\b)"
            r"|[ \t]+[^\w\s%°])",
            "score": 0.6,
            "gate": r"(?i)\bstill\b[^.!?\n]{0,40}\bat[ \t]+\d",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An elder and a first name with the age in brackets, as a post introduces them ("My nan (Grace, 96)
            # has been"); never a reading's label ("(Sats, 94)").
            "name": "kin_name_comma_n_in_brackets",
            "regex": r"(?i:\b(?:" + _ELDER_KIN + r")\b)\s*\(\s*[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2}\s*,\s*" + _AGE
            + r"\s*\)",
            "score": 0.6,
            "gate": r",\s*\d{2,3}\s*\)",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            "name": "n_year_old",
            "regex": r"\b" + _AGE + r"-(?:year|yr)-old\b",
            "score": 0.9,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "n_yo",
            "regex": r"\b" + _AGE + r"\s?(?:yo|y/o|y\.o\.)(?:[mf](?![A-Za-z]))?(?![A-Za-z])",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            # A year's letter and a sex letter after the number ("ppt (91y F) fall at home", "93y/M")
            "name": "n_y_sex",
            # (never a life table's or a lot's: "95y M 0.31", "Lot 95y F-12")
            "regex": r"\b" + _AGE + r"[ \t]?y[ \t]?/?[ \t]?(?-i:[MF])(?![A-Za-z])(?![ \t]*[-\d.])",
            "score": 0.8,
            "gate": r"\d[ \t]?y[ \t]?/?[ \t]?[MF]",
        },
        {
            "name": "words_years_old",
            "regex": r"\b" + AGE_WORDS
            + r"(?:\s+|-)(?:(?:years?|yrs?|yr)(?:\s+|-)(?:old|of\s+age)|yo|y/o|y\.o\.)(?![A-Za-z])",
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "aged_n",
            # (a form's age at an event: "Age on admission: 95", "age at referral 93")
            "regex": r"\b(?:aged?|age\s+of|ages?d?\s*:|age\s+(?:on|at)\s+(?:admission|referral|assessment|intake|"
            r"presentation|discharge|death|review|visit)\s*:?)\s*"
            + _AGE
            + r"(?:y|yrs?|yo)?\b(?!\s*(?:%|percent|mg|days?|weeks?|months?))",  # "Age 91Y", "age 93yrs"
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            "name": "intro_name_n",
            "regex": r"\b(?:I'?m|I\s+am|[Tt]his\s+is)\s+[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?,\s*"
            + _AGE
            + r"\b(?![.,]\d)",
            "score": 0.7,
        },
        {
            "name": "i_am_n",
            "regex": r"\b(?:I'?m|I\s+am|turned|turning)\s+"
            + _AGE
            + r"(?=\s*(?:[,.;!?)]|$|and\b|now\b|years?\b))",
            "score": 0.6,
        },
        {
            # A birthday: "she turned 92 today", "pt turning 95 next week", "MOM TURNS 100 ON SUNDAY": a
            # person (a pronoun, a relation, a role or a title) within three words before, since counters,
            # streaks and channels also turn 100 ("sobriety counter turns 100 tomorrow"); never an angle,
            # a speed or an amount.
            "name": "turned_n_when",
            "regex": r"(?i)\b(?:i|he|she|pt|patient|client|resident|veteran|mother|mom|mum|"
            r"father|dad|husband|wife|spouse|partner|grand\w*|gran|nana|papa|aunt|uncle|sister|sis|brother|"
            r"son|daughter|dtr|friend|neighbou?r|who|mr|mrs|ms|miss)\b(?:['’]s)?\.?(?:\s+[\w'’.()-]+){0,2}?\s+"
            r"(?:turned|turning|turns)\s+" + _AGE
            + r"(?=\s+(?:today|tonight|yesterday|tomorrow|this|last|next|on|in|at|over|since|recently|soon)\b)",
            "score": 0.6,
            "gate": r"(?i)\bturn(?:ed|ing|s)\s+\d",
        },
        {
            # A person's age after "is"/"was" with no unit, closing a clause ("pt's mother is 101, lives
            # with pt", "SHE IS 94."): only after a person word, so vitals and labs ("HR is 96,", "BS was
            # 110.") stay, and never before more words ("pt was 101 this am" is a temperature). After a
            # score word in the sentence the numbers are points ("Score: she was 99, I was 98."): the first
            # alternative takes the rest of that sentence and reports nothing.
            "name": "person_is_n",
            "regex": r"(?i)\b(?:scores?|scored|points?)\b[^.!?\n]{0,80}|"
            r"\b(?:he|she|pt|patient|client|mother|mom|father|dad|husband|wife|spouse|partner|"
            r"grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|son|daughter|dtr|friend|"
            r"neighbou?r)(?:['’]s)?\s+(?:is|was|turned|turns|(?:is\s+)?now)\s+"
            + _AGE
            + r"(?![.,]\d)(?=\s*(?:[,.;!?)]|$|yrs?\b|years?\b))",
            "score": 0.6,
            "gate": r"(?i)\b(?:is|was|turns?|turned|now)\s+\d{2,3}\b",
        },
        {
            # A titled name's 90 to 99 in the present before "years", the life the person leads or what frames an
            # elder ("Mrs Whitcombe is 96, Clinical Frailty Scale 7", "Mr O'Neill is 93 and lives alone", "Mrs Byrne is
            # 94, widowed"); a reading, a score or a rank goes on otherwise ("Mr Lee is 92, sats on air", "Mrs Cole is
            # 92, down from 95", "Leaderboard: Mrs Webb is 98,"), and "Mr Khan was 101." is a fever.
            "name": "titled_name_is_n",
            "regex": r"(?i:\b(?:mr|mrs|ms|miss|mx)\b\.?\s+)" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r")?"
            r"\s+(?i:is|turned|turns|is\s+now)\s+(?P<pii>9\d)(?![.,]\d)"
            r"(?:(?=\s*(?i:yrs?|years?)\b)|" + _LIFE_AFTER + r"|(?=,[ \t]+(?:and[ \t]+)?(?i:clinical[ \t]+frailty|"
            r"frail\w*|widow\w*|retired|married|divorced|single|housebound|bedbound|born|dob|d\.o\.b)\b))"
            r"(?![^.!?\n]{0,80}\b(?i:" + READING_WORD + r"))",
            "score": 0.6,
            "gate": r"(?i)\b(?:mr|mrs|ms|miss|mx)\b",
        },
        {
            # An elder's age with no unit, in a post or a letter ("my abuela is 96", "grandpa is 102 and
            # has outlived 3 wives", "my nan, she's 91 and lives on her own", "abuelo Ernesto was 99 when he
            # passed", "my gran, who is 97,"): an elder's kin word (a first name may follow), or "he's"/"she's"
            # later in the sentence of one with no reading's word between ("Grandad's sats were low, he's
            # 92"), then the number.
            "name": "relative_is_n",
            "regex": r"(?i:\b(?:" + _ELDER_KIN + r")\b(?:(?:,?\s+" + _NOT_A_MEASURE + r"[^\W\d_][\w'’-]*){0,2}"
            # "Nan's 94": with the contraction only 90 to 99 ("Mom's 101" is a fever)
            r"(?:\s*,?\s*who)?\s+(?:is|was|is\s+now|just\s+turned)|['’]s(?=\s+9\d(?!\d))|"
            r"(?:(?!\b" + READING_WORD + r")[^.!?\n]){0,60}?\b(?:he|she)['’]s(?:\s+now)?)\s+)"
            + _AGE + _AGE_CLAUSE_END,
            "score": 0.6,
            "gate": r"(?i)(?:is|was|turned|['’]s|now)\s+\d{2,3}\b",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An elder "turned 94 last month": a birthday, whatever follows but a unit.
            "name": "elder_turned_n",
            "regex": r"(?i:\b(?:" + _ELDER_KIN + r")\b(?:\s+" + _NOT_A_MEASURE + r"[^\W\d_][\w'’-]*)?\s+"
            r"(?:just\s+)?(?:turned|turns|will\s+be)\s+)" + _AGE + r"(?![.,]\d)(?!\s*(?:°|%|(?i:f|c|degrees?)\b))\b",
            "score": 0.6,
            "gate": r"(?i)(?:turn|will\s+be)",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # Anyone else's age with no "old" needs "years" or a death after it ("my husband is 92 years, and",
            # "my brother Steve was 94 when he died"; "my son was 103" is a fever), as does "he's 95 years"
            # with no elder before it.
            "name": "relation_is_n_years",
            "regex": r"(?i:\b(?:(?:" + RELATIONS + r")(?:\s+" + _NOT_A_MEASURE + r"[^\W\d_][\w'’-]*)?\s+"
            r"(?:is|was|is\s+now|just\s+turned)|(?:he|she)['’]s(?:\s+now)?)\s+)" + _AGE
            + r"(?![.,]\d)(?=\s*(?i:yrs?|years?)\b|,?\s+(?i:when\s+(?:he|she|they)\s+(?:died|passed)))",
            "score": 0.6,
            "gate": r"(?i)(?:is|was|turned|['’]s|now)\s+\d{2,3}\s*(?:y|,?\s*when)",
        },
        {
            # A pronoun's number from 90 to 98 closing a clause after an elder's word on its line ("my mom's
            # at sunrise now. she's 91 and asked for my dad", "moved dad ... he's 90."), or before one in its
            # sentence: no fever is that low and a weight has its unit. With no elder the number is a
            # reading as often ("Pt desatting. She's 90.", "Fever broke. He's 98 now."), and a reading's,
            # a score's or a speed's word between the elder and the number, or after it, makes it one.
            "name": "pronoun_is_n_below_fever",
            # A date of birth on the line before in a year that makes the person old is as good a cue as an elder
            # ("DOB 19/07/1931, she's 93"; never "DOB 03/02/2001, ... she's 94").
            "regex": r"(?i)(?:(?P<kin>\b(?:" + _ELDER_KIN + r"|birthday|bday|(?:dob|d\.o\.b|born)\b[^\n]{0,12}?"
            r"\b1[89][0-3]\d)\b)" + _NO_READING_GAP + r")?"
            + _PRONOUN_AGE + r"(?(kin)|(?=[^.!?\n]{0,80}\b(?:" + _ELDER_KIN + r")\b))",
            "score": 0.6,
            "gate": r"(?i)" + _PRONOUN_IS + r"9[0-8]\b",
        },
        {
            # A second such age later in the clause after the first ("she was 92 then, she's 97 now").
            "name": "pronoun_is_n_below_fever_again",
            "regex": r"(?i)\b(?:" + _ELDER_KIN + r")\b" + _NO_READING_GAP + r"\b(?:he|she)(?:['’]s|\s+is|\s+was)"
            r"(?:\s+now)?\s+9[0-8]\b[^.!?\n\d]{0,40}?" + _PRONOUN_AGE,
            "score": 0.6,
            "gate": r"(?i)\b(?:he|she)(?:['’]s|\s+is|\s+was)(?:\s+now)?\s+9[0-8]\b[^.!?\n\d]{0,40}?\b(?:he|she)",
        },
        {
            # A pronoun's 90 to 98 before the life the person still leads or a birthday to come, no elder named
            # ("He is 93 and lives with his granddaughter", "shes 94 next month"): see ``_LIFE_OR_BIRTHDAY_AFTER``.
            "name": "pronoun_is_n_then_life",
            # (a reading's word earlier in the sentence: the first alternative takes the rest of it and reports nothing)
            # (or in the question before it: "Pulse? she's 92 and walks ok")
            "regex": r"(?i)\b" + READING_WORD + r"[^.!\n]{0,80}|"
            # (a hundred and over too: no fever is followed by the life a person leads)
            r"\b(?:he|she|pt|patient|client|resident)(?:['’]?s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be)(?:\s+now)?\s+"
            r"(?P<pii>9[0-8]|1[01]\d)(?![.,]\d)(?:[ \t]+now)?" + _LIFE_OR_BIRTHDAY_AFTER,
            "score": 0.6,
            "gate": r"(?i)\b(?:he|she|pt|patient|client|resident)(?:['’]?s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be)"
            r"(?:\s+now)?\s+(?:9[0-8]|1[01]\d)\b",
        },
        {
            # A birthday to come on a day of the month ("Resident will be 95 on the 20th", "she'll be 92 on the 3rd");
            # "was 92 on the 2nd set of obs" is a reading.
            "name": "will_be_n_on_the_nth",
            "regex": r"(?i)\b(?:he|she|pt|patient|client|resident)(?:['’]ll|\s+will)\s+be\s+(?P<pii>9\d|1[01]\d)"
            r"(?=\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:set|reading|check|weigh\w*|attempt)\b))",
            "score": 0.6,
            "gate": r"(?i)will\s+be|['’]ll\s+be",
        },
        {
            # The same in words opening a sentence, the person named before it, with the life they lead only
            # ("Ninety-six and still insists on living alone."; "Ninety next month if the trend holds" is a count).
            "name": "words_opening_then_life",
            "regex": r"(?im)(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))" + AGE_WORDS + r"\b(?![- ]" + DIGIT_WORDS + r"\b)"
            + _LIFE_AFTER,
            "score": 0.6,
            "gate": r"(?i)ninety|hundred",
        },
        {
            # An age after a comma, a colon or a parenthesis, with "yrs" and no "old" ("Eileen Dempsey, 91
            # yrs.", "DOB 1933, 91 yrs", "Ashcombe (94 years)"), where it closes the phrase: a duration goes
            # on ("for 90 years of marriage", "100 years ago", "(100 years) in the ward"). "years" spelled
            # out needs a year before it or a parenthesis after a word: "We were together, 90 years." is a
            # duration.
            "name": "n_yrs_in_list",
            "regex": r"(?:[,:(](?=\s*\d{1,3}\s*(?i:yrs?)\b)|\d\s*[,:]|\b[A-Za-z][\w'’-]{0,40}\s*\()\s*" + _AGE
            + r"\s*(?i:yrs?|years?)\.?(?=\s*(?:[,;\n]|\)(?!\s*[A-Za-z])|$)|\.\s|\.$)",
            "score": 0.7,
            "gate": r"[,:(]\s*\d{2,3}\s*(?i:y)",
        },
        {
            # A resident's or a patient's age after the name, between commas ("Resident Winifred Ashcombe,
            # 94, room 12", "Mrs Joan Reilly, 92."): a role or a title, a capitalised name, the number.
            "name": "role_name_comma_n",
            "regex": r"(?i:\b(?:resident|patient|pt|client|service\s+user|mr|mrs|ms|miss|mx)\b\.?:?\s+)"
            + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2},\s*"
            r"(?i:now\s+)?" + _AGE
            + r"(?![.,]\d)(?=\s*(?:[,;)]|\.(?!\d)|$|(?i:yrs?|years?|yo|y/o|next\s+(?:month|year|birthday))\b))"
            r"(?!\s*,\s*" + MEASURE_WORD + _RURAL_ROUTE + r")",
            "score": 0.65,
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An age over 89 in words after "aged", "turned", or an elder's, a pronoun's or one's own
            # "is"/"was" ("aged ninety-four", "my grandad is ninety four", "I'm ninety-one", "shes ninety"),
            # or a patient's role word ("Pt ninety-six", "Client is ninety-two"): a reading is never
            # written in words.
            "name": "words_after_age_cue",
            # (also a form's label, "Age: ninety-four", and "a resident who's ninety-four")
            # (or "will be" before ninety: "Herman Strate will be ninety-four on Dec 12"; never "will be one hundred
            # dollars")
            "regex": r"(?i)\b(?:aged?:?|age\s+of|turned|turns|turning"
            r"|will\s+be(?=\s+ninety[\w-]*\s+(?:on|next|in|this|years?)\b)|(?:(?:" + _ELDER_KIN
            + r")|he|she|i|who)"
            # "Im ninety-two": the apostrophe dropped
            r"(?:['’]?s|['’]?m|\s+is|\s+was|\s+am)(?:\s+now)?|" + _ROLE_WORDS + r"(?:,|\s+(?:is|was))?(?:\s+now)?)\s+"
            + AGE_WORDS
            # (the whole number: "one hundred and ten pounds" is a weight)
            + r"\b(?![- ]" + DIGIT_WORDS + r"\b)"
            + r"(?![ \t]+and[ \t]+(?:" + DIGIT_WORDS + r"|ten|eleven|twelve|\w+teen|twenty)\b)" + UNIT_WORDS_AFTER,
            "score": 0.7,
            "gate": r"(?i)ninety|hundred",
        },
        {
            # A titled name, then the age alone in brackets ("Reviewed Mr Okoro (93)", "Mrs Ada Byrne (96)"),
            # no unit after it; a role word is left out: "Patient Experience (94)" is a score.
            "name": "title_name_paren_n",
            "regex": r"(?i:\b(?:mr|mrs|ms|miss|mx)\b\.?\s+)"
            + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2}\s*\(\s*" + _AGE + r"\s*\)(?!\s*" + PAREN_UNIT + r")",
            "score": 0.65,
            "gate": r"\(\s*\d{2,3}\s*\)",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An elder's age between commas where the phrase opens ("Mum, 91, has dementia", "my nan, 96,
            # lives alone"), then a word in lower case that is no reading's ("Mum, 92, sats 94%").
            "name": "kin_comma_n",
            # A family history's side ("Maternal grandmother, 92, lives with", "FATHER'S MOTHER, 96, LIVES") or a
            # relative's first name ("sister Bernice, 94, has dementia") may stand between.
            # (or after a person's possessive: "Client's grandfather, 97, still herds sheep")
            "regex": r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:!?][\"”’)]\s)|\b(?i:my|our|his|her|their)\s+|\b[A-Za-z]+['’]s\s+)"
            r"(?i:(?:maternal|paternal|(?:father|mother|dad|mom|mum)['’]s)\s+)?"
            r"(?:(?i:" + _ELDER_KIN + r")|(?i:" + RELATIONS + r")\s+" + _CAP_WORD + r")\s*,\s*" + _AGE
            + r"\s*,(?!\s*" + MEASURE_WORD + r")(?=\s*[\"“]?(?:[a-z]|(?:LIVES|LIVING|HAS|HAD|IS|WAS|IN|WITH|DIED|"
            r"PASSED|STILL|RESIDES)\b))",
            "score": 0.6,
            "gate": r",\s*\d{2,3}\s*,",
            "flags": ["MULTILINE"],
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # The same in words ("His grandmother, ninety-one, sent a letter"): no reading is written in words.
            "name": "words_after_kin_comma",
            # Where the phrase opens, as for a number ("kin_comma_n"); never a list of kin and amounts ("I paid mum,
            # one hundred, and dad, fifty").
            "regex": r"(?:^|(?<=[.;:!?]\s)|\b(?i:my|our|his|her|their)\s+)(?i:" + _ELDER_KIN + r")\s*,\s*" + AGE_WORDS
            + r"\s*,(?=\s*[a-z])(?!\s*(?:and\s+)?(?i:" + _ELDER_KIN + r")\b)",
            "flags": ["MULTILINE"],
            "score": 0.6,
            "gate": r"(?i)ninety|hundred",
        },
        {
            # An elder's or a relative's age in parentheses, as posts give it ("my grandpa (96!!)", "Mom (92)",
            # "my dad (90M)"): the kin word, then the number alone with at most a sex letter or "!"/"?", or
            # the number and a comma before what describes a person ("my dad (98, born 1928)").
            "name": "kin_paren_n",
            "regex": r"(?i:\b(?:" + _ELDER_KIN + r"|" + RELATIONS + r")\b)\s*\(\s*" + _AGE
            + r"(?:\s*(?-i:[MF])?\s*[!?]*\s*\)(?!\s*" + PAREN_UNIT + r")|\s*,\s*(?=" + _PERSON_AFTER + r"))",
            "score": 0.6,
            "gate": r"\(\s*\d{2,3}\s*(?:[MF]?\s*[!?]*\s*\)|,)",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # The same in words ("Grandma (ninety-seven!)"): no reading is written in words.
            "name": "words_kin_paren",
            "regex": r"(?i:\b(?:" + _ELDER_KIN + r"|" + RELATIONS + r")\b)\s*\(\s*" + AGE_WORDS + r"\s*[!?]*\s*\)",
            "score": 0.6,
            "gate": r"(?i)\(\s*(?:ninety|one\s+hundred)",
        },
        {
            # A person's decade over 89 ("Ruth is in her 90s", "in her nineties (she won't say)"): reported while
            # ``min_age`` is at most 90, as ages in words are.
            "name": "words_decade_of_life",
            # (a third person's only: "my sats were in my 90s" is a reading)
            "regex": r"(?i)\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?"
            r"(?P<pii>9\d['’]?s|nineties)\b",
            "score": 0.6,
            "gate": r"(?i)9\d['’]?s|nineties",
        },
        {
            # An age with a sex letter opening a triage or a dispatch entry ("94M, hx depression", "triage
            # 1615 -- 99F via private vehicle", "CC: 96M fall", "Pt 92F found down"): see ``_AGE_SEX_LEAD``.
            # A temperature's word after it makes it a reading ("Pt 99F and afebrile", "Triage: 99F oral").
            "name": "age_sex_letter",
            "regex": _AGE_SEX_LEAD + r"(?P<pii>\d{2,3})(?-i:[MF])(?=[\s,;.)]|$)(?!" + TEMP_AFTER + r")",
            "score": 0.6,
            "gate": r"\d{2,3}[MF]\b",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An age in the words of other languages' records ("92 anos", "90 años", "91 ans", "Alter 90", "edad:
            # 93"): the unit after the number or the label before it.
            "name": "n_years_other_languages",
            # never a span of time ("il y a 100 ans", "hace 95 años", "há 100 anos", "vor 100 Jahren", "depuis 95 ans",
            # "celebra sus 100 años", "90 ans de service")
            "regex": r"(?i)(?<!\bhace )(?<!\bhá )(?<!\by a )(?<!\bdepuis )(?<!\bdesde )(?<!\bseit )(?<!\bvor )"
            r"(?<!\bsus )(?<!\bfeiert )(?<!\bses )(?<!\bseus )\b(?P<pii>\d{2,3})[ \t]+"
            r"(?:anos|años|ans|jahre|jahren|anni|jaar)"
            r"\b(?![ \t]+(?:de|of|di|van)\b)",
            "score": 0.7,
            "gate": r"(?i)anos|años|ans|jahre|anni|jaar",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            "name": "age_label_other_languages",
            # "alter" in lower case only before a colon ("please alter 100 to 150" is the English verb)
            # (Tagalog "sa edad na 98": at the age of 98; Swahili "miaka 93", Malay and Indonesian "usia 98", "umur 91")
            "regex": r"\b(?:(?-i:Alter)|(?i:alter(?=[ \t]*:)|edad(?:[ \t]+na)?|idade|âge|età|leeftijd|miaka|umri|usia|"
            r"umur))"
            r"[ \t]*:?[ \t]*"
            r"(?P<pii>\d{2,3})\b"
            r"(?![.,]\d)"
            r"(?![ \t]*(?:%|(?i:araw|days?|buwan|months?|linggo|weeks?|porsyento|percent|por[ \t]+ciento)\b))",
            "score": 0.7,
            "gate": r"(?i)alter|edad|idade|âge|età|leeftijd|miaka|umri|usia|umur",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # A census's or a list's age and sex letter in its own cell or field ("| 93F |", "Lakshmi K.  92/F",
            # "KOSTOPOULOS, Eleni  92F", "Mrs. Esperanza Quiñones, 91F,", "Age/Sex: 93/F"): after a pipe, a tab, two
            # blanks, a comma or an age's label (a bed, a room or an MCV is none: "Bed: 92M"); never a temperature
            # ("VS:  98F  72", "T 99F", "temp 98F oral", "Tmax 101.2F, now 98F") nor a distance ("MOBILISED 100M":
            # see ``exclude_before``).
            "name": "age_sex_in_list",
            # Alone, or right after "Pt", it is read as a temperature, as triage writes one ("99F", "Pt 98F").
            "regex": r"(?<=[^\n])(?<![\w.#/°£$€-])(?<!\bpt )(?<!\bPt )(?<!\bPT )(?<!\bpatient )(?<!\bPatient )"
            + _NOT_AFTER_PLACE_WORD + r"(?P<pii>\d{2,3})/?(?-i:[MF])(?![\w/-])"
            r"(?!" + TEMP_AFTER + r")",
            "score": 0.55,
            "gate": r"\d{2,3}/?[MF]\b",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # An elder's birthday by its ordinal: a kin word's ordinal standing alone or before "birthday"
            # ("my mom's 90th is this weekend", "GRANDPA'S 91ST BIRTHDAY"), or a person's pronoun's ordinal
            # before "birthday" ("her 95th birthday"). "dad's 99th problem", "the 90th percentile" and "the
            # 100th birthday of the NHS" or "the Queen's 90th birthday" have neither.
            "name": "birthday_ordinal",
            # (a pronoun's ordinal also before the day it falls on: "celebrates her 90th on December 19")
            "regex": r"(?i:\b(?:(?P<kin>(?:" + _ELDER_KIN + r")['’]?s)|her|his|my|your|their)\s+)(?P<pii>\d{2,3})"
            r"(?i:st|nd|rd|th)\b(?:(?=\s*(?i:birthday|bday|b-day)\b)|(?(kin)" + _ORDINAL_ALONE
            + r"|(?=\s+on\s+(?:the\s+)?(?:\d|(?i:" + _MONTHS + r")\b))))",
            "score": 0.6,
            "gate": r"(?i)\d(?:st|nd|rd|th)\b",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # Any ordinal a birthday is wished for, and one before the informal "bday" only people have ("Happy 100th
            # birthday to Ruby Ellen", "100TH BDAY"); "the 100th birthday of the NHS" has neither.
            "name": "happy_birthday_or_bday_ordinal",
            "regex": r"(?i)(?:\b(?P<happy>happy)\s+|(?<![\w/-]))(?P<pii>\d{2,3})(?:st|nd|rd|th)"
            r"(?=\s*(?:b-?day\b|(?(happy)birthday\b|(?!))))",
            "score": 0.6,
            "gate": r"(?i)\d(?:st|nd|rd|th)\s*(?:b-?day|birthday)",
            "validators": [_PLAUSIBLE_AGE],
        },
        {
            # A full name, then the age between commas, opening a record or a list entry ("Oh Young-sook, 92,
            # Korean-speaking", "Volunteer sign-up: Art Kowalski, 92, retired"): two or three capitalised words
            # after a label of people and its colon, or at the start of a line when words that describe a
            # person follow the age ("Adult at risk: Desmond Achterberg, 91, DOB ..."). After any other label
            # it is a score or a reading ("Exam: Hazard Perception, 95, passed."). A reading, a diagnosis or a
            # drug ("Oxygen Saturation, 91, on RA", "Diagnosis: Major Depression, 92,") has neither.
            "name": "line_name_comma_n",
            # (or a sentence's start, where the words of a person must follow: "... interpreter note. Áile Gaup Somby,
            # 96, lives at")
            "regex": r"(?m)(?:\b(?P<people>" + _PEOPLE_LABEL + r")[ \t]*:[ \t]+|^|(?P<sentence>(?<=[.!?][ \t])))"
            + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2},[ \t]*" + _AGE + r"(?![.,]\d)(?=[ \t]*(?:,|\.(?!\d)|;|$))"
            r"(?![ \t]*,[ \t]*" + MEASURE_WORD + _RURAL_ROUTE + r")(?(people)|(?=[ \t]*,[ \t]*"
            r"(?(sentence)" + _LIFE_WORDS + r"|" + _PERSON_AFTER + r")))",
            "score": 0.6,
            "gate": r",[ \t]*\d{2,3}[ \t]*[,.;\n]",
            "validators": [_PLAUSIBLE_AGE],
        },
    ],
}


def _in_words(pattern: dict[str, Any]) -> bool:
    return str(pattern.get("name", "")).startswith("words_")


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Turn ``min_age`` into an ``int_range`` validator of each numeric pattern (ages 0..130 are plausible).

    Ages in words (90 and over by construction) are kept only while ``min_age`` is at most 90.
    """
    out = {k: v for k, v in spec.items() if k != "min_age"}
    min_age = int(spec.get("min_age", 90))
    in_range = {"name": "int_range", "min": min_age, "max": 130}
    out["patterns"] = [
        p if _in_words(p) else {**p, "validators": [*p.get("validators", []), in_range]}
        for p in spec.get("patterns", [])
        if not _in_words(p) or min_age <= 90
    ]
    return out
