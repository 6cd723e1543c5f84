"""The reference job featurises its pool once; its scores are those of featurising per model."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from confide.audit.canaries import audit_training_rows, plan_canaries
from confide.audit.pool import pool_order, pool_rows
from confide.audit.references import reference_masks, train_references
from confide.audit.seeds import audit_run_seed, reference_seed

CLASSES = ["calm", "low", "worried"]
CONFIG = {"model_params": {"linear_ngrams": {"epochs": 2, "batch_size": 24, "n_features": 256},
                           "frozen_encoder": {"epochs": 2, "batch_size": 24}}}


def _records(n: int = 150) -> pd.DataFrame:
    """Synthetic posts of persons with 1 to 3 records, three classes, a 75/25 person split.

    Record ids are shuffled, so the pool order (by record id) differs from the table's.
    """
    rng = np.random.default_rng(9)
    words = {"calm": ["garden", "tea", "walk"], "low": ["tired", "empty", "numb"],
             "worried": ["panic", "racing", "fear"]}
    person = np.repeat(np.arange(n), rng.integers(1, 4, n))[:n]
    labels = rng.choice(CLASSES, n)
    return pd.DataFrame({
        "record_id": [f"x{i:03d}" for i in rng.permutation(n)],  # table order is not pool order
        "text": [" ".join([*rng.choice(words[c], 3), *rng.choice(["i", "the", "day", "week"], 4)]) for c in labels],
        "label": labels,
        "group_id": [f"p{p:03d}" for p in person],
        "split": np.where(person < person.max() * 0.75, "train", "test"),
    })


def _per_model_featurisation(records, canaries, features, *, k, seed, model, epsilon):
    """The reference job as written before: each model featurises its rows and the pool again."""
    from confide.train import train_model

    masks = reference_masks(records, canaries, k=k, seed=seed, unit="person")
    order = pool_order(records)
    pool = records.iloc[order].reset_index(drop=True)

    def scores(trained):
        proba = trained.predict_proba(pool, pool_rows(features, order))
        return proba[np.arange(len(pool)), [trained.classes.index(c) for c in pool["label"]]]

    p_true = [scores(train_model(train=records.iloc[order[masks[j]]].reset_index(drop=True), classes=CLASSES,
                                 model=model, epsilon=epsilon, seed=reference_seed(seed, j), config=CONFIG,
                                 features=pool_rows(features, order[masks[j]])))
              for j in range(k)]
    rows = np.flatnonzero(audit_training_rows(records, canaries).to_numpy())
    audit = train_model(train=records.iloc[rows].reset_index(drop=True), classes=CLASSES, model=model,
                        epsilon=epsilon, seed=audit_run_seed(seed), config=CONFIG, features=pool_rows(features, rows))
    return np.stack(p_true), scores(audit)


@pytest.mark.parametrize(("model", "epsilon"), [("linear_ngrams", math.inf), ("frozen_encoder", math.inf)])
def test_when_references_train_on_one_pool_encoding_then_scores_are_bit_identical_to_per_model_encoding(
        model, epsilon):
    records = _records()
    canaries = plan_canaries(records, m=40, seed=0, audit_run="separate", unit="person")
    features = np.random.default_rng(2).normal(size=(len(records), 5)).astype(np.float32)
    features = features if model == "frozen_encoder" else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = train_references(records=records, canaries=canaries, features=features, k=2, seed=5, model=model,
                               epsilon=epsilon, classes=CLASSES, config=CONFIG, unit="person")
        p_true, audit_p_true = _per_model_featurisation(records, canaries, features, k=2, seed=5, model=model,
                                                        epsilon=epsilon)
    assert out["p_true"].shape == (2, len(records)) and np.ptp(out["p_true"]) > 0
    assert np.array_equal(out["p_true"], p_true)
    assert np.array_equal(out["audit_p_true"], audit_p_true)
