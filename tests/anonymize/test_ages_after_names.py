"""Ages over 89 right after a detected name, and after a patient's role word in words.

"Hattie Mae Jefferson, 98, dx Alzheimer's", "Hortense Abara turned 100": the detectors' verdict that the words
before are a name is the cue (``postprocess.ages_after_names``). Look-alikes: a reading after the name (or after
"is", "was" and "turned"), a unit after the brackets, an address number, numbers after names in a list of scores,
a distance or a percentage in words. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.config import resolve_config
from confide.anonymize.postprocess import ages_after_names
from confide.anonymize.spans import Span
from tests.anonymize.conftest import touching, variants

AFTER_NAMES = [
    ("Palliative care review. Mary Kathleen Doyle, 93, metastatic ca breast.", "93"),
    ("Respondent Harold Feeney, 91, currently at the medical center.", "91"),
    ("Ambulance called 0530 for Agnes Murphy, 99, found on the floor.", "99"),
    ("Visited Mr. Tobias Lindahl (ninety-one) at home.", "ninety-one"),
    ("OT home visit / Stanislaw Nowak, 91, lives alone.", "91"),
    # a birthday after "turned"
    ("Lovely party: Hortense Abara turned 100 on Sunday and still plays bingo.", "100"),
]
ROLE_WORDS = [
    ("Pt ninety-six, hard of hearing.", "ninety-six"),
    ("Client is ninety-two and enjoys the quiz.", "ninety-two"),
    ("Resident ninety-nine, very upset about the TV.", "ninety-nine"),
    ("shes ninety one next month", "ninety one"),
]
LOOK_ALIKES = [
    ("Weights: Mary Brown, 120, weight kg", "120"),
    ("Seen with John Smith, 90 Main St apartment.", "90"),
    ("Daughter Alice Brown (95) kg", "95"),
    ("Scores: Anna Lopez, 95, Ben Ortiz, 97.", "95"),
    ("Pt walked ninety feet with frame.", "ninety"),
    ("Patient is one hundred per cent better.", "one hundred"),
    ("Mary Brown, 90.5, was the reading.", "90.5"),
    # a reading, a score or a unit after "turned", or a reading's or a score's word before the name; after "is"
    # or "was" a name's number is a reading as often (review of the twentieth round)
    ("Hortense Abara turned 95% better after the nebs.", "95"),
    ("Mrs Oakes turned 90 minutes after the dose.", "90"),
    ("Quiz night: Tom Jones turned 92 around in the last round.", "92"),
    ("Weights today: Mrs Oakes is 96, Mr Abara is 102.", "96"),
    ("Sats rechecked at 0600. Mr Lee was 91.", "91"),
    # a clinician's bleep, room or extension after the name
    ("Discussed with Dr Ahmed (95) bleep.", "95"),
    ("Seen by Dr Ahmed, 104.", "104"),
]


@pytest.mark.parametrize(("text", "age"), [v for pair in AFTER_NAMES for v in variants(*pair)])
def test_when_an_age_follows_a_detected_name_then_it_is_an_age(analyzer: TextAnalyzer, text: str, age: str) -> None:
    assert "AGE" in [t for t, _ in touching(analyzer, text, age)]


@pytest.mark.parametrize(("text", "age"), [v for pair in ROLE_WORDS for v in variants(*pair)])
def test_when_a_role_word_precedes_an_age_in_words_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert ("AGE", "AgeRecognizer") in touching(analyzer, text, age)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_when_a_reading_address_score_or_unit_follows_a_name_then_no_age(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, number) if t == "AGE"] == []


def test_when_min_age_is_raised_then_ages_after_names_follow_it() -> None:
    text = "Seen: Agnes Murphy, 93, and Tobias Lindahl (ninety-one)."
    names = [Span(6, 18, "PERSON", 0.85, "test"), Span(28, 42, "PERSON", 0.85, "test")]
    assert [text[s.start : s.end] for s in ages_after_names(text, names, min_age=90)] == ["93", "ninety-one"]
    assert [text[s.start : s.end] for s in ages_after_names(text, names, min_age=95)] == []


def test_when_the_allow_list_holds_an_alias_then_the_rules_after_names_leave_it() -> None:
    config = resolve_config({"n_process": 1, "author_mentions": {"enabled": False},
                             "allow_list": {"extra_words": ["Big", "Mike"]}})
    text = 'bed 11 "Big Mike" (Michael Oyelaran) - DKA, gap closed.'
    assert "AliasBeforeName" not in [s for _, s in touching(TextAnalyzer(config), text, "Big Mike")]


def test_when_the_age_recognizer_is_off_then_no_age_follows_a_name() -> None:
    config = resolve_config({"n_process": 1, "author_mentions": {"enabled": False},
                             "recognizer_options": {"age": {"enabled": False}}})
    quiet = TextAnalyzer(config)
    text = "Palliative care review. Mary Kathleen Doyle, 93, metastatic ca breast."
    assert [s for s in quiet.analyze([text])[0] if s.entity_type == "AGE"] == []
