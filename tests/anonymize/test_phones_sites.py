"""Hospital phone forms, eponyms and named sites, in upper, lower and mixed case (issue #10).

Phones: local seven-digit numbers, extensions and pagers, never lab values, doses, ranges or
dates. Eponyms ("Hodgkin", "Foley", "Swan-Ganz") are no persons unless a title precedes them.
Sites: saints, mountains, memorials, houses of worship and suppliers need a naming word; "picking up
high school" and "a bigger hospital" name no place. All values are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpora import load_marked_cases
from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

CASES = Path(__file__).parent / "cases" / "phones_sites.txt"


POSITIVES = [
    *variants("Please call 555-0190 with results.", "555-0190"),
    *variants("call 555 0190 tomorrow", "555 0190"),
    *variants("Reach him at x 4-4417 on the unit.", "4-4417"),
    *variants("Office 617-555-0142 ext. 2231.", "617-555-0142 ext. 2231"),
    *variants("Dial extension 12 for the desk.", "12"),
    *variants("Paged the resident, pager 3-1234.", "3-1234"),
    *variants("Beeper #4417 for the resident.", "4417"),
    *variants("Admitted from Mercy St. Vincent last week.", "Mercy St. Vincent"),
    *variants("Home O2 via Coram.", "Coram"),
    *variants("Services at Temple Shalom on Friday.", "Temple Shalom"),
    *variants("Meds from CVS on Main.", "CVS"),
    *variants("Transferred from Mount Auburn.", "Mount Auburn"),
    *variants("Followed at Rockford Memorial since 2080.", "Rockford Memorial"),
    *variants("Baptized at Grace Church in 1990.", "Grace Church"),
]

NEGATIVES = [
    *variants("K 3.9, Na 138, glucose 120-140, BP 132/78.", "K 3.9, Na 138, glucose 120-140, BP 132/78"),
    *variants("Plt 150-400, BNP 250-1000, ferritin 12 ext.", "Plt 150-400, BNP 250-1000, ferritin 12 ext"),
    *variants("Ext: 1+ edema, flexion 90 and extension 10 degrees.", "1+ edema, flexion 90 and extension 10"),
    *variants("Lasix 40 x 3 days, lesion 3 x 4-5 cm.", "Lasix 40 x 3 days, lesion 3 x 4-5 cm"),
    *variants("Hx of Hodgkin disease; babinski negative; Barrett esophagus.", "Hodgkin disease; babinski negative"),
    *variants("Hx of Hodgkin disease; babinski negative; Barrett esophagus.", "Barrett esophagus"),
    *variants("Glasgow Coma Scale 15. Swan-Ganz catheter placed.", "Glasgow Coma Scale 15. Swan-Ganz"),
    *variants("Hx Hodgkin. Foley in place. Parkinson's worse.", "Hx Hodgkin. Foley in place. Parkinson's"),
    *variants("ST elevation in V2, no ST changes.", "ST elevation in V2, no ST changes"),
    *variants("O2 via NC at 2L, meds via PEG, infusion via PICC.", "NC at 2L, meds via PEG, infusion via PICC"),
    *variants("Left temple tenderness, no bruit.", "Left temple tenderness"),
    *variants("I was picking up high school kids.", "picking up high school"),
    *variants("I moved to a bigger hospital last year.", "bigger hospital"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_phone_or_named_site_in_any_case_then_it_iscovered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_lab_value_eponym_or_unnamed_site_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize("text", ["Seen after Memorial Day weekend.", "SEEN AFTER MEMORIAL DAY.", "after memorial day"])
def test_when_memorial_day_is_named_then_it_is_no_facility(analyzer: TextAnalyzer, text: str) -> None:
    assert not [s for s in analyzer.analyze([text])[0] if s.entity_type == "FACILITY"]


def test_when_an_eponym_has_a_title_then_it_is_still_a_name(analyzer: TextAnalyzer) -> None:
    text = "Discussed with Dr Foley today."
    start = text.index("Foley")
    assert any(s.start <= start < s.end and s.entity_type == "PERSON" for s in analyzer.analyze([text])[0])


def test_when_tuning_cases_are_analyzed_then_every_identifier_and_nothing_else_is_found(
    analyzer: TextAnalyzer,
) -> None:
    """The marked cases file: every gold span covered, every detection on a gold span."""
    frame, gold = load_marked_cases(CASES)
    texts = frame["text"].tolist()
    found = analyzer.analyze(texts)
    missed, extra = [], []
    for rid, text, spans in zip(frame["record_id"], texts, found, strict=True):
        marks = [g for g in gold if g["record_id"] == rid]
        covered = {i for s in spans for i in range(s.start, s.end)}
        missed += [
            (rid, g["entity_type"]) for g in marks
            if not all(text[i].isspace() or i in covered for i in range(g["start"], g["end"]))
        ]
        extra += [
            (rid, s.entity_type, s.source) for s in spans
            if not any(s.start < g["end"] and g["start"] < s.end for g in marks)
        ]
    assert not missed and not extra, {"missed": missed, "extra": extra}


# Unseen-text round (issue 10): a Discord tag is a handle; a label's number sign is not.
DISCORD_TAGS = [
    *variants("Says he games on discord as nightowl_77#4821 most nights.", "nightowl_77#4821"),
    *variants("Friend added her: Discord quietfern#0932.", "quietfern#0932"),
]
DISCORD_LOOK_ALIKES = [
    *variants("Unit# 4412 per registration.", "Unit#"),
    # glued labels and titles: an id, a room, a record, a ticket, a title before a name
    *variants("Unit#5093 per registration.", "Unit#5093"),
    *variants("Rm#3318 bed 2.", "Rm#3318"),
    *variants("MRN#7720 verified at bedside.", "MRN#7720"),
    *variants("See issue#4410 in the tracker.", "issue#4410"),
    *variants("Letter to Mrs.Varga#2291 mailed.", "Mrs.Varga#2291"),
]


@pytest.mark.parametrize(("text", "handle"), DISCORD_TAGS)
def test_when_discord_tag_in_a_note_then_it_is_covered(analyzer: TextAnalyzer, text: str, handle: str) -> None:
    assert covered(analyzer, text, handle)


@pytest.mark.parametrize(("text", "look_alike"), DISCORD_LOOK_ALIKES)
def test_when_number_sign_follows_a_label_or_space_then_it_is_no_discord_tag(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "SOCIAL_HANDLE"] == []
