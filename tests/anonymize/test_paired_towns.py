"""A listed town paired with a detected one, though it is also a word (issue #10, 21st round).

"Moved from Reading to Slough": the gazetteer lists "Reading", but as an English word it is found only beside the
other town of the move. Values invented (towns are real, as a word list).
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

PAIRED = [
    ("She moved from Reading to Slough after the divorce.", "Reading"),
    ("Commutes between Bury and Oldham for work.", "Bury"),
    ("Moved from Slough to Reading last spring.", "Reading"),
]

NOT_PAIRED = [
    # the other side is no detected town, or a day
    ("Progressed from Reading to Writing goals in OT.", "Reading"),
    ("Shifts from Monday to Friday, nights.", "Monday"),
]


@pytest.mark.parametrize(("text", "town"), PAIRED)
def test_when_a_listed_town_is_paired_with_a_found_one_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, town: str
) -> None:
    assert covered(analyzer, text, town)


@pytest.mark.parametrize(("text", "word"), NOT_PAIRED)
def test_when_the_other_side_is_no_town_then_the_word_is_left(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "LOCATION" for kind, _ in touching(analyzer, text, word))
