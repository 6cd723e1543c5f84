"""Attribute inference: test whether the model's output vectors reveal a sensitive attribute."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold

from confide.evaluate.errors import EvaluationError


def attribute_inference(
    *,
    proba: np.ndarray,
    attribute: Sequence[object] | np.ndarray,
    n_splits: int,
    seed: int,
) -> dict[str, object]:
    """Cross-validated logistic regression on log-probabilities vs. the majority baseline.

    In each fold the attacker fits a multinomial logistic regression on log(proba) of the
    training folds; the baseline predicts the training folds' majority value. Both are scored
    on the held-out fold (accuracy and balanced accuracy, pooled over folds). Records with a
    missing attribute are excluded and counted in ``n_missing``.

    Returns:
        ``{"n", "n_missing", "n_values", "attack_accuracy", "baseline_accuracy", "advantage",
        "attack_balanced_accuracy", "baseline_balanced_accuracy", "balanced_advantage"}``;
        ``advantage`` = attack accuracy - baseline accuracy (> 0 means the outputs leak).
    """
    p = np.asarray(proba, dtype=float)
    values = np.asarray(attribute, dtype=object)
    if p.ndim != 2 or values.ndim != 1 or p.shape[0] != values.shape[0]:
        raise EvaluationError(
            f"attribute_inference: proba (n, C) and attribute (n,) must align, "
            f"got {p.shape} and {values.shape}"
        )
    missing = np.array([v is None or (isinstance(v, float) and math.isnan(v)) for v in values])
    x = np.log(np.clip(p[~missing], 1e-12, 1.0))
    labels, y = np.unique(np.array([str(v) for v in values[~missing]]), return_inverse=True)
    if labels.size < 2:
        raise EvaluationError("attribute_inference: the attribute needs at least two values")
    counts = np.bincount(y)
    if counts.min() >= n_splits:
        folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    else:
        folds = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    attack_pred = np.empty_like(y)
    base_pred = np.empty_like(y)
    for train_idx, test_idx in folds.split(x, y):
        train_counts = np.bincount(y[train_idx], minlength=labels.size)
        base_pred[test_idx] = int(np.argmax(train_counts))
        if np.count_nonzero(train_counts) < 2:
            attack_pred[test_idx] = base_pred[test_idx]
            continue
        clf = LogisticRegression(max_iter=1000)
        clf.fit(x[train_idx], y[train_idx])
        attack_pred[test_idx] = clf.predict(x[test_idx])

    def balanced(pred: np.ndarray) -> float:
        return float(np.mean([np.mean(pred[y == c] == c) for c in range(labels.size)]))

    acc, base = float(np.mean(attack_pred == y)), float(np.mean(base_pred == y))
    bacc, bbase = balanced(attack_pred), balanced(base_pred)
    return {
        "n": int(y.size),
        "n_missing": int(missing.sum()),
        "n_values": int(labels.size),
        "attack_accuracy": acc,
        "baseline_accuracy": base,
        "advantage": acc - base,
        "attack_balanced_accuracy": bacc,
        "baseline_balanced_accuracy": bbase,
        "balanced_advantage": bacc - bbase,
    }
