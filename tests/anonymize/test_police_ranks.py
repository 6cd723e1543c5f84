"""Police officers by their rank, and the collar number after the name (issue #10, 22nd round).

"Const. Ihaia Walker (QID X9K22)", "Detained by PC Hollis 4182": a name no list holds after a rank, and the
officer's number. Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

RANKED_NAMES = [
    ("Const. Ihaia Walker (QID X9K22) — not fit for frontline.", "Ihaia Walker"),
    ("Constable Ihaia Walker attended.", "Ihaia Walker"),
    ("DS Aroha Walker rang back re: the warrant.", "Aroha Walker"),
]
NOT_NAMES = [
    ("Constable Visits Policy reviewed at the meeting.", "Visits"),
    ("Inspector Report due on Friday.", "Report"),
    ("PC Support Officer helped with the login.", "Support"),
    # a rank's letters that are a computer's or a console's
    ("PC Lenovo keeps crashing.", "Lenovo"),
    ("DS Lite was his old console.", "Lite"),
]
COLLAR_NUMBERS = [
    ("Detained by PC Hollis 4182 (Greater Manchester Police) at 21:40.", "4182"),
    ("Statement taken by Cst Amara Diallo 30417 at the scene.", "30417"),
]
NOT_COLLAR_NUMBERS = [
    ("Sgt Jones 1200 hrs handover to nights.", "1200"),
    ("PC Smith 2019 notes were reviewed.", "2019"),
    ("Sgt Okafor 0800 briefing cancelled.", "0800"),
    ("PC Harris 120 over 80 at triage.", "120"),
    ("PC Gaming 500 watt power supply.", "500"),
]


@pytest.mark.parametrize(("text", "name"), RANKED_NAMES)
def test_when_a_rank_stands_before_a_name_then_the_name_is_a_person(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "word"), NOT_NAMES)
def test_when_a_rank_stands_before_an_everyday_word_then_no_person(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert all(kind != "PERSON" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "number"), COLLAR_NUMBERS)
def test_when_a_number_follows_an_officers_name_then_it_is_an_id(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert any(kind == "ID_NUMBER" for kind, _ in touching(analyzer, text, number))


@pytest.mark.parametrize(("text", "number"), NOT_COLLAR_NUMBERS)
def test_when_the_number_is_a_time_or_a_year_then_no_id(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert all(kind != "ID_NUMBER" for kind, _ in touching(analyzer, text, number))
