"""Attack-strength metrics: AUC, balanced accuracy, TPR at fixed low FPR, log-scale ROC."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from confide.evaluate._checks import as_1d, finite
from confide.evaluate.errors import EvaluationError
from confide.evaluate.utility import binary_auc

#: Default false-positive rates at which TPR is reported (Carlini et al. 2022, §III).
DEFAULT_FPR_POINTS: tuple[float, ...] = (0.001, 0.01)


def roc_points(member_scores: np.ndarray, nonmember_scores: np.ndarray) -> tuple[np.ndarray, ...]:
    """Full ROC of the rule "member iff score >= t" over every distinct threshold.

    Returns:
        ``(fpr, tpr, thresholds)``, starting at (0, 0) with threshold +inf.
    """
    scores = np.r_[member_scores, nonmember_scores]
    is_member = np.r_[np.ones(member_scores.size, bool), np.zeros(nonmember_scores.size, bool)]
    order = np.argsort(-scores, kind="mergesort")
    s = scores[order]
    hits = is_member[order]
    last = np.r_[np.flatnonzero(np.diff(s) != 0), s.size - 1]
    tp = np.cumsum(hits)[last]
    fp = (last + 1) - tp
    fpr = np.r_[0.0, fp / max(nonmember_scores.size, 1)]
    tpr = np.r_[0.0, tp / max(member_scores.size, 1)]
    return fpr, tpr, np.r_[np.inf, s[last]]


def tpr_at_fpr(fpr: np.ndarray, tpr: np.ndarray, target: float) -> float:
    """Largest TPR among ROC points whose FPR does not exceed ``target``."""
    ok = fpr <= target + 1e-15
    return float(tpr[ok].max()) if ok.any() else 0.0


def downsample_roc(
    fpr: np.ndarray, tpr: np.ndarray, *, max_points: int = 200
) -> tuple[list[float], list[float]]:
    """Keep at most ``max_points`` ROC points, spaced evenly on a log-FPR axis.

    Each kept point is a real ROC point (the highest TPR at or below a grid FPR), so the
    curve is never optimistic. The first and last points are always kept.
    """
    if max_points < 2:
        raise EvaluationError(f"max_points: must be >= 2, got {max_points}")
    if fpr.size <= max_points:
        return [float(x) for x in fpr], [float(x) for x in tpr]
    positive = fpr[fpr > 0]
    low = positive.min() if positive.size else 1.0
    grid = np.r_[0.0, np.geomspace(low, 1.0, max_points - 1)]
    keep = np.unique(np.searchsorted(fpr, grid, side="right") - 1)
    keep = np.unique(np.r_[0, keep, fpr.size - 1])
    return [float(x) for x in fpr[keep]], [float(x) for x in tpr[keep]]


def attack_metrics(
    *,
    member_scores: Sequence[float] | np.ndarray,
    nonmember_scores: Sequence[float] | np.ndarray,
    fpr_points: Sequence[float] = DEFAULT_FPR_POINTS,
    max_roc_points: int = 200,
) -> dict[str, object]:
    """Strength of a membership attack whose higher score means "member".

    Balanced accuracy is max over thresholds of (TPR + TNR) / 2; TPR at FPR x is the best TPR
    with FPR <= x (Carlini et al. 2022, "Membership Inference Attacks From First Principles",
    §III-B). ``fpr_resolution`` = 1 / n_nonmembers: a TPR at an FPR below it is the TPR at
    zero false positives.

    Returns:
        ``{"auc", "balanced_accuracy", "tpr_at_fpr": {"0.001": ...}, "n_members",
        "n_nonmembers", "fpr_resolution", "roc": {"fpr": [...], "tpr": [...]}}``.
    """
    m = finite("member_scores", as_1d("member_scores", member_scores))
    nm = finite("nonmember_scores", as_1d("nonmember_scores", nonmember_scores))
    if m.size == 0 or nm.size == 0:
        raise EvaluationError(f"attack needs members and non-members, got {m.size} and {nm.size}")
    for x in fpr_points:
        if not 0.0 < float(x) < 1.0:
            raise EvaluationError(f"fpr_points: each must lie in (0, 1), got {x}")
    fpr, tpr, _ = roc_points(m, nm)
    auc = binary_auc(np.r_[m, nm], np.r_[np.ones(m.size, bool), np.zeros(nm.size, bool)])
    roc_fpr, roc_tpr = downsample_roc(fpr, tpr, max_points=max_roc_points)
    return {
        "auc": auc,
        "balanced_accuracy": float(np.max((tpr + 1.0 - fpr) / 2.0)),
        "tpr_at_fpr": {f"{float(x):g}": tpr_at_fpr(fpr, tpr, float(x)) for x in fpr_points},
        "n_members": int(m.size),
        "n_nonmembers": int(nm.size),
        "fpr_resolution": 1.0 / nm.size,
        "roc": {"fpr": roc_fpr, "tpr": roc_tpr},
    }
