"""Community organisations in dispatch, Commonwealth notes and chat: agencies, lodging, schools, venues.

Every sentence here is invented for the rule it checks, in words none of the tuning sets use; each rule has
positives in more than one case and look-alike negatives. Failures show types and counts, never the text.
"""

from __future__ import annotations

import pytest

from confide.anonymize.recognizers.facility_kinds import org_naming_word
from tests.anonymize.conftest import covered, touching

FOUND = [
    # a town's or a region's force or service, by its kind ("FD", "State Police", "Police Station", "Patrol")
    ("Engine 2 and Lenoir Co FD on scene.", "Lenoir Co FD"),
    ("Units from Conway Fire Rescue staged at the school.", "Conway Fire Rescue"),
    ("Oxnard Fire Engine 5 arrived first.", "Oxnard Fire"),
    ("MEDIC 4 AND BANGOR FIRE MEDIC 1 ENRT.", "BANGOR FIRE"),
    ("Pt was found by VT State Police on the interstate.", "VT State Police"),
    ("collected by Queensland Police from the park", "Queensland Police"),
    ("FOLLOWED UP AT ROTORUA POLICE STATION.", "ROTORUA POLICE STATION"),
    ("Reports weekly to Porirua Community Corrections.", "Porirua Community Corrections"),
    ("Hartford PD and Hartford EMS arrived together.", "Hartford PD"),
    ("complaint filed with the LAPD 77th Precinct", "LAPD 77th Precinct"),
    ("NJSP troopers located the vehicle.", "NJSP"),
    # a motel, a park of homes or an apartment block with a room, lot or unit after it
    ("Located at Maple Leaf Motel, rm 7.", "Maple Leaf Motel"),
    ("RESP TO WILLOW BEND MOBILE HOME PARK LOT 22.", "WILLOW BEND MOBILE HOME PARK"),
    ("Found outside Birchwood Motel rm 14.", "Birchwood Motel"),
    ("Resp to Pine Hollow Trailer Park, lot 9.", "Pine Hollow Trailer Park"),
    # a school by its acronym after a cue of study or before its students
    ("my cousin is studying law at UNLV now", "UNLV"),
    ("i have class at NVCC tmrw", "NVCC"),
    ("she goes to BYU and hates it", "BYU"),
    ("Two OSU students were hurt.", "OSU"),
    ("Took classes at CAL STATE FRESNO last year.", "CAL STATE FRESNO"),
    # a state office by its holder; a parish named for Mary; a venue named with "The"
    ("A letter from the Office of the Public Guardian arrived.", "Office of the Public Guardian"),
    ("mass at our lady of Lourdes on sunday", "our lady of Lourdes"),
    ("Drinking most nights at The Rusty Anchor pub.", "The Rusty Anchor"),
    # chains where a caller or a patient is found
    ("CALLER NEAR THE FAMILY DOLLAR ON MAIN.", "FAMILY DOLLAR"),
    ("SUBJ ON ROOF OF DOLLAR TREE.", "DOLLAR TREE"),
]

# Sites the review's fixes keep: the rule tightened to its family of text, not dropped.
STILL_FOUND = [
    ("LAPD officers took the report.", "LAPD"),
    ("FHP troopers closed the ramp.", "FHP"),
    ("Pt was studying biology at UTEP before the break.", "UTEP"),
    ("Lives at Cedar Gardens rm 4 with her aunt.", "Cedar Gardens"),
    ("Referral sent to the Office of the Public Guardian.", "Office of the Public Guardian"),
    ("Bellingham Fire Engine 7 arrived first.", "Bellingham Fire"),
    ("Pt stayed at the Super 8 off the highway for a week.", "Super 8"),
    ("the vigil is at Our Lady of Fatima tonight", "Our Lady of Fatima"),
    ("Dropped off by Wairoa Police Station staff.", "Wairoa Police Station"),
    ("Lives at Harbor Point Towers apt 3 alone.", "Harbor Point Towers"),
    ("she's at UTSA now and hates the dorms", "UTSA"),
    ("CALLER FROM BEST WESTERN RM 12 REQ EMS.", "BEST WESTERN"),
]

NOT_FOUND = [
    ("Brush Fire units staged on the ridge.", "Brush Fire"),
    ("called Riot Police on the protest", "Riot Police"),
    ("ED Police escorted the patient.", "ED Police"),
    ("Paw Patrol is on again.", "Paw Patrol"),
    ("DSP responded to the group home.", "DSP"),
    ("Pt was in ICU then CCU.", "CCU"),
    ("i'm at uni till late", "uni"),
    ("she prayed to Our Lady of Guadalupe every night.", "Our Lady of Guadalupe"),
    ("went to the Irish pub after work.", "Irish"),
    ("Pt lives at home, room 4 upstairs.", "home"),
]

# Look-alikes from the review of this round: clinical acronyms before a dispatch word, wards after a cue,
# generic lodging words, a film, a plan's type, a figure of prayer, a band, retailers in ordinary prose.
REVIEW_NOT_FOUND = [
    ("Pt's COPD responded to nebulisers.", "COPD"),
    ("MHP notified of the admission.", "MHP"),
    ("BHP arrived for the assessment.", "BHP"),
    ("AHP units staffed by therapists.", "AHP"),
    ("Admitted to AMU overnight for fluids.", "AMU"),
    ("Accepted to MAU under the medics.", "MAU"),
    ("He's at BPU for observation.", "BPU"),
    ("She's at SCBU with the twins.", "SCBU"),
    ("she's at uwu now lol", "uwu"),
    ("i'm at usps picking up a parcel", "usps"),
    ("Procedure Suites room 6 booked for the TEE.", "Procedure"),
    ("Moved to OR Suites room 2 at noon.", "OR Suites"),
    ("We watched Super 8 last night.", "Super 8"),
    ("She felt comfort from Our Lady of Guadalupe during chemo.", "Guadalupe"),
    ("We sang along to The Killers bar by bar.", "Killers"),
    ("I ordered it from Amazon and it never came.", "Amazon"),
    ("I'm far from Target in terms of budget.", "Target"),
    ("I switched from Progressive to another insurer.", "Progressive"),
    ("Took him to the MH Police Station for a 136.", "MH"),
    ("The NHS Police Service is not a thing.", "NHS"),
    ("Forest Fire crews were dispatched to the ridge.", "Forest"),
    ("Per BIB Tulsa Fire, pt found down.", "BIB"),
]

# Office names end with the holder's title: the words after it are no part of the site.
OFFICE_ENDS = [
    ("OFFICE OF THE PUBLIC GUARDIAN NOTIFIED TODAY.", "NOTIFIED"),
    ("Referral to the Office of the Public Guardian Tuesday.", "Tuesday"),
    ("Reviewed the Office of the Chief Complaint section.", "Complaint"),
    ("The funeral is at Our Lady of Lourdes Saturday.", "Saturday"),
]


@pytest.mark.parametrize(("text", "target"), FOUND)
def test_when_a_community_site_is_named_then_it_is_covered(analyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_FOUND)
def test_when_a_look_alike_names_no_site_then_no_facility_touches_it(analyzer, text: str, look_alike: str) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []


@pytest.mark.parametrize(("text", "target"), STILL_FOUND)
def test_when_a_tightened_rule_meets_its_own_text_then_the_site_is_still_covered(
    analyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), REVIEW_NOT_FOUND + OFFICE_ENDS)
def test_when_a_reviewed_look_alike_is_met_then_no_facility_touches_it(analyzer, text: str, look_alike: str) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("PPO Health Plan", False),
        ("Medicaid Health Plan", False),
        ("Has Marketplace Health Plan", False),
        ("Tufts Health Plan", True),
        ("Kestrel Valley Health Plan", True),
    ],
)
def test_when_a_health_plan_is_named_by_its_type_or_a_clause_then_no_insurer_is_named(name: str, named: bool) -> None:
    assert org_naming_word(name, {}) is named
