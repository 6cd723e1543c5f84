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
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.auditing import attack_pool, audit_run_of, audit_training_rows, training_rows
from confide.evaluate import evaluate_variant
from confide.evaluate.canaries import exposure, exposure_chance
from confide.evaluate.membership import get_attack, reference_membership, true_class_probability
from confide.evaluate.params import variant_options
from confide.train.models import get_model_spec

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


def reference_masks(records: pd.DataFrame, canaries: pd.DataFrame, *, k: int, seed: int) -> np.ndarray:
    """Training masks (k, n_pool) of the reference models, each about as large as the target's set."""
    n_target = int(training_rows(records, canaries).sum())
    if not 0 < n_target < len(records):
        fraction = min(max(n_target / len(records), 1e-6), 1 - 1e-6)
        return reference_membership(n_records=len(records), k=k, seed=seed, in_fraction=fraction)
    return reference_membership(n_records=len(records), k=k, seed=seed, model_size=n_target)


def train_references(*, records: pd.DataFrame, canaries: pd.DataFrame, features: np.ndarray | None,
                     k: int, seed: int, model: str, epsilon: float, classes: Sequence[str],
                     config: Mapping[str, Any]) -> dict[str, np.ndarray]:
    """Train the K reference models (and a separate one-run audit run) of one variant.

    Reference model j trains on ``pool[mask[j]]`` with the target's code, model, epsilon and
    hyper-parameters, on about as many records as the target (so with its sampling rate and
    noise multiplier). When the canary plan asks for a separate audit run it is trained here
    too, on the train split minus dropped canaries.

    Returns:
        ``p_true`` (k, n_pool), ``membership`` (k, n_pool) and, for a separate audit run,
        ``audit_p_true`` (n_pool,), all in pool order.
    """
    from confide.train import train_model  # torch is imported only when training

    masks = (reference_masks(records, canaries, k=k, seed=seed) if k > 0
             else np.zeros((0, len(records)), dtype=bool))
    order = pool_order(records)
    scores = []
    for j in range(k):
        rows = order[masks[j]]
        ref = train_model(train=records.iloc[rows].reset_index(drop=True), classes=list(classes),
                          model=model, epsilon=epsilon, seed=seed % 2**31 + j + 1, config=dict(config),
                          features=_rows(features, rows))
        scores.append(reference_scores(ref, records, features=features))
    out = {"p_true": np.stack(scores) if scores else np.zeros((0, len(records))), "membership": masks}
    if len(canaries) and audit_run_of(canaries) == "separate":
        rows = np.flatnonzero(audit_training_rows(records, canaries).to_numpy())
        audit = train_model(train=records.iloc[rows].reset_index(drop=True), classes=list(classes),
                            model=model, epsilon=epsilon, seed=seed % 2**31, config=dict(config),
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


def seed_note(ledger: Mapping[str, Any]) -> str | None:
    """Say when training seeds cannot differ much: full-batch, noise-free training.

    With every row in one batch (sample rate 1) and no DP noise, two seeds differ only by the
    initialisation, which a convex head forgets: their results are near copies, not replicates.
    """
    private = ledger.get("epsilon_spent") is not None and ledger.get("noise_multiplier")
    if not private and float(ledger.get("sample_rate") or 0) >= 1.0:
        return ("non-private full-batch training (sample rate 1): seeds differ only by "
                "initialisation, so seed-to-seed spread understates run-to-run variation")
    return None


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
        records: every anonymized record with planted secrets (``split`` says train/test).
        canaries: the one-run canary plan (:func:`confide.auditing.plan_canaries`).
        secrets: the planted secret-sharer canaries.
        features: cached embeddings row-aligned with ``records`` (models that need them).
        evaluate: the validated ``evaluate:`` section of params.yaml.
        references: output of :func:`train_references` for this variant (None: no references).
        variant_seed: the training seed; the audit's randomness is seeded by
            :func:`audit_seed` of it and ``evaluate.seed``.
    """
    ledger = model.ledger
    seed = audit_seed(evaluate["seed"], variant_seed)
    test_rows = np.flatnonzero((records["split"] == "test").to_numpy())
    test = records.iloc[test_rows].reset_index(drop=True)
    proba_test = model.predict_proba(test, _rows(features, test_rows))

    pool = attack_pool(records)
    pool_p_true = reference_scores(model, records, features=features)
    is_member = training_rows(pool, canaries).to_numpy()
    have_refs = references is not None and len(references.get("p_true", ())) > 0

    options = variant_options(dict(evaluate))
    options["seed"] = seed
    kwargs: dict[str, Any] = {}
    if evaluate["membership"]["enabled"]:
        kwargs.update(pool_p_true=pool_p_true, pool_is_member=is_member)
        if have_refs:
            kwargs.update(reference_p_true=references["p_true"],  # type: ignore[index]
                          reference_membership=references["membership"])  # type: ignore[index]
        else:
            options["attacks"] = ("threshold",)
    audit_info: dict[str, Any] = {}
    if len(canaries):
        run = audit_run_of(canaries)
        audit_p = pool_p_true
        if run == "separate":
            if not have_refs or "audit_p_true" not in references:  # type: ignore[operator]
                raise ValueError("canary plan asks for a separate audit run but the reference file "
                                 "has no audit_p_true; re-run rule train_reference_model")
            audit_p = references["audit_p_true"]  # type: ignore[index]
        scores, label = one_run_scores(audit_p_true=audit_p, references=references if have_refs else None,
                                       score=evaluate["canaries"].get("score", "rmia_online"))
        position = pd.Series(np.arange(len(pool)), index=pool["record_id"])
        idx = position.loc[canaries["record_id"]].to_numpy()
        kwargs.update(canary_scores=scores[idx], canary_included=canaries["included"].to_numpy())
        options["canary_guesses"] = fit_guesses(options["canary_guesses"], m=len(canaries))
        m_requested = int(evaluate["canaries"]["one_run_m"])
        n_train = int((records["split"] == "train").sum())
        dropped = int((~canaries["included"]).sum())
        audit_info = {
            "score": label, "audit_run": run, "m_requested": m_requested, "m": len(canaries),
            "m_capped": len(canaries) < m_requested,
            "meaningful": len(canaries) >= MIN_MEANINGFUL_CANARIES,
            "deployed_rows_dropped": dropped if run == "deployed" else 0,
            "deployed_train_rows": int(is_member.sum()), "train_split_rows": n_train,
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
    metrics = evaluate_variant(
        y_true=test["label"].to_numpy(), proba_test=proba_test, classes=model.classes,
        delta=ledger.get("delta") or 1.0 / (10 * len(records)), groups=groups or None,
        accountant_epsilon=math.inf if eps is None else float(eps), **kwargs, **options,
    )
    if audit_info:
        metrics["one_run_audit"].update(audit_info)
    if "membership" in metrics:
        k = int(references["p_true"].shape[0]) if have_refs else 0  # type: ignore[index]
        metrics["membership"]["reference_models"] = k
        if k < MIN_REFERENCE_MODELS:
            warnings.warn(f"{k} reference models (< {MIN_REFERENCE_MODELS}): LiRA/RMIA are weaker "
                          "and their eps_hat lower; raise evaluate.membership.reference_models",
                          UserWarning, stacklevel=2)
    metrics["audit_seed"] = seed
    metrics["seed_note"] = seed_note(ledger)
    if evaluate["canaries"]["enabled"]:
        metrics["canary_exposure"] = secret_exposure(
            model, records, secrets, n_alternatives=evaluate["canaries"]["exposure_alternatives"],
            seed=seed)
    return metrics
