"""The augmentation-frontier benchmark (bench/augmentation_frontier.py) on a small NHANES sample.

It composes each variant's epsilon through confide.synthesize.augment and scores it with fast
weighted metrics; both are checked here, the first on real records (skipped without ../shared).
"""

from __future__ import annotations

import importlib.util
import math
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
    assert row["delta_composed"] == pytest.approx(2 * frontier.DELTA)
    assert row["formal_guarantee"] is True and row["n_train_rows"] > len(train)

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
