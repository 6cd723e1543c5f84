"""Providers named by a word, a borough's mental health teams, and the flat before a street (issue #10, 21st round).

Misses of the tuning sets, each rule tested on sentences in other words than the sets' and on look-alikes it
must leave (several from a review of the first version): a listed chain after a move of care or a collection
("supervised at Boots", "transfer to Kindred", "collecting from Lloyds"); a hospital named for a faith
("Methodist Hospital"); a town's home treatment or early intervention team ("Lewisham Home Treatment Team"); a
GP's practice in its field ("GP: The Old School Surgery"); the flat, room, level or floor written before a
detected street ("Level 2, 18 Kenepuru Drive") and the town and postcode after it ("Malak 0812"). Every value
is invented (chains are real, as a word list).
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

PROVIDERS = [
    ("Buprenorphine 8mg daily, supervised at Boots, no missed doses.", "Boots"),
    ("She is collecting from Lloyds on Tuesdays now.", "Lloyds"),
    ("3x weekly pick-up from Lloyds confirmed with pharmacist.", "Lloyds"),
    ("Plan: d/c to Kindred for vent wean once accepted.", "Kindred"),
    ("Family prefers discharge to Kindred over SNF.", "Kindred"),
    ("my nan was admitted to Kindred for rehab after the hip op", "Kindred"),
    ("Fasting lipids at Quest on Monday, pt aware.", "Quest"),
    ("Discharged from Methodist Hospital 11/02 after syncope.", "Methodist Hospital"),
    ("Prior admission: Presbyterian Hospital, 2019.", "Presbyterian Hospital"),
]

TEAMS = [
    ("Under the care of Lewisham Home Treatment Team since March.", "Lewisham Home Treatment Team"),
    ("Bexley Early Intervention Team accepted the referral.", "Bexley Early Intervention Team"),
    ("Letter copied to Croydon Crisis Team, GP aware.", "Croydon Crisis Team"),
]

GP_PRACTICES = [
    ("PMH: asthma. GP: The Old Forge Surgery, copy sent.", "The Old Forge Surgery"),
    ("Next of kin | GP (MILL LANE SURGERY) | seen", "MILL LANE SURGERY"),
    ("Registered GP: Station Road Medical Centre, Hull", "Station Road Medical Centre"),
    ("GP: Dr Okafor, Riverside Surgery, aware of plan.", "Riverside Surgery"),
]

UNITS = [
    ("Appointment Thursday 1000, Level 2, 18 Kenepuru Drive, Porirua 5022.", "Level 2, 18 Kenepuru Drive"),
    ("Address for crew: 3rd floor, 14 Temple Street, Bengaluru 560003.", "3rd floor, 14 Temple Street"),
    ("im in Room 3, 17 Grey Street, St Kilda 3182 for now", "Room 3, 17 Grey Street"),
    ("Lives alone, Flat 2, 9 Quarry Hill, Grantham NG31 7PL.", "Flat 2, 9 Quarry Hill"),
    # the town and a four-digit postcode closing the street's line, no state written
    ("Outreach to 4 Gsell Tce, Malak 0812. No power on the meter.", "Malak 0812"),
]

# a person shouted at, collected from or handed over to is no business (a gazetteer's "Chase" is its own)
PEOPLE_AT = [
    ("I shouted at Chase across the car park.", "Chase"),
    ("He lashed out at Tyson and walked out.", "Tyson"),
    ("Kids picked up from Chase after school.", "Chase"),
    ("Care transferred to Chase RN at 1900.", "Chase"),
    ("Transferred to Hopkins (night RN) at handover.", "Hopkins"),
    ("Pt transferred to Rogers, charge nurse, at 1900.", "Rogers"),
    ("Patient transferred to Tyson for the night shift.", "Tyson"),
    ("Pt transferred to Progressive Care Unit overnight.", "Progressive"),
]

NOT_PROVIDERS = [
    # boots to wear; a quest; a hospital's chaplain; a team with no town's name
    ("Her new Boots were muddy after the walk.", "Boots"),
    ("wearing boots from the market", "boots"),
    ("on a quest to find a GP who listens", "quest"),
    ("The Methodist hospital chaplain visited.", "Methodist"),
    ("Referred to the Home Treatment Team today.", "Home Treatment Team"),
    ("the crisis team rang back at 2100", "crisis team"),
    ("HOME TREATMENT TEAM TO VISIT AM", "HOME TREATMENT TEAM"),
    # a team named by no town ("Trust", "Rapid Response") or a verb and a person before the team
    ("Trust Psychiatric Liaison Team informed.", "Trust Psychiatric Liaison Team"),
    ("Rapid Response Crisis Team attended at 0200.", "Rapid Response Crisis Team"),
    ("Emailed Sarah Crisis Team details.", "Crisis Team"),
    # a score's level before a street; an operation, an eponym or a role after "GP", not a practice; a verb
    # before a team
    ("Pain level 7, 14 Station Road visit today.", "level 7"),
    ("Obs: Level 2, 14 Station Road.", "Level 2"),
    ("GP: Whipple Surgery 2017.", "Surgery"),
    ("GP: Mole Removal Surgery done.", "Mole Removal Surgery"),
    ("Whatsapped Crisis Team re plan.", "Whatsapped Crisis Team"),
    ("GP: Gallbladder Surgery planned for May.", "Gallbladder Surgery"),
    ("GP: Previous Surgery - appendix.", "Previous Surgery"),
    ("GP: Locum Practice Nurse saw her.", "Locum Practice"),
    ("GP: Day Surgery booked for the hernia.", "Day Surgery"),
    ("Letter to GP (Knee Surgery planned in May).", "Knee Surgery"),
    # a hospital's room and bed, a level of pain: no street after them
    ("Pt moved to Room 12, Bed 3 overnight.", "Room 12"),
    ("Pain level 2, 18 hours since last dose.", "level 2"),
]


@pytest.mark.parametrize(("text", "target"), [*PROVIDERS, *TEAMS, *GP_PRACTICES, *UNITS])
def test_when_a_provider_team_or_home_is_named_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_PROVIDERS)
def test_when_words_only_look_like_a_provider_or_an_address_then_they_are_left(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "person"), PEOPLE_AT)
def test_when_a_person_or_a_unit_follows_the_cue_then_no_business_is_found(
    analyzer: TextAnalyzer, text: str, person: str
) -> None:
    assert all("OrganisationName" not in source for _, source in touching(analyzer, text, person))
