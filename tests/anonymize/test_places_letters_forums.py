"""Places, postcodes and handles as UK letters, casework forms and non-Reddit forums write them.

A form's "Town:"/"City:" field (never a category answer: "Town: Urban"), "in the ... area" around a town
(never a clinical or ordinary word: "in the plaque area"), a town after a house number and a street name with no
known type word, towns with a possessive ("Lee's Summit"), a town after a hospice or GP surgery, a
lower-case UK postcode after a capitalized street line and a town of three words, and a forum export's
author line ("Comment from X:"). Look-alikes: "Town: unknown", ward and bay numbers, dates before a
comma, plain and Mc- names after "Reply from". All values are invented; tests show types, never text.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.place_gazetteer import PlaceGazetteerRecognizer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # a form's town field, any case
    *variants("Phone: 5085550100\nTown: shrewsbury\nReason for call: rent", "shrewsbury"),
    # "in the ... area", lower case on a cased line
    ("does anyone in the tacoma area know a good POTS doctor?", "tacoma"),
    ("Looking for a sponsor in the dayton area, DM me", "dayton"),
    # a house number and a street name without a known type word, then the town
    ("To return to 16 Holgate Senior, York, living with wife.", "York"),
    # a possessive in a town's name
    ("her dad drove up from work in Lee's Summit tonight", "Lee's Summit"),
    ("Moved to King's Lynn in the spring.", "King's Lynn"),
    # a lower-case UK postcode after a capitalized street line and a three-word town
    ("Home: 4 Elswick Park Drive, Newcastle upon Tyne ne4 6pq\nSeen with interpreter.", "ne4 6pq"),
    ("Flat 2, 9 Quarry Road, Kingston upon Hull hu5 3dn", "hu5 3dn"),
    # a forum export's author line
    ("Comment from HopefulHarriet: same here, day 40!", "HopefulHarriet"),
    ("REPLY FROM KeepOnGoing88: keep going", "KeepOnGoing88"),
    ("posted by mom2twins: anyone else?", "mom2twins"),
    ("Reply from quiet.moth: same, hang in there", "quiet.moth"),
    ("Comment from SleeplessSally: me too\nReply from night_owl_7: hugs", "night_owl_7"),
    # a town field that holds a town which is also a rarer English word
    *variants("Name: J Smith\nTown: York\nReason: housing", "York"),
]

NEGATIVES = [
    # a town field that holds no town
    ("Town: unknown\nCity: same as above", "unknown", "LOCATION"),
    ("Town: same as above\nPhone: none", "same", "LOCATION"),
    # ward, bay and room numbers
    ("Discharged from Ward 4 to a care home on the 3rd.", "Ward", "LOCATION"),
    ("Pt moved back to Ward 11B today, settled.", "Ward", "LOCATION"),
    # a date or a count before a comma is no street line
    ("Seen on 12 March, Reading group attended", "Reading", "LOCATION"),
    ("In the ward area the floor was wet.", "ward", "LOCATION"),
    # a person's name after "Reply from", plain or with an inner capital
    ("Reply from McKenzie: thanks so much", "McKenzie", "SOCIAL_HANDLE"),
    ("Comment from Ruth: hugs", "Ruth", "SOCIAL_HANDLE"),
    ("message from LaToya: see you there", "LaToya", "SOCIAL_HANDLE"),
    # an app, a brand, a grade, a score, a ward or a service after "from"/"by", mid-sentence or at a
    # line's start, and a name with an inner capital
    ("got a message from WhatsApp: your code is ready", "WhatsApp", "SOCIAL_HANDLE"),
    ("Message from LinkedIn: new job alert", "LinkedIn", "SOCIAL_HANDLE"),
    ("Comment from FaceTime: missed call", "FaceTime", "SOCIAL_HANDLE"),
    ("got a reply from DoorDash: refund denied", "DoorDash", "SOCIAL_HANDLE"),
    ("Message from GoFundMe: you got a donation", "GoFundMe", "SOCIAL_HANDLE"),
    ("Message from SilverCloud: new module available", "SilverCloud", "SOCIAL_HANDLE"),
    ("Written by FY1: pt seen on ward round", "FY1", "SOCIAL_HANDLE"),
    ("WRITTEN BY ST3: PLAN AS ABOVE", "ST3", "SOCIAL_HANDLE"),
    ("Submitted by Band6: obs stable", "Band6", "SOCIAL_HANDLE"),
    ("Message from NHS111: call back", "NHS111", "SOCIAL_HANDLE"),
    ("Response from PHQ9: score 14", "PHQ9", "SOCIAL_HANDLE"),
    ("Message from B12: deficient", "B12", "SOCIAL_HANDLE"),
    ("Message from Ward7: bed available", "Ward7", "SOCIAL_HANDLE"),
    ("reply from covid19: lol", "covid19", "SOCIAL_HANDLE"),
    ("Reply from FitzGerald: ok", "FitzGerald", "SOCIAL_HANDLE"),
    ("Posted by GAD7: anxious", "GAD7", "SOCIAL_HANDLE"),
    # "in/around the ... area" around a clinical, anatomical or ordinary word, in any case
    *[(text, word, "LOCATION") for text, word in variants("Itching in the plaque area for weeks.", "plaque")],
    ("Murmur heard in the apex area.", "apex", "LOCATION"),
    ("Itching in the terrace area since Tuesday", "terrace", "LOCATION"),
    ("smoking in the Garden area", "Garden", "LOCATION"),
    ("Redness around the Wells area of the scar.", "Wells", "LOCATION"),
    ("PAIN NEAR THE DELTA AREA OF THE SHOULDER", "DELTA", "LOCATION"),
    # a score, grade, day or bed and its number before a comma is no house line
    ("Pain 7 Severe, Temple headache on the left.", "Temple", "LOCATION"),
    ("Grade 2 Mild, Orange juice offered.", "Orange", "LOCATION"),
    ("Score of 21 Moderate, Independence encouraged.", "Independence", "LOCATION"),
    ("Vitals at 14 Hundred, Marathon runner", "Marathon", "LOCATION"),
    ("Plan: Bed 4 Side Room, Derby ward round", "Derby", "LOCATION"),
    ("Day 3 Post Op, Florence from physio visited.", "Florence", "LOCATION"),
    ("Stage 2 Severe, Bath offered by HCA.", "Bath", "LOCATION"),
    # a town field that answers a category, in any case
    ("Town: Urban", "Urban", "LOCATION"),
    ("village: urban", "urban", "LOCATION"),
    ("Town: Hall", "Hall", "LOCATION"),
    ("Town: Council", "Council", "LOCATION"),
    ("CITY: NORMAL", "NORMAL", "LOCATION"),
    ("Town: Mobile", "Mobile", "LOCATION"),
    ("TOWN: COUNCIL", "COUNCIL", "LOCATION"),
    # a street's type word opening a phrase is no street line before a postcode
    ("Drive Home Safely ls1 4dy", "ls1 4dy", "ZIP_CODE"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_letter_form_or_post_names_a_place_or_handle_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike", "entity_type"), NEGATIVES)
def test_when_a_look_alike_stands_in_a_place_slot_then_it_is_not_that_type(
    analyzer: TextAnalyzer, text: str, look_alike: str, entity_type: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == entity_type] == []


def test_when_a_line_is_long_then_the_town_field_and_house_line_stay_fast() -> None:
    recognizer = PlaceGazetteerRecognizer()
    text = ("Town: " + "ab " * 3000 + "12 Aa Bb Cc " * 300)[:10_000]
    start = time.perf_counter()
    recognizer.find(text)
    assert time.perf_counter() - start < 2.0


TYPED = [
    # a house line without a street type word, before a town: the street too, as an address
    ("Discharged to 88 Oak Tree View, Derby on Monday.", "88 Oak Tree View", "STREET_ADDRESS"),
    ("To return to 16 Holgate Senior, York, living with wife.", "16 Holgate Senior", "STREET_ADDRESS"),
    ("Her new address is 7 Kestrel Rise, Leeds from next week.", "7 Kestrel Rise", "STREET_ADDRESS"),
]


@pytest.mark.parametrize(("text", "target", "entity_type"), TYPED)
def test_when_a_house_line_stands_before_a_town_then_it_is_an_address(
    analyzer: TextAnalyzer, text: str, target: str, entity_type: str
) -> None:
    assert covered(analyzer, text, target)
    assert entity_type in [t for t, _ in touching(analyzer, text, target)]


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_when_a_long_blank_run_follows_a_word_then_the_town_field_rule_is_linear(gap: str) -> None:
    recognizer = PlaceGazetteerRecognizer()
    recognizer.find("Town: York")  # load the lexicon outside the timed call
    text = "typed by" + gap * 10_000 + "x"
    start = time.perf_counter()
    recognizer.find(text)
    assert time.perf_counter() - start < 0.5


def test_when_a_label_follows_a_long_blank_run_then_the_analyzer_is_fast(analyzer: TextAnalyzer) -> None:
    text = "typed by" + " " * 10_000 + "Town: x"
    start = time.perf_counter()
    analyzer.analyze([text])
    assert time.perf_counter() - start < 2.0
