"""The one-page, self-contained HTML report (inline CSS, figures embedded as PNG data URIs)."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

from confide.report.figures import figure_captions
from confide.report.tables import (
    aggregate_variants,
    composition,
    composition_sentence,
    headline_model,
    headline_rows,
    privacy_unit,
    privacy_unit_sentence,
)
from confide.report.template import TEMPLATE

OWN_CHECK_PREFIX = "confide_"  # Confide's own checks beside the great-expectations suite

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
NBSP = "\u00a0"  # keeps "8.1 × 10⁻⁵" and "1 %" on one line


def fmt(value: Any, digits: int = 3) -> str:
    r"""Numbers as people read them: 0.512, 8.1 × 10⁻⁵, 1,365, ∞; missing values as an en dash.

    Example:
        >>> fmt(8.1e-05), fmt(0.51234), fmt(1365), fmt("inf"), fmt(None)
        ('8.1\xa0×\xa010⁻⁵', '0.512', '1,365', '∞', '–')
    """
    if value is None or value == "":
        return "–"
    if value == "inf" or (isinstance(value, float) and math.isinf(value)):
        return "∞"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        if value and abs(value) < 1e-3:
            mantissa, exponent = f"{value:.{max(digits - 1, 1)}e}".split("e")
            mantissa = mantissa.rstrip("0").rstrip(".")
            return f"{mantissa}{NBSP}×{NBSP}10{str(int(exponent)).translate(SUPERSCRIPT)}"
        if value.is_integer() and abs(value) >= 1:
            return f"{int(value):,}"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:.{digits}g}" if abs(value) < 1e-2 else f"{value:.{digits}f}"
    return str(value)


def _val(variant: Mapping[str, Any], name: str) -> str:
    return fmt((variant.get("utility", {}).get(name) or {}).get("value"))


def _ci(variant: Mapping[str, Any], name: str) -> str:
    entry = variant.get("utility", {}).get(name) or {}
    if entry.get("value") is None:
        return "–"
    return f"{fmt(entry['value'])} [{fmt(entry.get('ci_low'))}, {fmt(entry.get('ci_high'))}]"


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.4g}{NBSP}%"


def _tpr(variant: Mapping[str, Any]) -> str:
    low = variant.get("attack_tpr_low_fpr")
    if not low:
        return "–"
    return (f"{fmt(low['tpr'])} [{fmt(low.get('ci_low'))}, {fmt(low.get('ci_high'))}] "
            f"at {_pct(low['fpr_point'])}")


def _one_run(variant: Mapping[str, Any]) -> str:
    audit = variant.get("one_run") or {}
    if not audit:
        return "–"
    text = f"{fmt(audit.get('epsilon_lower_bound'))} / {fmt(audit.get('ceiling'))} ({fmt(audit.get('m'))})"
    return text + ("" if audit.get("meaningful") else " small")


def _split(variant: Mapping[str, Any]) -> str:
    """The split a variant used: its own (per training seed) or the shared one, train / test rows."""
    split = variant.get("split")
    if not isinstance(split, Mapping):
        return "–"
    rows = split.get("rows") or {}
    which = f"seed {split.get('seed')}'s own" if split.get("source") == "per_seed" else "shared"
    return f"{which}: {fmt(rows.get('train'))} / {fmt(rows.get('test'))}"


def split_sentence(data: Mapping[str, Any]) -> str:
    """How the records were split, for the page's first line: per training seed, or one shared split."""
    per_seed = data.get("split_per_seed") or {}
    if not per_seed:
        return (f"{fmt(data.get('train'))} train / {fmt(data.get('test'))} test, split by person; one split "
                "shared by all seeds")
    parts = "; ".join(f"seed {seed}: {fmt(rows.get('train'))} train / {fmt(rows.get('test'))} test"
                      for seed, rows in sorted(per_seed.items(), key=lambda kv: int(kv[0])))
    return f"split by person, one split per training seed ({parts})"


def _gap(variant: Mapping[str, Any]) -> str:
    gap = variant.get("worst_group_gap_ci")
    if not isinstance(gap, Mapping):
        return fmt(variant.get("worst_group_gap"))
    return f"{fmt(gap.get('gap'))} [{fmt(gap.get('ci_low'))}, {fmt(gap.get('ci_high'))}]"


def _exposure(variant: Mapping[str, Any]) -> str:
    e = variant.get("secret_exposure")
    if not isinstance(e, Mapping):
        return "–"
    return (f"{fmt(e.get('max_exposure'))} ({fmt(e.get('chance_upper_max_exposure'))}; "
            f"p = {fmt(e.get('p_value_max'))})")


def _audit_notes(variants: list[Mapping[str, Any]]) -> list[str]:
    """Plain statements a reviewer needs before reading the audit columns."""
    notes = []
    blind = [v["name"] for v in variants if v.get("can_detect_violation") is False]
    if blind:
        notes.append(f"{len(blind)} DP variant(s) have an ε̂ ceiling at or below their ε: on this "
                     "pool no attack could show a violation of that ε (a larger pool is needed).")
    small = {(v.get("one_run") or {}).get("m") for v in variants
             if v.get("one_run") and not v["one_run"].get("meaningful")}
    if small:
        notes.append(f"The one-run audit had m = {', '.join(str(m) for m in sorted(small))} canaries "
                     "(< 1,000): the data are too small for a strong one-run audit; read its ε̂ with "
                     "its ceiling.")
    dropped = {(v.get("one_run") or {}).get("deployed_rows_dropped") for v in variants}
    dropped.discard(None)
    dropped.discard(0)
    if dropped:
        notes.append(f"The deployed models are the one-run audit runs: each trained without "
                     f"{', '.join(str(d) for d in sorted(dropped))} dropped canary rows (column "
                     "'train rows'); set evaluate.canaries.audit_run: separate to keep them.")
    uncalibrated = [v["name"] for v in variants
                    if str((v.get("one_run") or {}).get("score", "")).endswith("(uncalibrated)")]
    if uncalibrated:
        notes.append("The one-run audit ran without reference models (raw, uncalibrated score); "
                     "its ε̂ is weak.")
    full_batch = [v for v in variants if (v.get("evaluation") or {}).get("seed_note")]
    own_split = [v for v in full_batch if (v.get("split") or {}).get("source") == "per_seed"]
    if len(own_split) < len(full_batch):
        notes.append(f"{len(full_batch) - len(own_split)} non-private variant(s) trained on all rows in one "
                     "batch (sample rate 1) on a split shared by the seeds: their seeds differ only by "
                     "initialisation, so they are near copies, not independent replicates.")
    if own_split:
        notes.append(f"{len(own_split)} non-private variant(s) trained on all rows in one batch (sample "
                     "rate 1): their seeds differ only by their own split and initialisation (no batch "
                     "sampling), so their spread is mostly split noise; on one shared split they "
                     "would be near copies.")
    return notes


def _lowest_pooled(pooled: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    """The pooled attack's interval at its lowest resolvable FPR point, if any."""
    intervals = pooled.get("tpr_interval") or {}
    return min(intervals.items(), key=lambda kv: float(kv[0])) if intervals else None


def _method_audit_notes(variants: list[Mapping[str, Any]], model: str) -> list[str]:
    """The pooled (training-method) attack and, at unit person, the record-level comparison."""
    seed = min((v.get("seed") for v in variants), default=None)
    attack, pooled_parts, record_parts = "", [], []
    for v in variants:
        if v.get("model") != model or v.get("seed") != seed:
            continue
        evaluation = v.get("evaluation") or {}
        eps = fmt(v.get("epsilon_target"))
        pooled = evaluation.get("membership_pooled") or {}
        low = _lowest_pooled(pooled) if "skipped" not in pooled else None
        if low:
            attack, (fpr, row) = pooled.get("attack") or attack, low
            pooled_parts.append(f"ε = {eps}: {fmt(row.get('tpr'))} [{fmt(row.get('ci_low'))}, "
                                f"{fmt(row.get('ci_high'))}] at {_pct(float(fpr))}")
        by_record = evaluation.get("membership_by_record") or {}
        person_auc = (evaluation.get("membership") or {}).get("attacks", {}).get(
            by_record.get("attack") or "", {}).get("auc")
        if by_record.get("auc") is not None and person_auc is not None:
            record_parts.append(f"ε = {eps}: AUC {fmt(person_auc)} per person vs "
                                f"{fmt(by_record['auc'])} per record")
    notes = []
    if pooled_parts:
        notes.append(f"Pooled attack ({attack} on the deployed, audit and reference runs together: it "
                     f"audits the training method, not the one deployed model), {model}, seed {seed}, "
                     "TPR at the lowest FPR the pool resolves: " + "; ".join(pooled_parts) + ".")
    if record_parts:
        notes.append(f"The same attack asking about single records instead of persons ({model}, seed "
                     f"{seed}): " + "; ".join(record_parts) + ". A record-level audit can understate "
                     "what a model reveals about a person.")
    return notes


def _anonymization_table(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """Per-entity-type detection quality against gold spans, plus stage counts."""
    per_type = metrics.get("per_entity_type") or {}
    columns = ["span precision", "span recall", "span F2", "token recall", "residual leak rate",
               "gold spans"]
    rows = []
    for name, values in sorted(per_type.items()):
        span, token = values.get("span", {}), values.get("token", {})
        rows.append([name, span.get("precision"), span.get("recall"), span.get("f2"),
                     token.get("recall"), values.get("leak_rate"), span.get("n_gold")])
    overall = metrics.get("overall") or {}
    if overall:
        span, token = overall.get("span", {}), overall.get("token", {})
        rows.append(["all types", span.get("precision"), span.get("recall"), span.get("f2"),
                     token.get("recall"), overall.get("leak_rate"), span.get("n_gold")])
    facts = [(k, v) for k, v in sorted(metrics.items()) if isinstance(v, int | float | str | bool)]
    return {"columns": columns, "rows": rows, "facts": facts}


def _quality(quality: Mapping[str, Any]) -> dict[str, Any]:
    """The gate's table: each expectation, who ran it, and counts (never a value or an id)."""
    checks = [{"expectation": c.get("expectation"), "column": c.get("column"),
               "success": bool(c.get("success")), "unexpected_count": c.get("unexpected_count"),
               "element_count": c.get("element_count"),
               "by": "Confide" if str(c.get("expectation", "")).startswith(OWN_CHECK_PREFIX)
               else "great-expectations"}
              for c in quality.get("checks") or []]
    own = sum(c["by"] == "Confide" for c in checks)
    return {**quality, "checks": checks, "own_count": own, "gx_count": len(checks) - own}


def _identifier_lines(anonymization: Mapping[str, Any]) -> list[str]:
    """What the anonymizer replaced, and what the quasi-identifier step guarantees, in words."""
    lines = []
    per_type = anonymization.get("entities_per_type") or {}
    if per_type or anonymization.get("entities_replaced") is not None:
        types = ", ".join(f"{name.replace('_', ' ').lower()} {fmt(n)}"
                          for name, n in sorted(per_type.items(), key=lambda item: -item[1]))
        records = anonymization.get("records_with_identifiers")
        total = anonymization.get("records_out") or anonymization.get("records_in")
        where = f" in {fmt(records)} of {fmt(total)} records" if records is not None else ""
        lines.append(f"Identifiers replaced: {fmt(anonymization.get('entities_replaced'))}{where}"
                     f"{f' ({types})' if types else ''}. Counts per type are of replaced spans.")
    elif anonymization.get("text_anonymized") is False:
        lines.append("Text anonymization was switched off (anonymize.enabled: false).")
    quasi = anonymization.get("quasi_identifiers")
    if quasi:
        levels = anonymization.get("generalization_levels") or {}
        text = (f"Quasi-identifiers {', '.join(quasi)} were generalized"
                + (f" (levels: {', '.join(f'{k} {v}' for k, v in levels.items())})" if levels else ""))
        if anonymization.get("rows_suppressed"):
            text += f" and {fmt(anonymization['rows_suppressed'])} rows with rare combinations suppressed"
        if anonymization.get("k_anonymity") is not None:
            text += (f": every combination of them is shared by at least k = "
                     f"{fmt(anonymization['k_anonymity'])} records (target {fmt(anonymization.get('k_target'))}),"
                     " so each person hides among at least k")
        if anonymization.get("l_diversity") is not None:
            text += (f"; each such group holds at least l = {fmt(anonymization['l_diversity'])} different "
                     f"labels (target {fmt(anonymization.get('l_target'))}), so the group does not give "
                     "the label away")
        lines.append(text + ".")
    return lines


def _fairness_sentence(variants: list[Mapping[str, Any]]) -> tuple[bool, str]:
    """Whether subgroup gaps could be measured, per group column, and why not where they could not."""
    groups: dict[str, Any] = {}
    for variant in variants:  # every variant is scored on the same test set
        groups = {**((variant.get("evaluation") or {}).get("groups") or {}), **groups}
    used = sorted(c for c, g in groups.items() if (g or {}).get("n_groups_in_gap", 2) >= 2)
    unused = sorted(set(groups) - set(used))
    assessed = any(v.get("worst_group_gap") is not None for v in variants) and bool(used or not groups)
    why_not = "; ".join(f"not on {c}: {groups[c].get('n_groups_in_gap', 0)} group(s) of at least "
                        f"{groups[c].get('min_group_size', 'evaluate.min_group_size')} test rows"
                        for c in unused)
    if assessed:
        return True, (f"Fairness was assessed on {', '.join(used) or 'the group columns'} (worst-group gap in "
                      f"macro-F1: table and figure){f'; {why_not}' if why_not else ''}.")
    return False, ("Fairness could not be assessed: "
                   + (why_not or "the test data has none of the configured group columns "
                      "(evaluate.group_columns) with two or more groups of at least "
                      "evaluate.min_group_size rows")
                   + ". No subgroup chart is drawn.")


def _diff(row: Mapping[str, Any]) -> str:
    if row.get("difference") is None:
        return "baseline" if not row.get("private") else "–"
    low, high = row.get("difference_ci") or (None, None)
    interval = f" [{low:+.3f}, {high:+.3f}]" if low is not None else ""
    return f"{row['difference']:+.3f}{interval}"


def _attack_cell(row: Mapping[str, Any]) -> str:
    if row.get("attack_tpr") is None:
        return "–"
    return f"{fmt(row['attack_tpr'])} at {_pct(row.get('attack_fpr'))}"


def _f1_cell(row: Mapping[str, Any]) -> str:
    if row.get("macro_f1") is None:
        return "–"
    low, high = row.get("macro_f1_ci") or (None, None)
    return f"{fmt(row['macro_f1'])} [{fmt(low)}, {fmt(high)}]"


def _spread(spread: Any) -> str:
    return "–" if not spread else f"{fmt(spread[0])}–{fmt(spread[1])}"


def render_html(summary: Mapping[str, Any], *, figures: Mapping[str, Path], params_text: str) -> str:
    """The report page for `summary` (see README: summary.json schema).

    ``figures`` maps a figure name (`confide.report.figures.FIGURES`) to its PNG; a figure left out
    (the subgroup chart when no group could be assessed) is replaced by a sentence.
    """
    env = Environment(autoescape=select_autoescape(default=True))
    variants = list(summary.get("variants", []))
    captions = figure_captions(variants)
    figs = {name: {"caption": captions.get(name, name), "wide": name == "roc_curves",
                   "data": base64.b64encode(Path(path).read_bytes()).decode("ascii")}
            for name, path in figures.items()}
    synthetic = summary.get("synthetic")
    anonymization = summary.get("anonymization", {})
    held_out = anonymization.get("held_out_clinical_notes") or {}
    confidences = {v.get("eps_hat_confidence") for v in variants if v.get("eps_hat_confidence")}
    confidence = confidences.pop() if len(confidences) == 1 else None
    synthetic_rows = [(k, v) for k, v in _flat(synthetic).items()] if synthetic else None
    rows = aggregate_variants(variants)
    default_model = headline_model(summary, rows) or summary.get("default_model") or ""
    has_groups, fairness = _fairness_sentence(variants)
    unit = summary.get("privacy_unit") or privacy_unit(variants)
    seeds = sorted({v.get("seed") for v in variants}, key=str)
    headline = ", ".join(sorted({str(v.get("headline_attack")) for v in variants
                                 if v.get("headline_attack")})) or "none"
    return env.from_string(TEMPLATE).render(
        title=summary.get("data", {}).get("source", ""),
        data=summary.get("data", {}), split_text=split_sentence(summary.get("data", {})),
        provenance=summary.get("provenance", {}),
        quality=_quality(summary.get("data_quality", {})),
        anonymization=_anonymization_table(anonymization),
        held_out=_anonymization_table(held_out),
        held_out_corpus=held_out.get("corpus", ""),
        synthetic=synthetic_rows,
        variants=variants, rows=rows, default_model=default_model,
        box_rows=headline_rows(rows, model=default_model), headline=headline,
        unit_sentence=privacy_unit_sentence(unit),
        member_noun=("a person (all of their records together)" if unit.get("unit") == "person"
                     else "a record"),
        member_plural="persons" if unit.get("unit") == "person" else "records",
        composition_sentence=composition_sentence(summary.get("composition") or composition(variants),
                                                  fmt=fmt),
        box_lines=[*_identifier_lines(anonymization), fairness],
        seeds_text=(f"{len(seeds)} seeds ({', '.join(str(s) for s in seeds)})" if len(seeds) > 1
                    else f"one seed ({seeds[0]})" if seeds else "no seeds"),
        has_groups=has_groups, fairness_sentence=fairness,
        accountants=", ".join(sorted({str(v.get("ledger", {}).get("accountant"))
                                      for v in variants
                                      if v.get("ledger", {}).get("accountant")})) or "none",
        confidence=confidence,
        method_confidence=next((v["evaluation"]["privacy"].get("confidence_by_method")
                                for v in variants if v.get("evaluation", {}).get("privacy")), None),
        resolution=", ".join(f"{_pct(r)}" for r in sorted({v.get("fpr_resolution") for v in variants
                                                          if v.get("fpr_resolution")})) or "–",
        audit_notes=[*_audit_notes(variants), *_method_audit_notes(variants, default_model)],
        figures=figs, params_text=params_text, fmt=fmt, val=_val, ci=_ci, pct=_pct, tpr=_tpr,
        one_run=_one_run, split=_split, gap=_gap, exposure=_exposure, diff=_diff, attack_cell=_attack_cell,
        f1_cell=_f1_cell, spread=_spread,
    )


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_flat(v, f"{prefix}{k}."))
        return out
    if isinstance(value, list):
        return {prefix.rstrip("."): json.dumps(value)[:120]}
    return {prefix.rstrip("."): value}
