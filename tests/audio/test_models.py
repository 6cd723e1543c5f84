import math

import numpy as np
import pytest

from confide.audio.classifier import membership_auc, train_classifier
from confide.audio.errors import AudioPrivacyError
from confide.audio.quality import log_spectral_distance
from confide.errors import PrivacyBudgetError
from tests.audio.helpers import RATE, vowel

TRAIN = {"epochs": 5, "batch_size": 32, "learning_rate": 0.05, "max_grad_norm": 1.0, "hidden": 16}


def blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, n)
    return (rng.normal(size=(n, 8)) + 3 * labels[:, None]).astype(np.float32), labels.astype(str)


def speakers_of(n, k):
    return np.array([f"speaker_{i % k:02d}" for i in range(n)])


def test_when_trained_with_dp_then_the_ledger_spends_at_most_epsilon_and_it_still_learns():
    x, y = blobs()
    with pytest.warns(UserWarning, match="protects one utterance, not a speaker"):
        model = train_classifier(x, y, speakers=speakers_of(200, 4), classes=["0", "1"], epsilon=4.0, delta=1e-4,
                                 seed=0, accountant="rdp", **TRAIN)
    ledger = model.ledger
    assert ledger["private"] and ledger["epsilon_spent"] <= 4.0 + 1e-6
    assert ledger["noise_multiplier"] > 0
    # The library's ledger: unit, counts, Poisson rate and steps.
    assert ledger["privacy_unit"] == "record" and ledger["unit_name"] == "utterance"
    assert ledger["n_persons"] == 4 and ledger["n_records"] == 200 and ledger["n_train"] == 200
    assert ledger["sample_rate"] == pytest.approx(1 / math.ceil(200 / 32)) and ledger["steps"] > 0
    assert "for each record" in ledger["privacy_unit_text"]
    assert np.mean(model.predict(x) == y) > 0.9


def test_when_speaker_unit_is_asked_for_with_too_few_speakers_then_training_is_refused():
    x, y = blobs()
    with pytest.raises(AudioPrivacyError, match="min_speakers=50"):
        train_classifier(x, y, speakers=speakers_of(200, 4), classes=["0", "1"], epsilon=4.0, delta=None, seed=0,
                         privacy_unit="speaker", **TRAIN)


def test_when_there_are_enough_speakers_then_auto_protects_each_speaker_as_one_example():
    x, y = blobs()
    model = train_classifier(x, y, speakers=speakers_of(200, 50), classes=["0", "1"], epsilon=4.0, delta=None,
                             seed=0, accountant="rdp", **TRAIN)
    ledger = model.ledger
    assert ledger["privacy_unit"] == "person" and ledger["unit_name"] == "speaker"
    assert ledger["n_persons"] == 50 and ledger["n_records"] == 200
    assert ledger["sample_rate"] == pytest.approx(1 / math.ceil(50 / 32))  # speakers are sampled, not utterances
    assert ledger["delta"] == pytest.approx(1 / (10 * 50))
    assert "for each person" in ledger["privacy_unit_text"]


def test_when_delta_is_not_below_one_over_n_then_the_library_check_refuses_it():
    x, y = blobs()
    with pytest.raises(PrivacyBudgetError, match="train.delta"):
        train_classifier(x, y, speakers=speakers_of(200, 4), classes=["0", "1"], epsilon=4.0, delta=0.01, seed=0,
                         **TRAIN)


def test_when_epsilon_is_infinite_then_training_warns_that_it_is_not_private():
    x, y = blobs()
    with pytest.warns(UserWarning, match="not private"):
        model = train_classifier(x, y, speakers=speakers_of(200, 4), classes=["0", "1"], epsilon=math.inf,
                                 delta=1e-4, seed=0, **TRAIN)
    assert not model.ledger["private"]


def test_when_members_have_lower_loss_then_membership_auc_sees_it_and_not_otherwise():
    assert membership_auc(member_losses=np.array([0.1, 0.2]), nonmember_losses=np.array([1.0, 2.0])) == 1.0
    assert membership_auc(member_losses=np.array([1.0, 0.1]), nonmember_losses=np.array([1.0, 0.1])) == 0.5
    assert membership_auc(member_losses=np.array([1.0, 2.0]), nonmember_losses=np.array([0.1, 0.2])) == 0.0


def test_when_the_voice_is_unchanged_then_log_spectral_distance_is_zero_and_grows_with_change():
    x = vowel(seconds=0.5)
    assert log_spectral_distance(x, x) == pytest.approx(0.0, abs=1e-6)
    near = vowel(formants_hz=(520.0, 2000.0), seconds=0.5)
    far = vowel(formants_hz=(800.0, 1500.0), seconds=0.5)
    assert 0 < log_spectral_distance(x, near) < log_spectral_distance(x, far)
    with pytest.raises(ValueError, match="lengths differ"):
        log_spectral_distance(x, x[:-1])


def test_when_the_speaker_encoder_loads_then_its_weights_come_from_the_wheel_offline(monkeypatch):
    from pathlib import Path

    import resemblyzer

    from confide.audio.asv import embed

    assert (Path(resemblyzer.__file__).parent / "pretrained.pt").is_file()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = embed([vowel(seconds=0.6), vowel(formants_hz=(700.0, 1200.0), pitch_hz=200.0, seconds=0.6)],
                sample_rate=RATE)
    assert emb.shape == (2, 256)
    assert np.linalg.norm(emb, axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)
