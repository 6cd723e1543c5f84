"""Glue between a trained variant and the evaluation library: predictions in, metrics out.

The one-run audit's canary score is fixed in advance, not chosen after seeing results:
``evaluate.canaries.score`` (default ``rmia_online``), i.e. log p_audit(c) / mean_k p_ref_k(c),
the audit run's true-label probability on canary c divided by its average over the reference
models. Why this one: (1) the raw probability ranks canaries by how easy they are rather than
by whether they were trained on, which is what made the uncalibrated audit blind (issue 12:
45 of 100 correct guesses on the non-private frozen encoder); dividing by the reference
models' average removes the per-record difficulty; (2) at the few reference models affordable
here RMIA needs no per-record variance fit and is reported stronger than LiRA at low K
(Zarifzadeh et al. 2024, §5); (3) it is one of the registered attacks, so the same code and
tests serve both audits. (The issue's re-scoring of one run with LiRA and RMIA was known when
this was fixed; the reasons above, not that comparison, decide it, and no per-variant choice
is made.) Without reference models the audit falls back to the raw probability and says so.

Unit (issue 13): the audit runs at the training run's privacy unit, read from its ledger
(``privacy_unit``; absent = record). At unit person the canaries are persons, the reference
models include or exclude whole persons (as many persons as the target trained on, so the
person-level sampling rate and noise are the target's), attack and canary scores are the mean
of a person's record scores (:mod:`confide.evaluate.units`), and members/non-members are
persons, so eps_hat is compared with the person-level epsilon it audits.

Seeds (issue 12, item 7): with ``split.vary_with_seed`` (default) each training seed has its own
person-grouped train/test split (:func:`confide.ingest.split.split_for_seed`), and with
``evaluate.canaries.vary_with_seed`` its own canaries and coins (from :func:`audit_seed`), as its
references, bootstrap and threshold split already are. A shared canary plan (``audit_run:
deployed``, or canaries not varied) is drawn from the records that every seed's split trains on.
``seed_independence`` in the metrics says which parts vary; ``split`` gives the rows per side of
the split the variant used.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.auditing import (
    attack_pool,
    audit_run_of,
    audit_training_rows,
    canary_units,
    plan_canaries,
    plan_unit,
    training_rows,
    unit_ids,
    unit_index,
)
from confide.evaluate import evaluate_variant
from confide.evaluate.canaries import exposure, exposure_chance
from confide.evaluate.errors import EvaluationError
from confide.evaluate.membership import get_attack, reference_membership, true_class_probability
from confide.evaluate.params import variant_options
from confide.evaluate.pooled import pooled_audit
from confide.evaluate.units import unit_scores
from confide.evaluate.variant import run_attacks
from confide.ingest.split import seed_column, split_for_seed
from confide.train.models import get_model_spec
from confide.train.units import person_keys, resolve_privacy_unit

#: Below this many canaries the one-run audit can show little (Steinke et al. use m >= 1000).
MIN_MEANINGFUL_CANARIES = 1000
#: Fewer reference models than this weaken LiRA/RMIA (bench/evaluate.py: TPR@0.1 % 0.15 at K = 4,
#: 0.37 at K = 16) and warn.
MIN_REFERENCE_MODELS = 16


def pool_order(records: pd.DataFrame) -> np.ndarray:
    """Row positions of `records` in attack-pool order (sorted by record id)."""
    return np.argsort(records["record_id"].to_numpy(dtype=str), kind="stable")


def _rows(features: np.ndarray | None, positions: np.ndarray) -> np.ndarray | None:
    return None if features is None else features[positions]


def audit_seed(evaluate_seed: int, variant_seed: int) -> int:
    """Seed of one variant's audit randomness (references, bootstrap, threshold split).

    Derived from both seeds so that two training seeds give independent audits, not the same
    references and resamples with only the optimiser noise changed.
    """
    return int(np.random.SeedSequence([evaluate_seed, variant_seed, 0xA0D]).generate_state(1)[0])


def reference_seed(seed: int, j: int) -> int:
    """Training seed of reference model ``j`` of a variant whose audit seed is ``seed``."""
    return seed % 2**31 + j + 1


def audit_run_seed(seed: int) -> int:
    """Training seed of the separate one-run audit run of a variant whose audit seed is ``seed``."""
    return seed % 2**31


def record_members(pool: pd.DataFrame, unit_member: np.ndarray, *, ledger: Mapping[str, Any],
                   seed: int) -> np.ndarray:
    """Records a run really trained on: its training units' records that the per-person cap kept.

    ``unit_member`` is the run's membership mask over ``pool`` (whole persons at unit person);
    the cap is a function of ``(seed, record_id)`` within each person
    (:func:`confide.train.rows_used`), so it is applied to the whole pool with the run's own
    training seed. ``ledger`` gives the run's ``privacy_unit`` and ``max_records_per_person``
    (ledgers without them trained every row).
    """
    from confide.train.person import rows_used

    member = np.asarray(unit_member, dtype=bool)
    if (ledger.get("privacy_unit") or "record") != "person" or ledger.get("max_records_per_person") is None:
        return member.copy()
    config = {"privacy_unit": "person", "max_records_per_person": int(ledger["max_records_per_person"])}
    return member & rows_used(pool, config=config, seed=int(seed))


def reference_masks(records: pd.DataFrame, canaries: pd.DataFrame, *, k: int, seed: int,
                    unit: str = "record") -> np.ndarray:
    """Training masks (k, n_pool) of the reference models, in pool order.

    Each model trains on as many units as the target (records at unit record, persons at unit
    person, where a person's records are all in or all out of a model).
    """
    pool = attack_pool(records)
    codes, n_units = unit_index(unit_ids(pool, unit))
    target_units = np.zeros(n_units, dtype=bool)
    target_units[codes[training_rows(pool, canaries).to_numpy()]] = True
    n_target = int(target_units.sum())
    if not 0 < n_target < n_units:
        fraction = min(max(n_target / n_units, 1e-6), 1 - 1e-6)
        masks = reference_membership(n_records=n_units, k=k, seed=seed, in_fraction=fraction)
    else:
        masks = reference_membership(n_records=n_units, k=k, seed=seed, model_size=n_target)
    return masks[:, codes]


def training_unit(config: Mapping[str, Any], records: pd.DataFrame) -> str:
    """The privacy unit ``train_model`` will use with this ``train`` config on these records.

    Read through the training library's own defaults (``auto`` resolves against the training
    split); a training library without ``privacy_unit`` trains records.
    """
    from confide.train.config import resolve_config

    unit = resolve_config(dict(config)).get("privacy_unit")
    return resolve_privacy_unit(unit, records.loc[records["split"] == "train"])


def plan_hash(canaries: pd.DataFrame) -> str:
    """A 16-hex-digit digest of a canary plan (which records, which coins), to match two jobs."""
    rows = canaries.sort_values("record_id", kind="stable")
    text = "\n".join(f"{r}\t{int(i)}" for r, i in zip(rows["record_id"], rows["included"], strict=True))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def canaries_vary(canaries: Mapping[str, Any], *, audit_run: str) -> bool:
    """Whether each training seed draws its own canaries (``evaluate.canaries`` section).

    Only a separate audit run can: the deployed run's training rows depend on the shared plan.
    """
    return bool(canaries.get("vary_with_seed", False)) and audit_run == "separate"


def variant_canaries(*, records: pd.DataFrame, plan: pd.DataFrame, evaluate: Mapping[str, Any],
                     variant_seed: int, unit: str) -> tuple[pd.DataFrame, bool]:
    """The canary plan one training seed audits, and whether it is drawn for that seed.

    With ``evaluate.canaries.vary_with_seed`` and a separate audit run, the canaries and their
    coins are drawn from :func:`audit_seed` of the variant's seed (at ``unit``); otherwise the
    shared plan of rule plan_audit is used, and it must have been drawn at ``unit``.
    """
    cfg = evaluate["canaries"]
    if not len(plan):
        return plan, False
    run = audit_run_of(plan)
    if canaries_vary(cfg, audit_run=run):
        seed = audit_seed(evaluate["seed"], variant_seed)
        return plan_canaries(records, m=int(cfg["one_run_m"]), seed=seed, audit_run=run, unit=unit), True
    if plan_unit(plan) != unit:
        raise EvaluationError(
            f"results/audit/canaries.parquet was planned at unit {plan_unit(plan)} but the run "
            f"protects unit {unit}; re-run rule plan_audit (train.privacy_unit changed?)")
    return plan, False


def train_references(*, records: pd.DataFrame, canaries: pd.DataFrame, features: np.ndarray | None,
                     k: int, seed: int, model: str, epsilon: float, classes: Sequence[str],
                     config: Mapping[str, Any], unit: str = "record") -> dict[str, np.ndarray]:
    """Train the K reference models (and a separate one-run audit run) of one variant.

    Reference model j trains on ``pool[mask[j]]`` with the target's code, model, epsilon and
    hyper-parameters, on as many units (records, or persons at ``unit="person"``) as the
    target (so with its sampling rate and noise multiplier). When the canary plan asks for a
    separate audit run it is trained here too, on the train split minus dropped canaries.

    Returns:
        ``p_true`` (k, n_pool), ``membership`` (k, n_pool), ``unit`` and, for a separate audit
        run, ``audit_p_true`` (n_pool,) and ``canary_plan`` (the plan's :func:`plan_hash`), all
        in pool order.
    """
    from confide.train import train_model  # torch is imported only when training

    masks = (reference_masks(records, canaries, k=k, seed=seed, unit=unit) if k > 0
             else np.zeros((0, len(records)), dtype=bool))
    order = pool_order(records)
    scores = []
    for j in range(k):
        rows = order[masks[j]]
        ref = train_model(train=records.iloc[rows].reset_index(drop=True), classes=list(classes),
                          model=model, epsilon=epsilon, seed=reference_seed(seed, j), config=dict(config),
                          features=_rows(features, rows))
        scores.append(reference_scores(ref, records, features=features))
    out = {"p_true": np.stack(scores) if scores else np.zeros((0, len(records))), "membership": masks,
           "unit": np.array(unit)}
    if len(canaries) and audit_run_of(canaries) == "separate":
        out["canary_plan"] = np.array(plan_hash(canaries))
        rows = np.flatnonzero(audit_training_rows(records, canaries).to_numpy())
        audit = train_model(train=records.iloc[rows].reset_index(drop=True), classes=list(classes),
                            model=model, epsilon=epsilon, seed=audit_run_seed(seed), config=dict(config),
                            features=_rows(features, rows))
        out["audit_p_true"] = reference_scores(audit, records, features=features)
    return out


def reference_scores(model: Any, records: pd.DataFrame, *, features: np.ndarray | None) -> np.ndarray:
    """A model's true-label probability on every pool record."""
    order = pool_order(records)
    pool = records.iloc[order].reset_index(drop=True)
    proba = model.predict_proba(pool, _rows(features, order))
    return true_class_probability(proba, pool["label"].to_numpy(), model.classes)


def fit_guesses(guesses: Sequence[Sequence[int]], *, m: int) -> tuple[tuple[int, int], ...]:
    """Shrink one-run audit guess counts that exceed half the canaries (small datasets)."""
    fitted = []
    for k_pos, k_neg in guesses:
        total = k_pos + k_neg
        if total > m // 2:
            k_pos, k_neg = k_pos * (m // 2) // total, k_neg * (m // 2) // total
        if k_pos + k_neg > 0:
            fitted.append((int(k_pos), int(k_neg)))
    return tuple(fitted) or ((max(m // 4, 1), 0),)


def secret_exposure(model: Any, records: pd.DataFrame, secrets: pd.DataFrame, *, n_alternatives: int,
                    seed: int) -> dict[str, Any]:
    """Secret-sharer exposure of the planted secrets.

    Each candidate is the carrying record's own text with the candidate secret in place of the
    planted one, scored by the probability of the record's class: a model that memorised the
    secret ranks the true one first.
    """
    if not get_model_spec(model.model).reads_text:
        return {"skipped": f"model {model.model} does not read raw text at prediction time"}
    if secrets.empty:
        return {"skipped": "no secrets planted (evaluate.canaries)"}
    texts = records.set_index("record_id")["text"]
    per_canary: list[dict[str, Any]] = []
    for row in secrets.itertuples(index=False):
        context = texts[row.record_id][: -len(row.secret)]
        column = model.classes.index(row.label)

        def score(candidates: list[str], context: str = context, column: int = column) -> np.ndarray:
            frame = pd.DataFrame({"text": [context + c for c in candidates]})
            return model.predict_proba(frame)[:, column]

        per_canary.extend(exposure(score, [row.secret], n_alternatives, seed)["per_canary"])
    values = np.array([c["exposure"] for c in per_canary], dtype=float)
    return {"n_canaries": len(per_canary), "n_candidates": n_alternatives + 1,
            "max_exposure": float(values.max()), "mean_exposure": float(values.mean()),
            "max_possible_exposure": float(np.log2(n_alternatives + 1)),
            **exposure_chance(values, n_candidates=n_alternatives + 1)}


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


def one_run_scores(*, audit_p_true: np.ndarray, references: Mapping[str, np.ndarray] | None,
                   score: str) -> tuple[np.ndarray, str]:
    """Calibrated one-run audit scores over the pool, and a label of what was used.

    ``score`` is an attack name fixed in params (see the module docstring); without reference
    models the raw log-probability is used and the label says it is uncalibrated.
    """
    if references is None or not len(references.get("p_true", ())):
        warnings.warn("one-run audit without reference models: the canary score is the raw "
                      "true-label probability (uncalibrated, weak); set "
                      "evaluate.membership.reference_models >= 1", UserWarning, stacklevel=2)
        return get_attack("threshold")(target_p_true=audit_p_true), "threshold (uncalibrated)"
    fn = get_attack(score)
    kwargs: dict[str, Any] = {"target_p_true": audit_p_true}
    if score != "threshold":
        kwargs.update(reference_p_true=references["p_true"], reference_membership=references["membership"])
    return np.asarray(fn(**kwargs), dtype=float), score


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
    :func:`split_for_seed`): ``source`` is ``per_seed`` when they carry the seed's own column.
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
            unit_score=evaluate["membership"].get("unit_score", "mean"),
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
                    headline_attack=attack, seed=options["seed"], **kwargs)
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
            ``split_seed_<s>`` per training seed (the variant's is used, :func:`split_for_seed`).
        canaries: the shared one-run canary plan (:func:`confide.auditing.plan_canaries`); with
            ``evaluate.canaries.vary_with_seed`` the variant's own plan is drawn from it
            (:func:`variant_canaries`).
        secrets: the planted secret-sharer canaries.
        features: cached embeddings row-aligned with ``records`` (models that need them).
        evaluate: the validated ``evaluate:`` section of params.yaml.
        references: output of :func:`train_references` for this variant (None: no references).
        variant_seed: the training seed; the audit's randomness is seeded by
            :func:`audit_seed` of it and ``evaluate.seed``.
    """
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
    proba_test = model.predict_proba(test, _rows(features, test_rows))

    pool = attack_pool(records)
    pool_p_true = reference_scores(model, records, features=features)
    is_member = training_rows(pool, canaries).to_numpy()  # unit membership (whole persons)
    record_member = record_members(pool, is_member, ledger=ledger, seed=int(ledger.get("seed", variant_seed)))
    codes, _ = unit_index(unit_ids(pool, unit))
    unit_score = evaluate["membership"].get("unit_score", "mean")

    options = variant_options(dict(evaluate))
    options["seed"] = seed
    kwargs: dict[str, Any] = {}
    if evaluate["membership"]["enabled"]:
        kwargs.update(pool_p_true=pool_p_true, pool_is_member=is_member)
        if unit == "person":
            kwargs.update(pool_units=codes, unit_score=unit_score)
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
                                       score=evaluate["canaries"].get("score", "rmia_online"))
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
        if have_refs and evaluate["membership"].get("pooled_targets", False):
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
