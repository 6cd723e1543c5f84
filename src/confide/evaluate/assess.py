"""Glue between a trained variant and the evaluation library: predictions in, metrics out.

The audit (:mod:`confide.audit`) runs at the training run's privacy unit, read from its ledger
(``privacy_unit``; absent = record). At unit person the canaries are persons, the reference
models include or exclude whole persons (as many persons as the target trained on, so the
person-level sampling rate and noise are the target's), attack and canary scores are the mean
of a person's record scores (:mod:`confide.audit.units`), and members/non-members are
persons, so eps_hat is compared with the person-level epsilon it audits. The one-run canary score
is fixed in advance (:mod:`confide.audit.one_run`).

Seeds (issue 12, item 7): with ``split.vary_with_seed`` (default) each training seed has its own
person-grouped train/test split (:func:`confide.ingest.split.split_for_seed`), and with
``evaluate.canaries.vary_with_seed`` its own canaries and coins
(:func:`confide.audit.canaries.variant_canaries`), as its references, bootstrap and threshold
split already are. ``seed_independence`` in the metrics says which parts vary; ``split`` gives
the rows per side of the split the variant used.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from confide.audit.canaries import (
    audit_run_of,
    audit_training_rows,
    canary_units,
    plan_hash,
    training_rows,
    variant_canaries,
)
from confide.audit.exposure import secret_exposure
from confide.audit.membership import run_attacks
from confide.audit.one_run import fit_guesses, one_run_scores
from confide.audit.pool import attack_pool, pool_rows, record_members, unit_ids, unit_index
from confide.audit.pooled import pooled_audit
from confide.audit.references import reference_scores
from confide.audit.seeds import audit_seed, reference_seed
from confide.audit.units import unit_scores
from confide.config import read_section
from confide.evaluate.errors import EvaluationError
from confide.evaluate.variant import check, evaluate_variant, variant_options
from confide.ingest.split import seed_column, split_for_seed
from confide.train.units import person_keys, resolve_privacy_unit

#: Below this many canaries the one-run audit can show little (Steinke et al. use m >= 1000).
MIN_MEANINGFUL_CANARIES = 1000


#: Fewer reference models than this weaken LiRA/RMIA (bench/evaluate.py: TPR@0.1 % 0.15 at K = 4,
#: 0.37 at K = 16) and warn.
MIN_REFERENCE_MODELS = 16


def audit_unit_of(ledger: Mapping[str, Any], records: pd.DataFrame,
                  references: Mapping[str, np.ndarray] | None) -> str:
    """The unit the audit runs at: the ledger's ``privacy_unit`` (absent = record).

    Raises:
        EvaluationError: the reference job trained its models at another unit.
    """
    unit = resolve_privacy_unit(ledger.get("privacy_unit") or "record", records)
    if references is not None and "unit" in references and str(references["unit"]) != unit:
        raise EvaluationError(
            f"the reference models were trained at unit {references['unit']} but the variant's "
            f"ledger says privacy_unit {unit}; re-run rule train_reference_model for this variant")
    return unit


def seed_note(ledger: Mapping[str, Any], *, per_seed_split: bool = False) -> str | None:
    """Say when training seeds cannot differ much: full-batch, noise-free training.

    With every row in one batch (sample rate 1) and no DP noise, two seeds on one split differ
    only by the initialisation, which a convex head forgets: their results are near copies, not
    replicates. With a split per seed they differ by their split too, and by nothing else.
    """
    private = ledger.get("epsilon_spent") is not None and ledger.get("noise_multiplier")
    if private or float(ledger.get("sample_rate") or 0) < 1.0:
        return None
    if per_seed_split:
        return ("non-private full-batch training (sample rate 1): seeds differ only by their split "
                "and initialisation (no batch sampling), so seed-to-seed spread is mostly split noise")
    return ("non-private full-batch training (sample rate 1): seeds differ only by "
            "initialisation, so seed-to-seed spread understates run-to-run variation")


def seed_independence(*, per_seed_canaries: bool, audit_run: str | None, ledger: Mapping[str, Any],
                      have_refs: bool, per_seed_split: bool = False) -> dict[str, Any]:
    """Which parts of one seed's run and audit are drawn for that seed, and which all seeds share."""
    canaries = "per_seed" if per_seed_canaries else "shared"
    if audit_run is None:
        canaries = "none"
    note = seed_note(ledger, per_seed_split=per_seed_split)
    shared = [] if per_seed_split else ["the train/test split (split.vary_with_seed false)"]
    shared.append("the planted secrets (drawn from records every seed trains on)")
    if canaries == "shared":
        shared.append("the canary plan (audit_run deployed, or evaluate.canaries.vary_with_seed false; "
                      "drawn from records every seed trains on)")
    return {
        "split": "per_seed" if per_seed_split else "shared",
        "canaries": canaries,
        "references": "per_seed" if have_refs else "none",
        "bootstrap": "per_seed",
        "threshold_split": "per_seed",
        "note": note,
        "explanation": (
            ("shared by all training seeds: " + "; ".join(shared)
             + (", so seed-to-seed spread omits split noise" if not per_seed_split else ""))
            if not per_seed_split else
            "drawn for the seed: split, references, bootstrap; shared: " + "; ".join(shared)
            + "; seed-to-seed spread includes split noise"),
    }


def split_used(records: pd.DataFrame, *, variant_seed: int) -> dict[str, Any]:
    """Which split a variant trained and was evaluated on, with its rows and persons per side.

    ``records`` are the split table's records as the workflow hands them over (before
    :func:`confide.ingest.split.split_for_seed`): ``source`` is ``per_seed`` when they carry the seed's own column.
    """
    per_seed = seed_column(variant_seed) in records.columns
    seen = split_for_seed(records, variant_seed)
    persons = person_keys(seen)
    sides = {side: seen["split"].eq(side).to_numpy() for side in ("train", "test")}
    return {
        "source": "per_seed" if per_seed else "shared",
        "column": seed_column(variant_seed) if per_seed else "split",
        "seed": int(variant_seed) if per_seed else None,
        "rows": {side: int(mask.sum()) for side, mask in sides.items()},
        "persons": {side: int(persons[mask].nunique()) for side, mask in sides.items()},
    }


def _pooled(*, evaluate: Mapping[str, Any], metrics: Mapping[str, Any], references: Mapping[str, np.ndarray],
            targets: list[tuple[str, np.ndarray, np.ndarray]], codes: np.ndarray, options: Mapping[str, Any],
            unit: str) -> dict[str, Any]:
    """The headline attack pooled over the deployed model, the audit run and the references."""
    attack = metrics["membership"]["headline_attack"]
    if attack is None:
        return {"skipped": "no attack ran"}
    try:
        out = pooled_audit(
            targets=targets, reference_p_true=references["p_true"],
            reference_membership=references["membership"], units=codes, attack=attack,
            attack_options=options["attack_options"].get(attack, {}),
            unit_score=evaluate["membership"]["unit_score"],
            fpr_points=options["fpr_points"], n_bootstrap=int(evaluate["n_bootstrap"]),
            confidence=float(evaluate["confidence"]), seed=int(options["seed"]))
    except EvaluationError as exc:
        return {"skipped": str(exc)}
    out["unit"] = unit
    out["what"] = ("the same mechanism (model, epsilon, hyper-parameters, training size) as "
                   f"{out['targets']} runs, each attacked with the others as references; "
                   "audits the mechanism, not the deployed model alone")
    return out


def _record_level(*, pool_p_true: np.ndarray, is_member: np.ndarray, refs: Mapping[str, Any] | None,
                  options: Mapping[str, Any], delta: float) -> dict[str, Any]:
    """The headline attack scored per record (for comparison with the person-level audit)."""
    attack = options["headline_attack"]
    kwargs: dict[str, Any] = {}
    if refs is not None:
        kwargs.update(reference_p_true=refs["p_true"], reference_membership=refs["membership"])
    else:
        attack = "threshold"
    r = run_attacks(pool_p_true=pool_p_true, pool_is_member=is_member, attacks=(attack,),
                    attack_options=options["attack_options"], delta=delta,
                    confidence=options["confidence"], fpr_points=options["fpr_points"],
                    max_roc_points=2, selection_fraction=options["selection_fraction"],
                    headline_attack=attack, unit_score=options["unit_score"], seed=options["seed"], **kwargs)
    res = r["attacks"][attack]  # type: ignore[index]
    return {"attack": attack, "auc": res["auc"], "tpr_at_fpr": res["tpr_at_fpr"],
            "fpr_resolution": res["fpr_resolution"], "n_members": res["n_members"],
            "n_nonmembers": res["n_nonmembers"],
            "epsilon_lower_bound": res["epsilon"]["epsilon_lower_bound"]}


def _audit_block(*, unit: str, pool: pd.DataFrame, is_member: np.ndarray, record_member: np.ndarray,
                 codes: np.ndarray, metrics: Mapping[str, Any]) -> dict[str, Any]:
    """Who the audit asks about: its unit, persons/records in and out, pool size, resolution.

    ``is_member`` is unit membership (every record of a training person); ``record_member`` the
    records the deployed model trained on (without those the per-person cap left out).
    """
    persons = person_keys(pool).to_numpy()
    n_units = int(codes.max()) + 1 if codes.size else 0
    unit_in = np.zeros(n_units, dtype=bool)
    unit_in[codes[is_member]] = True
    pooled = metrics.get("membership_pooled") or {}
    headline = (metrics.get("membership") or {}).get("headline_attack")
    attack = ((metrics.get("membership") or {}).get("attacks") or {}).get(headline) or {}
    return {
        "unit": unit,
        "unit_words": ("was this person in training? (all of a person's records in or out "
                       "together; canaries are persons)" if unit == "person"
                       else "was this record in training? (canaries are records)"),
        "n_units_in": int(unit_in.sum()),
        "n_units_out": int((~unit_in).sum()),
        "n_persons_in": int(len(set(persons[is_member]))),
        "n_persons_out": int(len(set(persons[~is_member]) - set(persons[is_member]))),
        "n_records_in": int(record_member.sum()),
        "n_records_out": int((~record_member).sum()),
        "pool_units": n_units,
        "fpr_resolution": attack.get("fpr_resolution"),
        "pooled_nonmember_observations": pooled.get("n_nonmember_observations"),
        "pooled_fpr_resolution": pooled.get("fpr_resolution"),
        "pooled_fpr_resolution_kind": pooled.get("fpr_resolution_kind"),
    }


def assess_variant(
    *,
    model: Any,
    records: pd.DataFrame,
    canaries: pd.DataFrame,
    secrets: pd.DataFrame,
    features: np.ndarray | None,
    references: Mapping[str, np.ndarray] | None,
    evaluate: Mapping[str, Any],
    variant_seed: int = 0,
) -> dict[str, Any]:
    """Utility on held-out persons, attacks on the pool, the one-run audit, attribute inference.

    Args:
        model: the trained variant (deployed model).
        records: every anonymized record with planted secrets: ``split`` says train/test, or
            ``split_seed_<s>`` per training seed (the variant's is used, :func:`confide.ingest.split.split_for_seed`).
        canaries: the shared one-run canary plan (:func:`confide.audit.canaries.plan_canaries`); with
            ``evaluate.canaries.vary_with_seed`` the variant's own plan is drawn from it
            (:func:`confide.audit.canaries.variant_canaries`).
        secrets: the planted secret-sharer canaries.
        features: cached embeddings row-aligned with ``records`` (models that need them).
        evaluate: the ``evaluate:`` section of params.yaml (read with
            :func:`confide.config.read_section`: a partial section gets the schema's defaults).
        references: output of :func:`confide.audit.references.train_references` for this variant (None: no references).
        variant_seed: the training seed; the audit's randomness is seeded by
            :func:`confide.audit.seeds.audit_seed` of it and ``evaluate.seed``.
    """
    evaluate = read_section("evaluate", evaluate, check=check)
    ledger = model.ledger
    split = split_used(records, variant_seed=variant_seed)
    records = split_for_seed(records, variant_seed)
    seed = audit_seed(evaluate["seed"], variant_seed)
    have_refs = references is not None and len(references.get("p_true", ())) > 0
    unit = audit_unit_of(ledger, records, references)
    canaries, per_seed = variant_canaries(records=records, plan=canaries, evaluate=evaluate,
                                          variant_seed=variant_seed, unit=unit)
    test_rows = np.flatnonzero((records["split"] == "test").to_numpy())
    test = records.iloc[test_rows].reset_index(drop=True)
    proba_test = model.predict_proba(test, pool_rows(features, test_rows))

    pool = attack_pool(records)
    pool_p_true = reference_scores(model, records, features=features)
    is_member = training_rows(pool, canaries).to_numpy()  # unit membership (whole persons)
    record_member = record_members(pool, is_member, ledger=ledger, seed=int(ledger.get("seed", variant_seed)))
    codes, _ = unit_index(unit_ids(pool, unit))
    unit_score = evaluate["membership"]["unit_score"]

    options = variant_options(evaluate)
    options["seed"] = seed
    kwargs: dict[str, Any] = {}
    if evaluate["membership"]["enabled"]:
        kwargs.update(pool_p_true=pool_p_true, pool_is_member=is_member)
        if unit == "person":
            kwargs.update(pool_units=codes)
        if have_refs:
            kwargs.update(reference_p_true=references["p_true"],  # type: ignore[index]
                          reference_membership=references["membership"])  # type: ignore[index]
        else:
            options["attacks"] = ("threshold",)
    audit_info: dict[str, Any] = {}
    run = audit_run_of(canaries) if len(canaries) else None
    audit_p = pool_p_true
    if len(canaries):
        if run == "separate":
            if not have_refs or "audit_p_true" not in references:  # type: ignore[operator]
                raise EvaluationError("canary plan asks for a separate audit run but the reference "
                                      "file has no audit_p_true; re-run rule train_reference_model")
            if "canary_plan" in references and str(references["canary_plan"]) != plan_hash(canaries):  # type: ignore[operator]
                raise EvaluationError("the reference job's audit run trained on another canary plan "
                                      "than this evaluation audits; re-run rule train_reference_model")
            audit_p = references["audit_p_true"]  # type: ignore[index]
        scores, label = one_run_scores(audit_p_true=audit_p, references=references if have_refs else None,
                                       score=evaluate["canaries"]["score"])
        position = pd.Series(np.arange(len(pool)), index=pool["record_id"])
        idx = position.loc[canaries["record_id"]].to_numpy()
        c_codes, m = unit_index(canary_units(canaries))
        c_scores = unit_scores(scores[idx], c_codes, how=unit_score if unit == "person" else "mean")
        c_included = np.zeros(m, dtype=bool)
        c_included[c_codes] = canaries["included"].to_numpy(dtype=bool)
        kwargs.update(canary_scores=c_scores, canary_included=c_included)
        options["canary_guesses"] = fit_guesses(options["canary_guesses"], m=m)
        m_requested = int(evaluate["canaries"]["one_run_m"])
        n_train = int((records["split"] == "train").sum())
        dropped = int((~canaries["included"]).sum())
        audit_info = {
            "score": label, "audit_run": run, "unit": unit, "m_requested": m_requested, "m": m,
            "canary_records": len(canaries), "m_capped": m < m_requested,
            "meaningful": m >= MIN_MEANINGFUL_CANARIES, "per_seed": per_seed,
            "deployed_rows_dropped": dropped if run == "deployed" else 0,
            "deployed_train_rows": int(record_member.sum()), "train_split_rows": n_train,
        }
        if run == "deployed" and dropped:
            warnings.warn(f"one-run audit on the deployed run: the deployed model trains on "
                          f"{n_train - dropped} of {n_train} training rows ({dropped} dropped canaries); "
                          "set evaluate.canaries.audit_run: separate to keep them", UserWarning,
                          stacklevel=2)
    groups = {c: test[c].astype(str).to_numpy() for c in evaluate["group_columns"] if c in test}
    if evaluate["attribute_inference"]["enabled"]:
        attributes = {c: test[c].astype(str).to_numpy()
                      for c in evaluate["attribute_inference"]["attributes"] if c in test}
        if attributes:
            kwargs["sensitive_attributes"] = attributes
    eps = ledger.get("epsilon_spent")
    delta = ledger.get("delta") or 1.0 / (10 * len(records))
    metrics = evaluate_variant(
        y_true=test["label"].to_numpy(), proba_test=proba_test, classes=model.classes,
        delta=delta, groups=groups or None,
        accountant_epsilon=math.inf if eps is None else float(eps), **kwargs, **options,
    )
    if audit_info:
        metrics["one_run_audit"].update(audit_info)
    if "membership" in metrics:
        k = int(references["p_true"].shape[0]) if have_refs else 0  # type: ignore[index]
        metrics["membership"]["reference_models"] = k
        metrics["membership"]["unit"] = unit
        if k < MIN_REFERENCE_MODELS:
            warnings.warn(f"{k} reference models (< {MIN_REFERENCE_MODELS}): LiRA/RMIA are weaker "
                          "and their eps_hat lower; raise evaluate.membership.reference_models",
                          UserWarning, stacklevel=2)
        if unit == "person":
            refs = None
            if have_refs:  # each reference's records, less those its own cap left out
                refs = {"p_true": references["p_true"],  # type: ignore[index]
                        "membership": np.stack([record_members(pool, mask, ledger=ledger, seed=reference_seed(seed, j))
                                                for j, mask in enumerate(references["membership"])])}  # type: ignore[index]
            metrics["membership_by_record"] = _record_level(
                pool_p_true=pool_p_true, is_member=record_member, refs=refs, options=options, delta=delta)
        if have_refs and evaluate["membership"]["pooled_targets"]:
            targets = [("deployed", pool_p_true, is_member)]
            if run == "separate":
                targets.append(("audit_run", audit_p, audit_training_rows(pool, canaries).to_numpy()))
            metrics["membership_pooled"] = _pooled(
                evaluate=evaluate, metrics=metrics, references=references, targets=targets,  # type: ignore[arg-type]
                codes=codes, options=options, unit=unit)
        metrics["audit"] = _audit_block(unit=unit, pool=pool, is_member=is_member, record_member=record_member,
                                        codes=codes, metrics=metrics)
    metrics["audit_seed"] = seed
    metrics["seed_note"] = seed_note(ledger, per_seed_split=split["source"] == "per_seed")
    metrics["seed_independence"] = seed_independence(per_seed_canaries=per_seed, audit_run=run,
                                                     ledger=ledger, have_refs=have_refs,
                                                     per_seed_split=split["source"] == "per_seed")
    metrics["split"] = split
    if evaluate["canaries"]["enabled"]:
        metrics["canary_exposure"] = secret_exposure(
            model, records, secrets, n_alternatives=evaluate["canaries"]["exposure_alternatives"],
            seed=seed)
    return metrics
