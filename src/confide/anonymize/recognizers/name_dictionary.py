"""Person names from name dictionaries and the words around them, in any letter case.

A word is a *name word* when it is a first or last name in the lexicon (:mod:`confide.anonymize.lexicon`).
Name words that are not also ordinary words ("Margie", "kowalski") are reported on caseless lines
(ALL CAPS or all lower case) and, on cased lines, when capitalized. Name words that are also ordinary
words ("Hope", "Will", "Foley") and words unknown to the lexicon ("Okonkwo") need context: a title
or role just before ("dr okonkwo", "son pete", "spoke with Hope"), a credential after ("Jo Lee, RN"),
or a neighbouring name ("Rose Kowalski"). Adjacent name words are reported as one span.

On caseless lines a first name followed by a last name is a name by its form ("major tom hale",
"A LUKE CURRY CONCERT") unless either word is an everyday or clinical word ("rose garden"). A
first name that is also a word is a name before a verb of calling with a person as its object
("Don called me"; never "a feeling called hope"), and as the speaker label of a chat log
("Barry: hey" on one of two or more labelled lines; never the "Plan:" of a note).

Report conventions: "SURNAME , GIVEN M." in capitals on a cased line is a name by its form
("WOJCIECHOWSKI, ELZBIETA is a 96 year-old woman"); names joined by a slash are one list
("Team: Nwachukwu / Trelawney"); initials around a name belong to it ("S. Nakagawa", "ESTEBAN R.");
care roles and labels are cues ("PCP: Xue", "cc: Amadi", "cardiologist Voss"), and so is ward
shorthand: "dtr kim", "daughter-in-law trish", "wife is rose", "spoke w/", an initial after a role
("NP R. CASTELLANO"), a name in parentheses after a service ("seen by ID (FORTESCUE)"). Cues that
everyday writing also uses take only a known name: after "sis", "bro" or "twin" a name word ("sis
Kim"; never "sis ngl", "my twin flame"), after "is"/"was" a first name, not its possessive ("wife is
rose"; never "my gf is preggo", "sister is Autumn's age"), after "met with", "report to/from" and
"relieved by" a name word or first name ("report to Robin"; never "met with Tinder dates"). A name word right
before a clinical head noun names a disease, sign, score or device ("Hodgkin lymphoma",
"Parkinson's disease", "Babinski sign", "Hoyer lift", "Bair Hugger") and is left alone unless a title
precedes it; a scale's eponym before a small number is a score ("Morse 45", "BRADEN 14"; never
"kids Ezekiel 7 and Marisol 4").

Ward notes name people with no title ("Wieczorek ambulated in hall", "clem brought clothes"):
a first name that English uses only rarely ("delphine", "clem") counts as a name word after a cue
(never alone: "euphoria", "valerian"), and so does an "O'" surname; a first name or a word no
dictionary knows is a name before "from" and a ward department ("Rose from nutrition", "ebony from
lab"); a name word is one before what notes say people do ("Vandersloot rounded", "Okafor aware") and
after a ward verb ("Notified Brzezicki", "paged mbatha", "ok'd by", "call from"), where a word no name
list holds is not ("Ozempic tolerated", "paged Vocera", "per UpToDate", "Transported by EMS"); names
stand before a plural relation ("Grace and Faith (twin daughters)") or joined to a name by "&" or
"and"; a name found with strong evidence (a name word no dictionary holds, a title, role, relation or
credential) is found again in any letter case elsewhere in the note ("DR MBATHA ... mbatha").

Other writers' notes (tuned on sets written without this code) add: a report header's patient name
("NAME: STEWART, WILL   MRN:", "pt: martin, claire"), procedure roles ("ASST:", "Operator:",
"Sonographer:"), a role in brackets ("Mo (cath lab RN)"), a quoted name asked for ('calling for "Bunny"')
or between names ('DESMOND "DEZ" HARLOW'), a first name that is a word closed after a relation ("SON
WILL)"), a lower-case name after a personal title ("dr. patience okoro"), "w/" as "with" ("f/u w/ priya"),
and given names inside region names ("Helena", "Martin" stay names; "Saint Helena", "Sierra Leone" do not).

Letters, forms and peer chats add: a first name a greeting addresses, closed by a comma or "!"
("Dear Sage,", "Hi Will,"; never "Hi all,", "Dear Sir,"), greetings that name lists hold are never names
("Hiya,", "Bonjour"); a first name labelling two lines of a chat log ("sage: ya"); a name in brackets
closing a speaker's label ("PEER SUPPORTER (Hope):") or quoted after a name ('Margaret ("Peg")'); someone
from a workplace or group ("bill from housing", "Faith from my IOP group", "Bill in billing"; never "a bill
from housing"); a first name before a service in brackets ("Grace (OT)"); a lower-case first name after
"my name is"/"name's"; "seen" and "answered" after a name word ("kwame seen at home"); a capitals surname
with a bare initial ("GUTIERREZ, E"); nickname cues before a first name or a quoted rare word ("Goes by
Will,", 'known as "Gaz"'); a first name between a phone verb and a number ("text Deb 612 ..."); and a first
name ringing a service ("Frank rang the duty line").

These cues are narrow because ordinary words fit them too: "morning"/"evening" greet only after "good"
("Evening Primrose,"); seasons, pets and endearments a greeting addresses are no names ("Hi Champ,", "Hello
Summer,"); "X from work" opens its clause, is a name word or first name and, when also a word, acts ("Faith
from my group texted"; never "Money from work came through", "Spotify from work"); a chat label needs
another speaker ("me:") and no number after it ("Hope: 2/10" is a field); a phone verb needs a person's
number (eight digits, no time range, no UK 03/08 company line); a capitals initial before a number is a
subscale ("HAMILTON, D 14"); and a word also ordinary found by these weak cues scores ``WEAK_CUE_SCORE``,
under the score the analyzer spreads names from, so it is found only where its cue is.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.casing import Token, tokenize
from confide.anonymize.lexicon import (
    EPONYM_HEADS,
    MONTH_WORDS,
    SCORE_EPONYMS,
    STANDALONE_EPONYMS,
    WEEKDAY_WORDS,
    Lexicon,
    load_lexicon,
    word_counts,
)
from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.base import to_results

TITLES = frozenset(
    "dr drs doctor mr mrs ms miss mx prof professor fr father rev sr sister nurse rn np lpn cna pa md "
    "attending resident intern fellow chaplain det detective sgt capt judge".split()
)
RELATIONS = frozenset(
    "wife husband spouse partner son daughter mother mom mum father dad sister brother sibling aunt "
    "uncle niece nephew cousin grandson granddaughter grandchild grandma grandpa grandmother "
    "grandfather gf bf girlfriend boyfriend fiance fiancee fiancé fiancée friend roommate flatmate "
    "neighbor neighbour landlord boss manager coworker colleague ex stepfather stepmother stepson "
    "stepdaughter parents guardian hcp poa proxy sitter caregiver therapist counselor counsellor "
    "psychiatrist psychologist pcp clinician worker kid child baby named called name patient "
    # note shorthand and in-laws ("dtr kim", "daughter-in-law trish")
    "dtr dau daughter-in-law son-in-law mother-in-law father-in-law sister-in-law brother-in-law "
    "grandniece grandnephew godson goddaughter companion "
    # step-kin ("stepdad kev"; a genogram's "MGM"/"PGF" stay out: "MGM Alzheimer's", "MGM Grand")
    "stepdad stepmum stepmom step-dad step-mum stepbrother stepsister half-brother half-sister "
    # elders and kin by the words of other Englishes ("aunty Mere", "abuela Lupe", "gogo", "foster carer Deb")
    "aunty auntie abuela abuelo abuelita nana nanna gogo kuia koro whaea tita tito lola lolo nonna nonno oma "
    "opa carer mbuya sekuru dochter zoon vrouw moeder vader "
    # what families call parents and elders in chats ("Nani fell again", "Amma should get Syndopa at 8", "hi bhai")
    "nani dadi amma appa ammi abbu mam mammy mummy mommy daddy mama papa gran grandad gramps nanay tatay "
    "bhai bhaiya didi akka chechi kuya".split()
)
# Titles that only a person's name follows, whatever its letter case ("dr. patience okoro", "mrs hope").
PERSONAL_TITLES = frozenset("dr doctor mr mrs ms mx prof".split())
# Relations that are also slang ("sis ngl", "bro istg", "my twin flame"): a cue only before a name
# word that is no ordinary word ("sis kim") or a capitalized first name on a cased line ("Bro Mike").
SLANG_RELATIONS = frozenset("sis bro twin".split())
# Care roles and record labels before a name ("PCP: Xue", "cc: Amadi", "Surgeon: Lind"), and any
# "-ologist", "-iatrist" or "-ician" ("cardiologist Dr Voss", "physician Ana Ruiz").
ROLES = frozenset(
    "cc physician physicians provider providers surgeon surgeons referring referred author radiologist "
    "hospitalist intensivist anesthesiologist anesthetist pharmacist dentist dietitian dietician "
    "nutritionist midwife doula chaplain pastor rabbi imam priest consultant consultants preceptor "
    "cosigner transcriptionist typist dictator interpreter translator team "
    # procedure and report headers ("ASST: J Winslow", "Operator: Baker", "Sonographer: Lutz"), the
    # recovery sponsor and the crisis-line caller ("Sponsor Hector", "caller Shelly")
    "assistant asst operator sonographer technologist sponsor caller".split()
)
# Casework and drop-in roles ("Volunteer Grace sat with him", "Case mgr: Deb", "house mgr Pete"), a social
# worker's and a pharmacist's short titles ("SW Dawn to start", "verified by RPh Kim") and a study's screener
# ("Screener: Jess M."): words that title-case headings also put before nouns ("Guest Speaker", "Volunteer
# Coordinator", "SW Region"), so a cue only before a first name or a name word, and never part of the name.
CASEWORK_ROLES = frozenset("volunteer volunteers guest guests mgr sw rph screener".split())
# Bystanders whom dispatch and crisis notes name by first name ("motel clerk (Raj)", "Super Hector has a key",
# "security guard Tomasz"): a cue, like the casework roles, only before a first name or a name word.
BYSTANDER_ROLES = frozenset(
    "clerk super superintendent janitor custodian guard bouncer bartender concierge receptionist doorman "
    "driver cabbie dispatcher coach teammate housemate "
    # police ranks as transports and holds write them ("Ofc Lucía Barragán", "Const Hiroshi", "Dep. Ruiz")
    "ofc officer dep deputy const constable trooper".split()
)
# Words before "super" when it is the building's superintendent ("building super Hector"), not "super nice".
_SUPER_BEFORE = frozenset("building the our my his her their a apt apartment".split())
# Role nouns of chat logs and dispatch that name lists hold as surnames ("Texter: idk", "Responder: ok").
ROLE_NOUNS = frozenset("texter texters chatter chatters responder responders".split())
# Licence and registry labels before their number ("DEA BZ4517702", "CPSO 108834"): written in capitals,
# a label; "Dea" is a given name.
REGISTRY_LABELS = frozenset("dea npi cpso ahpra gmc nmc hcpc upin ncpdp ohip".split())
# Animals: "named" or "called" after one names a pet ("a puppy named Sterling", "her cat called Mochi").
ANIMALS = frozenset(
    "dog dogs puppy pup puppies cat cats kitten kitty pet pets horse pony rabbit bunny hamster parrot bird "
    "fish goldfish snake lizard turtle tortoise ferret pig".split()
)
_ANIMAL_WORDS = "|".join(sorted(ANIMALS, key=len, reverse=True))
# A naming cue whose head noun is an animal: right before it ("a puppy, named", "her cat is called") or
# before a short place phrase ("a dog in the office named"). A person noun after the animal ("dog walker
# called Sue", "cat sitter named Mia") or a clause between ("my dog got sick so I called Mike") is no pet.
_PET_NAMING = re.compile(
    rf"\b(?:{_ANIMAL_WORDS})(?:[ \t]+(?:in|at|on|from)(?:[ \t]+(?:the|a|an|our|my|his|her|their))?[ \t]+\w+)?"
    r"[ \t]*,?[ \t]*(?:(?:is|was|who(?:'s|’s| is| was))[ \t]+)?(?:named|called)[ \t]+[\"“'‘]?\Z",
    re.IGNORECASE,
)
_PET_OWNED = re.compile(
    rf"\b(?:my|our|his|her|their|your|pt['’]?s|patient['’]s)[ \t]+(?:(?:new|old|little|big|rescue|family)[ \t]+)?"
    rf"(?:{_ANIMAL_WORDS})[ \t]+\Z",
    re.IGNORECASE,
)
# Services and disciplines before a name in parentheses ("seen by ID (Fortescue)", "OT (hanley)").
SERVICES = frozenset(
    "id gi ot pt sw rt cm cards cardiology renal nephrology neuro neurology derm dermatology psych psychiatry "
    "surgery surg ortho pulm pulmonary onc oncology heme ent uro urology gyn ob pharm pharmacy nutrition "
    "palliative pall ethics micu sicu ccu icu resident res".split()
)
_ROLE_SUFFIX = re.compile(r"(?:ologist|iatrist|ician)s?$")
# Roles and credentials that notes also put before ordinary nouns ("MD ROUNDS", "RN ASSESSMENT",
# "resident aware"): after them, a name that is also an everyday word needs capitals on a cased line.
ROLE_TITLES = frozenset("rn np lpn cna pa md nurse attending resident intern fellow".split())
# "pt delgado", "PT DELGADO": the patient abbreviation is a cue only before a name word that is no
# ordinary word ("pt ambulating", "PT DENIES" stay), or a capitalized name word on a cased line.
PATIENT_CUES = frozenset("pt pts".split())
# Labels of a list of people, before a colon ("Family: Ann, Bob and Kay", "Visitors: Mo").
LIST_LABELS = frozenset("family visitors visitor visiting contacts contact children kids siblings".split())
# Two-word cues, matched on the two words before a name.
CUE_PAIRS = frozenset(
    {("spoke", "with"), ("spoke", "to"), ("talked", "to"), ("talked", "with"), ("seen", "by"),
     ("called", "by"), ("visited", "by"), ("name", "is"),
     ("named", "is"), ("case", "manager"), ("social", "worker"), ("signed", "by"), ("dictated", "by"),
     ("reviewed", "with"), ("discussed", "with"), ("reviewed", "by"), ("cosigned", "by"),
     ("calls", "me"), ("call", "me"), ("named", "him"), ("named", "her"), ("called", "him"),
     ("called", "her"), ("assistant", "to"),
     # "spoke w/ dtr", "d/w": "w/" is "with" in notes
     ("spoke", "w"), ("talked", "w"), ("discussed", "w"), ("d", "w")}
)
# Verb cues of who a call or an order came from, who did a task ("call from Delphine", "ok'd by ferraro"):
# weak, since things do these too ("Transported by EMS", "cleared by Ortho"), so only a known name word
# or a first name after them is a name, never a word no name list holds.
VERB_CUE_PAIRS = frozenset(
    {("call", "from"), ("calls", "from"), ("msg", "for"), ("message", "for"), ("vm", "for"),
     ("ok'd", "by"), ("okd", "by"), ("cleared", "by"), ("placed", "by"), ("evaluated", "by"),
     ("examined", "by"), ("assessed", "by"), ("accompanied", "by"), ("covered", "by"), ("led", "by"),
     ("drawn", "by"), ("transported", "by"), ("replaced", "by"), ("escorted", "by")}
)
# Verbs of telling and paging a person ("Notified Okafor", "paged mbatha", "per Rose"): weak cues, after
# which only a name word or a capitalized first name is a name; never a word no name list holds, which
# is as often a drug, device, app or reference ("per UpToDate", "paged Vocera", "per TikTok"), nor
# "per protocol", "notified MD", "paged IR" (ordinary and clinical words, two-letter capitals).
CONTACT_CUES = frozenset("notified paged repaged informed updated contacted phoned texted emailed per".split())
# What a person is seen in ("session w/", "CBT with"), before "with" or "w/" and a name.
SESSION_NOUNS = frozenset("session sessions appt appts mtg mtgs meeting visit visits tele cbt dbt emdr therapy".split())
# Cues that everyday text also puts before things ("met with Tinder dates", "report to Centrelink",
# "relieved by Tylenol"): only a known name after them is a name ("met w/ Rosa", "report to SALLY").
NAME_ONLY_CUE_PAIRS = frozenset(
    {("met", "with"), ("met", "w"), ("report", "from"), ("report", "to"), ("relieved", "by"),
     # nicknames: "known as 'Bud'", "goes by Sunny"; never "known as depression"
     ("known", "as"), ("goes", "by"), ("go", "by"), ("going", "by"),
     # handoff and sessions: "report given to declan", "f/u w/ priya", "started CBT with Tamsin"; never
     # "f/u w/ cardiology", "session w/ Zoom" (no name word)
     ("given", "to"), ("u", "w"), ("u", "with"),
     # "report called to Bree", "ask for Sterling"; never "called to the bedside", "ask for help" (see
     # _called_to_place and _asked_for_word for the places and virtues that follow them)
     ("called", "to"), ("ask", "for"),
     *((noun, w) for noun in SESSION_NOUNS for w in ("w", "with"))}
)
# Asking or calling for someone by a quoted name ('asking for "Frank"', 'KEPT CALLING FOR "BUNNY"'): with
# the quote only (never "asking for help"), and only before a first name.
QUOTED_CUE_PAIRS = frozenset(
    {("asking", "for"), ("asked", "for"), ("asks", "for"), ("calling", "for"), ("called", "for"),
     ("calls", "for"), ("crying", "for"), ("yelling", "for"), ("screaming", "for"), ("out", "for"),
     # a name a caller gives ('caller identified as "Bree"', 'name given as "Tess"'); never 'given as "PRN"'
     ("identified", "as"), ("given", "as"), ("introduced", "as"), ("introduces", "as")}
)
# Who an "identified as"/"given as" cue names: a person or their name ("Caller identified as", "Name given as",
# "she was introduced as"); never a rating or status ('RAG status given as "Amber"').
_AS_CUE_SUBJECTS = frozenset(
    "name names caller callers patient pt client texter user she he they himself herself themselves male female "
    "man woman boy girl person subject individual youth resident".split()
)
_QUOTES = "\"“”'‘’"
# Greetings before the name of the person a message addresses ("Dear Sage,", "Hi Will,", "hey jo!").
GREETINGS = frozenset("dear hi hello hey hiya heya howdy".split())
# A time of day greets only after "good" ("Good morning Sterling!"); alone it opens a plant's or a paper's
# name ("Evening Primrose,", "Morning Glory,", "Morning Star,").
TIMES_OF_DAY = frozenset("morning afternoon evening".split())
# Whom a greeting addresses when that is no one's name ("Hi all,", "Dear Sir,", "Hey guys,", "hey girl!"):
# groups, roles, relatives, endearments and epithets ("Morning Sunshine!", "Hi Champ,", "Hey Gorgeous,"),
# pets ("Hi Kitty!") and seasons ("Hello Summer,"), which name lists also hold.
ADDRESSEES = frozenset(
    "all everyone everybody there team sir sirs madam colleague colleagues friend friends doc doctor customer "
    "patient parent parents member members client applicant user guys folks ya you love hun babe girl girls "
    "ladies gents both again mom mum dad mama papa fam world diary man dude bud buddy mate mates lads honey "
    "sweetie darling gang sunshine gorgeous champ pal pals crew chief boss sweetheart angel beautiful handsome "
    "lovely petal kiddo bestie ginger kitty puppy summer autumn winter spring".split()
)
# Greetings that name lists also hold ("Hiya,", "Bonjour, je m'appelle", "salam akhi"): never a name.
GREETING_WORDS = GREETINGS | TIMES_OF_DAY | frozenset("hola bonjour ciao salam salaam shalom namaste aloha".split())
# Verbs of reaching someone by phone before a name and its number ("text Deb 612.555.0144", "ring Aoife on
# 087 ..."): the number says the word names a person, not an app ("text Uber", "call 999").
PHONE_VERBS = frozenset("text txt call ring phone rang called texted".split())
_NUMBER_AFTER = re.compile(r"[ \t]+(?:on[ \t]+|at[ \t]+)?([(+]?\d[\d .()-]{6,}\d)")
# A UK non-geographic number (03.., 08.. with eleven digits: "0333 759 0000", "0345 611 6111") is an
# organisation's line, so the word before it names a company ("Call Sky on 0333 ..."), not a person.
_ORGANISATION_NUMBER = re.compile(r"0[38]\d{9}")
# Nickname cues after which a first name that is also a word is still a name ("Goes by Will,").
NICKNAME_CUE_PAIRS = frozenset({("goes", "by"), ("go", "by"), ("going", "by"), ("known", "as")})
# The word right before a name that a greeting or nickname cue points at ("Hi", "morning", "by", "as").
_CUE_WORDS = GREETINGS | TIMES_OF_DAY | frozenset(second for _, second in NICKNAME_CUE_PAIRS)
_ADDRESS_END = re.compile(r"[ \t]*(?:[,!]|$)", re.MULTILINE)
_NICKNAME_END = re.compile(r"[\"”'’]?[ \t]*(?:[,.;:!)]|$)", re.MULTILINE)
# Verbs of speaking and acting right after a capitalized word make it a name ("Joe said",
# "James had given", "Sue spent"); a title-cased ordinary word opening a sentence rarely does them.
PERSON_VERBS_AFTER = frozenset(
    "said says told asked shouted yelled replied explained wrote spent visited texted emailed phoned "
    "reports reported states stated denies denied endorses endorsed admits admitted agreed agrees "
    "arrived presented complains complained".split()
)
# What notes say a person did ("Delacorte rounded", "Vandersloot aware", "o'hanlon gave report"): weak
# cues, after a name word only; never a word no name list holds ("Ozempic tolerated", "Vocera aware",
# "Rolator ambulated", "Spotify came out") nor "Pt tolerated", "Family brought", "Lasix gave".
NOTE_VERBS_AFTER = frozenset(
    "rounded brought gave tolerated ambulated refused requested requesting returned came aware dangled "
    # home-visit entries: "kwame seen at home", "ezinne answered door"
    "seen answered "
    # outreach and family logs: "frankie was frank w/ us", "kayla says she's ok", "marisol went to the shelter"
    "was says wants went stayed slept left called texted".split()
)
# Where a person comes from on a ward ("Grace from PT", "ROSE FROM NUTRITION", "ebony from lab"): a
# department or service after "from".
DEPARTMENTS = frozenset(
    "lab labs rehab transplant ir nutrition pharmacy transport radiology security admitting anesthesia "
    "pacu dialysis chaplaincy volunteer volunteers hospice infusion".split()
)
_DEPARTMENTS_AFTER = (SERVICES - {"resident", "res"}) | DEPARTMENTS
# Where else a person comes from in letters and posts ("bill from housing", "grace from work", "Faith from
# my IOP group", "Destiny from tuesday group"): a workplace, service or group, with at most a determiner and
# one word before the head noun.
AFFILIATIONS = frozenset(
    "work housing school church group groups team class office billing reception admin college uni "
    "program programme meeting meetings job shelter".split()
)
_AFFILIATION_DETERMINERS = frozenset("my the our your his her their".split())
# What someone from a workplace or group does right after it ("Faith from my IOP group texted me", "bill from
# housing came re the bill"); "came" only where a visit follows ("came by"; never "Money came through").
AFFILIATED_ACTS = frozenset(
    "said says told asked texted text messaged emailed phoned rang called calls sent sends posted posts gave "
    "brought helped visited dropped checked wrote replied mentioned left invited picked drove offered".split()
)
_CAME_AFTER = frozenset("by round around over to re and with back".split())
_ADVERBS_BEFORE_ACT = frozenset("just also finally then already".split())
# What a clause opens after: a line, sentence, list, dash or quote ("fyi - bill from housing came").
_CLAUSE_OPENERS = "\n.!?;:,-–—(\"“"
# Words after which a name introduces its speaker ("its Adaeze from group", "this is Becky from the team").
_INTRODUCERS = frozenset("its it's it’s is im i'm i’m am".split())
_PREPOSITIONS = frozenset("of for to in on at with by from no any some more much".split())
# "Kowalski is a 58 yo M", "O'NEIL IS A 70 YO M": the subject of an age statement is the patient
# when the age is followed by what a note says of a person (sex, "man", "w/", "with", "s/p", "who",
# "presenting"; never "Honda is a 10 year old car", "Minecraft is a 12 year old game"), and the subject
# is a name word that is no everyday word, or a word no dictionary knows ("Young", "O'Neil"; never
# "Mine is a 5 yo boy"): see :func:`age_statement_subject`.
AGE_STATEMENT_AFTER = re.compile(
    r"(?i)[ \t]+(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?:yo\b|y/o|y\.o\.|(?:years?|yrs?)[ \t-]+old\b)"
    r",?[ \t]+(?:m|f|male|female|man|woman|boy|girl|gentleman|gent|lady|veteran|pt|patient|transgender|trans|"
    r"non-?binary|white|black|caucasian|hispanic|latino|latina|asian|aa|married|single|divorced|widowed|"
    r"right-handed|left-handed|rh|lh|with|who|from|here|presenting|presents|admitted|referred|known|"
    r"g\d+p\d+|w/|s/p|h/o|hx|pmh)(?![\w/])"
)


# A post's age after a first name: "Ava (15F)", "Ava (15) talked to", "Eli is 7 and in 2nd grade", "Tammy was
# 52." A bare number in brackets needs what a person does after it ("Grace (2) days", "Tier (3) funding" are
# counts), and no decimal follows the number ("Max was 38.9" is a temperature).
POST_AGE_AFTER = re.compile(
    r"[ \t]*\([ \t]*\d{1,2}[ \t]?[MFmf][ \t]*\)"
    r"|[ \t]*\([ \t]*\d{1,2}[ \t]*\)(?=[ \t]*,|[ \t]+(?:and|is|was|has|had|said|says|told|talked|texted|called|asked|"
    r"came|went|got|keeps|kept|started|wants|wanted|lives|goes)\b)"
    r"|[ \t]+(?:is|was|turned|turns)[ \t]+\d{1,2}(?![.,]\d)(?:[ \t]*(?:yo|y/o|years?(?:[ \t]+old)?))?"
    r"(?=[ \t]*(?:[,.;!?)]|and\b|now\b|$))",
    re.MULTILINE,
)
# A name said this often in subtitles is a word there first ("Summer was 90", "Chance was 3", "Rose is 7").
POST_AGE_MAX_COUNT = 20000
# A score's or a reading's word earlier on the line makes the number its value ("Pain score: Rose is 7").
_SCORE_ON_LINE = re.compile(r"(?i)\b(?:score|scale|level|pain|rating|grade|temp|phq|gad|bp|hr|sats?)\b")


def age_statement_subject(text: str, words: Sequence[str], end: int, lexicon: Lexicon) -> bool:
    """Whether ``words`` (lower case), ending at ``end``, are the person an age statement is about."""
    return bool(AGE_STATEMENT_AFTER.match(text, end)) and all(
        (lexicon.is_name(w) or not lexicon.is_common(w)) and not lexicon.is_everyday(w) and w not in NEVER
        for w in words
    )


# Verbs after the subject of a clause ("Joy is the HCP", "Joy will call"), for a first name that opens a
# sentence right after a relation.
SUBJECT_VERBS_AFTER = PERSON_VERBS_AFTER | frozenset("is was has had will".split())
# Verbs of calling that need a person as object after them ("Don called me", "Will rang us"): the
# object tells the caller apart from a naming ("a word called Hope").
CALL_VERBS = frozenset("called calls rang rings messaged messages dmed pinged ringing calling".split())
CALL_OBJECTS = frozenset("me us him her them you back my our".split())
# A caller's whereabouts after "from" ("Ray called from the pay phone"); never a firm's own unit, which
# "their" or a unit word marks ("Chase called from their fraud team", "Kaiser called from the billing office").
_CALLER_ORG_MARKS = frozenset("their its team office department dept billing desk".split())
# Services a person rings ("Frank rang the duty line", "Joy called the crisis team"; never "a word called the").
CALLED_SERVICES = frozenset("line ward office team clinic surgery service helpline unit desk practice".split())
# "Mary's daughter", "Hleb's address": a possessive before a relation or a personal thing.
POSSESSED_AFTER = (
    RELATIONS | SLANG_RELATIONS | frozenset("address house home place room car phone number email account".split())
)
_DOTTED_CREDENTIAL = re.compile(r",?[ \t]*(?:M\.D\.|D\.O\.|Ph\.D\.|Psy\.D\.|R\.N\.|N\.P\.|P\.A\.|D\.D\.S\.)")
CREDENTIALS_AFTER = frozenset(
    "rn np md do pa lpn lcsw lmft lpc phd psyd msw aprn cnp dds sw lsw licsw slp rrt crna cnm pharmd dpt otr "
    "ccrn bsn msn".split()
)
# Nursing grades of the UK, Ireland and Australia: after a listed name only ("Mensah RMN", "Quaye HCSW"), since
# teams, wards and specialties take them too ("CRHT RMN", "Willow RMN", "Paeds RGN").
GRADES_AFTER = frozenset("rmn rgn rnld hca hcsw cpn srn".split())
LOWER_CREDENTIALS_AFTER = frozenset("rn np md".split())
# Words never reported however they are cased (pronouns, days, months, in-law shorthand, app brands).
NEVER = MONTH_WORDS | WEEKDAY_WORDS | frozenset(
    "i me my we you he she it they him her his hers its our your their this that the a an and or "
    "but if of on in at to for with by from as is was are be been have has had do did not no yes "
    "am pm will would shall should can could might must "
    "does done were being said says told asked went came got "
    "also just still then now too really always never who which when while there here "
    # times and slang a relation's sentence goes on with ("will call mother tomorrow", "my bf tho")
    "soon later tomorrow today tonight yesterday again tho ngl irl tbh "
    "christmas xmas easter thanksgiving halloween hanukkah diwali ramadan jesus christ god allah buddha jehovah "
    "santa lord "
    # in-law shorthand of forums ("my MIL (Linda)") and coined app, game and payment brands ("Venmo me")
    "mil fil sil bil dil "
    "venmo paypal zelle cashapp doordash grubhub lyft tiktok snapchat instagram whatsapp youtube netflix "
    "spotify fortnite minecraft roblox tinder grindr chatgpt".split()
)
MAX_NAME_WORDS = 4
# The score of a word that is also ordinary ("Grace", "Sage") found by a weak cue: a greeting, a phone verb,
# a role in brackets, a chat label or "from work". It must stay under postprocess._MIN_SEED_SCORE, so the
# analyzer's propagation spreads it nowhere ("Grace (OT) saw him. Grace period ends Friday.").
WEAK_CUE_SCORE = 0.55
# Chat labels that say a log has speakers, not form fields ("me: u up?", "ME: IDK").
_SELF_LABELS = frozenset("me you u myself".split())
# A field's value that rates something ("Hope: low", "Energy: poor"): a diary's line, no speaker's.
_LEVEL_VALUE = re.compile(r"[ \t]*:[ \t]*(?i:low|high|poor|fair|good|ok|okay|none|nil|better|worse|same|n/a)\b")
# Kin who label a family's chat ("Mom: ok", "Sis: on my way"), not the record labels that relations also hold
# ("Name:", "Patient:", "Carer:").
KIN_LABELS = frozenset(
    "mom mum mam mommy mummy mama dad daddy papa mother father sis sister bro brother nana nan nani gran granny "
    "grandma grandpa gramps grandad aunt auntie aunty uncle cousin son daughter wife husband hubby bhai didi amma "
    "appa ammi abbu dadi lola lolo tita tito tía tío abuela abuelo".split()
)
# A label's value that is a number or score makes it a form field ("Hope: 2/10", "Rose: 2 units").
_FIELD_VALUE = re.compile(r"[ \t]*:[ \t]*[-+(]?\d")
# The UK's nations and Canada's provinces and territories that the gazetteer's country and state lists lack
# and name lists hold ("Scotland", "Ontario"): regions, like the US states, never a person. Given names
# among them stay names ("Alberta", "Victoria").
NATIONS_AND_PROVINCES = frozenset(
    "england scotland wales ontario quebec saskatchewan newfoundland yukon nunavut".split()
)
DEMONYMS = frozenset(
    "english british scottish irish welsh american canadian mexican french german spanish italian swedish "
    "norwegian danish finnish dutch polish russian ukrainian chinese japanese korean indian pakistani "
    "african asian european australian latino latina hispanic jewish muslim christian catholic "
    "protestant hindu buddhist arab persian turkish greek brazilian "
    # peoples and languages of Commonwealth and US notes ("Samoan speaking", "a proud Tongan man")
    "samoan tongan fijian niuean maori māori pakeha pākehā aboriginal filipino filipina vietnamese somali "
    "ethiopian eritrean nigerian ghanaian haitian jamaican punjabi tagalog cantonese mandarin "
    "kenyan ugandan tanzanian zambian zimbabwean rwandan sudanese malawian singaporean malaysian trinidadian "
    # languages an interpreter is booked for ("mum only speaks Dari", "Hmong interpreter")
    "dari pashto farsi urdu hindi bengali bangla gujarati tamil telugu kurdish amharic tigrinya oromo swahili "
    "yoruba igbo hausa hmong khmer nepali burmese arabic hebrew yiddish portuguese romanian hungarian albanian".split()
)


def _opens_clause(text: str, pos: int, openers: str) -> bool:
    """Position ``pos`` opens a clause: the three characters before it, spaces and tabs aside, end in an opener.

    Nothing but spaces and tabs there counts too, as at the text's start. Each caller passes its own openers: a
    greeting also opens after a quote mark, "from work" after a comma.
    """
    opening = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not opening or opening[-1] in openers


def _is_relation(word: str) -> bool:
    """A family or care relation, in-laws and exes included ("dtr-in-law", "ex-boyfriend")."""
    return word in RELATIONS or word.endswith("-in-law") or word.startswith("ex-") and word[3:] in RELATIONS


# A relation in parentheses right after a name: "Will (son) called", "Tyrone (ex-boyfriend)",
# "Hope (pt's niece)". The relation names the person before it, whatever word the name is.
_RELATION_WORDS = sorted(
    RELATIONS - {"named", "called", "name", "patient", "kid", "child", "baby", "worker"}, key=len, reverse=True
)
RELATION_AFTER = re.compile(
    r"[ \t]*\((?:(?:pt|patient|her|his|their|my|our|your|the)['’]?s?[ \t]+)?(?:twin[ \t]+)?(?:ex-|step)?(?:"
    + "|".join(re.escape(w) for w in _RELATION_WORDS)
    # "Rose (next door)", "Bill (the neighbor)": who lives beside the family
    + r"|next[ \t]+door)(?:s|ren)?(?:-in-law)?\)",
    re.IGNORECASE,
)
# A care role in parentheses right after a name: "Mo (cath lab RN)", "dawn (staff)", "Lu (night tech)".
ROLE_AFTER = re.compile(
    r"(?i)[ \t]*\((?:[a-z]+[ \t]+){0,2}(?:rn|lpn|np|cna|pa-c|md|tech|staff|aide|sitter|resident|attending|"
    r"fellow|intern|charge|therapist|sw|rt|ot|pt|slp|cpn|hca|gp|nurse|doctor|psychologist|psychiatrist|"
    r"counsell?or|key[ \t]?worker|care[ \t]+coordinator|support[ \t]+worker|social[ \t]+worker|"
    r"peer[ \t]+support(?:er)?|pharmacist|dietitian|chaplain)\)"
)
# A first name that is also a word no name rule takes ("will", "june"; "jordan" is a country) is a
# name right after a relation only when a list of relatives goes on: a bracket closes it ("SON WILL)"),
# or a comma, "and" or "&" opens the next relation and no verb follows it ("brother will and sister grace",
# "SON WILL, DTR ANN"; not "mom will and dad won't").
# A stop, a line end or a bare "and" does not: posts end "i hope my therapist will." and "my son will and
# my daughter won't" with the verb; "son will, if asked, drive" is one too.
_RELATION_ALT = "|".join(re.escape(w) for w in _RELATION_WORDS)
_CLOSED_AFTER = re.compile(
    r"(?:[ \t]*\)|(?:,|[ \t]+(?:and|&))[ \t]*(?:" + _RELATION_ALT + r")(?:s|ren)?"
    r"(?![a-z'’])(?![ \t]+(?:will|won['’]?t|would|wo|can|could|did|does|do|is|was|has|had|may|might|should)\b))",
    re.IGNORECASE,
)
_ROLE_PER = re.compile(r"(?i)[ \t]*\([ \t]*per\b")

# Bed words a census writes that are no ward-layout word of the place gazetteer ("Jo (rm 4)", "(cubicle 2)").
_BED_ABBREVIATIONS = frozenset({"rm", "side room", "cubicle", "cube"})


@functools.cache
def _layout_words() -> frozenset[str]:
    """The place gazetteer's ward-layout words, imported late: that module imports this one through its checks."""
    from confide.anonymize.recognizers.place_gazetteer import _LAYOUT_WORDS

    return _LAYOUT_WORDS


@functools.cache
def bed_after() -> re.Pattern[str]:
    """A bed after a word, in brackets or between separators ("Hope (bed 2)", "Jo - bay 3 -", "Hope, rm 2,").

    The group ``closed`` is set when a separator closes the entry ("Hope (bed 2) --", "Sage (rm 14B):"): see
    :meth:`NameDictionaryRecognizer._census_entry`.
    """
    words = "|".join(sorted(_layout_words() | _BED_ABBREVIATIONS, key=len, reverse=True))
    number = r"[ \t]*#?[ \t]*\d{1,4}[a-z]?[ \t]*"
    return re.compile(
        rf"(?i)(?:[ \t]*\([ \t]*(?:{words}){number}\)(?P<closed>[ \t]*(?:[-–—:;,.]|$))?"
        rf"|[ \t]*[-–—,][ \t]*(?:{words}){number}(?P<dashed>[-–—,:;]))",
        re.MULTILINE,
    )

# Things at a bed that census words also name ("Foley (bed 6) -", "TED (bed 2):", "Walker, bed 7,").
_BED_THINGS = frozenset(
    "walker walkers foley baxter cane canes tray posey ted teds crash cart chair commode rail rails pump "
    "hall table monitor sling hoyer stryker alaris bair hugger".split()
)
# Shelter and intake notes give a street name, then the legal one: 'Tiny (legal name ...)', '"Smoke"   real
# name: ...', "Slim (don't know real name)"; a bracket, dash, closing quote or wide gap opens the aside (never
# a comma, "Verified, full name and DOB", nor the "'s" of "What's your full name"). A form field closes it
# ("Signature (full name): ____") or lists the date of birth with it ("Wristband (full name, DOB)").
# Bounded runs: linear on long lines.
ALIAS_AFTER = re.compile(
    r"(?i)(?:[\"”'’](?![a-z])[ \t]*\(?|[ \t]*\(|[ \t]+[-–—]+|[ \t]{2})[ \t]*(?:[a-z'’]{1,10}[ \t]+){0,3}"
    r"(?:legal|real|full|birth)[ \t]+name\b"
    r"(?![ \t]*\)[ \t]*[:_]|[ \t]*[,/&][ \t]*(?:dob|d\.o\.b|date)\b)"
)
# Words a form or an ID check puts before "(full name)", and pronouns and question words before "'s":
# never a street name ("Applicant (full legal name)", "Caller (full name)", "IDENTITY CONFIRMED (FULL NAME").
_NOT_STREET_NAMES = frozenset(
    "signature signed applicant applicants witness surname forename caller anonymous identifiers identity "
    "confirmed verified checked wristband patient client resident name names she he they it what who that "
    "there here this".split()
)
# Before a title these make it a noun, not a form of address ("the doctor bill", "my dr tho").
_DETERMINERS = frozenset("a an the my your his her our their this that".split())
# The part of NEVER a closed list of relatives or a header still refuses; NEVER itself also holds "will"
# and the months, which are first names there ("SON WILL, DTR JUNE").
_NOT_NAMES = frozenset("said god lord jesus christ allah jehovah santa christmas easter ramadan".split())
_TITLES_OR_NOT_NAMES = TITLES | _NOT_NAMES
_PATIENT_CUES_OR_NOT_NAMES = PATIENT_CUES | _NOT_NAMES
_SLANG_OR_CASEWORK = SLANG_RELATIONS | CASEWORK_ROLES
_NAME_ONLY_OR_VERB_PAIRS = NAME_ONLY_CUE_PAIRS | VERB_CUE_PAIRS
# First name + unknown word (rule 7): what marks the pair as a product or a wish instead.
_PAIR_DETERMINERS = frozenset("a an the my your his her our their this that new any some".split())
_PRODUCT_WORDS = frozenset(
    "flavour flavor flavours flavors savings card coupon copay protocol pen pens dose doses shot shots injection "
    "injections pill pills tablet tablets vape vapes pod pods app doctor doctors plan".split()
)
_WISH_WORDS = frozenset("hope wish pray bless trust".split())
_AUXILIARIES = frozenset("will can could would does did is was works helps".split())
_PAIR_SUBJECT_VERBS = PERSON_VERBS_AFTER | CALL_VERBS
# Units after a department and what a person from it does ("Rose from the pharmacy rang", "Deb from the PT
# team called"); never "Price from the pharmacy was", "Grant from the hospice came through".
_DEPARTMENT_UNITS = frozenset("team office desk unit dept department".split())
_DEPARTMENT_VISITOR_VERBS = PERSON_VERBS_AFTER | CALL_VERBS | frozenset("visited stopped dropped".split())
# After "ask for <name>": a pronoun naming the person again, or a desk ("ask for Sterling, he's the chair",
# "ask for Joy at reception").
_PERSON_AFTER_ASK = re.compile(
    r"(?i)(?:[ \t]*[,.;:!-]+[ \t]*(?:he|she|they)\b|[ \t]+(?:at|on)[ \t]+(?:the[ \t]+)?(?:front[ \t]+)?"
    r"(?:desk|reception|counter|window|door)\b)"
)
# Words a greeting or nickname cue points at that are never a name ("Hi all,", "Dear Sir,", "Hi Jesus").
_NOT_ADDRESSED = ADDRESSEES | _NOT_NAMES | TITLES
# Words that seed no name by themselves: titles, relations and greetings ("Dr", "son", "Hiya").
_NEVER_SEEDS = TITLES | RELATIONS | SLANG_RELATIONS | GREETING_WORDS
# Before "X from work" these make X a thing, not a person ("a bill from housing", "no hope from work").
_THING_BEFORE = _DETERMINERS | _PREPOSITIONS
# Cue words a name never grows over ("Hey Gorgeous", "Ring Boots" are a greeting and a verb before a word).
_CUES = GREETING_WORDS | PHONE_VERBS
# What opens the clause a greeting starts: a line, sentence, quote, label or bracket ("Hi Will,"; never
# "I said hi Will,").
_GREETING_OPENERS = "\n\"“'‘:.!?-–—("


def addressing_cue(text: str, start: int, end: int) -> str | None:
    """``"greeting"`` or ``"nickname"`` when a cue points at the word ``text[start:end]`` as a name, else None.

    A greeting ("Hi", "Dear", "Good morning") opens its line, sentence or quote right before the word, and a
    comma, "!" or the line's end closes it ("Hi Will, can you"; never "say hi Will", "Hi all,", "Morning
    Glory,"). A nickname cue ("goes by", "known as") stands right before the word or its opening quote,
    and the word ends its clause ("Goes by Will.", 'known as "Gaz",'). The caller judges the word itself
    (a first name; in lower case too after a greeting); the recognizer and the NER guard share this test.
    """
    word = text[start:end].lower()
    if word in _NOT_ADDRESSED or _is_relation(word):
        return None
    offset = max(0, start - 40)
    before = tokenize(text[offset:start])
    if not before:
        return None
    prev, gap = before[-1], text[offset + before[-1].end : start]
    cue = len(before) - 1
    if prev.lower in TIMES_OF_DAY and len(before) > 1 and before[-2].lower == "good":
        cue -= 1  # "Good morning Sterling!"
    if gap == " " and (prev.lower in GREETINGS or cue < len(before) - 1):
        if _ADDRESS_END.match(text, end) is None:
            return None
        greeting_start = offset + before[cue].start
        return "greeting" if _opens_clause(text, greeting_start, _GREETING_OPENERS) else None
    pair = (before[-2].lower if len(before) > 1 else "", prev.lower)
    quoted = gap in {' "', " “", " '", " ‘"} and text[end : end + 1] in _QUOTES
    if pair in NICKNAME_CUE_PAIRS and (gap == " " or quoted) and _NICKNAME_END.match(text, end) is not None:
        return "nickname"
    return None
# Labels of the patient's name in a report header ("NAME: STEWART, WILL   MRN: ...", "pt: martin, claire").
HEADER_LABELS = frozenset("name pt patient".split())
# After a header name: the line ends, a wide gap opens the next field, or a short label and a number follow
# ("BELL, FRANK MR 3381902", "Ruiz, Ana (DOB ...)").
_HEADER_VALUE_END = re.compile(
    r"[ \t]*(?:$|\n)|[ \t]{2,}|[ \t]*\(|[ \t]+[A-Za-z]{2,5}\.?[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*[A-Z]{0,3}-?\d"
)
# Surname particles between two parts of one name ("Rosalind de la Fuente", "Dr. van der Berg").
_PARTICLES = re.compile(r"(?i)(?: (?:de|la|le|del|della|di|da|du|dos|das|van|von|der|den|ter|ten|bin|ibn|al|el))+ ")


# A first name that is also English is still read as a name word when English uses it this rarely
# (counts in ``pyspellchecker``'s subtitle frequency list, where first names are frequent: "clem" 51,
# "marguerite" 95; "euphoria" 581, "kale" 833, "grace" 24,102 are words), no clinical list holds it, it
# names no place and it is no British spelling of a frequent word ("analyse", "labour"). Surname-list
# words are not ("areola", "potash", "theres", "tener"). Such a word still needs a cue: it is never a
# name by itself on a caseless line nor spread to other mentions (see ``_looks_like_name``, ``_repeat``).
RARE_WORD_COUNT = 100
_BRITISH_ENDINGS = (("our", "or"), ("yse", "yze"), ("ise", "ize"), ("isation", "ization"), ("tre", "ter"))
O_SURNAME = re.compile(r"o['’][a-z]{3,}")
_VOWEL = re.compile(r"[aeiouàáâäèéêëìíîïòóôöùúûü]")
# A number right after a scale's or score's eponym makes it the score ("morse 45", "BRADEN 14", "Wells 4");
# after any other name word it is an age or a count ("kids Ezekiel 7 and Marisol 4", "Boris 100%").
_SCORE_AFTER = re.compile(r"[ \t]*:?[ \t]*\d{1,3}(?![\d/:-])")  # not a phone number after a name
# Note shorthand that no word list holds, read after a cue as a word ("team mtg", "family mtg").
NOTE_ABBREVIATIONS = frozenset("mtg mtgs appt appts mgmt tmrw tmw tomm noc bilat approx".split())


def rare_word_name(word: str, lexicon: Lexicon) -> bool:
    """A first name whose ordinary use is rare: not clinical, not everyday, no place, rare in subtitles ("clem")."""
    if word not in lexicon.first_names or word in lexicon.clinical_words or word in lexicon.places:
        return False
    counts = word_counts()
    if lexicon.is_everyday(word) or counts.get(word, 0) >= RARE_WORD_COUNT:
        return False
    return not any(  # "analyse", "labour": British spellings of frequent words
        word.endswith(gb) and counts.get(word[: -len(gb)] + us, 0) >= RARE_WORD_COUNT for gb, us in _BRITISH_ENDINGS
    )


def pet_naming(text: str, start: int) -> bool:
    """A pet's name starts at ``start``: "named"/"called" right after an animal noun ("our dog named Max").

    Read only from the 60 characters before, so a long line costs no more than a short one.
    """
    cue = text[max(0, start - 10) : start].rstrip("\"“'‘ \t").lower()
    if not cue.endswith(("named", "called")):
        # an owner's animal right before the name ("my cat Luna", "our dog Max", "Pt's horse Dakota")
        return _PET_OWNED.search(text[max(0, start - 40) : start]) is not None
    return _PET_NAMING.search(text[max(0, start - 60) : start]) is not None


def score_eponym(text: str, token: Token) -> bool:
    """A scale's or score's eponym right before its value ("Morse 45", "BRADEN: 14")."""
    return token.lower in SCORE_EPONYMS and _SCORE_AFTER.match(text, token.end) is not None


_PREFIXED_TITLE = re.compile(r"(?:[A-Z][a-z]?['’]|(Ma?c))[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)*")


def _letter_case(word: str, surnames: frozenset[str] = frozenset()) -> str:
    """``upper``, ``title``, ``lower`` or ``mixed``; "O'Sullivan", "D'Arcy", "McKay" are ``title``.

    A "Mac"/"Mc" word is ``title`` only when ``surnames`` holds it: brands are written so too ("MacBook").
    """
    if word.isupper():
        return "upper"
    prefixed = _PREFIXED_TITLE.fullmatch(word)
    if prefixed and (prefixed.group(1) is None or word.lower() in surnames):
        return "title"
    if word[:1].isupper() and word[1:].islower():
        return "title"
    return "lower" if word.islower() else "mixed"


def _hyphen_parts_name(word: str, lexicon: Lexicon) -> bool:
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and any(lexicon.is_name(p) for p in parts) and not all(
        lexicon.is_common(p) for p in parts
    )


# An initial before a name ("S. Nakagawa"), and a middle initial after one: with a period
# ("Esteban R."), or without one after a "SURNAME, GIVEN" name ("TREMBLAY, OSWALDO J").
_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])[A-Za-z]\. ?\Z")  # \Z: never across a line end ("K.\nmbatha")
# A capital initial without a period before a capitalized surname on a cased line ("seen by K Moreau MD").
_BARE_INITIAL_BEFORE = re.compile(r"(?<![\w.'’/-])[B-HJ-Z] \Z")
_INITIAL_AFTER = re.compile(r" [A-Za-z]\.(?![\w'’-])")
# A header's bare initial before a capitals surname ("ASST: J WINSLOW") and a report's initial after a
# surname and comma ("Operator: Baker, N."; never "Baker, E. coli", "Baker, I.").
_LABEL_INITIAL_BEFORE = re.compile(r"(?<=:)[ \t]+([B-HJ-Z]) \Z")
_COMMA_INITIAL_AFTER = re.compile(r",[ \t]?[B-HJ-Z]\.(?![\w'’-]|[ \t]+[a-z])")
_BARE_INITIAL_AFTER = re.compile(
    r" [A-Za-z](?=[ \t]*$|[ \t]*[,;(]| {2,}|\s+[A-Z]{2,}|\s+[a-z]{2,}\s*[:#]|[ \t]+[A-Z][a-z]+\b)", re.MULTILINE
)
# A capitals surname's bare initial after a comma ("GUTIERREZ, E is ready", "PETROV, A (Mr)"); never one
# before a number, a scale's subscale and score ("HAMILTON, D 14", "PHQ, A 9").
_CAPS_COMMA_INITIAL_AFTER = re.compile(r",[ \t]?[A-Z]\.?(?![\w'’-]|[ \t]*[:=]?[ \t]*\d)")


# A speaker label opening a line of a pasted chat log ("Barry: hey", "Barry : ok", "[11:28] Jo: ok"):
# one or two words, then a colon. A text with two such lines or more is read as a chat log.
_SPEAKER_LABEL = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?P<label>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]?:(?:[ \t]|$)",
    re.MULTILINE,
)


def speaker_label_starts(text: str) -> frozenset[int]:
    """Offsets of the labels' first words when ``text`` reads as a chat log (two labelled lines or more)."""
    starts = [m.start("label") for m in _SPEAKER_LABEL.finditer(text)]
    return frozenset(starts) if len(starts) >= 2 else frozenset()


def _with_initials(text: str, start: int, end: int, score: float) -> tuple[int, int, float]:
    """``(start, end, score)`` widened over the initials around the name."""
    before = _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
    if before is None and text[start : start + 1].isupper() and text[start + 1 : start + 2].islower():
        before = _BARE_INITIAL_BEFORE.search(text[max(0, start - 4) : start])
    if before is None and text[start:end].isupper():
        label = _LABEL_INITIAL_BEFORE.search(text[max(0, start - 8) : start])
        before = label and re.search(r"[B-HJ-Z] \Z", label.group())
    if before:
        start -= len(before.group())
    after = _INITIAL_AFTER.match(text, end)
    if after is None and " " not in text[start:end] and "," not in text[start:end]:
        after = _COMMA_INITIAL_AFTER.match(text, end)
        if after is None and text[start:end].isupper() and len(text[start:end]) >= 3:
            after = _CAPS_COMMA_INITIAL_AFTER.match(text, end)
    if after is None and "," in text[start:end]:
        after = _BARE_INITIAL_AFTER.match(text, end)
    if after:
        end = after.end()
    return start, end, score


# What closes a title and its name: a sentence's or a clause's mark, a bleep's "@", the text's end.
_PHRASE_CLOSE = re.compile(r"[ \t]*(?:[.,;:)@]|$)")


class NameDictionaryRecognizer(EntityRecognizer):
    """PERSON spans from the name lexicon plus title/relation context (see module docstring)."""

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        min_length: int = 3,
        score: float = 0.6,
        context_score: float = 0.8,
    ) -> None:
        self._lexicon = lexicon
        self.min_length = min_length
        self.score = score
        self.context_score = context_score
        super().__init__(supported_entities=["PERSON"], name="NameDictionaryRecognizer")

    @property
    def lexicon(self) -> Lexicon:
        """The word lists, loaded on first use."""
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @functools.cached_property
    def _region_tokens(self) -> frozenset[str]:
        """Words of country and state names, less the saints' given names ("Saint Helena": "helena" is a name)."""
        return frozenset(
            word
            for name in self.lexicon.region_names
            for k, word in enumerate(name)
            if not (k == 1 and name[0] in {"saint", "sint", "st"})
        )

    def load(self) -> None:  # noqa: D102 - loaded on first use
        pass

    def _kind(self, token: Token) -> str:
        """``name`` (name word, not ordinary), ``ambiguous`` (name and ordinary), ``word``, ``unknown``.

        A name word that is ordinary only in a dictionary's rare corners ("clem", "delphine",
        "castellanos": Webster lists them, subtitles barely use them, no clinical list holds them) is a
        ``name``; so is an Irish "O'" surname no dictionary holds ("o'hanlon").
        """
        word, lex = token.lower, self.lexicon
        if word in NATIONS_AND_PROVINCES or word.endswith("s") and word[:-1] in RELATIONS:
            return "word"  # "Mental Health (Scotland) Act", "Form 1 (Ontario)"; "RE NEIGHBOURS X 6 WEEKS"
        if word in ROLE_NOUNS or word in REGISTRY_LABELS and token.text.isupper() and not token.caseless_line:
            return "word"  # "Texter: idk", "MD  DEA BZ4517702"
        if word in NEVER or word in DEMONYMS or word in self._region_tokens or word in NOTE_ABBREVIATIONS:
            # countries and states are not identifiers under Safe Harbor; "mtg" is shorthand. A word of a
            # saint's name in a region's name is a given name ("Helena", "Martin": "Saint Helena").
            return "word"
        if lex.is_name(word) or _hyphen_parts_name(word, lex):
            return "ambiguous" if lex.is_common(word) and not rare_word_name(word, lex) else "name"
        if O_SURNAME.fullmatch(word) and not lex.is_common(word):
            return "name"
        return "word" if lex.is_common(word) or "-" in word else "unknown"

    @staticmethod
    def _as_cue_subject(tokens: Sequence[Token], k: int) -> bool:
        """A person or name word before the verb ``k`` of an "as" cue, past "was"/"been"/"self-"."""
        j = k - 1
        while j >= 0 and k - j <= 3 and tokens[j].lower in {"was", "is", "has", "been", "self", "had"}:
            j -= 1
        return j >= 0 and tokens[j].lower in _AS_CUE_SUBJECTS

    def _cue_before(self, text: str, tokens: Sequence[Token], i: int, name: Token | None = None) -> bool:
        """A title, relation or two-word cue right before token ``i`` (same line, ≤ 2 chars of punctuation).

        ``name`` is the word the cue is for when token ``i`` is an initial before it ("met w/ R. Ruiz").
        """
        if i == 0:
            return False
        prev, name = tokens[i - 1], name or tokens[i]
        gap = text[prev.end : tokens[i].start]
        if prev.lower == "w" and gap.startswith("/"):
            gap = gap[1:]  # "w/": with
        if prev.lower == "name" and gap in {"'s ", "’s "}:
            return True  # "My name's Gemma"
        if "\n" in gap or len(gap.strip(" .,:(\"'“‘")) > 0 or len(gap) > 4:
            return False
        if prev.lower == "cc" and re.search(r"\d\s*$", text[: prev.start]):
            return False  # a volume, not a copy label: "voided 300 cc. Pleurx drained"
        if "." in gap and len(prev.text) > 1 and prev.lower not in TITLES and self.lexicon.is_everyday(prev.lower):
            # a sentence ends between them: "with his wife. Grace period discussed"; unless a relation's
            # first name opens the next sentence as its subject ("Spoke with pt's wife. Joy is the HCP.")
            return _is_relation(prev.lower) and name is tokens[i] and self._clause_subject(text, tokens, i)
        if prev.lower in PATIENT_CUES:  # "pt delgado", "Pt Brown"; never "pt ambulating", "PT DENIES", "Pt Lasix"
            capitalized_name = not name.caseless_line and name.capitalized and self.lexicon.is_name(name.lower)
            return self._kind(name) == "name" or capitalized_name
        if prev.lower in LIST_LABELS:  # "Family: Ann, Bob and Kay"; never "family mtg"
            return ":" in gap
        if prev.lower in CONTACT_CUES:  # "Notified Okafor", "paged mbatha", "per Rose"; never "per UpToDate"
            cased = name.caseless_line or name.capitalized
            return self._kind(name) == "name" or (
                len(name.text) >= 3 and cased and name.lower in self.lexicon.first_names
            )
        if prev.lower in ROLE_TITLES and self._kind(name) == "ambiguous" and self.lexicon.is_everyday(name.lower):
            # "MD ROUNDS", "rn assessment"; "Nurse Grace" on a cased line stays
            return not name.caseless_line and name.capitalized
        if prev.lower in {"named", "called"} and pet_naming(text, name.start):
            return False  # "a dog in the office named Biscuit"
        if prev.lower in TITLES or _is_relation(prev.lower) or prev.lower in ROLES or _ROLE_SUFFIX.search(prev.lower):
            return True
        if prev.lower == "super" and not (
            prev.sentence_start or "(" in gap or (i >= 2 and tokens[i - 2].lower in _SUPER_BEFORE)
        ):
            return False  # "it was super Joy who": an adverb; "building super Hector", "Super (Hector) has"
        if prev.lower in CASEWORK_ROLES or prev.lower in BYSTANDER_ROLES:  # "Volunteer Grace"; never "Guest Speaker"
            return self._kind(name) == "name" or name.lower in self.lexicon.first_names
        if prev.lower in SLANG_RELATIONS:  # "sis Kim", "bro Ruby"; never "sis ngl", "my twin flame"
            return self._kind(name) == "name" or (
                name.lower in self.lexicon.first_names and not name.caseless_line and name.capitalized
            )
        if gap.strip() == "(" and prev.lower in SERVICES:
            return True  # "seen by ID (FORTESCUE)"
        if i < 2 or "\n" in text[tokens[i - 2].end : prev.start]:
            return False
        if (tokens[i - 2].lower, prev.lower) in CUE_PAIRS:
            return True
        if (tokens[i - 2].lower, prev.lower) in QUOTED_CUE_PAIRS:
            # 'asking for "Frank"'; never "asking for help", 'calling for "backup"'
            quoted = gap[-1:] in _QUOTES and text[name.end : name.end + 1] in _QUOTES
            if prev.lower == "as" and not self._as_cue_subject(tokens, i - 2):
                return False
            return quoted and name.lower in self.lexicon.first_names
        if (tokens[i - 2].lower, prev.lower) in _NAME_ONLY_OR_VERB_PAIRS:
            # "report to Robin"; never "report to Centrelink", "met with Tinder dates" (a surname only)
            if (tokens[i - 2].lower, prev.lower) == ("called", "to") and self._called_to_place(text, tokens, i):
                return False
            if (tokens[i - 2].lower, prev.lower) == ("ask", "for") and not self._asked_for_person(text, tokens, i):
                return False
            return self._kind(name) == "name" or name.lower in self.lexicon.first_names
        if gap == " " and prev.lower in {"is", "was"} and tokens[i - 2].lower in RELATIONS - {"patient", "name"}:
            # "pt's wife is rose": a known first name, not its possessive ("sister is Autumn's age")
            # nor slang ("my gf is preggo", "my bf was lowkey mean")
            return (
                text[tokens[i - 2].end : prev.start] == " "
                and name.lower in self.lexicon.first_names
                and not re.match(r"(?i)['’]s\b", text[name.end :])
            )
        # An initial between the cue and the surname: "NP R. CASTELLANO", "per Dr. Q. Adeyemi".
        initial = len(prev.text) == 1 and prev.text.isalpha() and (gap == ". " or prev.text.isupper() and gap == " ")
        return initial and prev.text not in {"A", "I"} and self._cue_before(text, tokens, i - 1, name)

    @staticmethod
    def _called_to_place(text: str, tokens: Sequence[Token], i: int) -> bool:
        """After "called to", word ``i`` is a place: a layout word, or one before a number or a capitalized word.

        "Called to Ward 3 for a fall", "Called to Sterling Hall", "Called to Chase Bank"; a credential in
        capitals still follows a person ("called to Danielle RN").
        """
        if tokens[i].lower in _layout_words():
            return True
        rest = text[tokens[i].end : tokens[i].end + 40]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if re.match(r"[ \t]+#?\d{1,3}[a-z]?\b", rest, re.IGNORECASE):  # "Ward 3", "Bay 12B"; not "Bree 1720"
            return True
        return (
            nxt is not None
            and text[tokens[i].end : nxt.start] == " "
            and nxt.capitalized
            and not nxt.text.isupper()
        )

    def _asked_for_person(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """After "ask for", word ``i`` is a person: a name that is no word, or one a pronoun or desk follows.

        Virtues are asked for too ("ask for Grace every morning", "ASK FOR MERCY"); a person is then named
        again ("ask for Sterling, he's the chair") or has a desk ("ask for Joy at reception").
        """
        if self._kind(tokens[i]) == "name" and not tokens[i].caseless_line:
            return True
        return _PERSON_AFTER_ASK.match(text, tokens[i].end) is not None

    def _clause_subject(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """Word ``i`` is a first name right before a verb: the subject of a clause ("Joy is the HCP")."""
        return (
            i + 1 < len(tokens)
            and tokens[i].lower in self.lexicon.first_names
            and text[tokens[i].end : tokens[i + 1].start] == " "
            and tokens[i + 1].lower in SUBJECT_VERBS_AFTER
        )

    def _titled(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> bool:
        """A personal title right before word ``i``: a name after it may be in lower case ("dr. patience okoro").

        Not after a determiner or possessive, where the title is a noun ("the doctor bill", "a dr pepper",
        "my doctor tho"); and the word is a name word, or a second name word follows ("dr. grace okoro"), or a
        surname that is no everyday or clinical word closes the phrase ("gi dr castellanos.", "dr moss @ 3318").
        """
        if i < 1 or tokens[i - 1].lower not in PERSONAL_TITLES:
            return False
        if i > 1 and tokens[i - 2].lower in _DETERMINERS:
            return False
        if kinds[i] == "name":
            return True
        word = tokens[i].lower
        if (
            kinds[i] == "ambiguous"
            and _PHRASE_CLOSE.match(text, tokens[i].end)
            and not self.lexicon.is_everyday(word)
            and word not in self.lexicon.clinical_words
        ):
            return True
        return i + 1 < len(tokens) and kinds[i + 1] in {"name", "unknown"} and tokens[i + 1].start - tokens[i].end == 1

    def _self_named(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """A first name right after "name is" or "name's": lower-case writers name themselves so ("my name is dawn")."""
        prev = tokens[i - 1].lower if i else ""
        named = prev == "name" and text[tokens[i - 1].end : tokens[i].start] in {"'s ", "’s "}
        named = named or prev == "is" and i >= 2 and tokens[i - 2].lower == "name"
        return named and len(tokens[i].lower) >= 3 and tokens[i].lower in self.lexicon.first_names

    @staticmethod
    def _relation_before(tokens: Sequence[Token], i: int) -> bool:
        """A family or care relation right before ("son pete"): a name may follow in lower case."""
        return i > 0 and _is_relation(tokens[i - 1].lower)

    def _credential_after(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        if _DOTTED_CREDENTIAL.match(text, tokens[i].end):
            return True
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        gap = text[tokens[i].end : nxt.start]
        # A two-letter credential in lower case ("tamsin rn") only after a lower-case name word that is no
        # ordinary word, and never "do" or "pa" ("JO do", "ED pa").
        lower_ok = (
            nxt.lower in LOWER_CREDENTIALS_AFTER
            and tokens[i].text.islower()
            and len(tokens[i].text) >= 3
            and self._kind(tokens[i]) == "name"
        )
        if "\n" in gap or gap.strip() not in {",", ""}:
            return False
        if nxt.lower in GRADES_AFTER:
            # a listed name, in capitals only on a line of capitals ("F. OYELOWO RMN"; never "CRHT RMN")
            listed = self._kind(tokens[i]) == "name"
            return nxt.text.isupper() and listed and (not tokens[i].text.isupper() or tokens[i].caseless_line)
        return nxt.lower in CREDENTIALS_AFTER and (nxt.text.isupper() or len(nxt.text) > 2 or lower_ok)

    def _person_after(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """A verb of speaking or acting ("Joe said"), "had given", an age statement, a possessive before a relation.

        The age statement: "Kowalski is a 58 yo", "Young is a 44 yo F"; a post's age after a first name ("Ava
        (15F)", "Eli is 7 and"); a first name beside the writer ("Mike and I").
        """
        word = tokens[i].lower
        if POST_AGE_AFTER.match(text, tokens[i].end):
            line = text[text.rfind("\n", 0, tokens[i].start) + 1 : tokens[i].start]
            return (
                word in self.lexicon.first_names
                and not self.lexicon.is_everyday(word)
                and word not in NEVER
                and word_counts().get(word, 0) < POST_AGE_MAX_COUNT
                and not _SCORE_ON_LINE.search(line)
            )
        if i + 1 >= len(tokens):
            return False
        if AGE_STATEMENT_AFTER.match(text, tokens[i].end):
            return age_statement_subject(text, [tokens[i].lower], tokens[i].end, self.lexicon)
        nxt = tokens[i + 1]
        gap = text[tokens[i].end : nxt.start]
        if gap == " ":
            if nxt.lower in PERSON_VERBS_AFTER:
                return True
            if nxt.lower == "and" and i + 2 < len(tokens) and tokens[i + 2].text in {"I", "me"}:
                # "Mike and I broke up", "Will and I have been married": a first name beside the writer
                return word in self.lexicon.first_names and word not in NEVER
            if nxt.lower in CALL_VERBS:
                return i + 2 < len(tokens) and (
                    tokens[i + 2].lower in CALL_OBJECTS
                    or self._called_service(tokens, i + 2)
                    or self._called_from_somewhere(tokens, i + 2)
                )
            return nxt.lower == "had" and i + 2 < len(tokens) and tokens[i + 2].lower in {"given", "told", "said"}
        return gap in {"'s ", "’s "} and nxt.lower in POSSESSED_AFTER

    @staticmethod
    def _called_from_somewhere(tokens: Sequence[Token], k: int) -> bool:
        """Word ``k`` is "from" and no firm's own unit follows ("called from the pay phone", "rang from jail").

        A firm calls too, and says so: "Chase called from their fraud team", "Kaiser called from the billing
        office".
        """
        return tokens[k].lower == "from" and not any(t.lower in _CALLER_ORG_MARKS for t in tokens[k + 1 : k + 4])

    @staticmethod
    def _called_service(tokens: Sequence[Token], k: int) -> bool:
        """Words ``k`` on are "the", at most one word, then a service ("the duty line", "the ward")."""
        return tokens[k].lower == "the" and any(
            j < len(tokens) and tokens[j].lower in CALLED_SERVICES for j in (k + 1, k + 2)
        )

    def _person_word(self, token: Token, kind: str) -> bool:
        """A name word, or a word no dictionary knows that is written like one (capitalized, or on a caseless line).

        A name word in lower case on a cased line counts ("o'hanlon gave report"); an unknown one needs
        capitals there ("Penhaligon"), and three letters or more ("IR", "OT" are services).
        """
        if len(token.lower) < self.min_length or token.lower in PATIENT_CUES:
            return False
        if kind == "name":
            return True
        return (
            kind == "unknown"
            and (token.caseless_line or token.capitalized)
            and token.lower not in TITLES
            and _VOWEL.search(token.lower) is not None  # "NSGY AWARE" is a service
        )

    def _from_group(self, text: str, tokens: Sequence[Token], i: int, kind: str) -> bool:
        """Word ``i`` is someone from a ward department ("Grace from PT", "ebony from lab") or a workplace.

        A first name counts even when it is a word ("Rose", "Pat"), capitalized or on a caseless line. A
        workplace or group (see :meth:`_affiliation`) asks more: "Bill in billing" is capitalized on a
        cased line, and "X from work" takes :meth:`_affiliated`.
        """
        if i + 2 >= len(tokens) or tokens[i + 1].lower not in {"from", "in"}:
            return False
        if tokens[i + 1].lower == "in" and not (tokens[i].capitalized and not tokens[i].caseless_line):
            return False  # "Bill in billing", "Rose in pharmacy"; never "hope in group"
        if text[tokens[i].end : tokens[i + 2].start] != f" {tokens[i + 1].text} ":
            return False
        if tokens[i + 2].lower not in _DEPARTMENTS_AFTER and not self._from_the_department(tokens, i):
            head = self._affiliation(text, tokens, i)
            if head is None or (tokens[i + 1].lower == "from" and not self._affiliated(text, tokens, i, kind, head)):
                return False
        token = tokens[i]
        first_name = (
            kind == "ambiguous"
            and token.lower in self.lexicon.first_names
            and (token.caseless_line or token.capitalized)
            and not self.lexicon.is_everyday(token.lower)
        )
        return first_name or self._person_word(token, kind)

    @staticmethod
    def _from_the_department(tokens: Sequence[Token], i: int) -> bool:
        """Word ``i`` is "X from the <department>" before a verb of speaking or calling ("Rose from the pharmacy rang").

        Things come from departments too, at a clause's start as well ("Price from the pharmacy was 40",
        "Grant from the hospice came through"); a person is the one who rang, said or visited. One unit word
        may follow the department ("Deb from the PT team called").
        """
        if not (
            i + 4 < len(tokens)
            and tokens[i + 1].lower == "from"
            and tokens[i + 2].lower == "the"
            and tokens[i + 3].lower in _DEPARTMENTS_AFTER
        ):
            return False
        verb = i + 5 if tokens[i + 4].lower in _DEPARTMENT_UNITS and i + 5 < len(tokens) else i + 4
        return tokens[verb].lower in _DEPARTMENT_VISITOR_VERBS

    @staticmethod
    def _affiliation(text: str, tokens: Sequence[Token], i: int) -> int | None:
        """After "from", the index of a workplace or group's head noun ("from work", "from my IOP group").

        None after a determiner or preposition, where word ``i`` is a thing ("a bill from housing").
        """
        if i > 0 and tokens[i - 1].lower in _THING_BEFORE and text[tokens[i - 1].end : tokens[i].start] == " ":
            return None
        k = i + 2
        if tokens[k].lower in _AFFILIATION_DETERMINERS:
            k += 1
        for head in (k, k + 1):
            if head < len(tokens) and tokens[head].lower in AFFILIATIONS:
                while head + 1 < len(tokens) and tokens[head + 1].lower in AFFILIATIONS:
                    head += 1  # "church group"
                return head if "\n" not in text[tokens[i].end : tokens[head].start] else None
        return None

    def _affiliated(self, text: str, tokens: Sequence[Token], i: int, kind: str, head: int) -> bool:
        """Word ``i`` opens a clause as someone "from work" or "from my group" ("grace from work sent me").

        "From work" follows things too ("Money from work came through", "Spotify from work", "i get hope from
        my group"): the word opens its clause (or follows "its", "it's" without the apostrophe), is written
        like a name (capitalized on a cased line), is a name word or a first name, never a word no list
        holds, and a first name that is also a word ("Faith", "Peace") does something a person does right
        after the group ("texted", "came by").
        """
        token = tokens[i]
        if not (token.caseless_line or token.capitalized) or kind not in {"name", "ambiguous"}:
            return False
        if kind == "ambiguous" and token.lower not in self.lexicon.first_names:
            return False
        introduced = i > 0 and tokens[i - 1].lower in _INTRODUCERS
        if not (_opens_clause(text, token.start, _CLAUSE_OPENERS) or introduced):
            return False
        if kind == "name":
            return True
        act = head + 1
        if act < len(tokens) and tokens[act].lower in _ADVERBS_BEFORE_ACT:
            act += 1
        if act >= len(tokens) or "\n" in text[tokens[head].end : tokens[act].start]:
            return False
        if tokens[act].lower == "came":
            return act + 1 < len(tokens) and tokens[act + 1].lower in _CAME_AFTER
        return tokens[act].lower in AFFILIATED_ACTS

    def _note_subject(self, text: str, tokens: Sequence[Token], i: int, kind: str) -> bool:
        """Word ``i`` does what notes say people do ("Delacorte rounded", "o'hanlon gave report")."""
        return (
            i + 1 < len(tokens)
            and tokens[i + 1].lower in NOTE_VERBS_AFTER
            and text[tokens[i].end : tokens[i + 1].start] == " "
            and kind == "name"
            and self._person_word(tokens[i], kind)
        )

    @staticmethod
    def _eponym(text: str, tokens: Sequence[Token], i: int) -> bool:
        """A name naming a condition, sign, score or device: a clinical head noun right after it."""
        if i + 1 >= len(tokens):
            return False
        gap = text[tokens[i].end : tokens[i + 1].start]
        return gap.lower() in {" ", "'s ", "’s ", "-"} and tokens[i + 1].lower in EPONYM_HEADS

    def _caps_surname_first(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> bool:
        """An ALL-CAPS "SURNAME, GIVEN" pair on a cased line, the way notes print a person's name.

        Either both words are capitals of three letters or more, neither an ordinary word and at least
        one a name word ("WOJCIECHOWSKI, ELZBIETA"; never "CHF, HTN"), or a name word that a surname list
        holds takes a bare initial ("GUTIERREZ, E"; never "HAMILTON, D 14", a subscale and its score).
        """
        for a, b in ((i, i + 1), (i - 1, i)):
            if a < 0 or b >= len(tokens) or text[tokens[a].end : tokens[b].start] not in {", ", " , "}:
                continue
            pair = (a, b)
            if all(tokens[k].text.isupper() and len(tokens[k].text) >= 3 and kinds[k] != "word" for k in pair) and any(
                kinds[k] == "name" for k in pair
            ):
                return True
        # a surname and a bare initial: "GUTIERREZ, E", "PETROV, A (Mr)"; never "BAKER, E. coli" (ordinary word)
        token = tokens[i]
        return (
            token.text.isupper()
            and len(token.text) >= 3
            and kinds[i] == "name"
            and token.lower in self.lexicon.last_names
            and _CAPS_COMMA_INITIAL_AFTER.match(text, token.end) is not None
        )

    def _looks_like_name(self, token: Token, kind: str) -> bool:
        """Without context: name words, capitalized on cased lines, longer than ``min_length`` - 1.

        A rare first name that is also English ("clem", "euphoria") needs a cue, however it is cased.
        """
        if kind != "name" or len(token.lower) < self.min_length or self.lexicon.is_common(token.lower):
            return False
        if token.caseless_line:
            return not (token.text.isupper() and len(token.text) <= 3)
        # A capital opening a sentence says less: there a short word needs context.
        return token.capitalized and (not token.sentence_start or len(token.lower) >= 4)

    def _extends(self, token: Token, kind: str) -> bool:
        """Whether this word may join a neighbouring name.

        Name words always; others only capitalized, or on caseless lines names that are no
        everyday or clinical word ("tammy gyarmathy", never "smith foley").
        """
        if token.lower in TITLES or token.lower in RELATIONS or token.lower in _SLANG_OR_CASEWORK:
            return False
        if kind == "ambiguous" and token.caseless_line:
            return not self.lexicon.is_everyday(token.lower) and token.lower not in self.lexicon.clinical_words
        return kind == "name" or (not token.caseless_line and token.text[:1].isupper())

    @staticmethod
    def _quoted_nickname(text: str, tokens: Sequence[Token], kinds: Sequence[str], j: int) -> bool:
        """Word ``j`` is one quoted word between two name words ('DESMOND "DEZ" HARLOW')."""
        if j == 0 or j + 1 >= len(tokens):
            return False
        left, right = text[tokens[j - 1].end : tokens[j].start], text[tokens[j].end : tokens[j + 1].start]
        quoted = (left, right) in {(' "', '" '), (" “", "” "), (" '", "' "), (" ‘", "’ ")}
        return quoted and all(
            kinds[k] in {"name", "unknown", "ambiguous"} and (tokens[k].caseless_line or tokens[k].text[:1].isupper())
            for k in (j - 1, j, j + 1)
        )

    def _rare(self, word: str) -> bool:
        """Neither an everyday nor a clinical word ("tom", "curry"; never "power", "foley")."""
        return not self.lexicon.is_everyday(word) and word not in self.lexicon.clinical_words

    def _full_name_pair(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> bool:
        """Word ``i`` and the next one are a first name and a last name on a caseless line.

        Capitals say nothing there, so a dictionary pair is a name by its form ("major tom hale",
        "A LUKE CURRY CONCERT") unless either word is an everyday or clinical word ("rose garden",
        "grace period") or the pair names a condition ("hunter syndrome").
        """
        if i + 1 >= len(tokens) or not tokens[i].caseless_line or not tokens[i + 1].caseless_line:
            return False
        first, last = tokens[i], tokens[i + 1]
        return (
            text[first.end : last.start] == " "
            and kinds[i] != "word"
            and kinds[i + 1] != "word"
            and min(len(first.lower), len(last.lower)) >= self.min_length
            and first.lower in self.lexicon.first_names
            and last.lower in self.lexicon.last_names
            and self._rare(first.lower)
            and self._rare(last.lower)
            and not self._eponym(text, tokens, i + 1)
        )

    def _first_name_new_surname(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> bool:
        """Word ``i`` is a capitalized first name and the next a capitalized word no list holds ("Hope Lindqvist").

        Surnames of many origins are in no list, and a first name that is also a word ("Hope", "Will") is no
        name alone; together, mid-sentence on a cased line, they are one. At a sentence's start capitals say
        nothing ("Will Ozempic help") unless a verb of speaking or calling follows ("Hope Lindqvist called").
        New brands are in no list either (see :meth:`_brand_after_word`), nor is an acronym or a word no
        vowel spells.
        """
        first, last = tokens[i], tokens[i + 1]
        return (
            kinds[i] in {"name", "ambiguous"}
            and kinds[i + 1] == "unknown"
            and not first.caseless_line
            and (not first.sentence_start or self._verb_after_pair(tokens, i))
            and not self._brand_after_word(tokens, i)
            and first.capitalized
            and last.capitalized
            and not last.text.isupper()
            and text[first.end : last.start] == " "
            and len(first.lower) >= 3
            and len(last.lower) >= 4
            and first.lower in self.lexicon.first_names
            and first.lower not in _TITLES_OR_NOT_NAMES
            and _VOWEL.search(last.lower) is not None
        )

    @staticmethod
    def _verb_after_pair(tokens: Sequence[Token], i: int) -> bool:
        """A verb of speaking or calling follows words ``i`` and ``i + 1`` ("Hope Lindqvist called at noon")."""
        return i + 2 < len(tokens) and tokens[i + 2].lower in _PAIR_SUBJECT_VERBS

    @staticmethod
    def _brand_after_word(tokens: Sequence[Token], i: int) -> bool:
        """Words ``i`` and ``i + 1`` are a word and a product, not a first name and surname.

        A determiner before makes them a thing ("the Cherry Elfbar", "My Kaiser Permanente doctor"); a
        product word after them too ("Sterling Trintellix savings card"); and a wish before a verb is a
        clause ("lol Hope Wegovy kicks in", "(week two) Hope Trintellix helps"), whose sentence start a
        run-on hides.
        """
        if i > 0 and tokens[i - 1].lower in _PAIR_DETERMINERS:
            return True
        nxt = tokens[i + 2].lower if i + 2 < len(tokens) else ""
        if nxt in _PRODUCT_WORDS:
            return True
        wish_clause = nxt not in _PAIR_SUBJECT_VERBS and (nxt in _AUXILIARIES or nxt.endswith("s") and len(nxt) > 3)
        return tokens[i].lower in _WISH_WORDS and wish_clause

    def _relation_after(self, text: str, token: Token, kind: str) -> bool:
        """A first name or an unknown word before a relation or role in brackets ("Will (son)", "Mo (RN)")."""
        if not (RELATION_AFTER.match(text, token.end) or ROLE_AFTER.match(text, token.end)) or len(token.lower) < 2:
            return False
        if token.lower in TITLES or _is_relation(token.lower) or token.lower in PATIENT_CUES:
            return False
        cased = token.caseless_line or token.capitalized
        if not RELATION_AFTER.match(text, token.end):
            # a care role in brackets also follows devices and checks ("Vocera (charge RN)", "Foley (RN)",
            # "Accuchecks (per tech)"): only a first name or a name word, never an eponym or clinical word
            return (
                cased
                and (token.lower in self.lexicon.first_names or kind == "name")
                and token.lower not in STANDALONE_EPONYMS
                and token.lower not in self.lexicon.clinical_words
                and not _ROLE_PER.match(text, token.end)
            )
        # a first name even when it is a word ("Will", "Hope"); never a surname that is one ("Salary (Partner)")
        return cased and (token.lower in self.lexicon.first_names or kind in {"name", "unknown"})

    def _street_name(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """Word ``i`` is a capitalized name its note pairs with a bed or a legal name ("Hope (bed 2) --").

        In a census entry, a first name (often a word: "Hope", "Sage") that is no device or furniture at the
        bed; before a legal or real name, any capitalized word (any word on a caseless line), as street names
        are words ("Tiny", "Smoke"), never a title, relation, "pt", form label or pronoun (see ``ALIAS_AFTER``
        for the form fields and contractions the aside itself rules out).
        """
        token = tokens[i]
        if len(token.lower) < 3 or not (token.capitalized or token.caseless_line):
            return False
        if token.lower in TITLES or _is_relation(token.lower) or token.lower in _PATIENT_CUES_OR_NOT_NAMES:
            return False
        if bed_after().match(text, token.end):
            first_name = token.lower in self.lexicon.first_names and token.lower not in _BED_THINGS
            return first_name and self._census_entry(text, token)
        return token.lower not in _NOT_STREET_NAMES and ALIAS_AFTER.match(text, token.end) is not None

    @staticmethod
    def _census_entry(text: str, token: Token) -> bool:
        """The bed after ``token`` makes an entry of a census: a separator closes it, or the line lists others.

        "Hope (bed 2) -- 1:1 obs", "Hope (bed 2) on obs, Sage (bed 5) settled"; never one thing at one bed
        ("Walker (bed 7) placed at bedside", "Ted (bed 2) stockings on").
        """
        pattern = bed_after()
        match = pattern.match(text, token.end)
        if match is None:
            return False
        if match.group("closed") is not None or match.group("dashed") is not None:
            return True
        line_start = text.rfind("\n", 0, token.start) + 1
        line_end = text.find("\n", token.end)
        line_end = len(text) if line_end < 0 else line_end
        return len(list(itertools.islice(pattern.finditer(text, line_start, line_end), 2))) == 2

    def _closed_after_relation(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """A first name that is also a word ("will") right after a relation, closed by a comma, stop or "and"."""
        token = tokens[i]
        return (
            i > 0
            and _is_relation(tokens[i - 1].lower)
            and tokens[i - 1].lower not in {"named", "called", "name", "patient"}
            and text[tokens[i - 1].end : token.start] == " "
            and len(token.lower) >= 4
            and token.lower in self.lexicon.first_names
            and token.lower not in _NOT_NAMES
            and (token.caseless_line or token.capitalized)
            and _CLOSED_AFTER.match(text, token.end) is not None
        )

    def _addressed(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """Word ``i`` is a first name a greeting or a nickname cue points at ("Dear Sage,", "Goes by Will.").

        The cue is judged by :func:`addressing_cue`. After a greeting a first name that is also a word
        ("will", "hope") is a name, in lower case too ("hey sage!"); after a nickname cue it is capitalized or
        quoted, and a quoted rare word counts too ('known as "Gaz"').
        """
        if i == 0 or tokens[i - 1].lower not in _CUE_WORDS:
            return False  # cheap first: the cue's last word right before
        token = tokens[i]
        cue = addressing_cue(text, token.start, token.end)
        if cue is None:
            return False
        first_name = len(token.lower) >= 3 and (token.lower in self.lexicon.first_names or self._kind(token) == "name")
        if cue == "greeting":
            return first_name
        quoted = text[token.start - 1] in _QUOTES and text[token.end : token.end + 1] in _QUOTES
        cased = token.capitalized and not token.caseless_line
        return (first_name or quoted and cased and self._rare(token.lower)) and (quoted or cased)

    def _phoned(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """Word ``i`` is a first name between a phone verb and a person's number ("text Hope 612.555.0187").

        The number has eight digits or more and no spaced dash ("Call Grace at 10 - 11.30" is a time), and
        is no organisation's line ("Call Sky on 0333 759 0000"). The word is a capitalized first name that
        is no everyday word nor the plural of a word ("Ring Boots on ...").
        """
        token = tokens[i]
        if i == 0 or tokens[i - 1].lower not in PHONE_VERBS or text[tokens[i - 1].end : token.start] != " ":
            return False
        number = _NUMBER_AFTER.match(text, token.end)
        if number is None or " - " in number.group(1) or " – " in number.group(1):
            return False
        digits = re.sub(r"\D", "", number.group(1))
        if len(digits) < 8 or _ORGANISATION_NUMBER.fullmatch(digits):
            return False
        plural = token.lower.endswith("s") and self.lexicon.is_english(token.lower[:-1])
        return (
            len(token.lower) >= 3
            and (token.lower in self.lexicon.first_names or self._kind(token) == "name")
            and (token.capitalized or token.caseless_line)
            and not self.lexicon.is_everyday(token.lower)
            and not plural
        )

    def _bracketed_name(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> bool:
        """Word ``i`` is a name in brackets: a speaker's ("PEER SUPPORTER (Hope):") or a quoted nickname.

        The nickname follows a name: 'Margaret ("Peg")', "Robert ('Bobby')". The speaker's closes a label
        of at most three words that opens its line. Either is a first name, a name word or, quoted, any
        capitalized word no list calls ordinary.
        """
        token = tokens[i]
        if token.start < 2 or not (token.capitalized or token.caseless_line and token.text.isupper()):
            return False
        first_name = token.lower in self.lexicon.first_names or kinds[i] == "name"
        if text[token.start - 2 : token.start] in {'("', "(“", "('", "(‘"}:
            closed = text[token.end : token.end + 2] in {'")', "”)", "')", "’)"}
            after_name = (
                i > 0
                and text[tokens[i - 1].end : token.start - 2] == " "
                and (tokens[i - 1].lower in self.lexicon.first_names or kinds[i - 1] == "name")
                and tokens[i - 1].capitalized
            )
            return closed and after_name and token.lower not in _NOT_NAMES
        if text[token.start - 1] != "(" or text[token.end : token.end + 2] != "):":
            return False
        line_start = text.rfind("\n", max(0, token.start - 60), token.start) + 1
        label = text[line_start : token.start - 1]
        return (
            first_name
            and kinds[i] != "word"
            and (line_start > 0 or token.start <= 60)
            and re.fullmatch(r"[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*", label) is not None
        )

    def _header_name(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int) -> list[int]:
        """Words of a patient's name after a header label ("NAME: STEWART, WILL   MRN:"), or none.

        The label opens its line or field and takes a colon; the value is two to four words in one
        letter case, each a name word or a first name, and ends the field. "PT: ALERT, ORIENTED" is no name.
        """
        if i == 0 or tokens[i - 1].lower not in HEADER_LABELS:
            return []
        if not re.fullmatch(r":[ \t]*", text[tokens[i - 1].end : tokens[i].start]):
            return []
        line_start = text.rfind("\n", 0, tokens[i - 1].start) + 1
        before = text[line_start : tokens[i - 1].start]
        # the label opens the line, follows a gap of two blanks, or follows "pt"/"patient"; rstrip keeps
        # this linear (a regex anchored at \Z after a run of blanks is cubic on a long padded line)
        kept = before.rstrip(" \t")
        if kept.strip() and len(before) - len(kept) < 2 and not re.search(r"(?i)\b(?:pt|patient)\Z", kept[-8:]):
            return []
        words = [i]
        while len(words) < MAX_NAME_WORDS and words[-1] + 1 < len(tokens):
            k = words[-1] + 1
            if text[tokens[k - 1].end : tokens[k].start] not in {" ", ", ", ","} or tokens[k].lower in TITLES:
                break
            words.append(k)
        while words and not _HEADER_VALUE_END.match(text, tokens[words[-1]].end):
            words.pop()
        styles = {_letter_case(tokens[k].text, self.lexicon.last_names) for k in words}
        first_names, last_names = self.lexicon.first_names, self.lexicon.last_names
        ok = (
            len(words) >= 2
            and len(styles) == 1
            and "mixed" not in styles
            and all(
                len(tokens[k].lower) >= 2
                and (kinds[k] in {"name", "unknown"} or tokens[k].lower in first_names - _NOT_NAMES)
                for k in words
            )
            and any(kinds[k] == "name" or tokens[k].lower in last_names for k in words)
        )
        return words if ok else []

    def _speaker(self, text: str, token: Token, kind: str, labels: frozenset[int], counts: Counter[str]) -> bool:
        """A name word labelling a line of a chat log ("Barry: hey"); never "Plan:", "Neuro:".

        A first name that is also a word ("sage: ya", "Hope: ok") labels a person when it labels two lines or
        more, another label is a chat speaker ("me:" or a name word) and its value is no number ("Hope: 2/10",
        "Mark: 8/10" are form fields). In a family's chat, where another label is kin ("Mom:", "Sis:"), one line
        is enough for such a first name ("Faith: I'm at work"), and a capitalized word that is no English word
        labelling two lines is a name too ("Kev: good").
        """
        if token.start not in labels:
            return False
        if kind == "name" or kind == "ambiguous" and self._rare(token.lower):
            return True
        lex = self.lexicon
        family = any(label != token.lower and label in KIN_LABELS for label in counts)
        if kind in {"unknown", "word"} and family and counts[token.lower] >= 2 and token.capitalized:
            # a pet form no dictionary spells ("Kev", "Gaz"), never an English word or a never-name ("Plan")
            plain = lex.is_english(token.lower) or token.lower in NEVER or token.lower in lex.clinical_words
            return not plain and _FIELD_VALUE.match(text, token.end) is None
        if kind != "ambiguous" or token.lower not in lex.first_names or counts[token.lower] < (1 if family else 2):
            return False
        if counts[token.lower] < 2 and _LEVEL_VALUE.match(text, token.end):
            return False  # a diary's field: "Mum: rang / Hope: low / Sleep: 5h"
        chat = family or any(
            label != token.lower and (label in _SELF_LABELS or lex.is_name(label) and not lex.is_common(label))
            for label in counts
        )
        return chat and _FIELD_VALUE.match(text, token.end) is None

    @staticmethod
    def _weak_cue_before(tokens: Sequence[Token], i: int) -> bool:
        """The cue before word ``i`` is a verb that things also follow ("per", "paged", "ok'd by", "met with")."""
        if i < 1:
            return False
        prev = tokens[i - 1].lower
        pair = (tokens[i - 2].lower, prev) if i >= 2 else ("", prev)
        return prev in CONTACT_CUES or pair in VERB_CUE_PAIRS or pair in NAME_ONLY_CUE_PAIRS

    def _seeds(
        self, text: str, tokens: Sequence[Token], kinds: Sequence[str], strong: set[int]
    ) -> dict[int, float]:
        """Token index -> score for words that are names by themselves or by their context.

        ``strong`` receives the words found with strong evidence: a title, role or relation before,
        a relation in parentheses or a credential after ("Dr Mbatha", "Will (son)", "Lee RN").
        """
        hits: dict[int, float] = {}
        labels = speaker_label_starts(text)
        label_counts = Counter(text[k : k + 40].split(":", 1)[0].strip().lower() for k in labels)
        for i in range(len(tokens)):
            if self._full_name_pair(text, tokens, kinds, i):
                hits[i] = hits[i + 1] = self.score
        for i in range(len(tokens)):
            for k in self._header_name(text, tokens, kinds, i):
                hits[k] = self.context_score
                strong.add(k)
        for i, (token, kind) in enumerate(zip(tokens, kinds, strict=True)):
            if i in hits:
                continue
            # a weak cue on a word that is also ordinary scores low, so the analyzer spreads it nowhere
            weak = self.context_score if kind == "name" else WEAK_CUE_SCORE
            if self._closed_after_relation(text, tokens, i):
                hits[i] = self.context_score
                continue
            if self._addressed(text, tokens, i) or self._phoned(text, tokens, i):
                hits[i] = weak
                continue
            if self._bracketed_name(text, tokens, kinds, i):
                hits[i] = weak
                continue
            if self._relation_after(text, token, kind):
                if RELATION_AFTER.match(text, token.end):
                    hits[i] = self.context_score
                    strong.add(i)
                else:
                    hits[i] = weak  # a role in brackets is weaker: not spread
                continue
            if self._street_name(text, tokens, i):
                hits[i] = weak  # "Guest Tiny (legal name ...)": a nickname, often an everyday word
                continue
            if kind == "word" and self._self_named(text, tokens, i) and token.lower not in _NOT_NAMES:
                hits[i] = WEAK_CUE_SCORE  # "my name is june", "name's jordan": a first name no other rule takes
                continue
            if kind == "word" or token.lower in _NEVER_SEEDS:
                continue
            if self._eponym(text, tokens, i) and not self._cue_before(text, tokens, i):
                continue
            any_cue = self._cue_before(text, tokens, i)
            cue = any_cue and not self._weak_cue_before(tokens, i)
            credential = self._credential_after(text, tokens, i)
            if (
                any_cue
                or credential
                or (token.capitalized or token.caseless_line) and self._person_after(text, tokens, i)
            ):
                # On cased lines a word after a cue must be capitalized unless it is an unambiguous
                # name, or a rare word after a relation ("son pete").
                cased_ok = (
                    token.caseless_line
                    or token.text[:1].isupper()
                    or self._titled(text, tokens, kinds, i)
                    or self._self_named(text, tokens, i)
                )
                if i and "," in text[tokens[i - 1].end : token.start] and self.lexicon.is_everyday(token.lower):
                    continue  # a list of roles goes on with a verb: "G. PETRAKIS MD, ATTENDING, MET WITH"
                relation = self._relation_before(tokens, i) and not self.lexicon.is_everyday(token.lower)
                if kind == "name" or (kind in {"unknown", "ambiguous"} and (cased_ok or relation)):
                    hits[i] = self.context_score
                    if cue or credential:
                        strong.add(i)
            elif self._speaker(text, token, kind, labels, label_counts):
                hits[i] = weak
            elif self._from_group(text, tokens, i, kind):
                hits[i] = weak
            elif self._note_subject(text, tokens, i, kind):
                hits[i] = self.context_score
            elif self._looks_like_name(token, kind) and not score_eponym(text, token):
                hits[i] = self.score
            elif not token.caseless_line and self._caps_surname_first(text, tokens, kinds, i):
                hits[i] = self.score
        for i in range(len(tokens) - 1):
            # last: credential, relation and header scoring of either word come first
            if i not in hits and self._first_name_new_surname(text, tokens, kinds, i):
                hits[i] = self.score
                hits[i + 1] = max(hits.get(i + 1, 0.0), self.score)
        return hits

    def _joins(self, text: str, tokens: Sequence[Token], kinds: Sequence[str], i: int, j: int) -> bool:
        """True when word ``j`` belongs to the name found at word ``i``.

        Adjacent words: "Rose Kowalski", "Xzavian G. Tavares", "BRANNIGAN, LUCAS" (comma only
        between name words); two words away: "Hollis and Marguerite".
        """
        a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
        gap = text[a.end : b.start]
        # on a cased line an ALL-CAPS word joined to a name that is not is an acronym ("my SIPP and ISAs")
        acronym = not tokens[j].caseless_line and tokens[j].text.isupper() and not tokens[i].text.isupper()
        nickname = self._quoted_nickname(text, tokens, kinds, j) or self._quoted_nickname(text, tokens, kinds, i)
        if abs(i - j) == 1 and nickname:
            return True  # 'DESMOND "DEZ" HARLOW', "Robert 'Bobby' Lane"
        if abs(i - j) == 1 and gap.strip() == "&" and len(gap) <= 3 and not acronym:  # "LOU & MARGO", "Okafor & Lind"
            return kinds[j] in {"name", "ambiguous"} and (
                tokens[j].capitalized or tokens[j].caseless_line
            ) or self._person_word(tokens[j], kinds[j])
        if abs(i - j) == 2:
            if re.fullmatch(r" [A-Z]\.? ", gap) or re.fullmatch(r" [a-z]\.? ", gap) and a.caseless_line:
                # a middle initial without a period: "Xavier Q Yates", "XAVIER Q YATES"
                return kinds[j] != "word" and self._extends(tokens[j], kinds[j])
            joined = gap.strip().lower() in {"and", "&", "or"} and not acronym
            # "Okafor & Brightwater": a word no dictionary knows joins a name by "and" too
            return joined and (
                kinds[j] in {"name", "ambiguous"} and (tokens[j].capitalized or tokens[j].caseless_line)
                or self._person_word(tokens[j], kinds[j])
            )
        if gap in {", ", " , ", ","}:  # "BRANNIGAN, LUCAS", "Haverford, Delphine": a surname, then a first name
            cased = all(t.text.isupper() or t.capitalized for t in (a, b))
            left, right = (kinds[j], kinds[i]) if j < i else (kinds[i], kinds[j])
            if not cased or left == "word":
                return False
            if a.text.isupper() and b.text.isupper() and right == "unknown":
                return True  # a header: "ZELENKA, BRONISLAV"
            return right in {"name", "ambiguous"} and b.lower in self.lexicon.first_names
        if gap.strip() == "/" and all(t.capitalized or t.text.isupper() or t.caseless_line for t in (a, b)):
            # "Team: Nwachukwu / Trelawney", "Drs. Amadi/Lind", "(HARTLEY/DESAI/MORROW)"
            return kinds[j] in {"name", "unknown"} or kinds[j] == "ambiguous" and self._rare(tokens[j].lower)
        if gap not in {" ", ". ", " . "} and not re.fullmatch(r" [A-Za-z]\. ", gap):
            return False
        if "." in gap and len(a.text) > 1 and a.lower not in TITLES:
            return False  # a sentence ends between them: "Sponsor Hector. Sober since"; "J. Smith" joins
        return self._extends(tokens[j], kinds[j])

    def _repeat(
        self, text: str, tokens: Sequence[Token], kinds: Sequence[str], hits: dict[int, float], strong: set[int]
    ) -> set[int]:
        """Mark every other mention, in any letter case, of a name found here with strong evidence.

        Notes change case from line to line ("PAGED DR MBATHA ... mbatha returned call"); the analyzer's
        propagation matches the written form only. Spread: a name word that is no English word, or a
        rare first name or a word no name list holds found after a title, role or relation or before a
        credential; never an ordinary word ("Rose", "Bill"), a word found only by a verb ("Ozempic tolerated"),
        nor a mention that is a score or an eponym ("Morse 45", "Hoyer lift"). Returns the words marked.
        """
        found = {
            tokens[i].lower
            for i in hits
            if len(tokens[i].lower) >= 4
            and (
                kinds[i] == "name" and not self.lexicon.is_common(tokens[i].lower)
                or i in strong and kinds[i] in {"name", "unknown"}
            )
        }
        repeated: set[int] = set()
        if not found:
            return repeated
        for k, token in enumerate(tokens):
            if k not in hits and token.lower in found and not score_eponym(text, token):
                if not self._eponym(text, tokens, k):
                    hits[k] = self.score
                    repeated.add(k)
        return repeated

    def _region_words(self, kinds: list[str], tokens: Sequence[Token]) -> list[str]:
        """``kinds`` with the words of a longer region's name made words ("Sierra Leone", "Saint Helena")."""
        regions = self.lexicon.region_names
        for i in range(len(tokens) - 1):
            for n in range(2, min(4, len(tokens) - i) + 1):
                if tuple(t.lower for t in tokens[i : i + n]) in regions:
                    kinds[i : i + n] = ["word"] * n
        return kinds

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of each name run found."""
        tokens = tokenize(text)
        kinds = self._region_words([self._kind(t) for t in tokens], tokens)
        strong: set[int] = set()
        hits = self._seeds(text, tokens, kinds, strong)
        for _ in range(MAX_NAME_WORDS):  # bounded: a name is a few words, not a paragraph
            grown = False
            for i in sorted(hits):
                for j in (i - 2, i - 1, i + 1, i + 2):
                    if 0 <= j < len(tokens) and j not in hits and kinds[j] != "word" and tokens[j].lower not in _CUES:
                        if self._joins(text, tokens, kinds, i, j):
                            hits[j] = hits[i]
                            grown = True
                            if i in strong:
                                strong.add(j)
            if not grown:
                break
        repeated = self._repeat(text, tokens, kinds, hits, strong)
        spans: list[tuple[int, int, float]] = []
        alone: list[bool] = []  # a span of repeated mentions only takes no initials ("re: K. zyxnor")
        for i in sorted(hits):
            start, end = tokens[i].start, tokens[i].end
            gap = text[spans[-1][1] : start] if spans else ""
            if spans and (re.fullmatch(r" +| ?, ?| [A-Za-z]\.? +", gap) or _PARTICLES.fullmatch(gap)):
                spans[-1] = (spans[-1][0], end, max(spans[-1][2], hits[i]))
                alone[-1] = alone[-1] and i in repeated
            else:
                spans.append((start, end, hits[i]))
                alone.append(i in repeated)
        return [span if only else _with_initials(text, *span) for span, only in zip(spans, alone, strict=True)]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Presidio entry point."""
        if entities and "PERSON" not in entities:
            return []
        return to_results(self, "PERSON", self.find(text))


@register_recognizer("name_dictionary")
def _factory(spec: Mapping[str, Any]) -> NameDictionaryRecognizer:
    unknown = set(spec) - {"min_length", "score", "context_score"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: ['context_score', 'min_length', 'score']")
    return NameDictionaryRecognizer(**spec)
