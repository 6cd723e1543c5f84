import numpy as np
import pandas as pd
import pytest

from confide.audio.errors import AudioQualityError
from confide.audio.ingest import check_audio, split_by_speaker
from confide.audio.io import fsdd_manifest, read_bundle, read_manifest, read_wav, write_bundle
from confide.errors import InputDataError
from tests.audio.helpers import RATE, vowel, write_wav
from tests.conftest import shared_data

GATE = {"sample_rate": RATE, "min_seconds": 0.1, "max_seconds": 2.0}


def manifest(paths) -> pd.DataFrame:
    return pd.DataFrame({"path": [str(p) for p in paths], "speaker": "s1", "label": "0"})


def test_when_files_are_good_then_the_gate_passes_and_adds_durations(tmp_path):
    paths = [write_wav(tmp_path / f"{i}.wav", vowel(seconds=0.5)) for i in range(3)]
    checked = check_audio(manifest(paths), **GATE)
    assert checked["seconds"].tolist() == pytest.approx([0.5] * 3)
    assert checked["row"].tolist() == [1, 2, 3]


def test_when_files_are_bad_then_every_problem_is_listed_by_row_and_column_never_by_path(tmp_path):
    good = write_wav(tmp_path / "jane_doe_2024-03-01_good.wav", vowel(seconds=0.5))
    wrong_rate = write_wav(tmp_path / "jane_doe_2024-03-01_rate.wav", vowel(seconds=0.5, rate=16000), rate=16000)
    short = write_wav(tmp_path / "jane_doe_2024-03-01_short.wav", vowel(seconds=0.05))
    long = write_wav(tmp_path / "jane_doe_2024-03-01_long.wav", vowel(seconds=3.0))
    silent = write_wav(tmp_path / "jane_doe_2024-03-01_silent.wav", np.zeros(RATE // 2, dtype=np.float32))
    garbage = tmp_path / "jane_doe_2024-03-01_garbage.wav"
    garbage.write_bytes(b"RIFF\x00\x00not really a wav file at all" * 4)
    missing = tmp_path / "jane_doe_2024-03-01_missing.wav"
    stereo = tmp_path / "jane_doe_2024-03-01_stereo.wav"
    from scipy.io import wavfile
    wavfile.write(stereo, RATE, np.zeros((RATE // 2, 2), dtype=np.int16) + 1000)
    paths = [good, wrong_rate, short, long, silent, garbage, missing, stereo]
    with pytest.raises(AudioQualityError) as caught:
        check_audio(manifest(paths), **GATE)
    message = str(caught.value)
    assert len(caught.value.problems) == 7  # every bad file, not just the first
    for row, words in [(2, "sample rate 16000"), (3, "duration 0.05"), (4, "duration 3.00"), (5, "silent"),
                       (6, "cannot be read"), (7, "not found"), (8, "2 channels")]:
        line = next(p for p in caught.value.problems if p.startswith(f"row {row}, column 'path':"))
        assert words in line
    assert "row 1," not in message and "ingest_audio" in message
    # A user's file names carry names and dates: no path, no file name, in any problem.
    assert str(tmp_path) not in message
    assert "jane_doe" not in message and "2024-03-01" not in message


def test_when_the_source_is_public_fsdd_then_problems_may_name_the_file(tmp_path):
    short = write_wav(tmp_path / "3_jackson_7.wav", vowel(seconds=0.05))
    with pytest.raises(AudioQualityError) as caught:
        check_audio(manifest([short]), show_files=True, **GATE)
    assert caught.value.problems[0].startswith("row 1, column 'path' (3_jackson_7.wav):")
    assert str(tmp_path) not in str(caught.value)


def test_when_manifest_lacks_a_column_or_a_cell_then_it_is_named(tmp_path):
    (tmp_path / "m.csv").write_text("path,speaker\na.wav,s1\n")
    with pytest.raises(InputDataError, match="missing column"):
        read_manifest(tmp_path / "m.csv")
    (tmp_path / "m.csv").write_text("path,speaker,label\na.wav,s1,0\nb.wav,,1\n")
    with pytest.raises(InputDataError, match="column 'speaker'; rows 2"):
        read_manifest(tmp_path / "m.csv")


def test_when_manifest_paths_are_relative_then_they_resolve_next_to_the_csv(tmp_path):
    write_wav(tmp_path / "audio" / "a.wav", vowel(seconds=0.5))
    (tmp_path / "m.csv").write_text("path,speaker,label\naudio/a.wav,s1,calm\n")
    frame = read_manifest(tmp_path / "m.csv")
    assert read_wav(frame["path"][0])[1] == RATE


def test_when_split_by_speaker_then_no_speaker_is_in_train_and_test_and_audit_is_from_train_speakers():
    frame = pd.DataFrame({"speaker": np.repeat([f"s{i}" for i in range(6)], 50), "path": "x", "label": "0"})
    split = split_by_speaker(frame, test_speakers=2, audit_fraction=0.2, seed=0)
    test_speakers = set(frame.speaker[split == "test"])
    assert len(test_speakers) == 2
    assert not test_speakers & set(frame.speaker[split != "test"])
    assert (split == "audit").sum() == 40
    with pytest.raises(AudioQualityError, match="test_speakers"):
        split_by_speaker(frame.head(50), test_speakers=1, audit_fraction=0.2, seed=0)


def test_when_a_bundle_is_written_then_it_reads_back_exactly(tmp_path):
    waves = [np.arange(5, dtype=np.float32), np.zeros(0, np.float32), np.ones(3, np.float32)]
    write_bundle(tmp_path / "b.npz", ids=["a", "b", "c"], waveforms=waves, sample_rate=RATE)
    ids, back, rate = read_bundle(tmp_path / "b.npz")
    assert ids == ["a", "b", "c"] and rate == RATE
    assert all(np.array_equal(x, y) for x, y in zip(waves, back, strict=True))


@pytest.mark.shared_data
def test_when_fsdd_is_read_then_3000_recordings_of_6_speakers_pass_the_gate_on_a_sample():
    root = shared_data("fsdd")
    frame = fsdd_manifest(root)
    assert len(frame) == 3000 and frame.speaker.nunique() == 6 and frame.label.nunique() == 10
    sample = frame.groupby("speaker").head(5)
    checked = check_audio(sample, sample_rate=8000, min_seconds=0.1, max_seconds=10.0)
    assert checked.seconds.between(0.1, 3.0).all()


def test_when_audio_params_contradict_each_other_then_startup_names_every_key():
    from confide.config import validate_params
    from confide.errors import ConfigError

    bad = {"data": {"modality": "audio"},
           "audio": {"source": "manifest", "asv": {"utterances_per_speaker": 10, "enroll_per_speaker": 10},
                     "options": {"mcadams_per_speaker": {"alpha_low": 0.9, "alpha_high": 0.7}}}}
    with pytest.raises(ConfigError) as caught:
        validate_params(bad)
    for key in ("audio.manifest.path", "audio.asv.enroll_per_speaker", "alpha_low"):
        assert key in str(caught.value)
    assert validate_params({"data": {"modality": "audio"}})["audio"]["anonymizers"]
