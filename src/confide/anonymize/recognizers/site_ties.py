"""Cues that tie a person to an organisation named without its kind: work, school, care, transport, staff.

Notes of every service name the sites a patient is tied to by what the patient or a worker does there,
not by a kind word: "works nights at Crandall Mills", "worked 12 yrs at Pruett & Lowe", "former employer
Okafor Freight", "drives for Tillbrook Transit", "attends Wexmoor", "dropped out of NVTC", "Dr. Osei at
Halberg", "case mgr at Ferncliff CHS", "outreach worker Dana from Quimby", "flown by Rellon MedFlight",
"placement at Tarrow", "accepted by Kelvane", "agency (Ostrava)", "EMG 3/2090 at Dunmore Neuro". These
cues open the same slot as a transfer or residence cue (``facility_checks``), and the slot's tests
decide: a naming word (a name, a place, an acronym, a word no dictionary knows), never an ordinary
word, a drug, an app, a time or a person's name alone after "by" or "for" ("referred by Jones",
"works for Lopez" name a person). What each cue adds to the slot's tests is a flag of this module.

Kept apart from ``facility_checks`` (the slot and its word tests) to hold both under the style guide's
length; that module scans the text with ``TIE_CUE`` once, as it does with its own cues.
"""

from __future__ import annotations

import re

# Workers and clinicians who name where they work: "Dr. Osei at", "hematologist Lund at", "Rev. Kane from".
_ROLES = (
    r"dr\.?|doctor|cardiologist|neurologist|psychiatrist|psychologist|therapist|counsell?or|clinician|prescriber|"
    r"pcp|ob|ob/?gyn|oncologist|hematologist|nephrologist|pulmonologist|surgeon|pediatrician|dentist|pharmacist|"
    r"nurse|np|case\s+(?:mgr|manager|worker)|caseworker|social\s+worker|outreach\s+worker|co-?workers?|boss|"
    r"manager|supervisor|pastor|chaplain|priest|rabbi|imam|minister|rev\.?|fr\.?|advocate|liaison|navigator|"
    r"coordinator|teacher|principal|probation\s+officer|attorney|atty|lawyer|staff|rep"
)
# Clinicians' credentials and programme acronyms: a worker after "referred by", never a site ("by LICSW", "by EAP"),
# and boards' diplomas and fellowships that close a signature ("Psychiatry, DABPN", "MD, FACP").
CREDENTIALS = frozenset(
    "rn np md do pa lpn cna aprn licsw lcsw lsw lmhc lpc lcpc lmft csw msw phd psyd cadc ladc ccm eap accs "
    "dabpn dabfm dabim dabp dabpm dabam fapa dfapa facp facc facs faap facog fasam dfasam faafp facep fccp faan "
    "faacap dfaacap fapm frcp frcpc frcs mrcp mrcpsych fracp".split()
)
# A worker's name or credential between the role and the site: capitalised words (any case after "dr").
_WORKER = (
    r"(?:[ \t]+(?!(?i:at|from|with)\b)(?-i:[A-Z][A-Za-z'’-]*\.?|[A-Z]\.)){0,3}?"
    r"(?:,?[ \t]+(?:" + "|".join(sorted(CREDENTIALS)) + r"))?"
)
# Time at a job, between the verb and its site: "worked 30 yrs at", "works nights at", "worked there 2 years for".
_TENURE = (
    r"(?:[ \t]+(?:\d+\+?|a|few|many|several|yrs?|years?|mos?|months?|wks?|weeks?|nights|days|evenings|weekends|"
    r"overnights?|shifts?|part[\s-]time|full[\s-]time|per[ \t]+diem|there|previously|formerly|now|currently|still|"
    # "works from home for Capita"
    r"from[ \t]+home|"
    r"as[ \t]+an?[ \t]+[a-z]+)){0,3}"
)
# Kinds of site a name follows in parentheses ("agency (Ostrava)", "old church (Kellerton Bible Fellowship)").
_PAREN_KINDS = (
    r"church|school|work|job|employer|vna|rehab|detox|shelter|nursing\s+home|nsg\s+home|snf|ltc|ltach|ltac|"
    r"facility|agency|pharmacy|program|group\s+home|hosp|hospital|osh|outside|detention|jail|prison|clinic|daycare|"
    r"college|university|practice|residential|placement|dialysis|temple|mosque|synagogue"
)

TIE_CUE = re.compile(
    r"(?i)(?<![\w/])(?:"
    # (1) a clinician or worker, their name, and where they work
    r"(?P<staff>(?:(?:" + _ROLES + r")" + _WORKER + r"|dr\.?[ \t]+(?!(?i:at|from|with)\b)[a-z][a-z'’-]+)"
    r"[ \t]+(?:at|from|with))"
    # (2) where one works or studies; "for"/"by" may name a person ("works for Lopez"): checked by the slot
    r"|(?P<work>(?:works?|working|worked|employed|job|jobs|drives?|driving|driver|volunteers?|volunteering|"
    r"volunteered|interns?|interning|interned|teaches|taught|hired|fired|laid[ \t]+off|"
    # a shift and a redundancy name the employer too: "her shift at Morrisons", "redundancy from Capita"
    r"(?:night[ \t]+|day[ \t]+|late[ \t]+|early[ \t]+)?shifts?|redundancy|(?:made[ \t]+)?redundant)" + _TENURE
    + r"[ \t]+(?:at|for|by|from|with)"
    r"|attends|attending|attended|enrolled[ \t]+(?:at|in)|student[ \t]+at|classes[ \t]+at|bullied[ \t]+at|"
    r"drop(?:ped|ping)?[ \t]+out[ \t]+of|graduated[ \t]+from|expelled[ \t]+from|suspended[ \t]+from|"
    r"goes[ \t]+to)"
    # (3) a site's kind as a label, or a meeting held there: "School: Ashcombe Middle", "NA mtgs at Calloway Hall"
    r"|(?P<label>(?:(?:former|prior|previous|current)[ \t]+)?employer(?:[ \t]*(?:is|was|:|-))?|"
    r"school[ \t]*(?::|is|-)|(?:meetings?|mtgs?|aa|na|groups?|services)[ \t]+at)"
    # (4) placement, transport and referral, by a site and to one
    r"|(?P<place>transport(?:ed)?[ \t]+(?:by|via)|picked[ \t]+up[ \t]+by|bed[ \t]+(?:found[ \t]+|offered[ \t]+|"
    r"available[ \t]+|avail[ \t]+|secured[ \t]+)?at|placement[ \t]+at|placed[ \t]+(?:at|with)|accepted[ \t]+(?:at|by)|"
    r"screened[ \t]+(?:at|by)|referred[ \t]+by|"
    r"intake[ \t]+at|wait-?listed[ \t]+at|(?:pt|patient)[ \t]+to|go[ \t]+to(?=[ \t]+\S+(?:[ \t]+\S+){0,2}"
    r"[ \t]+for\b))"
    # (5) a site's name in parentheses after its kind
    r"|(?P<paren>(?:" + _PAREN_KINDS + r")[ \t]*\()"
    # (6) an event's date, then where it happened: "TKA 2081 at", "EMG 12/2092 at"
    r"|(?P<dated>(?<![\d/.:])(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}|\d{4})(?:[ \t]*,)?[ \t]+at)"
    # (7) "at"/"from"/"with" a name that a town follows ("from Quarrendale Court in Natick"): checked by ``IN_TOWN``
    r"|(?P<intown>(?<=[ \t(])(?:at|from|with|w/))"
    r")(?:(?<=\()[ \t]*|[ \t]+)(?:the[ \t]+)?"
)
# Cues of work that a time or an event follows as often as an employer ("shift at Tommorow night").
_LOOSE_WORK = re.compile(r"(?i)\bshifts?\b|\bredundan")
# The end of a cue of work that names the workplace itself: "at", "for", and "from" after a redundancy.
_WORKPLACE_END = re.compile(r"(?i)(?:\b(?:at|for)|redundan(?:t|cy)[ \t]+from)[ \t]+(?:the[ \t]+)?$")
# Cues after which a person's name alone is a person ("referred by Jones", "works for Lopez", "placed with aunt").
_PERSON_AFTER = re.compile(r"(?i).*\b(?:by|for|with)[ \t]+(?:the[ \t]+)?$")
# The town after a site's name that only the town marks as a site: "from <name> in Natick".
IN_TOWN = re.compile(r"(?i)[ \t]+in[ \t]+([a-z][a-z'’-]+)")
# After "and", "or" and "then" a second site in the same slot: "accepted by Kelvane or Orlo".
NEXT_SITE = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:and|or|then|->)[ \t]+(?:then[ \t]+)?(?:the[ \t]+)?")


def tie_flags(cue: re.Match[str]) -> dict[str, bool]:
    """What a tie cue adds to the slot's tests.

    ``by``: a person's name alone is no site. ``town_cue``: a town alone stays a town (a worker
    "from Boston", "goes to Worcester"). ``lone_name``: one capitalised name on a cased line is a site ("Dr. Osei at
    Mercy", where the slot otherwise wants a word no dictionary of English holds). ``titled``: two
    capitalised words on a cased line name a site (in parentheses after its kind, after a label
    of its kind, where a worker works). ``spreads``: the
    site is looked for again in the note. ``after_the``: the cue ends with "the", after which one
    lower-case word is a common noun ("works at the restraunt"). ``in_town``: only a town named right
    after the words makes them a site ("at Walgreens in Somerville"), and never a person alone.
    ``work``: after a shift or a redundancy, which a time or an event follows as often as an employer, one
    word must end there ("redundant from Brexit fallout", "a shift at Tommorow night" name none).
    ``employer``: one unknown word in Title Case is a site after a cue that names a workplace ("shift at
    Morrisons", "works for Capita", "made redundant from Capita"); never after "with" or "by", where it is
    as often a drug, a diagnosis or a client group ("works with Naloxone kits", "worked with Haloperidol").
    """
    text = cue.group()
    kind = cue.lastgroup
    return {
        "by": bool(_PERSON_AFTER.match(text)) or kind == "intown",
        "town_cue": bool(re.search(r"(?i)\b(?:from|to|of)[ \t]+(?:the[ \t]+)?$", text))
        or kind in ("place", "paren", "intown"),
        "lone_name": kind == "staff" and not text.lower().rstrip().endswith("from"),
        "work": kind == "work" and bool(_LOOSE_WORK.search(text)),
        "employer": kind == "work" and bool(_WORKPLACE_END.search(text)),
        "titled": kind in ("paren", "label", "staff"),
        "spreads": kind in ("staff", "place", "paren"),
        "after_the": bool(re.search(r"(?i)\bthe[ \t]+$", text)),
        "in_town": kind == "intown",
    }
