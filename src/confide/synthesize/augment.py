"""Synthetic augmentation of training: the data mix, the memorisation gate, composed privacy.

A training variant's ``data_mix`` (``train.data_mix``) says what DP-SGD trains on:

- ``real``: the real training split only (no synthetic rows; the default);
- ``real+synthetic``: the real training split plus every synthetic record;
- ``synthetic``: the synthetic records only.

Synthetic rows only ever join the *training* table: the test split, the membership pools and the
planted canaries are built from real records before this module is reached, so evaluation and
audits measure real people only.

Privacy of a variant that used synthetic rows (both mechanisms ran on the same people):

- ``real+synthetic``: the synthesizer's (ε_s, δ_s) and DP-SGD's (ε_t, δ_t) compose; basic
  composition gives (ε_s + ε_t, δ_s + δ_t). (Tighter accounting would need both mechanisms in one
  accountant: the synthesizer's zCDP and Opacus's PRV/RDP are not combined here.)
- ``synthetic``: DP-SGD never sees a real record; the classifier is post-processing of the
  synthesizer's output, so its guarantee towards real people is the synthesizer's (ε_s, δ_s).
  DP-SGD's (ε_t, δ_t) is still recorded: it protects the synthetic rows themselves.
- a synthesizer without a DP ledger (gaussian_copula, ctgan, tvae, the ``gaussian`` embedding
  generator) gives NO formal guarantee: ``epsilon_composed`` is inf and ``formal_guarantee``
  false, whatever DP-SGD spent.
- a DP synthesizer's epsilon composes only with a DP-SGD run at the same privacy unit (a ledger
  without ``privacy_unit`` is per record); a mismatch raises (a per-record epsilon says nothing
  per person). At unit person the tabular synthesizer fits one record per person
  (`confide.synthesize.core.fit_rows_for_unit`) and the embedding generators bound each person's
  contribution.

Text sources: ``frozen_encoder`` variants read synthetic sentence *embeddings*
(`confide.synthesize.embedding`, rule synthesize_embeddings) instead of synthetic records;
every synthesis output is per training seed and learns from that seed's training split only
(``confide.ingest.split.split_for_seed``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from confide.config import section_defaults
from confide.synthesize.errors import MemorisationGateError, SynthesisError
from confide.train.config import choices

if TYPE_CHECKING:  # pandas loads with the tables, not when params.yaml is validated
    import pandas as pd

__all__ = ["augmentation_problems", "check_memorisation_gate", "compose_ledgers",
           "synthesis_kind", "synthetic_embedding_rows", "training_table", "uses_synthetic",
           "variant_train_config"]

#: Models whose features come from the tabular columns only (synthetic records have no text).
_TEXT_FREE_MODELS = ("tabular_mlp",)
#: Models whose features are the frozen encoder's embeddings: synthetic embeddings can train them.
_EMBEDDING_MODELS = ("frozen_encoder",)

NO_GUARANTEE_TEXT = (
    "NO formal privacy guarantee: the synthesizer {name!r} is not differentially private, so "
    "training on its output protects nobody formally, whatever DP-SGD spent"
)


def uses_synthetic(mix: str) -> bool:
    """Whether a training variant with this data mix reads the synthetic records."""
    return mix != "real"


def augmentation_problems(*, train: Mapping[str, Any], synthesize: Mapping[str, Any]) -> list[str]:
    """Every problem with ``train.data_mix`` given the (schema-checked) train and synthesize sections."""
    from confide.train.models import get_model_spec  # registry only: does not import torch

    mixes = list(train.get("data_mix") or section_defaults("train")["data_mix"])  # values: the schema's
    problems = []
    twice = sorted({m for m in mixes if mixes.count(m) > 1})
    if twice:
        problems.append(f"train.data_mix: {twice} listed twice; list each mix once")
    synthetic = [m for m in mixes if uses_synthetic(m)]
    if not synthetic:
        return problems
    if not synthesize.get("enabled"):
        problems.append(f"train.data_mix: {synthetic} need synthetic records; set synthesize.enabled: "
                        "true or use data_mix: [real]")
    for model in train.get("models") or []:
        try:
            spec = get_model_spec(model)
        except ValueError:
            continue  # the train section's own validator names unknown models
        if model in _EMBEDDING_MODELS:
            continue  # trains on synthetic sentence embeddings (rule synthesize_embeddings)
        if spec.reads_text or spec.needs_features or model not in _TEXT_FREE_MODELS:
            problems.append(
                f"train.models: {model!r} reads raw text, and neither synthesizer makes text (tabular "
                f"records, or sentence embeddings for {list(_EMBEDDING_MODELS)}), so data_mix {synthetic} "
                f"cannot train it; use models {list(_TEXT_FREE_MODELS + _EMBEDDING_MODELS)} "
                f"(params-synthetic.yaml shows tabular_mlp) or data_mix: [real]")
    return problems


def synthesis_kind(model: str) -> str:
    """Which synthetic data a model's mixed variant reads: ``embeddings`` or ``records``."""
    return "embeddings" if model in _EMBEDDING_MODELS else "records"



def training_table(*, real: pd.DataFrame, synthetic: pd.DataFrame | None, mix: str) -> pd.DataFrame:
    """The rows DP-SGD trains on for ``mix`` (real rows already restricted to the training split).

    Synthetic rows get ``record_id`` ``synthetic-<i>`` and no ``group_id``: each is its own privacy
    unit (none is a person). No marker column is added, so a model cannot tell the rows apart.
    Synthetic rows without a label (a synthesizer may sample the label's "missing" code) are left
    out: there is nothing to learn from them.

    Raises:
        SynthesisError: unknown mix, or a synthetic mix without synthetic rows or without a label.
    """
    if mix not in choices("data_mix"):
        raise SynthesisError(f"unknown data mix {mix!r}; known: {list(choices('data_mix'))}")
    if not uses_synthetic(mix):
        return real.reset_index(drop=True)
    if synthetic is None or len(synthetic) == 0:
        raise SynthesisError(f"data mix {mix!r} needs synthetic records, but results/synthesize/seed-<s>/"
                             "records.parquet has none (text-only data has no tabular columns): train "
                             "frozen_encoder on synthetic embeddings instead, or use data_mix: [real]")
    missing = sorted({"label"} - set(synthetic.columns))
    if missing:
        raise SynthesisError(f"synthetic records lack column(s) {missing}: synthesize.target must be the label")
    import pandas as pd

    synth = synthetic[synthetic["label"].notna()].reset_index(drop=True).copy()
    synth.insert(0, "record_id", [f"synthetic-{i}" for i in range(len(synth))])
    if mix == "synthetic":
        return synth
    return pd.concat([real.reset_index(drop=True), synth], ignore_index=True, sort=False)


def synthetic_embedding_rows(archive: Mapping[str, Any]) -> tuple[pd.DataFrame, Any]:
    """The synthetic table (``label`` and empty ``text``) and features of a synthesize_embeddings output.

    Args:
        archive: the loaded ``embeddings.npz`` (``features``, ``labels``).
    """
    import numpy as np
    import pandas as pd

    features = np.asarray(archive["features"], dtype=np.float32)
    labels = [str(v) for v in archive["labels"]]
    if len(features) != len(labels):
        raise SynthesisError(f"synthetic embeddings: {len(features)} rows but {len(labels)} labels; re-run "
                             "rule synthesize_embeddings")
    return pd.DataFrame({"text": [""] * len(labels), "label": labels}), features


def variant_train_config(config: Mapping[str, Any], *, real: pd.DataFrame) -> dict[str, Any]:
    """The ``train`` config with ``privacy_unit: auto`` resolved on the real training rows.

    Synthetic rows have no person id, so ``auto`` on a synthetic-only table would fall back to
    unit record while the real variant (and its reference models, which audit every mix) trains
    at unit person. Resolving on the real rows keeps one unit per sweep.
    """
    from confide.train.config import resolve_config
    from confide.train.person import resolve_privacy_unit

    unit = resolve_config(config)["privacy_unit"]
    return {**config, "privacy_unit": resolve_privacy_unit(unit, real)}


def check_memorisation_gate(scorecard: Mapping[str, Any], *, gate: Mapping[str, Any],
                            source: str = "reports/synthetic.json") -> dict[str, Any]:
    """Stop training on synthetic records that copy or crowd the real training records.

    Two checks on the scorecard's distance metrics (computed against the real training split, with
    a real holdout as the no-leak baseline):

    - excess exact-copy rate = share of synthetic rows equal to a training row minus the same share
      for holdout rows. On discrete questionnaires unseen people match training rows too, and both
      shares are estimates: the gate fails when the synthetic share's 95% lower bound exceeds the
      holdout share's 95% upper bound by more than ``gate["max_excess_exact_copy_rate"]``;
    - DCR ratio = mean distance of synthetic rows to their closest training row over the same for
      holdout rows; must be at least ``gate["min_dcr_ratio"]`` (below 1: closer than unseen people).
      When the holdout's mean DCR is 0 the ratio is undefined and the check is reported as such.

    Returns:
        The figures and the thresholds (for the ledger).

    Raises:
        MemorisationGateError: a check failed (the message names the file, figures and the fix).
    """
    from confide.synthesize.privacy import wilson_interval  # scipy: not at params validation

    distance = ((scorecard.get("privacy") or {}).get("distance")) or {}
    copies = distance.get("exact_copy_rate") or {}
    dcr = distance.get("dcr") or {}
    if "synthetic_in_train" not in copies or "synthetic_to_train" not in dcr:
        raise MemorisationGateError(f"{source}: no distance metrics (privacy.distance) to gate on; "
                                    "re-run rule synthesize_records (synthesize_embeddings for frozen_encoder)")
    rate_s, rate_h = float(copies["synthetic_in_train"]), float(copies.get("holdout_in_train", 0.0))
    n_rows = distance.get("n_rows") or {}
    n_s, n_h = int(n_rows.get("synthetic", 0)), int(n_rows.get("holdout", 0))
    excess = rate_s - rate_h
    excess_beyond_noise = max(0.0, wilson_interval(round(rate_s * n_s), n_s)[0]
                              - wilson_interval(round(rate_h * n_h), n_h)[1])
    synth_dcr = float(dcr["synthetic_to_train"]["mean"])
    holdout_dcr = float((dcr.get("holdout_to_train") or {}).get("mean", 0.0))
    ratio = synth_dcr / holdout_dcr if holdout_dcr > 0 else None
    max_excess, min_ratio = float(gate["max_excess_exact_copy_rate"]), float(gate["min_dcr_ratio"])
    result = {"excess_exact_copy_rate": excess, "excess_exact_copy_rate_beyond_noise": excess_beyond_noise,
              "dcr_ratio": ratio,
              "max_excess_exact_copy_rate": max_excess, "min_dcr_ratio": min_ratio,
              "dcr_ratio_defined": ratio is not None}
    failed = []
    if excess_beyond_noise > max_excess:
        failed.append(f"excess exact-copy rate {excess:.3f} ({excess_beyond_noise:.3f} beyond 95% sampling "
                      f"noise) > synthesize.gate.max_excess_exact_copy_rate {max_excess:g}")
    if ratio is not None and ratio < min_ratio:
        failed.append(f"DCR ratio (synthetic / holdout, mean) {ratio:.3f} < synthesize.gate.min_dcr_ratio "
                      f"{min_ratio:g}")
    if failed:
        raise MemorisationGateError(
            f"{source}: synthetic records fail the memorisation gate, so no model trains on them: "
            + "; ".join(failed) + ". Fix: use a DP synthesizer (dp_marginal; dp_gaussian_diag for "
            "embeddings) or a smaller budget, fewer epochs for ctgan/tvae, or train with data_mix: [real]")
    return result


def _finite_or_inf(value: Any) -> float:
    if value is None or value == "inf":
        return math.inf
    return float(value)


def compose_ledgers(*, training: Mapping[str, Any], synthesizer: Mapping[str, Any] | None,
                    synthesizer_name: str | None, mix: str) -> dict[str, Any]:
    """The ledger fields of a variant's data mix and its composed guarantee.

    Args:
        training: DP-SGD's ledger (``epsilon_spent``, ``delta``; ε inf for a non-private run).
        synthesizer: the synthesizer's ledger (``epsilon_spent``, ``delta``) or None when it is not
            DP (``{"formal_privacy": False}`` counts as None).
        synthesizer_name: registry name of the synthesizer (None for ``real``).
        mix: the variant's data mix.

    Example:
        >>> f = compose_ledgers(training={"epsilon_spent": 1.0, "delta": 1e-5},
        ...                     synthesizer={"epsilon_spent": 3.0, "delta": 1e-5},
        ...                     synthesizer_name="dp_marginal", mix="real+synthetic")
        >>> f["epsilon_composed"], f["delta_composed"]
        (4.0, 2e-05)
    """
    eps_t = _finite_or_inf(training.get("epsilon_spent"))
    delta_t = float(training["delta"]) if training.get("delta") is not None else None
    if not uses_synthetic(mix):
        return {"data_mix": mix, "synthesizer": None, "synthesizer_dp": None,
                "epsilon_synthesizer": None, "delta_synthesizer": None,
                "epsilon_composed": eps_t, "delta_composed": delta_t,
                "formal_guarantee": math.isfinite(eps_t), "composition": "none (real records only)"}
    dp = bool(synthesizer) and "epsilon_spent" in synthesizer
    fields: dict[str, Any] = {"data_mix": mix, "synthesizer": synthesizer_name, "synthesizer_dp": dp}
    if not dp:
        return {**fields, "epsilon_synthesizer": math.inf, "delta_synthesizer": None,
                "epsilon_composed": math.inf, "delta_composed": None, "formal_guarantee": False,
                "composition": "none: non-DP synthesizer",
                "guarantee_text": NO_GUARANTEE_TEXT.format(name=synthesizer_name)}
    from confide.synthesize.embedding import check_units_match

    check_units_match(synthesizer=synthesizer, training=training)
    eps_s, delta_s = float(synthesizer["epsilon_spent"]), float(synthesizer["delta"])
    if mix == "synthetic":
        eps, delta, how = eps_s, delta_s, "post-processing: the model saw synthetic records only"
    else:
        eps = eps_s + eps_t
        delta = delta_s + delta_t if delta_t is not None else None
        how = "basic composition (epsilons and deltas add)"
    text = (f"({eps:g}, {delta:.2g})-DP towards real people: synthesizer ({eps_s:g}, {delta_s:.2g}) "
            f"and DP-SGD ({eps_t:g}, {delta_t if delta_t is not None else float('nan'):.2g}); {how}"
            if math.isfinite(eps) and delta is not None else
            f"no formal guarantee: the DP-SGD run was non-private (epsilon inf); {how}")
    return {**fields, "epsilon_synthesizer": eps_s, "delta_synthesizer": delta_s,
            "epsilon_composed": eps, "delta_composed": delta, "formal_guarantee": math.isfinite(eps),
            "composition": how, "guarantee_text": text}
