"""A service or a team named by its place, a public body's remit, a county's services, a postcode ending in 5HT, a
plate after the vehicle it is on, and a ward grade before a D' or Mc surname (issue #10, 27th round).

"Leicestershire Memory Assessment Service", "NSW Department of Communities and Justice", "Cass County Social
Services", "NE9 5HT", "plate on the other car was NKR 4410", "HCA D'Souza": each with the look-alikes the same shapes
make (a place then a meeting, serotonin after a spinal level, a plate of food, a contraction). Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

PLACE_SERVICES = [
    ("Thank you for referring him to the Leicestershire Memory Assessment Service. I saw him today.",
     "Leicestershire Memory Assessment Service"),
    ("Open to Rotherham Perinatal Team since the birth.", "Rotherham Perinatal Team"),
    ("per autopsy report of the Dolj Forensic Medicine Service, the cause", "Dolj Forensic Medicine Service"),
]
NOT_PLACE_SERVICES = [
    # a place, then a word that is no name's: the service or the team is not named by it
    ("Lives in Leeds. Team meeting tomorrow at 10.", "Team"),
    ("Moved to Leeds, Team Leader aware.", "Team"),
    # one word after the place names no body
    ("She asked about the Kent Service for carers.", "Service"),
    # a sport's, a rite's or a trade's team or service, and a clause in capitals
    ("He ran with the Mumbai Marathon Pacer Team last year.", "Marathon Pacer Team"),
    ("She plays for the Tipperary Hurling Team.", "Hurling Team"),
    ("LEEDS SAW CRISIS TEAM YESTERDAY.", "SAW CRISIS TEAM"),
]

REMITS = [
    ("Referred to NSW Department of Communities and Justice.", "NSW Department of Communities and Justice"),
]
NOT_REMITS = [
    # the remit stops at a time's word; "Of" opening a phrase and a role after the remit are no remit's
    ("Referred to NSW Department of Communities and Justice Today with Mum", "Today"),
    ("Spoke to Boston Police Department Of Note the officer was kind.", "Of Note"),
    ("Seen by Boston Police Department of Corrections Liaison Lee.", "Corrections Liaison"),
]

COUNTY_SERVICES = [
    ("Gave number for Cass County Social Services 701-555-0129.", "Cass County Social Services"),
]
NOT_COUNTY_SERVICES = [
    # an everyday word before "County" names no county
    ("Contact Social County Council now.", "Social County Council"),
    ("Referred to Home County Social Services.", "Home County Social Services"),
    # a direction's word is a listed place too: it says which county, it names none
    ("Mid County Social Services called back.", "Mid County Social Services"),
    ("Referred by Neighbouring County Council.", "Neighbouring County Council"),
]

POSTCODES = [
    ("Lives w/ wife in Gateshead, 14 Coniston Avenue, NE9 5HT. NHS no to follow.", "NE9 5HT"),
    ("Postcode B1 5HT on the form.", "B1 5HT"),
]
NOT_POSTCODES = [
    # serotonin after a spinal level
    ("Pain at L4 5HT on the left.", "L4 5HT"),
    ("Pain at L4 5HT3 antagonist given.", "L4 5HT3"),
    # a receptor's or a vitamin's code before serotonin
    ("Olanzapine antagonist at D2 M1 5HT and H1.", "M1 5HT"),
    ("Bloods: Hb 120, B12 5HT level pending.", "B12 5HT"),
    ("Ix: TFTs, B12 5HT, folate requested.", "B12 5HT"),
]

PLATES = [
    ("plate on the other car was NKR 4410. we're from the south side.", "NKR 4410"),
    ("the plates on her van were KXM 482 per the witness", "KXM 482"),
]
NOT_PLATES = [
    # a plate of food, a vehicle's plate with no number
    ("the plates on his truck were muddy", "muddy"),
    ("plate on the table was cold", "cold"),
    # a reading after the vehicle, and a sentence's word after the plate
    ("plate on the car was 10 MPH over the limit", "10 MPH"),
    ("PLATE ON THE CAR WAS NKR 4410 SEEN BY WITNESS", "SEEN"),
    ("The plate on the car was UK 2019 style.", "UK 2019"),
    ("The plate of the car was EU 27 style.", "EU 27"),
]

GRADE_SURNAMES = [
    ("Late: HCA D'Souza, SN Bates on nights.", "D'Souza"),
    ("SN McBride to do the drug round.", "McBride"),
    # the lists hold it joined ("darcy")
    ("HCA D'Arcy gave report at 8.", "D'Arcy"),
]
NOT_GRADE_SURNAMES = [
    # a contraction and a French phrase after an apostrophe are no surnames
    ("d'you know what I mean", "d'you"),
    ("We ordered hors d'oeuvres for the leaving do.", "hors d'oeuvres"),
    ("Pt ate a D'Anjou pear at lunch.", "D'Anjou"),
    ("D'ACCORD SAYS PT.", "D'ACCORD"),
    ("d'yall want coffee", "d'yall"),
]


@pytest.mark.parametrize(("text", "site"), PLACE_SERVICES)
def test_when_a_place_names_a_service_or_a_team_then_all_of_it_is_found(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "words"), NOT_PLACE_SERVICES)
def test_when_a_place_stands_before_an_everyday_team_or_service_then_nothing_is_added(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "body"), REMITS)
def test_when_a_department_is_found_then_its_remit_is_found_with_it(
    analyzer: TextAnalyzer, text: str, body: str
) -> None:
    assert covered(analyzer, text, body)


@pytest.mark.parametrize(("text", "words"), NOT_REMITS)
def test_when_a_time_word_follows_a_remit_then_no_span_runs_over_it(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "body"), COUNTY_SERVICES)
def test_when_a_county_names_social_services_then_they_are_found(analyzer: TextAnalyzer, text: str, body: str) -> None:
    assert covered(analyzer, text, body)


@pytest.mark.parametrize(("text", "words"), NOT_COUNTY_SERVICES)
def test_when_an_everyday_word_stands_before_county_then_no_site_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "postcode"), POSTCODES)
def test_when_a_postcode_ends_in_5ht_then_it_is_found(analyzer: TextAnalyzer, text: str, postcode: str) -> None:
    assert covered(analyzer, text, postcode)


@pytest.mark.parametrize(("text", "words"), NOT_POSTCODES)
def test_when_serotonin_follows_a_spinal_level_then_no_postcode_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "plate"), PLATES)
def test_when_a_plate_follows_the_vehicle_it_is_on_then_it_is_found(
    analyzer: TextAnalyzer, text: str, plate: str
) -> None:
    assert covered(analyzer, text, plate)


@pytest.mark.parametrize(("text", "words"), NOT_PLATES)
def test_when_a_plate_is_described_not_numbered_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "name"), GRADE_SURNAMES)
def test_when_a_grade_stands_before_a_d_or_mc_surname_then_it_is_found(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "words"), NOT_GRADE_SURNAMES)
def test_when_an_apostrophe_opens_a_contraction_or_phrase_then_no_name_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []
