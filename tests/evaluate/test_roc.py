import numpy as np
import pytest
from sklearn.metrics import roc_auc_score, roc_curve

from confide.evaluate import attack_metrics
from confide.evaluate.roc import downsample_roc, roc_points, tpr_at_fpr


def test_when_scores_separate_perfectly_then_auc_and_tpr_are_one():
    r = attack_metrics(member_scores=np.arange(100) + 1000.0, nonmember_scores=np.arange(100.0))
    assert r["auc"] == 1.0 and r["balanced_accuracy"] == 1.0
    assert r["tpr_at_fpr"] == {"0.001": 1.0, "0.01": 1.0}


def test_when_scores_are_identically_distributed_then_attack_is_near_chance(rng):
    r = attack_metrics(member_scores=rng.normal(size=5000), nonmember_scores=rng.normal(size=5000))
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
