"""Build `reports/summary.json`: one entry per trained variant plus stage summaries.

Schema (documented in the README): ``provenance``, ``data`` (with ``records`` and ``persons``),
``data_quality`` (with its ``checks``, counts only), ``anonymization``, optional ``synthetic``,
``default_model``, ``privacy_unit``, ``composition``, and ``variants``: a list of
``{name, model, seed, data_mix, epsilon_target, epsilon_spent, delta, synthesizer, synthesizer_dp,
epsilon_synthesizer, epsilon_composed, delta_composed, formal_guarantee, guarantee_text, ledger, train_rows, utility,
headline_attack, attack_auc, attack_tpr_at_fpr, attack_tpr_low_fpr, fpr_resolution, attack_roc,
epsilon_lower_bound, eps_hat_confidence, eps_hat_ceiling, can_detect_violation, audit_violation,
one_run, worst_group_gap, worst_group_gap_ci, secret_exposure, split, evaluation}`` where ``evaluation`` is the full
output of `confide.evaluate.evaluate_variant` and ``split`` the split the variant used
(`confide.evaluate.assess.split_used`).
``data.split_per_seed`` (only with one split per training seed) gives each seed's rows per side.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from confide.report.tables import composition, privacy_unit
from confide.variants import Variant, parse_epsilon

UTILITY_METRIC = "macro_f1"
# What the report shows of each quality check: counts only (no values, no record ids).
QUALITY_CHECK_KEYS = ("expectation", "column", "success", "unexpected_count", "element_count")


def _headline_attack(membership: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """The attack named in advance (``evaluate.membership.headline_attack``), never the best one.

    Picking the attack with the highest TPR after the fact would report the maximum of several
    noisy figures; evaluations written before the headline existed fall back to the first attack.
    """
    attacks = membership.get("attacks", {}) if membership else {}
    if not attacks:
        return None, {}
    name = membership.get("headline_attack")
    if name not in attacks:
        name = next(iter(attacks))
    return name, attacks[name]


def _tpr_rows(attack: Mapping[str, Any]) -> dict[str, Any]:
    """TPR with interval at every configured FPR; ``None`` where the pool cannot resolve it."""
    intervals = attack.get("tpr_interval") or {}
    return {label: (dict(intervals[label]) if label in intervals else None)
            for label in attack.get("tpr_at_fpr", {})}


def _lowest_resolvable(rows: Mapping[str, Any]) -> dict[str, Any] | None:
    """The lowest configured FPR whose interval can bound the TPR from below (else the lowest)."""
    resolved = [(float(label), row) for label, row in rows.items() if row is not None]
    if not resolved:
        return None
    informative = [item for item in resolved if item[1].get("lower_bound_informative", True)]
    resolved = informative or resolved
    fpr, row = min(resolved, key=lambda item: item[0])
    return {"fpr_point": fpr, **row}


def _worst_gap(groups: Mapping[str, Any] | None) -> dict[str, Any] | None:
    # a column with fewer than two groups large enough has no gap to show (its "gap" reads 0)
    gaps = [g.get("gaps", {}).get(UTILITY_METRIC, {}) for g in (groups or {}).values()
            if g.get("n_groups_in_gap", 2) >= 2]
    gaps = [g for g in gaps if g.get("gap") is not None and math.isfinite(g["gap"])]
    if not gaps:
        return None
    worst = max(gaps, key=lambda g: g["gap"])
    return {"gap": worst["gap"], "ci_low": worst.get("gap_ci_low"), "ci_high": worst.get("gap_ci_high")}


def _one_run(audit: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not audit:
        return None
    keys = ("epsilon_lower_bound", "ceiling", "confidence", "m", "m_requested", "m_capped",
            "meaningful", "score", "audit_run", "canary_auc", "guess_accuracy", "r", "v",
            "deployed_rows_dropped")
    return {k: audit.get(k) for k in keys}


def _exposure(exposure: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not exposure or "max_exposure" not in exposure:
        return None
    keys = ("max_exposure", "mean_exposure", "max_possible_exposure", "chance_median_max_exposure",
            "chance_upper_max_exposure", "p_value_max", "p_value_all", "n_canaries")
    return {k: exposure.get(k) for k in keys}


def variant_entry(*, ledger: Mapping[str, Any], evaluation: Mapping[str, Any],
                  variant: Variant | None = None) -> dict[str, Any]:
    """One row of the summary: privacy ledger, utility with CIs, audited leakage with its limits.

    The variant (model, ε, seed, data mix) is the one its ledger records, unless given.
    """
    variant = variant or Variant.from_ledger(ledger)
    membership = evaluation.get("membership", {}) or {}
    attack_name, attack = _headline_attack(membership)
    tprs = _tpr_rows(attack)
    private = math.isfinite(variant.epsilon)
    privacy = evaluation.get("privacy", {})
    one_run = evaluation.get("one_run_audit") or {}
    return {
        "name": variant.name, "model": variant.model, "seed": variant.seed,
        "data_mix": variant.data_mix,
        "epsilon_target": variant.epsilon if private else "inf",
        "epsilon_spent": ledger.get("epsilon_spent") if private else "inf",
        "delta": ledger.get("delta"),
        **_augmentation(ledger, private=private),
        "ledger": dict(ledger),
        "train_rows": one_run.get("deployed_train_rows", ledger.get("n_train")),
        "utility": evaluation.get("utility", {}).get("metrics", {}),
        "headline_attack": attack_name,
        "attack_auc": attack.get("auc"),
        "attack_tpr_at_fpr": tprs,
        "attack_tpr_low_fpr": _lowest_resolvable(tprs),
        "fpr_resolution": attack.get("fpr_resolution"),
        "attack_roc": ({**attack["roc"], "attack": attack_name,
                        "fpr_resolution": attack.get("fpr_resolution")} if attack.get("roc") else None),
        "epsilon_lower_bound": privacy.get("eps_hat"),
        "eps_hat_confidence": privacy.get("confidence"),
        "eps_hat_ceiling": privacy.get("eps_hat_ceiling"),
        "can_detect_violation": privacy.get("can_detect_violation"),
        "audit_violation": privacy.get("audit_violation"),
        "one_run": _one_run(one_run),
        "worst_group_gap": (_worst_gap(evaluation.get("groups")) or {}).get("gap"),
        "worst_group_gap_ci": _worst_gap(evaluation.get("groups")),
        "secret_exposure": _exposure(evaluation.get("canary_exposure")),
        "split": evaluation.get("split"),
        "evaluation": dict(evaluation),
    }


def _augmentation(ledger: Mapping[str, Any], *, private: bool) -> dict[str, Any]:
    """The data mix's composed guarantee (`confide.synthesize.augment.compose_ledgers`).

    Ledgers written before augmentation existed trained on real records only: their composed ε is
    DP-SGD's. A non-DP synthesizer makes ``epsilon_composed`` "inf" and ``formal_guarantee`` false.
    """
    spent = ledger.get("epsilon_spent") if private else "inf"
    composed = ledger.get("epsilon_composed", spent)
    if isinstance(composed, float) and not math.isfinite(composed):
        composed = "inf"
    return {
        "synthesizer": ledger.get("synthesizer"),
        "synthesizer_dp": ledger.get("synthesizer_dp"),
        "epsilon_synthesizer": ledger.get("epsilon_synthesizer"),
        "epsilon_composed": composed,
        "delta_composed": ledger.get("delta_composed", ledger.get("delta")),
        "formal_guarantee": bool(ledger.get("formal_guarantee", private)),
        "guarantee_text": ledger.get("guarantee_text"),
    }


def build_summary(
    *,
    variants: Sequence[dict[str, Any]],
    split: Mapping[str, Any],
    quality: Mapping[str, Any],
    anonymization: Mapping[str, Any],
    provenance: Mapping[str, Any],
    data_source: str,
    synthetic: Mapping[str, Any] | None = None,
    default_model: str | None = None,
) -> dict[str, Any]:
    """Assemble the summary document.

    Besides the stage summaries and the variants: ``default_model`` (the model of the report's
    summary box), ``privacy_unit`` (who the guarantee protects, with person and record counts from
    the ledgers; old ledgers count as record-level) and ``composition`` (the sum of ε and δ over
    the DP variants, what releasing them all together would cost).
    """
    classes = sorted({key.split("/", 1)[1] for key in split.get("rows_per_class", {})})
    rows = split.get("rows", {})
    summary: dict[str, Any] = {
        "provenance": {**provenance, "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
        "data": {"source": data_source, "rows": sum(rows.values()), "train": rows.get("train", 0),
                 "test": rows.get("test", 0), "classes": classes,
                 "persons_in_both_splits": split.get("persons_in_both_splits")},
        "data_quality": {**{k: quality.get(k) for k in ("success", "evaluated", "failed")},
                         "checks": [{k: check.get(k) for k in QUALITY_CHECK_KEYS}
                                    for check in quality.get("checks") or []]},
        "anonymization": dict(anonymization),
        "variants": sorted(variants, key=lambda v: (v["model"], v.get("data_mix", "real"), parse_epsilon(
            str(v["epsilon_target"])), v["seed"])),
    }
    unit = privacy_unit(variants)
    summary["data"]["records"] = summary["data"]["rows"]
    if split.get("per_seed"):  # one split per training seed (split.vary_with_seed): each one's rows
        # per side; the top-level train/test are then the lowest seed's
        summary["data"]["split_per_seed"] = {seed: dict(one.get("rows", {}))
                                             for seed, one in split["per_seed"].items()}
    summary["data"]["persons"] = unit.get("n_persons")
    summary["default_model"] = default_model
    summary["privacy_unit"] = unit
    summary["composition"] = composition(variants)
    if synthetic is not None:
        summary["synthetic"] = dict(synthetic)
    return summary


def write_frontier_csv(variants: Sequence[Mapping[str, Any]], path: Path) -> None:
    """The frontier as a flat table for `dvc plots show` (non-private rows keep epsilon inf)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["model", "seed", "epsilon_target", "epsilon_spent", UTILITY_METRIC,
                         "attack_fpr", "attack_tpr", "epsilon_lower_bound", "eps_hat_ceiling",
                         "data_mix", "epsilon_composed", "formal_guarantee"])
        for v in variants:
            low = v.get("attack_tpr_low_fpr") or {}
            writer.writerow([v["model"], v["seed"], v["epsilon_target"], v["epsilon_spent"],
                             (v["utility"].get(UTILITY_METRIC) or {}).get("value"),
                             low.get("fpr_point"), low.get("tpr"), v["epsilon_lower_bound"],
                             v.get("eps_hat_ceiling"), v.get("data_mix", "real"),
                             v.get("epsilon_composed", v["epsilon_spent"]), v.get("formal_guarantee")])
