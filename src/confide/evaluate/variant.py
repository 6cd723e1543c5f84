"""One entry point per trained variant: utility, groups, attacks, audits, eps_hat vs eps."""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence

import numpy as np

from confide.evaluate._checks import as_1d, delta_value, probability_level
from confide.evaluate.attribute import attribute_inference
from confide.evaluate.audit import epsilon_lower_bound, one_run_audit
from confide.evaluate.errors import EvaluationError
from confide.evaluate.groups import group_metrics
from confide.evaluate.io import jsonable
from confide.evaluate.membership import get_attack, needs_reference
from confide.evaluate.roc import DEFAULT_FPR_POINTS, attack_metrics
from confide.evaluate.units import unit_membership, unit_scores
from confide.evaluate.utility import utility_metrics

#: Attacks run by default (all registered built-ins).
DEFAULT_ATTACKS: tuple[str, ...] = (
    "threshold",
    "lira_online",
    "lira_offline",
    "rmia_online",
    "rmia_offline",
)


def run_attacks(
    *,
    pool_p_true: Sequence[float] | np.ndarray,
    pool_is_member: Sequence[bool] | np.ndarray,
    reference_p_true: np.ndarray | None = None,
    reference_membership: np.ndarray | None = None,
    attacks: Sequence[str] = DEFAULT_ATTACKS,
    attack_options: Mapping[str, Mapping[str, object]] | None = None,
    delta: float,
    confidence: float = 0.95,
    fpr_points: Sequence[float] = DEFAULT_FPR_POINTS,
    max_roc_points: int = 200,
    selection_fraction: float = 0.5,
    headline_attack: str | None = None,
    interval_confidence: float | None = None,
    pool_units: Sequence[int] | np.ndarray | None = None,
    unit_score: str = "mean",
    seed: int = 0,
) -> dict[str, object]:
    """Run the named attacks on one audit pool; all see the same members and non-members.

    With ``pool_units`` (an integer unit code per pool record, e.g. the person) the attacks
    score units, not records: each record is scored against the reference models, and a unit's
    score is the ``unit_score`` (mean) of its records' scores (:mod:`confide.evaluate.units`);
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


def evaluate_variant(
    *,
    y_true: Sequence[object] | np.ndarray,
    proba_test: np.ndarray,
    classes: Sequence[object],
    delta: float,
    groups: Mapping[str, Sequence[object] | np.ndarray] | None = None,
    pool_p_true: Sequence[float] | np.ndarray | None = None,
    pool_is_member: Sequence[bool] | np.ndarray | None = None,
    reference_p_true: np.ndarray | None = None,
    reference_membership: np.ndarray | None = None,
    attacks: Sequence[str] = DEFAULT_ATTACKS,
    attack_options: Mapping[str, Mapping[str, object]] | None = None,
    canary_scores: Sequence[float] | np.ndarray | None = None,
    canary_included: Sequence[bool] | np.ndarray | None = None,
    canary_guesses: Sequence[tuple[int, int]] = ((100, 0),),
    sensitive_attributes: Mapping[str, Sequence[object] | np.ndarray] | None = None,
    accountant_epsilon: float | None = None,
    n_bootstrap: int = 1000,
    confidence: float = 0.95,
    fpr_points: Sequence[float] = DEFAULT_FPR_POINTS,
    max_roc_points: int = 200,
    min_group_size: int = 10,
    ece_bins: int = 15,
    selection_fraction: float = 0.5,
    attribute_cv_splits: int = 5,
    headline_attack: str | None = None,
    pool_units: Sequence[int] | np.ndarray | None = None,
    unit_score: str = "mean",
    seed: int = 0,
) -> dict[str, object]:
    """Evaluate one trained variant; every section is optional except utility.

    The headline eps_hat is the largest of the membership-attack bound and the one-run bound.
    So that it holds at ``confidence`` (not at 1 - 2(1 - confidence), as a maximum of two
    bounds each at ``confidence`` would), the error budget 1 - confidence is split evenly
    between the methods that run (Bonferroni); ``privacy.confidence_by_method`` records each
    share.

    Args:
        y_true: test labels (values from ``classes``).
        proba_test: (n_test, len(classes)) test probabilities of the variant.
        classes: class names.
        delta: the delta of the privacy guarantee (for eps_hat).
        groups: group column -> test-set values, for per-group metrics.
        pool_p_true: the target's true-label probability on the audit pool (any order).
        pool_is_member: True where the target trained on the pool record.
        reference_p_true: (K, n_pool) reference models' true-label probabilities.
        reference_membership: (K, n_pool) training masks from ``reference_membership``.
        pool_units: unit code (0..n_units-1) of each pool record; attacks then score units
            (persons), see :func:`run_attacks`. Canary scores are given per unit already.
        unit_score: how a unit's record scores combine (mean, sum, max).
        attacks: attack names (see ``known_attacks()``).
        attack_options: per-attack keyword options.
        canary_scores: one-run audit score per canary (higher = included).
        canary_included: the canaries' coin flips.
        canary_guesses: (k_pos, k_neg) settings of the one-run audit.
        sensitive_attributes: attribute -> test-set values, for attribute inference.
        accountant_epsilon: the accountant's epsilon (``math.inf`` or None if non-private).
        n_bootstrap: bootstrap resamples.
        confidence: level of intervals and lower bounds.
        fpr_points: FPRs at which attack TPR is reported.
        max_roc_points: ROC points kept per attack.
        min_group_size: smallest group in the worst-group gap.
        ece_bins: calibration bins.
        selection_fraction: share of the pool used to pick the eps_hat threshold.
        attribute_cv_splits: folds of attribute inference.
        headline_attack: the attack quoted as the variant's figures, fixed in advance.
        seed: seed of every random step.

    Returns:
        JSON-ready dict (NaN/inf -> None) with ``utility``, ``groups``, ``membership``,
        ``one_run_audit``, ``attribute_inference`` and ``privacy`` (eps_hat next to eps).
    """
    delta = delta_value(delta)
    confidence = probability_level("confidence", confidence)
    out: dict[str, object] = {
        "utility": utility_metrics(
            y_true=y_true,
            proba=proba_test,
            classes=classes,
            n_bootstrap=n_bootstrap,
            confidence=confidence,
            seed=seed,
            n_bins=ece_bins,
        )
    }
    if groups:
        out["groups"] = group_metrics(
            y_true=y_true,
            proba=proba_test,
            classes=classes,
            groups=groups,
            n_bootstrap=n_bootstrap,
            confidence=confidence,
            seed=seed,
            min_group_size=min_group_size,
            n_bins=ece_bins,
        )
    eps_hats: dict[str, float] = {}
    ceilings: dict[str, float] = {}
    if (pool_p_true is None) != (pool_is_member is None):
        raise EvaluationError("give both pool_p_true and pool_is_member, or neither")
    if (canary_scores is None) != (canary_included is None):
        raise EvaluationError("give both canary_scores and canary_included, or neither")
    n_methods = int(pool_p_true is not None) + int(canary_scores is not None)
    method_confidence = 1.0 - (1.0 - confidence) / max(n_methods, 1)
    if pool_p_true is not None:
        mia = run_attacks(
            pool_p_true=pool_p_true,
            pool_is_member=pool_is_member,  # type: ignore[arg-type]
            reference_p_true=reference_p_true,
            reference_membership=reference_membership,
            attacks=attacks,
            attack_options=attack_options,
            delta=delta,
            confidence=method_confidence,
            fpr_points=fpr_points,
            max_roc_points=max_roc_points,
            selection_fraction=selection_fraction,
            headline_attack=headline_attack,
            interval_confidence=confidence,
            pool_units=pool_units,
            unit_score=unit_score,
            seed=seed,
        )
        out["membership"] = mia
        eps_hats["membership_attacks"] = mia["max_epsilon_lower_bound"]  # type: ignore[assignment]
        ceilings["membership_attacks"] = mia["ceiling"]  # type: ignore[assignment]
    if canary_scores is not None:
        audit = one_run_audit(
            canary_scores=canary_scores,
            canary_included=canary_included,  # type: ignore[arg-type]
            delta=delta,
            guesses=canary_guesses,
            confidence=method_confidence,
            seed=seed,
        )
        out["one_run_audit"] = audit
        eps_hats["one_run_audit"] = audit["epsilon_lower_bound"]  # type: ignore[assignment]
        ceilings["one_run_audit"] = audit["ceiling"]  # type: ignore[assignment]
    if sensitive_attributes:
        out["attribute_inference"] = {
            name: attribute_inference(
                proba=proba_test, attribute=values, n_splits=attribute_cv_splits, seed=seed
            )
            for name, values in sensitive_attributes.items()
        }
    out["privacy"] = privacy_summary(
        accountant_epsilon=accountant_epsilon,
        delta=delta,
        eps_hats=eps_hats,
        ceilings=ceilings,
        confidence=confidence,
    )
    return jsonable(out)  # type: ignore[return-value]


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
    :func:`evaluate_variant` does. ``eps_hat_ceiling`` is the most any method could have shown
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
