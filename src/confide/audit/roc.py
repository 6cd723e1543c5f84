"""Attack-strength metrics: AUC, balanced accuracy, TPR at fixed low FPR, log-scale ROC."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.stats import beta

from confide.evaluate._checks import as_1d, finite
from confide.evaluate.errors import EvaluationError
from confide.evaluate.utility import binary_auc

_EPS = 1e-12

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


def resolvable(fpr: float, n_nonmembers: int) -> bool:
    """Whether an FPR can be measured with ``n_nonmembers``: at least one false positive allowed.

    Below 1 / n_nonmembers the only admissible threshold has zero false positives, so a "TPR at
    0.1 % FPR" on 593 non-members is really the TPR at FPR = 0 and says nothing about 0.1 %.
    """
    return float(fpr) * n_nonmembers >= 1.0 - _EPS


def tpr_with_interval(
    member_scores: np.ndarray, nonmember_scores: np.ndarray, *, fpr: float, confidence: float
) -> dict[str, float]:
    """TPR at FPR ``fpr`` with a distribution-free interval that also covers the threshold's noise.

    The point estimate uses the threshold admitting at most ``floor(fpr * n_nonmembers)``
    false positives. The interval spends a quarter of 1 - ``confidence`` on each of four
    one-sided statements: the true FPR of the j-th highest non-member score is
    Beta(j, n + 1 - j), so a threshold j_lo whose FPR is <= ``fpr`` (and one j_hi whose FPR is
    >= ``fpr``) is found with probability 1 - a/4 each, and the members' Clopper-Pearson bounds
    at those two thresholds bracket the true TPR at ``fpr``. (A Clopper-Pearson interval at the
    estimated threshold alone ignores the threshold's noise and under-covers: 0.83 for a
    nominal 0.9 in ``tests/audit/test_roc.py``.) Scores are treated as continuous; ties
    make the interval approximate.
    """
    a = (1.0 - confidence) / 4.0
    n_m, n_nm = member_scores.size, nonmember_scores.size
    nm_desc = np.sort(nonmember_scores)[::-1]
    m_sorted = np.sort(member_scores)
    fp_allowed = int(math.floor(float(fpr) * n_nm + _EPS))

    def members_at_or_above(t: float) -> int:
        return int(n_m - np.searchsorted(m_sorted, t, side="left"))

    # Point estimate: strictly above the (fp_allowed + 1)-th highest non-member score.
    if fp_allowed >= n_nm:
        tp, fp = n_m, n_nm
    else:
        cut = nm_desc[fp_allowed]
        tp, fp = int(np.sum(member_scores > cut)), int(np.sum(nonmember_scores > cut))
    j = np.arange(1, n_nm + 1)
    low_ok = np.flatnonzero(beta.ppf(1 - a, j, n_nm + 1 - j) <= fpr)  # FPR(s_j) <= fpr w.h.p.
    high_ok = np.flatnonzero(beta.ppf(a, j, n_nm + 1 - j) >= fpr)  # FPR(s_j) >= fpr w.h.p.
    lo = 0.0
    if low_ok.size:
        k = members_at_or_above(nm_desc[low_ok[-1]])
        lo = float(beta.ppf(a, k, n_m - k + 1)) if k > 0 else 0.0
    hi = 1.0
    if high_ok.size:
        k = members_at_or_above(nm_desc[high_ok[0]])
        hi = float(beta.ppf(1 - a, k + 1, n_m - k)) if k < n_m else 1.0
    tpr = tp / n_m
    return {
        "tpr": tpr,
        # Tied scores (saturated probabilities) can put the at-or-above counts of the bounds on
        # the other side of the strictly-above estimate: widen the interval to hold it.
        "ci_low": min(lo, tpr),
        "ci_high": max(hi, tpr),
        "fpr": fp / n_nm,
        "false_positives_allowed": fp_allowed,
        # False when too few non-members pin a threshold below this FPR: ci_low is then 0.
        "lower_bound_informative": bool(low_ok.size),
    }


def attack_metrics(
    *,
    member_scores: Sequence[float] | np.ndarray,
    nonmember_scores: Sequence[float] | np.ndarray,
    fpr_points: Sequence[float],
    max_roc_points: int = 200,
    confidence: float = 0.95,
) -> dict[str, object]:
    """Strength of a membership attack whose higher score means "member".

    Balanced accuracy is max over thresholds of (TPR + TNR) / 2; TPR at FPR x is the best TPR
    with FPR <= x (Carlini et al. 2022, "Membership Inference Attacks From First Principles",
    §III-B). ``fpr_resolution`` = 1 / n_nonmembers. A TPR is reported only at FPRs the pool
    can resolve (x >= 1 / n_nonmembers, see :func:`resolvable`), with a Clopper-Pearson
    interval; unresolvable points are ``None`` and listed in ``unresolved_fpr_points``, and
    ``tpr_at_zero_fpr`` says what such a figure would really have measured.

    Returns:
        ``{"auc", "balanced_accuracy", "tpr_at_fpr": {"0.01": tpr or None},
        "tpr_interval": {"0.01": {"tpr", "ci_low", "ci_high", "fpr", ...}},
        "unresolved_fpr_points", "tpr_at_zero_fpr", "n_members", "n_nonmembers",
        "fpr_resolution", "roc": {"fpr": [...], "tpr": [...]}}``.
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
    intervals = {
        f"{float(x):g}": tpr_with_interval(m, nm, fpr=float(x), confidence=confidence)
        for x in fpr_points
        if resolvable(float(x), nm.size)
    }
    return {
        "auc": auc,
        "balanced_accuracy": float(np.max((tpr + 1.0 - fpr) / 2.0)),
        "tpr_at_fpr": {
            f"{float(x):g}": (tpr_at_fpr(fpr, tpr, float(x)) if resolvable(float(x), nm.size) else None)
            for x in fpr_points
        },
        "tpr_interval": intervals,
        "unresolved_fpr_points": [float(x) for x in fpr_points if not resolvable(float(x), nm.size)],
        "tpr_at_zero_fpr": tpr_at_fpr(fpr, tpr, 0.0),
        "confidence": float(confidence),
        "n_members": int(m.size),
        "n_nonmembers": int(nm.size),
        "fpr_resolution": 1.0 / nm.size,
        "roc": {"fpr": roc_fpr, "tpr": roc_tpr},
    }
