"""Recall regressions found in review (issue #10): each identifier here was lost before its fix.

A title inside a person span keeps an eponym surname ("Mr. Parkinson"); a lone eponym-only surname
("Barrett", "Foley") is a name unless a clinical cue is right next to it ("Foley in place"); a phone
number ending in round hundreds is a phone unless a lab word precedes it ("BNP 250-1000"); an
ALL-CAPS or lower-case facility named by a compound ("BROOKSIDE NURSING HOME") is a facility. All
values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.ner_guard import is_ordinary_words
from confide.anonymize.spans import Span


def _found(analyzer: TextAnalyzer, text: str, target: str, entity_type: str) -> bool:
    start = text.index(target)
    spans = analyzer.analyze([text])[0]
    return all(
        text[i].isspace() or any(s.start <= i < s.end and s.entity_type == entity_type for s in spans)
        for i in range(start, start + len(target))
    )


@pytest.mark.parametrize(
    ("text", "span_text"),
    [("Mr. Parkinson reports improved sleep.", "Mr. Parkinson"), ("Ms. Barrett called.", "Ms. Barrett"),
     ("Seen by Dr. Foley.", "Dr. Foley"), ("Seen by Dr Crohn.", "Dr Crohn"), ("Pt Foley, 52M.", "Pt Foley")],
)
def test_when_a_title_opens_the_span_then_an_eponym_surname_is_not_dropped(text: str, span_text: str) -> None:
    start = text.index(span_text)
    span = Span(start, start + len(span_text), "PERSON", 0.85, "ClinicianNameRecognizer")
    assert not is_ordinary_words(text, span, load_lexicon())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. Parkinson reports improved sleep.", "Parkinson"),
        ("Barrett called the ward asking about his mother.", "Barrett"),
        ("Discussed with Foley, the covering resident.", "Foley"),
        ("Pt Foley, 52M, admitted for SI.", "Foley"),
        ("Seen by Dr. Smith and Foley today.", "Foley"),
        ("Parkinson called the ward twice.", "Parkinson"),
    ],
)
def test_when_an_eponym_surname_has_no_clinical_cue_then_it_stays_a_person(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert _found(analyzer, text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["Hx Hodgkin, stable.", "Foley in place.", "Foley d/c'd this am.", "Parkinson's worse.",
     "FOLLOWED FOR HODGKIN.", "My dad has Parkinson's and it is hard.", "She has Crohn's."],
)
def test_when_an_eponym_has_a_clinical_cue_then_it_is_no_person(analyzer: TextAnalyzer, text: str) -> None:
    assert not [s for s in analyzer.analyze([text])[0] if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "number"),
    [("call me 555-3400 after 5", "555-3400"), ("Home: 867-5300", "867-5300"),
     ("call the front desk at 555-4100", "555-4100"), ("ph 555 1200", "555 1200"),
     ("HOME: 867-5300", "867-5300")],
)
def test_when_a_phone_number_ends_in_round_hundreds_then_it_is_found(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert _found(analyzer, text, number, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text", ["BNP 250-1000 at home.", "Plt 150-400, call if lower.", "WBC: 4-1100 on the office panel.",
             "UO 300-1200 per shift, phone team."],
)
def test_when_a_round_hundred_range_follows_a_lab_word_then_it_is_no_phone(analyzer: TextAnalyzer, text: str) -> None:
    assert not [s for s in analyzer.analyze([text])[0] if s.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "site"),
    [("PATIENT FROM BROOKSIDE NURSING HOME", "BROOKSIDE NURSING HOME"),
     ("i was at brookside hospital for a week", "brookside hospital"),
     ("I was at Brookside Hospital for a week", "Brookside Hospital")],
)
def test_when_a_compound_names_a_facility_in_any_case_then_it_is_found(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert _found(analyzer, text, site, "FACILITY")


@pytest.mark.parametrize("text", ["I was picking up high school kids.", "I WAS PICKING UP HIGH SCHOOL KIDS."])
def test_when_an_everyday_word_precedes_a_site_kind_then_it_is_no_facility(analyzer: TextAnalyzer, text: str) -> None:
    assert not [s for s in analyzer.analyze([text])[0] if s.entity_type == "FACILITY"]
