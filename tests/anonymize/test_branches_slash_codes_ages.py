"""A brand's branch by a town that is also a word, "Uni of" a town, an id of slash-joined letters after "number is",
a post signed with words run together, a house's or a flat's number before its street, a state's code before a phone's
bracket, and an old person's age after what they still do (issue #10, 28th round).

"Cygnet Bury", "Uni of Bristol", "Folder number is KBTH/PSY/OPD/2211/19", "- HeadingleyHopeful", "No. 8, Ogui
Road", "Boca Raton, FL ((561) ...", "mama is still strong at 93": each with the look-alikes the same shapes make (a
brand before a road or a service's word, "uni" as a word, a guideline's year, a dose, a slogan, a score's fraction,
capitals before a bracket of words, a fever or a market still where it was). Values invented.
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
    # a one-letter series between the groups
    ("Hosp number is UCH/A/093/56621", "UCH/A/093/56621"),
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
    ("Ref number is HEPARIN/IV 25000 u per hour", "HEPARIN/IV 25000"),
    ("Order number was SCAN/ECHO/C 180000 naira", "SCAN/ECHO/C 180000"),
]

SIGNED_HANDLES = [
    ("we're in Headingley if anyone knows a local union rep - HeadingleyHopeful", "HeadingleyHopeful"),
    ("still fighting every single day here - KwaMashuMom", "KwaMashuMom"),
]
NOT_SIGNED_HANDLES = [
    # two English words, an app: a slogan or where the post was shared
    ("thanks everyone for the support - StayStrong", "StayStrong"),
    ("you are not alone in this at all - KeepGoing", "KeepGoing"),
    ("raising money for my treatment, link below - GoFundMe", "GoFundMe"),
    ("BP 120/80 and stable on the ward - NightShift", "NightShift"),
    # a greeting, a heading, a team: no word of its owner
    ("we will get through this together - InshaAllah", "InshaAllah"),
    ("obs stable, fluids running, all documented - EndOfShift", "EndOfShift"),
    ("what a match on saturday at the stadium - KaizerChiefs", "KaizerChiefs"),
]

HOMES_BEFORE_STREETS = [
    ("Mr. Chinedu Eze\nNo. 8, Ogui Road, Enugu", "No. 8, Ogui Road"),
    ("after fleeing 2/1, 45 Paisley Road West, G51 1LF (domestic abuse).", "2/1, 45 Paisley Road West"),
    ("flat is B-402, Sai Krupa CHS, Marol Maroshi Road, 400059.", "B-402, Sai Krupa CHS, Marol Maroshi Road"),
]
NOT_HOMES_BEFORE_STREETS = [
    # a score's or a reading's fraction before the street
    ("Pain 2/1, 45 Paisley Road", "2/1"),
    ("Scored 3/4, 12 Elm Street visit", "3/4"),
    ("Score is 3/5, 18 Church Road", "3/5"),
    # a bed's code with no housing society after it, and a rank's or an answer's "No" before a numbered street
    ("Bed: B-12, 14 Station Road", "B-12"),
    ("Reply: No 2, 14 Station Road", "No 2"),
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


@pytest.mark.parametrize(("text", "handle"), SIGNED_HANDLES)
def test_when_a_post_is_signed_with_words_run_together_then_the_handle_is_found(
    analyzer: TextAnalyzer, text: str, handle: str
) -> None:
    assert covered(analyzer, text, handle)


@pytest.mark.parametrize(("text", "words"), NOT_SIGNED_HANDLES)
def test_when_a_slogan_or_an_app_closes_a_post_then_no_handle_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "address"), HOMES_BEFORE_STREETS)
def test_when_a_house_or_a_flat_is_numbered_before_the_street_then_all_of_it_is_found(
    analyzer: TextAnalyzer, text: str, address: str
) -> None:
    assert covered(analyzer, text, address)


@pytest.mark.parametrize(("text", "words"), NOT_HOMES_BEFORE_STREETS)
def test_when_a_score_stands_before_a_street_then_nothing_is_found(
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
