"""A larger non-member pool: the same training mechanism audited over several runs at once.

One deployed model has as many non-members as held-out units (455 records on the default
data, fewer persons), so TPR at 0.1 % FPR cannot be resolved. The reference models are runs of
the *same mechanism* (model, epsilon, hyper-parameters, code, training-set size) on other
random subsets of the pool, so each can stand as a target with the others as its references
(Carlini et al. 2022, §VI, evaluate over many target models). Pooling the deployed model, the
separate one-run audit run and every reference model gives about (K + 2) x the non-members: the
FPR resolution becomes 1 / (pooled non-member observations). That resolution is *nominal*
(``fpr_resolution_kind``): a unit's observations in different runs are correlated, so they are
worth fewer than that many independent non-members; ``n_nonmember_units`` says how many distinct
units they come from.

This audits the mechanism, which is what an (epsilon, delta) guarantee is about, not the one
deployed model. The TPR interval is the union of two intervals: the order-statistics interval
of :func:`confide.audit.roc.tpr_with_interval` (covers the threshold's own noise, but treats
the observations as independent) and a percentile cluster bootstrap over units (persons or
records; every replicate resamples units with all of their observations, since one unit's
observations in different runs are correlated). In simulation (``bench/evaluate.py --units``,
400 persons, K = 16, nominal 0.9) the bootstrap alone covered the true TPR 0.835 / 0.88 of the
time at 0.1 % / 1 % FPR, the order-statistics interval and the union 1.0 / 0.985.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from confide.audit.attacks import get_attack, needs_reference
from confide.audit.roc import resolvable, roc_points, tpr_at_fpr, tpr_with_interval
from confide.audit.units import unit_membership, unit_scores
from confide.evaluate.errors import EvaluationError
from confide.evaluate.utility import binary_auc


def _weighted_tpr_at(order: np.ndarray, last: np.ndarray, member: np.ndarray, weight: np.ndarray,
                     fpr_points: Sequence[float]) -> np.ndarray:
    """TPR at each FPR point of the weighted ROC (observations pre-sorted by ``order``)."""
    w = weight[order]
    b = member[order]
    tp = np.cumsum(w * b)[last]
    fp = np.cumsum(w * ~b)[last]
    w_m, w_nm = tp[-1] if tp.size else 0.0, fp[-1] if fp.size else 0.0
    if w_m <= 0 or w_nm <= 0:
        return np.full(len(fpr_points), np.nan)
    fpr, tpr = np.r_[0.0, fp / w_nm], np.r_[0.0, tp / w_m]
    return np.array([tpr[fpr <= x + 1e-15].max() for x in fpr_points])


def pooled_tpr(*, scores: np.ndarray, is_member: np.ndarray, units: np.ndarray,
               fpr_points: Sequence[float], n_bootstrap: int, confidence: float,
               seed: int) -> dict[str, object]:
    """AUC and TPR at resolvable FPRs over pooled observations, with intervals (module docstring).

    Args:
        scores: one attack score per observation (a unit in one run), higher = member.
        is_member: whether the unit was in that run's training set.
        units: the observation's unit code (0..n_units-1), shared across runs.
        fpr_points: FPRs to report; those below 1 / non-member observations are ``None``.
        n_bootstrap: cluster bootstrap replicates (0: order-statistics intervals only).
        confidence: level of the percentile intervals.
        seed: bootstrap seed.
    """
    s, b, u = np.asarray(scores, float), np.asarray(is_member, bool), np.asarray(units)
    n_m, n_nm = int(b.sum()), int((~b).sum())
    if n_m == 0 or n_nm == 0:
        raise EvaluationError(f"pooled audit needs members and non-members, got {n_m} and {n_nm}")
    fpr, tpr, _ = roc_points(s[b], s[~b])
    points = [float(x) for x in fpr_points]
    ok = [x for x in points if resolvable(x, n_nm)]
    out: dict[str, object] = {
        "auc": binary_auc(s, b),
        "n_member_observations": n_m,
        "n_nonmember_observations": n_nm,
        "n_units": int(u.max()) + 1,
        "fpr_resolution": 1.0 / n_nm,
        "fpr_resolution_kind": "nominal",
        "fpr_resolution_note": ("nominal: 1 / pooled non-member observations, which are correlated (a unit "
                                "is observed in several runs), so the effective resolution is coarser; the "
                                "TPR intervals (cluster bootstrap over units) account for the correlation"),
        "n_nonmember_units": int(np.unique(u[~b]).size),
        "tpr_at_fpr": {f"{x:g}": (tpr_at_fpr(fpr, tpr, x) if x in ok else None) for x in points},
        "unresolved_fpr_points": [x for x in points if x not in ok],
        "tpr_interval": {},
        "interval_method": ("union of the order-statistics interval and a percentile cluster "
                            "bootstrap over units" if n_bootstrap > 0 else "order statistics"),
        "confidence": float(confidence),
    }
    order_stats = {f"{x:g}": tpr_with_interval(s[b], s[~b], fpr=x, confidence=confidence) for x in ok}
    out["tpr_interval"] = {key: {"tpr": v["tpr"], "ci_low": v["ci_low"], "ci_high": v["ci_high"]}
                           for key, v in order_stats.items()}
    if n_bootstrap > 0 and ok:
        order = np.argsort(-s, kind="mergesort")
        sorted_s = s[order]
        last = np.r_[np.flatnonzero(np.diff(sorted_s) != 0), s.size - 1]
        rng = np.random.default_rng([seed, 0xB007])
        n_units = int(u.max()) + 1
        reps = np.empty((n_bootstrap, len(ok)))
        for i in range(n_bootstrap):
            counts = np.bincount(rng.integers(0, n_units, n_units), minlength=n_units)
            reps[i] = _weighted_tpr_at(order, last, b, counts[u].astype(float), ok)
        a = (1.0 - confidence) / 2.0
        lo, hi = np.nanquantile(reps, a, axis=0), np.nanquantile(reps, 1.0 - a, axis=0)
        for j, x in enumerate(ok):
            row = out["tpr_interval"][f"{x:g}"]  # type: ignore[index]
            row["bootstrap_low"], row["bootstrap_high"] = float(lo[j]), float(hi[j])
            row["ci_low"] = float(min(row["ci_low"], lo[j], row["tpr"]))
            row["ci_high"] = float(max(row["ci_high"], hi[j], row["tpr"]))
    return out


def pooled_audit(
    *,
    targets: Sequence[tuple[str, np.ndarray, np.ndarray]],
    reference_p_true: np.ndarray,
    reference_membership: np.ndarray,
    units: np.ndarray,
    attack: str,
    attack_options: Mapping[str, object] | None = None,
    unit_score: str = "mean",
    fpr_points: Sequence[float],
    n_bootstrap: int,
    confidence: float,
    seed: int,
) -> dict[str, object]:
    """The attack ``attack`` on several runs of one mechanism, pooled at the audit unit.

    ``targets`` are (name, p_true over the pool, training mask over the pool) of runs outside the
    reference set (the deployed model, the separate audit run), each attacked with all K
    reference models; every reference model j is also a target, attacked with the other K - 1.
    A reference target whose leave-one-out references cannot score a record (e.g. no OUT model
    left for LiRA with few references) is left out and counted in ``targets_skipped``.

    Returns:
        :func:`pooled_tpr` fields plus ``attack``, ``targets`` (how many runs were pooled),
        ``targets_skipped`` and ``unit_score``.
    """
    refs = np.asarray(reference_p_true, float)
    masks = np.asarray(reference_membership, bool)
    fn = get_attack(attack)
    if needs_reference(attack) and refs.shape[0] < 2:
        raise EvaluationError(f"pooled audit with {attack} needs at least 2 reference models")
    options = dict(attack_options or {})
    all_scores, all_member, all_units = [], [], []
    skipped: dict[str, str] = {}

    def add(p: np.ndarray, member: np.ndarray, r: np.ndarray, m: np.ndarray) -> None:
        kwargs: dict[str, object] = {"target_p_true": p, **options}
        if needs_reference(attack):
            kwargs.update(reference_p_true=r, reference_membership=m)
        record_scores = np.asarray(fn(**kwargs), dtype=float)
        all_scores.append(unit_scores(record_scores, units, how=unit_score))
        all_member.append(unit_membership(member, units))
        all_units.append(np.arange(all_scores[-1].size))

    for _name, p, member in targets:
        add(np.asarray(p, float), np.asarray(member, bool), refs, masks)
    for j in range(refs.shape[0]):
        others = np.arange(refs.shape[0]) != j
        try:
            add(refs[j], masks[j], refs[others], masks[others])
        except EvaluationError as exc:  # recorded, not swallowed: the pool is smaller
            skipped[f"reference_{j}"] = str(exc).split(";")[0]
    out = pooled_tpr(scores=np.concatenate(all_scores), is_member=np.concatenate(all_member),
                     units=np.concatenate(all_units), fpr_points=fpr_points,
                     n_bootstrap=n_bootstrap, confidence=confidence, seed=seed)
    out.update(attack=attack, targets=len(all_scores), targets_skipped=skipped, unit_score=unit_score)
    return out
