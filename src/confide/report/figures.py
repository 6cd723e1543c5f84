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
    # a data mix with synthetic rows sits at its composed ε (synthesizer + DP-SGD), not DP-SGD's alone
    value = variant.get("epsilon_composed" if variant.get("data_mix", "real") != "real" else "epsilon_spent")
    if variant.get("epsilon_target") in ("inf", None) or value in (None, "inf"):
        return math.inf
    return float(value)


def _by_model(variants: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for variant in variants:
        mix = variant.get("data_mix", "real")
        grouped[variant["model"] if mix == "real" else f"{variant['model']} [{mix}]"].append(variant)
    return grouped


def _metric(variant: Mapping[str, Any], name: str) -> tuple[float, float, float]:
    entry = variant.get("utility", {}).get(name) or {}
    value = entry.get("value")
    if value is None:
        return math.nan, math.nan, math.nan
    return value, entry.get("ci_low", value), entry.get("ci_high", value)


def _label(eps: float) -> str:
    return "∞" if not math.isfinite(eps) else f"{eps:g}"


def _target(variant: Mapping[str, Any]) -> float:
    value = variant.get("epsilon_target")
    return math.inf if value in ("inf", None) else float(value)


def _per_epsilon(items: Sequence[Mapping[str, Any]]) -> list[tuple[float, list[Mapping[str, Any]]]]:
    grouped: dict[float, list[Mapping[str, Any]]] = defaultdict(list)
    for variant in items:
        grouped[_target(variant)].append(variant)
    return sorted(grouped.items())


def _nanmean(values: Sequence[float]) -> float:
    found = [v for v in values if math.isfinite(v)]
    return sum(found) / len(found) if found else math.nan


def _epsilon_ticks(ax: Any, targets: Sequence[float]) -> None:
    """Ticks at the swept ε values only (no overlapping minor labels)."""
    from matplotlib.ticker import FixedLocator, NullLocator

    ticks = sorted({t for t in targets if math.isfinite(t)})
    if ticks:
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels([f"{t:g}" for t in ticks])


def plot_utility_frontier(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Mean macro-F1 over seeds per ε (mean 95 % CI as bars), each seed a faint point; non-private dashed."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    targets = []
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        color = f"C{index}"
        groups = _per_epsilon(items)
        private = [(eps, seeds) for eps, seeds in groups if math.isfinite(eps)]
        targets += [eps for eps, _ in private]
        if private:
            xs = [_nanmean([_eps(v) for v in seeds]) for _, seeds in private]
            ys = [_nanmean([_metric(v, UTILITY)[0] for v in seeds]) for _, seeds in private]
            lows = [_nanmean([_metric(v, UTILITY)[1] for v in seeds]) for _, seeds in private]
            highs = [_nanmean([_metric(v, UTILITY)[2] for v in seeds]) for _, seeds in private]
            errors = [[max(y - lo, 0) for y, lo in zip(ys, lows, strict=True)],
                      [max(hi - y, 0) for y, hi in zip(ys, highs, strict=True)]]
            ax.errorbar(xs, ys, yerr=errors, marker="o", capsize=3, color=color, label=model)
            seed_x = [_eps(v) for _, seeds in private for v in seeds]
            seed_y = [_metric(v, UTILITY)[0] for _, seeds in private for v in seeds]
            ax.scatter(seed_x, seed_y, color=color, alpha=0.3, s=14, linewidths=0)
        for _, seeds in (g for g in groups if not math.isfinite(g[0])):
            ax.axhline(_nanmean([_metric(v, UTILITY)[0] for v in seeds]), color=color,
                       linestyle="--", label=f"{model}, non-private")
    ax.set_xscale("log")
    _epsilon_ticks(ax, targets)
    ax.set_xlabel("ε spent (accountant), log scale")
    ax.set_ylabel("macro-F1 on held-out persons")
    ax.set_title("Privacy-utility frontier (mean over seeds; faint: each seed)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, frameon=False)
    return _save(fig, path)


def _place_labels(ax: Any, points: Sequence[tuple[float, float, str, str]]) -> None:
    """Label each point, nudging a label up until its box overlaps no label placed before it."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    placed: list[Any] = []
    right = ax.transAxes.transform((0.85, 0))[0]
    for x, y, text, color in sorted(points, key=lambda p: (p[1], p[0])):
        offset = 3
        left = ax.transData.transform((x, y))[0] > right  # near the right edge: label to the left
        for _ in range(12):
            label = ax.annotate(text, (x, y), fontsize=7, color=color, xytext=(-4 if left else 4, offset),
                                textcoords="offset points", ha="right" if left else "left")
            box = label.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            label.remove()
            offset += 8
        else:
            placed.append(label.get_window_extent(renderer))


def plot_attack_frontier(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Mean macro-F1 against the headline attack's mean TPR at its lowest resolvable FPR, per ε."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    fprs = set()
    labels = []
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        color = f"C{index}"
        first = True
        for eps, seeds in _per_epsilon(items):
            lows = [v.get("attack_tpr_low_fpr") for v in seeds]
            lows = [low for low in lows if low and low.get("tpr") is not None]
            if not lows:
                continue
            fprs.update(low["fpr_point"] for low in lows)
            x = max(_nanmean([low["tpr"] for low in lows]), TPR_FLOOR)
            y = _nanmean([_metric(v, UTILITY)[0] for v in seeds])
            low_x = max(min(low.get("ci_low", x) for low in lows), TPR_FLOOR)
            high_x = max(low.get("ci_high", x) for low in lows)
            ax.errorbar([x], [y], xerr=[[max(x - low_x, 0)], [max(high_x - x, 0)]], fmt="o",
                        color=color, capsize=2, label=model if first else None)
            first = False
            labels.append((x, y, f"ε={_label(eps)}", color))
    for fpr in sorted(fprs):
        ax.axvline(fpr, color="grey", linestyle=":", label=f"chance (TPR = FPR = {fpr:g})")
    ax.set_xscale("log")
    ax.set_xlim(TPR_FLOOR / 2, 1.5)
    ax.set_xlabel(f"attack TPR at lowest resolvable FPR, mean over seeds (0 drawn at {TPR_FLOOR:g})")
    ax.set_ylabel("macro-F1 (mean over seeds)")
    ax.set_title("Utility against measured leakage")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, frameon=False)
    fig.tight_layout()
    _place_labels(ax, labels)
    return _save(fig, path)


def roc_seed(variants: Sequence[Mapping[str, Any]]) -> Any:
    """The seed whose ROC curves are drawn: the smallest one that has curves."""
    seeds = sorted({v.get("seed") for v in variants if v.get("attack_roc")}, key=lambda s: int(s))
    return seeds[0] if seeds else None


def plot_roc_curves(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Log-log ROC of the headline attack, one panel per model, colours ordered by ε (one seed)."""
    from matplotlib import colormaps

    seed = roc_seed(variants)
    models = sorted(_by_model(variants).items())
    fig, axes = plt.subplots(1, max(len(models), 1), figsize=(3.6 * max(len(models), 1), 3.6),
                             squeeze=False, sharey=True)
    targets = sorted({_target(v) for v in variants})
    finite = [t for t in targets if math.isfinite(t)]
    ramp = colormaps["viridis"]
    resolutions = [v["attack_roc"].get("fpr_resolution") for v in variants
                   if v.get("attack_roc") and v["attack_roc"].get("fpr_resolution")]
    floor = max(resolutions) if resolutions else 1e-5
    for ax, (model, items) in zip(axes[0], models, strict=False):
        for variant in sorted(items, key=_target):
            roc = variant.get("attack_roc")
            if not roc or variant.get("seed") != seed:
                continue
            eps = _target(variant)
            color = ("#b2182b" if not math.isfinite(eps)
                     else ramp(0.9 * finite.index(eps) / max(len(finite) - 1, 1)))
            fpr = [max(x, 1e-5) for x in roc["fpr"]]
            tpr = [max(y, 1e-5) for y in roc["tpr"]]
            ax.plot(fpr, tpr, color=color, linewidth=1.6, label=f"ε = {_label(eps)}", zorder=3)
        ax.plot([floor, 1], [floor, 1], color="grey", linestyle=":", label="chance")
        if resolutions:
            ax.axvspan(1e-5, floor, color="grey", alpha=0.15, label="not resolvable")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(1e-4, 1)
        ax.set_ylim(1e-4, 1.6)  # head room: a curve at TPR = 1 stays visible
        ax.set_xlabel("false positive rate")
        ax.set_title(model, fontsize=10)
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=7, loc="lower right")
    axes[0][0].set_ylabel("true positive rate")
    fig.suptitle(f"Membership-inference ROC, headline attack (log axes; seed {seed})", fontsize=11)
    return _save(fig, path)


def plot_subgroup_gaps(variants: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Mean worst-group macro-F1 gap over seeds per ε (each seed faint): DP tends to hurt small groups."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    targets = [_target(v) for v in variants]
    finite = [t for t in targets if math.isfinite(t)]
    inf_x = max(finite) * 2 if finite else 1.0
    for index, (model, items) in enumerate(sorted(_by_model(variants).items())):
        color = f"C{index}"
        points = []
        for eps, seeds in _per_epsilon(items):
            gaps = [v["worst_group_gap"] for v in seeds if v.get("worst_group_gap") is not None]
            if gaps:
                x = eps if math.isfinite(eps) else inf_x
                points.append((x, sum(gaps) / len(gaps)))
                ax.scatter([x] * len(gaps), gaps, color=color, alpha=0.3, s=14, linewidths=0)
        if points:
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, marker="o", color=color, label=model)
    ax.set_xscale("log")
    _epsilon_ticks(ax, [*finite, inf_x])
    ax.set_xticklabels([*(f"{t:g}" for t in sorted(set(finite))), "∞"])
    ax.set_xlabel("ε target, log scale (∞: non-private)")
    ax.set_ylabel("worst-group gap in macro-F1")
    ax.set_title("Subgroup harm against privacy (mean over seeds; faint: each seed)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _save(fig, path)


def has_subgroup_gaps(variants: Sequence[Mapping[str, Any]]) -> bool:
    """Whether any variant has a worst-group gap (else the report says why, without a chart)."""
    return any(v.get("worst_group_gap") is not None for v in variants)


def _save(fig: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=130, bbox_inches="tight")  # legends placed outside the axes stay in
    plt.close(fig)
    return path


FIGURES = {
    "frontier_utility": plot_utility_frontier,
    "frontier_attack": plot_attack_frontier,
    "roc_curves": plot_roc_curves,
    "subgroup_gaps": plot_subgroup_gaps,
}


def draw_all(variants: Sequence[Mapping[str, Any]], folder: Path) -> dict[str, Path]:
    """Every figure of the report that has something to show, as PNG files in `folder`.

    The subgroup chart is left out when no variant has a worst-group gap (no empty chart).
    """
    folder.mkdir(parents=True, exist_ok=True)
    return {name: plot(variants, folder / f"{name}.png") for name, plot in FIGURES.items()
            if name != "subgroup_gaps" or has_subgroup_gaps(variants)}


def figure_captions(variants: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Each figure's caption; the ROC caption names the seed it shows."""
    return {
        "frontier_utility": "Macro-F1, mean over seeds with the mean 95 % CI, against ε spent; faint "
                            "points: each seed; dashed lines: non-private baselines.",
        "frontier_attack": "Mean macro-F1 against the headline attack's mean TPR at its lowest resolvable "
                           "FPR (bars: the seeds' widest interval); dotted: chance.",
        "roc_curves": f"Headline attack's ROC curves on log axes, seed {roc_seed(variants)}, one panel per "
                      "model, colours from small ε (dark) to large (yellow), non-private in red; the "
                      "shaded band is below the pool's FPR resolution.",
        "subgroup_gaps": "Worst-group macro-F1 gap against ε (small groups lose most under DP).",
    }
