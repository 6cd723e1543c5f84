"""Turn `reports/summary.json` into MLflow runs: a parent with the headline, a child per stage and variant.

Variant runs are named ``ε=1 s0 frozen_encoder`` (ε and seed first, so a narrow name column still
shows them) and carry a fixed set of metric keys, the same for every variant, so that the runs
page can chart or sort by ``epsilon_target`` without choosing columns by hand. Everything else a
variant produced travels as its JSON artifacts (evaluation metrics and privacy ledger).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from confide.report.tables import aggregate_variants, epsilon_of, headline_model, headline_rows
from confide.tracking import RunRecord
from confide.variants import Variant, epsilon_label

STAGES = ("data", "data_quality", "anonymization", "synthetic")


def variant_run_name(*, model: str, epsilon: float, seed: Any, data_mix: str = "real") -> str:
    """``ε=1 s0 frozen_encoder``; the non-private baseline is ``ε=∞``; a data mix is appended."""
    label = "∞" if not math.isfinite(epsilon) else f"{epsilon:g}"
    return f"ε={label} s{seed} {model}" + ("" if data_mix == "real" else f" [{data_mix}]")


def _finite_or_none(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None


def variant_metrics(variant: Mapping[str, Any]) -> dict[str, Any]:
    """The metric keys every variant run carries (absent values are simply not logged)."""
    utility = variant.get("utility") or {}
    f1 = utility.get("macro_f1") or {}
    low = variant.get("attack_tpr_low_fpr") or {}
    one_run = variant.get("one_run") or {}
    exposure = variant.get("secret_exposure") or {}
    epsilon = epsilon_of(variant)
    spent = variant.get("epsilon_spent")
    return {
        "epsilon_target": epsilon if math.isfinite(epsilon) else None,
        "epsilon_spent": spent if isinstance(spent, int | float) else None,
        "delta": variant.get("delta"),
        "private": math.isfinite(epsilon),
        # composed over synthesizer and DP-SGD; absent (not logged) when there is no formal guarantee
        "epsilon_composed": _finite_or_none(variant.get("epsilon_composed", spent)),
        "delta_composed": variant.get("delta_composed", variant.get("delta")),
        "formal_guarantee": bool(variant.get("formal_guarantee", math.isfinite(epsilon))),
        "seed": variant.get("seed"),
        "train_rows": variant.get("train_rows"),
        "macro_f1": f1.get("value"), "macro_f1_ci_low": f1.get("ci_low"),
        "macro_f1_ci_high": f1.get("ci_high"),
        **{name: (utility.get(name) or {}).get("value") for name in ("accuracy", "auroc", "ece")},
        "attack_auc": variant.get("attack_auc"),
        "attack_tpr": low.get("tpr"), "attack_tpr_ci_low": low.get("ci_low"),
        "attack_tpr_ci_high": low.get("ci_high"), "attack_fpr": low.get("fpr_point"),
        "eps_hat": variant.get("epsilon_lower_bound"), "eps_hat_ceiling": variant.get("eps_hat_ceiling"),
        "one_run_eps_hat": one_run.get("epsilon_lower_bound"),
        "worst_group_gap": variant.get("worst_group_gap"),
        "secret_exposure_max": exposure.get("max_exposure"),
    }


def headline_metrics(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The parent run's metrics: the summary box of the report, keyed ``eps_<ε>.<figure>``."""
    rows = aggregate_variants(summary.get("variants", []))
    model = headline_model(summary, rows)
    out: dict[str, Any] = {}
    for row in headline_rows(rows, model=model) if model else []:
        key = "non_private" if not row["private"] else f"eps_{epsilon_label(row['epsilon_target'])}"
        out.update({f"{key}.epsilon_spent": row.get("epsilon_spent"), f"{key}.macro_f1": row.get("macro_f1"),
                    f"{key}.macro_f1_vs_non_private": row.get("difference"),
                    f"{key}.attack_auc": row.get("attack_auc"), f"{key}.attack_tpr": row.get("attack_tpr"),
                    f"{key}.eps_hat": row.get("eps_hat")})
    total = summary.get("composition") or {}
    out["composition.epsilon_sum"] = total.get("epsilon_sum")
    out["composition.delta_sum"] = total.get("delta_sum")
    out["variants"] = len(summary.get("variants", []))
    return out


def benchmark_window(paths: Sequence[str | Path]) -> tuple[int, int] | None:
    """(start, end) in ms since the epoch of the jobs whose Snakemake benchmark files are given.

    A benchmark is written when its job ends (the file's time) and records the job's wall time
    (column ``s``); files that do not exist are skipped. ``None`` when none exists.
    """
    windows = []
    for path in map(Path, paths):
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        seconds = sum(float(row.get("s") or 0) for row in rows)
        end = path.stat().st_mtime
        windows.append((end - seconds, end))
    if not windows:
        return None
    return int(min(w[0] for w in windows) * 1000), int(max(w[1] for w in windows) * 1000)


def benchmark_patterns(rules: Sequence[Any]) -> dict[str, list[str]]:
    """The workflow's benchmark files: ``stages`` (no wildcards) and ``variants`` (per variant).

    Args:
        rules: Snakemake rules (``workflow.rules``); a rule's ``benchmark`` is its file pattern.
    """
    from snakemake.io import strip_wildcard_constraints  # "{seed,\\d+}" -> "{seed}"

    patterns = [strip_wildcard_constraints(str(rule.benchmark)) for rule in rules
                if getattr(rule, "benchmark", None)]
    variant_keys = ("{model}", "{epsilon}", "{seed}")
    return {"stages": [p for p in patterns if "{" not in p],
            "variants": [p for p in patterns if all(key in p for key in variant_keys)]}


def tracking_patterns_for(rules: Sequence[Any], *, variant_files: Sequence[Any]) -> Callable[[Any], dict]:
    """Params function of track_runs: benchmark patterns and each variant's file patterns.

    A function, so Snakemake does not try to fill the ``{model}`` wildcards of the patterns.
    """
    patterns = {"benchmarks": benchmark_patterns(rules), "variant_files": [str(p) for p in variant_files]}
    return lambda wildcards: patterns


def variant_files(variants: Sequence[Mapping[str, Any]], patterns: Sequence[str]) -> dict[str, list[str]]:
    """Each variant's files from the rules' patterns (``{model}``, ``{epsilon}``, ``{seed}``)."""
    return {v["name"]: [Variant(model=v["model"], epsilon=epsilon_of(v), seed=v["seed"],
                                data_mix=v.get("data_mix", "real")).path(p) for p in patterns]
            for v in variants}


def variant_timings(variants: Sequence[Mapping[str, Any]], patterns: Sequence[str]
                    ) -> dict[str, tuple[int, int] | None]:
    """Each variant's (start, end) from its jobs' benchmark files (train, references, evaluate)."""
    return {name: benchmark_window(paths) for name, paths in variant_files(variants, patterns).items()}


def runs_from_summary(
    summary: Mapping[str, Any],
    *,
    timings: Mapping[str, tuple[int, int] | None] | None = None,
    artifacts: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[RunRecord], dict[str, str]]:
    """Child runs and the tags every run carries (provenance incl. key fingerprint, privacy warnings).

    ``timings`` and ``artifacts`` are keyed by the variant's ``name`` in the summary: its jobs'
    real (start, end) times and the files to attach.
    """
    provenance = summary.get("provenance", {})
    tags = {
        "confide.git_commit": str(provenance.get("git_commit", "unknown")),
        "confide.data_hash": str(provenance.get("data_hash", "unknown")),
        "confide.key_fingerprint": str(provenance.get("key_fingerprint", "unknown")),
        **{f"confide.version.{k}": str(v)
           for k, v in provenance.get("package_versions", {}).items()},
    }
    children = [RunRecord(name=f"stage/{stage}", metrics=summary[stage], tags={"confide.stage": stage})
                for stage in STAGES if isinstance(summary.get(stage), Mapping)]
    for variant in summary.get("variants", []):
        epsilon = epsilon_of(variant)
        private = math.isfinite(epsilon)
        ledger = variant.get("ledger", {})
        window = (timings or {}).get(variant["name"])
        mix = variant.get("data_mix", "real")
        formal = bool(variant.get("formal_guarantee", private))
        # a non-private run on DP synthetic rows only keeps the synthesizer's guarantee (formal)
        warning = None
        if not formal and mix != "real" and not variant.get("synthesizer_dp"):
            warning = (f"trained on output of non-DP synthesizer {variant.get('synthesizer')!r}: "
                       "NO formal privacy guarantee")
        elif not formal:
            warning = "non-private baseline: no DP guarantee"
        children.append(RunRecord(
            name=variant_run_name(model=variant["model"], epsilon=epsilon, seed=variant["seed"], data_mix=mix),
            params={"model": variant["model"], "seed": variant["seed"],
                    "epsilon": "inf" if not private else f"{epsilon:g}", "variant": variant["name"],
                    "data_mix": mix, "synthesizer": variant.get("synthesizer"),
                    "synthesizer_dp": variant.get("synthesizer_dp"),
                    "epsilon_composed": str(variant.get("epsilon_composed", variant.get("epsilon_spent"))),
                    **{f"ledger.{k}": v for k, v in ledger.items()}},
            metrics=variant_metrics(variant),
            tags={"confide.stage": "train", "confide.private": str(private).lower(),
                  "confide.model": str(variant["model"]), "confide.data_mix": mix,
                  "confide.formal_guarantee": str(formal).lower(),
                  **({"confide.warning": warning} if warning else {})},
            artifacts=list((artifacts or {}).get(variant["name"], [])),
            start_time=window[0] if window else None, end_time=window[1] if window else None,
        ))
    return children, tags
