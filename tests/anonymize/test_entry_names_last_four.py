"""Given names that are words opening a list's entry; a card's last four said later; Welsh and Irish streets.

Issue #10, 22nd round: "May Xiong   61F" (a line of a clinic list), "Student: Jordan Ellison-Pike"; "got my last four
if you need it — 4471". Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

ENTRY_NAMES = [
    ("Lowell Community Health Center\nMay Xiong   61F   MRN LCHC-0559218", "May Xiong"),
    ("Student: Jordan Ellison-Pike  Grade 10  ID# 0087731", "Jordan Ellison-Pike"),
    ("Waitlist:\n- Will Okafor-Lindqvist added 10/15", "Will Okafor-Lindqvist"),
]

LAST_FOURS = [
    ("CALLER: got my last four if you need it — 4471. RESPONDER: That's okay.", "4471"),
    ("Agent: And the last four of the account?\nCustomer: 8812. Also my wife is on it.", "8812"),
    ("Card reload for V3 — card # ending 4471. Issued 10/14/2024.", "4471"),
    ("The account ending 2045 was charged twice.", "2045"),
]
NOT_LAST_FOURS = [
    ("Slept badly the last 4 weeks, 2000 steps a day.", "2000"),
    ("The last four were 2019, 2020, 2021 and 2022.", "2019"),
    # clock times, volumes and amounts after "last four" and its noun (a reviewer's finds)
    ("Last four doses given at 0800, 1200 and 1600.", "0800"),
    ("last 4h UO 1200 mL, encourage oral fluids", "1200"),
    ("His last four paychecks came to 3200 in total.", "3200"),
    ("The last four? I paid 1500 for the car.", "1500"),
    ("last four again, obs at 0600.", "0600"),
]


@pytest.mark.parametrize(("text", "name"), ENTRY_NAMES)
def test_when_a_given_name_that_is_a_word_opens_an_entry_before_a_name_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    "text", ["Seen by the team in May Xiong-Baker and discharged.", "- Will Aisha attend the MDT on Friday?"]
)
def test_when_the_word_opens_no_entry_or_asks_a_question_then_it_is_no_given_name(
    analyzer: TextAnalyzer, text: str
) -> None:
    spans = analyzer.analyze([text])[0]
    word = next(text.index(w) for w in ("May", "Will") if w in text)
    assert not any(s.entity_type == "PERSON" and s.start <= word < s.end for s in spans)


@pytest.mark.parametrize(("text", "digits"), LAST_FOURS)
def test_when_the_last_four_are_given_a_few_words_later_then_they_are_an_id(
    analyzer: TextAnalyzer, text: str, digits: str
) -> None:
    assert any(kind == "ID_NUMBER" for kind, _ in touching(analyzer, text, digits))


@pytest.mark.parametrize(("text", "number"), NOT_LAST_FOURS)
def test_when_last_four_is_a_span_of_time_or_years_follow_then_no_id(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert all(kind != "ID_NUMBER" for kind, _ in touching(analyzer, text, number))


WELSH_IRISH_STREETS = [
    ("Visit to 14 Heol y Felin, Ammanford SA18 2DN.", "14 Heol y Felin"),
    ("Re: Mr Mac Giolla, 14 Ard na Gréine, Ennis, Co. Clare V95 K2T6", "14 Ard na Gréine"),
    ("I, the undersigned, of 4 Cnoc na Rós, Dingle, Co. Kerry, make this statement.", "4 Cnoc na Rós"),
    # the flat and the building's name before the street
    ("Assessment at Flat 9, Tŷ Glas, 3 Heol y Nant, Pontypridd CF37 4LP.", "Flat 9, Tŷ Glas, 3 Heol y Nant"),
]


@pytest.mark.parametrize(("text", "address"), WELSH_IRISH_STREETS)
def test_when_a_welsh_or_irish_street_type_follows_a_house_number_then_the_street_is_covered(
    analyzer: TextAnalyzer, text: str, address: str
) -> None:
    assert covered(analyzer, text, address)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gave 2 Ard tablets at night.", "2 Ard"),
        ("Room 3, Bed 4, 14 Station Road", "Room 3"),
        ("Room 4, Tuesday, 12 Station Road", "Tuesday"),
    ],
)
def test_when_no_street_or_building_follows_then_no_address_takes_the_words(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert all(kind != "STREET_ADDRESS" for kind, _ in touching(analyzer, text, words))
