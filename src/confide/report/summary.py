"""Build `reports/summary.json`: one entry per trained variant plus stage summaries.

Schema (documented in the README): ``provenance``, ``data``, ``data_quality``,
``anonymization``, optional ``synthetic``, and ``variants``: a list of
``{name, model, seed, epsilon_target, epsilon_spent, delta, ledger, utility, attack_auc,
attack_tpr_at_0.1pct_fpr, attack_tpr_at_1pct_fpr, attack_roc, strongest_attack,
epsilon_lower_bound, worst_group_gap, secret_exposure_max, evaluation}`` where ``evaluation`` is the full output of
`confide.evaluate.evaluate_variant`.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from confide.workflow import parse_epsilon

UTILITY_METRIC = "macro_f1"


def _strongest_attack(membership: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """The attack with the highest TPR at the lowest reported FPR (ties: AUC)."""
    attacks = membership.get("attacks", {}) if membership else {}
    if not attacks:
        return None, {}

    def strength(item: tuple[str, Mapping[str, Any]]) -> tuple[float, float]:
        tprs = item[1].get("tpr_at_fpr", {})
        low = tprs[min(tprs, key=float)] if tprs else 0.0
        return (low or 0.0, item[1].get("auc") or 0.0)

    name, result = max(attacks.items(), key=strength)
    return name, result


def _worst_gap(groups: Mapping[str, Any] | None) -> float | None:
    gaps = [g.get("gaps", {}).get(UTILITY_METRIC, {}).get("gap") for g in (groups or {}).values()]
    gaps = [g for g in gaps if g is not None and math.isfinite(g)]
    return max(gaps) if gaps else None


def variant_entry(*, name: str, model: str, seed: int, epsilon_label: str,
                  ledger: Mapping[str, Any], evaluation: Mapping[str, Any]) -> dict[str, Any]:
    """One row of the summary: privacy ledger, utility with CIs, attack strength, eps-hat."""
    attack_name, attack = _strongest_attack(evaluation.get("membership", {}))
    tpr = attack.get("tpr_at_fpr", {})
    private = math.isfinite(parse_epsilon(epsilon_label))
    privacy = evaluation.get("privacy", {})
    return {
        "name": name, "model": model, "seed": seed,
        "epsilon_target": float(epsilon_label) if private else "inf",
        "epsilon_spent": ledger.get("epsilon_spent") if private else "inf",
        "delta": ledger.get("delta"),
        "ledger": dict(ledger),
        "utility": evaluation.get("utility", {}).get("metrics", {}),
        "strongest_attack": attack_name,
        "attack_auc": attack.get("auc"),
        "attack_tpr_at_0.1pct_fpr": tpr.get("0.001"),
        "attack_tpr_at_1pct_fpr": tpr.get("0.01"),
        "attack_roc": {**attack["roc"], "attack": attack_name} if attack.get("roc") else None,
        "epsilon_lower_bound": privacy.get("eps_hat"),
        "audit_violation": privacy.get("audit_violation"),
        "worst_group_gap": _worst_gap(evaluation.get("groups")),
        "secret_exposure_max": (evaluation.get("canary_exposure") or {}).get("max_exposure"),
        "evaluation": dict(evaluation),
    }


def parse_variant_path(path: str) -> tuple[str, str, int]:
    """``results/evaluate/<model>/eps-<e>/seed-<s>/metrics.json`` -> (model, e, s)."""
    parts = Path(path).parts
    return parts[-4], parts[-3].removeprefix("eps-"), int(parts[-2].removeprefix("seed-"))


def build_summary(
    *,
    variants: Sequence[dict[str, Any]],
    split: Mapping[str, Any],
    quality: Mapping[str, Any],
    anonymization: Mapping[str, Any],
    provenance: Mapping[str, Any],
    data_source: str,
    synthetic: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Assemble the summary document."""
    classes = sorted({key.split("/", 1)[1] for key in split.get("rows_per_class", {})})
    rows = split.get("rows", {})
    summary: dict[str, Any] = {
        "provenance": {**provenance, "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
        "data": {"source": data_source, "rows": sum(rows.values()), "train": rows.get("train", 0),
                 "test": rows.get("test", 0), "classes": classes,
                 "persons_in_both_splits": split.get("persons_in_both_splits")},
        "data_quality": {k: quality.get(k) for k in ("success", "evaluated", "failed")},
        "anonymization": dict(anonymization),
        "variants": sorted(variants, key=lambda v: (v["model"], parse_epsilon(
            str(v["epsilon_target"])), v["seed"])),
    }
    if synthetic is not None:
        summary["synthetic"] = dict(synthetic)
    return summary


def write_frontier_csv(variants: Sequence[Mapping[str, Any]], path: Path) -> None:
    """The frontier as a flat table for `dvc plots show` (non-private rows keep epsilon inf)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["model", "seed", "epsilon_target", "epsilon_spent", UTILITY_METRIC,
                         "attack_tpr_at_0.1pct_fpr", "epsilon_lower_bound"])
        for v in variants:
            writer.writerow([v["model"], v["seed"], v["epsilon_target"], v["epsilon_spent"],
                             (v["utility"].get(UTILITY_METRIC) or {}).get("value"),
                             v["attack_tpr_at_0.1pct_fpr"], v["epsilon_lower_bound"]])
