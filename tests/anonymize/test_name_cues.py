"""Cues before a name that everyday writing also uses, and NER names that run into a title.

Ward shorthand puts a name after "sis", "bro", "twin", "wife is", "met with", "report to/from" and
"relieved by"; social media puts slang and brands there ("sis ngl", "my twin flame", "my gf is
preggo", "met with Tinder dates", "report to Centrelink"). After these cues only a known name is a
name (a first name after "is"/"was", never its possessive). An NER name that ends in a title ("ZORVATH
PETERS DR" before "KHOURY") loses the title, not the name. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.config import resolve_config
from confide.anonymize.ner_guard import without_trailing_title
from confide.anonymize.spans import Span
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    *variants("Sis Kim at bedside, updated on plan.", "Kim"),
    *variants("Pt's bro Kurt called re: discharge.", "Kurt"),
    ("Bro Mike at bedside, aware of plan.", "Mike"),
    *variants("Pt's wife is Rose, she stays overnight.", "Rose"),
    *variants("Husband was Margie's contact; wife is Tammy per chart.", "Tammy"),
    *variants("Report to Robin at 1900, pt stable.", "Robin"),
    *variants("Report from Janet: pt slept, no PRNs.", "Janet"),
    *variants("Relieved by Marguerite at 1500.", "Marguerite"),
    *variants("Met with Rosa from SW re: housing.", "Rosa"),
    *variants("Met w/ Kowalski re plan.", "Kowalski"),
]

# Each is a PERSON before this change (the look-alike was reported); as written unless every case is.
NEGATIVES = [
    ("my twin flame left", "flame"),
    ("MY TWIN FLAME LEFT", "FLAME"),
    *variants("sis ngl I cried", "ngl"),
    ("bro istg", "istg"),
    ("BRO ISTG", "ISTG"),
    ("my gf is preggo", "preggo"),
    ("MY GF IS PREGGO", "PREGGO"),
    *variants("My sister is Autumn's age", "Autumn"),
    *variants("We met with Tinder dates", "Tinder"),
    ("i met with tinder guy", "tinder"),
    ("I MET WITH TINDER GUY", "TINDER"),
    ("Report to Centrelink was late", "Centrelink"),
    # already left alone: the cues before ordinary words
    *variants("my wife is tired, she is amazing", "tired"),
    *variants("We met with friends, then report to work.", "friends"),
    *variants("Pain relieved by Tylenol; report from school.", "Tylenol"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_when_known_name_follows_a_ward_cue_then_it_is_covered(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_slang_or_a_brand_follows_a_ward_cue_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "look_alike"), variants("my bf was lowkey mean", "lowkey"))
def test_when_slang_follows_was_then_it_is_no_person(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    """NER still reads "lowkey" as a place in this line; no detector reports it as a person."""
    assert "PERSON" not in {entity for entity, _ in touching(analyzer, text, look_alike)}


@pytest.fixture(scope="module")
def ner_only() -> TextAnalyzer:
    """spaCy's PERSON detector and the guard alone: no dictionary catches the name for it."""
    return TextAnalyzer(
        resolve_config(
            {
                "n_process": 1,
                "author_mentions": {"enabled": False},
                "recognizers": [{"type": "spacy_ner", "entities": ["PERSON"]}],
            }
        )
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PT SEEN BY ZORVATH PETERS DR. KHOURY @ 0200.", "ZORVATH PETERS"),
        ("pt seen by zorvath peters dr. khoury @ 0200.", "zorvath peters"),
    ],
)
def test_when_ner_name_runs_into_a_title_then_the_name_is_kept(ner_only: TextAnalyzer, text: str, name: str) -> None:
    assert covered(ner_only, text, name)


@pytest.mark.parametrize(
    ("text", "span_text", "kept_text", "source"),
    [
        ("SEEN BY ZORVATH KLIMPETT DR KHOURY", "ZORVATH KLIMPETT DR", "ZORVATH KLIMPETT", "SpacyRecognizer"),
        ("seen by zorvath klimpett dr. ms khoury", "zorvath klimpett dr. ms", "zorvath klimpett", "SpacyRecognizer"),
        ("SEEN BY DR KHOURY", "DR", "DR", "SpacyRecognizer"),
        ("SEEN BY ZORVATH KLIMPETT DR KHOURY", "ZORVATH KLIMPETT DR", "ZORVATH KLIMPETT DR", "ClinicianNameRecognizer"),
    ],
)
def test_when_ner_person_ends_in_a_title_then_only_the_title_is_trimmed(
    text: str, span_text: str, kept_text: str, source: str
) -> None:
    start = text.index(span_text)
    span = without_trailing_title(text, Span(start, start + len(span_text), "PERSON", 0.85, source))
    assert text[span.start : span.end] == kept_text
