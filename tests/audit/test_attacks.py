import numpy as np
import pytest
from scipy.stats import norm

from confide.audit.attacks import (
    ATTACKS,
    get_attack,
    lira,
    logit_scale,
    needs_reference,
    reference_membership,
    register_attack,
    rmia,
    true_class_probability,
)
from confide.audit.roc import attack_metrics
from confide.evaluate.errors import EvaluationError


def simulated_world(seed=0, n=2000, k=16, shift=1.5, noise=0.5):
    """Per-record difficulty varies a lot; training on a record raises its logit by `shift`."""
    rng = np.random.default_rng(seed)
    difficulty = rng.normal(0, 2.0, n)
    target_in = rng.random(n) < 0.5
    mask = reference_membership(n_records=n, k=k, seed=seed + 1)

    def p_true(member):
        phi = difficulty + shift * member + rng.normal(0, noise, member.shape)
        return 1 / (1 + np.exp(-phi))

    return p_true(target_in), target_in, p_true(mask.astype(float)), mask


def strength(scores, member):
    return attack_metrics(member_scores=scores[member], nonmember_scores=scores[~member],
                          fpr_points=(0.001, 0.01))


def test_when_sampling_reference_models_then_each_record_is_in_half_of_them():
    mask = reference_membership(n_records=1000, k=8, seed=3)
    assert mask.shape == (8, 1000) and mask.dtype == bool
    assert np.all(mask.sum(axis=0) == 4)
    assert np.all(np.abs(mask.sum(axis=1) - 500) < 80)
    np.testing.assert_array_equal(mask, reference_membership(n_records=1000, k=8, seed=3))
    assert not np.array_equal(mask, reference_membership(n_records=1000, k=8, seed=4))
    odd = reference_membership(n_records=1000, k=5, seed=3)
    assert set(np.unique(odd.sum(axis=0))) == {2, 3}


def test_when_difficulty_varies_then_reference_attacks_beat_the_threshold_baseline():
    target, member, ref, mask = simulated_world()
    base = strength(get_attack("threshold")(target_p_true=target), member)
    for name in ("lira_online", "lira_offline", "rmia_online", "rmia_offline"):
        s = get_attack(name)(target_p_true=target, reference_p_true=ref, reference_membership=mask)
        r = strength(s, member)
        assert r["auc"] > base["auc"] + 0.1, name
        assert r["tpr_at_fpr"]["0.01"] > 3 * base["tpr_at_fpr"]["0.01"], name


def test_when_nothing_is_memorised_then_reference_attacks_are_near_chance():
    target, member, ref, mask = simulated_world(shift=0.0)
    for name in ("lira_online", "lira_offline", "rmia_online", "rmia_offline"):
        s = get_attack(name)(target_p_true=target, reference_p_true=ref, reference_membership=mask)
        assert abs(strength(s, member)["auc"] - 0.5) < 0.05, name


def test_when_per_record_variance_then_lira_matches_a_slow_scipy_reference():
    target, _, ref, mask = simulated_world(n=60, k=10)
    fast_on = lira(
        target_p_true=target, reference_p_true=ref, reference_membership=mask, fix_variance=False
    )
    fast_off = lira(
        target_p_true=target,
        reference_p_true=ref,
        reference_membership=mask,
        online=False,
        fix_variance=False,
    )
    phi_t, phi = logit_scale(target), logit_scale(ref)
    for i in range(target.size):
        ins, outs = phi[mask[:, i], i], phi[~mask[:, i], i]
        slow = norm.logpdf(phi_t[i], ins.mean(), ins.std(ddof=1)) - norm.logpdf(
            phi_t[i], outs.mean(), outs.std(ddof=1)
        )
        assert fast_on[i] == pytest.approx(slow, rel=1e-6, abs=1e-6)
        z = (phi_t[i] - outs.mean()) / outs.std(ddof=1)
        assert fast_off[i] == pytest.approx(z)
        assert norm.cdf(fast_off[i]) == pytest.approx(
            norm.cdf(phi_t[i], outs.mean(), outs.std(ddof=1))
        )


def test_when_population_is_given_then_rmia_score_matches_pairwise_definition():
    target, _, ref, mask = simulated_world(n=80, k=6)
    rng = np.random.default_rng(9)
    pop_t = rng.uniform(0.05, 0.95, 50)
    pop_r = rng.uniform(0.05, 0.95, (6, 50))
    for online in (True, False):
        fast = rmia(
            target_p_true=target,
            reference_p_true=ref,
            reference_membership=mask,
            online=online,
            gamma=1.5,
            population_target_p_true=pop_t,
            population_reference_p_true=pop_r,
        )
        a = 0.33
        for i in range(target.size):
            if online:
                px = ref[:, i].mean()
            else:
                px = 0.5 * ((1 + a) * ref[~mask[:, i], i].mean() + 1 - a)
            pz = pop_r.mean(axis=0) if online else 0.5 * ((1 + a) * pop_r.mean(axis=0) + 1 - a)
            lr = (target[i] / px) / (pop_t / pz)
            assert fast[i] == pytest.approx(np.mean(lr >= 1.5))
        ratio = rmia(
            target_p_true=target, reference_p_true=ref, reference_membership=mask, online=online
        )
        order = np.argsort(ratio)
        assert np.all(np.diff(fast[order]) >= 0)  # Score is monotone in the ratio


def test_when_reference_models_are_missing_or_misshaped_then_errors_say_how_to_fix():
    target, _, ref, mask = simulated_world(n=50, k=4)
    with pytest.raises(EvaluationError, match="reference_membership"):
        lira(target_p_true=target, reference_p_true=None, reference_membership=None)
    with pytest.raises(EvaluationError, match="shape"):
        lira(target_p_true=target, reference_p_true=ref[:, :10], reference_membership=mask)
    bad = mask.copy()
    bad[:, 0] = False
    with pytest.raises(EvaluationError, match="no IN reference model"):
        lira(target_p_true=target, reference_p_true=ref, reference_membership=bad)


def test_when_attack_name_is_unknown_then_value_error_lists_known_attacks():
    with pytest.raises(ValueError, match="lira_online"):
        get_attack("lira_typo")
    assert set(ATTACKS.names()) >= {"threshold", "lira_online", "rmia_offline"}


def test_when_an_attack_name_is_registered_twice_then_it_is_refused_unless_forced():
    original = ATTACKS.get("threshold")
    with pytest.raises(ValueError, match="already registered"):
        register_attack("threshold", lambda **_: None, needs_reference=False)
    try:
        register_attack("threshold", original.fn, needs_reference=True, force=True)
        assert needs_reference("threshold")
    finally:
        ATTACKS.add("threshold", original, force=True)
    assert not needs_reference("threshold")


def test_when_extracting_true_class_probability_then_labels_index_columns():
    proba = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    np.testing.assert_allclose(
        true_class_probability(proba, ["a", "c"], ["a", "b", "c"]), [0.7, 0.8]
    )


def test_when_only_two_reference_models_then_lira_still_scores_with_a_global_variance():
    target, member, ref, mask = simulated_world(k=2)
    for online in (True, False):
        s = lira(
            target_p_true=target, reference_p_true=ref, reference_membership=mask, online=online
        )
        assert np.all(np.isfinite(s)) and strength(s, member)["auc"] > 0.6


def test_when_model_size_is_fixed_then_every_reference_trains_on_exactly_that_many_records_with_balanced_records():

    masks = reference_membership(n_records=1820, k=16, seed=3, model_size=1227)
    assert (masks.sum(axis=1) == 1227).all()  # the target's n: same q, delta and noise
    per_record = masks.sum(axis=0)
    assert per_record.min() >= 10 and per_record.max() <= 11  # floor/ceil of 16 * 1227 / 1820
    small = reference_membership(n_records=100, k=2, seed=3, model_size=67)  # falls back
    assert small.any(axis=0).all() and (~small).any(axis=0).all()
