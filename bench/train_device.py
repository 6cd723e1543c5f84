"""Benchmark confide.train per device: DP / non-private seconds on cuda (when present) and cpu.

Trains embedding_bag, linear_ngrams and tabular_mlp through ``train_model`` on synthetic tables
shaped like the fixtures of tests/train/conftest.py, only larger (no real records). For each model
and device it reports the median seconds of the DP run (epsilon = ``--epsilon``) and of the
non-private run, their ratio, macro-F1 on a held-out synthetic table, and the device the run's
ledger reports; for each model, the cpu/cuda speed-up. ``seconds`` is the wall time of
``train_model`` on an already encoded table (so it includes the Opacus set-up, not featurising);
``loop_seconds`` is the ledger's ``seconds_per_epoch`` times the epochs.

Runs are interleaved (rep -> model -> device -> DP / non-private, the order reversed on odd reps)
so that drift hits every cell alike. Before any timed run, one full-size DP run pays the noise
calibration (memoised per epsilon, delta, sample rate and epochs by confide.train.loop, so no timed
run pays it), and each (model, device, privacy) is warmed up once on a slice, untimed (CUDA
context, kernels, Opacus hooks). frozen_encoder is left out: its encoder package is not on the
GPU image.

Run:  PYTHONPATH=src .venv/bin/python bench/train_device.py [--quick] [--devices cuda,cpu] [--out PATH]
Writes bench/results/train_device.json (rewritten after every run, so a timeout still leaves the
runs so far) and prints a table. Exits 1 if a run failed or its ledger names another device.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import platform
import statistics
import sys
import time
import traceback
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from sklearn.metrics import f1_score

from confide.train import encode_table, train_model

ROOT = Path(__file__).resolve().parents[1]
MODELS = ["embedding_bag", "linear_ngrams", "tabular_mlp"]

# The vocabulary of tests/train/conftest.py (synthetic, no real records).
_WORDS = {
    "anxiety": ["worried", "panic", "nervous", "racing", "heart", "fear", "restless"],
    "depression": ["sad", "empty", "hopeless", "tired", "alone", "crying", "numb"],
    "control": ["game", "recipe", "garden", "movie", "weekend", "team", "coffee"],
}
_COMMON = ["i", "feel", "today", "really", "just", "my", "the", "and", "week", "work"]


def text_table(n: int, seed: int) -> pd.DataFrame:
    """Like the ``text_table`` fixture (4 class words, 8 shared words), but 1 row in 5 has 2 of its
    class words swapped for another class's, so the task is not trivially separable."""
    rng = np.random.default_rng(seed)
    labels = np.array(list(_WORDS))[np.arange(n) % 3]
    texts = []
    for label in labels:
        words = list(rng.choice(_WORDS[label], 4)) + list(rng.choice(_COMMON, 8))
        if rng.random() < 0.2:
            other = rng.choice([c for c in _WORDS if c != label])
            words[:2] = list(rng.choice(_WORDS[other], 2))
        rng.shuffle(words)
        texts.append(" ".join(words))
    return pd.DataFrame({"record_id": [f"r{seed}_{i}" for i in range(n)], "text": texts, "label": labels})


def tabular_table(n: int, seed: int) -> pd.DataFrame:
    """Like the ``tabular_table`` fixture: PHQ-9 items, age (some missing), gender; label = total >= 14."""
    rng = np.random.default_rng(seed)
    items = rng.integers(0, 4, size=(n, 9))
    df = pd.DataFrame(items, columns=[f"phq9_{i}" for i in range(1, 10)])
    df["age"] = rng.integers(18, 80, size=n).astype(float)
    df.loc[::17, "age"] = np.nan
    df["gender"] = rng.choice(["f", "m", "x"], size=n)
    df["label"] = np.where(items.sum(1) >= 14, "high", "low")
    df["record_id"] = [f"t{seed}_{i}" for i in range(n)]
    df["text"] = ""
    return df


def summarize(runs: list[dict], *, models: list[str], devices: list[str]) -> dict:
    """Per ``model/device``: median seconds and macro-F1 of the DP and non-private runs, their ratio
    and the devices the ledgers report; per ``model/speedup_cpu_over_cuda``: cpu seconds / cuda seconds."""
    summary: dict = {}
    for model in models:
        for device in devices:
            cell: dict = {}
            for key, private in (("dp", True), ("nonprivate", False)):
                rows = [r for r in runs if r["model"] == model and r["device_asked"] == device
                        and r["private"] == private]  # fmt: skip
                if rows:
                    cell[f"{key}_seconds"] = round(statistics.median(r["seconds"] for r in rows), 4)
                    cell[f"{key}_loop_seconds"] = round(statistics.median(r["loop_seconds"] for r in rows), 4)
                    cell[f"{key}_macro_f1"] = round(statistics.median(r["macro_f1"] for r in rows), 4)
                    cell[f"{key}_n"] = len(rows)
            if "dp_seconds" in cell and "nonprivate_seconds" in cell:
                cell["ratio_dp_over_nonprivate"] = round(cell["dp_seconds"] / cell["nonprivate_seconds"], 3)
            if cell:
                cell["device_reported"] = sorted({r["device_used"] for r in runs
                                                  if r["model"] == model and r["device_asked"] == device})
                summary[f"{model}/{device}"] = cell
        cpu, cuda = summary.get(f"{model}/cpu", {}), summary.get(f"{model}/cuda", {})
        speedup = {key: round(cpu[f"{key}_seconds"] / cuda[f"{key}_seconds"], 3)
                   for key in ("dp", "nonprivate") if f"{key}_seconds" in cpu and f"{key}_seconds" in cuda}
        if speedup:
            summary[f"{model}/speedup_cpu_over_cuda"] = speedup
    return summary


def _parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="600 rows, 2 epochs, 1 rep, cpu only (a dry run)")
    ap.add_argument("--n-train", type=int, default=20_000)
    ap.add_argument("--n-test", type=int, default=4_000)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--epsilon", type=float, default=3.0)
    ap.add_argument("--devices", default=None, help="comma-separated (default: cuda,cpu when cuda is there, else cpu)")
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--budget-s", type=float, default=math.inf, help="skip the timed runs left past this")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "train_device.json")
    args = ap.parse_args(argv)
    if args.quick:
        args.n_train, args.n_test, args.epochs, args.reps, args.devices = 600, 300, 2, 1, "cpu"
    args.devices = [d for d in (args.devices or ("cuda,cpu" if torch.cuda.is_available() else "cpu")).split(",") if d]
    args.models = [m for m in args.models.split(",") if m]
    if "cuda" in args.devices and not torch.cuda.is_available():
        ap.error("--devices names cuda, but torch.cuda.is_available() is False")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    report: dict = {
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "env": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "torch_cuda": torch.version.cuda,
            "opacus": importlib.metadata.version("opacus"),
            "cuda_device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
            "torch_threads": torch.get_num_threads(),
            "cpu_count": os.cpu_count(),
            "load_avg_at_start": list(os.getloadavg()),
        },
        "runs": [],
        "errors": [],
        "skipped": [],
    }
    report["args"]["budget_s"] = None if math.isinf(args.budget_s) else args.budget_s

    def save() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, allow_nan=False))

    t_start = time.perf_counter()
    tables = {"text": (text_table(args.n_train, 0), text_table(args.n_test, 1), sorted(_WORDS)),
              "tabular": (tabular_table(args.n_train, 0), tabular_table(args.n_test, 1), ["high", "low"])}
    model_params = {"epochs": args.epochs, "batch_size": args.batch_size}
    encoded = {}
    for model in args.models:  # encoding is device-independent: once per model
        train, test, _ = tables["tabular" if model == "tabular_mlp" else "text"]
        cfg = {"model_params": {model: model_params}}
        encoded[model] = tuple(encode_table(df=df, model=model, config=cfg) for df in (train, test))
    report["setup_seconds"] = round(time.perf_counter() - t_start, 3)

    def one(model: str, device: str, epsilon: float, *, n_rows: int | None = None, epochs: int | None = None) -> dict:
        train, test, classes = tables["tabular" if model == "tabular_mlp" else "text"]
        enc_train, enc_test = encoded[model]
        epochs = epochs or args.epochs
        if n_rows is not None:  # a warm-up on the first rows
            train, enc_train = train.iloc[:n_rows].reset_index(drop=True), enc_train.take(np.arange(n_rows))
        cfg = {"device": device, "model_params": {model: {**model_params, "epochs": epochs}}}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the non-private run's warning is expected here
            t0 = time.perf_counter()
            trained = train_model(train=train, classes=classes, model=model, epsilon=epsilon, seed=0,
                                  config=cfg, encoded=enc_train)
            if device == "cuda":
                torch.cuda.synchronize()
            seconds = time.perf_counter() - t0
        pred = trained.predict_proba(test, encoded=enc_test).argmax(1)
        y = test["label"].map({c: i for i, c in enumerate(classes)}).to_numpy()
        ledger = trained.ledger
        private = math.isfinite(epsilon)
        return {
            "model": model,
            "device_asked": device,
            "device_used": ledger["device"],
            "private": private,
            "epsilon_target": epsilon if private else None,
            "epsilon_spent": ledger["epsilon_spent"] if private else None,
            "seconds": round(seconds, 4),
            "loop_seconds": round(ledger["seconds_per_epoch"] * epochs, 4),
            "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
            "grad_sample_mode": ledger["grad_sample_mode"],
            "steps": ledger["steps"],
        }

    def attempt(tag: str, *a, **kw) -> dict | None:
        try:
            return one(*a, **kw)
        except Exception:  # noqa: BLE001 - recorded in the JSON and the exit status, not swallowed
            report["errors"].append(f"{tag}: {traceback.format_exc(limit=5)}")
            print(f"{tag}: FAILED", flush=True)
            return None

    epsilons = [args.epsilon, math.inf]
    t0 = time.perf_counter()
    attempt("calibration", "tabular_mlp" if "tabular_mlp" in args.models else args.models[0], "cpu", args.epsilon)
    report["calibration_seconds"] = round(time.perf_counter() - t0, 3)
    t0 = time.perf_counter()
    for device in args.devices:
        for model in args.models:
            for epsilon in epsilons:
                attempt(f"warm-up {model}/{device}/eps={epsilon}", model, device, epsilon,
                        n_rows=min(512, args.n_train), epochs=1)
    report["warmup_seconds"] = round(time.perf_counter() - t0, 3)
    save()

    for rep in range(args.reps):
        order = 1 if rep % 2 == 0 else -1
        for model in args.models:
            for device in args.devices[::order]:
                for epsilon in epsilons[::order]:
                    tag = f"rep{rep}/{model}/{device}/eps={epsilon}"
                    if time.perf_counter() - t_start > args.budget_s:
                        report["skipped"].append(tag)
                        continue
                    row = attempt(tag, model, device, epsilon)
                    if row is None:
                        continue
                    report["runs"].append({**row, "rep": rep})
                    print(f"{tag}: {row['seconds']:.2f} s (loop {row['loop_seconds']:.2f} s) "
                          f"macro-F1 {row['macro_f1']:.3f} on {row['device_used']}", flush=True)
                    if row["device_used"] != device:
                        report["errors"].append(f"{tag}: the ledger reports device {row['device_used']!r}")
                    save()

    report["summary"] = summarize(report["runs"], models=args.models, devices=args.devices)
    report["total_seconds"] = round(time.perf_counter() - t_start, 2)
    save()
    print_table(report["summary"], models=args.models, devices=args.devices)
    if report["skipped"]:
        print(f"{len(report['skipped'])} timed run(s) skipped past --budget-s {args.budget_s:g}")
    for error in report["errors"]:
        print(f"ERROR {error}", file=sys.stderr)
    print(f"wrote {args.out} in {report['total_seconds']} s")
    return 1 if report["errors"] else 0


def print_table(summary: dict, *, models: list[str], devices: list[str]) -> None:
    """Seconds, DP / non-private ratio, macro-F1 and reported device per model and device."""
    print(f"{'model':<15}{'device':<7}{'DP s':>8}{'non-DP s':>10}{'ratio':>7}{'F1 DP':>7}{'F1 non':>8}  reported")
    for model in models:
        for device in devices:
            cell = summary.get(f"{model}/{device}", {})
            cols = [cell.get(k) for k in ("dp_seconds", "nonprivate_seconds", "ratio_dp_over_nonprivate",
                                          "dp_macro_f1", "nonprivate_macro_f1")]
            text = [("-" if v is None else f"{v:.2f}" if i < 3 else f"{v:.3f}") for i, v in enumerate(cols)]
            print(f"{model:<15}{device:<7}{text[0]:>8}{text[1]:>10}{text[2]:>7}{text[3]:>7}{text[4]:>8}  "
                  f"{','.join(cell.get('device_reported', []))}")
        speedup = summary.get(f"{model}/speedup_cpu_over_cuda")
        if speedup:
            print(f"{'':<15}cpu/cuda speed-up: DP {speedup.get('dp', '-')}x, non-DP {speedup.get('nonprivate', '-')}x")


if __name__ == "__main__":
    sys.exit(main())
