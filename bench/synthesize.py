"""Benchmark of confide.synthesize on NHANES 2017-18 PHQ-9 + demographics.

For each synthesizer: fit and sample wall time on the training split (70%, stratified,
seed 0), next to the scorecard (fidelity, TSTR/augmentation utility with and without DP
training, privacy distances and attack risks with their baselines), so users can pick by cost
and risk. Utility task: predict PHQ-9 >= 10 from demographics + PHQ-2 (items 1-2). Prints a
table and writes bench/results/synthesize.json (metrics only, no records).

Run: PYTHONPATH=src .venv/bin/python bench/synthesize.py [--epochs 50] [--only gaussian_copula]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import warnings
from pathlib import Path

from sklearn.model_selection import train_test_split

from confide.synthesize import NoFormalPrivacyWarning, score_synthetic, synthesize_table

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the repo root: bench.corpora when run as a script
from bench.corpora import NHANES_DOMAIN, QUASI_IDENTIFIERS, load_nhanes_dpq  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "nhanes-dpq"
RUNS = {
    "gaussian_copula": {"synthesizer": "gaussian_copula"},
    "ctgan": {"synthesizer": "ctgan"},
    "tvae": {"synthesizer": "tvae"},
    "dp_marginal_eps1": {"synthesizer": "dp_marginal", "dp": {"epsilon": 1.0}},
    "dp_marginal_eps3": {"synthesizer": "dp_marginal", "dp": {"epsilon": 3.0}},
}


def headline(card: dict) -> dict:
    util = card["utility"]["models"]
    priv = card["privacy"]
    dist = priv["distance"]
    return {
        "quality": card["fidelity"]["quality_score"],
        "diagnostic": card["fidelity"]["diagnostic_score"],
        "auc_real": util["logreg"]["real"]["roc_auc"],
        "auc_tstr": util["logreg"]["synthetic"]["roc_auc"],
        "aug_gain": util["logreg"]["augmentation_gain_auc"],
        "dp_auc_real": util["dp_logreg"]["real"]["roc_auc"],
        "dp_auc_tstr": util["dp_logreg"]["synthetic"]["roc_auc"],
        "dcr_syn": dist["dcr"]["synthetic_to_train"]["median"],
        "dcr_hold": dist["dcr"]["holdout_to_train"]["median"],
        "copy_syn": dist["exact_copy_rate"]["synthetic_in_train"],
        "copy_hold": dist["exact_copy_rate"]["holdout_in_train"],
        "closer_train": dist["share_closer_to_train_than_holdout"]["synthetic"],
        "singling_out": priv["singling_out"]["risk"],
        "linkability": priv["linkability"]["risk"],
        "inference": priv["inference"]["risk"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=50, help="CTGAN/TVAE epochs")
    ap.add_argument("--n-attacks", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", nargs="*", default=list(RUNS))
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "synthesize.json"))
    args = ap.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"data not found: {DATA}")
    warnings.simplefilter("ignore", NoFormalPrivacyWarning)
    warnings.simplefilter("ignore", FutureWarning)
    import sdv.evaluation  # noqa: F401  warm the lazy imports so they are not timed
    import sdv.single_table  # noqa: F401

    df = load_nhanes_dpq(DATA)
    train, holdout = train_test_split(
        df, test_size=0.3, stratify=df["label"], random_state=args.seed
    )
    score = {
        "n_attacks": args.n_attacks,
        "singling_out_n_cols": 6,  # the figures in README were made with 6 (the schema's default is 3)
        "features": QUASI_IDENTIFIERS + ["phq9_1", "phq9_2"],
        "quasi_identifiers": QUASI_IDENTIFIERS,
        "dp_training": {"epsilon": 3.0, "delta": 1e-5, "epochs": 20},
    }
    results = {
        "data": "NHANES 2017-18 DPQ_J + DEMO_J, complete PHQ-9",
        "n_train": len(train),
        "n_holdout": len(holdout),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_avg_at_start": os.getloadavg()[0],
        },
        "epochs_gan": args.epochs,
        "runs": {},
    }
    for name in args.only:
        cfg = {
            **RUNS[name],
            "epochs": args.epochs,
            "batch_size": 500,
            "score": score,
        }
        cfg["dp"] = {**cfg.get("dp", {}), "delta": 1e-5, "domain": NHANES_DOMAIN}
        res = synthesize_table(train, config=cfg, seed=args.seed)
        start = time.perf_counter()
        card = score_synthetic(
            real_train=train,
            real_holdout=holdout,
            synthetic=res.table,
            target="label",
            config=cfg,
            seed=args.seed,
        )
        results["runs"][name] = {
            "fit_seconds": res.fit_seconds,
            "sample_seconds": res.sample_seconds,
            "score_seconds": time.perf_counter() - start,
            "n_synthetic": len(res.table),
            "ledger": res.ledger,
            "headline": headline(card),
            "scorecard": card,
        }
        print(f"done {name}: fit {res.fit_seconds:.1f}s", flush=True)
    print_table(results["runs"])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1, allow_nan=False))
    print(f"wrote {args.out}")


def print_table(runs: dict) -> None:
    cols = ["fit_s", "sample_s"] + list(next(iter(runs.values()))["headline"])
    print("synthesizer".ljust(18) + "".join(c.rjust(13) for c in cols))
    for name, run in runs.items():
        vals = [run["fit_seconds"], run["sample_seconds"]] + list(run["headline"].values())
        cells = "".join(("-" if v is None else f"{v:.3f}").rjust(13) for v in vals)
        print(name.ljust(18) + cells)


if __name__ == "__main__":
    main()
