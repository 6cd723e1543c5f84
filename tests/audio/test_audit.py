"""The audio membership audit (LiRA / RMIA with reference models) can see leakage, and only then."""

import math
import warnings

import numpy as np
import pytest

from confide.audio.audit import membership_audit
from confide.audio.classifier import train_classifier

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

    def fit(x, y, who, seed):
        return train_classifier(x, y, speakers=who, classes=CLASSES, epsilon=math.inf, delta=None, seed=seed,
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
