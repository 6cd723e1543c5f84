"""Institutions as outpatient records, evaluation reports and posts name them (issue #10).

Practices and programs named by what they treat ("Bayshore GI", "Lakeside Primary Care"), a court's
seat by its quarter, military units and bases, a state system's campus and a state school, a site's
own name in brackets after its kind, a hospital's acronym by its shape after a preposition or ending
a letterhead line, a church by a holy title after "Mass at". Look-alikes: the same kinds after
clinical or ordinary words ("upper GI", "Cognitive Behavioral", "establish Primary Care"), a league's
division, units of games and fire services, a base's kind before a finding ("JOINT BASE SWELLING"),
the state itself or its bodies and sides ("Washington State", "Iowa State Fair", "Georgia Southern
accent"), a service, a drug, a fellowship or a level of care in brackets, clinical acronyms, drugs,
kinds of site and board credentials of the same shape ("TSH", "PMH", "UFH", "FQHC", "DABPN"), worship
offered to a holy title. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants


def cased(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written and in capitals: rules that read a name by its capitals."""
    return [(text, target), (text.upper(), target.upper())]


POSITIVES = [
    # practices and programs named by what they treat
    *cased("Colonoscopy due, refer Bayshore GI for scheduling.", "Bayshore GI"),
    *cased("Record date: 3/3/2090\nLakeside Primary Care\nS: here for f/u", "Lakeside Primary Care"),
    *cased("He went to Glenbrook Behavioral for a med adjustment.", "Glenbrook Behavioral"),
    *cased("Gave info for respite through Eastbay Elder Partners.", "Eastbay Elder Partners"),
    *cased("Call the Merrimack Legal Aid office on Elm St.", "Merrimack Legal Aid"),
    ("I'm a hygienist at Ashby Dental in Boise.", "Ashby Dental"),
    ("Claim for physio at Coremove Physio, Leicester.", "Coremove Physio"),
    ("Early Intervention through Fenwick Child and Family Services.", "Fenwick Child and Family Services"),
    ("Outpt psychiatrist at Tarrow Health Alliance, 555 0194.", "Tarrow Health Alliance"),
    ("ER at Lakeview Regional says the hip is fine.", "Lakeview Regional"),
    # a court's seat by its quarter; military units and bases
    *cased("Hearing at Carrow County Superior Court North, No. 216.", "Carrow County Superior Court North"),
    *cased("Served with the 2nd Battalion, 327th Infantry Regiment.", "2nd Battalion, 327th Infantry Regiment"),
    *variants("Served with the 82nd Airborne Division until 2009.", "82nd Airborne Division"),
    *cased("Boatswain's mate at Naval Station Mayport, then TSA.", "Naval Station Mayport"),
    # a state system's campus, a state school
    ("we both go to UMass Lowell and live in the dorms.", "UMass Lowell"),
    ("I transferred to UC Davis last fall.", "UC Davis"),
    ("we're at Ohio State, how do i bring this up", "Ohio State"),
    ("my roommate at Georgia Southern keeps eating my food", "Georgia Southern"),
    # a site's own name in brackets after its kind
    ("the memory care place (Birch Hollow) called to say she hit an aide", "Birch Hollow"),
    ("Mom moved to the assisted living (Cedar Landing) in May.", "Cedar Landing"),
    # a hospital's acronym by its shape after a preposition, or ending a letterhead line
    ("Inferior STEMI w/ DES to RCA at RWMC, EF 40%.", "RWMC"),
    ("ED visits since Aug, mostly at KMC; feels judged.", "KMC"),
    ("Hospice through the KMC Advanced Heart Failure program.", "KMC"),
    ("Jan-06-2090  Psychology, KWSP\nAttended 3rd session.", "KWSP"),
    ("KMH Adult Medicine   2088-06-30\nBP 128/82", "KMH"),
    # a church by a holy title after the Mass
    *variants("Goes to 8 am Mass at Holy Spirit most Sundays.", "Holy Spirit"),
    ("She is a parishioner at holy angels.", "holy angels"),
    # a base before its kind, a fort or camp after service; a unit after service
    *cased("Retired from Lackland AFB in 2010.", "Lackland AFB"),
    *cased("Stationed at Fort Bragg for two years.", "Fort Bragg"),
    *cased("Deployed to Camp Lejeune after boot camp.", "Camp Lejeune"),
    ("Stationed at Joint Base Andrews, then out.", "Joint Base Andrews"),
    ("She served two tours with the 2nd Marines.", "2nd Marines"),
    *cased("Served in the 101st Airborne in Iraq.", "101st Airborne"),
    ("10th Mountain Division vet, one tour.", "10th Mountain Division"),
    # a state school in capitals, or by its side after attending it or before its students
    ("OHIO STATE GRADUATE, WORKS IN SALES", "OHIO STATE"),
    ("UC DAVIS STUDENT, LIVES WITH ROOMMATES", "UC DAVIS"),
    ("He went to UC Santa Barbara for a year.", "UC Santa Barbara"),
    ("Graduated from Georgia Southern in 2015.", "Georgia Southern"),
    ("the Texas Southern students marched", "Texas Southern"),
    ("Got into Georgia Tech, starting in fall.", "Georgia Tech"),
    # a kind's acronym with its name before it
    ("Referred to Riverside CMHC for intake.", "Riverside CMHC"),
]

NEGATIVES = [
    ("Hx upper GI bleed, stable.", "upper GI"),
    ("Peds GI consulted for reflux.", "Peds GI"),
    ("GI: no nausea or vomiting.", "GI"),
    ("Needs to establish Primary Care soon.", "establish Primary Care"),
    ("Geriatric Primary Care note reviewed.", "Geriatric Primary Care"),
    ("Continue Physical Therapy twice weekly.", "Physical Therapy"),
    ("Started Cognitive Behavioral therapy in May.", "Cognitive Behavioral"),
    ("Dialectical Behavioral skills group.", "Dialectical Behavioral"),
    ("Routine Dental cleaning next month.", "Routine Dental"),
    ("Called Legal Aid about the eviction.", "Legal Aid"),
    ("Our team won the 3rd Division title.", "3rd Division"),
    ("He is in 2nd grade and loves math.", "2nd grade"),
    ("Owes Washington State tax for 2023.", "Washington State"),
    ("Under New York State law the form is due.", "New York State"),
    ("went to the clinic (Cardiology) today", "Cardiology"),
    ("in detox (Librium taper) x5 days", "Librium taper"),
    ("taken to the hospital (ED) by EMS", "ED"),
    ("Titrate to TSH goal of 1-2.", "TSH"),
    ("Reviewed PMH with pt; refer to PMH above.", "PMH"),
    ("Transferred to ICU overnight.", "ICU"),
    ("Seen in clinic today. Psychiatry, MD", "MD"),
    ("Prays to the Holy Spirit daily.", "Holy Spirit"),
    # worship offered to a holy title: a church only where one worships ("Mass at")
    *variants("We offer our worship to Holy Spirit daily.", "Holy Spirit"),
    ("Prayer services to Holy Spirit at home.", "Holy Spirit"),
    # a base's kind before a finding or another kind
    ("JOINT BASE SWELLING NOTED.", "JOINT BASE SWELLING NOTED"),
    ("Joint Base Pain at MCP.", "Joint Base Pain"),
    ("Born at Air Force Base Hospital.", "Air Force Base Hospital"),
    ("Naval Station Visit notes reviewed.", "Naval Station Visit"),
    # a state and a body of its own, or a side of it
    ("Iowa State Fair this weekend, so busy.", "Iowa State"),
    ("Texas State Board of Nursing sent a letter.", "Texas State"),
    ("California State Senate passed it.", "California State"),
    ("Florida State Attorney's office called.", "Florida State"),
    ("Minnesota Northern lights trip was the best.", "Minnesota Northern"),
    ("She has a Georgia Southern accent.", "Georgia Southern"),
    ("Call at 3 pm Carolina Eastern time.", "Carolina Eastern"),
    ("Bought boots at a Kansas Western wear store.", "Kansas Western"),
    # units of games, sport and fire services
    ("Ranked 2nd Fleet in the game.", "2nd Fleet"),
    ("My 1st Regiment in Total War got wiped.", "1st Regiment"),
    ("4th Cavalry unit in Civ is broken.", "4th Cavalry"),
    ("Leading the 1st Fleet in Stellaris.", "1st Fleet"),
    ("3rd Squadron in Battlefield again.", "3rd Squadron"),
    ("Fire crew from the 5th Brigade arrived.", "5th Brigade"),
    ("Plays for the 2nd Marines?", "2nd Marines"),
    # drugs, kinds of site and findings of a hospital's shape
    ("Bridged to UFH. Converted from LMWH to UFH.", "UFH"),
    ("Referred to the CMHC for intake.", "CMHC"),
    ("Linked to the FQHC for primary care.", "FQHC"),
    ("Records from the VAMC reviewed.", "VAMC"),
    ("Transferred to the VAMC overnight.", "VAMC"),
    ("Call to PHC tomorrow.", "PHC"),
    ("Started at the PCMH in June.", "PCMH"),
    ("Seen at the SAH clinic in follow-up.", "SAH"),
    # a board's credential closing a signature
    ("Reviewed with pt.\nPsychiatry, DABPN", "DABPN"),
    ("Reviewed with pt.\nMedicine, FACP", "FACP"),
    # a fellowship or a level of care in brackets
    ("the program (Alcoholics Anonymous) helped", "Alcoholics Anonymous"),
    ("went to the program (Narcotics Anonymous) twice", "Narcotics Anonymous"),
    ("Group home (Level Four Care) since May.", "Level Four Care"),
    ("started the program (Step Two) again", "Step Two"),
    # a history's initials before a practice in a sentence
    ("Follow up with PMH Primary Care next month.", "PMH"),
    ("Updated PMH Primary Care list today.", "PMH"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_institution_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_look_alike_left(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []
