import warnings

import numpy as np
import pandas as pd
import pytest

from confide.synthesize.accounting import epsilon_from_rho, gaussian_sigma, rho_from_epsilon
from confide.synthesize.domain import ColumnDomain
from confide.synthesize.dp_marginal import _draw_conditional, fit_dp_marginal

DOMAIN = {
    "a": ColumnDomain.from_dict("a", {"categories": ["x", "y", "z"]}),
    "b": ColumnDomain.from_dict("b", {"lower": 0, "upper": 3, "integer": True}),
    "c": ColumnDomain.from_dict("c", {"categories": ["u", "v"]}),
}


def _table(n=2000, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.choice(["x", "y", "z"], n, p=[0.5, 0.3, 0.2])
    b = np.where(a == "x", 0.0, np.where(a == "y", 2.0, 3.0))  # b is a function of a
    c = rng.choice(["u", "v"], n)  # independent
    return pd.DataFrame({"a": a, "b": b, "c": c})


def test_when_epsilon_is_large_then_marginals_and_dependence_are_recovered():
    df = _table()
    model = fit_dp_marginal(df, domain=DOMAIN, epsilon=1e4, delta=1e-5, n_bins=8, seed=0)
    assert ("a", "b") in model.edges or ("b", "a") in model.edges
    synth = model.sample(4000, seed=1)
    freq = synth["a"].value_counts(normalize=True)
    assert freq["x"] == pytest.approx(0.5, abs=0.03)
    # b follows a as in the data (the dependent pair was measured)
    assert (synth.loc[synth["a"] == "x", "b"] == 0).mean() > 0.95
    assert abs(model.noisy_total - len(df)) < 5


def test_when_fitted_then_ledger_is_in_dp_training_format_and_spends_at_most_target():
    model = fit_dp_marginal(_table(), domain=DOMAIN, epsilon=2.0, delta=1e-6, n_bins=8, seed=0)
    led = model.ledger
    for key in (
        "epsilon_target",
        "epsilon_spent",
        "delta",
        "mechanism",
        "accountant",
        "noise_multiplier",
        "sample_rate",
        "steps",
        "max_grad_norm",
        "secure_mode",
    ):
        assert key in led
    assert led["epsilon_target"] == 2.0 and led["delta"] == 1e-6
    assert led["epsilon_spent"] <= 2.0 and led["epsilon_spent"] == pytest.approx(2.0, rel=1e-6)
    assert led["n_measurements"] == 3 + 2 and led["domain_public"] is True
    assert epsilon_from_rho(led["rho"], 1e-6) == pytest.approx(2.0)


def test_when_refitted_many_times_then_one_way_noise_has_the_ledger_sigma():
    df = _table(n=500)[["a"]]
    dom = {"a": DOMAIN["a"]}
    truth = df["a"].value_counts()["x"]
    noise = [
        fit_dp_marginal(df, domain=dom, epsilon=0.5, delta=1e-5, n_bins=4, seed=s).one_way["a"][0]
        - truth
        for s in range(400)
    ]
    sigma = gaussian_sigma(rho_from_epsilon(0.5, 1e-5), n_measurements=1)
    assert np.std(noise) == pytest.approx(sigma, rel=0.12)
    assert abs(np.mean(noise)) < 4 * sigma / np.sqrt(400)


def test_when_same_seed_then_same_sample_and_other_seed_differs():
    df = _table(n=300)
    m1 = fit_dp_marginal(df, domain=DOMAIN, epsilon=1.0, delta=1e-5, n_bins=8, seed=3)
    m2 = fit_dp_marginal(df, domain=DOMAIN, epsilon=1.0, delta=1e-5, n_bins=8, seed=3)
    pd.testing.assert_frame_equal(m1.sample(50, seed=0), m2.sample(50, seed=0))
    assert not m1.sample(50, seed=0).equals(m1.sample(50, seed=1))


def test_when_domain_was_inferred_then_warning_and_ledger_say_so():
    with pytest.warns(UserWarning, match="not covered by the DP guarantee"):
        model = fit_dp_marginal(
            _table(n=100),
            domain=DOMAIN,
            epsilon=1.0,
            delta=1e-5,
            n_bins=8,
            seed=0,
            inferred_columns=["c"],
        )
    assert model.ledger["domain_public"] is False
    assert model.ledger["domain_inferred_columns"] == ["c"]


def test_when_sampling_conditionals_then_vectorised_draw_matches_slow_reference():
    rng_table = np.random.default_rng(5)
    table = rng_table.normal(5, 4, (4, 6))  # noisy counts, some negative
    table[2] = -1.0  # an all-negative row falls back to the one-way
    fallback = np.full(6, 1 / 6)
    parents = rng_table.integers(0, 4, 500)
    fast = _draw_conditional(np.random.default_rng(9), table, parents, fallback)
    u = np.random.default_rng(9).random(500)
    slow = []
    for p, ui in zip(parents, u, strict=True):
        row = np.clip(table[p], 0, None)
        probs = row / row.sum() if row.sum() > 0 else fallback
        cum, pick = 0.0, len(probs) - 1
        for j, pj in enumerate(probs):
            cum += pj
            if ui <= cum:
                pick = j
                break
        slow.append(pick)
    assert fast.tolist() == slow


def test_when_single_column_then_all_budget_goes_to_its_histogram():
    df = _table(n=200)[["c"]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = fit_dp_marginal(
            df, domain={"c": DOMAIN["c"]}, epsilon=1.0, delta=1e-5, n_bins=4, seed=0
        )
    assert model.edges == [] and model.ledger["n_measurements"] == 1
    assert len(model.sample(10, seed=0)) == 10
