"""What the slot after a site cue must not take, and how far a site found there reaches.

Drugs, devices, apps, games and holidays after "back to", "via", "came over from" are no site, and
are not looked for again through the note; towns and countries after a cue of coming or going stay
towns (LOCATION); a person's name or service is no site ("followed by Jones", "Dr Patel ortho",
"Jake's rehab"); "address" the verb opens no street; a site never runs across a sentence break.
Positives keep what the cues are for. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.casing import caseless_lines
from confide.anonymize.recognizers.facility_checks import _caseless_at
from tests.anonymize.conftest import covered, touching, variants

NOT_SITES = [
    # drugs whose names split into two dictionary scraps, and every later mention of them
    *variants(
        "Restarted home meds, back to Coumadin. INR 2.1, continue Coumadin.", "Coumadin. INR 2.1, continue Coumadin"
    ),
    *variants("Plan back to Metformin after the scan.", "Metformin"),
    *variants("Back to Narcan per ED, RR 14.", "Narcan"),
    # devices, video visits, apps, games, payments
    *variants("Tube feeds via Dobhoff, Dobhoff replaced at bedside.", "Dobhoff, Dobhoff"),
    *variants("Family meeting via Webex with daughter.", "Webex"),
    *variants("Follow-up via Doximity call next week.", "Doximity"),
    *variants("I came over from Instagram and Instagram is toxic.", "Instagram and Instagram"),
    *variants("I'm back to Fortnite every night.", "Fortnite"),
    *variants("My call went to voicemail again.", "voicemail"),
    *variants("I paid via Paypal for the copay.", "Paypal"),
    # a holiday
    *variants("I was at Christmas dinner and I hate Christmas.", "Christmas dinner and I hate Christmas"),
    # a person, or a person's service
    *variants("Pt is followed by Jones for his diabetes.", "Jones"),
    *variants("Saw Dr Patel ortho yesterday re knee.", "Dr Patel ortho"),
    *variants("After Jake's rehab he relapsed.", "Jake's rehab"),
    *variants("Steve's ortho appt moved again.", "Steve's ortho"),
]

TOWNS = [
    ("I moved back to Spain, Spain is lovely.", "Spain"),
    ("I MOVED BACK TO SPAIN, SPAIN IS LOVELY.", "SPAIN"),
    ("He came back from Afghanistan changed.", "Afghanistan"),
    ("HE CAME BACK FROM AFGHANISTAN CHANGED.", "AFGHANISTAN"),
]

NOT_STREETS = [
    *variants("Plan: will address 2 concerns with CT tomorrow.", "2 concerns with CT"),
    *variants("Address 2 meds per DR note.", "2 meds per DR"),
]

SITES = [
    # a site after a transfer cue is found again in the note, alone (the last mention is checked)
    *variants("Transferred from Quillmoor on pressors, Quillmoor records requested.", "Quillmoor"),
    # a site named with its kind after a weaker cue is found again too
    *variants("Pt was at Harrowfield Rehab. Harrowfield called re meds.", "Harrowfield"),
    # the town's ED is the town's hospital
    *variants("Sent to us via Lincoln ED after mvc.", "Lincoln"),
    # a stay at a place that is also a town's name
    *variants("Pt at Pine Hill for 3 wks of rehab.", "Pine Hill"),
    # "address" the noun
    *variants("Address: 12 Birch Dr, Quincy.", "12 Birch Dr"),
]


def _covered_last(analyzer: TextAnalyzer, text: str, target: str) -> bool:
    """Whether every non-space character of the last occurrence of ``target`` lies in a span."""
    start = text.rindex(target)
    spans = analyzer.analyze([text])[0]
    return all(text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target)))


@pytest.mark.parametrize(("text", "look_alike"), NOT_SITES)
def test_when_drug_app_holiday_or_person_follows_a_site_cue_then_no_site_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [kind for kind, _ in touching(analyzer, text, look_alike) if kind == "FACILITY"] == []


@pytest.mark.parametrize(("text", "town"), TOWNS)
def test_when_town_follows_a_cue_of_coming_or_going_then_it_stays_a_town(
    analyzer: TextAnalyzer, text: str, town: str
) -> None:
    assert {kind for kind, _ in touching(analyzer, text, town)} == {"LOCATION"}


@pytest.mark.parametrize(("text", "look_alike"), NOT_STREETS)
def test_when_address_is_a_verb_then_no_street_is_found(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "site"), SITES)
def test_when_site_is_cued_then_it_and_its_later_mentions_are_covered(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)
    assert _covered_last(analyzer, text, site)


@pytest.mark.parametrize("text", [v for v, _ in variants("Care at Pinebrook NH. Pinebrook nh called.", "")])
def test_when_short_kind_ends_a_sentence_then_the_site_stops_there(analyzer: TextAnalyzer, text: str) -> None:
    stop = text.index(". ")
    spans = analyzer.analyze([text])[0]
    assert [s.entity_type for s in spans if s.start < stop < s.end - 1] == []
    assert covered(analyzer, text, text[8:20])


def test_when_line_is_looked_up_then_bisect_agrees_with_a_scan_of_every_line() -> None:
    text = "Pt seen.\nPT AT HRC\n\nlives at pine hill\nMixed Line here\n" * 3
    for pos in range(len(text) + 1):
        slow = next((c for start, end, c in caseless_lines(text) if start <= pos < end), False)
        assert _caseless_at(text, pos) == slow
