import math

import numpy as np
import pytest
from scipy.stats import binom
from sklearn.neighbors import KNeighborsClassifier

from confide.audit.bounds import clopper_pearson, epsilon_from_counts, epsilon_lower_bound
from confide.audit.one_run import canary_inclusion, one_run_audit, one_run_epsilon, one_run_p_value


def randomized_response(bits, eps, rng):
    keep = rng.random(bits.shape) < math.exp(eps) / (1 + math.exp(eps))
    return np.where(keep, bits, ~bits)


def test_when_no_successes_then_clopper_pearson_matches_closed_form():
    lo, hi = clopper_pearson(0, 10, confidence=0.95)
    assert lo == 0.0 and hi == pytest.approx(1 - 0.025 ** (1 / 10))
    lo, hi = clopper_pearson(10, 10, confidence=0.95)
    assert hi == 1.0 and lo == pytest.approx(0.025 ** (1 / 10))


def test_when_sampling_binomials_then_clopper_pearson_covers_at_least_nominal(rng):
    hits = sum(
        lo <= 0.3 <= hi
        for lo, hi in (
            clopper_pearson(int(rng.binomial(40, 0.3)), 40, confidence=0.9) for _ in range(400)
        )
    )
    assert hits / 400 >= 0.88


def test_when_counts_are_given_then_bound_follows_the_hypothesis_test_formula():
    r = epsilon_from_counts(tp=900, fn=100, fp=100, tn=900, delta=0.0, confidence=0.95)
    expected = max(
        math.log(r["tpr_lower"] / r["fpr_upper"]),
        math.log((1 - r["fpr_upper"]) / (1 - r["tpr_lower"])),
    )
    assert r["epsilon_lower_bound"] == pytest.approx(expected)
    assert r["epsilon_lower_bound"] < math.log(9)  # point estimate is an upper limit here
    assert r["epsilon_lower_bound"] > 1.8
    chance = epsilon_from_counts(tp=500, fn=500, fp=500, tn=500, delta=1e-5)
    assert chance["epsilon_lower_bound"] == 0.0


@pytest.mark.parametrize("eps", [0.5, 1.0, 2.0])
def test_when_attack_is_randomized_response_then_bound_never_exceeds_true_epsilon(eps):
    for seed in range(5):
        rng = np.random.default_rng(seed)
        bits = np.r_[np.ones(4000, bool), np.zeros(4000, bool)]
        out = randomized_response(bits, eps, rng).astype(float)
        r = epsilon_lower_bound(
            member_scores=out[:4000], nonmember_scores=out[4000:], delta=1e-5, seed=seed
        )
        assert r["epsilon_lower_bound"] <= eps
    assert r["epsilon_lower_bound"] > 0.6 * eps  # and the bound has power


def test_when_p_value_has_delta_then_it_matches_the_papers_loop():
    def slow(m, r, v, eps, delta):
        q = 1 / (1 + math.exp(-eps))
        tail = binom.sf(v - 1, r, q)
        alpha, total = 0.0, 0.0
        for i in range(1, v + 1):
            total += binom.pmf(v - i, r, q)
            alpha = max(alpha, total / i)
        return min(tail + 2 * m * delta * alpha, 1.0)

    for m, r, v, eps, delta in [
        (1000, 100, 80, 1.0, 1e-5),
        (500, 60, 40, 0.3, 1e-4),
        (200, 20, 20, 2.0, 0.0),
        (100, 10, 0, 0.5, 1e-3),
    ]:
        assert one_run_p_value(m=m, r=r, v=v, epsilon=eps, delta=delta) == pytest.approx(
            slow(m, r, v, eps, delta)
        )


def test_when_all_guesses_are_right_then_one_run_bound_grows_with_guesses():
    small = one_run_epsilon(m=1000, r=20, v=20, delta=0.0)
    large = one_run_epsilon(m=1000, r=200, v=200, delta=0.0)
    assert 0 < small < large
    # pure DP: P[Bin(r, q) >= r] = q^r = 0.05 at the bound
    q = 1 / (1 + math.exp(-small))
    assert q**20 == pytest.approx(0.05, rel=1e-6)
    assert one_run_epsilon(m=1000, r=100, v=50, delta=1e-5) == 0.0


@pytest.mark.parametrize("eps", [0.5, 1.0, 2.0])
def test_when_canaries_pass_through_randomized_response_then_one_run_bound_rarely_exceeds_eps(
    eps,
):
    # Randomized response is exactly eps-DP per canary, so eps_hat > eps may happen in at
    # most 5% of audits; over 100 independent audits allow 12 (P[Bin(100, .05) > 12] < .002).
    m, exceed, bounds = 1000, 0, []
    for seed in range(100):
        rng = np.random.default_rng(seed + 1000)
        included = canary_inclusion(m=m, seed=seed)
        scores = randomized_response(included, eps, rng).astype(float)
        r = one_run_audit(
            canary_scores=scores,
            canary_included=included,
            delta=0.0,
            guesses=[(100, 0), (100, 100)],
            seed=seed,
        )
        exceed += r["epsilon_lower_bound"] > eps
        bounds.append(r["epsilon_lower_bound"])
    assert exceed <= 12
    assert np.median(bounds) > 0.3 * eps  # and the audit has power


def test_when_model_memorises_canaries_then_one_run_audit_has_power():
    # 1-NN memorises every training point: included canaries (random labels over 10 classes)
    # are predicted right, excluded ones only by chance.
    m = 400
    rng = np.random.default_rng(0)
    x_pop = rng.normal(size=(2000, 20))
    y_pop = (x_pop[:, 0] > 0).astype(int)
    x_can = rng.normal(size=(m, 20)) * 3
    y_can = rng.integers(0, 10, m)
    included = canary_inclusion(m=m, seed=1)
    model = KNeighborsClassifier(n_neighbors=1).fit(
        np.r_[x_pop, x_can[included]], np.r_[y_pop, y_can[included]]
    )
    proba = model.predict_proba(x_can)
    col = {c: i for i, c in enumerate(model.classes_)}
    scores = proba[np.arange(m), [col[c] for c in y_can]] + rng.normal(0, 1e-6, m)
    r = one_run_audit(
        canary_scores=scores, canary_included=included, delta=1e-5, guesses=[(100, 0)]
    )
    assert r["v"] >= 85
    assert r["epsilon_lower_bound"] > 1.5


def test_when_guesses_are_invalid_then_error():
    with pytest.raises(Exception, match="k_pos"):
        one_run_audit(
            canary_scores=np.zeros(10),
            canary_included=np.ones(10, bool),
            delta=0.0,
            guesses=[(8, 8)],
        )
