"""Plots of the privacy-utility frontier, attack ROC curves and subgroup gaps (PNG files)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

UTILITY = "macro_f1"
TPR_FLOOR = 1e-4


def _eps(variant: Mapping[str, Any]) -> float:
    value = variant.get("epsilon_spent")
    if variant.get("epsilon_target") in ("inf", None) or value in (None, "inf"):
        return math.inf
    return float(value)


def _by_model(variants: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for variant in variants:
        grouped[variant["model"]].append(variant)
    return grouped


def _metric(variant: Mapping[str, Any], name: str) -> tuple[float, float, float]:
    entry = variant.get("utility", {}).get(name) or {}
    value = entry.get("value")
    if value is None:
        return math.nan, math.nan, math.nan
    return value, entry.get("ci_low", value), entry.get("ci_high", value)


def plot_utility_frontier(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Macro-F1 (95 % CI) against epsilon spent; non-private baselines as dashed lines."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        color = f"C{index}"
        private = sorted((v for v in items if math.isfinite(_eps(v))), key=_eps)
        if private:
            xs = [_eps(v) for v in private]
            ys, lows, highs = zip(*(_metric(v, UTILITY) for v in private), strict=True)
            errors = [[y - lo for y, lo in zip(ys, lows, strict=True)],
                      [hi - y for y, hi in zip(ys, highs, strict=True)]]
            ax.errorbar(xs, ys, yerr=errors, marker="o", capsize=3, color=color, label=model)
        for baseline in (v for v in items if not math.isfinite(_eps(v))):
            ax.axhline(_metric(baseline, UTILITY)[0], color=color, linestyle="--",
                       label=f"{model} (non-private)")
    ax.set_xscale("log")
    ax.set_xlabel("ε spent (accountant), log scale")
    ax.set_ylabel("macro-F1 on held-out persons")
    ax.set_title("Privacy-utility frontier")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _save(fig, path)


def plot_attack_frontier(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Macro-F1 against the headline attack's TPR (with interval) at its lowest resolvable FPR."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    fprs = set()
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        for variant in items:
            low = variant.get("attack_tpr_low_fpr")
            if not low or low.get("tpr") is None:
                continue
            fprs.add(low["fpr_point"])
            x = max(low["tpr"], TPR_FLOOR)
            y = _metric(variant, UTILITY)[0]
            err = [[max(x - max(low.get("ci_low", x), TPR_FLOOR), 0)], [max(low.get("ci_high", x) - x, 0)]]
            ax.errorbar([x], [y], xerr=err, fmt="o", color=f"C{index}", capsize=2,
                        label=model if variant is items[0] else None)
            label = "∞" if not math.isfinite(_eps(variant)) else f"{_eps(variant):.2g}"
            ax.annotate(f"ε={label}", (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    for fpr in sorted(fprs):
        ax.axvline(fpr, color="grey", linestyle=":", label=f"chance (TPR = FPR = {fpr:g})")
    ax.set_xscale("log")
    ax.set_xlim(TPR_FLOOR / 2, 1.5)
    ax.set_xlabel(f"headline attack's TPR at lowest resolvable FPR, with interval (0 at {TPR_FLOOR:g})")
    ax.set_ylabel("macro-F1")
    ax.set_title("Utility against measured leakage")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _save(fig, path)


def plot_roc_curves(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Log-log ROC of the headline attack on each variant (first seed), shaded below the resolution."""
    fig, ax = plt.subplots(figsize=(6.4, 4.6))
    shown = 0
    for variant in sorted(variants, key=lambda v: (v["model"], _eps(v))):
        roc = variant.get("attack_roc")
        if not roc or str(variant.get("seed")) != str(variants[0].get("seed")):
            continue
        eps = _eps(variant)
        label = f"{variant['model']} ε={'∞' if not math.isfinite(eps) else f'{eps:.2g}'}"
        fpr = [max(x, 1e-5) for x in roc["fpr"]]
        tpr = [max(y, 1e-5) for y in roc["tpr"]]
        ax.plot(fpr, tpr, label=f"{label} ({roc.get('attack', '')})")
        shown += 1
    resolutions = [v["attack_roc"].get("fpr_resolution") for v in variants
                   if v.get("attack_roc") and v["attack_roc"].get("fpr_resolution")]
    floor = max(resolutions) if resolutions else 1e-5
    ax.plot([floor, 1], [floor, 1], color="grey", linestyle=":", label="chance (TPR = FPR)")
    if resolutions:
        ax.axvspan(1e-5, floor, color="grey", alpha=0.15,
                   label=f"below 1 / non-members = {floor:.2g}: not resolvable")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(1e-4, 1)
    ax.set_ylim(1e-4, 1)
    ax.set_xlabel("false positive rate")
    ax.set_ylabel("true positive rate")
    ax.set_title("Membership-inference ROC (log axes)")
    ax.grid(alpha=0.3, which="both")
    if shown:
        ax.legend(fontsize=7)
    return _save(fig, path)


def plot_subgroup_gaps(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Worst-group macro-F1 gap against epsilon: DP tends to hurt small groups most."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    finite = [_eps(v) for v in variants if math.isfinite(_eps(v))]
    inf_x = max(finite) * 2 if finite else 1.0
    drawn = False
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        points = sorted((_eps(v) if math.isfinite(_eps(v)) else inf_x, v.get("worst_group_gap"))
                         for v in items if v.get("worst_group_gap") is not None)
        if points:
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, marker="o", color=f"C{index}", label=model)
            drawn = True
    if not drawn:  # say why the panel is empty rather than leave blank axes
        ax.text(0.5, 0.5, "no subgroup gaps: the data has none of evaluate.group_columns\n"
                "with two or more groups of evaluate.min_group_size",
                ha="center", va="center", transform=ax.transAxes, fontsize=9)
    ax.set_xscale("log")
    ax.set_xlabel(f"ε spent, log scale (non-private drawn at {inf_x:.3g})")
    ax.set_ylabel("worst-group gap in macro-F1")
    ax.set_title("Subgroup harm against privacy")
    ax.grid(alpha=0.3)
    if drawn:
        ax.legend(fontsize=8)
    return _save(fig, path)


def _save(fig: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=130)
    plt.close(fig)
    return path


FIGURES = {
    "frontier_utility": plot_utility_frontier,
    "frontier_attack": plot_attack_frontier,
    "roc_curves": plot_roc_curves,
    "subgroup_gaps": plot_subgroup_gaps,
}


def draw_all(variants: Sequence[Mapping[str, Any]], folder: Path) -> dict[str, Path]:
    """Every figure of the report, as PNG files in `folder`."""
    return {name: plot(variants, folder / f"{name}.png") for name, plot in FIGURES.items()}
