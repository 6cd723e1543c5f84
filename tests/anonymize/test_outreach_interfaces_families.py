"""Outreach casework, interface messages and families' chats: the twelfth round's tuning sets.

Street names after a cue only people take ("male known as Ghost", 'Client "Jonno"', 'Name given as "Smoke"'),
a worker's or client's first name in lower case after a role ("Keyworker orla", "Assessor: jorge", "SIN on
file w/ marisol"); what families call their elders is no one's name ("Nani fell again", "Amma should get
Syndopa at 8"), but names a person after it ("Mummy Blessing"); an elder's age at death, "years young", after a
first name in brackets and in a birthday with a name in brackets between; HL7 names as one span over their
separators ("OKAFOR^CHIDI^N"), a phone's area code and number in their own components, a file name's name
parts with an initial ("ABERCROMBIE_W_MAR.pdf"), a middle initial after "FAMILY, GIVEN"; a receiving system
in MSH-6 and an HL7 table's number are no site and no id; a National Insurance number by its spaced shape,
ids after "is" in more groupings, a life's span after a name and "b."/"d." years. Also: a motel or an inn by
its name (never a chain's: "Residence Inn"), an address in capitals with a short street type where the
address goes on or ends, a crossing as one place, also when the clause goes on with a word of time ("corner
of Hastings and Main again"), a compass word before a town, a neighbour in brackets after a first name, a family chat's
speakers (one line is enough for a first name that is a word when kin label other lines), and a rare first
name in lower case before what outreach logs say people did ("frankie was", "kayla says"). All values are
invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # street names and lower-case first names after cues
    ("OD response 1530, male known as Ghost, unresp, RR 4, cyanotic.", "Ghost"),
    ("OD response 1530, male aka Ghost, unresp.", "Ghost"),
    # kin words that are someone's name here
    ("Name: Amma", "Amma"),
    ("Client Amma attended group.", "Amma"),
    ("Thanks,\nDidi", "Didi"),
    ('Merchants Quay drop-in. Client "Jonno" (MQI no. 21077). Swapped 20 pins.', "Jonno"),
    ('Name given as "Smoke". States he walked from Broken Hill.', "Smoke"),
    ('Caller ID withheld. Name given: "Paddy" Location: Ballymun.', "Paddy"),
    ("Client Terrence Akers (goes by T-Bone) seen at the motel.", "T-Bone"),
    ("SIN on file w/ marisol. cell 604-555-0133.", "marisol"),
    ("Voucher redeemed at the foodbank. Referrer: amir, drop-in.", "amir"),
    ("No beds tonight. Outreach (jen) to follow up at the park.", "jen"),
    ("Chronic status verified. Assessor: jorge. Prefers Mission.", "jorge"),
    ("Mobile 086 213 4478. Keyworker orla.", "orla"),
    ('Voice note from Mummy Blessing: "your brother don start again."', "Blessing"),
    # ages over 89
    ("Mummy was 90 years young, God keep her.", "90"),
    ("My nan (Grace, 96) has been at the home since June.", "96"),
    ("Grandma Helen passed there at 99. The director is lovely.", "99"),
    ("Grandma Rosalind passed at 102 this morning.", "102"),
    ("Welcome to the team! Dad (Keith) turns 90 this month.", "90"),
    # HL7, file names, inverted names with an initial
    ("PID|1||00482913^^^^MR||OKAFOR^CHIDI^NNAMDI^^^^L||19580314|M", "OKAFOR^CHIDI^NNAMDI"),
    ("PID|1||88102||MAY^RUTHANNE^L||19551102|F", "MAY^RUTHANNE^L"),
    ("ORC|NW|||||||||||1902837465^ABERNATHY^JUNE^R", "ABERNATHY^JUNE^R"),
    ("NK1|1|VASQUEZ-ORTEGA^LUCIA|MTH^Mother^HL70063||(602)555-0104^PRN^PH^^1^602^5550104", "602^5550104"),
    ("Scanned to DMS: OKAFOR_CHIDI_DOB19580314_referral.pdf (6 pp)", "OKAFOR_CHIDI"),
    ("MAR and face sheet attached (ABERCROMBIE_W_MAR_20250301.pdf).", "ABERCROMBIE_W"),
    ("ADT^A02 summary row: 2025-01-20 14:05 | BRENNAN, KATHLEEN M | MRN 00517740", "BRENNAN, KATHLEEN M"),
    ("2025-01-05 22:47:19\tmkovacs\tPRINT\tHALVORSEN, ERIK T\t00711046\tface sheet", "HALVORSEN, ERIK T"),
    # sites, streets and places of outreach
    ("act med drop 0900 — benny @ Palms Motel on Van Buren St, rm 7.", "Palms Motel"),
    ("PT STAYING AT SUNSET MOTEL WITH GF.", "SUNSET MOTEL"),
    ("LAST PERM ADDRESS: 1190 W 37TH PL, LOS ANGELES, CA 90037.", "1190 W 37TH PL"),
    ("TARGETED HOUSING: 1BR AT 1418 PINE ST, UNIT 3", "1418 PINE ST"),
    ("tex at corner of Hastings and Main again, says he lost his room", "Hastings and Main"),
    ("sleeping in his car parked at Musgrave Park, South Brisbane 4101.", "South Brisbane"),
    # families' chats and notes
    ("Had faith today that things might be okay. Rose (next door) dropped scones.", "Rose"),
    ("Got the bill from Arden Courts. Bill (the neighbor) helped me get her into bed.", "Bill"),
    ("Mom: where are you\nHope: at the library\nMom: ok come home by 9", "Hope"),
    ("Mom: dinner at 6\nGaz: on my way\nMom: bring milk\nGaz: ok", "Gaz"),
    ("frankie was frank w/ us: using about 3 g a day.", "frankie"),
    # ids and years
    ("Care coordinator Bev. PHQ-9 16. NI QQ 48 21 77 B.", "QQ 48 21 77 B"),
    ("How can I add her to my PhilHealth as a dependent? Her PIN is 01-202345678-9.", "01-202345678-9"),
    ("My brother thinks yes. Dad's VA file number is C-28 441 907.", "C-28 441 907"),
    ("Vale Margaret O'Brien, 1928–2024. Passed peacefully.", "1928–2024"),
    ("He asked where Dorothy was (Grandma, d. 2017). Pie, turkey.", "2017"),
]

LOOK_ALIKES = [
    # nicknames: a condition, an acronym, pronouns, clinical words after "w/", "cm" and "sw" inside words
    ("Pt is known as Depression to nobody; denies SI.", "Depression"),
    ("Pt known as ADHD kid at school.", "ADHD"),
    ("Goes by they/them, prefers no name in notes.", "they"),
    ("f/u w/ cardiology next week, w/ meals and w/ assist.", "meals"),
    ("He has a 0.8 x 0.6 cm pearly papule on the nasal ala.", "pearly"),
    ("my legs are swollen and I cant breathe lying down", "swollen"),
    # kin words alone
    ("[14/03/2024, 21:07] Priya: Nani fell again in the bathroom, she's ok.", "Nani"),
    ("Note for respite worker: Grandad gets his Madopar at 7, 11, 3 and 7.", "Grandad"),
    ("For Lakshmi (day nurse): Amma should get Syndopa at 8, 12, 4.", "Amma"),
    ("Mama says we should take him back to the hospital.", "Mama"),
    # ages that are times or scores
    ("Pt passed at 0930, family at bedside.", "093"),
    ("Passed the test at 95%, well done.", "95"),
    # a corner of a room, a quarter of the body, an ECG's ST, a chat's field labels, a chain, an attorney
    ("sat in the corner of the room and cried", "room"),
    ("pain radiates to the Lower Back", "Lower"),
    ("I'm living at Residence Inn for now.", "Residence Inn"),
    ("12 LEAD EKG: 2 MM ST ELEVATION IN V2-V4.", "ST"),
    ("Mom: how was school\nPlan: pick up at 3\nMom: ok", "Plan"),
    ("Name: Joe\nPlan: discharge\nHope: 4/10", "Hope"),
    ("Court liaison: client's atty is Siddharth Rao from the public defender.", "atty"),
    # from a read of the round's diff with probes
    ("Death at 90 days was the primary outcome", "90"),
    ("He died at 91 kg after a long illness", "91"),
    ("Patient passed the swallow screen at 95 seconds", "95"),
    ("(Sats, 94) on room air", "94"),
    ("cont vit d. 2000 iu daily", "2000"),
    ("studies from New York, 2010-2015 showed", "2010-2015"),
    ("12 LEAD ST, STEMI ALERT CALLED", "12 LEAD ST"),
    ("100 MG ST, JOHNS WORT", "100 MG ST"),
    ("came in w/ sherry on her breath", "sherry"),
    ("staff eta 10 min", "eta"),
    ('Male "Sober" today, engaged.', "Sober"),
    ("We went by Bus.", "Bus"),
    ("PA: reviewed\nHope: low\nRN: noted", "Hope"),
    ("Mood diary\nMum: rang\nHope: low\nSleep: 5h", "Hope"),
    ("Pt ate a Granny Smith apple.", "Smith"),
    ("BP 12 10 08 A", "12 10 08"),
    # HL7 systems and tables, a sex letter after a name
    ("MSH|^~\\&|MEDITECH|HCMC|HIE|HIE|202501172258||ADT^A01|HC250117225811|P|2.3", "HIE"),
    ("MSH|^~\\&|EPIC|HARBORVIEW|SURV|STATE|20250212061800-0800||ADT^A03|HMC8812031|P|2.5.1", "STATE"),
    ("NK1|1|BRENNAN^THOMAS^J|SON^Son^HL70063||(952)555-0133||EC^Emergency Contact", "HL70063"),
    ("Patient label: KAMARA, FATMATA  F  05/05/1990  MRN 3301982", " F "),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_an_identifier_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []


def test_when_the_receiving_facility_is_a_site_then_it_is_still_found(analyzer: TextAnalyzer):
    text = "MSH|^~\\&|EPIC|RIVERBEND BH|CLOVERLEAF|MERCY GENERAL HOSPITAL|20250304141522||ADT^A04|MSG1|P|2.5.1"
    assert covered(analyzer, text, "MERCY GENERAL HOSPITAL")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Referrer: amir, drop-in.", "amir"),
        ("referrer: amir, drop-in.", "amir"),
        *variants("Keyworker orla said she would call.", "orla"),
    ],
)
def test_when_a_role_names_a_first_name_then_it_is_covered_on_cased_and_lower_case_lines(
    analyzer: TextAnalyzer, text, target
):
    assert covered(analyzer, text, target)
