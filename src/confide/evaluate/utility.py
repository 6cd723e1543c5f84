"""Utility metrics with percentile-bootstrap confidence intervals.

All metrics are computed from a probability matrix ``proba`` (n, C) and integer labels; the
predicted class is ``argmax(proba)``. Implementations are plain numpy so that thousands of
bootstrap resamples stay cheap; ``tests/evaluate`` checks each one against scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from confide.evaluate._checks import label_indices, probability_level, probability_matrix
from confide.evaluate.errors import EvaluationError

#: Metric names in the order the internal vectors use.
METRICS: tuple[str, ...] = (
    "accuracy",
    "balanced_accuracy",
    "macro_f1",
    "auroc",
    "auprc",
    "ece",
)
#: Metrics where a lower value is better (used to pick the worst group).
LOWER_IS_BETTER: frozenset[str] = frozenset({"ece"})


def _ranking_curve(scores: np.ndarray, positive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative (tp, fp) counts at each distinct threshold, highest score first."""
    order = np.argsort(-scores, kind="mergesort")
    s = scores[order]
    last_of_tie = np.r_[np.flatnonzero(s[1:] != s[:-1]), s.size - 1]
    tps = np.cumsum(positive[order])[last_of_tie]
    return tps, (last_of_tie + 1) - tps


def _auc_ap(scores: np.ndarray, positive: np.ndarray) -> tuple[float, float]:
    """(ROC AUC, average precision) from one sort; NaN where undefined."""
    n_pos = int(positive.sum())
    n_neg = positive.size - n_pos
    if n_pos == 0:
        return float("nan"), float("nan")
    tps, fps = _ranking_curve(scores, positive)
    tpr = np.r_[0.0, tps / n_pos]
    ap = float(np.sum(np.diff(tpr) * (tps / (tps + fps))))
    if n_neg == 0:
        return float("nan"), ap
    fpr = np.r_[0.0, fps / n_neg]
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2.0))
    return auc, ap


def binary_auc(scores: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve (trapezoids over distinct thresholds, so ties count one half).

    Equals the Mann-Whitney U statistic / (n_pos * n_neg); NaN when either class is empty.
    """
    return _auc_ap(np.asarray(scores, float), np.asarray(positive, bool))[0]


def average_precision(scores: np.ndarray, positive: np.ndarray) -> float:
    """Average precision, sum_n (R_n - R_{n-1}) P_n over distinct thresholds (sklearn's AP).

    Returns NaN when there is no positive.
    """
    return _auc_ap(np.asarray(scores, float), np.asarray(positive, bool))[1]


def expected_calibration_error(proba: np.ndarray, y: np.ndarray, *, n_bins: int) -> float:
    """Top-label ECE with ``n_bins`` equal-width bins (lo, hi] (Guo et al. 2017, eq. 3).

    ECE = sum_b |B_b| / n * |acc(B_b) - conf(B_b)|.
    """
    if y.size == 0:
        return float("nan")
    conf = proba.max(axis=1)
    correct = (proba.argmax(axis=1) == y).astype(float)
    bins = np.clip(np.ceil(conf * n_bins).astype(np.int64) - 1, 0, n_bins - 1)
    count = np.bincount(bins, minlength=n_bins).astype(float)
    gap = np.abs(
        np.bincount(bins, weights=correct, minlength=n_bins)
        - np.bincount(bins, weights=conf, minlength=n_bins)
    )
    return float(gap.sum() / y.size) if count.sum() else float("nan")


def _metric_vector(y: np.ndarray, proba: np.ndarray, n_bins: int) -> np.ndarray:
    """Every metric of :data:`METRICS` for one sample, NaN where undefined."""
    n_classes = proba.shape[1]
    if y.size == 0:
        return np.full(len(METRICS), np.nan)
    pred = proba.argmax(axis=1)
    accuracy = float(np.mean(pred == y))
    cm = np.bincount(y * n_classes + pred, minlength=n_classes * n_classes).reshape(
        n_classes, n_classes
    )
    support = cm.sum(axis=1)
    predicted = cm.sum(axis=0)
    tp = np.diag(cm).astype(float)
    present = support > 0
    balanced = float(np.mean(tp[present] / support[present]))
    seen = present | (predicted > 0)
    denom = support + predicted
    f1 = np.divide(2 * tp, denom, out=np.zeros(n_classes), where=denom > 0)
    macro_f1 = float(np.mean(f1[seen]))
    pairs = np.array([_auc_ap(proba[:, c], y == c) for c in range(n_classes)])
    aucs, aps = pairs[:, 0], pairs[:, 1]
    auroc = float(np.nanmean(aucs)) if np.isfinite(aucs).any() else float("nan")
    auprc = float(np.nanmean(aps)) if np.isfinite(aps).any() else float("nan")
    ece = expected_calibration_error(proba, y, n_bins=n_bins)
    return np.array([accuracy, balanced, macro_f1, auroc, auprc, ece])


def percentile_interval(samples: np.ndarray, confidence: float) -> tuple[float, float]:
    """Percentile-bootstrap interval of ``samples`` (NaN samples ignored)."""
    finite_samples = samples[np.isfinite(samples)]
    if finite_samples.size == 0:
        return float("nan"), float("nan")
    alpha = 1.0 - confidence
    lo, hi = np.quantile(finite_samples, [alpha / 2.0, 1.0 - alpha / 2.0])
    return float(lo), float(hi)


def bootstrap_indices(n: int, *, n_bootstrap: int, seed: int) -> np.ndarray:
    """Row indices of ``n_bootstrap`` resamples with replacement, shape (n_bootstrap, n)."""
    if n_bootstrap < 0:
        raise EvaluationError(f"n_bootstrap: must be >= 0, got {n_bootstrap}")
    rng = np.random.default_rng([seed, 0xB0])  # own stream, independent of other seeded steps
    return rng.integers(0, n, size=(n_bootstrap, n)) if n else np.zeros((n_bootstrap, 0), int)


def summarize(
    point: np.ndarray, resampled: np.ndarray, confidence: float
) -> dict[str, dict[str, float]]:
    """Pair each metric's point estimate with its bootstrap interval."""
    out: dict[str, dict[str, float]] = {}
    for j, name in enumerate(METRICS):
        lo, hi = (
            percentile_interval(resampled[:, j], confidence)
            if len(resampled)
            else (
                float("nan"),
                float("nan"),
            )
        )
        out[name] = {"value": float(point[j]), "ci_low": lo, "ci_high": hi}
    return out


def utility_metrics(
    *,
    y_true: Sequence[object] | np.ndarray,
    proba: np.ndarray,
    classes: Sequence[object],
    n_bootstrap: int,
    confidence: float,
    seed: int,
    n_bins: int,
) -> dict[str, object]:
    """Accuracy, balanced accuracy, macro-F1, AUROC, AUPRC and ECE with bootstrap intervals.

    AUROC and AUPRC are one-vs-rest, macro-averaged over classes that have positives in the
    sample (for two classes the AUROC equals the usual binary AUROC; the AUPRC is the mean of
    both classes' average precision). Macro-F1 averages over classes seen in labels or
    predictions (sklearn's default); balanced accuracy over classes present in labels.
    Intervals are percentile bootstrap intervals over records (Efron & Tibshirani 1993, §13.3).

    Args:
        y_true: true labels, values from ``classes``.
        proba: (n, len(classes)) predicted probabilities, columns in ``classes`` order.
        classes: class names.
        n_bootstrap: number of resamples (0 disables intervals).
        confidence: two-sided interval level.
        seed: seed of the resampling.
        n_bins: ECE bins.

    Returns:
        ``{"n", "n_bootstrap", "confidence", "metrics": {name: {"value", "ci_low", "ci_high"}}}``.

    Example:
        >>> import numpy as np
        >>> r = utility_metrics(y_true=["a", "b"], proba=np.array([[.9, .1], [.2, .8]]),
        ...                     classes=["a", "b"], n_bootstrap=0, confidence=0.95, seed=0, n_bins=15)
        >>> r["metrics"]["accuracy"]["value"]
        1.0
    """
    y = label_indices(y_true, classes)
    p = probability_matrix("proba", proba, len(classes))
    if p.shape[0] != y.shape[0]:
        raise EvaluationError(f"proba has {p.shape[0]} rows but y_true has {y.shape[0]}")
    if y.size == 0:
        raise EvaluationError("y_true: no records to evaluate")
    confidence = probability_level("confidence", confidence)
    point = _metric_vector(y, p, n_bins)
    idx = bootstrap_indices(y.size, n_bootstrap=n_bootstrap, seed=seed)
    resampled = np.array([_metric_vector(y[i], p[i], n_bins) for i in idx]).reshape(
        len(idx), len(METRICS)
    )
    return {
        "n": int(y.size),
        "n_bootstrap": int(n_bootstrap),
        "confidence": confidence,
        "metrics": summarize(point, resampled, confidence),
    }
