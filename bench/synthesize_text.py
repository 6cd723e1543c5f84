"""Text-path synthesis: DP embedding generators vs real-only DP-SGD at EQUAL composed epsilon.

For each data set, seed and total budget ε, the frozen_encoder head (a linear layer on the public
encoder's sentence embeddings) is trained at unit person (the default run's unit, cap
``max_records_per_person`` 8) in these arms; every arm spends the same composed (ε, δ):

- ``real``: DP-SGD on the real training split at (ε, δ);
- ``<gen>/real+synthetic``: generator at (f·ε, δ/2), DP-SGD on real + synthetic rows at
  ((1-f)·ε, δ/2); basic composition (``augment.compose_ledgers``) gives (ε, δ);
- ``<gen>/synthetic``: generator at (ε, δ), the head trained non-privately on synthetic rows only
  (post-processing: the composed guarantee is the generator's);
- ``<gen>/direct``: the generator's own Gaussian model used as the classifier (Bayes rule with the
  DP means and covariance), also post-processing at (ε, δ).

Generators (``confide.synthesize.embedding``): dp_gaussian (shared full covariance) and
dp_gaussian_diag (shared diagonal), each on a random (data-independent) projection of ``dims``
coordinates. Data: the anonymized records and sentence embeddings of a workflow run
(``results/anonymize/records.parquet`` and ``results/features/sentence_embeddings.npy`` under the
run folder): RMHD from ``--rmhd-run`` (default: this checkout), Dreaddit from
``bench/results/dreaddit_run`` (made by bench/dreaddit_sweep.py from ../shared; skipped if absent).
Each seed draws its own person-grouped split (test 25 %), as ``split.vary_with_seed`` does.
Macro-F1 on the real test split with a 95 % percentile bootstrap interval (1,000 resamples of
test rows), n = test rows. Writes bench/results/synthesize_text.json.

    .venv/bin/python bench/synthesize_text.py [--rmhd-run DIR] [--seeds 0 1 2] [--epsilons 1 4 8]
        [--generators NAME ...] [--fraction 0.5] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupShuffleSplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from confide.synthesize.augment import compose_ledgers  # noqa: E402
from confide.synthesize.embedding import fit_embedding_generator  # noqa: E402
from confide.train import train_model  # noqa: E402
from confide.train.person import person_cap_mask  # noqa: E402

OUT = ROOT / "bench" / "results" / "synthesize_text.json"
CAP = 8
GENERATORS = {"dp_gaussian/k32": {"generator": "dp_gaussian", "dims": 32},
              "dp_gaussian/k64": {"generator": "dp_gaussian", "dims": 64},
              "dp_gaussian_diag/k384": {"generator": "dp_gaussian_diag", "dims": None}}


def load(run: Path) -> tuple[pd.DataFrame, np.ndarray] | None:
    records, emb = run / "results/anonymize/records.parquet", run / "results/features/sentence_embeddings.npy"
    if not (records.exists() and emb.exists()):
        return None
    df = pd.read_parquet(records, columns=["record_id", "label", "group_id"])
    df["label"] = df["label"].astype(str)
    return df, np.load(emb)


def macro_f1_ci(y: np.ndarray, pred: np.ndarray, rng: np.random.Generator) -> dict[str, float]:
    value = f1_score(y, pred, average="macro")
    draws = (rng.integers(0, len(y), len(y)) for _ in range(1000))
    boots = [f1_score(y[i], pred[i], average="macro") for i in draws]
    return {"value": float(value), "ci_low": float(np.quantile(boots, 0.025)),
            "ci_high": float(np.quantile(boots, 0.975))}


def direct_predict(model, x: np.ndarray) -> np.ndarray:  # noqa: ANN001 - bench helper
    z = np.clip(np.linalg.norm(x @ model.projection, axis=1, keepdims=True), 1.0, None)
    z = (x @ model.projection) / z
    prec = np.linalg.inv(model.covariance)
    prior = np.log(np.maximum(model.class_weights, 1e-3) / max(model.class_weights.sum(), 1e-3))
    scores = z @ prec @ model.means.T - 0.5 * np.einsum("ij,jk,ik->i", model.means, prec, model.means) + prior
    return np.array(model.classes)[scores.argmax(axis=1)]


def run_dataset(name: str, df: pd.DataFrame, emb: np.ndarray, *, seeds: list[int], epsilons: list[float],
                fraction: float) -> list[dict]:
    classes = sorted(df["label"].unique())
    rows = []
    for seed in seeds:
        tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=seed).split(df, groups=df["group_id"]))
        train, test = df.iloc[tr].reset_index(drop=True), df.iloc[te].reset_index(drop=True)
        keep = person_cap_mask(train, max_records_per_person=CAP, seed=seed)
        train_c, x_tr = train.loc[keep].reset_index(drop=True), emb[tr][keep]
        x_te, y_te = emb[te], test["label"].to_numpy()
        n_persons = train_c["group_id"].nunique()
        delta = 1.0 / (10 * n_persons)
        cfg = {"privacy_unit": "person", "max_records_per_person": CAP, "delta": delta}
        rng = np.random.default_rng(seed)

        def head(table: pd.DataFrame, feats: np.ndarray, eps: float, d: float, seed: int = seed,
                 cfg: dict = cfg, test: pd.DataFrame = test, x_te: np.ndarray = x_te) -> tuple:
            model = train_model(train=table, classes=classes, model="frozen_encoder", epsilon=eps, seed=seed,
                                config={**cfg, "delta": d}, features=feats)
            return model, np.asarray(model.predict(test, x_te))

        def synth_table(model, n: int, s: int) -> tuple[pd.DataFrame, np.ndarray]:  # noqa: ANN001
            x, labels = model.sample(n, seed=s)
            return pd.DataFrame({"record_id": [f"synthetic-{i}" for i in range(n)], "text": "",
                                 "label": labels}), x

        for eps in epsilons:
            start = time.perf_counter()
            model, pred = head(train_c, x_tr, eps, delta)
            rows.append({"data": name, "seed": seed, "epsilon_total": eps, "arm": "real", "epsilon_generator": 0.0,
                         "epsilon_dpsgd": model.ledger["epsilon_spent"], "delta_total": delta, "n_test": len(y_te),
                         "n_train_persons": n_persons, "macro_f1": macro_f1_ci(y_te, pred, rng),
                         "seconds": time.perf_counter() - start})
            for gname, gcfg in GENERATORS.items():
                for arm in ("real+synthetic", "synthetic", "direct"):
                    start = time.perf_counter()
                    eps_s = eps * fraction if arm == "real+synthetic" else eps
                    d_s = delta / 2 if arm == "real+synthetic" else delta
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        gen = fit_embedding_generator(
                            x_tr, train_c["label"], classes=classes, persons=train_c["group_id"],
                            config={**gcfg, "clip_norm": 1.0, "projection_seed": 0, "epsilon": eps_s, "delta": d_s,
                                    "max_records_per_person": CAP}, seed=seed)
                    n_syn = max(len(classes), round(gen.noisy_total))
                    if arm == "direct":
                        pred, eps_t = direct_predict(gen, x_te), 0.0
                    elif arm == "synthetic":
                        table, feats = synth_table(gen, n_syn, seed + 1000)
                        _, pred = head(table, feats, math.inf, delta)
                        eps_t = math.inf
                    else:
                        table, feats = synth_table(gen, n_syn, seed + 1000)
                        model, pred = head(pd.concat([train_c, table], ignore_index=True),
                                           np.vstack([x_tr, feats]), eps * (1 - fraction), delta / 2)
                        eps_t = model.ledger["epsilon_spent"]
                    ledger = compose_ledgers(training={"epsilon_spent": eps_t, "delta": delta / 2},
                                             synthesizer=gen.ledger, synthesizer_name=gcfg["generator"],
                                             mix="real+synthetic" if arm == "real+synthetic" else "synthetic")
                    rows.append({"data": name, "seed": seed, "epsilon_total": eps, "arm": f"{gname}/{arm}",
                                 "epsilon_generator": gen.ledger["epsilon_spent"], "epsilon_dpsgd": eps_t,
                                 "epsilon_composed": ledger["epsilon_composed"], "delta_total": delta,
                                 "n_test": len(y_te), "n_synthetic": 0 if arm == "direct" else n_syn,
                                 "n_train_persons": n_persons, "macro_f1": macro_f1_ci(y_te, pred, rng),
                                 "seconds": time.perf_counter() - start})
            done = [r for r in rows if r["data"] == name and r["seed"] == seed and r["epsilon_total"] == eps]
            for r in done:
                f = r["macro_f1"]
                print(f"{name:9s} seed {seed} eps {eps:>4g} {r['arm']:38s} F1 {f['value']:.3f} "
                      f"[{f['ci_low']:.3f}, {f['ci_high']:.3f}] eps_s {r['epsilon_generator']:.2f} "
                      f"eps_t {r['epsilon_dpsgd']:.2f} ({r['seconds']:.1f}s)", flush=True)
    return rows


def table(rows: list[dict]) -> list[dict]:
    """Mean macro-F1 over seeds per (data, epsilon, arm), with the mean interval bounds."""
    out = []
    for (data, eps, arm), grp in pd.DataFrame(rows).groupby(["data", "epsilon_total", "arm"], sort=False):
        f1 = pd.DataFrame(list(grp["macro_f1"]))
        out.append({"data": data, "epsilon_total": eps, "arm": arm, "seeds": len(grp),
                    "macro_f1_mean": float(f1["value"].mean()), "macro_f1_seed_sd": float(f1["value"].std()),
                    "ci_low_mean": float(f1["ci_low"].mean()), "ci_high_mean": float(f1["ci_high"].mean()),
                    "epsilon_generator": float(grp["epsilon_generator"].mean()),
                    "epsilon_dpsgd": float(grp["epsilon_dpsgd"].replace(math.inf, np.nan).mean()),
                    "n_test": int(grp["n_test"].iloc[0])})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rmhd-run", type=Path, default=ROOT)
    parser.add_argument("--dreaddit-run", type=Path, default=ROOT / "bench/results/dreaddit_run")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--epsilons", type=float, nargs="+", default=[1.0, 4.0, 8.0])
    parser.add_argument("--generators", nargs="+", default=list(GENERATORS), choices=list(GENERATORS))
    parser.add_argument("--fraction", type=float, default=0.5, help="share of epsilon for the generator (mix)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    for name in set(GENERATORS) - set(args.generators):
        del GENERATORS[name]
    rows = []
    for name, run in (("rmhd", args.rmhd_run), ("dreaddit", args.dreaddit_run)):
        loaded = load(run)
        if loaded is None:
            print(f"skipped {name}: no anonymized records + sentence embeddings under {run}")
            continue
        rows += run_dataset(name, *loaded, seeds=args.seeds, epsilons=args.epsilons, fraction=args.fraction)
    summary = table(rows) if rows else []
    print(f"\n{'data':9s}{'eps':>5s} {'arm':38s}{'macro-F1':>9s}{'sd':>7s}  {'mean 95% CI':>15s}"
          f"{'eps_s':>7s}{'eps_t':>7s}")
    for r in summary:
        print(f"{r['data']:9s}{r['epsilon_total']:>5g} {r['arm']:38s}{r['macro_f1_mean']:>9.3f}"
              f"{r['macro_f1_seed_sd']:>7.3f}  [{r['ci_low_mean']:.3f}, {r['ci_high_mean']:.3f}]"
              f"{r['epsilon_generator']:>7.2f}{r['epsilon_dpsgd']:>7.2f}")
    args.out.write_text(json.dumps({"fraction": args.fraction, "cap": CAP, "generators": list(GENERATORS),
                                    "rows": rows, "summary": summary}, indent=1))
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
