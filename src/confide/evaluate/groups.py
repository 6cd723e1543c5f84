"""Per-subgroup utility and the worst-group gap (how much DP hurts small groups)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from confide.evaluate._checks import label_indices, probability_level, probability_matrix
from confide.evaluate.errors import EvaluationError
from confide.evaluate.utility import (
    LOWER_IS_BETTER,
    METRICS,
    _metric_vector,
    bootstrap_indices,
    percentile_interval,
    summarize,
)

#: Label used for records whose group value is missing (they are kept, never dropped).
MISSING_GROUP = "<missing>"


def _group_labels(name: str, values: object, n: int) -> np.ndarray:
    arr = np.asarray(values, dtype=object)
    if arr.ndim != 1 or arr.shape[0] != n:
        raise EvaluationError(
            f"groups[{name!r}]: expected {n} values (one per test record), got shape {arr.shape}"
        )
    out = []
    for v in arr.tolist():
        missing = v is None or (isinstance(v, float) and math.isnan(v))
        out.append(MISSING_GROUP if missing else str(v))
    return np.asarray(out, dtype=object)


def _gap(values: np.ndarray, metric: str) -> tuple[int, int, float]:
    """Return indices of worst and best group and the (non-negative) gap; -1 when undefined."""
    ok = np.flatnonzero(np.isfinite(values))
    if ok.size == 0:
        return -1, -1, float("nan")
    v = values[ok]
    lower_better = metric in LOWER_IS_BETTER
    worst = ok[int(np.argmax(v) if lower_better else np.argmin(v))]
    best = ok[int(np.argmin(v) if lower_better else np.argmax(v))]
    return int(worst), int(best), float(abs(values[best] - values[worst]))


def gap_interval(boot: np.ndarray, confidence: float) -> tuple[float, float]:
    """Interval for the true gap max_g mu_g - min_g mu_g from per-group bootstrap samples.

    Each of the G groups gets a percentile interval [L_g, U_g] at level 1 - (1 - confidence)/G
    (Bonferroni), so all hold together with probability >= ``confidence``; then the true gap
    lies in [max(0, max_g L_g - min_g U_g), max_g U_g - min_g L_g]. The point estimate
    max - min stays biased upwards (it is the maximum of noisy differences), but the interval
    covers the true gap, including 0 when groups do not differ.

    Args:
        boot: (n_bootstrap, G) resampled metric per group (NaN ignored).
        confidence: joint level.
    """
    finite_groups = [g for g in range(boot.shape[1]) if np.isfinite(boot[:, g]).any()]
    if not finite_groups or boot.shape[0] == 0:
        return float("nan"), float("nan")
    level = 1.0 - (1.0 - confidence) / len(finite_groups)
    bounds = np.array([percentile_interval(boot[:, g], level) for g in finite_groups])
    lo = max(0.0, float(bounds[:, 0].max() - bounds[:, 1].min()))
    hi = float(bounds[:, 1].max() - bounds[:, 0].min())
    return lo, hi


def group_metrics(
    *,
    y_true: Sequence[object] | np.ndarray,
    proba: np.ndarray,
    classes: Sequence[object],
    groups: Mapping[str, Sequence[object] | np.ndarray],
    n_bootstrap: int,
    confidence: float,
    seed: int,
    min_group_size: int,
    n_bins: int,
) -> dict[str, object]:
    """Compute utility metrics per value of each group column, with the worst-group gap.

    For every metric the gap is |best group - worst group| over groups with at least
    ``min_group_size`` records (smaller groups are still reported, flagged
    ``included_in_gap: False``); ``shortfall_vs_overall`` is how far the worst group is
    below the whole test set. Intervals come from one shared record-level bootstrap, so the
    gap's interval accounts for the uncertainty of both groups. Missing group values form
    their own group, ``"<missing>"``.

    Args:
        y_true: true labels, values from ``classes``.
        proba: (n, len(classes)) predicted probabilities.
        classes: class names.
        groups: column name -> n group values (e.g. ``{"gender": ..., "age_band": ...}``).
        n_bootstrap: resamples (0 disables intervals).
        confidence: interval level.
        seed: resampling seed.
        min_group_size: smallest group that enters the gap.
        n_bins: ECE bins.

    Returns:
        ``{column: {"groups": {value: {"n", "included_in_gap", "metrics"}},
        "gaps": {metric: {"worst_group", "best_group", "worst", "best", "gap", "gap_ci_low",
        "gap_ci_high", "shortfall_vs_overall"}}}}``.
    """
    y = label_indices(y_true, classes)
    p = probability_matrix("proba", proba, len(classes))
    if p.shape[0] != y.shape[0]:
        raise EvaluationError(f"proba has {p.shape[0]} rows but y_true has {y.shape[0]}")
    confidence = probability_level("confidence", confidence)
    if min_group_size < 1:
        raise EvaluationError(f"min_group_size: must be >= 1, got {min_group_size}")
    overall = _metric_vector(y, p, n_bins)
    idx = bootstrap_indices(y.size, n_bootstrap=n_bootstrap, seed=seed)
    result: dict[str, object] = {}
    for column, values in groups.items():
        labels = _group_labels(column, values, y.size)
        names = sorted(set(labels.tolist()))
        masks = [labels == g for g in names]
        sizes = np.array([int(m.sum()) for m in masks])
        included = sizes >= min_group_size
        point = np.array([_metric_vector(y[m], p[m], n_bins) for m in masks])
        boot = np.full((len(idx), len(names), len(METRICS)), np.nan)
        for b, rows in enumerate(idx):
            for g, m in enumerate(masks):
                sub = rows[m[rows]]
                boot[b, g] = _metric_vector(y[sub], p[sub], n_bins)
        per_group = {
            g: {
                "n": int(sizes[i]),
                "included_in_gap": bool(included[i]),
                "metrics": summarize(point[i], boot[:, i, :], confidence),
            }
            for i, g in enumerate(names)
        }
        kept = np.flatnonzero(included)
        gaps: dict[str, dict[str, object]] = {}
        for j, metric in enumerate(METRICS):
            worst, best, gap = _gap(point[kept, j], metric) if kept.size else (-1, -1, np.nan)
            lo, hi = (
                gap_interval(boot[:, kept, j], confidence) if kept.size else (np.nan, np.nan)
            )
            worst_value = float(point[kept[worst], j]) if worst >= 0 else float("nan")
            shortfall = (
                worst_value - overall[j]
                if metric in LOWER_IS_BETTER
                else (overall[j] - worst_value)
            )
            gaps[metric] = {
                "worst_group": names[kept[worst]] if worst >= 0 else None,
                "best_group": names[kept[best]] if best >= 0 else None,
                "worst": worst_value,
                "best": float(point[kept[best], j]) if best >= 0 else float("nan"),
                "gap": float(gap),
                "gap_ci_low": float(lo),
                "gap_ci_high": float(hi),
                "shortfall_vs_overall": float(shortfall),
            }
        result[column] = {
            "n_groups": len(names),
            "n_groups_in_gap": int(kept.size),
            "min_group_size": int(min_group_size),
            "groups": per_group,
            "gaps": gaps,
        }
    return result


def gap_vs_epsilon(
    variants: Sequence[tuple[float, Mapping[str, object]]],
    *,
    metrics: Sequence[str] = ("accuracy", "macro_f1"),
) -> list[dict[str, object]]:
    """Tabulate worst-group gaps against epsilon across trained variants.

    Args:
        variants: ``(epsilon, group_metrics_result)`` pairs; ``math.inf`` = non-private.
        metrics: metrics whose gap to tabulate.

    Returns:
        Rows sorted by epsilon (non-private last) with keys ``epsilon`` (None when
        non-private), ``epsilon_label``, ``column``, ``metric``, ``gap``, ``gap_ci_low``,
        ``gap_ci_high``, ``worst_group``, ``worst``.
    """
    unknown = sorted(set(metrics) - set(METRICS))
    if unknown:
        raise ValueError(f"unknown metric(s) {unknown}; known: {list(METRICS)}")
    rows: list[dict[str, object]] = []
    for eps, result in sorted(variants, key=lambda item: float(item[0])):
        eps = float(eps)
        for column, col in result.items():
            for metric in metrics:
                g = col["gaps"][metric]  # type: ignore[index]
                rows.append(
                    {
                        "epsilon": eps if math.isfinite(eps) else None,
                        "epsilon_label": "inf" if math.isinf(eps) else f"{eps:g}",
                        "column": column,
                        "metric": metric,
                        "gap": g["gap"],
                        "gap_ci_low": g["gap_ci_low"],
                        "gap_ci_high": g["gap_ci_high"],
                        "worst_group": g["worst_group"],
                        "worst": g["worst"],
                    }
                )
    return rows
