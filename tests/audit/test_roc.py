import numpy as np
import pytest
from sklearn.metrics import roc_auc_score, roc_curve

from confide.audit.roc import attack_metrics, downsample_roc, roc_points, tpr_at_fpr


def test_when_scores_separate_perfectly_then_auc_and_tpr_are_one():
    r = attack_metrics(member_scores=np.arange(100) + 1000.0, nonmember_scores=np.arange(100.0),
                       fpr_points=(0.001, 0.01))
    assert r["auc"] == 1.0 and r["balanced_accuracy"] == 1.0
    assert r["tpr_at_fpr"]["0.01"] == 1.0 and r["tpr_at_zero_fpr"] == 1.0


def test_when_fpr_is_below_one_over_the_nonmembers_then_no_tpr_is_claimed_for_it():
    # 593 non-members (the default run's pool): 0.1 % FPR would allow 0.59 false positives.
    rng = np.random.default_rng(5)
    m, nm = rng.normal(1, 1, 700), rng.normal(0, 1, 593)
    r = attack_metrics(member_scores=m, nonmember_scores=nm, fpr_points=[0.001, 0.01])
    assert r["tpr_at_fpr"]["0.001"] is None and r["unresolved_fpr_points"] == [0.001]
    assert "0.001" not in r["tpr_interval"]
    assert r["tpr_at_fpr"]["0.01"] is not None and r["fpr_resolution"] == pytest.approx(1 / 593)


def test_when_tpr_is_reported_then_its_interval_covers_the_true_tpr_at_nominal_rate():
    # Simulation: members N(1, 1), non-members N(0, 1); the true TPR at FPR 5 % is known.
    from scipy.stats import norm

    from confide.audit.bounds import clopper_pearson

    true_tpr = norm.sf(norm.isf(0.05) - 1.0)
    hits, naive_hits, n_rep = 0, 0, 300
    rng = np.random.default_rng(11)
    for _ in range(n_rep):
        r = attack_metrics(member_scores=rng.normal(1, 1, 400), nonmember_scores=rng.normal(0, 1, 2000),
                           fpr_points=[0.05], confidence=0.9)
        ci = r["tpr_interval"]["0.05"]
        hits += ci["ci_low"] <= true_tpr <= ci["ci_high"]
        naive = clopper_pearson(round(ci["tpr"] * 400), 400, confidence=0.9)
        naive_hits += naive[0] <= true_tpr <= naive[1]
    assert hits / n_rep >= 0.9
    assert naive_hits / n_rep < 0.88  # an interval that ignores the threshold's noise under-covers


def test_when_scores_are_identically_distributed_then_attack_is_near_chance(rng):
    r = attack_metrics(member_scores=rng.normal(size=5000), nonmember_scores=rng.normal(size=5000),
                       fpr_points=(0.001, 0.01))
    assert abs(r["auc"] - 0.5) < 0.03
    assert r["tpr_at_fpr"]["0.01"] < 0.03


def test_when_computing_roc_then_it_matches_sklearn_and_a_brute_force_tpr(rng):
    m = np.round(rng.normal(0.5, 1, 700), 1)
    nm = np.round(rng.normal(0, 1, 900), 1)
    fpr, tpr, _ = roc_points(m, nm)
    y = np.r_[np.ones(700), np.zeros(900)]
    sk_fpr, sk_tpr, _ = roc_curve(y, np.r_[m, nm], drop_intermediate=False)
    np.testing.assert_allclose(fpr, sk_fpr)
    np.testing.assert_allclose(tpr, sk_tpr)
    r = attack_metrics(member_scores=m, nonmember_scores=nm, fpr_points=[0.01, 0.1])
    assert r["auc"] == pytest.approx(roc_auc_score(y, np.r_[m, nm]))
    for target in (0.01, 0.1):
        brute = max(
            (m >= t).mean() for t in np.unique(np.r_[m, nm, np.inf]) if (nm >= t).mean() <= target
        )
        assert tpr_at_fpr(fpr, tpr, target) == pytest.approx(brute)


def test_when_roc_is_long_then_downsampled_curve_has_at_most_200_real_points(rng):
    m, nm = rng.normal(1, 1, 20_000), rng.normal(0, 1, 20_000)
    fpr, tpr, _ = roc_points(m, nm)
    small_fpr, small_tpr = downsample_roc(fpr, tpr, max_points=200)
    assert len(small_fpr) <= 200 and len(small_fpr) == len(small_tpr)
    assert small_fpr[0] == 0.0 and small_fpr[-1] == 1.0 and small_tpr[-1] == 1.0
    assert np.all(np.diff(small_fpr) >= 0) and np.all(np.diff(small_tpr) >= 0)
    pairs = set(zip(fpr.tolist(), tpr.tolist(), strict=False))
    assert all((f, t) in pairs for f, t in zip(small_fpr, small_tpr, strict=False))
    positive = np.array(small_fpr[1:])
    assert positive.min() < 1e-3  # low-FPR region kept for the log-scale plot


def test_when_scores_tie_then_the_interval_holds_the_estimate():
    """Saturated probabilities (many members and non-members at 1.0) must not put ci_low above tpr."""
    from confide.audit.roc import tpr_with_interval

    rng = np.random.default_rng(3)
    for _ in range(50):
        members = np.minimum(rng.uniform(0.5, 1.5, 300), 1.0)
        nonmembers = np.minimum(rng.uniform(0.3, 1.3, 600), 1.0)
        r = tpr_with_interval(members, nonmembers, fpr=0.01, confidence=0.95)
        assert r["ci_low"] <= r["tpr"] <= r["ci_high"]
