import math

import numpy as np
import pytest

from confide.evaluate import gap_vs_epsilon, group_metrics


def _two_group_data(rng, n_a=300, n_b=60, acc_b=0.55):
    y = rng.integers(0, 2, n_a + n_b)
    right = np.r_[np.ones(n_a, bool), rng.random(n_b) < acc_b]
    pred = np.where(right, y, 1 - y)
    proba = np.c_[1 - (0.1 + 0.8 * pred), 0.1 + 0.8 * pred]
    groups = np.array(["a"] * n_a + ["b"] * n_b, dtype=object)
    return y, proba, groups


def test_when_one_group_is_worse_then_it_is_the_worst_group_with_a_positive_gap(rng):
    y, proba, g = _two_group_data(rng)
    r = group_metrics(
        y_true=y, proba=proba, classes=[0, 1], groups={"gender": g}, n_bootstrap=200, seed=1,
            confidence=0.95, min_group_size=10, n_bins=15
    )
    gap = r["gender"]["gaps"]["accuracy"]
    assert gap["worst_group"] == "b" and gap["best_group"] == "a"
    acc_b = r["gender"]["groups"]["b"]["metrics"]["accuracy"]["value"]
    assert gap["gap"] == pytest.approx(1.0 - acc_b)
    assert 0 < gap["gap_ci_low"] <= gap["gap"] <= gap["gap_ci_high"]
    assert gap["shortfall_vs_overall"] > 0


def test_when_groups_perform_equally_then_gap_interval_includes_zero_region(rng):
    y = rng.integers(0, 2, 600)
    right = rng.random(600) < 0.8
    pred = np.where(right, y, 1 - y)
    proba = np.c_[1 - (0.1 + 0.8 * pred), 0.1 + 0.8 * pred]
    g = rng.choice(["x", "y"], 600)
    r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"c": g}, n_bootstrap=200,
        confidence=0.95, seed=0, min_group_size=10, n_bins=15)
    assert r["c"]["gaps"]["accuracy"]["gap_ci_low"] < 0.03


def test_when_a_group_is_tiny_then_it_is_reported_but_left_out_of_the_gap(rng):
    y, proba, g = _two_group_data(rng, n_b=5, acc_b=0.0)
    r = group_metrics(
        y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=20, min_group_size=10,
            confidence=0.95, seed=0, n_bins=15
    )
    assert r["g"]["groups"]["b"]["included_in_gap"] is False
    assert r["g"]["groups"]["b"]["n"] == 5
    assert r["g"]["gaps"]["accuracy"]["gap"] == 0.0


def test_when_group_values_are_missing_then_they_form_their_own_group(rng):
    y, proba, g = _two_group_data(rng, n_a=40, n_b=20)
    g[:10] = None
    g[10:12] = math.nan
    r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=0,
        confidence=0.95, seed=0, min_group_size=10, n_bins=15)
    sizes = {k: v["n"] for k, v in r["g"]["groups"].items()}
    assert sizes == {"<missing>": 12, "a": 28, "b": 20}
    assert sum(sizes.values()) == y.size


def test_when_lower_is_better_metric_then_worst_group_has_the_highest_ece(rng):
    y, proba, g = _two_group_data(rng, acc_b=0.3)
    r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=0,
        confidence=0.95, seed=0, min_group_size=10, n_bins=15)
    assert r["g"]["gaps"]["ece"]["worst_group"] == "b"


def test_when_tabulating_across_variants_then_rows_are_sorted_with_nonprivate_last(rng):
    y, proba, g = _two_group_data(rng)
    r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=0,
        confidence=0.95, seed=0, min_group_size=10, n_bins=15)
    rows = gap_vs_epsilon([(math.inf, r), (8.0, r), (1.0, r)], metrics=["accuracy"])
    assert [row["epsilon_label"] for row in rows] == ["1", "8", "inf"]
    assert rows[-1]["epsilon"] is None
    with pytest.raises(ValueError, match="known"):
        gap_vs_epsilon([(1.0, r)], metrics=["nope"])


def _equal_groups(rng, *, n=400, acc=0.7, n_groups=4):
    y = rng.integers(0, 2, n)
    right = rng.random(n) < acc
    pred = np.where(right, y, 1 - y)
    proba = np.c_[1 - (0.1 + 0.8 * pred), 0.1 + 0.8 * pred]
    return y, proba, np.array([f"g{i % n_groups}" for i in range(n)], dtype=object)


def test_when_groups_have_identical_true_accuracy_then_the_gap_interval_covers_zero_at_nominal_rate():
    # Issue 12's case: four groups of equal true accuracy, n = 400, 40 repeats. The old
    # percentile bootstrap of max - min covered 0 in none of them.
    from confide.evaluate.utility import percentile_interval

    covered, old_covered = 0, 0
    for rep in range(40):
        rng = np.random.default_rng(100 + rep)
        y, proba, g = _equal_groups(rng)
        r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=200,
                          seed=rep, min_group_size=10, confidence=0.95, n_bins=15)
        gap = r["g"]["gaps"]["accuracy"]
        covered += gap["gap_ci_low"] <= 0.0 <= gap["gap_ci_high"]
        accs = [(proba.argmax(1)[g == k] == y[g == k]) for k in sorted(set(g))]
        boots = [max(a[rng.integers(0, a.size, a.size)].mean() for a in accs)
                 - min(a[rng.integers(0, a.size, a.size)].mean() for a in accs) for _ in range(200)]
        lo, hi = percentile_interval(np.array(boots), 0.95)
        old_covered += lo <= 0.0 <= hi
    assert covered / 40 >= 0.95
    assert old_covered / 40 < 0.5  # the method it replaces


def test_when_groups_truly_differ_then_the_gap_interval_covers_the_true_gap_and_excludes_zero():
    covered, excludes_zero = 0, 0
    for rep in range(30):
        rng = np.random.default_rng(500 + rep)
        y, proba, g = _two_group_data(rng, n_a=300, n_b=300, acc_b=0.7)  # true gap 0.3
        r = group_metrics(y_true=y, proba=proba, classes=[0, 1], groups={"g": g}, n_bootstrap=200,
                          seed=rep, confidence=0.95, min_group_size=10, n_bins=15)
        gap = r["g"]["gaps"]["accuracy"]
        covered += gap["gap_ci_low"] <= 0.3 <= gap["gap_ci_high"]
        excludes_zero += gap["gap_ci_low"] > 0
    assert covered / 30 >= 0.9 and excludes_zero == 30
