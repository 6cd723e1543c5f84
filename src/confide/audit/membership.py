"""The membership attacks of one audit pool, run together: all see the same members and non-members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from confide.audit.attacks import get_attack, needs_reference
from confide.audit.bounds import epsilon_lower_bound
from confide.audit.roc import attack_metrics
from confide.audit.units import unit_membership, unit_scores
from confide.evaluate._checks import as_1d
from confide.evaluate.errors import EvaluationError


def run_attacks(
    *,
    pool_p_true: Sequence[float] | np.ndarray,
    pool_is_member: Sequence[bool] | np.ndarray,
    reference_p_true: np.ndarray | None = None,
    reference_membership: np.ndarray | None = None,
    attacks: Sequence[str],
    attack_options: Mapping[str, Mapping[str, object]] | None = None,
    delta: float,
    confidence: float,
    fpr_points: Sequence[float],
    max_roc_points: int,
    selection_fraction: float,
    headline_attack: str | None = None,
    interval_confidence: float | None = None,
    pool_units: Sequence[int] | np.ndarray | None = None,
    unit_score: str,
    seed: int,
) -> dict[str, object]:
    """Run the named attacks on one audit pool; all see the same members and non-members.

    With ``pool_units`` (an integer unit code per pool record, e.g. the person) the attacks
    score units, not records: each record is scored against the reference models, and a unit's
    score is the ``unit_score`` (mean) of its records' scores (:mod:`confide.audit.units`);
    members and non-members are units, and a unit with records on both sides is an error.

    Each attack's epsilon lower bound is computed at level 1 - (1 - confidence) / n_run
    (Bonferroni over the attacks that ran), so ``max_epsilon_lower_bound`` holds at
    ``confidence``. Reference attacks are skipped, with the reason recorded, when no
    reference models are given.

    ``headline_attack`` names, before any result is seen, the attack whose AUC and TPRs are
    quoted as the variant's figures (taking the best of several noisy TPRs would overstate
    leakage); when it was skipped the threshold attack stands in and the reason is recorded.
    TPR intervals are at ``interval_confidence`` (default ``confidence``): they do not enter
    eps_hat, so they need no share of its error budget.

    Returns:
        ``{"attacks": {name: {..attack_metrics.., "epsilon": {..}}}, "skipped": {name: why},
        "max_epsilon_lower_bound", "ceiling", "confidence", "confidence_per_attack",
        "headline_attack", "headline_note"}``.
    """
    member = np.asarray(pool_is_member)
    p = as_1d("pool_p_true", pool_p_true)
    if member.shape != p.shape or member.dtype != bool:
        raise EvaluationError(f"pool_is_member: expected {p.size} booleans, got {member.shape}")

    def per_unit(x: np.ndarray) -> np.ndarray:
        return x if pool_units is None else unit_scores(x, pool_units, how=unit_score)

    unit_member = member if pool_units is None else unit_membership(member, pool_units)
    attack_options = attack_options or {}
    have_reference = reference_p_true is not None and reference_membership is not None
    skipped: dict[str, str] = {}
    to_run = []
    for name in attacks:
        get_attack(name)
        if needs_reference(name) and not have_reference:
            skipped[name] = "no reference models given"
        else:
            to_run.append(name)
    per_attack_conf = 1.0 - (1.0 - confidence) / max(len(to_run), 1)
    results: dict[str, object] = {}
    for name in to_run:
        kwargs: dict[str, object] = {"target_p_true": p}
        if needs_reference(name):
            kwargs.update(
                reference_p_true=reference_p_true, reference_membership=reference_membership
            )
        kwargs.update(attack_options.get(name, {}))
        scores = per_unit(np.asarray(get_attack(name)(**kwargs), dtype=float))
        res = attack_metrics(
            member_scores=scores[unit_member],
            nonmember_scores=scores[~unit_member],
            fpr_points=fpr_points,
            max_roc_points=max_roc_points,
            confidence=confidence if interval_confidence is None else interval_confidence,
        )
        res["epsilon"] = epsilon_lower_bound(
            member_scores=scores[unit_member],
            nonmember_scores=scores[~unit_member],
            delta=delta,
            confidence=per_attack_conf,
            selection_fraction=selection_fraction,
            seed=seed,
        )
        results[name] = res
    bounds = [r["epsilon"]["epsilon_lower_bound"] for r in results.values()]  # type: ignore[index]
    ceilings = [r["epsilon"]["ceiling"] for r in results.values()]  # type: ignore[index]
    headline = headline_attack if headline_attack is not None else (to_run[0] if to_run else None)
    note = None
    if headline is not None and headline not in results:
        note = f"{headline} did not run ({skipped.get(headline, 'not in attacks')}); threshold shown"
        headline = "threshold" if "threshold" in results else (to_run[0] if to_run else None)
    return {
        "attacks": results,
        "skipped": skipped,
        "max_epsilon_lower_bound": float(max(bounds)) if bounds else float("nan"),
        "ceiling": float(max(ceilings)) if ceilings else float("nan"),
        "confidence": float(confidence),
        "confidence_per_attack": per_attack_conf,
        "headline_attack": headline,
        "headline_note": note,
        "unit_score": None if pool_units is None else unit_score,
    }
