"""Places of dispatch notes and user names of chat logs.

Dispatch names a place by its cross streets ("corner of Birch and Main", "at 5th and Elm"), by a house
on a numbered road ("2250 Hwy 17", "902 CO RD 214") or by a hundred block ("1100 BLK S MAIN ST"); a
trailer's lot follows its street ("67 Oak St Lot 9"). A chat log opens a line with its speaker's user
name and a colon ("sad.girl.hours: same"). Look-alikes: drugs, stores and days after "at" or "on", floor
numbers, counts before a road, doses after one, and lab and vital labels before a colon. All values are
invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

CROSS_STREETS = [
    ("Units staged at the corner of Maple and Grove before entry.", "Maple"),
    ("Units staged at the corner of Maple and Grove before entry.", "Grove"),
    ("pt picked up at 3rd and Pine by PD, yelling", "3rd"),
    ("pt picked up at 3rd and Pine by PD, yelling", "Pine"),
    ("Crowd gathered near 14th & Alder, two injured", "Alder"),
    ("Struck by car at the corner of Birch and Walnut.", "Birch"),
    ("MVC AT ELM AND 3RD ST.", "ELM"),
    ("Hit by car at 3rd and Maple.", "Maple"),
]

HOUSES_ON_ROADS = [
    *variants("Dispatched to 1820 State Route 33, Lancaster for a fall", "1820 State Route 33"),
    *variants("lives alone at 3100 N Hwy 287, no weapons in home", "3100 N Hwy 287"),
    *variants("Father lives at 55 County Road 12 w/ parents", "55 County Road 12"),
    *variants("MVC in the 400 block of Elm Street, two cars", "400 block of Elm Street"),
    ("UNIT STAGED 2300 BLK W COLFAX AVE FOR SCENE SAFETY", "2300 BLK W COLFAX AVE"),
    ("Pt found at 18 Hwy 9 Lot 4, Milford, lethargic", "18 Hwy 9 Lot 4"),
]

NOT_STREETS = [
    ("Gave report on 2nd and 3rd floors before shift change.", "2nd"),
    ("She was at Tylenol and Motrin every 4h for the pain.", "Tylenol"),
    ("Works on Monday and 3rd shift at the plant.", "Monday"),
    ("Took 2 Route 9 buses to get to the clinic.", "2 Route 9"),
    ("Started 20 Hwy 3 mg daily per outside records.", "20 Hwy 3"),
]

# Review of the round: drugs, clinical words and counts that the cross-street, numbered-road and
# hundred-block patterns took for places.
CLINICAL_CROSSINGS = [
    ("Started on Lasix and 2nd dose of ceftriaxone given.", "Lasix"),
    ("Started on Lasix and 2nd dose of ceftriaxone given.", "2nd"),
    ("Pt on Keppra and Dilantin Dr. Shah aware.", "Keppra"),
    ("pt on ASA and Plavix ST elevation resolved.", "Plavix ST"),
    ("She writes about the intersection of Trauma and Addiction.", "Trauma"),
    ("Stuck at the corner of Work and Home.", "Home"),
    ("Pt on Metoprolol and Lisinopril Dr. Patel to follow.", "Metoprolol"),
    ("PT ON ASPIRIN AND 2ND DOSE OF HEPARIN.", "2ND"),
    ("Seen at MGH and 2nd opinion at Lahey.", "2nd"),
    ("Continue on Haldol and 1st gen antipsychotic.", "1st"),
    ("seen at Rounds and 3rd year student present.", "Rounds"),
    ("Pt walked at Main and North campus before transfer.", "North"),
]

COUNTS_NOT_ADDRESSES = [
    ("Took 40 Route 9 buses this month.", "40 Route 9"),
    ("Pt has 10 Hwy 9 accidents on record", "10 Hwy 9"),
    ("took 12 route 1 trips to the shelter", "12 route 1"),
    ("500 Block Party planned with family.", "500 Block Party"),
    ("The 300 Block Captains met on Friday.", "300 Block"),
]

# A sentence's period after the street type or name stays out of the span.
SENTENCE_END_ADDRESSES = [
    "Caller reports fight in the 1200 block of Oak Ave.",
    "Pt lives in the 300 BLK of Main.",
    "Mother at 1500 BLK W ELM ST.",
    "MVC AT ELM AND 3RD ST.",
    "found down in 2300 block of Maple.",
]

SPEAKERS = [
    ("sad.girl.hours: same tbh, today was a lot", "sad.girl.hours"),
    ("hey all\nNightOwlGamer (he/him): lol ok i'm here", "NightOwlGamer"),
    ("quiet.moth: u good?\nok_boomer_99: yeah", "quiet.moth"),
    ("[21:04] NightOwlGamer: lol\n[21:05] quiet.moth: hey", "NightOwlGamer"),
    ("10:42 PM quiet.moth: u there?", "quiet.moth"),
]

NOT_SPEAKERS = [
    ("SpO2: 97% RA\nHR 88", "SpO2"),
    ("labs\nHbA1c: 7.2 from 8.1", "HbA1c"),
    ("Edit2: fixed the typo", "Edit2"),
    ("b.i.d.: meds per pharmacy", "b.i.d."),
]

# Review of the round: form labels, a title and a name, and apps' names before their notices. ("Chief.Com"
# is Presidio's URL, older than this round: only the handle is checked.)
NOT_SPEAKER_LABELS = [
    ("Pt.Name: Jane", "Pt.Name"),
    ("Chief.Complaint: chest pain", "Chief.Complaint"),
    ("Vital.Signs: stable", "Vital.Signs"),
    ("Dr.Smith: agrees with plan", "Dr.Smith"),
    ("dr.smith: agrees with plan", "dr.smith"),
    ("MyFitnessPal: logged 1200 kcal", "MyFitnessPal"),
    ("eClinicalWorks: note imported", "eClinicalWorks"),
    ("MyChartApp: message sent", "MyChartApp"),
]


@pytest.mark.parametrize(("text", "street"), CROSS_STREETS)
def test_when_cross_streets_are_named_then_each_is_a_place(analyzer: TextAnalyzer, text: str, street: str) -> None:
    assert "LOCATION" in {kind for kind, _ in touching(analyzer, text, street)}


@pytest.mark.parametrize(("text", "address"), HOUSES_ON_ROADS)
def test_when_house_is_on_a_numbered_road_or_block_then_address_is_covered(
    analyzer: TextAnalyzer, text: str, address: str
) -> None:
    assert covered(analyzer, text, address)


@pytest.mark.parametrize(("text", "look_alike"), NOT_STREETS)
def test_when_drug_day_floor_or_count_meets_street_words_then_no_place_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not {kind for kind, _ in touching(analyzer, text, look_alike)} & {"LOCATION", "STREET_ADDRESS"}


@pytest.mark.parametrize(("text", "handle"), SPEAKERS)
def test_when_chat_line_opens_with_user_name_then_it_is_a_handle(
    analyzer: TextAnalyzer, text: str, handle: str
) -> None:
    assert "SOCIAL_HANDLE" in {kind for kind, _ in touching(analyzer, text, handle)}


@pytest.mark.parametrize(("text", "look_alike"), NOT_SPEAKERS)
def test_when_line_opens_with_lab_vital_or_edit_label_then_no_handle_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not {kind for kind, _ in touching(analyzer, text, look_alike)} & {"SOCIAL_HANDLE", "URL"}


@pytest.mark.parametrize(("text", "look_alike"), CLINICAL_CROSSINGS)
def test_when_drug_or_clinical_word_meets_and_then_no_crossing_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not {kind for kind, _ in touching(analyzer, text, look_alike)} & {"LOCATION", "STREET_ADDRESS"}


@pytest.mark.parametrize(("text", "look_alike"), COUNTS_NOT_ADDRESSES)
def test_when_count_or_block_party_looks_like_road_then_no_address_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert "STREET_ADDRESS" not in {kind for kind, _ in touching(analyzer, text, look_alike)}


@pytest.mark.parametrize("text", SENTENCE_END_ADDRESSES)
def test_when_address_ends_sentence_then_period_is_outside_span(analyzer: TextAnalyzer, text: str) -> None:
    spans = [s for s in analyzer.analyze([text])[0] if s.entity_type in {"LOCATION", "STREET_ADDRESS"}]
    assert spans
    assert not any(text[s.end - 1] == "." for s in spans)


@pytest.mark.parametrize(("text", "look_alike"), NOT_SPEAKER_LABELS)
def test_when_line_opens_with_form_label_title_or_app_then_no_handle_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert "SOCIAL_HANDLE" not in {kind for kind, _ in touching(analyzer, text, look_alike)}
