"""One entry point per trained variant over arrays: utility, groups, attacks, audits, eps_hat vs eps.

Its settings are the ``evaluate:`` section of params.yaml, read with
:func:`confide.config.read_section` (the packaged schema holds every default) and mapped to
keyword options by :func:`variant_options`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from confide.audit.attacks import unknown_attacks
from confide.audit.bounds import privacy_summary
from confide.audit.membership import run_attacks
from confide.audit.one_run import one_run_audit
from confide.config import read_section
from confide.evaluate._checks import delta_value, probability_level
from confide.evaluate.attribute import attribute_inference
from confide.evaluate.errors import EvaluationError
from confide.evaluate.groups import group_metrics
from confide.evaluate.io import jsonable
from confide.evaluate.utility import utility_metrics


def check(evaluate: Mapping[str, Any]) -> list[str]:
    """The problems of a schema-valid ``evaluate:`` section: its attack names against the registry."""
    m = evaluate["membership"]
    return (unknown_attacks("evaluate.membership.attacks", m["attacks"])
            + unknown_attacks("evaluate.membership.headline_attack", m["headline_attack"])
            + unknown_attacks("evaluate.canaries.score", evaluate["canaries"]["score"]))


def variant_options(evaluate: Mapping[str, Any] | None) -> dict[str, Any]:
    """The ``evaluate:`` section (complete or partial) as keyword options of :func:`evaluate_variant`.

    Raises:
        ConfigError: the section breaks its schema or names an unknown attack (naming the key path).
    """
    params = read_section("evaluate", evaluate, check=check)
    m = params["membership"]
    return {
        "n_bootstrap": params["n_bootstrap"],
        "confidence": params["confidence"],
        "fpr_points": tuple(params["fpr_points"]),
        "max_roc_points": params["max_roc_points"],
        "min_group_size": params["min_group_size"],
        "ece_bins": params["ece_bins"],
        "seed": params["seed"],
        "attacks": tuple(m["attacks"]),
        "selection_fraction": m["selection_fraction"],
        "headline_attack": m["headline_attack"],
        "unit_score": m["unit_score"],
        "attack_options": {
            "lira_online": {"fix_variance": m["lira_fix_variance"]},
            "lira_offline": {"fix_variance": m["lira_fix_variance"]},
            "rmia_online": {"gamma": m["rmia_gamma"]},
            "rmia_offline": {"gamma": m["rmia_gamma"], "offline_a": m["rmia_offline_a"]},
        },
        "canary_guesses": tuple(tuple(g) for g in params["canaries"]["guesses"]),
        "attribute_cv_splits": params["attribute_inference"]["n_splits"],
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
    attacks: Sequence[str],
    attack_options: Mapping[str, Mapping[str, object]],
    canary_scores: Sequence[float] | np.ndarray | None = None,
    canary_included: Sequence[bool] | np.ndarray | None = None,
    canary_guesses: Sequence[tuple[int, int]],
    sensitive_attributes: Mapping[str, Sequence[object] | np.ndarray] | None = None,
    accountant_epsilon: float | None = None,
    n_bootstrap: int,
    confidence: float,
    fpr_points: Sequence[float],
    max_roc_points: int,
    min_group_size: int,
    ece_bins: int,
    selection_fraction: float,
    attribute_cv_splits: int,
    headline_attack: str,
    pool_units: Sequence[int] | np.ndarray | None = None,
    unit_score: str,
    seed: int,
) -> dict[str, object]:
    """Evaluate one trained variant; every section is optional except utility.

    The settings (``n_bootstrap`` ... ``seed``) have no defaults here: they are the ``evaluate:``
    section of params.yaml, mapped by :func:`variant_options`, whose schema holds the defaults.

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
            (persons), see :func:`confide.audit.membership.run_attacks`. Canary scores are given per unit already.
        unit_score: how a unit's record scores combine (mean, sum, max).
        attacks: attack names (:data:`confide.audit.attacks.ATTACKS`).
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
