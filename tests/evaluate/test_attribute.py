import numpy as np

from confide.evaluate import attribute_inference
from tests.evaluate.helpers import random_proba


def test_when_outputs_encode_the_attribute_then_attack_beats_majority(rng):
    n = 600
    attr = rng.choice(["f", "m", "x"], n, p=[0.5, 0.4, 0.1])
    shift = np.select([attr == "f", attr == "m"], [1.5, -1.5], 0.0)
    logits = np.c_[shift + rng.normal(0, 0.7, n), np.zeros(n)]
    proba = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    r = attribute_inference(proba=proba, attribute=attr, seed=0, n_splits=5)
    assert r["baseline_accuracy"] == np.mean(attr == "f")
    assert r["advantage"] > 0.2 and r["balanced_advantage"] > 0.2


def test_when_outputs_are_independent_of_the_attribute_then_no_advantage(rng):
    n = 600
    r = attribute_inference(
        proba=random_proba(rng, n, 3), attribute=rng.choice(["a", "b"], n), seed=0, n_splits=5
    )
    assert abs(r["advantage"]) < 0.06


def test_when_attribute_values_are_missing_then_they_are_counted_not_hidden(rng):
    attr = np.array(["a", "b"] * 50, dtype=object)
    attr[:7] = None
    r = attribute_inference(proba=random_proba(rng, 100, 2), attribute=attr, n_splits=3, seed=0)
    assert r["n_missing"] == 7 and r["n"] == 93
