"""The one-page, self-contained HTML report (inline CSS, figures embedded as PNG data URIs)."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Confide report: {{ title }}</title>
<style>
body{font-family:Georgia,serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.8em}
table{border-collapse:collapse;font-size:.85em;margin:.6em 0;width:100%}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:right} th{background:#f3f3f3}
td.l,th.l{text-align:left} .muted{color:#666;font-size:.85em} .warn{color:#a40000}
figure{display:inline-block;width:48%;margin:.5em 0;vertical-align:top} figure img{width:100%}
figcaption{font-size:.8em;color:#444} code{font-size:.85em}
</style></head><body>
<h1>Confide: privacy-utility report</h1>
<p class="muted">Data source <b>{{ data.source }}</b>, {{ data.rows }} records ({{ data.train }} train /
{{ data.test }} test, split by person), {{ data.classes|length }} classes. Commit
<code>{{ provenance.git_commit }}</code>, data hash <code>{{ provenance.data_hash }}</code>,
generated {{ provenance.created }}.</p>

<h2>Trained variants</h2>
<p>Utility is measured on held-out persons with bootstrap {{ pct(confidence) }} intervals. ε spent is the
accountant's bound ({{ accountants }}). ε̂ is an empirical lower bound that holds with probability
{{ pct(confidence) }}: it is the larger of the membership attacks' bound (Clopper-Pearson on a held-out
half of the pool, Bonferroni over the attacks) and the one-run canary audit's bound (Steinke, Nasr
&amp; Jagielski 2023), each computed at {{ pct(method_confidence) }} so that their maximum keeps the stated
level. Its ceiling is the most a perfect attack could show on these sample sizes: where the ceiling
does not exceed ε, "no violation" is no evidence. A DP model whose ε̂ exceeded its ε would indicate a
bug; ε̂ well above 0 for the non-private model shows the audit has power. Attack figures are those of
one attack named in advance ({{ headline }}), TPR only at false-positive rates the pool can resolve
(at least one non-member, {{ resolution }}), with {{ pct(confidence) }} intervals.</p>
<table><tr><th class="l">model</th><th>seed</th><th>ε target</th><th>ε spent</th><th>δ</th>
<th>train rows</th><th>macro-F1 [CI]</th><th>accuracy</th><th>AUROC</th><th>ECE</th>
<th>attack AUC</th><th>TPR [CI] @ FPR</th><th>ε̂ (lower bound)</th><th>ε̂ ceiling</th>
<th>one-run ε̂ / ceiling (m)</th><th>worst-group gap [CI]</th><th>max secret exposure (chance 95 %; p)</th></tr>
{% for v in variants %}<tr{% if v.epsilon_target == 'inf' %} class="warn"{% endif %}>
<td class="l">{{ v.model }}</td><td>{{ v.seed }}</td><td>{{ fmt(v.epsilon_target) }}</td>
<td>{{ fmt(v.epsilon_spent) }}</td><td>{{ fmt(v.delta, 2) }}</td><td>{{ fmt(v.train_rows) }}</td>
<td>{{ ci(v, 'macro_f1') }}</td><td>{{ val(v, 'accuracy') }}</td><td>{{ val(v, 'auroc') }}</td>
<td>{{ val(v, 'ece') }}</td><td>{{ fmt(v.attack_auc) }}</td><td>{{ tpr(v) }}</td>
<td>{{ fmt(v.epsilon_lower_bound) }}</td>
<td{% if v.can_detect_violation == false %} class="warn"
 title="cannot exceed ε: no violation detectable"{% endif %}>{{ fmt(v.eps_hat_ceiling) }}</td>
<td>{{ one_run(v) }}</td><td>{{ gap(v) }}</td><td>{{ exposure(v) }}</td></tr>{% endfor %}
</table>
{% for note in audit_notes %}<p class="warn">{{ note }}</p>{% endfor %}
<p class="muted">Rows in red are non-private baselines (no privacy guarantee). Never report the
best of several DP runs as one run: every seed is listed.</p>

{% for name, fig in figures.items() %}<figure><img alt="{{ fig.caption }}" src="data:image/png;base64,{{ fig.data }}">
<figcaption>{{ fig.caption }}</figcaption></figure>{% endfor %}

<h2>Data quality (great-expectations)</h2>
<p>{{ quality.evaluated }} expectations, {{ quality.failed }} failed. Full results:
<code>reports/data_quality/validation.json</code> and Data Docs under
<code>reports/data_quality/gx_docs/</code>.</p>

<h2>Anonymization</h2>
{% if anonymization.rows %}<table><tr><th class="l">entity type</th>
{% for c in anonymization.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for r in anonymization.rows %}<tr><td class="l">{{ r[0] }}</td>
{% for x in r[1:] %}<td>{{ fmt(x) }}</td>{% endfor %}</tr>{% endfor %}
</table>{% endif %}
<table>{% for k, v in anonymization.facts %}<tr><td class="l">{{ k }}</td><td>{{ fmt(v) }}</td></tr>{% endfor %}</table>
{% if held_out.rows %}<h3>Held-out clinical notes</h3>
<p>The same detector on annotated clinical notes it was never tuned on ({{ held_out_corpus }}).</p>
<table><tr><th class="l">entity type</th>{% for c in held_out.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for r in held_out.rows %}<tr><td class="l">{{ r[0] }}</td>
{% for x in r[1:] %}<td>{{ fmt(x) }}</td>{% endfor %}</tr>{% endfor %}
</table>{% endif %}

{% if synthetic %}<h2>Synthetic augmentation (tabular columns only; free text is not synthesized)</h2>
<table>{% for k, v in synthetic %}<tr><td class="l">{{ k }}</td><td>{{ fmt(v) }}</td></tr>{% endfor %}
</table>{% endif %}

<h2>Provenance</h2>
<table>{% for k, v in provenance.package_versions.items() %}
<tr><td class="l">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table>
<details><summary>Parameters (params.yaml, validated)</summary><pre>{{ params_text }}</pre></details>
</body></html>
"""

CAPTIONS = {
    "frontier_utility": "Macro-F1 with 95 % CI against ε spent; dashed lines: non-private baselines.",
    "frontier_attack": "Utility against the headline attack's TPR (with interval) at its lowest resolvable FPR.",
    "roc_curves": "Headline attack's ROC curves on log axes; the shaded band is below the pool's FPR resolution.",
    "subgroup_gaps": "Worst-group macro-F1 gap against ε (small groups lose most under DP).",
}


def fmt(value: Any, digits: int = 3) -> str:
    """Numbers to short text; missing values to an en dash."""
    if value is None or value == "":
        return "–"
    if value == "inf" or (isinstance(value, float) and math.isinf(value)):
        return "∞"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:.{digits}g}" if abs(value) < 1e-2 and value else f"{value:.{digits}f}"
    return str(value)


def _val(variant: Mapping[str, Any], name: str) -> str:
    return fmt((variant.get("utility", {}).get(name) or {}).get("value"))


def _ci(variant: Mapping[str, Any], name: str) -> str:
    entry = variant.get("utility", {}).get(name) or {}
    if entry.get("value") is None:
        return "–"
    return f"{fmt(entry['value'])} [{fmt(entry.get('ci_low'))}, {fmt(entry.get('ci_high'))}]"


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.4g} %"


def _tpr(variant: Mapping[str, Any]) -> str:
    low = variant.get("attack_tpr_low_fpr")
    if not low:
        return "–"
    return (f"{fmt(low['tpr'])} [{fmt(low.get('ci_low'))}, {fmt(low.get('ci_high'))}] "
            f"@ {_pct(low['fpr_point'])}")


def _one_run(variant: Mapping[str, Any]) -> str:
    audit = variant.get("one_run") or {}
    if not audit:
        return "–"
    text = f"{fmt(audit.get('epsilon_lower_bound'))} / {fmt(audit.get('ceiling'))} ({fmt(audit.get('m'))})"
    return text + ("" if audit.get("meaningful") else " small")


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
    full_batch = [v["name"] for v in variants if (v.get("evaluation") or {}).get("seed_note")]
    if full_batch:
        notes.append(f"{len(full_batch)} non-private variant(s) trained on all rows in one batch "
                     "(sample rate 1): their seeds differ only by initialisation, so they are near "
                     "copies, not independent replicates.")
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


def render_html(summary: Mapping[str, Any], *, figures: Mapping[str, Path], params_text: str) -> str:
    """The report page for `summary` (see README: summary.json schema)."""
    env = Environment(autoescape=select_autoescape(default=True))
    figs = {name: {"caption": CAPTIONS.get(name, name),
                   "data": base64.b64encode(Path(path).read_bytes()).decode("ascii")}
            for name, path in figures.items()}
    synthetic = summary.get("synthetic")
    held_out = summary.get("anonymization", {}).get("held_out_clinical_notes") or {}
    variants = list(summary.get("variants", []))
    confidences = {v.get("eps_hat_confidence") for v in variants if v.get("eps_hat_confidence")}
    confidence = confidences.pop() if len(confidences) == 1 else None
    synthetic_rows = [(k, v) for k, v in _flat(synthetic).items()] if synthetic else None
    return env.from_string(TEMPLATE).render(
        title=summary.get("data", {}).get("source", ""),
        data=summary.get("data", {}),
        provenance=summary.get("provenance", {}),
        quality=summary.get("data_quality", {}),
        anonymization=_anonymization_table(summary.get("anonymization", {})),
        held_out=_anonymization_table(held_out),
        held_out_corpus=held_out.get("corpus", ""),
        synthetic=synthetic_rows,
        variants=variants,
        accountants=", ".join(sorted({str(v.get("ledger", {}).get("accountant"))
                                      for v in summary.get("variants", [])
                                      if v.get("ledger", {}).get("accountant")})) or "none",
        confidence=confidence,
        method_confidence=next((v["evaluation"]["privacy"].get("confidence_by_method")
                                for v in variants if v.get("evaluation", {}).get("privacy")), None),
        headline=", ".join(sorted({str(v.get("headline_attack")) for v in variants
                                   if v.get("headline_attack")})) or "none",
        resolution=", ".join(f"{_pct(r)}" for r in sorted({v.get("fpr_resolution") for v in variants
                                                          if v.get("fpr_resolution")})) or "–",
        audit_notes=_audit_notes(variants),
        figures=figs, params_text=params_text, fmt=fmt, val=_val, ci=_ci, pct=_pct, tpr=_tpr,
        one_run=_one_run, gap=_gap, exposure=_exposure,
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
