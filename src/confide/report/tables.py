"""What a reader sees first: the summary box, one row per (model, ε), and the privacy unit in words.

Pure functions over the entries of `reports/summary.json` (see `confide.report.summary`). Seeds are
averaged, never picked: a row per (model, ε) shows the mean over seeds and the spread (min to
max); audit figures take the seeds' maximum, since one seed that leaks is what matters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from statistics import mean
from typing import Any

from confide.variants import parse_epsilon

UTILITY_METRIC = "macro_f1"


def _finite(values: Sequence[Any]) -> list[float]:
    return [float(v) for v in values
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]


def _mean(values: Sequence[Any]) -> float | None:
    found = _finite(values)
    return mean(found) if found else None


def _max(values: Sequence[Any]) -> float | None:
    found = _finite(values)
    return max(found) if found else None


def _spread(values: Sequence[Any]) -> tuple[float, float] | None:
    found = _finite(values)
    return (min(found), max(found)) if len(found) > 1 else None


def epsilon_of(variant: Mapping[str, Any]) -> float:
    """The variant's target ε as a number (``inf`` for the non-private baseline)."""
    return parse_epsilon(str(variant.get("epsilon_target", "inf")))


def _utility(variant: Mapping[str, Any], name: str = UTILITY_METRIC) -> Mapping[str, Any]:
    return (variant.get("utility") or {}).get(name) or {}


def aggregate_variants(variants: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per (model, data mix, ε): seed means with their spread, audit maxima, and the seed rows.

    ``epsilon_composed`` is the mean composed ε of the seeds (DP-SGD's alone for real data; with a
    non-DP synthesizer inf, and ``formal_guarantee`` false): the frontier's privacy axis.

    Example:
        >>> rows = aggregate_variants([
        ...     {"model": "m", "seed": 0, "epsilon_target": 1.0, "utility": {"macro_f1": {"value": 0.6}}},
        ...     {"model": "m", "seed": 1, "epsilon_target": 1.0, "utility": {"macro_f1": {"value": 0.7}}}])
        >>> round(rows[0]["macro_f1"], 2), rows[0]["macro_f1_spread"], rows[0]["n_seeds"]
        (0.65, (0.6, 0.7), 2)
    """
    groups: dict[tuple[str, str, float], list[Mapping[str, Any]]] = {}
    for variant in variants:
        key = (str(variant["model"]), str(variant.get("data_mix", "real")), epsilon_of(variant))
        groups.setdefault(key, []).append(variant)
    rows = []
    for (model, mix, epsilon), seeds in sorted(groups.items()):
        seeds = sorted(seeds, key=lambda v: int(v.get("seed", 0)))
        f1 = [_utility(v).get("value") for v in seeds]
        low = [(v.get("attack_tpr_low_fpr") or {}) for v in seeds]
        one_run = [(v.get("one_run") or {}) for v in seeds]
        exposure = [(v.get("secret_exposure") or {}) for v in seeds]
        rows.append({
            "model": model, "data_mix": mix, "epsilon_target": epsilon, "private": math.isfinite(epsilon),
            "n_seeds": len(seeds), "seeds": [v.get("seed") for v in seeds],
            "epsilon_spent": _mean([v.get("epsilon_spent") for v in seeds]),
            "epsilon_composed": _composed([v.get("epsilon_composed", v.get("epsilon_spent")) for v in seeds]),
            "formal_guarantee": all(v.get("formal_guarantee", math.isfinite(epsilon)) for v in seeds),
            "synthesizer": next((v.get("synthesizer") for v in seeds if v.get("synthesizer")), None),
            "delta": _max([v.get("delta") for v in seeds]),
            "train_rows": _mean([v.get("train_rows") for v in seeds]),
            "macro_f1": _mean(f1), "macro_f1_spread": _spread(f1),
            "macro_f1_ci": (_mean([_utility(v).get("ci_low") for v in seeds]),
                            _mean([_utility(v).get("ci_high") for v in seeds])),
            "accuracy": _mean([_utility(v, "accuracy").get("value") for v in seeds]),
            "attack_auc": _mean([v.get("attack_auc") for v in seeds]),
            "attack_auc_spread": _spread([v.get("attack_auc") for v in seeds]),
            "attack_tpr": _mean([x.get("tpr") for x in low]),
            "attack_tpr_ci_high": _max([x.get("ci_high") for x in low]),
            "attack_fpr": _max([x.get("fpr_point") for x in low]),
            "eps_hat": _max([v.get("epsilon_lower_bound") for v in seeds]),
            "eps_hat_ceiling": _max([v.get("eps_hat_ceiling") for v in seeds]),
            "can_detect_violation": (None if all(v.get("can_detect_violation") is None for v in seeds)
                                     else any(v.get("can_detect_violation") for v in seeds)),
            "audit_violation": any(bool(v.get("audit_violation")) for v in seeds),
            "one_run_eps_hat": _max([x.get("epsilon_lower_bound") for x in one_run]),
            "worst_group_gap": _mean([v.get("worst_group_gap") for v in seeds]),
            "max_exposure": _max([x.get("max_exposure") for x in exposure]),
            "exposure_chance": _max([x.get("chance_upper_max_exposure") for x in exposure]),
            "exposure_p": min(_finite([x.get("p_value_max") for x in exposure]), default=None),
            "seed_rows": list(seeds),
        })
    return rows


def _composed(values: Sequence[Any]) -> float | None:
    """Mean composed ε; inf as soon as one seed has none (a non-DP synthesizer or baseline)."""
    if any(v == "inf" or (isinstance(v, float) and math.isinf(v)) for v in values):
        return math.inf
    return _mean(values)


def audit_verdict(row: Mapping[str, Any]) -> str:
    """The audit in a few words: violation, no violation (with power), or cannot tell."""
    if not row["private"] and row.get("formal_guarantee") and row.get("data_mix") == "synthetic":
        return "DP synthesizer's guarantee only (model saw synthetic rows only)"
    if not row["private"]:
        return "no guarantee (non-private)"
    if row.get("formal_guarantee") is False:
        return "no formal guarantee (non-DP synthesizer)"
    if row.get("audit_violation"):
        return "VIOLATION: ε̂ above ε (a bug)"
    if row.get("eps_hat") is None:
        return "not audited"
    if row.get("can_detect_violation") is False:
        return "no violation seen; this pool could not show one"
    return "no violation"


def headline_model(summary: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> str | None:
    """The model of the summary box: ``default_model`` when it was trained, else the first trained one.

    A sweep that leaves the default model out (``train.models: [linear_ngrams]``) still gets a box.
    """
    trained = [r["model"] for r in rows]
    wanted = summary.get("default_model")
    return wanted if wanted in trained else (trained[0] if trained else None)


def headline_rows(rows: Sequence[Mapping[str, Any]], *, model: str) -> list[dict[str, Any]]:
    """The summary box's rows: each ε of ``model`` against its non-private baseline.

    The difference's interval combines the two bootstrap half-widths in quadrature (the two
    estimates share one test set, so this is wider than a paired interval, not narrower).
    """
    mine = [r for r in rows if r["model"] == model]
    real = [r for r in mine if r.get("data_mix", "real") == "real"]
    mine = real or mine  # the box compares real-data runs; augmented ones are in the frontier
    baseline = next((r for r in mine if not r["private"]), None)
    base_f1 = baseline.get("macro_f1") if baseline else None
    out = []
    for row in mine:
        entry = {**row, "verdict": audit_verdict(row), "difference": None, "difference_ci": None}
        if row["private"] and base_f1 is not None and row.get("macro_f1") is not None:
            entry["difference"] = row["macro_f1"] - base_f1
            halves = [_half_width(r) for r in (row, baseline)]
            if None not in halves:
                width = math.hypot(*halves)
                entry["difference_ci"] = (entry["difference"] - width, entry["difference"] + width)
        out.append(entry)
    return out


def _half_width(row: Mapping[str, Any]) -> float | None:
    low, high = row.get("macro_f1_ci") or (None, None)
    return None if low is None or high is None else (high - low) / 2


def privacy_unit(variants: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Who the guarantee protects, from the ledgers (ledgers without ``privacy_unit``: records).

    Returns ``{"unit", "n_persons", "n_records", "max_records_per_person", "records_dropped_by_cap",
    "max_records_of_a_person"}`` taken from the private variants' ledgers (the largest figure where
    seeds differ); the last is the most records one person has in the data, before any cap.
    """
    ledgers = [v.get("ledger") or {} for v in variants if math.isfinite(epsilon_of(v))]
    units = {str(ledger.get("privacy_unit") or "record") for ledger in ledgers} or {"record"}
    unit = "person" if units == {"person"} else "record"
    out: dict[str, Any] = {"unit": unit}
    for key in ("n_persons", "n_records", "max_records_per_person", "records_dropped_by_cap",
                "max_records_of_a_person"):
        values = [ledger.get(key) for ledger in ledgers if isinstance(ledger.get(key), int)]
        out[key] = max(values) if values else None
    if len(units) > 1:
        out["mixed_units"] = sorted(units)
    return out


def privacy_unit_sentence(unit: Mapping[str, Any]) -> str:
    """The privacy unit in words, for the summary box."""
    persons, records = unit.get("n_persons"), unit.get("n_records")
    most = unit.get("max_records_per_person")
    if unit.get("unit") == "person":
        text = ("Each PERSON's data is protected: ε and δ bound what the model reveals about "
                "everything one person contributed")
        if most:
            text += f" (at most {most:,} records per person"
            dropped = unit.get("records_dropped_by_cap")
            text += f"; {dropped:,} records above that cap were left out of training)" if dropped else ")"
        counts = _counts(persons, records)
        return text + (f". Training data: {counts}." if counts else ".")
    text = ("Each RECORD is protected, not each person: ε and δ bound what the model reveals about "
            "one record")
    largest = unit.get("max_records_of_a_person")
    if largest and largest > 1:
        text += (f"; a person with {largest:,} records (the most here) is protected only at about "
                 f"{largest:,} × ε, with δ growing to about k·e^((k−1)ε)·δ (group privacy)")
    else:
        text += "; a person with several records is protected less (about k × ε for k records)"
    counts = _counts(persons, records)
    return text + (f". Training data: {counts}." if counts else ".")


def _counts(persons: int | None, records: int | None) -> str:
    parts = [f"{records:,} records" if records is not None else "",
             f"{persons:,} persons" if persons is not None else ""]
    return " from ".join(p for p in parts if p)


def composition(variants: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Basic composition over the released sweep: the sum of ε and of δ over the DP variants.

    Every variant is trained on the same people, so releasing them all is one mechanism whose
    guarantee is at most the sum (basic composition; tighter accounting would need the joint run).
    """
    private = [v for v in variants if math.isfinite(epsilon_of(v))]
    spent = _finite([v.get("epsilon_spent") for v in private])
    deltas = _finite([v.get("delta") for v in private])
    out = {"n_private": len(private), "n_non_private": len(variants) - len(private),
           "epsilon_sum": sum(spent) if spent else None, "delta_sum": sum(deltas) if deltas else None}
    # The one synthetic release feeds every augmented variant: its ε counts once, on top of the sum.
    mixed = [v for v in variants if v.get("data_mix", "real") != "real"]
    if mixed:
        dp = all(v.get("synthesizer_dp") for v in mixed)
        eps_s = max(_finite([v.get("epsilon_synthesizer") for v in mixed]), default=None) if dp else math.inf
        out.update(n_augmented=len(mixed), epsilon_synthesizer=eps_s,
                   epsilon_sum_with_synthesizer=(eps_s + (out["epsilon_sum"] or 0.0)) if eps_s is not None else None,
                   synthesizer_formal_guarantee=dp)
    return out


def composition_sentence(total: Mapping[str, Any], *, fmt: Any) -> str:
    """Each variant's guarantee holds alone; what releasing them together would cost."""
    n = total["n_private"]
    if not n:
        return "No variant was trained with differential privacy: there is no guarantee to compose."
    text = ("Each variant's (ε, δ) holds for that model alone. The variants are trained on the same "
            f"people, so releasing all {n} DP variants together is covered only by their sum (basic "
            f"composition): ε = {fmt(total['epsilon_sum'], 2)}, δ = {fmt(total['delta_sum'], 2)}.")
    if total["n_non_private"]:
        text += (f" The {total['n_non_private']} non-private baseline(s) carry no guarantee: "
                 "releasing any of them voids it.")
    return text
