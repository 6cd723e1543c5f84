import numpy as np
import pytest

from confide.audio.asv import det_points, eer, linkability, trial_scores


def test_when_scores_are_the_hand_worked_case_then_rocch_eer_is_one_sixth():
    # accept if score >= t. ROC points (P_fa, P_miss): (1,0) (2/3,0) (1/3,0) (1/3,1/3) (0,1/3) (0,2/3)
    # (0,1). The point (1/3,1/3) lies above the hull segment (1/3,0)-(0,1/3), which crosses the
    # diagonal at (1/6,1/6). The threshold-sweep EER would be 1/3.
    assert eer([0.9, 0.8, 0.3], [0.7, 0.2, 0.1]) == pytest.approx(1 / 6)


@pytest.mark.parametrize(("target", "nontarget", "expected"), [
    ([1.0, 2.0], [0.0, -1.0], 0.0),          # perfectly separated
    ([1.0, 1.0], [1.0, 1.0], 0.5),           # indistinguishable
    ([0.0, 0.1], [0.5, 0.6], 0.5),           # reversed: the hull never goes above chance
    # interleaved: ROC points (0,3/4) (1/4,1/2) (1/2,1/4) (3/4,0) lie on P_fa + P_miss = 3/4
    ([0.2, 0.4, 0.6, 0.8], [0.1, 0.3, 0.5, 0.7], 0.375),
])
def test_when_eer_is_computed_then_it_matches_hand_worked_values(target, nontarget, expected):
    assert eer(target, nontarget) == pytest.approx(expected)


def test_when_scores_are_random_then_rocch_eer_lies_between_the_hull_bounds():
    rng = np.random.default_rng(0)
    for _ in range(30):
        target, nontarget = rng.normal(1, 1, rng.integers(3, 40)), rng.normal(0, 1, rng.integers(3, 40))
        p_fa, p_miss = det_points(target, nontarget)
        value = eer(target, nontarget)
        # Slow reference bounds: a hull point is a convex combination of ROC points.
        assert np.min((p_fa + p_miss) / 2) - 1e-12 <= value <= np.min(np.maximum(p_fa, p_miss)) + 1e-12


def test_when_linkability_is_the_hand_worked_two_bin_case_then_it_is_0_1875():
    # bins [0.1,0.5) [0.5,0.9]; p(mated) = 0.625, 1.875; p(non) = 1.875, 0.625; LR = 1/3, 3;
    # D = 0, 0.5; D_sys = trapz([0, 0.5 * 1.875], centers [0.3, 0.7]) = 0.1875.
    assert linkability([0.1, 0.9, 0.9, 0.9], [0.1, 0.1, 0.1, 0.9], n_bins=2) == pytest.approx(0.1875)


def test_when_scores_separate_fully_then_linkability_is_one_and_when_alike_near_zero():
    rng = np.random.default_rng(0)
    assert linkability(rng.normal(10, 1, 1000), rng.normal(0, 1, 5000)) == pytest.approx(1.0, abs=0.01)
    assert linkability(rng.normal(0, 1, 2000), rng.normal(0, 1, 10000)) < 0.1


def test_when_trials_are_scored_then_each_test_meets_every_enrolled_speaker_once():
    enroll = np.array([[1.0, 0.0], [1.0, 0.1], [0.0, 1.0]])
    test = np.array([[1.0, 0.05], [0.1, 1.0]])
    mated, nonmated = trial_scores(enroll, ["a", "a", "b"], test, ["a", "b"])
    assert len(mated) == 2 and len(nonmated) == 2
    assert mated.min() > nonmated.max()
