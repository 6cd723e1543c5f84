"""Augmentation frontier on real data: NHANES 2017-18 PHQ-9 + demographics.

Task (as bench/synthesize.py): predict PHQ-9 >= 10 from the five demographic quasi-identifiers
and the PHQ-2 items (phq9_1, phq9_2). One stratified 70/30 split of the real records (seed 0;
NHANES has one record per respondent, so a record is a person and the split is person-disjoint).

For every seed, data mix and DP-SGD epsilon_t, ``tabular_mlp`` is trained with the library
(``confide.train.train_model``, DP-SGD, unit record = person); the synthetic rows come from a
synthesizer fitted on the real training split with the same seed:

- ``real``: the real training split only;
- ``real+synthetic`` / ``synthetic`` with ``dp_marginal`` at each epsilon_s in ``--eps-s``;
- one non-DP synthesizer (``gaussian_copula``) at epsilon_t = 1: NO formal guarantee.

Equal composed (epsilon, delta): real-only DP-SGD runs at delta = DELTA; a real+synthetic variant
splits it, delta_s = delta_t = DELTA / 2 (as bench/synthesize_text.py does), so it composes to the
same DELTA; a synthetic-only variant composes to delta_s = DELTA / 2 (post-processing), a stricter
delta than its real-only baseline's. NHANES has one record per respondent, so fitting the
synthesizer on every training record is what ``confide.synthesize.core.fit_rows_for_unit`` would
do at unit person too (one record per person).

The composed guarantee comes from ``confide.synthesize.augment.compose_ledgers`` (basic
composition for real+synthetic, post-processing for synthetic only, none for a non-DP
synthesizer); the memorisation gate (``check_memorisation_gate``, thresholds from params.yaml's
``synthesize.gate``) runs on the scorecard of every synthetic table before training on it.
Utility on the real test split: macro-F1 and ROC AUC, mean over seeds, with a 95% percentile
bootstrap interval over test records of that seed mean (same resamples for every variant, so
differences are paired) and the seed-to-seed standard deviation; ``ci95_test_and_seeds`` adds the
seed noise with Student's t quantile (t(2) = 4.30 for 3 seeds; see `half_width_test_and_seeds`).
Every comparison in PAIRS must have run: `paired_differences` raises otherwise.

Prints a table, writes bench/results/augmentation_frontier.json (metrics only, no records) and
bench/results/augmentation_frontier.png (utility vs composed epsilon, one line per mix).

Run: PYTHONPATH=src nice -n 10 .venv/bin/python bench/augmentation_frontier.py [--seeds 0 1 2]
     [--epochs 10] [--probe]   (--probe: one variant, one seed, timed; nothing written)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from confide.synthesize.augment import check_memorisation_gate, compose_ledgers, training_table
from confide.synthesize.errors import MemorisationGateError, NoFormalPrivacyWarning

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the repo root: bench.corpora when run as a script
from bench.corpora import NHANES_DOMAIN, QUASI_IDENTIFIERS, load_nhanes_dpq  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "nhanes-dpq"
OUT = REPO / "bench" / "results" / "augmentation_frontier.json"

FEATURES = [*QUASI_IDENTIFIERS, "phq9_1", "phq9_2"]
COLUMNS = ["record_id", *FEATURES, "label"]
CLASSES = ["negative", "positive"]
#: The delta of every variant's composed guarantee (below 1 / records). Real-only: DP-SGD's delta;
#: a real+synthetic mix gives DELTA / 2 to the synthesizer and DELTA / 2 to DP-SGD (basic composition).
DELTA = 1e-5
DELTA_SYNTHESIZER = DELTA / 2
EPS_T = [0.5, 1.0, 2.0, 4.0, math.inf]
EPS_S = [0.5, 1.0, 3.0]
#: synthetic-only: the composed epsilon is eps_s whatever eps_t, so two eps_t suffice.
EPS_T_SYNTHETIC_ONLY = [1.0, math.inf]
NON_DP = "gaussian_copula"
NON_DP_EPS_T = 1.0
#: Comparisons at equal composed epsilon: ((mix, eps_s, eps_t, epochs factor) of the variant, and of
#: its real-only baseline). real+synthetic at (eps_s, eps_t) composes to eps_s + eps_t; synthetic-only
#: composes to eps_s whatever eps_t, so its non-private DP-SGD run (eps_t = inf) is the natural choice.
#: The first five were fixed before the first run (the third, at eps_s = 3, ran only from the second
#: run on: eps_s = 3 was missing from the sweep at first); the control rows (real with 2x epochs, i.e. as many
#: DP-SGD steps as real+synthetic, whose table is twice as long) were added after it, to test whether
#: the macro-F1 gain of real+synthetic comes from the extra steps rather than from the synthetic rows.
PAIRS = [
    (("real+synthetic", 0.5, 0.5, 1), ("real", None, 1.0, 1)),
    (("real+synthetic", 1.0, 1.0, 1), ("real", None, 2.0, 1)),
    (("real+synthetic", 3.0, 1.0, 1), ("real", None, 4.0, 1)),
    (("synthetic", 0.5, math.inf, 1), ("real", None, 0.5, 1)),
    (("synthetic", 1.0, math.inf, 1), ("real", None, 1.0, 1)),
    (("real+synthetic", 0.5, 0.5, 1), ("real", None, 1.0, 2)),
    (("real+synthetic", 1.0, 1.0, 1), ("real", None, 2.0, 2)),
]


@dataclass(frozen=True)
class Variant:
    """One (data mix, synthesizer, epsilon_s, epsilon_t) point of the frontier."""

    mix: str
    synthesizer: str | None
    eps_s: float | None
    eps_t: float
    epochs_factor: int = 1  # 2: the real-only control with as many DP-SGD steps as real+synthetic

    @property
    def name(self) -> str:
        synth = "" if self.synthesizer is None else f" {self.synthesizer}"
        eps_s = "" if self.eps_s is None else f" eps_s={self.eps_s:g}"
        factor = "" if self.epochs_factor == 1 else f" x{self.epochs_factor} epochs"
        return f"{self.mix}{synth}{eps_s} eps_t={self.eps_t:g}{factor}"


def variants(eps_t: list[float], eps_s: list[float]) -> list[Variant]:
    """Every variant of the sweep, real first."""
    out = [Variant("real", None, None, e) for e in eps_t]
    out += [Variant("real", None, None, e, epochs_factor=2) for e in eps_t if math.isfinite(e)]
    for s in eps_s:
        out += [Variant("real+synthetic", "dp_marginal", s, e) for e in eps_t]
        out += [Variant("synthetic", "dp_marginal", s, e) for e in EPS_T_SYNTHETIC_ONLY]
    out += [Variant(mix, NON_DP, None, NON_DP_EPS_T) for mix in ("real+synthetic", "synthetic")]
    return out


def load_split(data: Path, *, seed: int = 0, n: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """NHANES records (optionally a stratified sample of ``n``), split 70/30 stratified by label."""
    from sklearn.model_selection import train_test_split

    df = load_nhanes_dpq(data)[COLUMNS]
    if not df["record_id"].is_unique:  # SEQN: one record per respondent, so record = person
        raise ValueError(f"{data}: record_id (SEQN) repeats; the split would not be person-disjoint")
    if n is not None and n < len(df):
        df, _ = train_test_split(df, train_size=n, stratify=df["label"], random_state=seed)
    train, test = train_test_split(df, test_size=0.3, stratify=df["label"], random_state=seed)
    return train.reset_index(drop=True), test.reset_index(drop=True)


def delta_training(mix: str) -> float:
    """DP-SGD's delta: DELTA, or DELTA / 2 when a DP synthesizer's DELTA / 2 composes with it."""
    return DELTA - DELTA_SYNTHESIZER if mix == "real+synthetic" else DELTA


def train_config(epochs: int, *, delta: float = DELTA) -> dict[str, Any]:
    """The ``train:`` section: public bounds from the NHANES codebooks, DP-SGD's ``delta``."""
    return {
        "delta": delta,
        "privacy_unit": "record",  # one record per respondent: the record is the person
        "model_params": {
            "tabular_mlp": {
                "epochs": epochs,
                "numeric_bounds": {"age": [18, 80], "income_poverty_ratio": [0, 5]},
                "categorical_columns": ["gender", "race_ethnicity", "education"],
            }
        },
    }


def synthesize(
    train: pd.DataFrame, holdout: pd.DataFrame, *, name: str, eps_s: float | None, seed: int,
    gate: dict[str, Any], n_attacks: int = 200,
) -> dict[str, Any]:
    """Fit ``name`` on the real training split; sample; score; gate.

    Returns ``table`` (None when the gate stopped it), ``ledger`` (None: not DP), ``gate``
    (figures, or the failure) and ``seconds``.
    """
    from confide.synthesize import score_synthetic, synthesize_table

    cfg: dict[str, Any] = {
        "synthesizer": name,
        "ratio": 1.0,
        "score": {"n_attacks": n_attacks, "quasi_identifiers": QUASI_IDENTIFIERS,
                  "singling_out_n_cols": 6,  # as when the README's figures were made
                  "dp_training": {"enabled": False}},
    }
    if name == "dp_marginal":
        cfg["dp"] = {"epsilon": eps_s, "delta": DELTA_SYNTHESIZER, "domain": NHANES_DOMAIN}
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoFormalPrivacyWarning)  # labelled in the results instead
        res = synthesize_table(train, config=cfg, seed=seed)
    card = score_synthetic(real_train=train, real_holdout=holdout, synthetic=res.table, target="label",
                           config=cfg, seed=seed)
    try:
        verdict: dict[str, Any] = {"passed": True, **check_memorisation_gate(card, gate=gate)}
        table = res.table
    except MemorisationGateError as exc:
        verdict, table = {"passed": False, "message": str(exc)}, None
    # dp_marginal gives every column a 'missing' code, so some synthetic rows have no label;
    # training_table leaves them out (post-processing, no privacy cost); counted here.
    return {"table": table, "ledger": res.ledger, "gate": verdict, "n_rows": len(res.table),
            "n_dropped_no_label": int(res.table["label"].isna().sum()), "seconds": time.perf_counter() - start}


def train_variant(
    variant: Variant, *, real: pd.DataFrame, test: pd.DataFrame, synth: dict[str, Any] | None,
    seed: int, epochs: int,
) -> dict[str, Any]:
    """Train one variant for one seed; return its composed ledger, test probabilities and timing."""
    from confide.train import train_model

    table = training_table(real=real, synthetic=None if synth is None else synth["table"], mix=variant.mix)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # eps = inf is labelled in the table
        warnings.filterwarnings("ignore", message=".*Secure RNG.*")
        model = train_model(train=table, classes=CLASSES, model="tabular_mlp", epsilon=variant.eps_t,
                            seed=seed, config=train_config(epochs, delta=delta_training(variant.mix)))
    seconds = time.perf_counter() - start
    composed = compose_ledgers(training=model.ledger, synthesizer=None if synth is None else synth["ledger"],
                               synthesizer_name=variant.synthesizer, mix=variant.mix)
    proba = model.predict_proba(test[FEATURES])[:, CLASSES.index("positive")]
    return {"composed": composed, "epsilon_t_spent": float(model.ledger["epsilon_spent"]),
            "n_train_rows": len(table), "privacy_unit": model.ledger["privacy_unit"],
            "proba": proba, "seconds": seconds}


def bootstrap_weights(n: int, *, n_boot: int, seed: int) -> np.ndarray:
    """``(n_boot, n)`` multinomial counts: how often each test record is drawn per resample."""
    rng = np.random.default_rng(seed)
    return rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot).astype(np.float64)


def weighted_macro_f1(y: np.ndarray, pred: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Binary macro-F1 under each row of weights ``w`` (``(B, n)``); ``y``, ``pred`` in {0, 1}."""
    w = np.atleast_2d(w)
    f1s = []
    for cls in (0, 1):
        tp = w @ ((pred == cls) & (y == cls))
        fp = w @ ((pred == cls) & (y != cls))
        fn = w @ ((pred != cls) & (y == cls))
        denom = 2 * tp + fp + fn
        f1s.append(np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0))
    return (f1s[0] + f1s[1]) / 2


def weighted_auc(y: np.ndarray, score: np.ndarray, w: np.ndarray) -> np.ndarray:
    """ROC AUC (ties count 1/2) under each row of weights ``w`` (``(B, n)``)."""
    w = np.atleast_2d(w)
    order = np.argsort(score, kind="stable")
    s, yy, ww = score[order], y[order], w[:, order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])  # groups of tied scores
    pos = np.add.reduceat(ww * (yy == 1), starts, axis=1)
    neg = np.add.reduceat(ww * (yy == 0), starts, axis=1)
    below = np.cumsum(neg, axis=1) - neg
    n_pos, n_neg = pos.sum(axis=1), neg.sum(axis=1)
    num = (pos * (below + 0.5 * neg)).sum(axis=1)
    return np.divide(num, n_pos * n_neg, out=np.full_like(num, np.nan), where=(n_pos * n_neg) > 0)


def half_width_test_and_seeds(*, boot_var: float, seed_var: float, n_seeds: int) -> float:
    """Half-width of a 95% interval counting test-record and seed noise.

    ``boot_var``: bootstrap variance over test records (normal quantile 1.96); ``seed_var``: the
    variance of the seed mean (sd^2 / seeds), scaled by Student's t quantile with seeds - 1 degrees
    of freedom (4.30 for 3 seeds), since sd comes from so few seeds. For a difference of two
    variants, ``seed_var`` sums both and the t quantile keeps seeds - 1 degrees of freedom
    (conservative: Welch's would be between seeds - 1 and 2 (seeds - 1)).
    """
    from scipy.stats import t

    t_q = float(t.ppf(0.975, n_seeds - 1)) if n_seeds > 1 else 0.0  # one seed: no seed term
    return math.sqrt(1.96**2 * boot_var + t_q**2 * seed_var)


def summarise(y: np.ndarray, probas: list[np.ndarray], weights: np.ndarray) -> dict[str, Any]:
    """Seed-mean macro-F1 and AUC with 95% bootstrap intervals (over test records) and seed sd."""
    ones = np.ones((1, len(y)))
    out: dict[str, Any] = {}
    for key, fn in (("macro_f1", lambda p, w: weighted_macro_f1(y, (p >= 0.5).astype(int), w)),
                    ("auc", lambda p, w: weighted_auc(y, p, w))):
        per_seed = [float(fn(p, ones)[0]) for p in probas]
        boot = np.mean([fn(p, weights) for p in probas], axis=0)
        lo, hi = np.nanpercentile(boot, [2.5, 97.5])
        mean = float(np.mean(per_seed))
        sd = float(np.std(per_seed, ddof=1)) if len(per_seed) > 1 else 0.0
        half = half_width_test_and_seeds(boot_var=float(np.nanvar(boot)), seed_var=sd**2 / len(per_seed),
                                         n_seeds=len(per_seed))
        out[key] = {"mean": mean, "ci95": [float(lo), float(hi)], "sd_seeds": sd, "per_seed": per_seed,
                    "ci95_test_and_seeds": [mean - half, mean + half]}
        out[f"_{key}_boot"] = boot
    return out


def run_frontier(
    train: pd.DataFrame, test: pd.DataFrame, *, seeds: list[int], epochs: int, sweep: list[Variant],
    gate: dict[str, Any], n_boot: int = 1000, n_attacks: int = 200, log=print, checkpoint=None,
) -> dict[str, Any]:
    """Train every variant of ``sweep`` for every seed; return per-variant results (metrics only)."""
    y = (test["label"] == "positive").to_numpy(int)
    weights = bootstrap_weights(len(test), n_boot=n_boot, seed=12345)
    synths: dict[tuple, dict[str, Any]] = {}
    results: dict[str, dict[str, Any]] = {}
    for variant in sweep:
        runs = []
        for seed in seeds:
            synth = None
            if variant.synthesizer is not None:
                key = (variant.synthesizer, variant.eps_s, seed)
                if key not in synths:
                    synths[key] = synthesize(train, test, name=variant.synthesizer, eps_s=variant.eps_s,
                                             seed=seed, gate=gate, n_attacks=n_attacks)
                synth = synths[key]
                if synth["table"] is None:
                    runs.append({"gate": synth["gate"]})
                    continue
            run = train_variant(variant, real=train, test=test, synth=synth, seed=seed,
                                epochs=epochs * variant.epochs_factor)
            run["gate"] = None if synth is None else synth["gate"]
            runs.append(run)
        results[variant.name] = _aggregate(variant, runs, y, weights)
        log(f"done {variant.name}: {sum(r.get('seconds', 0) for r in runs):.1f}s training", flush=True)
        if checkpoint is not None:
            checkpoint(results)
    results["_synthesizers"] = {
        f"{k[0]} eps_s={k[1]} seed={k[2]}": {"ledger": v["ledger"], "gate": v["gate"], "n_rows": v["n_rows"],
                                           "n_dropped_no_label": v["n_dropped_no_label"],
                                           "seconds": v["seconds"]}
        for k, v in synths.items()
    }
    return results


def _aggregate(variant: Variant, runs: list[dict[str, Any]], y: np.ndarray, weights: np.ndarray) -> dict[str, Any]:
    trained = [r for r in runs if "proba" in r]
    out: dict[str, Any] = {
        "mix": variant.mix, "synthesizer": variant.synthesizer, "epsilon_s_target": variant.eps_s,
        "epsilon_t_target": variant.eps_t, "epochs_factor": variant.epochs_factor,
        "n_seeds_trained": len(trained),
        "gate_passed": [r["gate"]["passed"] if r["gate"] else None for r in runs],
    }
    if not trained:
        return out
    composed = [r["composed"] for r in trained]
    first = composed[0]
    out.update({
        "synthesizer_dp": first["synthesizer_dp"],
        "formal_guarantee": first["formal_guarantee"],
        "guarantee": ("no formal guarantee" if not first["formal_guarantee"] else first["composition"]),
        "epsilon_synthesizer": first["epsilon_synthesizer"],
        "epsilon_t_spent": [r["epsilon_t_spent"] for r in trained],
        "epsilon_composed": [c["epsilon_composed"] for c in composed],
        "delta_composed": first["delta_composed"],
        "privacy_unit": first.get("privacy_unit") or trained[0]["privacy_unit"],
        "n_train_rows": trained[0]["n_train_rows"],
        "train_seconds": [r["seconds"] for r in trained],
        **summarise(y, [r["proba"] for r in trained], weights),
    })
    return out


def missing_pairs(sweep: list[Variant]) -> list[str]:
    """The PAIRS variants (or baselines) that ``sweep`` does not contain, by name."""
    have = {(v.mix, v.eps_s, v.eps_t, v.epochs_factor) for v in sweep}
    return sorted({_pair_name(key) for pair in PAIRS for key in pair if key not in have})


def _pair_name(key: tuple) -> str:
    mix, eps_s, eps_t, factor = key
    eps = "" if eps_s is None else f" eps_s={eps_s:g}"
    return f"{mix}{eps} eps_t={eps_t:g}" + ("" if factor == 1 else f" x{factor} epochs")


def paired_differences(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Utility of each PAIRS variant minus its real baseline at the same composed epsilon.

    Raises:
        ValueError: a PAIRS variant or baseline did not run or was not trained (every one listed).
    """
    by_key = {(r["mix"], r["epsilon_s_target"], r["epsilon_t_target"], r["epochs_factor"]): r
              for name, r in results.items() if not name.startswith("_")}
    problems = [f"{_pair_name(key)}: {'not in the sweep' if key not in by_key else 'not trained (memorisation gate)'}"
                for pair in PAIRS for key in pair
                if key not in by_key or "_macro_f1_boot" not in by_key[key]]
    if problems:
        raise ValueError("augmentation frontier: comparisons in PAIRS cannot be made:\n- "
                         + "\n- ".join(sorted(set(problems)))
                         + "\nfix: run the sweep with the missing eps_s/eps_t (--eps-s, --eps-t) or drop the pair")
    out = []
    for (mix, eps_s, eps_t, factor), base_key in PAIRS:
        var, base = by_key[(mix, eps_s, eps_t, factor)], by_key[base_key]
        row = {"variant": f"{mix} eps_s={eps_s:g} eps_t={eps_t:g}", "real_eps_t": base_key[2],
               "real_epochs_factor": base_key[3],
               "epsilon_composed": float(np.mean(var["epsilon_composed"])), "delta_composed": var["delta_composed"],
               "real_epsilon_spent": float(np.mean(base["epsilon_t_spent"])),
               "real_delta": base["delta_composed"]}
        for key in ("macro_f1", "auc"):
            diff = var[f"_{key}_boot"] - base[f"_{key}_boot"]
            lo, hi = np.nanpercentile(diff, [2.5, 97.5])
            mean = var[key]["mean"] - base[key]["mean"]
            n_seeds = len(var[key]["per_seed"])
            seed_var = (var[key]["sd_seeds"] ** 2 + base[key]["sd_seeds"] ** 2) / n_seeds
            half = half_width_test_and_seeds(boot_var=float(np.nanvar(diff)), seed_var=seed_var, n_seeds=n_seeds)
            row[key] = {"difference": mean, "ci95": [float(lo), float(hi)],
                        "ci95_test_and_seeds": [mean - half, mean + half]}
        out.append(row)
    return out


def _fmt_eps(value: float | None) -> str:
    if value is None:
        return "-"
    return "inf" if math.isinf(value) else f"{value:.2f}"


def print_table(results: dict[str, dict[str, Any]]) -> None:
    head = f"{'mix':15} {'synthesizer':16} {'ep':>2} {'eps_s':>5} {'eps_t':>5} {'eps_comp':>8} {'rows':>5} " \
           f"{'macro-F1 [95%]':>22} {'AUC [95%]':>22}  guarantee"
    print(head)
    for name, r in results.items():
        if name.startswith("_") or "macro_f1" not in r:
            if not name.startswith("_"):
                print(f"{name}: not trained (memorisation gate)")
            continue
        f1, auc = r["macro_f1"], r["auc"]
        eps_c = float(np.mean(r["epsilon_composed"]))
        print(f"{r['mix']:15} {(r['synthesizer'] or '-'):16} {r['epochs_factor']:>2} "
              f"{_fmt_eps(r['epsilon_s_target']):>5} "
              f"{_fmt_eps(r['epsilon_t_target']):>5} {_fmt_eps(eps_c):>8} {r['n_train_rows']:>5} "
              f"{f1['mean']:.3f} [{f1['ci95'][0]:.3f}, {f1['ci95'][1]:.3f}]  "
              f"{auc['mean']:.3f} [{auc['ci95'][0]:.3f}, {auc['ci95'][1]:.3f}]  {r['guarantee']}")


def plot(results: dict[str, dict[str, Any]], path: Path, *, epochs: int) -> None:
    """Macro-F1 and AUC vs composed epsilon; one line per mix (and eps_s); inf drawn at the right."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for n, r in results.items() if not n.startswith("_") and "macro_f1" in r]
    finite = [float(np.mean(r["epsilon_composed"])) for r in rows if math.isfinite(np.mean(r["epsilon_composed"]))]
    x_inf = max(finite) * 2.5
    fig, axes = plt.subplots(1, 2, figsize=(14, 4.2))
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["synthesizer"] is None:
            label = f"real ({epochs * r['epochs_factor']} epochs{'' if r['epochs_factor'] == 1 else ', control'})"
        elif r["synthesizer_dp"]:
            label = f"{r['mix']} ({r['synthesizer']}, eps_s={r['epsilon_s_target']:g})"
        else:
            label = f"{r['mix']} ({r['synthesizer']}): no formal guarantee"
        groups.setdefault(label, []).append(r)
    for ax, key, title in ((axes[0], "macro_f1", "macro-F1"), (axes[1], "auc", "ROC AUC")):
        for i, (label, grp) in enumerate(groups.items()):
            xs = [float(np.mean(r["epsilon_composed"])) for r in grp]
            xs = [(x if math.isfinite(x) else x_inf) * (1 + 0.025 * (i - len(groups) / 2)) for x in xs]
            ys = [r[key]["mean"] for r in grp]
            err = np.array([[r[key]["mean"] - r[key]["ci95"][0], r[key]["ci95"][1] - r[key]["mean"]] for r in grp]).T
            order = np.argsort(xs, kind="stable")
            line = "none" if grp[0]["mix"] == "synthetic" or not grp[0]["formal_guarantee"] else (
                ":" if grp[0]["epochs_factor"] > 1 else "-")
            ax.errorbar(np.array(xs)[order], np.array(ys)[order], yerr=err[:, order], marker="o", ms=4,
                        linestyle=line, capsize=2, label=label,
                        fillstyle="none" if not grp[0]["formal_guarantee"] else "full")
        ax.set_xscale("log")
        ticks = [0.5, 1, 2, 4, 8]
        ax.set_xticks([*ticks, x_inf], [*[f"{t:g}" for t in ticks], "inf /\nnone"])
        ax.set_xlabel("composed epsilon (real people)")
        ax.set_ylabel(f"{title} on the real test split")
        ax.grid(alpha=0.3)
    axes[1].legend(fontsize=7, loc="center left", bbox_to_anchor=(1.02, 0.5))
    n_seeds = len(rows[0]["macro_f1"]["per_seed"])
    fig.suptitle("NHANES 2017-18, PHQ-9 >= 10 from demographics + PHQ-2; tabular_mlp, DP-SGD; "
                 f"mean of {n_seeds} seeds; bars: 95% bootstrap over test records", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items() if not str(k).startswith("_") or k == "_synthesizers"}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return "inf" if value > 0 else None
    return value


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--epochs", type=int, default=10, help="tabular_mlp epochs (half its default 20: shared CPUs)")
    ap.add_argument("--eps-t", type=float, nargs="+", default=EPS_T)
    ap.add_argument("--eps-s", type=float, nargs="+", default=EPS_S)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--probe", action="store_true", help="time one real+synthetic variant, one seed")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"data not found: {DATA}")
    warnings.simplefilter("ignore", FutureWarning)
    import torch

    torch.set_num_threads(1)  # 2 shared cores: one thread per run avoids oversubscription
    from confide.config import load_params

    gate = load_params(REPO / "params.yaml")["synthesize"]["gate"]
    train, test = load_split(DATA)
    sweep = variants(args.eps_t, args.eps_s)
    if args.probe:
        sweep, args.seeds = [Variant("real+synthetic", "dp_marginal", args.eps_s[0], 1.0)], args.seeds[:1]
    elif missing_pairs(sweep):  # fail before the run, not after it
        raise SystemExit("these PAIRS comparisons are not in the sweep: " + "; ".join(missing_pairs(sweep))
                         + " (fix: add the eps_s/eps_t with --eps-s/--eps-t)")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def checkpoint(partial: dict[str, Any]) -> None:
        if not args.probe:  # a partial file, overwritten by the full one at the end
            out.write_text(json.dumps(_clean({"partial": True, "variants": partial}), indent=1, allow_nan=False))

    start = time.perf_counter()
    results = run_frontier(train, test, seeds=args.seeds, epochs=args.epochs, sweep=sweep, gate=gate,
                           n_boot=args.n_boot, checkpoint=checkpoint)
    wall = time.perf_counter() - start
    print_table(results)
    if args.probe:
        print(f"probe: {wall:.1f}s for 1 variant x 1 seed")
        return
    pairs = paired_differences(results)
    for p in pairs:
        f1, auc = p["macro_f1"], p["auc"]
        f1s, aucs = f1["ci95_test_and_seeds"], auc["ci95_test_and_seeds"]
        print(f"{p['variant']} (eps {p['epsilon_composed']:.2f}) - real eps_t={p['real_eps_t']:g} "
              f"x{p['real_epochs_factor']} epochs: "
              f"macro-F1 {f1['difference']:+.3f} [{f1['ci95'][0]:+.3f}, {f1['ci95'][1]:+.3f}] "
              f"(test+seeds [{f1s[0]:+.3f}, {f1s[1]:+.3f}]), "
              f"AUC {auc['difference']:+.3f} [{auc['ci95'][0]:+.3f}, {auc['ci95'][1]:+.3f}] "
              f"(test+seeds [{aucs[0]:+.3f}, {aucs[1]:+.3f}])")
    png = out.with_suffix(".png")
    plot(results, png, epochs=args.epochs)
    doc = {
        "data": "NHANES 2017-18 DPQ_J + DEMO_J, complete PHQ-9; one record per respondent (record = person)",
        "task": "PHQ-9 >= 10 from age, gender, race_ethnicity, education, income_poverty_ratio, phq9_1, phq9_2",
        "split": "stratified 70/30 by label, seed 0 (person-disjoint: one record per person)",
        "n_train_real": len(train), "n_test": len(test),
        "positive_rate_test": float((test["label"] == "positive").mean()),
        "model": "tabular_mlp", "epochs": args.epochs, "seeds": args.seeds, "delta": DELTA,
        "delta_split": "real: delta_t = delta; real+synthetic: delta_s = delta_t = delta / 2 (composed delta); "
                       "synthetic: delta_s = delta / 2 (composed, post-processing)",
        "memorisation_gate": gate,
        "intervals": "ci95: 95% percentile bootstrap over test records of the seed-mean metric "
                     f"({args.n_boot} resamples, shared by all variants, so differences are paired); "
                     "sd_seeds: across seeds; ci95_test_and_seeds: mean +- sqrt(1.96^2 bootstrap variance "
                     "+ t(seeds - 1)^2 sd_seeds^2 / seeds), t(2) = 4.30 for 3 seeds (differences: both "
                     "variants' seed variances, still seeds - 1 degrees of freedom)",
        "composition": "confide.synthesize.augment.compose_ledgers: real+synthetic basic composition "
                       "(eps_s + eps_t, delta_s + delta_t), synthetic = post-processing (eps_s, delta_s), "
                       "non-DP synthesizer: none",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_at_start": os.getloadavg()[0]},
        "wall_seconds": wall,
        "variants": results,
        "equal_epsilon_differences": pairs,
        "figure": png.name,
    }
    out.write_text(json.dumps(_clean(doc), indent=1, allow_nan=False))
    print(f"wrote {out} and {png}")


if __name__ == "__main__":
    main()
