"""Empirical lower bounds on epsilon from membership attacks, and eps_hat next to the accountant's.

A lower bound ``eps_hat`` says: with probability >= ``confidence`` over the audit's own
randomness, the training run is *not* (eps, delta)-DP for any eps < eps_hat. It is compared
with the accountant's epsilon (an upper bound): eps_hat > accountant eps signals a bug.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.stats import beta

from confide.evaluate._checks import as_1d, delta_value, finite, probability_level
from confide.evaluate.errors import EvaluationError


def clopper_pearson(successes: int, trials: int, *, confidence: float) -> tuple[float, float]:
    """Exact two-sided Clopper-Pearson interval for a binomial proportion.

    Lower = Beta(a/2; k, n-k+1), upper = Beta(1-a/2; k+1, n-k) with a = 1 - confidence
    (Clopper & Pearson 1934); the one-sided bounds at level 1 - a/2 are the same numbers.
    """
    k, n = int(successes), int(trials)
    if n < 0 or not 0 <= k <= n:
        raise EvaluationError(f"clopper_pearson: need 0 <= successes <= trials, got {k}/{n}")
    a = 1.0 - probability_level("confidence", confidence)
    lo = float(beta.ppf(a / 2, k, n - k + 1)) if k > 0 else 0.0
    hi = float(beta.ppf(1 - a / 2, k + 1, n - k)) if k < n else 1.0
    return lo, hi


def _bound_from_rates(tpr_low: np.ndarray, fpr_high: np.ndarray, delta: float) -> np.ndarray:
    """Bound eps >= max(log((TPR-delta)/FPR), log((TNR-delta)/FNR)) for (eps, delta)-DP.

    (Kairouz, Oh & Viswanath 2015, Thm. 2.1: every test of an (eps, delta)-DP mechanism has
    FPR + e^eps FNR >= 1 - delta and FNR + e^eps FPR >= 1 - delta.)
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(
            (tpr_low - delta > 0) & (fpr_high > 0), np.log((tpr_low - delta) / fpr_high), 0.0
        )
        b = np.where(
            (1 - fpr_high - delta > 0) & (1 - tpr_low > 0),
            np.log((1 - fpr_high - delta) / (1 - tpr_low)),
            0.0,
        )
    return np.maximum(0.0, np.maximum(a, b))


def epsilon_from_counts(
    *, tp: int, fn: int, fp: int, tn: int, delta: float, confidence: float = 0.95
) -> dict[str, float]:
    """Lower bound on epsilon from one attack threshold's confusion counts.

    TPR is bounded below and FPR above with one-sided Clopper-Pearson bounds, each at level
    1 - (1 - confidence)/2 so that both hold together with probability >= ``confidence``
    (union bound; Jagielski, Ullman & Oprea 2020, "Auditing Differentially Private Machine
    Learning", Alg. 2), then plugged into the hypothesis-testing characterisation of DP.
    """
    delta = delta_value(delta)
    if min(tp, fn, fp, tn) < 0 or tp + fn == 0 or fp + tn == 0:
        raise EvaluationError("counts: need non-negative counts with members and non-members")
    tpr_low = float(beta.ppf((1 - confidence) / 2, tp, fn + 1)) if tp > 0 else 0.0
    fpr_high = float(beta.ppf(1 - (1 - confidence) / 2, fp + 1, tn)) if tn > 0 else 1.0
    eps = float(_bound_from_rates(np.array(tpr_low), np.array(fpr_high), delta))
    return {
        "epsilon_lower_bound": eps,
        "tpr_lower": tpr_low,
        "fpr_upper": fpr_high,
        "tpr": tp / (tp + fn),
        "fpr": fp / (fp + tn),
        "delta": delta,
        "confidence": float(confidence),
    }


def _counts_at_thresholds(
    members: np.ndarray, nonmembers: np.ndarray, thresholds: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(tp, fp) of the rule score >= t for each t."""
    tp = members.size - np.searchsorted(np.sort(members), thresholds, side="left")
    fp = nonmembers.size - np.searchsorted(np.sort(nonmembers), thresholds, side="left")
    return tp, fp


def _vector_bound(
    tp: np.ndarray, fp: np.ndarray, n_m: int, n_nm: int, delta: float, confidence: float
) -> np.ndarray:
    a = (1.0 - confidence) / 2.0
    tpr_low = np.where(tp > 0, beta.ppf(a, np.maximum(tp, 1), n_m - tp + 1), 0.0)
    fpr_high = np.where(fp < n_nm, beta.ppf(1 - a, fp + 1, np.maximum(n_nm - fp, 1)), 1.0)
    return _bound_from_rates(tpr_low, fpr_high, delta)


def epsilon_lower_bound(
    *,
    member_scores: Sequence[float] | np.ndarray,
    nonmember_scores: Sequence[float] | np.ndarray,
    delta: float,
    confidence: float = 0.95,
    selection_fraction: float = 0.5,
    seed: int = 0,
) -> dict[str, float]:
    """Epsilon lower bound from an attack's scores, with an honest threshold choice.

    The threshold is chosen on a random ``selection_fraction`` of members and non-members (the
    one maximising the bound there), and the Clopper-Pearson bound of
    :func:`epsilon_from_counts` is computed on the remaining records only, so picking the best
    threshold does not inflate the bound.

    Returns:
        :func:`epsilon_from_counts` fields plus ``threshold`` and ``n_members_eval``,
        ``n_nonmembers_eval``.
    """
    delta = delta_value(delta)
    confidence = probability_level("confidence", confidence)
    selection_fraction = probability_level("selection_fraction", selection_fraction)
    m = finite("member_scores", as_1d("member_scores", member_scores))
    nm = finite("nonmember_scores", as_1d("nonmember_scores", nonmember_scores))
    rng = np.random.default_rng([seed, 0x5A])  # own stream, independent of other seeded steps
    m, nm = rng.permutation(m), rng.permutation(nm)
    cut_m, cut_nm = int(m.size * selection_fraction), int(nm.size * selection_fraction)
    if min(cut_m, cut_nm, m.size - cut_m, nm.size - cut_nm) < 1:
        raise EvaluationError(
            f"epsilon_lower_bound: too few records to split ({m.size} members, "
            f"{nm.size} non-members)"
        )
    sel_m, sel_nm, ev_m, ev_nm = m[:cut_m], nm[:cut_nm], m[cut_m:], nm[cut_nm:]
    candidates = np.unique(np.r_[sel_m, sel_nm])
    tp, fp = _counts_at_thresholds(sel_m, sel_nm, candidates)
    bounds = _vector_bound(tp, fp, sel_m.size, sel_nm.size, delta, confidence)
    threshold = float(candidates[int(np.argmax(bounds))])
    tp_e, fp_e = _counts_at_thresholds(ev_m, ev_nm, np.array([threshold]))
    out = epsilon_from_counts(
        tp=int(tp_e[0]),
        fn=int(ev_m.size - tp_e[0]),
        fp=int(fp_e[0]),
        tn=int(ev_nm.size - fp_e[0]),
        delta=delta,
        confidence=confidence,
    )
    out.update(
        threshold=threshold,
        n_members_eval=int(ev_m.size),
        n_nonmembers_eval=int(ev_nm.size),
        ceiling=attack_ceiling(
            n_members=int(ev_m.size),
            n_nonmembers=int(ev_nm.size),
            delta=delta,
            confidence=confidence,
        ),
    )
    return out


def attack_ceiling(*, n_members: int, n_nonmembers: int, delta: float, confidence: float) -> float:
    """Largest bound :func:`epsilon_from_counts` can give on these pool sizes (a perfect attack).

    An eps_hat can never exceed it, so an audit whose ceiling is at or below the accountant's
    epsilon cannot detect a violation of that epsilon, whatever the attack.
    """
    return epsilon_from_counts(
        tp=n_members, fn=0, fp=0, tn=n_nonmembers, delta=delta, confidence=confidence
    )["epsilon_lower_bound"]


def privacy_summary(
    *,
    accountant_epsilon: float | None,
    delta: float,
    eps_hats: Mapping[str, float],
    ceilings: Mapping[str, float] | None = None,
    confidence: float = 0.95,
) -> dict[str, object]:
    """Put the empirical lower bounds next to the accountant's epsilon.

    ``eps_hat`` (the largest bound) holds at ``confidence`` when each method's bound was
    computed at ``confidence_by_method`` = 1 - (1 - confidence) / len(eps_hats), as
    :func:`confide.evaluate.variant.evaluate_variant` does. ``eps_hat_ceiling`` is the most any method could have shown
    on these sample sizes; when it does not exceed the accountant's epsilon the audit cannot
    detect a violation (``can_detect_violation: False``), which a reader must know before
    reading "no violation" as evidence.

    Warns (and sets ``audit_violation``) when a lower bound exceeds the accountant's epsilon,
    which means the DP implementation or its accounting is broken.
    """
    confidence = probability_level("confidence", confidence)
    finite_hats = [v for v in eps_hats.values() if v is not None and math.isfinite(v)]
    eps_hat = max(finite_hats) if finite_hats else float("nan")
    ceilings = dict(ceilings or {})
    finite_ceilings = [v for v in ceilings.values() if v is not None and math.isfinite(v)]
    ceiling = max(finite_ceilings) if finite_ceilings else float("nan")
    private = accountant_epsilon is not None and math.isfinite(float(accountant_epsilon))
    violation = bool(private and finite_hats and eps_hat > float(accountant_epsilon))  # type: ignore[arg-type]
    if violation:
        warnings.warn(
            f"empirical epsilon lower bound {eps_hat:.3f} exceeds the accountant's epsilon "
            f"{float(accountant_epsilon):.3f}: the DP training or its accounting is broken",  # type: ignore[arg-type]
            stacklevel=2,
        )
    can_detect = (
        bool(ceiling > float(accountant_epsilon))  # type: ignore[arg-type]
        if private and finite_ceilings
        else None
    )
    return {
        "accountant_epsilon": float(accountant_epsilon) if private else None,
        "private": private,
        "delta": float(delta),
        "eps_hat": eps_hat,
        "eps_hat_by_method": dict(eps_hats),
        "confidence": confidence,
        "confidence_by_method": 1.0 - (1.0 - confidence) / max(len(eps_hats), 1),
        "eps_hat_ceiling": ceiling,
        "ceiling_by_method": ceilings,
        "can_detect_violation": can_detect,
        "audit_violation": violation,
    }
