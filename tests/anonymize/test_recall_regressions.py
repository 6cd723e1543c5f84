"""Recall regressions found in review (issue #10): each identifier here was lost before its fix.

A title inside a person span keeps an eponym surname ("Mr. Parkinson"); a lone eponym-only surname
("Barrett", "Foley") is a name unless a clinical cue is right next to it ("Foley in place"); a phone
number ending in round hundreds is a phone unless a lab word precedes it ("BNP 250-1000"); an
ALL-CAPS or lower-case facility named by a compound ("BROOKSIDE NURSING HOME") is a facility; a
date next to a body-part, output or assist word is a date unless the fraction is score-shaped. All
values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.ner_guard import is_ordinary_words
from confide.anonymize.spans import Span
from tests.anonymize.conftest import covered, variants


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


# Review of the ward-shorthand rules (#10): dates those rules dropped, all found before them. A
# body-part or output word after a fraction makes it a score only when the fraction is score-shaped
# ("3/5 lowers"), unless a date word comes first; an arrow makes the next fraction a score only
# after a score; "I/O" is no score word; a hyphenated date may end a sentence.
DATES_AFTER_WARD_RULES = [
    *variants("Since 3/12 stools loose.", "3/12"),
    *variants("Visit 3/12 ble edema noted.", "3/12"),
    *variants("Admitted 10/12 le edema.", "10/12"),
    *variants("Follow-up 3/4 lue swelling.", "3/4"),
    *variants("Labs 5/12 bilateral studies ordered.", "5/12"),
    *variants("Surgery 6/5 grip improved since.", "6/5"),
    *variants("Scheduled 6/10 lowers reassessed.", "6/10"),
    *variants("Transfer on 3/4 assist of two.", "3/4"),
    *variants("Dose changed 2/9 -> 3/14 per cardiology.", "3/14"),
    *variants("Last seen 2/3 -> 3/4", "3/4"),
    *variants("Pain 6/10 -> 3/14 follow-up.", "3/14"),
    *variants("I/O 3/14 reviewed with team.", "3/14"),
    *variants("IO 3/14 net neg.", "3/14"),
    *variants("Admitted 8-2.", "8-2"),
    *variants("Seen on 6-3. Plan unchanged.", "6-3"),
    *variants("pt transferred to mercy hosp on 8-2.", "8-2"),
]


@pytest.mark.parametrize(("text", "date"), DATES_AFTER_WARD_RULES)
def test_when_a_date_looks_like_a_score_only_by_its_neighbours_then_it_is_found(
    analyzer: TextAnalyzer, text: str, date: str
) -> None:
    assert covered(analyzer, text, date)


# A lower-case town on a cased line after a verb of living or coming, one word apart.
@pytest.mark.parametrize(
    ("text", "town"),
    [*variants("Lives alone in worcester with wife.", "worcester"),
     *variants("Son came down from worcester to visit.", "worcester")],
)
def test_when_a_word_stands_between_a_living_verb_and_its_cue_then_a_lower_case_town_is_found(
    analyzer: TextAnalyzer, text: str, town: str
) -> None:
    assert _found(analyzer, text, town, "LOCATION")
