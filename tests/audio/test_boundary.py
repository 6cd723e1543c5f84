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


# --- params: each rule gets only the audio sub-sections it needs ----------------------------------

PARAMS_AUDIO = re.compile(r"^\s+audio=(.+),$", re.MULTILINE)


def rules_given_raw_locations(text: str) -> list[str]:
    """Rules whose ``audio`` param is the whole section or holds where raw recordings live."""
    from confide.audio.config import RAW_LOCATIONS, RULE_SECTIONS

    leaky = []
    for name, body in RULE.findall(text):
        for value in PARAMS_AUDIO.findall(body):
            own = f'rule_params(config["audio"], "{name}")'
            if value.strip() != own or (name != "ingest_audio" and set(RULE_SECTIONS[name]) & set(RAW_LOCATIONS)):
                leaky.append(name)
    return leaky


def test_when_rules_are_read_then_only_ingest_audio_is_told_where_raw_audio_lives():
    from confide.audio.config import rule_params
    from confide.config import validate_params

    text = (REPO / "rules" / "audio.smk").read_text()
    assert rules_given_raw_locations(text) == []
    audio = validate_params({"data": {"modality": "audio"},
                             "audio": {"source": "manifest", "manifest": {"path": "/private/jane_doe/m.csv"}}})["audio"]
    for name, _ in RULE.findall(text):
        if name == "ingest_audio":
            continue
        given = repr(rule_params(audio, name))
        assert "jane_doe" not in given and "shared/data/fsdd" not in given, name


def test_control_when_a_rule_gets_the_whole_audio_section_then_the_check_names_it():
    text = (REPO / "rules" / "audio.smk").read_text()
    own = 'audio=rule_params(config["audio"], "train_audio_classifier"),'
    assert own in text
    assert rules_given_raw_locations(text.replace(own, 'audio=config["audio"],')) == ["train_audio_classifier"]


# --- no spectrogram of a user's original voice in reports/ or MLflow --------------------------------


def drawn_spectrogram(path):
    from confide.report.audio import plot_spectrogram_pair

    return plot_spectrogram_pair(vowel(seconds=0.5), vowel(formants_hz=(600.0, 1800.0), seconds=0.5),
                                 sample_rate=RATE, title="mcadams", path=path)


def report_for(source: str, tmp_path) -> str:
    """What report_audio renders (and track_audio_runs logs as the html artifact) for ``source``,
    with the spectrogram file evaluate_voice_privacy leaves for it."""
    from confide.report.audio import plot_utility_vs_epsilon, render_audio_page, report_figures, spectrogram_allowed
    from tests.audio.test_report import UTILITY, metrics

    figure = tmp_path / f"{source}_spectrogram.png"
    if spectrogram_allowed(source=source, requested=True):
        drawn_spectrogram(figure)
    else:
        figure.write_bytes(b"")
    utility = {"original": UTILITY, "mcadams": UTILITY}
    frontier = plot_utility_vs_epsilon(utility, tmp_path / "utility.png")
    figures = report_figures(source=source, utility_figure=frontier, spectrograms={"mcadams": figure})
    return render_audio_page(privacy={"mcadams": metrics(0.3)}, utility=utility, figures=figures)


def test_when_the_source_is_a_user_manifest_then_no_original_spectrogram_reaches_the_report(tmp_path):
    with pytest.warns(UserWarning, match="spectrogram_pair ignored"):
        html = report_for("manifest", tmp_path)
    assert "Spectrogram" not in html and html.count("data:image/png") == 1  # the utility curve only


def test_control_when_the_source_is_fsdd_then_the_check_sees_the_spectrogram(tmp_path):
    html = report_for("fsdd", tmp_path)
    assert "Spectrogram" in html and html.count("data:image/png") == 2


def test_when_a_spectrogram_was_drawn_for_a_manifest_anyway_then_the_report_refuses_it(tmp_path):
    from confide.audio.errors import AudioPipelineError
    from confide.report.audio import report_figures

    figure = drawn_spectrogram(tmp_path / "mcadams_spectrogram.png")
    with pytest.raises(AudioPipelineError, match="must not reach the report"):
        report_figures(source="manifest", utility_figure=figure, spectrograms={"mcadams": figure})


def test_when_tracked_then_only_the_summary_and_the_report_are_artifacts():
    text = (REPO / "scripts" / "audio_track.py").read_text()
    assert "artifacts=[snakemake.input.summary, snakemake.input.html]" in text
