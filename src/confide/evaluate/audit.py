"""Empirical lower bounds on epsilon from membership attacks and one-run canary audits.

A lower bound ``eps_hat`` says: with probability >= ``confidence`` over the audit's own
randomness, the training run is *not* (eps, delta)-DP for any eps < eps_hat. It is compared
with the accountant's epsilon (an upper bound): eps_hat > accountant eps signals a bug.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.stats import beta, binom

from confide.evaluate._checks import as_1d, delta_value, finite, probability_level
from confide.evaluate.errors import EvaluationError
from confide.evaluate.utility import binary_auc

# Distinct random streams so that the same ``seed`` never couples the canaries' coin flips
# with the attacker's tie-breaking (which would leak inclusion into the guesses).
_INCLUSION_STREAM = 0x1C
_TIEBREAK_STREAM = 0x7B


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


def canary_inclusion(*, m: int, seed: int) -> np.ndarray:
    """Independent fair coin per canary: True = include it in training (Steinke et al. 2023)."""
    if m < 1:
        raise EvaluationError(f"m: need at least one canary, got {m}")
    return np.random.default_rng([seed, _INCLUSION_STREAM]).random(m) < 0.5


def one_run_p_value(*, m: int, r: int, v: int, epsilon: float, delta: float) -> float:
    """P-value of >= v correct guesses out of r if the run were (epsilon, delta)-DP.

    Steinke, Nasr & Jagielski 2023, "Privacy Auditing with One (1) Training Run", §3 main
    theorem: with f(v) = P[Binomial(r, e^eps / (1 + e^eps)) >= v],
    P[W >= v] <= f(v) + 2 m delta * max_{1<=i<=v} (f(v - i) - f(v)) / i.
    """
    if not 0 <= v <= r <= m:
        raise EvaluationError(f"one_run_p_value: need 0 <= v <= r <= m, got v={v} r={r} m={m}")
    q = 1.0 / (1.0 + math.exp(-epsilon))
    tail = float(binom.sf(v - 1, r, q))
    if delta > 0 and v > 0:
        pmf = binom.pmf(np.arange(v - 1, -1, -1), r, q)  # P[W = v-1], P[W = v-2], ...
        extra = float(np.max(np.cumsum(pmf) / np.arange(1, v + 1)))
        tail += 2.0 * m * delta * extra
    return min(tail, 1.0)


def one_run_epsilon(
    *, m: int, r: int, v: int, delta: float, confidence: float = 0.95, max_epsilon: float = 100.0
) -> float:
    """Largest epsilon rejected at level 1 - ``confidence`` by :func:`one_run_p_value`."""
    delta = delta_value(delta)
    level = 1.0 - probability_level("confidence", confidence)
    if one_run_p_value(m=m, r=r, v=v, epsilon=0.0, delta=delta) >= level:
        return 0.0
    lo, hi = 0.0, 1.0
    while one_run_p_value(m=m, r=r, v=v, epsilon=hi, delta=delta) < level:
        lo, hi = hi, hi * 2
        if hi > max_epsilon:
            return float(max_epsilon)
    for _ in range(60):
        mid = (lo + hi) / 2
        if one_run_p_value(m=m, r=r, v=v, epsilon=mid, delta=delta) < level:
            lo = mid
        else:
            hi = mid
    return float(lo)


def one_run_audit(
    *,
    canary_scores: Sequence[float] | np.ndarray,
    canary_included: Sequence[bool] | np.ndarray,
    delta: float,
    guesses: Sequence[tuple[int, int]] = ((100, 0),),
    confidence: float = 0.95,
    seed: int = 0,
) -> dict[str, object]:
    """One-run audit (Steinke, Nasr & Jagielski 2023): bound epsilon from canary guesses.

    The attacker guesses "included" for the ``k_pos`` highest-scoring canaries and "excluded"
    for the ``k_neg`` lowest (ties broken at random, never by position), abstaining on the
    rest; v of the r = k_pos + k_neg guesses are correct. Each (k_pos, k_neg) in ``guesses``
    is tried at level (1 - confidence) / len(guesses) (Bonferroni), and the largest bound is
    reported; fix ``guesses`` before looking at results.

    Args:
        canary_scores: attack score per canary (higher = more likely included).
        canary_included: the coin flips of :func:`canary_inclusion`.
        delta: the delta of the (epsilon, delta) guarantee under audit.
        guesses: (k_pos, k_neg) settings, each with k_pos + k_neg <= m.
        confidence: level of the lower bound.
        seed: tie-breaking seed.

    Returns:
        ``{"epsilon_lower_bound", "m", "r", "v", "k_pos", "k_neg", "guess_accuracy",
        "delta", "confidence", "n_settings", "ceiling", "n_included", "canary_auc"}``;
        ``ceiling`` is the bound all-correct guesses would give (the most this audit can
        show), ``canary_auc`` how well the score separates included from excluded canaries.
    """
    s = finite("canary_scores", as_1d("canary_scores", canary_scores))
    inc = np.asarray(canary_included)
    if inc.shape != s.shape or inc.dtype != bool:
        raise EvaluationError(f"canary_included: expected {s.size} booleans, got {inc.shape}")
    if not guesses:
        raise EvaluationError("guesses: give at least one (k_pos, k_neg) setting")
    confidence = probability_level("confidence", confidence)
    level = (1.0 - confidence) / len(guesses)
    tiebreak = np.random.default_rng([seed, _TIEBREAK_STREAM]).random(s.size)
    order = np.lexsort((tiebreak, -s))  # highest score first
    best: dict[str, object] | None = None
    ceiling = 0.0
    for k_pos, k_neg in guesses:
        k_pos, k_neg = int(k_pos), int(k_neg)
        if k_pos < 0 or k_neg < 0 or k_pos + k_neg > s.size or k_pos + k_neg == 0:
            raise EvaluationError(
                f"guesses: need k_pos, k_neg >= 0 and 0 < k_pos + k_neg <= m={s.size}, "
                f"got ({k_pos}, {k_neg})"
            )
        v = int(inc[order[:k_pos]].sum()) + int((~inc[order[s.size - k_neg :]]).sum())
        r = k_pos + k_neg
        eps = one_run_epsilon(m=s.size, r=r, v=v, delta=delta, confidence=1.0 - level)
        ceiling = max(ceiling, one_run_epsilon(m=s.size, r=r, v=r, delta=delta,
                                               confidence=1.0 - level))
        row = {
            "epsilon_lower_bound": eps,
            "m": int(s.size),
            "r": r,
            "v": v,
            "k_pos": k_pos,
            "k_neg": k_neg,
            "guess_accuracy": v / r,
        }
        if best is None or eps > best["epsilon_lower_bound"]:  # type: ignore[operator]
            best = row
    assert best is not None
    best.update(
        delta=float(delta),
        confidence=confidence,
        n_settings=len(guesses),
        ceiling=ceiling,
        n_included=int(inc.sum()),
        canary_auc=binary_auc(s, inc) if 0 < inc.sum() < inc.size else float("nan"),
    )
    return best
