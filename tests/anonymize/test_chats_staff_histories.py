"""Chat exports, staff handovers and family histories: the sixteenth round's tuning sets.

Speakers of exported and pasted chats by their labels whatever word they are, the names messages call them by,
lower-case first names in messages; staff signing with initials ("Sig: RR/AO", "Early: AB (RMN, NIC)"), initials
that spell a person named in the same text, an initial after a family name before a grade ("Dlamini T RMN"),
nursing grades after a listed name; step-kin before a name; years after a conviction or an enlistment; Canada's
federal prisons ("Stony Mountain Institution").
Look-alikes: routes, vitals and units in capitals, forms a patient signs, teams and wards before a grade, eponyms
after a genogram's grandparent, form fields and a note's labels, role labels of transcripts, greetings and
particles of other Englishes, the same words as names used as words. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.allow_list import AllowList
from tests.anonymize.conftest import covered, touching

WHATSAPP = (
    "[03/02/2025, 19:02] Auntie Funmi: who is collecting grandma from church\n"
    "[03/02/2025, 19:04] Rich: i can do it after work\n"
    "[03/02/2025, 19:05] Patience: thanks rich, take the blue car\n"
    "[03/02/2025, 19:07] Rich: ok will do"
)
DISCORD = (
    "mothwing — Today at 8:14 PM\nanyone up\n"
    "kezzaa — Today at 8:15 PM\nyeah cant sleep, tell obinna to log on\n"
    "mothwing — Today at 8:16 PM\nhe's offline"
)
PASTED = (
    "Lwazi: morning all, rough night again\n"
    "Grace: sending love lwazi, we are here for you\n"
    "Lwazi: thanks grace, it helps to hear that\n"
    "Me: same here, proud of u both"
)
MAR = (
    "0800 sertraline 50mg PO: given FOB\n"
    "1400 lorazepam 1mg PO: given DK, 2nd check FOB\n"
    "Initials key: FOB = Fionnuala O'Byrne RGN; DK = Deepak Kulkarni RN"
)

POSITIVES = [
    # chats: speakers' labels and the names messages call them by
    (WHATSAPP, "Funmi"),
    (WHATSAPP, "Rich"),
    (WHATSAPP, "Patience"),
    (WHATSAPP, "rich"),
    (DISCORD, "mothwing"),
    (DISCORD, "kezzaa"),
    (DISCORD, "obinna"),
    (PASTED, "Grace"),
    (PASTED, "lwazi"),
    (PASTED, "grace"),
    ("04/11/2024, 10:40 - Tendai: on my way\n04/11/2024, 10:41 - Farai: bring the charger pls", "Farai"),
    ("Kamau, 18:42\nniko njiani\nWanjiku, 18:45\nsawa, tell wambui we leave at 7", "Wanjiku"),
    ("Kamau, 18:42\nniko njiani\nWanjiku, 18:45\nsawa, tell wambui we leave at 7", "wambui"),
    ("[21:02] Callum: who took my charger\n[21:03] Priyanka: check the lounge\n[21:05] Callum: ask siobhan", "siobhan"),
    # initials signing a record
    ("Handed over by K. Brannigan RMN to Brennan T RMN 07:15. Signed KB/TB.", "KB/TB"),
    ("Handed over by K. Brannigan RMN to Brennan T RMN 07:15. Signed KB/TB.", "Brennan T"),
    ("Balance 12 amps. Given by R. Osei RN. Sig: RO/LR.", "RO/LR"),
    ("Documented by Losa Taufa RN, co-sign LT/MW.", "LT/MW"),
    ("Early: GH (RMN, NIC), JK (HCA). Late: Brennan-Hale RMN.", "GH"),
    ("Early: GH (RMN, NIC), JK (HCA). Late: Brennan-Hale RMN.", "JK"),
    ("no concerns overnight. Signed WD RGN.", "WD"),
    ("Repeat sent. Handed over by SB to MO'C.", "SB"),
    (MAR, "FOB"),
    (MAR, "DK"),
    # grades around a name
    ("Escorted by Mensah RMN and Quaye HCSW to the garden.", "Mensah"),
    ("SIGNED F. ADEYEMI RMN / B. QUAYE HCA.", "F. ADEYEMI"),
    # Canada's federal prisons
    ("Ex-partner released from Stony Mountain Institution last month.", "Stony Mountain Institution"),
    # step-kin
    ("she said her stepdad gaz moved in when she was nine", "gaz"),
    # years of a life
    ("Married 2008, divorced 2019, two children.", "2019"),
    ("Convicted 2016 of assault; served 14 months.", "2016"),
    ("ENLISTED ARMY 2007, TWO DEPLOYMENTS.", "2007"),
]

LOOK_ALIKES = [
    # initials' look-alikes: routes, vitals, units and forms
    ("Olanzapine 10mg signed PO at 2200", "PO"),
    ("Obs: RR 22, BP 128/80. Signed off by the reg.", "RR"),
    ("Pt signed AMA at 1600 against advice.", "AMA"),
    ("Ms Toussaint to sign ROI before discharge.", "ROI"),
    ("spoke w/ DCF SW Yolanda Price re: visits", "DCF"),
    ("WOUND CARE RN ELLA SAW PT.", "CARE"),
    ("IC RN Benedetta aware of the C diff result.", "IC"),
    ("Early: AB (RMN, NIC), CD (RMN).", "RMN"),
    ("Dr Paul Rogers reviewed. Paracetamol 1g PR given.", "PR"),
    ("Dr Brian Peterson saw him. BP 150/90 at 14:00.", "BP"),
    ("Sig: TAKE ONE CAPSULE BY MOUTH DAILY", "TAKE"),
    ("GIVEN BY HIS WIFE AT 1400", "HIS"),
    ("after 20 minutes SOB improved", "SOB"),
    ("Signed by: FBI", "FBI"),
    ("Dr Alan Frank reviewed. ECG shows AF, rate 110.", "AF"),
    ("DR IAN FINCH REVIEWED. IF PAIN PERSISTS GIVE MORPHINE.", "IF"),
    ("Pastor Tunde Ajayi visited; PTA meeting tomorrow", "PTA"),
    # kin, grades and years: an eponym after a genogram's grandparent, a team or ward before a grade, patients kept
    # apart at a clock time, an article before a grade
    ("FHx: MGM Alzheimer's, PGF Parkinson's", "Alzheimer"),
    ("CRHT RMN informed of the discharge", "CRHT"),
    ("Willow RMN on duty tonight", "Willow"),
    ("Sister Grace, A RMN in Leeds, visits weekly", "A RMN"),
    ("Two pts separated 2030 after verbal altercation", "2030"),
    ("Seen by HCA. Grace period for fees explained.", "Grace"),
    # chats' look-alikes: a note's labels, transcripts' roles, forms, greetings, words
    ("Plan: continue sertraline\nMood: low but reactive\nRisk: low, no plan\nSleep: poor", "Mood"),
    ("[00:21:52] THERAPIST: just notice the fan\n[00:21:55] CLIENT: okay I can hear it now", "THERAPIST"),
    ("[03:13] texter: can u stay till then\n[03:14] counselor: I can stay with you for now", "counselor"),
    ("Adresse: Greifenhagener Str. 29, 10437 Berlin\nKrankenkasse: TK\nGerät: Withings ScanWatch", "Krankenkasse"),
    ("firstname: Yusuf\nmiddlename: Emre\nlastname: Aksoy\njob_title: Dental Hygienist", "middlename"),
    ("Yusuf: salam akhi, u been quiet in the group\nme: wa alaykum salam, been busy\nYusuf: all good bro", "salam"),
    ("Aroha: kia ora whānau, party at ours sat\nMere: yep we will be there\nHemi: sweet as see u then", "kia"),
    ("Sis: will you be at Nana's Sunday?\nWill: yeah after mass\nSis: good, bring the chairs", "will you"),
    ("Faith: morning all, rough night but still here\nLwazi: keep the faith everyone, proud of you", "the faith"),
    ("Faith: catholic, attends mass weekly\nHope: her grandchildren and her garden\nMeaning: caring for her", "Faith"),
    ("Ward round, 09:00\nMusic, 11:00\nChapel, 16:00", "Ward"),
    ("Thandiwe: hi all\nSipho: going to ikea then the bus to brixton\nAyanda: ok see you near the station", "brixton"),
    (
        "[03/02/2025, 19:02] Grace: hi all\n[03/02/2025, 19:04] Sipho: Thank God for his Grace today\n"
        "[03/02/2025, 19:05] Grace: amen",
        "his Grace",
    ),
    (
        "[03/02/2025, 19:02] Hope: hi all\n[03/02/2025, 19:04] Sipho: Hope You Slept Well\n"
        "[03/02/2025, 19:05] Hope: yes",
        "Hope You",
    ),
    ("Gurpreet: sukh is at his massi's till sunday\nHarpreet: ok tell him to call us\nGurpreet: will do", "massi"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_a_person_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_of_these_styles_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []


def test_when_a_speaker_is_named_by_a_word_then_the_word_as_a_word_stays(analyzer: TextAnalyzer):
    """"Faith" labels a speaker of an export and is called by name; "keep the faith" in the same chat is a word."""
    text = (
        "[14/01/2025, 07:02] Faith: morning all\n[14/01/2025, 07:05] Lwazi: proud of u faith\n"
        "[14/01/2025, 07:09] Faith: thanks lwazi. keep the faith ppl"
    )
    assert covered(analyzer, text, "faith\n")
    assert touching(analyzer, text, "the faith") == []


def test_when_an_allowed_phrase_is_detected_then_only_the_whole_phrase_is_kept():
    """A service one serves in is allowed as a phrase ("Royal Marine"); its words alone are not ("the Royal")."""
    allow = AllowList(["Royal Marine", "Zoloft"], entity_types=["FACILITY"])
    assert allow.allows("Royal  marine", "FACILITY")
    assert not allow.allows("Royal", "FACILITY")
    assert not allow.allows("Royal Marine", "PERSON")
