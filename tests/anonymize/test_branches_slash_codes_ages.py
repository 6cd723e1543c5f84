"""A brand's branch by a town that is also a word, "Uni of" a town, an id of slash-joined letters after "number is",
a state's code before a phone's bracket, and an old person's age after what they still do (issue #10, 28th round).

"Cygnet Bury", "Uni of Bristol", "Folder number is KBTH/PSY/OPD/2211/19", "Boca Raton, FL ((561) ...", "mama is still
strong at 93": each with the look-alikes the same shapes make (a brand before a road or a service's word, "uni" as a
word, a guideline's year, a dose, capitals before a bracket of words, a fever or a market still where it was). Values
invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

BRANCHES = [
    ("Thomas Ogunleye at Cygnet Harrow day 9.", "Cygnet Harrow"),
    ("Bed state: Cygnet Bury - 2 PICU, Priory Hayes Grove - 0", "Cygnet Bury"),
    ("Referred to Samaritans Reading branch for a volunteer.", "Samaritans Reading"),
]
NOT_BRANCHES = [
    # a brand before a road's, a service's or a month's word, and a listed town opening a longer name
    ("Priory Road is closed for works.", "Priory Road"),
    ("VA Benefits office rang back.", "VA Benefits"),
    ("NHS Choices says to rest.", "NHS Choices"),
    # a listed town that is a word too, before a service's word or a role's: the brand's service or officer
    ("CAMHS Early help team will call.", "CAMHS Early"),
    ("She starts the CAMHS Day programme on Monday.", "CAMHS Day"),
    ("Books are in the Priory Reading room.", "Priory Reading"),
    ("A SAPS Officer arrived at 10.", "SAPS Officer"),
    ("HSE Officer: Mr Bello", "HSE Officer"),
    ("Cygnet Ward manager rang.", "Cygnet Ward"),
]

UNIVERSITIES = [
    ("emailed my tutor at Uni of Bristol for an extension.", "Uni of Bristol"),
    ("i'm at Uni of Leeds now", "Uni of Leeds"),
    ("STUDENT AT UNI OF LEEDS, 2ND YEAR", "UNI OF LEEDS"),
]
NOT_UNIVERSITIES = [
    # "uni" as a word before "of" and no town
    ("Uni of Life taught me more than school.", "Uni of Life"),
    ("the uni of my dreams rejected me", "uni of my dreams"),
]

SLASH_CODES = [
    ("Folder number is KBTH/PSY/OPD/2211/19.", "KBTH/PSY/OPD/2211/19"),
    ("Hosp number is OAU/THC/PSY 22/1149", "OAU/THC/PSY 22/1149"),
    ("policy number is AXA/HEALTH/2231 88", "AXA/HEALTH/2231 88"),
    ("Folder no. KBTH/PSY/OPD/2211/19 on the card.", "KBTH/PSY/OPD/2211/19"),
]
NOT_SLASH_CODES = [
    # a guideline's year after letters joined by a slash, and readings after a label's letters
    ("Ref number is NICE/SIGN 2019 guidance.", "NICE/SIGN 2019"),
    ("The case was NICE/SIGN 2019, so we followed it.", "NICE/SIGN 2019"),
    ("reference number is BP/HR 120 80", "BP/HR 120 80"),
    # two years, and an amount or a dose after the letters
    ("Our reference was BTS/SIGN 2019/2024 asthma guideline", "BTS/SIGN 2019/2024"),
    ("The order was PO/IM 50000 units", "PO/IM 50000"),
    ("The claim was PIP/ESA 15000 a year", "PIP/ESA 15000"),
]

STATE_CODES = [
    # a state's code before a phone number's bracket
    ("Son Marty in Boca Raton, FL ((561) 555-0172) is HCP.", "FL"),
    ("Lives in Tucson, AZ (520-555-0147 mobile).", "AZ"),
]
NOT_STATE_CODES = [
    # a bracket of words after the capitals: assisted living, a credential
    ("Sarasota, AL (assisted living) staff called.", "AL"),
    ("Seen by Jones, MD (555) 0123 pager.", "MD"),
]

STILL_AGES = [
    ("it is a blessing that mama is still strong at 93, God will do it", "93"),
    ("Grandad still driving at 94!", "94"),
    ("my nan is still living alone at 95.", "95"),
    ("Grandma still going strong at 96 \N{PARTY POPPER}", "96"),
    ("she's still sharp at 91 and does the crossword", "91"),
]
NOT_STILL_AGES = [
    # a reading earlier in the sentence, a level's verb, a unit, or no deed before "at"
    ("sats still hovering at 92.", "92"),
    ("HR still elevated at 99.", "99"),
    ("the pound is still trading at 98, slightly down", "98"),
    ("still running at 90 mph", "90"),
    ("the bus still leaves at 90.", "90"),
    ("waiting list still at 95.", "95"),
    # a fever, a car, a market or a loaf still does nothing a person does, and a person's deed may have a unit
    ("He's still spiking at 103!!", "103"),
    ("Kid still spiking at 101, calling the GP.", "101"),
    ("Still cruising at 95.", "95"),
    ("The stock is still climbing at 104", "104"),
    ("Sourdough starter still going strong at 100.", "100"),
    ("She is still working at 90 %.", "90"),
]


@pytest.mark.parametrize(("text", "site"), BRANCHES)
def test_when_a_brand_names_its_branch_by_a_town_that_is_a_word_then_all_of_it_is_found(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "words"), NOT_BRANCHES)
def test_when_a_brand_stands_before_a_road_or_a_service_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "site"), UNIVERSITIES)
def test_when_uni_of_a_town_is_written_then_the_university_is_found(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "words"), NOT_UNIVERSITIES)
def test_when_uni_of_is_a_phrase_then_no_university_is_found(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "code"), SLASH_CODES)
def test_when_a_number_is_letters_joined_by_slashes_then_all_of_it_is_found(
    analyzer: TextAnalyzer, text: str, code: str
) -> None:
    assert covered(analyzer, text, code)


@pytest.mark.parametrize(("text", "words"), NOT_SLASH_CODES)
def test_when_slash_joined_letters_precede_a_year_or_readings_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "code"), STATE_CODES)
def test_when_a_phone_follows_a_towns_state_code_then_the_code_is_found(
    analyzer: TextAnalyzer, text: str, code: str
) -> None:
    assert covered(analyzer, text, code)


@pytest.mark.parametrize(("text", "words"), NOT_STATE_CODES)
def test_when_words_in_brackets_follow_capitals_then_no_state_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "age"), STILL_AGES)
def test_when_an_old_person_still_does_something_at_an_age_then_it_is_found(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert covered(analyzer, text, age)


@pytest.mark.parametrize(("text", "words"), NOT_STILL_AGES)
def test_when_a_level_or_a_reading_is_still_at_a_number_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []
