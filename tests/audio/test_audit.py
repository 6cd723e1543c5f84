"""The audio membership audit (LiRA / RMIA with reference models) can see leakage, and only then."""

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from confide.audio.audit import exact_design, membership_audit, smallest_exact_k
from confide.audio.classifier import train_classifier
from confide.audio.errors import AudioPipelineError

CLASSES = ["a", "b", "c", "d"]
AUDIT = {"reference_models": 4, "attacks": ["threshold", "lira_online", "rmia_online"],
         "headline_attack": "rmia_online", "fpr_points": [0.05, 0.1], "confidence": 0.95}


def pool(n: int = 64, seed: int = 0):
    """Random features with random labels: only memorization can tell members apart."""
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(n, 16)).astype(np.float32)
    labels = rng.choice(CLASSES, size=n)
    speakers = np.array([f"s{i % 4}" for i in range(n)])
    member = np.zeros(n, bool)
    member[rng.permutation(n)[: n // 2]] = True
    return features, labels, speakers, member


def audit_of(*, learning_rate: float, epochs: int):
    features, labels, speakers, member = pool()

    def fit(x, y, who, seed, delta=None):
        return train_classifier(x, y, speakers=who, classes=CLASSES, epsilon=math.inf, delta=delta, seed=seed,
                                epochs=epochs, batch_size=16, learning_rate=learning_rate, max_grad_norm=1.0,
                                hidden=64)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # non-private on purpose
        target = fit(features[member], labels[member], speakers[member], 0)
    return membership_audit(target=target, train=fit, features=features, labels=labels, speakers=speakers,
                            is_member=member, epsilon=math.inf, delta=1e-3, audit=AUDIT, seed=0)


def test_when_the_classifier_memorizes_random_labels_then_the_audit_finds_leakage():
    out = audit_of(learning_rate=0.1, epochs=40)
    assert out["headline_attack"] == "rmia_online" and out["reference_models"] == 4
    assert out["auc"] > 0.85
    assert out["tpr_at_fpr"]["0.1"] > 0.5
    assert out["tpr_interval"]["0.1"]["ci_low"] <= out["tpr_at_fpr"]["0.1"] <= out["tpr_interval"]["0.1"]["ci_high"]
    assert 0 < out["eps_hat"] <= out["eps_hat_ceiling"]
    assert out["attacks"]["lira_online"]["auc"] > 0.85


def test_when_the_classifier_learned_nothing_then_the_audit_finds_no_leakage():
    out = audit_of(learning_rate=1e-6, epochs=1)  # the models stay at their random initialisation
    assert out["eps_hat"] == 0.0
    assert all(abs(a["auc"] - 0.5) < 0.2 for a in out["attacks"].values())
    assert out["eps_hat_ceiling"] > 0  # the pool could have shown leakage: the zero is a measurement


def test_when_no_reference_models_then_only_the_threshold_attack_runs():
    features, labels, speakers, member = pool(n=32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        target = train_classifier(features[member], labels[member], speakers=speakers[member], classes=CLASSES,
                                  epsilon=math.inf, delta=None, seed=0, epochs=1, batch_size=16,
                                  learning_rate=0.01, max_grad_norm=1.0, hidden=8)
    out = membership_audit(target=target, train=None, features=features, labels=labels, speakers=speakers,
                           is_member=member, epsilon=math.inf, delta=1e-3,
                           audit={**AUDIT, "reference_models": 0}, seed=0)
    assert list(out["attacks"]) == ["threshold"] and out["reference_models"] == 0
    assert out["headline_attack"] == "threshold"


@pytest.mark.parametrize("epsilon", [1.0])
def test_when_private_then_the_bound_is_compared_with_the_accountant(epsilon):
    features, labels, speakers, member = pool(n=32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        target = train_classifier(features[member], labels[member], speakers=speakers[member], classes=CLASSES,
                                  epsilon=epsilon, delta=None, seed=0, epochs=1, batch_size=8,
                                  learning_rate=0.01, max_grad_norm=1.0, hidden=8, accountant="rdp")
    out = membership_audit(target=target, train=None, features=features, labels=labels, speakers=speakers,
                           is_member=member, epsilon=epsilon, delta=target.ledger["delta"],
                           audit={**AUDIT, "reference_models": 0}, seed=0)
    assert out["can_detect_violation"] is not None and out["audit_violation"] is False


def sweep_config(k: int) -> dict:
    """A tiny ``audio`` config for :func:`confide.audio.pipeline.utility_sweep`: one private epsilon, K references."""
    train = {"epsilons": [2.0], "seeds": [0], "delta": None, "epochs": 1, "batch_size": 8, "learning_rate": 0.05,
             "max_grad_norm": 1.0, "hidden": 8, "accountant": "rdp", "privacy_unit": "utterance", "min_speakers": 50}
    return {"train": train, "audit": {**AUDIT, "reference_models": k}}


def sweep_data(n_train: int = 32, n_audit: int = 8, n_test: int = 8):
    """Random features and a public manifest with the split's 80 / 20 train / audit share of the pool."""
    n = n_train + n_audit + n_test
    rng = np.random.default_rng(1)
    speakers = [f"speaker_{i % 4}" if i < n_train + n_audit else "speaker_t" for i in range(n)]
    public = pd.DataFrame({"utterance": [f"utt_{i}" for i in range(n)], "speaker_id": speakers,
                           "label": rng.choice(CLASSES, size=n),
                           "split": ["train"] * n_train + ["audit"] * n_audit + ["test"] * n_test,
                           "seconds": 0.5})
    return rng.normal(size=(n, 6)).astype(np.float32), public


def test_when_references_are_trained_then_each_has_the_targets_size_delta_and_sampling_rate():
    from confide.audio.pipeline import utility_sweep

    features, public = sweep_data()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        (row,) = utility_sweep(features, public, config=sweep_config(5))
    refs = row["membership_audit"]["references"]
    assert len(refs) == 5
    assert [r["n_records"] for r in refs] == [row["n_records"]] * 5 == [32] * 5
    assert [r["delta"] for r in refs] == [row["delta"]] * 5
    assert [r["sample_rate"] for r in refs] == [row["sample_rate"]] * 5
    assert [r["noise_multiplier"] for r in refs] == [row["noise_multiplier"]] * 5


def test_when_k_is_too_small_for_same_size_references_then_the_audit_refuses_and_names_the_smallest_k():
    # The old default: K = 4 at audit_fraction 0.2 fell back to references of varying size.
    from confide.audio.pipeline import utility_sweep

    features, public = sweep_data()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        with pytest.raises(AudioPipelineError, match=r"reference_models >= 5"):
            utility_sweep(features, public, config=sweep_config(4))


def test_when_a_trainer_resolves_its_own_delta_then_the_ledger_check_refuses_the_reference():
    features, labels, speakers, member = pool(n=32)

    def own_delta(x, y, who, seed, delta=None):  # ignores the target's delta: 1 / (10 n) of its own
        return train_classifier(x, y, speakers=who, classes=CLASSES, epsilon=math.inf, delta=None, seed=seed,
                                epochs=1, batch_size=8, learning_rate=0.01, max_grad_norm=1.0, hidden=8)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        target = train_classifier(features[member], labels[member], speakers=speakers[member], classes=CLASSES,
                                  epsilon=math.inf, delta=1e-3, seed=0, epochs=1, batch_size=8,
                                  learning_rate=0.01, max_grad_norm=1.0, hidden=8)
        with pytest.raises(AudioPipelineError, match="reference model 0 was not trained like the target.*delta"):
            membership_audit(target=target, train=own_delta, features=features, labels=labels, speakers=speakers,
                             is_member=member, epsilon=math.inf, delta=1e-3, audit=AUDIT, seed=0)


def test_when_fewer_than_16_reference_models_then_the_audit_warns():
    features, labels, speakers, member = pool(n=32)

    def fit(x, y, who, seed, delta=None):
        return train_classifier(x, y, speakers=who, classes=CLASSES, epsilon=math.inf, delta=delta, seed=seed,
                                epochs=1, batch_size=8, learning_rate=0.01, max_grad_norm=1.0, hidden=8)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        target = fit(features[member], labels[member], speakers[member], 0)
    with pytest.warns(UserWarning, match=r"2 reference models \(< 16\)"):
        out = membership_audit(target=target, train=fit, features=features, labels=labels, speakers=speakers,
                               is_member=member, epsilon=math.inf, delta=1e-3,
                               audit={**AUDIT, "reference_models": 2}, seed=0)
    assert out["weak_k"] is True


@pytest.mark.parametrize(("n_pool", "n_members", "k"), [(800, 640, 5), (800, 400, 2), (802, 642, 6), (10, 9, 10)])
def test_when_the_smallest_exact_k_is_used_then_every_reference_has_the_target_size_and_one_less_does_not(
        n_pool, n_members, k):
    from confide.audit.attacks import reference_membership

    assert smallest_exact_k(n_pool=n_pool, n_members=n_members) == k
    sizes = reference_membership(n_records=n_pool, k=k, seed=0, model_size=n_members).sum(axis=1)
    assert (sizes == n_members).all()
    if k > 2:
        assert not exact_design(k=k - 1, n_pool=n_pool, n_members=n_members)
        smaller = reference_membership(n_records=n_pool, k=k - 1, seed=0, model_size=n_members).sum(axis=1)
        assert not (smaller == n_members).all()  # the fallback the check refuses


def test_when_params_audio_is_used_then_its_k_gives_references_of_the_targets_size_on_fsdd():
    from confide.audio.config import resolve_config

    params = yaml.safe_load((Path(__file__).parents[2] / "params-audio.yaml").read_text())["audio"]
    # FSDD as params-audio.yaml reads it: 4 training speakers x max_per_speaker, audit_fraction held out.
    n_pool = 4 * params["max_per_speaker"]
    n_members = n_pool - int(round(params["split"]["audit_fraction"] * n_pool))
    assert exact_design(k=params["audit"]["reference_models"], n_pool=n_pool, n_members=n_members)
    resolve_config(params)  # the start-up check agrees


def test_when_k_is_below_one_over_the_audit_fraction_then_the_config_check_names_the_key():
    from confide.audio.config import resolve_config
    from confide.errors import ConfigError

    with pytest.raises(ConfigError, match=r"audio.audit.reference_models: 4 .* at least 5"):
        resolve_config({"split": {"audit_fraction": 0.2}, "audit": {"reference_models": 4}})
    resolve_config({"split": {"audit_fraction": 0.2}, "audit": {"reference_models": 5}})
