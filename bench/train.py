"""Benchmark confide.train: DP / non-private epoch time, peak memory, macro-F1 per epsilon.

Run:  PYTHONPATH=src .venv/bin/python bench/train.py [--quick]
Writes bench/results/train.json and prints tables. Data: ../shared/data/dreaddit (skipped if
absent) and
the RMHD test CSV shipped in the construct-tracker wheel (read with pandas, package not imported).
Timings are medians of interleaved runs (non-private, DP, non-private, ...) in one process so
machine
load hits both sides alike; seconds_per_epoch excludes featurisation and noise calibration.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import sysconfig
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import psutil
import torch
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupShuffleSplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from confide.train import compute_embeddings, default_config, train_model  # noqa: E402
from confide.train.api import resolve_grad_sample_mode  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
RMHD = (
    Path(sysconfig.get_paths()["purelib"])
    / "construct_tracker/data/datasets/reddit_27_subreddits"
    / "rmhd_27subreddits_260posts_test.csv"
)


def load_dreaddit() -> tuple[pd.DataFrame, np.ndarray] | None:
    path = SHARED / "dreaddit" / "dreaddit-train.csv"
    if not path.exists():
        return None
    raw = pd.read_csv(path)
    df = pd.DataFrame(
        {
            "record_id": raw.index.astype(str),
            "text": raw["text"].astype(str),
            "label": raw["label"].astype(str),
        }
    )
    return df, raw["post_id"].astype(str).to_numpy()


def load_rmhd(n_per_class: int) -> tuple[pd.DataFrame, np.ndarray] | None:
    if not RMHD.exists():
        return None
    raw = pd.read_csv(RMHD)
    raw = raw.sample(frac=1.0, random_state=0).groupby("subreddit").head(n_per_class)
    raw = raw.reset_index(drop=True)
    df = pd.DataFrame(
        {
            "record_id": raw.index.astype(str),
            "text": raw["post"].astype(str),
            "label": raw["subreddit"].astype(str),
        }
    )
    return df, raw["author"].astype(str).to_numpy()


def synthetic_tabular(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    items = rng.integers(0, 4, size=(n, 9))
    df = pd.DataFrame(items, columns=[f"phq9_{i}" for i in range(1, 10)])
    df["gad7_total"] = rng.integers(0, 22, size=n)
    df["age"] = rng.integers(18, 80, size=n).astype(float)
    df["gender"] = rng.choice(["f", "m", "x"], size=n)
    df["label"] = np.where(items.sum(1) >= 14, "high", "low")
    df["record_id"] = [str(i) for i in range(n)]
    df["text"] = ""
    return df


def embeddings(name: str, texts: list[str], cache: Path) -> np.ndarray:
    cache.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"{name}_{len(texts)}_{digest}.npy"
    if path.exists():
        return np.load(path)
    t = time.perf_counter()
    emb = compute_embeddings(texts, config={"device": "auto"})
    print(f"  embedded {len(texts)} texts of {name} in {time.perf_counter() - t:.1f} s", flush=True)
    np.save(path, emb)
    return emb


def _train(df, classes, model, eps, seed, cfg, feats):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return train_model(
            train=df,
            classes=classes,
            model=model,
            epsilon=eps,
            seed=seed,
            config=cfg,
            features=feats,
        )


def time_model(
    df,
    classes,
    model,
    feats,
    *,
    reps: int,
    eps: float,
    mode: str | None = None,
    epochs: int | None = None,
    max_physical: int | None = None,
) -> dict:
    """Interleave non-private and DP trainings; median seconds per epoch and peak RSS of each."""
    cfg = default_config()
    if mode:
        cfg["model_params"][model]["grad_sample_mode"] = mode
    if epochs:
        cfg["model_params"][model]["epochs"] = epochs
    if max_physical:
        cfg["max_physical_batch_size"] = max_physical
    _train(df, classes, model, eps, 0, cfg, feats)  # warm-up (also memoises sigma)
    out: dict[str, list[float]] = {"nonprivate": [], "dp": []}
    for r in range(reps):
        for key, e in (("nonprivate", math.inf), ("dp", eps)):
            m = _train(df, classes, model, e, r, cfg, feats)
            out[key].append(m.ledger["seconds_per_epoch"])
    npv, dpv = float(np.median(out["nonprivate"])), float(np.median(out["dp"]))
    return {
        "model": model,
        "grad_sample_mode": mode or resolve_grad_sample_mode(model, cfg),
        "n_train": len(df),
        "nonprivate_s_per_epoch": npv,
        "dp_s_per_epoch": dpv,
        "ratio": dpv / npv,
        "nonprivate_peak_rss_mb": peak_memory(model, math.inf, mode, epochs, max_physical),
        "dp_peak_rss_mb": peak_memory(model, eps, mode, epochs, max_physical),
        "epsilon": eps,
        "reps": reps,
        "device": "cuda" if torch.cuda.is_available() else "cpu",
    }


def peak_memory(model, eps, mode, epochs, max_physical) -> float:
    """Peak RSS rise (MB) of one training in a fresh process (VmHWM after - RSS before)."""
    job = {"model": model, "eps": eps, "mode": mode, "epochs": epochs, "max_physical": max_physical}
    res = subprocess.run(
        [sys.executable, __file__, "--one", json.dumps(job)],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    if res.returncode != 0:
        raise RuntimeError(f"memory probe failed for {job}: {res.stderr[-2000:]}")
    return float(json.loads(res.stdout.strip().splitlines()[-1])["peak_mb"])


def _one(job_json: str, cache: Path) -> None:
    job = json.loads(job_json)
    model = job["model"]
    if model == "tabular_mlp":
        df, classes, feats = synthetic_tabular(2000), ["high", "low"], None
    else:
        df, _ = load_dreaddit()
        df = df.iloc[:2000]
        classes = sorted(df["label"].unique())
        feats = embeddings("dreaddit", load_dreaddit()[0]["text"].tolist(), cache)[:2000]
        feats = feats if model == "frozen_encoder" else None
    cfg = default_config()
    if job["mode"]:
        cfg["model_params"][model]["grad_sample_mode"] = job["mode"]
    if job["epochs"]:
        cfg["model_params"][model]["epochs"] = job["epochs"]
    if job["max_physical"]:
        cfg["max_physical_batch_size"] = job["max_physical"]
    # ru_maxrss is inherited from the (large) parent at fork: reset the high-water mark instead.
    Path("/proc/self/clear_refs").write_text("5")
    before = psutil.Process().memory_info().rss
    _train(df, classes, model, job["eps"], 0, cfg, feats)
    status = Path("/proc/self/status").read_text().splitlines()
    peak = int(next(x for x in status if x.startswith("VmHWM:")).split()[1]) * 1024
    print(json.dumps({"peak_mb": max(peak - before, 0) / 2**20}))


def utility(name, df, groups, feats, models, epsilons, seeds) -> list[dict]:
    split = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
    tr, te = next(split.split(df, groups=groups))
    classes = sorted(df["label"].unique())
    rows = []
    for model in models:
        for eps in epsilons:
            f1s, spent = [], []
            for seed in seeds:
                ftr = feats[tr] if model == "frozen_encoder" else None
                fte = feats[te] if model == "frozen_encoder" else None
                m = _train(df.iloc[tr], classes, model, eps, seed, {}, ftr)
                pred = np.asarray(classes)[m.predict_proba(df.iloc[te], features=fte).argmax(1)]
                f1s.append(f1_score(df["label"].iloc[te], pred, average="macro"))
                spent.append(m.ledger["epsilon_spent"])
            rows.append(
                {
                    "dataset": name,
                    "model": model,
                    "epsilon": eps,
                    "macro_f1_mean": float(np.mean(f1s)),
                    "macro_f1_per_seed": [float(x) for x in f1s],
                    "epsilon_spent": float(max(spent)),
                    "n_train": len(tr),
                    "n_test": len(te),
                    "n_classes": len(classes),
                }
            )
            print(
                f"  {name:9s} {model:15s} eps={eps:<4} macro-F1 {np.mean(f1s):.3f} "
                f"(seeds {', '.join(f'{x:.3f}' for x in f1s)})",
                flush=True,
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="1 seed, fewer timing reps, smaller RMHD")
    ap.add_argument("--rmhd-per-class", type=int, default=100)
    ap.add_argument("--cache-dir", type=Path, default=Path("/tmp/confide_bench_cache"))
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "train.json")
    args = ap.parse_args()
    if args.one:
        _one(args.one, args.cache_dir)
        return
    torch.set_num_threads(min(2, torch.get_num_threads()))
    reps = 2 if args.quick else 3
    seeds = [0] if args.quick else [0, 1]
    epsilons = [1.0, 3.0, 8.0, math.inf]
    text_models = ["frozen_encoder", "linear_ngrams", "embedding_bag"]
    results: dict = {
        "timing": [],
        "utility": [],
        "torch_threads": torch.get_num_threads(),
        "cpu_count": psutil.cpu_count(),
        "load_avg_at_start": list(psutil.getloadavg()),
    }

    dre = load_dreaddit()
    rmhd = load_rmhd(60 if args.quick else args.rmhd_per_class)
    datasets = [(n, d) for n, d in (("dreaddit", dre), ("rmhd", rmhd)) if d is not None]
    feats = {n: embeddings(n, d[0]["text"].tolist(), args.cache_dir) for n, d in datasets}

    print("== timing: DP / non-private seconds per epoch (default settings, eps=3) ==", flush=True)
    if datasets:
        name, (df, _) = datasets[0]
        sub = df.iloc[:2000]
        classes = sorted(df["label"].unique())
        for model in text_models:
            f = feats[name][:2000] if model == "frozen_encoder" else None
            results["timing"].append(time_model(sub, classes, model, f, reps=reps, eps=3.0))
        # The known trap: materialised per-sample grads of the embedding table (hooks) vs ghost.
        results["timing"].append(
            time_model(
                sub,
                classes,
                "embedding_bag",
                None,
                reps=1,
                eps=3.0,
                mode="hooks",
                epochs=1,
                max_physical=64,
            )
        )
        # Small dense heads: is ghost (two backward passes) or hooks (B x params grads) faster?
        f = feats[name][:2000]
        results["timing"].append(time_model(sub, classes, "frozen_encoder", f, reps=reps, eps=3.0, mode="hooks"))
    tab = synthetic_tabular(2000)
    for mode in ("ghost", "hooks"):
        results["timing"].append(time_model(tab, ["high", "low"], "tabular_mlp", None, reps=reps, eps=3.0, mode=mode))
    for r in results["timing"]:
        print(
            f"  {r['model']:15s} {r['grad_sample_mode']:6s} "
            f"non-private {r['nonprivate_s_per_epoch']:.3f} s  DP {r['dp_s_per_epoch']:.3f} s  "
            f"ratio {r['ratio']:.2f}x  peak RSS +{r['nonprivate_peak_rss_mb']:.0f}"
            f" / +{r['dp_peak_rss_mb']:.0f} MB",
            flush=True,
        )

    print("== utility: macro-F1 (grouped 80/20 split) ==", flush=True)
    for name, (df, groups) in datasets:
        results["utility"] += utility(name, df, groups, feats[name], text_models, epsilons, seeds)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
