"""The audio PII boundary: no original waveform, speaker name, path or feature of original speech
past anonymization. Each check is shown to fail on a case built to fail it."""

import re

import numpy as np
import pandas as pd
import pytest

from confide.audio.io import read_bundle, write_bundle
from confide.audio.pipeline import PUBLIC_COLUMNS, anonymize_corpus
from tests.audio.helpers import RATE, vowel, write_wav
from tests.conftest import REPO

RAW_SIDE = {"ingest_audio", "anonymize_audio", "evaluate_voice_privacy", "evaluate_original_utility"}
RAW_INPUTS = ("results/audio/ingest/",)
RULE = re.compile(r"^rule (\w+):\n(.*?)(?=^rule |\Z)", re.MULTILINE | re.DOTALL)


def config(anonymizer: str, **options) -> dict:
    return {"quality": {"sample_rate": RATE}, "options": {anonymizer: options}}


def raw_manifest(tmp_path, n=4) -> pd.DataFrame:
    paths = [write_wav(tmp_path / f"alice_smith_{i}.wav", vowel(formants_hz=(400 + 50 * i, 1900), seconds=0.6))
             for i in range(n)]
    return pd.DataFrame({"path": [str(p) for p in paths], "speaker": "alice_smith", "label": "0", "seconds": 0.6,
                         "split": "train", "utterance": [f"utt_{i:016x}" for i in range(n)],
                         "speaker_id": "speaker_0123456789abcdef"})


def leaked_originals(originals, anonymized, *, threshold=0.95) -> list[int]:
    """Indices of anonymized waveforms that are (a scaled copy of) their original."""
    return [i for i, (x, y) in enumerate(zip(originals, anonymized, strict=True))
            if len(x) == len(y) and abs(np.corrcoef(x, y)[0, 1]) > threshold]


def rules_reading_raw(text: str) -> dict[str, list[str]]:
    """rule -> its input paths under a raw-side folder."""
    found = {}
    for name, body in RULE.findall(text):
        inputs = body.split("output:")[0] if "input:" in body else ""
        raw = [p for p in re.findall(r'"([^"]+)"', inputs) if p.startswith(RAW_INPUTS)]
        if raw:
            found[name] = raw
    return found


def test_when_audio_is_anonymized_then_the_bundle_holds_no_original_and_the_manifest_no_name_or_path(tmp_path):
    manifest = raw_manifest(tmp_path)
    waves, public = anonymize_corpus(manifest, anonymizer="mcadams", config=config("mcadams", alpha=0.8), key=b"k" * 32)
    write_bundle(tmp_path / "out" / "waveforms.npz", ids=public.utterance.tolist(), waveforms=waves, sample_rate=RATE)
    public.to_parquet(tmp_path / "out" / "manifest.parquet")
    originals = [vowel(formants_hz=(400 + 50 * i, 1900), seconds=0.6) for i in range(4)]
    _, stored, _ = read_bundle(tmp_path / "out" / "waveforms.npz")
    assert leaked_originals(originals, stored) == []
    assert tuple(public.columns) == PUBLIC_COLUMNS
    for file in (tmp_path / "out").iterdir():
        content = file.read_bytes()
        assert b"alice" not in content.lower() and str(tmp_path).encode() not in content, file.name


def test_control_when_the_anonymizer_is_identity_then_the_leak_check_finds_every_original(tmp_path):
    manifest = raw_manifest(tmp_path)
    waves, _ = anonymize_corpus(manifest, anonymizer="mcadams", config=config("mcadams", alpha=1.0), key=b"k" * 32)
    originals = [vowel(formants_hz=(400 + 50 * i, 1900), seconds=0.6) for i in range(4)]
    assert leaked_originals(originals, waves) == [0, 1, 2, 3]


def test_when_rules_are_read_then_only_the_raw_side_rules_read_original_audio():
    text = (REPO / "rules" / "audio.smk").read_text()
    assert set(rules_reading_raw(text)) <= RAW_SIDE
    # Downstream rules exist and read the anonymized folder only.
    for rule in ("featurize_audio", "train_audio_classifier"):
        assert f"rule {rule}:" in text and rule not in rules_reading_raw(text)


def test_control_when_a_downstream_rule_reads_the_raw_manifest_then_the_check_names_it():
    text = (REPO / "rules" / "audio.smk").read_text()
    head = "rule train_audio_classifier:\n    input:\n"
    leaky = text.replace(head, head + '        raw="results/audio/ingest/manifest.parquet",\n')
    assert leaky != text
    assert "train_audio_classifier" in set(rules_reading_raw(leaky)) - RAW_SIDE


@pytest.mark.parametrize("rule", sorted(RAW_SIDE - {"ingest_audio", "anonymize_audio"}))
def test_when_a_raw_side_evaluation_writes_then_it_writes_metrics_and_figures_only(rule):
    text = (REPO / "rules" / "audio.smk").read_text()
    body = dict(RULE.findall(text))[rule]
    outputs = re.findall(r'"([^"]+)"', body.split("output:")[1].split("params:")[0])
    assert outputs and all(o.endswith((".json", ".png")) for o in outputs)
