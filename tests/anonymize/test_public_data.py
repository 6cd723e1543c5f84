"""Real public data beside the repo (skipped when absent): presidio-research and CounselChat."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.corpora import load_counsel_chat, load_presidio_research
from confide.anonymize import evaluate_detection
from confide.anonymize.config import resolve_config
from confide.anonymize.pipeline import anonymize_texts

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
KEY = b"0123456789abcdef0123456789abcdef"


def test_when_presidio_research_evaluated_then_structured_identifiers_are_found() -> None:
    path = DATA / "presidio-research" / "generated_large.json"
    if not path.is_file():
        pytest.skip(f"{path} absent")
    frame, gold = load_presidio_research(path, limit=400)
    m = evaluate_detection(
        frame, gold, config={"n_process": 1, "author_mentions": {"enabled": False}}, key=KEY
    )
    per = m["per_entity_type"]
    # Measured floors (full numbers in bench/results/anonymize.json); international formats are weaker.
    assert per["EMAIL_ADDRESS"]["span"]["recall"] >= 0.95
    assert per["US_SSN"]["span"]["recall"] >= 0.9
    assert per["PERSON"]["span"]["recall"] >= 0.88
    assert per["PHONE_NUMBER"]["span"]["recall"] >= 0.9
    assert per["STREET_ADDRESS"]["span"]["recall"] >= 0.85  # international, fragmentary gold
    assert m["overall"]["span"]["precision"] >= 0.85


def test_when_counsel_chat_anonymized_then_few_therapist_names_and_phones_survive() -> None:
    path = DATA / "counsel-chat" / "20200325_counsel_chat.csv"
    if not path.is_file():
        pytest.skip(f"{path} absent")
    frame, known = load_counsel_chat(path)
    keep = [rid for rid, k in known.items() if k["names"] or k["phones"]]
    sub = frame[frame["record_id"].isin(keep)].reset_index(drop=True)
    outs, _, _ = anonymize_texts(sub, config=resolve_config({"n_process": 1}), key=KEY)
    names = phones = names_left = phones_left = 0
    for rid, out in zip(sub["record_id"], outs, strict=False):
        for name in known[rid]["names"]:
            names += 1
            names_left += bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out))
        for phone in known[rid]["phones"]:
            phones += 1
            phones_left += phone in out
    assert names > 20 and phones > 20
    assert names_left <= 0.05 * names and phones_left <= 0.05 * phones
