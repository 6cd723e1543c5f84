"""British spellings are English words; the twelve-step family groups and a post's "hes" and "nah" are no one.

Notes and posts from the UK, Ireland, Australia, New Zealand, India and Canada spell "centre", "colour",
"behaviour"; read as no word, "the job centre" was a town called Centre and "grandad" a place. The spellings are
derived from the American vocabulary (``british_spellings``); a form a rule makes that is a listed name and no
dictionary word stays out ("harbour", a shelter's naming word). Al-Anon and its kin meet everywhere, like AA: NER
read them as persons; so it read "nah", and the surname lists hold "hes". All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.british_spellings import british_variants
from confide.anonymize.lexicon import load_lexicon
from tests.anonymize.conftest import touching


def test_when_american_words_are_given_then_their_british_spellings_come_back() -> None:
    got = british_variants(
        ["center", "color", "organized", "analyzing", "traveled", "pediatric", "esophagus", "water", "haler"],
        dictionary={"centre"},
        names={"haller", "watre"},
    )
    assert {"centre", "colour", "organised", "analysing", "travelled", "paediatric", "oesophagus"} <= got
    assert "watre" not in got  # -er to -re only where the dictionary has the form
    assert "haller" not in got  # a rule's form that is a listed name and no dictionary word


@pytest.mark.parametrize(
    "word", ["centre", "centres", "colour", "behaviour", "neighbourhood", "counselling", "organisation", "haemoglobin"]
)
def test_when_a_british_spelling_is_looked_up_then_it_is_english(word: str) -> None:
    assert load_lexicon().is_english(word)


def test_when_a_derived_form_is_a_name_the_dictionary_lacks_then_it_is_no_english_word() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_name("harbour") and not lexicon.is_english("harbour")


LEFT = [
    ('everyone keeps telling me to "just go to the job centre" like it can fix my brain', "centre"),
    ("i work in a call centre and my manager is fine tbh", "centre"),
    ("caregiver burnout is real tho, al-anon helps some. anyone else juggling a parent", "al-anon"),
    ("Attending AA on Tuesday evenings and Al-Anon for her mother.", "Al-Anon"),
    ("Wife went to Gam-Anon for the first time last week.", "Gam-Anon"),
    # a post's "he's" and "no" without their marks
    ("posted before abt my dad. update: hes at the hospital now, withdrawing, its rough", "hes"),
    ("honestly the wellbeing hub at my gp? nah the drop in is where its at", "nah"),
]


@pytest.mark.parametrize(("text", "look_alike"), LEFT)
def test_when_a_british_word_or_a_fellowship_is_written_then_it_is_left(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_a_person_or_a_town_is_named_beside_them_then_it_is_still_found(analyzer: TextAnalyzer) -> None:
    text = "my sister Roisin drove me to the job centre in Croydon and then to Al-Anon"
    assert [t for t, _ in touching(analyzer, text, "Roisin")] == ["PERSON"]
    assert [t for t, _ in touching(analyzer, text, "Croydon")] == ["LOCATION"]
