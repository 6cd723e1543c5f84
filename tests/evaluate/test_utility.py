import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    balanced_accuracy_score,
    f1_score,
    roc_auc_score,
)

from confide.evaluate import EvaluationError, utility_metrics
from confide.evaluate.utility import (
    _metric_vector,
    average_precision,
    binary_auc,
    expected_calibration_error,
)
from tests.evaluate.helpers import random_proba


def slow_ece(proba, y, n_bins):
    conf, pred = proba.max(1), proba.argmax(1)
    total = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        sel = (conf > lo) & (conf <= hi) if b else (conf >= lo) & (conf <= hi)
        if sel.any():
            total += sel.sum() / y.size * abs((pred[sel] == y[sel]).mean() - conf[sel].mean())
    return total


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(8, 120), c=st.integers(2, 5))
def test_when_random_inputs_then_fast_metrics_match_sklearn(seed, n, c):
    rng = np.random.default_rng(seed)
    proba = np.round(random_proba(rng, n, c), 2)  # rounding creates ties
    proba = proba / proba.sum(1, keepdims=True)
    y = rng.integers(0, c, n)
    got = dict(
        zip(["acc", "bacc", "f1", "auc", "ap", "ece"], _metric_vector(y, proba, 10), strict=False)
    )
    pred = proba.argmax(1)
    assert got["acc"] == pytest.approx(accuracy_score(y, pred))
    assert got["f1"] == pytest.approx(f1_score(y, pred, average="macro", zero_division=0))
    present = [k for k in range(c) if (y == k).any() and (y != k).any()]
    if len(set(y)) == c:
        assert got["bacc"] == pytest.approx(balanced_accuracy_score(y, pred))
    aucs = [roc_auc_score(y == k, proba[:, k]) for k in present]
    aps = [average_precision_score(y == k, proba[:, k]) for k in range(c) if (y == k).any()]
    assert got["auc"] == pytest.approx(np.mean(aucs) if aucs else np.nan, nan_ok=True)
    assert got["ap"] == pytest.approx(np.mean(aps))
    assert got["ece"] == pytest.approx(slow_ece(proba, y, 10))


def test_when_all_classes_present_then_auroc_matches_sklearn_ovr(rng):
    proba = random_proba(rng, 300, 4)
    y = rng.integers(0, 4, 300)
    got = _metric_vector(y, proba, 15)[3]
    assert got == pytest.approx(roc_auc_score(y, proba, multi_class="ovr", average="macro"))


def test_when_one_class_missing_then_auc_and_ap_are_nan():
    scores = np.array([0.1, 0.5, 0.7])
    assert np.isnan(binary_auc(scores, np.zeros(3, bool)))
    assert np.isnan(average_precision(scores, np.zeros(3, bool)))


def test_when_model_is_perfectly_calibrated_then_ece_is_small(rng):
    n = 20_000
    conf = rng.uniform(0.5, 1.0, n)
    proba = np.c_[conf, 1 - conf]
    y = np.where(rng.random(n) < conf, 0, 1)
    assert expected_calibration_error(proba, y, n_bins=15) < 0.02
    overconfident = np.c_[np.full(n, 0.99), np.full(n, 0.01)]
    y_half = rng.integers(0, 2, n)
    assert expected_calibration_error(overconfident, y_half, n_bins=15) == pytest.approx(0.49, abs=0.02)


def test_when_bootstrapping_then_interval_brackets_value_and_is_reproducible(rng):
    proba = random_proba(rng, 200, 3)
    y = np.array(["a", "b", "c"])[rng.integers(0, 3, 200)]
    r1 = utility_metrics(y_true=y, proba=proba, classes=["a", "b", "c"], n_bootstrap=200, seed=7,
        confidence=0.95, n_bins=15)
    r2 = utility_metrics(y_true=y, proba=proba, classes=["a", "b", "c"], n_bootstrap=200, seed=7,
        confidence=0.95, n_bins=15)
    assert r1 == r2
    for name, m in r1["metrics"].items():
        assert m["ci_low"] <= m["value"] + 1e-9 <= m["ci_high"] + 2e-9, name
        assert m["ci_high"] - m["ci_low"] > 0, name


def test_when_bootstrap_interval_then_it_covers_truth_most_of_the_time():
    # Accuracy of a classifier that is right with probability 0.7: 95% intervals from
    # 300 records should cover 0.7 in roughly 95% of 40 repetitions.
    covered = 0
    for rep in range(40):
        rng = np.random.default_rng(rep)
        y = rng.integers(0, 2, 300)
        right = rng.random(300) < 0.7
        pred = np.where(right, y, 1 - y)
        proba = np.c_[1 - pred * 0.8 - 0.1, pred * 0.8 + 0.1]
        r = utility_metrics(y_true=y, proba=proba, classes=[0, 1], n_bootstrap=200, seed=rep,
            confidence=0.95, n_bins=15)
        m = r["metrics"]["accuracy"]
        covered += m["ci_low"] <= 0.7 <= m["ci_high"]
    assert covered >= 34


@pytest.mark.parametrize(
    ("proba", "y", "fragment"),
    [
        (np.array([[0.5, 0.6]]), ["a"], "sum to 1"),
        (np.array([[0.5, 0.5, 0.0]]), ["a"], "shape"),
        (np.array([[0.5, 0.5]]), ["z"], "not in classes"),
        (np.array([[np.nan, 0.5]]), ["a"], "non-finite"),
    ],
)
def test_when_inputs_are_malformed_then_error_names_the_problem(proba, y, fragment):
    with pytest.raises(EvaluationError, match=fragment):
        utility_metrics(y_true=y, proba=proba, classes=["a", "b"], n_bootstrap=0, confidence=0.95, seed=0, n_bins=15)
