"""Benchmark of confide.evaluate's membership attacks on Dreaddit.

Wall time of the reference-model attack vs K (reference-model training dominates; the
scoring functions themselves are timed separately), and attack strength of the threshold
baseline vs LiRA / RMIA on a non-private, leaky model (LogisticRegression on hashed word
1-2-grams, C=100). Prints a table and writes bench/results/evaluate.json.

Run: PYTHONPATH=src .venv/bin/python bench/evaluate.py [--ks 2 4 8 16] [--pool 2000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from confide.evaluate import (
    attack_metrics,
    get_attack,
    reference_membership,
    true_class_probability,
    write_json,
)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "dreaddit" / "dreaddit-train.csv"
ATTACKS = ("threshold", "lira_online", "lira_offline", "rmia_online", "rmia_offline")


def fit_predict(x, y, train_mask, seed):
    model = LogisticRegression(C=100.0, max_iter=3000, random_state=seed)
    model.fit(x[train_mask], y[train_mask])
    return true_class_probability(model.predict_proba(x), y, [0, 1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ks", type=int, nargs="+", default=[2, 4, 8, 16])
    ap.add_argument("--pool", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "evaluate.json"))
    args = ap.parse_args()
    if not DATA.exists():
        raise SystemExit(f"data not found: {DATA}")
    df = pd.read_csv(DATA, usecols=["text", "label"]).dropna()
    rng = np.random.default_rng(args.seed)
    df = df.iloc[rng.permutation(len(df))[: args.pool]].reset_index(drop=True)
    x = HashingVectorizer(ngram_range=(1, 2), n_features=2**18, alternate_sign=False).transform(
        df["text"]
    )
    y = df["label"].to_numpy().astype(int)
    n = len(y)
    member = rng.random(n) < 0.5
    t0 = time.perf_counter()
    target = fit_predict(x, y, member, args.seed)
    target_fit_s = time.perf_counter() - t0
    test_acc = float(np.mean(target[~member] > 0.5))
    rows = []
    for k in args.ks:
        t0 = time.perf_counter()
        mask = reference_membership(n_records=n, k=k, seed=args.seed + k)
        ref = np.stack([fit_predict(x, y, mask[j], args.seed + 100 + j) for j in range(k)])
        train_s = time.perf_counter() - t0
        for name in ATTACKS:
            t1 = time.perf_counter()
            scores = get_attack(name)(
                target_p_true=target, reference_p_true=ref, reference_membership=mask
            )
            score_s = time.perf_counter() - t1
            m = attack_metrics(member_scores=scores[member], nonmember_scores=scores[~member])
            rows.append(
                {
                    "k": k,
                    "attack": name,
                    "reference_training_s": 0.0 if name == "threshold" else train_s,
                    "scoring_s": score_s,
                    "auc": m["auc"],
                    "balanced_accuracy": m["balanced_accuracy"],
                    "tpr_at_0.1%_fpr": m["tpr_at_fpr"]["0.001"],
                    "tpr_at_1%_fpr": m["tpr_at_fpr"]["0.01"],
                }
            )
    table = pd.DataFrame(rows)
    print(
        f"pool={n} members={int(member.sum())} target fit {target_fit_s:.2f}s "
        f"test accuracy={test_acc:.3f}"
    )
    print(table.to_string(index=False, float_format=lambda v: f"{v:.4f}"))
    write_json(
        {
            "dataset": "dreaddit-train",
            "model": "LogisticRegression(C=100) on hashed word 1-2-grams (non-private)",
            "pool": n,
            "n_members": int(member.sum()),
            "target_fit_s": target_fit_s,
            "target_test_accuracy": test_acc,
            "rows": rows,
        },
        args.out,
    )


if __name__ == "__main__":
    main()
