"""Glue between a trained variant and the evaluation library: predictions in, metrics out."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.auditing import attack_pool, training_rows
from confide.evaluate import evaluate_variant
from confide.evaluate.canaries import exposure
from confide.evaluate.membership import reference_membership, true_class_probability
from confide.evaluate.params import variant_options
from confide.train.models import get_model_spec


def pool_order(records: pd.DataFrame) -> np.ndarray:
    """Row positions of `records` in attack-pool order (sorted by record id)."""
    return np.argsort(records["record_id"].to_numpy(dtype=str), kind="stable")


def _rows(features: np.ndarray | None, positions: np.ndarray) -> np.ndarray | None:
    return None if features is None else features[positions]


def reference_masks(records: pd.DataFrame, *, k: int, seed: int) -> np.ndarray:
    """Training masks (k, n_pool) of the reference models."""
    return reference_membership(n_records=len(records), k=k, seed=seed)


def reference_scores(model: Any, records: pd.DataFrame, *, features: np.ndarray | None) -> np.ndarray:
    """A model's true-label probability on every pool record."""
    order = pool_order(records)
    pool = records.iloc[order].reset_index(drop=True)
    proba = model.predict_proba(pool, _rows(features, order))
    return true_class_probability(proba, pool["label"].to_numpy(), model.classes)


def fit_guesses(guesses: Sequence[Sequence[int]], *, m: int) -> tuple[tuple[int, int], ...]:
    """Shrink one-run audit guess counts that exceed half the canaries (small datasets)."""
    fitted = []
    for k_pos, k_neg in guesses:
        total = k_pos + k_neg
        if total > m // 2:
            k_pos, k_neg = k_pos * (m // 2) // total, k_neg * (m // 2) // total
        if k_pos + k_neg > 0:
            fitted.append((int(k_pos), int(k_neg)))
    return tuple(fitted) or ((max(m // 4, 1), 0),)


def secret_exposure(model: Any, records: pd.DataFrame, secrets: pd.DataFrame, *, n_alternatives: int,
                    seed: int) -> dict[str, Any]:
    """Secret-sharer exposure of the planted secrets.

    Each candidate is the carrying record's own text with the candidate secret in place of the
    planted one, scored by the probability of the record's class: a model that memorised the
    secret ranks the true one first.
    """
    if not get_model_spec(model.model).reads_text:
        return {"skipped": f"model {model.model} does not read raw text at prediction time"}
    if secrets.empty:
        return {"skipped": "no secrets planted (evaluate.canaries)"}
    texts = records.set_index("record_id")["text"]
    per_canary: list[dict[str, Any]] = []
    for row in secrets.itertuples(index=False):
        context = texts[row.record_id][: -len(row.secret)]
        column = model.classes.index(row.label)

        def score(candidates: list[str], context: str = context, column: int = column) -> np.ndarray:
            frame = pd.DataFrame({"text": [context + c for c in candidates]})
            return model.predict_proba(frame)[:, column]

        per_canary.extend(exposure(score, [row.secret], n_alternatives, seed)["per_canary"])
    values = np.array([c["exposure"] for c in per_canary], dtype=float)
    return {"n_canaries": len(per_canary), "n_candidates": n_alternatives + 1,
            "max_exposure": float(values.max()), "mean_exposure": float(values.mean()),
            "max_possible_exposure": float(np.log2(n_alternatives + 1))}


def assess_variant(
    *,
    model: Any,
    records: pd.DataFrame,
    canaries: pd.DataFrame,
    secrets: pd.DataFrame,
    features: np.ndarray | None,
    references: Sequence[Mapping[str, np.ndarray]],
    evaluate: Mapping[str, Any],
) -> dict[str, Any]:
    """Utility on held-out persons, attacks on the pool, the one-run audit, attribute inference."""
    ledger = model.ledger
    test_rows = np.flatnonzero((records["split"] == "test").to_numpy())
    test = records.iloc[test_rows].reset_index(drop=True)
    proba_test = model.predict_proba(test, _rows(features, test_rows))

    pool = attack_pool(records)
    pool_p_true = reference_scores(model, records, features=features)
    is_member = training_rows(pool, canaries).to_numpy()

    options = variant_options(dict(evaluate))
    kwargs: dict[str, Any] = {}
    if evaluate["membership"]["enabled"]:
        kwargs.update(pool_p_true=pool_p_true, pool_is_member=is_member)
        if references:
            kwargs.update(reference_p_true=np.stack([r["p_true"] for r in references]),
                          reference_membership=np.stack([r["membership"] for r in references]))
        else:
            options["attacks"] = ("threshold",)
    if len(canaries):
        position = pd.Series(np.arange(len(pool)), index=pool["record_id"])
        idx = position.loc[canaries["record_id"]].to_numpy()
        kwargs.update(canary_scores=pool_p_true[idx], canary_included=canaries["included"].to_numpy())
        options["canary_guesses"] = fit_guesses(options["canary_guesses"], m=len(canaries))
    groups = {c: test[c].astype(str).to_numpy() for c in evaluate["group_columns"] if c in test}
    if evaluate["attribute_inference"]["enabled"]:
        attributes = {c: test[c].astype(str).to_numpy()
                      for c in evaluate["attribute_inference"]["attributes"] if c in test}
        if attributes:
            kwargs["sensitive_attributes"] = attributes
    eps = ledger.get("epsilon_spent")
    metrics = evaluate_variant(
        y_true=test["label"].to_numpy(), proba_test=proba_test, classes=model.classes,
        delta=ledger.get("delta") or 1.0 / (10 * len(records)), groups=groups or None,
        accountant_epsilon=math.inf if eps is None else float(eps), **kwargs, **options,
    )
    if evaluate["canaries"]["enabled"]:
        metrics["canary_exposure"] = secret_exposure(
            model, records, secrets, n_alternatives=evaluate["canaries"]["exposure_alternatives"],
            seed=evaluate["seed"])
    return metrics
