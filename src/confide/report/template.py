"""The report page's Jinja template: inline CSS, no scripts, no external URLs."""

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Confide report: {{ title }}</title>
<style>
body{font-family:Georgia,serif;max-width:1040px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.8em}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.85em;margin:.6em 0}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:right;white-space:nowrap} th{background:#f3f3f3}
td.l,th.l{text-align:left;white-space:normal} .muted{color:#666;font-size:.85em} .warn{color:#a40000}
#summary{border:2px solid #2b5f8a;background:#f5f9fc;border-radius:6px;padding:.6em 1em;margin:1em 0}
#summary h2{margin-top:.2em;border:none} #summary ul{padding-left:1.2em;margin:.4em 0}
#summary td,#summary th{background:#fff} #summary td.l{min-width:16em}
figure{display:inline-block;width:48%;margin:.5em 0;vertical-align:top} figure img{width:100%}
figure.wide{width:98%}
figcaption{font-size:.8em;color:#444} code{font-size:.85em} dt{font-weight:bold;margin-top:.5em}
details{margin:.6em 0} summary{cursor:pointer;color:#2b5f8a}
@media (max-width:700px){figure,figure.wide{width:100%} body{margin:.5em auto}}
</style></head><body>
<h1>Confide: privacy-utility report</h1>
<p class="muted">Data source <b>{{ data.source }}</b>: {{ fmt(data.rows) }} records{% if data.persons %} from
{{ fmt(data.persons) }} persons{% endif %} ({{ split_text }}),
{{ data.classes|length }} classes. Commit <code>{{ provenance.git_commit }}</code>, data hash
<code>{{ provenance.data_hash }}</code>, generated {{ provenance.created }}.
<a href="#how-to-read">How to read this report</a>.</p>

<section id="summary"><h2>Summary: {{ default_model }}</h2>
<ul>
<li>{{ unit_sentence }}</li>
<li>{{ composition_sentence }}</li>
</ul>
{% if box_rows %}<div class="scroll"><table>
<tr><th>ε target</th><th>ε spent</th><th>δ</th><th>macro-F1</th><th>vs non-private [CI]</th>
<th>attack TPR at FPR (chance: TPR = FPR)</th><th class="l">audit</th></tr>
{% for r in box_rows %}<tr{% if not r.private %} class="warn"{% endif %}>
<td>{{ fmt(r.epsilon_target) }}</td><td>{{ fmt(r.epsilon_spent, 2) }}</td><td>{{ fmt(r.delta) }}</td>
<td>{{ fmt(r.macro_f1) }}</td><td>{{ diff(r) }}</td><td>{{ attack_cell(r) }}</td>
<td class="l">{{ r.verdict }}</td></tr>{% endfor %}
</table></div>{% else %}<p>No variant of {{ default_model }} was trained.</p>{% endif %}
<ul>
{% for line in box_lines %}<li>{{ line }}</li>{% endfor %}
</ul>
<p class="muted">Means over {{ seeds_text }}; the full table, the figures and
<a href="#how-to-read">how to read them</a> follow.</p>
</section>

<h2>All trained variants (mean over seeds)</h2>
<div class="scroll"><table>
<tr><th class="l">model</th><th>ε target</th><th>ε spent</th><th>δ</th><th>seeds</th>
<th>macro-F1 [CI]</th><th>seed range</th><th>accuracy</th><th>attack AUC</th><th>TPR at FPR</th>
<th>ε̂ (max over seeds)</th><th>ε̂ ceiling</th><th>one-run ε̂</th><th>worst-group gap</th>
<th>secret exposure, bits (chance)</th></tr>
{% for r in rows %}<tr{% if not r.private %} class="warn"{% endif %}>
<td class="l">{{ r.model }}</td><td>{{ fmt(r.epsilon_target) }}</td><td>{{ fmt(r.epsilon_spent, 2) }}</td>
<td>{{ fmt(r.delta) }}</td><td>{{ r.n_seeds }}</td><td>{{ f1_cell(r) }}</td><td>{{ spread(r.macro_f1_spread) }}</td>
<td>{{ fmt(r.accuracy) }}</td><td>{{ fmt(r.attack_auc) }}</td><td>{{ attack_cell(r) }}</td>
<td{% if r.audit_violation %} class="warn"{% endif %}>{{ fmt(r.eps_hat, 2) }}</td>
<td{% if r.can_detect_violation == false %} class="warn" title="cannot exceed ε: no violation detectable"{% endif %}>
{{- fmt(r.eps_hat_ceiling, 2) }}</td>
<td>{{ fmt(r.one_run_eps_hat, 2) }}</td><td>{{ fmt(r.worst_group_gap) }}</td>
<td>{% if r.max_exposure is not none %}{{ fmt(r.max_exposure, 2) }} ({{ fmt(r.exposure_chance, 2) }})
{%- else %}–{% endif %}</td></tr>{% endfor %}
</table></div>
{% for note in audit_notes %}<p class="warn">{{ note }}</p>{% endfor %}
<p class="muted">Rows in red are non-private baselines (no privacy guarantee). Every seed was run and
is averaged here, never the best one picked; ε̂ and exposure take the worst seed.</p>
<details><summary>Per-seed rows ({{ variants|length }})</summary>
<div class="scroll"><table><tr><th class="l">model</th><th>seed</th><th>ε target</th><th>ε spent</th><th>δ</th>
<th>train rows</th><th>split: train / test rows</th><th>macro-F1 [CI]</th><th>accuracy</th><th>AUROC</th><th>ECE</th>
<th>attack AUC</th><th>TPR [CI] at FPR</th><th>ε̂ (lower bound)</th><th>ε̂ ceiling</th>
<th>one-run ε̂ / ceiling (m)</th><th>worst-group gap [CI]</th><th>max secret exposure (chance 95 %; p)</th></tr>
{% for v in variants %}<tr{% if v.epsilon_target == 'inf' %} class="warn"{% endif %}>
<td class="l">{{ v.model }}</td><td>{{ v.seed }}</td><td>{{ fmt(v.epsilon_target) }}</td>
<td>{{ fmt(v.epsilon_spent, 2) }}</td><td>{{ fmt(v.delta) }}</td><td>{{ fmt(v.train_rows) }}</td>
<td>{{ split(v) }}</td><td>{{ ci(v, 'macro_f1') }}</td><td>{{ val(v, 'accuracy') }}</td><td>{{ val(v, 'auroc') }}</td>
<td>{{ val(v, 'ece') }}</td><td>{{ fmt(v.attack_auc) }}</td><td>{{ tpr(v) }}</td>
<td>{{ fmt(v.epsilon_lower_bound, 2) }}</td>
<td{% if v.can_detect_violation == false %} class="warn"
 title="cannot exceed ε: no violation detectable"{% endif %}>{{ fmt(v.eps_hat_ceiling, 2) }}</td>
<td>{{ one_run(v) }}</td><td>{{ gap(v) }}</td><td>{{ exposure(v) }}</td></tr>{% endfor %}
</table></div></details>

<h2>Figures</h2>
{% for name, fig in figures.items() %}<figure{% if fig.wide %} class="wide"{% endif %}>
<img alt="{{ fig.caption }}" src="data:image/png;base64,{{ fig.data }}">
<figcaption>{{ fig.caption }}</figcaption></figure>{% endfor %}
{% if not has_groups %}<p>{{ fairness_sentence }}</p>{% endif %}

<h2 id="how-to-read">How to read this report</h2>
<dl>
<dt>ε and δ (ε spent)</dt><dd>The differential-privacy guarantee the accountant ({{ accountants }}) proved
for the training run: whatever an attacker does, including the record (or person, see the summary) in
training changes the odds of any conclusion by at most a factor e<sup>ε</sup>, except with probability δ.
Smaller is more private; ∞ means no guarantee.</dd>
<dt>macro-F1 [CI]</dt><dd>Classification quality on persons never seen in training, averaged over classes
(1 is perfect), with a bootstrap {{ pct(confidence) }} interval. The difference to the non-private baseline
is the price of privacy.</dd>
<dt>Attack AUC, TPR at low FPR</dt><dd>A membership-inference attack ({{ headline }}, named before the run)
guesses whether {{ member_noun }} was in training. AUC 0.5 is guessing. What matters is the true-positive rate (TPR)
at a low false-positive rate (FPR): how many members it finds while wrongly accusing only that share of
non-members. Chance is TPR = FPR. FPRs below 1 / non-member {{ member_plural }} ({{ resolution }})
cannot be measured on this pool and are not shown.</dd>
<dt>ε̂ (empirical lower bound) and its ceiling</dt><dd>The privacy loss the attacks could demonstrate, which
holds with probability {{ pct(confidence) }}: the larger of the membership attacks' bound (Clopper-Pearson
on a held-out half of the pool, Bonferroni over the attacks) and the one-run canary audit's bound (Steinke,
Nasr &amp; Jagielski 2023), each at {{ pct(method_confidence) }}. ε̂ above ε would mean a bug. The ceiling is
the most a perfect attack could show on this pool: where it does not exceed ε, "no violation" is no
evidence. ε̂ well above 0 for the non-private model shows the audit has power.</dd>
<dt>Secret exposure</dt><dd>Random secrets are planted in training texts; exposure (in bits) says how much
more likely the model finds the planted secret than the other candidates. Chance is given beside it;
the maximum possible is log₂ of the number of candidates.</dd>
<dt>Worst-group gap</dt><dd>The largest macro-F1 difference between groups of a column such as gender
or age band; DP tends to hurt small groups most.</dd>
</dl>

<h2>Data quality (great-expectations)</h2>
<p>{{ quality.evaluated }} expectations checked, {{ quality.failed }} failed:
{{ quality.gx_count }} run by great-expectations (the ones in its Data Docs) and {{ quality.own_count }}
Confide checks (not in the Data Docs). The Data Docs under <code>reports/data_quality/gx_docs/</code> load
their styles and scripts from the internet (CDNs); offline they show no table, so the table is here.</p>
{% if quality.checks %}<div class="scroll"><table><tr><th class="l">expectation</th><th class="l">column</th>
<th>result</th><th>rows failing</th><th>rows checked</th><th class="l">by</th></tr>
{% for c in quality.checks %}<tr{% if not c.success %} class="warn"{% endif %}><td class="l">{{ c.expectation }}</td>
<td class="l">{{ c.column or "–" }}</td><td>{{ "passed" if c.success else "FAILED" }}</td>
<td>{{ fmt(c.unexpected_count) }}</td><td>{{ fmt(c.element_count) if c.element_count else "table" }}</td>
<td class="l">{{ c.by }}</td></tr>{% endfor %}
</table></div>{% endif %}

<h2>Anonymization</h2>
{% if anonymization.rows %}<div class="scroll"><table><tr><th class="l">entity type</th>
{% for c in anonymization.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for r in anonymization.rows %}<tr><td class="l">{{ r[0] }}</td>
{% for x in r[1:] %}<td>{{ fmt(x) }}</td>{% endfor %}</tr>{% endfor %}
</table></div>{% endif %}
<div class="scroll"><table>{% for k, v in anonymization.facts %}
<tr><td class="l">{{ k }}</td><td>{{ fmt(v) }}</td></tr>{% endfor %}</table></div>
{% if held_out.rows %}<h3>Held-out clinical notes</h3>
<p>The same detector on annotated clinical notes it was never tuned on ({{ held_out_corpus }}).</p>
<div class="scroll"><table><tr><th class="l">entity type</th>
{% for c in held_out.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for r in held_out.rows %}<tr><td class="l">{{ r[0] }}</td>
{% for x in r[1:] %}<td>{{ fmt(x) }}</td>{% endfor %}</tr>{% endfor %}
</table></div>{% endif %}

{% if synthetic %}<h2>Synthetic augmentation (tabular columns only; free text is not synthesized)</h2>
<div class="scroll"><table>{% for k, v in synthetic %}
<tr><td class="l">{{ k }}</td><td>{{ fmt(v) }}</td></tr>{% endfor %}
</table></div>{% endif %}

<h2>Provenance</h2>
<div class="scroll"><table>{% for k, v in (provenance.package_versions or {}).items() %}
<tr><td class="l">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></div>
<details><summary>Parameters (params.yaml, validated)</summary><pre>{{ params_text }}</pre></details>
</body></html>
"""
