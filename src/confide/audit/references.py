"""Reference models (LiRA/RMIA) and the separate one-run audit run of one variant.

Reference models train on seeded random subsets of the pool, as large as the target's training
set (in units: records, or whole persons at unit person), with the target's training code, model,
epsilon and hyper-parameters, so with its sampling rate and noise. Scores are in pool order
(:func:`confide.audit.pool.pool_order`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.audit.attacks import reference_membership, true_class_probability
from confide.audit.canaries import audit_run_of, audit_training_rows, plan_hash, training_rows
from confide.audit.pool import attack_pool, pool_order, pool_rows, unit_ids, unit_index
from confide.audit.seeds import audit_run_seed, reference_seed
from confide.train.units import resolve_privacy_unit


def reference_masks(records: pd.DataFrame, canaries: pd.DataFrame, *, k: int, seed: int,
                    unit: str = "record") -> np.ndarray:
    """Training masks (k, n_pool) of the reference models, in pool order.

    Each model trains on as many units as the target (records at unit record, persons at unit
    person, where a person's records are all in or all out of a model).
    """
    pool = attack_pool(records)
    codes, n_units = unit_index(unit_ids(pool, unit))
    target_units = np.zeros(n_units, dtype=bool)
    target_units[codes[training_rows(pool, canaries).to_numpy()]] = True
    n_target = int(target_units.sum())
    if not 0 < n_target < n_units:
        fraction = min(max(n_target / n_units, 1e-6), 1 - 1e-6)
        masks = reference_membership(n_records=n_units, k=k, seed=seed, in_fraction=fraction)
    else:
        masks = reference_membership(n_records=n_units, k=k, seed=seed, model_size=n_target)
    return masks[:, codes]


def training_unit(config: Mapping[str, Any], records: pd.DataFrame) -> str:
    """The privacy unit ``train_model`` will use with this ``train`` config on these records.

    Read through the training library's own defaults (``auto`` resolves against the training
    split); a training library without ``privacy_unit`` trains records.
    """
    from confide.train.config import resolve_config

    unit = resolve_config(dict(config)).get("privacy_unit")
    return resolve_privacy_unit(unit, records.loc[records["split"] == "train"])


def train_references(*, records: pd.DataFrame, canaries: pd.DataFrame, features: np.ndarray | None,
                     k: int, seed: int, model: str, epsilon: float, classes: Sequence[str],
                     config: Mapping[str, Any], unit: str = "record") -> dict[str, np.ndarray]:
    """Train the K reference models (and a separate one-run audit run) of one variant.

    Reference model j trains on ``pool[mask[j]]`` with the target's code, model, epsilon and
    hyper-parameters, on as many units (records, or persons at ``unit="person"``) as the
    target (so with its sampling rate and noise multiplier). When the canary plan asks for a
    separate audit run it is trained here too, on the train split minus dropped canaries.

    Returns:
        ``p_true`` (k, n_pool), ``membership`` (k, n_pool), ``unit`` and, for a separate audit
        run, ``audit_p_true`` (n_pool,) and ``canary_plan`` (the plan's :func:`confide.audit.canaries.plan_hash`), all
        in pool order.
    """
    from confide.train import encode_table, train_model  # torch is imported only when training

    masks = (reference_masks(records, canaries, k=k, seed=seed, unit=unit) if k > 0
             else np.zeros((0, len(records)), dtype=bool))
    order = pool_order(records)
    pool = records.iloc[order].reset_index(drop=True)
    # Featurised once: each model trains on, and is scored over, rows of this one encoding.
    encoded = encode_table(df=pool, model=model, config=dict(config), features=pool_rows(features, order))
    scores = []
    for j in range(k):
        at = np.flatnonzero(masks[j])  # pool positions of model j's rows, in pool order
        ref = train_model(train=pool.iloc[at].reset_index(drop=True), classes=list(classes),
                          model=model, epsilon=epsilon, seed=reference_seed(seed, j), config=dict(config),
                          features=pool_rows(features, order[at]), encoded=encoded.take(at))
        scores.append(reference_scores(ref, records, features=features, encoded=encoded))
    out = {"p_true": np.stack(scores) if scores else np.zeros((0, len(records))), "membership": masks,
           "unit": np.array(unit)}
    if len(canaries) and audit_run_of(canaries) == "separate":
        out["canary_plan"] = np.array(plan_hash(canaries))
        rows = np.flatnonzero(audit_training_rows(records, canaries).to_numpy())
        at = np.argsort(order)[rows]  # the same rows' pool positions (records order kept)
        audit = train_model(train=records.iloc[rows].reset_index(drop=True), classes=list(classes),
                            model=model, epsilon=epsilon, seed=audit_run_seed(seed), config=dict(config),
                            features=pool_rows(features, rows), encoded=encoded.take(at))
        out["audit_p_true"] = reference_scores(audit, records, features=features, encoded=encoded)
    return out


def reference_scores(model: Any, records: pd.DataFrame, *, features: np.ndarray | None,
                     encoded: Any = None) -> np.ndarray:
    """A model's true-label probability on every pool record.

    ``encoded``: the pool (in pool order) already encoded for this model
    (:func:`confide.train.encode_table`), so that it is not featurised again per model.
    """
    order = pool_order(records)
    pool = records.iloc[order].reset_index(drop=True)
    proba = model.predict_proba(pool, pool_rows(features, order), encoded=encoded)
    return true_class_probability(proba, pool["label"].to_numpy(), model.classes)
