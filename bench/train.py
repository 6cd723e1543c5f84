"""Benchmark confide.train: DP / non-private epoch time, macro-F1 per epsilon, at both privacy units.

Run:  PYTHONPATH=src .venv/bin/python bench/train.py [--part tuning|person|record|references|all] [--quick]

Parts (each writes its own JSON under bench/results/):
  tuning  train_tuning.json: the hyper-parameter grid of the default sweep's models
          (frozen_encoder, linear_ngrams) on the *disjoint* RMHD slice: the 17 communities the
          default run never reads, minus every post whose author or text also occurs in the
          default run's data. The overlap with the default run (records, texts, authors) is
          computed here and asserted to be zero before anything is trained.
  person  train_person.json: DP / non-private seconds per epoch at unit person (and record), and
          macro-F1 at epsilon = 1, 4, 8, inf for both units on data with repeated persons: the
          synthetic notes (skewed, a few people with 20-40 notes) and Dreaddit grouped by post id
          (../shared/data/dreaddit; skipped if absent).
  record  train.json: the earlier record-level timing (grad-sample modes, peak memory) and
          utility on Dreaddit and the disjoint RMHD slice.
  references  train_references.json (not in ``all``): the default workflow's
          ``train_reference_model`` job (K reference models + the audit run) before and after
          the speed-ups, side by side: each job runs in its own single-thread process as the rule
          runs it, once with ``src/`` of ``--before-rev`` (a ``git archive`` copy) and once with
          this tree's, alternating, on a finished run's inputs (``--run-dir``). It checks that both
          give the same output arrays (SHA-256 per array) and projects the saving onto that run's
          per-job ``benchmarks/`` TSVs.
Timings are medians of interleaved runs (non-private, DP, non-private, ...) in one process so
machine load hits both sides alike; seconds_per_epoch excludes featurisation and noise calibration.
"""

from __future__ import annotations

import argparse
import copy
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
# The references part runs its jobs against another src/ (the code before the speed-ups).
sys.path.insert(0, os.environ.get("CONFIDE_BENCH_SRC", str(ROOT / "src")))

from confide.train import compute_embeddings, resolve_config, train_model  # noqa: E402
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
            "group_id": raw["post_id"].astype(str),  # a post's segments are one person's words
        }
    )
    return df, raw["post_id"].astype(str).to_numpy()


def load_params_rmhd() -> dict:
    """params.yaml's ``data.rmhd`` section (what the default run reads)."""
    from confide.config import load_params

    return load_params(ROOT / "params.yaml")["data"]["rmhd"]


def default_run_records() -> pd.DataFrame:
    """The records the default workflow run reads (params.yaml's data.rmhd on the wheel's CSV)."""
    from confide.ingest.rmhd import load_rmhd as load_default

    cfg = load_params_rmhd()
    return load_default(
        RMHD, communities=cfg["communities"], control_communities=cfg["control_communities"],
        control_label=cfg["control_label"], control_max_rows=cfg["control_max_rows"], seed=cfg["seed"],
    )  # fmt: skip


def _text_hash(text: object) -> str:
    """Hash of a post's whitespace- and case-normalised text (overlap checks without keeping text)."""
    return hashlib.sha256(" ".join(str(text).split()).lower().encode()).hexdigest()


def load_rmhd_disjoint(n_per_class: int | None = None) -> tuple[pd.DataFrame, np.ndarray, dict] | None:
    """RMHD posts that share no record, text, author or community with the default run's data.

    Keeps the communities the default run never reads (its case and control communities are
    dropped whole, not only its 260 sampled control rows), then drops every post whose author or
    normalised text occurs in the default run's data. The overlaps are asserted to be zero.
    """
    if not RMHD.exists():
        return None
    cfg = load_params_rmhd()
    default = default_run_records()
    used_communities = set(cfg["communities"]) | set(cfg["control_communities"])
    default_authors = set(default["group_id"].dropna().astype(str))
    default_texts = {_text_hash(t) for t in default["text"]}
    raw = pd.read_csv(RMHD)
    raw = raw[~raw["subreddit"].isin(used_communities)]
    raw = raw[~raw["author"].astype(str).isin(default_authors)]
    raw = raw[~raw["post"].map(_text_hash).isin(default_texts)]
    if n_per_class:
        raw = raw.sample(frac=1.0, random_state=0).groupby("subreddit").head(n_per_class)
    raw = raw.reset_index(drop=True)
    overlap = {
        "records": len(set("rmhd-" + raw["Unnamed: 0"].astype(str)) & set(default["record_id"])),
        "texts": len({_text_hash(t) for t in raw["post"]} & default_texts),
        "authors": len(set(raw["author"].astype(str)) & default_authors),
        "communities": len(set(raw["subreddit"]) & used_communities),
    }
    assert not any(overlap.values()), f"tuning data overlap the default run's data: {overlap}"
    df = pd.DataFrame(
        {
            "record_id": raw.index.astype(str),
            "text": raw["post"].astype(str),
            "label": raw["subreddit"].astype(str),
            "group_id": raw["author"].astype(str),
        }
    )
    info = {"rows": len(df), "classes": int(df["label"].nunique()), "default_run_rows": len(default),
            "overlap_with_default_run": overlap}  # fmt: skip
    return df, df["group_id"].to_numpy(), info


def load_synthetic_notes(n_records: int = 4000) -> tuple[pd.DataFrame, np.ndarray]:
    """The default synthetic notes (seed 7; persons with skewed record counts)."""
    from confide.ingest.synthetic_notes import generate_synthetic_notes

    records, _ = generate_synthetic_notes(n_records=n_records, seed=7)
    df = records[["record_id", "text", "label", "group_id"]].copy()
    return df, df["group_id"].to_numpy()


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
    unit: str = "record",
    memory: bool = True,
) -> dict:
    """Interleave non-private and DP trainings; median seconds per epoch and peak RSS of each."""
    cfg = resolve_config({})
    cfg["privacy_unit"] = unit
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
        "privacy_unit": unit,
        "n_persons": m.ledger["n_persons"],
        "n_records_trained": m.ledger["n_records"],
        "nonprivate_peak_rss_mb": peak_memory(model, math.inf, mode, epochs, max_physical) if memory else None,
        "dp_peak_rss_mb": peak_memory(model, eps, mode, epochs, max_physical) if memory else None,
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
    cfg = resolve_config({})
    cfg["privacy_unit"] = "record"
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


def utility(name, df, groups, feats, models, epsilons, seeds, *, cfg=None, tag=None) -> list[dict]:
    """Macro-F1 on a person-grouped 80/20 split, every seed reported."""
    split = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
    tr, te = next(split.split(df, groups=groups))
    classes = sorted(df["label"].unique())
    rows = []
    for model in models:
        for eps in epsilons:
            f1s, ledgers = [], []
            for seed in seeds:
                ftr = feats[tr] if model == "frozen_encoder" else None
                fte = feats[te] if model == "frozen_encoder" else None
                m = _train(df.iloc[tr], classes, model, eps, seed, copy.deepcopy(cfg or {}), ftr)
                pred = np.asarray(classes)[m.predict_proba(df.iloc[te], features=fte).argmax(1)]
                f1s.append(f1_score(df["label"].iloc[te], pred, average="macro"))
                ledgers.append(m.ledger)
            led = ledgers[0]
            rows.append(
                {
                    "dataset": name,
                    "model": model,
                    "epsilon": eps,
                    "privacy_unit": led["privacy_unit"],
                    "macro_f1_mean": float(np.mean(f1s)),
                    "macro_f1_per_seed": [float(x) for x in f1s],
                    "epsilon_spent": float(max(m["epsilon_spent"] for m in ledgers)),
                    "noise_multiplier": led["noise_multiplier"],
                    "n_train": len(tr),
                    "n_persons": led["n_persons"],
                    "n_records_trained": led["n_records"],
                    "records_dropped_by_cap": led["records_dropped_by_cap"],
                    "n_test": len(te),
                    "n_classes": len(classes),
                    **({"config": tag} if tag else {}),
                }
            )
            print(
                f"  {name:15s} {model:15s} {led['privacy_unit']:6s} eps={eps:<4} macro-F1 {np.mean(f1s):.3f} "
                f"(seeds {', '.join(f'{x:.3f}' for x in f1s)}){' ' + str(tag) if tag else ''}",
                flush=True,
            )
    return rows


#: The grid searched on the disjoint RMHD slice (the default sweep's models).
TUNING_GRID = {
    "frozen_encoder": {"lr": [0.02, 0.05, 0.2], "epochs": [5, 10, 20]},
    "linear_ngrams": {"lr": [0.02, 0.05, 0.2], "epochs": [10]},
}
TUNING_EPSILONS = [1.0, 4.0]


def part_tuning(args, results: dict) -> None:
    """Grid-search the default sweep's models on data disjoint from the default run."""
    loaded = load_rmhd_disjoint(args.rmhd_per_class)
    if loaded is None:
        print("RMHD CSV not installed: tuning skipped")
        return
    df, groups, info = loaded
    print(f"== tuning on the disjoint RMHD slice: {info} ==", flush=True)
    results["data"] = info
    feats = embeddings("rmhd_disjoint", df["text"].tolist(), args.cache_dir)
    defaults = resolve_config({})["model_params"]
    results["grid"], results["chosen"] = [], {}
    for model, grid in TUNING_GRID.items():
        scores = {}
        for lr in grid["lr"]:
            for epochs in grid["epochs"]:
                tag = {"lr": lr, "epochs": epochs}
                cfg = {"model_params": {model: tag}}
                rows = utility("rmhd_disjoint", df, groups, feats, [model], TUNING_EPSILONS, [0], cfg=cfg, tag=tag)
                results["grid"] += rows
                args.save()
                scores[(lr, epochs)] = float(np.mean([r["macro_f1_mean"] for r in rows]))
        best = max(scores, key=scores.get)
        current = (defaults[model]["lr"], defaults[model]["epochs"])
        results["chosen"][model] = {
            "best": {"lr": best[0], "epochs": best[1], "mean_macro_f1": scores[best]},
            "defaults": {"lr": current[0], "epochs": current[1], "mean_macro_f1": scores.get(current)},
        }
        print(f"  {model}: best {best} ({scores[best]:.3f}); defaults {current} ({scores.get(current)})")


def part_person(args, results: dict) -> None:
    """Person vs record unit: epoch time of the default model and utility at eps 1, 4, 8, inf."""
    seeds = [0] if args.quick else [0, 1]
    data = [("synthetic_notes", load_synthetic_notes(args.synthetic_records))]
    dre = load_dreaddit()
    if dre is not None:
        data.append(("dreaddit_by_post", dre))
    for name, (df, _) in data:
        sizes = df.groupby("group_id").size()
        results.setdefault("data", {})[name] = {
            "records": len(df), "persons": int(len(sizes)), "persons_with_1_to_3": int((sizes <= 3).sum()),
            "persons_with_20_plus": int((sizes >= 20).sum()), "max_records_per_person": int(sizes.max()),
        }  # fmt: skip

    def feats(name: str, df: pd.DataFrame) -> np.ndarray:
        return embeddings(name.removesuffix("_by_post"), df["text"].tolist(), args.cache_dir)

    # --quick: the default model only (the goal is stated for it); full: linear_ngrams too.
    models = ["frozen_encoder"] if args.quick else ["frozen_encoder", "linear_ngrams"]
    print("== timing at unit person and record: DP / non-private seconds per epoch (eps=4) ==", flush=True)
    name, (df, _) = data[0]
    classes = sorted(df["label"].unique())
    for model in models:
        f = feats(name, df) if model == "frozen_encoder" else None
        for unit in ("person", "record"):
            row = time_model(df, classes, model, f, reps=3, eps=4.0, unit=unit, memory=False)
            row["dataset"] = name
            results["timing"].append(row)
            args.save()
            print(
                f"  {model:15s} {unit:6s} non-private {row['nonprivate_s_per_epoch']:.3f} s  "
                f"DP {row['dp_s_per_epoch']:.3f} s  ratio {row['ratio']:.2f}x",
                flush=True,
            )
    print("== utility: macro-F1 (person-grouped 80/20 split), both units ==", flush=True)
    for name, (df, groups) in data:
        f = feats(name, df)
        for unit in ("person", "record"):
            results["utility"] += utility(
                name, df, groups, f, models, [1.0, 4.0, 8.0, math.inf], seeds, cfg={"privacy_unit": unit}
            )
            args.save()


def part_record(args, results: dict) -> None:
    """Record-level timing (grad-sample modes, memory) and utility on Dreaddit and the disjoint slice."""
    reps = 2 if args.quick else 3
    seeds = [0] if args.quick else [0, 1]
    epsilons = [1.0, 3.0, 8.0, math.inf]
    text_models = ["frozen_encoder", "linear_ngrams", "embedding_bag"]
    record = {"privacy_unit": "record"}
    dre = load_dreaddit()
    rmhd = load_rmhd_disjoint(60 if args.quick else args.rmhd_per_class or 100)
    datasets = [(n, d[:2]) for n, d in (("dreaddit", dre), ("rmhd_disjoint", rmhd)) if d is not None]
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
            time_model(sub, classes, "embedding_bag", None, reps=1, eps=3.0, mode="hooks", epochs=1, max_physical=64)
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
        results["utility"] += utility(name, df, groups, feats[name], text_models, epsilons, seeds, cfg=record)


def _reference_job(job_json: str) -> None:
    """One train_reference_model job, as scripts/train_reference_model.py runs it; prints JSON."""
    t_start = time.perf_counter()
    torch.set_num_threads(1)
    import confide
    from confide.audit.canaries import variant_canaries
    from confide.audit.references import train_references, training_unit
    from confide.audit.seeds import audit_seed
    from confide.config import load_params
    from confide.ingest import declared_labels
    from confide.ingest.split import split_for_seed
    from confide.workflow import variant_training_config

    job = json.loads(job_json)
    run, seed = Path(job["run_dir"]), int(job["seed"])
    params = load_params(ROOT / "params.yaml")
    train_cfg = variant_training_config(params)
    records = split_for_seed(pd.read_parquet(run / "results/audit/records.parquet"), seed)
    k = params["evaluate"]["membership"]["reference_models"] if job["k"] is None else int(job["k"])
    unit = training_unit(train_cfg, records)
    canaries, _ = variant_canaries(records=records, plan=pd.read_parquet(run / "results/audit/canaries.parquet"),
                                   evaluate=params["evaluate"], variant_seed=seed, unit=unit)
    features = (np.load(run / "results/features/sentence_embeddings.npy")
                if job["model"] == "frozen_encoder" else None)
    wall, cpu = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = train_references(records=records, canaries=canaries, features=features, k=k,
                               seed=audit_seed(params["evaluate"]["seed"], seed), model=job["model"],
                               epsilon=float(job["epsilon"]), classes=declared_labels(params["data"]),
                               config=train_cfg, unit=unit)
    print(json.dumps({
        "train_references_s": time.perf_counter() - wall, "train_references_cpu_s": time.process_time() - cpu,
        "job_s": time.perf_counter() - t_start, "k": k, "trainings": k + int("audit_p_true" in out),
        "confide": str(Path(confide.__file__).parents[1]),
        "digest": {name: hashlib.sha256(np.ascontiguousarray(v).tobytes()).hexdigest()[:16] for name, v in out.items()},
    }))


def _job_seconds(run_dir: Path) -> dict[str, float]:
    """cpu_time of every job of a finished run (its benchmarks/ TSVs), keyed by TSV path."""
    out = {}
    for tsv in sorted((run_dir / "benchmarks").rglob("*.tsv")):
        out[str(tsv.relative_to(run_dir / "benchmarks"))] = float(pd.read_csv(tsv, sep="\t")["cpu_time"].iloc[-1])
    return out


def part_references(args, results: dict) -> None:
    run = args.run_dir
    if not (run / "results/audit/records.parquet").exists():
        print(f"references: no finished run in {run} (results/audit/records.parquet); skipped")
        return
    before = Path(args.cache_dir) / f"src-{args.before_rev}"
    if not (before / "src").exists():
        before.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before_rev, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
    sides = {"before": str(before / "src"), "after": str(ROOT / "src")}
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    results.update(before_rev=args.before_rev, run_dir=str(run), reps=args.reps, jobs=[])
    for spec in args.variants.split(","):
        model, epsilon, seed = spec.split(":")
        job = json.dumps({"run_dir": str(run), "model": model, "epsilon": epsilon, "seed": int(seed), "k": args.k})
        runs: dict[str, list[dict]] = {"before": [], "after": []}
        for rep in range(args.reps):
            for side in ("before", "after") if rep % 2 == 0 else ("after", "before"):  # alternate who goes first
                proc = subprocess.run([sys.executable, __file__, "--reference-job", job], capture_output=True,
                                      text=True, env={**env, "CONFIDE_BENCH_SRC": sides[side]}, check=True)
                row = json.loads(proc.stdout.strip().splitlines()[-1])
                assert row["confide"] == sides[side], f"{side} ran {row['confide']}"
                runs[side].append(row)
                print(f"  {model} eps={epsilon} seed={seed} {side}: {row['train_references_s']:.1f} s wall, "
                      f"{row['train_references_cpu_s']:.1f} s cpu", flush=True)
        digests = {side: {json.dumps(r["digest"], sort_keys=True) for r in rows} for side, rows in runs.items()}
        entry = {"model": model, "epsilon": epsilon, "seed": int(seed), "k": runs["after"][0]["k"],
                 "trainings": runs["after"][0]["trainings"], "identical_outputs": digests["before"] == digests["after"]
                 and len(digests["after"]) == 1, "runs": runs}
        for side, rows in runs.items():
            n = rows[0]["trainings"]
            entry[side] = {
                "train_references_s": float(np.median([r["train_references_s"] for r in rows])),
                "train_references_cpu_s": float(np.median([r["train_references_cpu_s"] for r in rows])),
                "job_s": float(np.median([r["job_s"] for r in rows])),
                "cpu_s_per_model": float(np.median([r["train_references_cpu_s"] for r in rows])) / n,
            }
        entry["speedup_cpu"] = entry["before"]["train_references_cpu_s"] / entry["after"]["train_references_cpu_s"]
        results["jobs"].append(entry)
        args.save()
    # Projection onto the finished run: each model's reference jobs scaled by its measured cpu ratio.
    jobs = _job_seconds(run)
    total = sum(jobs.values())
    projection = {}
    for entry in results["jobs"]:
        model = entry["model"]
        if model in projection or entry["k"] != 16:
            continue
        ref = sum(v for key, v in jobs.items() if key.startswith(f"evaluate/reference/{model}/"))
        ratio = entry["after"]["train_references_cpu_s"] / entry["before"]["train_references_cpu_s"]
        projection[model] = {"reference_job_seconds": ref, "after_ratio": ratio, "removed_s": ref * (1 - ratio)}
    removed = sum(p["removed_s"] for p in projection.values())
    results["projection"] = {"run_job_seconds": total, "per_model": projection, "removed_s": removed,
                             "removed_share": removed / total if total else float("nan"),
                             "note": "cpu_time of the run's per-job TSVs; reference jobs scaled by the measured "
                                     "before/after cpu ratio of one variant per model"}
    print("\n model            eps  seed  K  trainings | before s (cpu/model) | after s (cpu/model) | x    | same")
    for e in results["jobs"]:
        b, a = e["before"], e["after"]
        print(f" {e['model']:<16} {e['epsilon']:>4} {e['seed']:>4} {e['k']:>2} {e['trainings']:>9} | "
              f"{b['train_references_cpu_s']:7.1f} ({b['cpu_s_per_model']:5.2f}) | "
              f"{a['train_references_cpu_s']:7.1f} ({a['cpu_s_per_model']:5.2f}) | {e['speedup_cpu']:4.1f} | "
              f"{e['identical_outputs']}")
    if projection:
        print(f" projected on {run}: {removed:.0f} of {total:.0f} job-seconds removed "
              f"({100 * results['projection']['removed_share']:.0f} %)")


PARTS = {"tuning": ("train_tuning.json", part_tuning), "person": ("train_person.json", part_person),
         "record": ("train.json", part_record), "references": ("train_references.json", part_references)}  # fmt: skip
ALL = ("tuning", "person", "record")  # references needs a finished run and is asked for by name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    ap.add_argument("--quick", action="store_true", help="1 seed, fewer timing reps, smaller RMHD")
    ap.add_argument("--rmhd-per-class", type=int, default=None, help="cap per community (default: all)")
    ap.add_argument("--synthetic-records", type=int, default=4000)
    ap.add_argument("--cache-dir", type=Path, default=Path("/tmp/confide_bench_cache"))
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--out-dir", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--run-dir", type=Path, default=ROOT, help="references: a finished default run")
    ap.add_argument("--before-rev", default="61f6f7a", help="references: the git revision timed as 'before'")
    ap.add_argument("--variants", default="linear_ngrams:1:0,frozen_encoder:1:0",
                    help="references: model:epsilon:seed,...")
    ap.add_argument("--k", type=int, default=None, help="references: K (default: params.yaml's)")
    ap.add_argument("--reps", type=int, default=2, help="references: runs per side (alternating order)")
    ap.add_argument("--reference-job", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.one, args.cache_dir)
        return
    if args.reference_job:
        _reference_job(args.reference_job)
        return
    torch.set_num_threads(min(2, torch.get_num_threads()))
    for part in ALL if args.part == "all" else [args.part]:
        filename, run = PARTS[part]
        results: dict = {
            "part": part,
            "timing": [],
            "utility": [],
            "quick": args.quick,
            "torch_threads": torch.get_num_threads(),
            "cpu_count": psutil.cpu_count(),
            "load_avg_at_start": list(psutil.getloadavg()),
        }
        results["args"] = {"rmhd_per_class": args.rmhd_per_class, "synthetic_records": args.synthetic_records}

        def save(filename=filename, results=results) -> None:
            args.out_dir.mkdir(parents=True, exist_ok=True)
            (args.out_dir / filename).write_text(json.dumps(results, indent=2, default=str))

        args.save = save
        run(args, results)
        save()
        print(f"wrote {args.out_dir / filename}")


if __name__ == "__main__":
    main()
