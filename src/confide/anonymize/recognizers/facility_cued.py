"""Sites whose names are ordinary words, known by what the text does with them.

Programmes, houses and agencies are often named by English words ("Open Door", "Stepping Stones",
"Harbor House", "The Haven", "Meridian") that no naming-word test accepts. Title case in running text
makes them names when a verb of placement or contact points at them ("accepted a room at Harbor House",
"Phoned Lighthouse re bed", "accepted by Meridian"), when a level of care follows ("Compass Point PHP",
"Lighthouse IOP"), or when a practice's legal form ends them ("Compass Rose Counseling PLLC",
"PIEDMONT PSYCHIATRIC CTR PA"). A department, a service, a specialty, a person's title or kin, a month
or a place names no such site ("referred to Psychology", "called Pharmacy re refill", "moved to Leeds").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

# A name: one to three title-case words, "The" and an inner "of" allowed ("The Haven", "House of Hope").
_TITLE_WORD = r"[A-Z][a-z'’&-]{1,40}"
_NAME = rf"(?:The[ \t]+)?{_TITLE_WORD}(?:[ \t]+(?:of[ \t]+)?{_TITLE_WORD}){{0,2}}"
# A verb of placement, transfer or stay, then the preposition that points at the site.
_PLACED_AT = (
    r"(?i:\b(?:admitted|transferred|txf'?d|referred|referral|discharged|d/c'?d|d/c|placed|placement|accepted|"
    r"moved|move|stepped[ \t]+down|step[ \t]+down|going[ \t]+back|went[ \t]+back|returned|ride|bed|beds|room|"
    r"intake|stay|stayed|staying|resides|residing|waitlist(?:ed)?|wait[ \t]?list|housed|booked|sent|faxed|"
    r"remains|remained|lives|living|residential|respite|assessment|appointment|appt|admission|inpatient|outpatient|"
    # where a person works or studies ("a cashier at Countdown", "shift at Harborview", "enrolled at UQ")
    r"worked|works|working|job|shift|volunteer|volunteered|volunteering|employed|interned|studying|studied|enrolled|"
    r"hospitali[sz]ed|sectioned|detained|treated)"
    # (one is placed "in" a position or a kind of care, not a site: "placed in Trendelenburg", "in Foster Care")
    r"[ \t]+(?:to|at|into|from|with|(?<!placed[ \t])(?<!placement[ \t])in)[ \t]+"
    r"|\b(?:accepted|declined)[ \t]+by[ \t]+)"
)
# A verb of contact, then the site and what the contact was about.
_CONTACTED = (
    r"(?i:\b(?:called|call|phoned|phone|rang|ring|faxed|fax|emailed|email|e-mailed|contacted|contact|chased|chase|"
    r"spoke[ \t]+(?:w/?|with|to))[ \t]+)"
)
_ABOUT = (
    r"(?=[ \t]+(?i:(?:(?:tomorrow|today|tonight|this[ \t]+(?:am|pm|morning|afternoon))[ \t]+)?"
    r"(?:re\b:?|intake\b|admissions\b|for[ \t]+(?:a[ \t]+)?bed\b|about[ \t]+(?:a[ \t]+)?bed\b)|again\b)"
    r"|[ \t]*[–—-][ \t]+(?i:nil|no[ \t]+beds?|full|declined|accepted|waitlist))"
)
# Levels and kinds of care that follow a programme's name.
_LEVEL_OF_CARE = (
    r"(?:PHP|IOP|[Dd]etox|DETOX|[Rr]esidential|[Ii]ntake|[Dd]ay[ \t]+[Pp]rogram(?:me)?|[Ww]aitlist|"
    r"[Ss]ober[ \t]+[Ll]iving|[Tt]ransitional[ \t]+[Hh]ousing|[Ss]upported[ \t]+[Hh]ousing|[Dd]rop-in)\b"
)
# Where a programme's name starts before its level of care: after a preposition, a comma, a colon or a bracket
# ("at Compass Point PHP", ", Lighthouse IOP,"); never a clause's verb ("Continue IOP", "Started Detox").
_SITE_CUE = "(?:" + "|".join(
    rf"(?<=\b{w}[ \t])" for w in ("at", "to", "from", "into", "in", "with", "via", "@", "At", "To", "From")
) + r"|(?<=[,:(][ \t]))"
# A practice's or a company's legal form, and claim lines' capitals before it.
# (a bare "PC" only after a practice's kind or a comma: "Officers PC Achterberg" is a constable)
_LEGAL = r"(?:PLLC|P\.L\.L\.C\.|LLC|L\.L\.C\.|P\.C\.|LLP|Inc\.?|Ltd\.?|Pty[ \t]+Ltd\.?)"
_LEGAL_FORM = r"(?:,?[ \t]+" + _LEGAL + r"|,[ \t]+PC)"
_KIND_LEGAL_FORM = r"(?:,?[ \t]+(?:" + _LEGAL + r"|PC))"
_PRACTICE_KIND = (
    r"(?:Counsel(?:l)?ing|Psychology|Psychological|Psychiatry|Psychiatric|Therapy|Behavioral|Behavioural|"
    r"Wellness|Recovery|Mental[ \t]+Health|Family|Medical|Health|Youth|Community|Human|Children['’]s)"
    r"[ \t]+(?:Services|Associates|Collective|Group|Partners|Practice)"
)
_CAPS_WORD = r"(?!(?:TO|AT|IN|ON|FOR|FROM|BY|WITH|AND|OR|OF|THE|RE|PT|BILLED|PAID|PROV|PROVIDER)\b)[A-Z][A-Z'’&-]{1,40}"
_CAPS_KIND = (
    r"(?:COUNSEL(?:L)?ING|PSYCHOLOGY|PSYCHOLOGICAL|PSYCHIATRY|PSYCHIATRIC|THERAPY|BEHAVIORAL|WELLNESS|RECOVERY|"
    r"MEDICAL|HEALTH|FAMILY)[ \t]+(?:ASSOC|ASSOCS|ASSOCIATES|CTR|CENTER|SVCS|SERVICES|GROUP|COLLECTIVE|PRACTICE)"
    r"(?:[ \t]+(?:PA|PC|PLLC|LLC|INC))?"
)

# Words a department, a service, a role or a kind of care: "referred to Psychology", "called Billing re".
_NOT_NAMES = frozenset(
    "reception pharmacy billing admissions admission records security switchboard bed management duty desk line "
    "hotline helpline panel board medicine surgery radiology lab labs imaging transport finance hr payroll "
    "benefits insurance accounts legal compliance safeguarding housing options outreach team services service "
    "support care home hospital ward unit clinic centre center office department dept intake triage crisis "
    "emergency inpatient outpatient residential detox rehab recovery programme program day night weekend evening "
    "morning adult adults adolescent adolescents teen teens youth child children women women's men men's "
    "veterans veteran virtual online telehealth step down partial intensive acute primary secondary tertiary "
    "community mental health behavioral behavioural social work workers worker police court probation parole "
    "school college university work job employer gp pcp doctor nurse therapist psychiatrist psychologist "
    "counsellor counselor case manager coordinator officer landlord sponsor group meeting meetings aa na cbt dbt "
    "emdr act smart asam medicaid medicare tricare ndis nhs a&e er ed icu picu shelter hostel house home family "
    "friends friend gran granny grandma nan nanna foster kinship church god jesus heaven hell bed beds room "
    "the a an to at in on for from by with and or "
    "floor prison jail custody tribunal early help therapy voicemail christmas easter thanksgiving diwali eid "
    "hanukkah ramadan halloween".split()
)


@register_validator("cued_site_name")
def cued_site_name(value: str, params: Mapping[str, Any]) -> bool:
    """Title-case words that can be a site's own name: the first no department, kind of care, kin, title or date.

    A lone given name is a person ("called Faith re"), a lone gazetteer place a place ("moved to Leeds"),
    a specialty a department ("referred to Psychology"); the words must hold one that is no such word. A
    lone acronym must be no word, unit or service ("admitted to PICU"); ``any_acronym: true`` leaves that to
    the pattern's own validators.
    """
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon
    from confide.anonymize.recognizers.facility import GENERIC_WORDS
    from confide.anonymize.recognizers.facility_placement import _DESCRIPTORS, _NOT_SITES, _TITLES
    from confide.anonymize.recognizers.name_dictionary import RELATIONS

    lexicon = load_lexicon()
    from confide.anonymize.recognizers.facility import _KIND_WORDS

    words = [w.strip(".,'’").lower() for w in value.split() if w.lower() not in {"the", "of"}]
    if not words:
        return False
    # "The Haven", "Harbor House": an article or a kind of site makes no person of a name's words
    personal = not value.startswith("The") and not any(w in _KIND_WORDS for w in words)
    if personal and len(words) == 1 and (
        words[0] in lexicon.first_names
        or (words[0] in lexicon.last_names and not lexicon.is_english(words[0]))
        or words[0] in lexicon.regions
    ):
        return False  # a person ("called Faith re", "rang Patel re") or a region ("moved to Ontario")
    if tuple(words) in lexicon.places.get(words[0], ()):
        return False  # a place ("moved to Milton Keynes")
    if personal and words[0] in lexicon.first_names and all(lexicon.is_name(w) for w in words):
        return False  # a person ("referred to Sarah Jones")

    def stop(w: str) -> bool:
        return (
            w in _NOT_NAMES
            or w in _NOT_SITES
            or w in _TITLES
            or w in RELATIONS
            or w in MONTH_WORDS
            or w in WEEKDAY_WORDS
            or w.endswith(("ology", "iatry", "iatrics", "ics", "therapy"))
        )

    if value.isupper() and len(words) == 1 and params.get("any_acronym"):
        return True
    if value.isupper() and len(words) == 1:
        # an acronym names a site unless it is a unit, a service or a word ("admitted to PICU", "sent to CAT")
        from confide.anonymize.recognizers.facility import SERVICE_ACRONYMS, UNIT_SHAPE

        return not (
            stop(words[0])
            or words[0] in GENERIC_WORDS
            or UNIT_SHAPE.fullmatch(words[0])
            or value in SERVICE_ACRONYMS
            or lexicon.is_english(words[0])
            or words[0] in lexicon.clinical_words
        )
    if stop(words[0]) or words[0] in _DESCRIPTORS:
        return False  # "Adult Services", "Dr Hale", "Mum": the first word says what or who, not which
    naming = [w for w in words if w not in GENERIC_WORDS and w not in _DESCRIPTORS and not stop(w)]
    return bool(naming)


PATTERNS: list[dict[str, Any]] = [
    {
        "name": "site_after_placement",
        "regex": _PLACED_AT + r"(?P<pii>" + _NAME + r"|[A-Z]{3,6})(?![ \t]*[A-Z0-9]|[\w'’&-])",
        "score": 0.5,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "site_contacted",
        "regex": _CONTACTED + r"(?P<pii>" + _NAME + r")" + _ABOUT,
        "score": 0.5,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "site_before_level_of_care",
        "regex": _SITE_CUE + r"(?P<pii>" + _NAME + r")[ \t]+(?=" + _LEVEL_OF_CARE + r")",
        "score": 0.5,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "practice_legal_form",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _TITLE_WORD + r"[ \t]+){1,3}" + _PRACTICE_KIND + _KIND_LEGAL_FORM + r"?"
        r"|(?:" + _TITLE_WORD + r"[ \t]+){0,2}" + _TITLE_WORD + _LEGAL_FORM + r")(?![\w])",
        "score": 0.55,
        "validators": [{"name": "cued_site_name"}],
    },
    {
        "name": "practice_kind_in_capitals",
        "regex": r"(?<![\w/])(?P<pii>(?:" + _CAPS_WORD + r"[ \t]+){1,3}" + _CAPS_KIND + r")\b",
        "score": 0.55,
        "validators": [{"name": "cued_site_name"}],
    },
]
