"""Runs of capitalised words that NER did not mark: the second look's widest candidates."""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.capital_runs import capital_runs


def _runs(analyzer: TextAnalyzer, text: str, covered: list[tuple[int, int]] | None = None) -> list[str]:
    doc = analyzer.nlp(text)
    return [doc[i:j].text for i, j in capital_runs(text, doc, covered or [], analyzer.lexicon)]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Been sleeping at Shepherds of Good Hope since May.", "Shepherds of Good Hope"),  # joined by "of"
        ("Housing at Father Brennan's from Friday.", "Father Brennan"),  # a trailing possessive trimmed
        ("Pt said Tallowmere called twice.", "Tallowmere"),
    ],
)
def test_when_capitalised_words_stand_together_then_they_are_one_run(
    analyzer: TextAnalyzer, text: str, run: str
) -> None:
    assert run in _runs(analyzer, text)


def test_when_one_english_word_stands_alone_then_it_is_no_run(analyzer: TextAnalyzer) -> None:
    runs = _runs(analyzer, "Plan: Review in clinic. Born at Sea, seen with Tallowmere.")
    assert "Review" not in runs and "Sea" not in runs and "Tallowmere" in runs


def test_when_a_line_is_caseless_then_its_words_are_no_runs(analyzer: TextAnalyzer) -> None:
    assert _runs(analyzer, "PT SEEN AT TALLOWMERE HOUSE TODAY\nseen at tallowmere house today") == []


def test_when_a_run_meets_a_line_break_or_a_covered_word_then_it_ends(analyzer: TextAnalyzer) -> None:
    text = "Seen at Tallowmere\nHouse rules read."
    assert "Tallowmere" in _runs(analyzer, text) and "Tallowmere\nHouse" not in _runs(analyzer, text)
    start = text.index("Tallowmere")
    assert "Tallowmere" not in _runs(analyzer, text, [(start, start + len("Tallowmere"))])


def test_when_a_covered_span_touches_a_word_in_part_or_is_empty_then_the_word_is_covered(
    analyzer: TextAnalyzer,
) -> None:
    text = "Staying at Tallowmere Lodge with Brindlecombe Trust."
    inside = text.index("Tallowmere") + 3
    assert _runs(analyzer, text) == ["Tallowmere Lodge", "Brindlecombe Trust"]
    # "Lodge" is left alone, one English word, once "Tallowmere" is covered
    assert _runs(analyzer, text, [(inside, inside + 2)]) == ["Brindlecombe Trust"]
    assert _runs(analyzer, text, [(inside, inside)]) == ["Brindlecombe Trust"]
    assert _runs(analyzer, text, [(0, len(text) + 5)]) == []  # past the text's end: all of it
