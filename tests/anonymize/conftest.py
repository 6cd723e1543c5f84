"""Shared fixtures and helpers of the detector tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.corpora import load_marked_cases
from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.config import resolve_config
from confide.anonymize.evaluate import detection_metrics


@pytest.fixture(scope="session")
def analyzer() -> TextAnalyzer:
    """The default detector (author mentions off): built once, it loads spaCy and the word lists."""
    return TextAnalyzer(resolve_config({"n_process": 1, "author_mentions": {"enabled": False}}))


def variants(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written, in upper case and in lower case."""
    return [(text, target), (text.upper(), target.upper()), (text.lower(), target.lower())]


def covered(analyzer: TextAnalyzer, text: str, target: str) -> bool:
    """Whether every non-space character of ``target`` (first occurrence in ``text``) lies in a span."""
    start = text.index(target)
    spans = analyzer.analyze([text])[0]
    return all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target))
    )


def labels_are_persons(analyzer: TextAnalyzer, text: str, label: str) -> bool:
    """Whether every "<label>:" of a chat lies inside a PERSON span (and there is one at least)."""
    spans = analyzer.analyze([text])[0]
    starts = [i for i in range(len(text)) if text.startswith(label + ":", i)]
    return bool(starts) and all(
        any(s.entity_type == "PERSON" and s.start <= start and start + len(label) <= s.end for s in spans)
        for start in starts
    )


def touching(analyzer: TextAnalyzer, text: str, look_alike: str) -> list[tuple[str, str]]:
    """(entity type, recognizer) of every span overlapping ``look_alike`` (first occurrence): a
    look-alike left alone gives ``[]``; never the text itself, so a failure shows no value."""
    start = text.index(look_alike)
    spans = analyzer.analyze([text])[0]
    return [(s.entity_type, s.source) for s in spans if s.start < start + len(look_alike) and start < s.end]


def case_file_metrics(analyzer: TextAnalyzer, path: Path) -> dict[str, Any]:
    """Span metrics of the analyzer on one marked case file (counts and rates only, never a value)."""
    records, gold = load_marked_cases(path)
    texts = dict(zip(records["record_id"], records["text"], strict=True))
    predicted = dict(zip(texts, analyzer.analyze(list(texts.values())), strict=True))
    return detection_metrics(texts=texts, gold=gold, predicted=predicted)
