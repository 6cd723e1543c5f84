"""Speech section of the report: privacy-utility table, utility vs epsilon, spectrogram pairs.

Renders ``reports/audio.html`` (a standalone page; :func:`render_audio_fragment` gives the same
content as an HTML fragment to embed in ``report.html``). Inputs are metrics and PNG figures
only: no audio and no embedding ever reaches the report, and a spectrogram of original speech
only for the public FSDD source (:func:`spectrogram_allowed`, :func:`report_figures`).
"""

from __future__ import annotations

import base64
import math
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

_TEMPLATE = """
<section id="speech">
<h2>Speech: voice anonymization</h2>
<p>{{ n_speakers }} speakers in the speaker-verification trials ({{ n_trials }} test utterances against
every speaker's enrollment). EER: equal error rate of the attacker (0.5 = chance; higher is more
private). Linkability D<sub>sys</sub>: 0 = unlinkable, 1 = fully linkable (VoicePrivacy definitions).
<em>Ignorant</em> attacker: enrolls on original speech; <em>lazy-informed</em>: anonymizes its enrollment
with the same system under its own key. Accuracy: spoken-content classifier trained and tested on the
speech of the row, tested on held-out speakers. Membership AUC: loss-threshold attack, 0.5 = chance.</p>
<p class="unit"><strong>What DP-SGD protects here:</strong> {{ unit.headline }}</p>
{% if unit.sentences %}<ul>{% for sentence in unit.sentences %}<li>{{ sentence }}</li>{% endfor %}</ul>{% endif %}
{% if references %}<p class="warning"><strong>Reference conditions, not anonymizers:</strong>
{{ references|join(", ") }}: easy to invert (a shift back undoes it); shown for comparison only.</p>{% endif %}
{% if study_only %}<p class="warning"><strong>Study only, not for use:</strong>
{{ study_only|join(", ") }}: destroys the spoken content (content accuracy near chance in bench/audio.py);
its privacy figures are not a recommendation.</p>{% endif %}
<table>
<thead><tr><th>speech</th><th>EER ignorant</th><th>EER lazy-informed</th><th>linkability ignorant</th>
<th>linkability lazy-informed</th><th>log-spectral distance (dB)</th>
{% for eps in epsilons %}<th>accuracy &epsilon;={{ eps }}</th>{% endfor %}
<th>membership AUC &epsilon;=&infin;</th></tr></thead>
<tbody>
{% for row in rows %}<tr><td>{{ row.name }}</td><td>{{ row.eer_ignorant }}</td><td>{{ row.eer_lazy }}</td>
<td>{{ row.link_ignorant }}</td><td>{{ row.link_lazy }}</td><td>{{ row.lsd }}</td>
{% for acc in row.accuracy %}<td>{{ acc }}</td>{% endfor %}<td>{{ row.mia }}</td></tr>
{% endfor %}
</tbody></table>
{% if audit %}<h3>Membership-inference audit of the content classifier</h3>
<p>The text path's calibrated attacks on each trained classifier: members are its training utterances,
non-members the held-out utterances of the same speakers; {{ audit.k }} reference models trained like the
target on random subsets of that pool: the target's settings, &epsilon; and ledger &delta;, and exactly its
number of training utterances{% if audit.sizes %} ({{ audit.sizes }}){% endif %}, so its sampling rate and
noise (each reference ledger is checked against the target's). Headline attack (fixed in advance):
{{ audit.headline }}. TPR at the lowest resolvable FPR, with its {{ audit.level }} interval. &epsilon;&#770; is
the Clopper-Pearson lower bound on &epsilon; over all attacks (Bonferroni); its ceiling is the most a perfect
attack could show on this pool, so &epsilon;&#770; = 0 with a ceiling below &epsilon; cannot rule a violation out.
&epsilon;&#770; &gt; 0 shows, at that confidence and under the usual assumption that the audited utterances
are independent draws, that the classifier is not (&epsilon;&#770;, &delta;)-DP for one utterance.</p>
{% if audit.weak_k %}<p class="warning"><strong>Few reference models:</strong> K = {{ audit.k }} is below
{{ audit.min_k }} (the text path's threshold): LiRA and RMIA are weaker than with more reference models, so
&epsilon;&#770; is lower than a larger K would show.</p>{% endif %}
<table>
<thead><tr><th>speech</th><th>&epsilon;</th><th>attack AUC</th><th>TPR @ FPR</th><th>&epsilon;&#770; (ceiling)</th>
<th>members / non-members</th></tr></thead>
<tbody>
{% for row in audit.rows %}<tr><td>{{ row.name }}</td><td>{{ row.eps }}</td><td>{{ row.auc }}</td><td>{{ row.tpr }}</td>
<td>{{ row.eps_hat }}</td><td>{{ row.pool }}</td></tr>
{% endfor %}
</tbody></table>{% endif %}
{% for fig in figures %}<figure><img alt="{{ fig.caption }}" src="data:image/png;base64,{{ fig.data }}">
<figcaption>{{ fig.caption }}</figcaption></figure>
{% endfor %}
</section>
"""


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.{digits}f}"


def _eps_label(eps: Any) -> str:
    return "∞" if eps == "inf" or (isinstance(eps, float) and math.isinf(eps)) else f"{float(eps):g}"


def _accuracy_by_epsilon(rows: Sequence[Mapping[str, Any]], epsilons: list[str]) -> list[str]:
    out = []
    for eps in epsilons:
        values = [r["accuracy"] for r in rows if _eps_label(r["epsilon"]) == eps]
        out.append(_fmt(float(np.mean(values))) if values else "-")
    return out


def _mia(rows: Sequence[Mapping[str, Any]]) -> str:
    values = [r["membership_auc"] for r in rows if _eps_label(r["epsilon"]) == "∞"]
    return _fmt(float(np.mean(values))) if values else "-"


SPECTROGRAM_CAPTION = "Spectrogram of one speaker-verification trial utterance (FSDD, public): original vs {name}"


def spectrogram_allowed(*, source: str, requested: bool) -> bool:
    """Whether the original-vs-anonymized spectrogram may be drawn: public FSDD only.

    An image of a user's original voice is personal data; for ``source: manifest`` the request is
    ignored with a warning.
    """
    if requested and source != "fsdd":
        warnings.warn(f"audio.report.spectrogram_pair ignored for audio.source {source!r}: a spectrogram of "
                      "a user's original voice never goes into the report or MLflow (only FSDD's public "
                      "recordings are drawn)", UserWarning, stacklevel=2)
        return False
    return bool(requested) and source == "fsdd"


def report_figures(*, source: str, utility_figure: Path | str, spectrograms: Mapping[str, Path | str]
                   ) -> dict[str, Path]:
    """The figures ``audio.html`` shows: the utility curve and, for FSDD only, the spectrogram pairs.

    An empty PNG means "not drawn". A drawn spectrogram for a source other than FSDD is refused.

    Raises:
        AudioPipelineError: a spectrogram of original speech was drawn for a user's manifest.
    """
    from confide.audio.errors import AudioPipelineError

    figures = {"Content accuracy against ε, per speech condition": Path(utility_figure)}
    drawn = {name: Path(path) for name, path in spectrograms.items() if Path(path).stat().st_size}
    if drawn and source != "fsdd":
        raise AudioPipelineError(f"{len(drawn)} spectrogram(s) of original speech were drawn for audio.source "
                                 f"{source!r} (rule evaluate_voice_privacy, anonymizers {sorted(drawn)}); they "
                                 "must not reach the report: delete results/audio/privacy/*_spectrogram.png and "
                                 "re-run")
    figures.update({SPECTROGRAM_CAPTION.format(name=name): path for name, path in drawn.items()})
    return figures


def unit_summary(utility: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, Any]:
    """The privacy unit of the DP runs, in words: a headline and the ledger's sentence per ε."""
    private = [r for rows in utility.values() for r in rows if r["epsilon"] != "inf" and r.get("privacy_unit_text")]
    if not private:
        return {"headline": "no DP-SGD run in this report.", "sentences": []}
    units = sorted({r.get("unit_name", "utterance") for r in private})
    speakers = min(int(r.get("n_persons", 0)) for r in private)
    if units == ["speaker"]:
        headline = (f"each speaker (all of a speaker's training utterances are one DP example; "
                    f"{speakers} training speakers).")
    else:
        headline = ("one utterance, not a speaker. A speaker with k training utterances is protected at about "
                    "k × ε.")
        minimum = max(int(r.get("min_speakers", 0)) for r in private)
        if speakers < minimum:
            headline += (f" With {speakers} training speakers, speaker-level DP cannot carry a meaningful "
                         f"guarantee (δ must be below 1/{speakers}: about a 1-in-{10 * max(speakers, 1)} chance "
                         "of total failure for each speaker, and the noise a small ε needs over so few persons "
                         "leaves nothing to learn), so the branch refuses it below audio.train.min_speakers "
                         f"= {minimum}.")
    sentences = sorted({f"{name}: {r['privacy_unit_text']}" for name, rows in utility.items() for r in rows
                        if r["epsilon"] != "inf" and r.get("privacy_unit_text") and name != "original"})
    return {"headline": headline, "sentences": sentences[:6]}


def is_study_only(name: str) -> bool:
    """Whether anonymizer ``name`` is for study only (:func:`confide.audio.anonymizers.is_study_only`)."""
    from confide.audio.anonymizers import is_study_only as registered_study_only

    return registered_study_only(name)


def is_reference(name: str) -> bool:
    """Whether anonymizer ``name`` is a reference condition (:func:`confide.audio.anonymizers.is_reference`)."""
    from confide.audio.anonymizers import is_reference as registered_reference

    return registered_reference(name)


def labelled(name: str) -> str:
    """``name`` with its caveat in brackets when it is not for use (reference condition or study only)."""
    from confide.audio.anonymizers import caveat

    note = caveat(name)
    return f"{name} ({note})" if note else name


def table_rows(privacy: Mapping[str, Mapping[str, Any]], utility: Mapping[str, Sequence[Mapping[str, Any]]]
               ) -> tuple[list[str], list[dict[str, Any]]]:
    """Rows of the privacy-utility table: original speech first, then each anonymizer."""
    epsilons = sorted({_eps_label(r["epsilon"]) for rows in utility.values() for r in rows},
                      key=lambda e: math.inf if e == "∞" else float(e))
    first = next(iter(privacy.values()))["attackers"]["original"]
    rows = [{"name": "original (no anonymization)", "eer_ignorant": _fmt(first["eer"]), "eer_lazy": _fmt(first["eer"]),
             "link_ignorant": _fmt(first["linkability"]), "link_lazy": _fmt(first["linkability"]), "lsd": "0",
             "accuracy": _accuracy_by_epsilon(utility.get("original", []), epsilons),
             "mia": _mia(utility.get("original", []))}]
    for name, metrics in privacy.items():
        attackers = metrics["attackers"]
        label = labelled(name)
        rows.append({"name": label, "eer_ignorant": _fmt(attackers["ignorant"]["eer"]),
                     "eer_lazy": _fmt(attackers["lazy_informed"]["eer"]),
                     "link_ignorant": _fmt(attackers["ignorant"]["linkability"]),
                     "link_lazy": _fmt(attackers["lazy_informed"]["linkability"]),
                     "lsd": _fmt(metrics["log_spectral_distance_db"]["mean"], 1),
                     "accuracy": _accuracy_by_epsilon(utility.get(name, []), epsilons),
                     "mia": _mia(utility.get(name, []))})
    return epsilons, rows


def audit_table(utility: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, Any] | None:
    """Rows of the membership-audit table (one per speech condition, epsilon and seed), or None without audits."""
    rows = []
    k, headline, level, sizes = set(), set(), set(), set()
    weak = False
    for name, runs in utility.items():
        label = name if name == "original" else labelled(name)
        for run in runs:
            audit = run.get("membership_audit")
            if not audit:
                continue
            k.add(audit["reference_models"])
            weak = weak or bool(audit.get("weak_k", False))
            sizes.update(int(r["n_records"]) for r in audit.get("references", []) if r.get("n_records") is not None)
            headline.add(audit["headline_attack"])
            level.add(f"{100 * audit['confidence']:g} %")
            resolved = [x for x, v in audit["tpr_at_fpr"].items() if v is not None]
            if resolved:
                x = min(resolved, key=float)
                ci = audit["tpr_interval"][x]
                tpr = f"{_fmt(ci['tpr'])} @ {float(x):g} [{_fmt(ci['ci_low'])}, {_fmt(ci['ci_high'])}]"
            else:
                tpr = "not resolvable"
            rows.append({"name": label + (f" (seed {run['seed']})" if len(runs) > 1 else ""),
                         "eps": _eps_label(run["epsilon"]), "auc": _fmt(audit["auc"]), "tpr": tpr,
                         "eps_hat": f"{_fmt(audit['eps_hat'], 2)} ({_fmt(audit['eps_hat_ceiling'], 2)})",
                         "pool": f"{audit['n_members']} / {audit['n_nonmembers']}"})
    if not rows:
        return None
    from confide.audio.audit import MIN_REFERENCE_MODELS

    return {"rows": rows, "k": ", ".join(str(x) for x in sorted(k)), "headline": ", ".join(sorted(headline)),
            "level": ", ".join(sorted(level)), "weak_k": weak, "min_k": MIN_REFERENCE_MODELS,
            "sizes": ", ".join(f"{x} utterances" for x in sorted(sizes))}


def render_audio_fragment(*, privacy: Mapping[str, Mapping[str, Any]],
                          utility: Mapping[str, Sequence[Mapping[str, Any]]],
                          figures: Mapping[str, Path]) -> str:
    """The speech section as an HTML fragment (``<section id="speech">``), figures inlined."""
    from jinja2 import Environment, select_autoescape

    epsilons, rows = table_rows(privacy, utility)
    first = next(iter(privacy.values()))
    figs = [{"caption": caption, "data": base64.b64encode(Path(path).read_bytes()).decode("ascii")}
            for caption, path in figures.items()]
    env = Environment(autoescape=select_autoescape(default=True))
    return env.from_string(_TEMPLATE).render(epsilons=epsilons, rows=rows, figures=figs,
                                             n_speakers=first["speakers"], n_trials=first["trial_utterances"],
                                             unit=unit_summary(utility), audit=audit_table(utility),
                                             references=[n for n in privacy if is_reference(n)],
                                             study_only=[n for n in privacy if is_study_only(n)])


def render_audio_page(**kwargs: Any) -> str:
    """A standalone ``audio.html`` page around :func:`render_audio_fragment`."""
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Confide: speech</title>"
            "<style>body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:.3em .6em}img{max-width:100%}</style></head><body>"
            + render_audio_fragment(**kwargs) + "</body></html>")


def plot_spectrogram_pair(original: np.ndarray, anonymized: np.ndarray, *, sample_rate: int, title: str,
                          path: Path | str) -> Path:
    """Save a PNG of the log spectrograms of one utterance before and after anonymization."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(9, 3.2), sharey=True)
    for ax, wav, name in zip(axes, (original, anonymized), ("original", title), strict=True):
        ax.specgram(np.asarray(wav, dtype=float), NFFT=256, Fs=sample_rate, noverlap=176, cmap="magma")
        ax.set_title(name)
        ax.set_xlabel("time (s)")
    axes[0].set_ylabel("frequency (Hz)")
    return _save(fig, path)


def plot_utility_vs_epsilon(utility: Mapping[str, Sequence[Mapping[str, Any]]], path: Path | str) -> Path:
    """Save a PNG of content accuracy against epsilon, one line per speech condition."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    fig, ax = plt.subplots(figsize=(5.5, 3.5))
    finite = sorted({float(r["epsilon"]) for rows in utility.values() for r in rows if r["epsilon"] != "inf"})
    inf_x = (max(finite) * 2) if finite else 1.0
    for name, rows in utility.items():
        xs = sorted({inf_x if r["epsilon"] == "inf" else float(r["epsilon"]) for r in rows})
        ys = [float(np.mean([r["accuracy"] for r in rows
                             if (inf_x if r["epsilon"] == "inf" else float(r["epsilon"])) == x])) for x in xs]
        ax.plot(xs, ys, marker="o", label=name)
    ax.set_xscale("log")
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    ax.set_xticks(finite + [inf_x], [f"{e:g}" for e in finite] + ["∞"])
    ax.set_xlabel("ε (DP-SGD); ∞ = not private")
    ax.set_ylabel("accuracy (held-out speakers)")
    ax.legend(fontsize=8)
    return _save(fig, path)


def _save(fig: Any, path: Path | str) -> Path:
    """Write ``fig`` as a PNG at ``path`` (parents created) and free it."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return path
