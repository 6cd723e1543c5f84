"""The augmentation-frontier benchmark (bench/augmentation_frontier.py) on a small NHANES sample.

It composes each variant's epsilon through confide.synthesize.augment and scores it with fast
weighted metrics; both are checked here, the first on real records (skipped without ../shared).
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import f1_score, roc_auc_score

from tests.conftest import shared_data

REPO = Path(__file__).resolve().parents[2]


def _frontier_module():
    spec = importlib.util.spec_from_file_location("augmentation_frontier", REPO / "bench" / "augmentation_frontier.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def frontier():
    return _frontier_module()


@pytest.mark.shared_data
def test_when_frontier_runs_on_nhanes_sample_then_composed_epsilon_adds_for_real_plus_synthetic(frontier) -> None:
    folder = shared_data("nhanes-dpq")
    train, test = frontier.load_split(folder, n=500)
    gate = {"max_excess_exact_copy_rate": 0.02, "min_dcr_ratio": 0.8}
    mixed = frontier.Variant("real+synthetic", "dp_marginal", 1.0, 1.0)
    only = frontier.Variant("synthetic", "dp_marginal", 1.0, math.inf)
    copula = frontier.Variant("real+synthetic", "gaussian_copula", None, 1.0)
    results = frontier.run_frontier(train, test, seeds=[0], epochs=1, sweep=[mixed, only, copula],
                                    gate=gate, n_boot=50, n_attacks=50, log=lambda *a, **k: None)
    synth_ledger = results["_synthesizers"]["dp_marginal eps_s=1.0 seed=0"]["ledger"]
    eps_s = synth_ledger["epsilon_spent"]
    assert 0.9 < eps_s <= 1.0  # the synthesizer spent its own budget, no more

    row = results[mixed.name]
    (eps_t,) = row["epsilon_t_spent"]
    (composed,) = row["epsilon_composed"]
    assert composed == pytest.approx(eps_s + eps_t)  # basic composition: both mechanisms saw the people
    assert composed > max(eps_s, eps_t) and composed == pytest.approx(2.0, abs=0.05)
    # delta is split, so the mix is compared with real-only DP-SGD at the same (epsilon, delta)
    assert synth_ledger["delta"] == pytest.approx(frontier.DELTA / 2)
    assert row["delta_composed"] == pytest.approx(frontier.DELTA)
    assert row["formal_guarantee"] is True
    # unlabelled synthetic rows are left out by training_table and counted, not silently lost
    synth_info = results["_synthesizers"]["dp_marginal eps_s=1.0 seed=0"]
    assert row["n_train_rows"] == len(train) + synth_info["n_rows"] - synth_info["n_dropped_no_label"]

    (only_composed,) = results[only.name]["epsilon_composed"]
    assert only_composed == pytest.approx(eps_s)  # post-processing: non-private DP-SGD costs nothing more

    no_dp = results[copula.name]
    assert no_dp["guarantee"] == "no formal guarantee" and no_dp["formal_guarantee"] is False
    assert math.isinf(no_dp["epsilon_composed"][0])
    for r in (row, no_dp):
        for key in ("macro_f1", "auc"):
            lo, hi = r[key]["ci95"]
            assert 0.0 <= lo <= hi <= 1.0


def test_when_weights_are_counts_then_fast_metrics_equal_sklearn_on_repeated_rows(frontier) -> None:
    rng = np.random.default_rng(0)
    n = 200
    y = (rng.random(n) < 0.2).astype(int)
    score = np.round(rng.random(n) * 0.6 + 0.3 * y, 2)  # ties included
    pred = (score >= 0.5).astype(int)
    weights = frontier.bootstrap_weights(n, n_boot=5, seed=1)
    fast_auc = frontier.weighted_auc(y, score, weights)
    fast_f1 = frontier.weighted_macro_f1(y, pred, weights)
    for b in range(5):
        rows = np.repeat(np.arange(n), weights[b].astype(int))
        assert fast_auc[b] == pytest.approx(roc_auc_score(y[rows], score[rows]))
        assert fast_f1[b] == pytest.approx(f1_score(y[rows], pred[rows], average="macro"))
    ones = np.ones((1, n))
    assert frontier.weighted_auc(y, score, ones)[0] == pytest.approx(roc_auc_score(y, score))


def _fake_row(frontier, variant, rng: np.random.Generator) -> dict:
    """A trained variant's aggregate as `run_frontier` returns it, with made-up metrics."""
    row = {"mix": variant.mix, "epsilon_s_target": variant.eps_s, "epsilon_t_target": variant.eps_t,
           "epochs_factor": variant.epochs_factor, "epsilon_composed": [1.0] * 3, "epsilon_t_spent": [1.0] * 3,
           "delta_composed": frontier.DELTA}
    for key in ("macro_f1", "auc"):
        per_seed = list(rng.random(3))
        row[key] = {"mean": float(np.mean(per_seed)), "sd_seeds": float(np.std(per_seed, ddof=1)),
                    "per_seed": per_seed}
        row[f"_{key}_boot"] = rng.random(20)
    return row


def test_when_default_sweep_is_built_then_every_equal_epsilon_pair_is_in_it(frontier) -> None:
    sweep = frontier.variants(frontier.EPS_T, frontier.EPS_S)
    assert frontier.missing_pairs(sweep) == []
    # look-alike: without eps_s = 3 the pair at composed epsilon 4 is missing, and named
    assert frontier.missing_pairs(frontier.variants(frontier.EPS_T, [0.5, 1.0])) == ["real+synthetic eps_s=3 eps_t=1"]


def test_when_every_pair_ran_then_paired_differences_gives_one_row_per_pair(frontier) -> None:
    rng = np.random.default_rng(0)
    results = {v.name: _fake_row(frontier, v, rng) for v in frontier.variants(frontier.EPS_T, frontier.EPS_S)}
    rows = frontier.paired_differences(results)
    assert len(rows) == len(frontier.PAIRS)
    first_var, first_base = frontier.PAIRS[0]
    var = results[frontier.Variant(first_var[0], "dp_marginal", *first_var[1:]).name]
    base = results[frontier.Variant(first_base[0], None, *first_base[1:]).name]
    assert rows[0]["auc"]["difference"] == pytest.approx(var["auc"]["mean"] - base["auc"]["mean"])


@pytest.mark.parametrize("case", ["variant_absent", "baseline_absent", "variant_not_trained"])
def test_when_a_pair_is_missing_then_paired_differences_raises_naming_it(frontier, case: str) -> None:
    rng = np.random.default_rng(0)
    sweep = frontier.variants(frontier.EPS_T, frontier.EPS_S)
    results = {v.name: _fake_row(frontier, v, rng) for v in sweep}
    mixed = frontier.Variant("real+synthetic", "dp_marginal", 3.0, 1.0).name
    if case == "variant_absent":
        del results[mixed]
        expected = "real+synthetic eps_s=3 eps_t=1: not in the sweep"
    elif case == "baseline_absent":
        del results[frontier.Variant("real", None, None, 4.0).name]
        expected = "real eps_t=4: not in the sweep"
    else:  # the memorisation gate stopped every seed: the row exists without metrics
        results[mixed] = {k: v for k, v in results[mixed].items() if not k.startswith("_")}
        expected = "real+synthetic eps_s=3 eps_t=1: not trained"
    with pytest.raises(ValueError, match=re.escape(expected)):
        frontier.paired_differences(results)


def test_when_three_seeds_then_seed_part_of_interval_uses_t_quantile_with_two_df(frontier) -> None:
    half = frontier.half_width_test_and_seeds
    assert half(boot_var=0.0, seed_var=1.0, n_seeds=3) == pytest.approx(4.303, abs=1e-3)
    assert half(boot_var=1.0, seed_var=0.0, n_seeds=3) == pytest.approx(1.96)
    # both parts add in quadrature, each with its own quantile
    assert half(boot_var=1.0, seed_var=1.0, n_seeds=3) == pytest.approx(math.hypot(1.96, 4.303), abs=1e-3)
    assert half(boot_var=1.0, seed_var=0.0, n_seeds=1) == pytest.approx(1.96)  # one seed: no seed term
