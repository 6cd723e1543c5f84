"""Detection scoring: from the stage's audit (no second detection pass) and on the shipped corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpora import load_marked_cases
from confide.anonymize import anonymize_records, evaluate_detection
from confide.anonymize.io import load_i2b2_xml, philter_i2b2_dir
from confide.anonymize.pipeline import evaluate_stage_output

KEY = b"0123456789abcdef0123456789abcdef"
CASES = Path(__file__).parent / "cases" / "clinical_tuning.txt"
CONFIG = {"n_process": 1, "author_mentions": {"enabled": False}, "tabular": {"k": 1}}


def test_when_scored_from_the_audit_then_metrics_equal_a_fresh_detection_pass() -> None:
    records, gold = load_marked_cases(CASES)
    stage = anonymize_records(records, config=CONFIG, key=KEY)

    from_audit = evaluate_stage_output(records, gold, audit=stage.audit, anonymized=stage.records,
                                       config=CONFIG, key=KEY)
    fresh = evaluate_detection(records, gold, config=CONFIG, key=KEY)

    assert from_audit["overall"] == fresh["overall"]
    assert from_audit["per_entity_type"] == fresh["per_entity_type"]


def test_when_hand_written_clinical_cases_scored_then_recall_and_precision_hold() -> None:
    """The tuning set (invented values): a floor, so that a regression in any layer shows."""
    records, gold = load_marked_cases(CASES)
    metrics = evaluate_detection(records, gold, config=CONFIG, key=KEY)
    assert metrics["overall"]["span"]["recall"] >= 0.95
    assert metrics["overall"]["span"]["precision"] >= 0.9
    assert metrics["overall"]["leak_rate"] <= 0.03


def test_when_hand_written_nursing_notes_scored_then_recall_and_precision_hold() -> None:
    """Nursing-note and discharge-summary style (ALL CAPS, lower case, signatures, blocks): a floor."""
    records, gold = load_marked_cases(CASES.with_name("nursing_notes.txt"))
    metrics = evaluate_detection(records, gold, config=CONFIG, key=KEY)
    assert metrics["overall"]["span"]["recall"] >= 0.95
    assert metrics["overall"]["span"]["precision"] >= 0.9
    assert metrics["overall"]["leak_rate"] <= 0.03


def test_when_philter_i2b2_notes_loaded_then_offsets_point_at_the_values() -> None:
    folder = philter_i2b2_dir()
    if folder is None:
        pytest.skip("philter-lite is not installed")
    records, gold = load_i2b2_xml(folder)
    texts = dict(zip(records["record_id"], records["text"], strict=True))
    assert len(gold) > 40
    assert all(texts[g["record_id"]][g["start"] : g["end"]] == g["value"] for g in gold)
