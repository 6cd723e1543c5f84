import math

import numpy as np
import pytest

from confide.audio.classifier import membership_auc, train_classifier
from confide.audio.quality import log_spectral_distance
from tests.audio.helpers import RATE, vowel

TRAIN = {"epochs": 5, "batch_size": 32, "learning_rate": 0.05, "max_grad_norm": 1.0, "hidden": 16}


def blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, n)
    return (rng.normal(size=(n, 8)) + 3 * labels[:, None]).astype(np.float32), labels.astype(str)


def test_when_trained_with_dp_then_the_ledger_spends_at_most_epsilon_and_it_still_learns():
    x, y = blobs()
    model = train_classifier(x, y, classes=["0", "1"], epsilon=4.0, delta=1e-4, seed=0, accountant="rdp", **TRAIN)
    assert model.ledger["private"] and model.ledger["epsilon_spent"] <= 4.0 + 1e-6
    assert model.ledger["noise_multiplier"] > 0
    assert np.mean(model.predict(x) == y) > 0.9


def test_when_epsilon_is_infinite_then_training_warns_that_it_is_not_private():
    x, y = blobs()
    with pytest.warns(UserWarning, match="not private"):
        model = train_classifier(x, y, classes=["0", "1"], epsilon=math.inf, delta=1e-4, seed=0, **TRAIN)
    assert not model.ledger["private"]


def test_when_members_have_lower_loss_then_membership_auc_sees_it_and_not_otherwise():
    assert membership_auc(member_losses=np.array([0.1, 0.2]), nonmember_losses=np.array([1.0, 2.0])) == 1.0
    assert membership_auc(member_losses=np.array([1.0, 0.1]), nonmember_losses=np.array([1.0, 0.1])) == 0.5


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
