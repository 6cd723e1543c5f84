"""Ages over 89 said as people say them: in words, in brackets after a titled name, between an elder's commas."""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import touching, variants

IN_WORDS = [
    ("my grandad is ninety-four", "ninety-four"),
    ("aged ninety four, widowed", "ninety four"),
    ("She is ninety-one and sharp.", "ninety-one"),
    ("Nan turned one hundred and two in May.", "one hundred and two"),
]
IN_PHRASES = [
    ("Reviewed Mrs Adeyemi (96) at home.", "96"),
    ("REVIEWED MR OKORO (93), KNOWN TO THE TEAM.", "93"),
    ("Mum, 91, has dementia.", "91"),
    ("my nan, 96, lives alone", "96"),
]
LOOK_ALIKES = [
    ("Mum, 92, sats 94% on air.", "92"),
    ("Mr Byrne (90kg) weighed today.", "90"),
    ("Ward (12) was closed, Score (93) noted.", "93"),
    ("The fan is ninety percent done.", "ninety"),
    ("Mrs Lowe (102 mph) was speeding.", "102"),
    ("He turned ninety degrees and fell.", "ninety"),
    ("I'm one hundred per cent sure.", "one hundred"),
    ("She is ninety-two kilos now.", "ninety-two"),
    ("Patient Experience (94) and Patient Satisfaction (95) scores rose.", "94"),
]


@pytest.mark.parametrize(("text", "age"), [v for pair in IN_WORDS for v in variants(*pair)])
def test_when_an_age_over_89_is_written_in_words_after_a_cue_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert ("AGE", "AgeRecognizer") in touching(analyzer, text, age)


@pytest.mark.parametrize(("text", "age"), IN_PHRASES)
def test_when_a_titled_name_or_an_elder_carries_the_age_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    # the age recognizer's own pattern, also when the rule for an age after a detected name agrees
    assert any(t == "AGE" and "AgeRecognizer" in s.split("+") for t, s in touching(analyzer, text, age))


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_when_a_reading_unit_or_percent_follows_then_no_age(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert [t for t, _ in touching(analyzer, text, number) if t == "AGE"] == []
