"""Benchmark of confide.audit's membership attacks on Dreaddit.

Wall time of the reference-model attack vs K (reference-model training dominates; the
scoring functions themselves are timed separately), and attack strength of the threshold
baseline vs LiRA / RMIA on a non-private, leaky model (LogisticRegression on hashed word
1-2-grams, C=100). Prints a table and writes bench/results/evaluate.json.

Run: PYTHONPATH=src .venv/bin/python bench/evaluate.py [--ks 2 4 8 16] [--pool 2000]

``--units`` instead measures the person-level audit (issue 13) and the pooled non-member pool
(issue 12, item 3) and writes bench/results/evaluate_units.json:
  * on real text with persons (Dreaddit segments grouped by post, and the project's synthetic
    notes, whose patients have several notes), the same leaky model audited per record and per
    person, with K = 16 reference models drawn by person;
  * the pooled audit's resolution and TPR at 0.1 % FPR;
  * by simulation, how often the pooled TPR interval (cluster bootstrap over persons) covers the
    mechanism's true TPR at 1 % and 0.1 % FPR.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from confide.audit.attacks import get_attack, reference_membership, true_class_probability
from confide.audit.roc import attack_metrics
from confide.evaluate.io import write_json

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
            m = attack_metrics(member_scores=scores[member], nonmember_scores=scores[~member],
                               fpr_points=(0.001, 0.01))
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


def _person_audit(name, texts, labels, persons, *, k, seed):
    """Record- vs person-level audit of a leaky non-private model, plus the pooled audit."""
    from confide.audit.membership import run_attacks
    from confide.audit.pool import unit_index
    from confide.audit.pooled import pooled_audit
    from confide.config import section_defaults

    evaluate = section_defaults("evaluate")  # the workflow's settings of the audit, as the schema states them
    x = HashingVectorizer(ngram_range=(1, 2), n_features=2**18, alternate_sign=False).transform(texts)
    classes = sorted(set(labels))
    y = np.array([classes.index(v) for v in labels])
    codes, n_units = unit_index(pd.Series(persons))
    rng = np.random.default_rng(seed)
    member = (rng.random(n_units) < 0.5)[codes]
    masks = reference_membership(n_records=n_units, k=k, seed=seed + 1)[:, codes]

    def fit(train_mask, s):
        model = LogisticRegression(C=100.0, max_iter=3000, random_state=s).fit(x[train_mask], y[train_mask])
        return true_class_probability(model.predict_proba(x), y, list(range(len(classes))))

    t0 = time.perf_counter()
    target = fit(member, seed)
    refs = np.stack([fit(masks[j], seed + 100 + j) for j in range(k)])
    fit_s = time.perf_counter() - t0
    out = {"dataset": name, "records": int(len(y)), "persons": int(n_units),
           "persons_with_2plus_records": int((np.bincount(codes) >= 2).sum()),
           "max_records_per_person": int(np.bincount(codes).max()), "k": k, "fit_s": fit_s, "by_unit": {}}
    for unit, units in (("record", None), ("person", codes)):
        r = run_attacks(pool_p_true=target, pool_is_member=member, reference_p_true=refs,
                        reference_membership=masks, attacks=("threshold", "lira_online", "rmia_online"),
                        delta=1e-5, fpr_points=(0.001, 0.01, 0.1), headline_attack="rmia_online",
                        pool_units=units, confidence=evaluate["confidence"],
                        max_roc_points=evaluate["max_roc_points"],
                        selection_fraction=evaluate["membership"]["selection_fraction"],
                        unit_score=evaluate["membership"]["unit_score"], seed=seed)
        out["by_unit"][unit] = {
            a: {"auc": v["auc"], "tpr_at_1%": v["tpr_at_fpr"]["0.01"], "tpr_at_10%": v["tpr_at_fpr"]["0.1"],
                "eps_hat": v["epsilon"]["epsilon_lower_bound"], "n_members": v["n_members"],
                "n_nonmembers": v["n_nonmembers"], "fpr_resolution": v["fpr_resolution"]}
            for a, v in r["attacks"].items()}
    pooled = pooled_audit(targets=[("target", target, member)], reference_p_true=refs,
                          reference_membership=masks, units=codes, attack="rmia_online",
                          fpr_points=(0.001, 0.01), n_bootstrap=1000, confidence=0.95, seed=seed)
    out["pooled_person_rmia_online"] = {key: pooled[key] for key in (
        "targets", "n_nonmember_observations", "fpr_resolution", "auc", "tpr_at_fpr", "tpr_interval")}
    return out


def _coverage(*, reps, seed, n_persons=400, k=16, boost=0.6):
    """Coverage of the pooled TPR interval over simulated runs of one mechanism (persons)."""
    from confide.audit.pooled import pooled_audit

    def world(rng, n_p):
        sizes = np.minimum(rng.geometric(0.4, n_p), 20)
        units = np.repeat(np.arange(n_p), sizes)
        difficulty = rng.normal(0, 2, units.size)
        member = (rng.random(n_p) < 0.5)[units]
        masks = reference_membership(n_records=n_p, k=k, seed=int(rng.integers(1 << 30)))[:, units]

        def run(in_mask):
            return 1 / (1 + np.exp(-(difficulty + boost * in_mask + rng.normal(0, 0.5, units.size))))

        target = run(member)
        refs = np.stack([run(masks[j]) for j in range(k)])
        return target, member, refs, masks, units

    rng = np.random.default_rng(seed)
    # Truth: one very large world (the same mechanism), pooled, without intervals.
    t, m, r, mk, u = world(rng, 20000)
    truth = pooled_audit(targets=[("t", t, m)], reference_p_true=r, reference_membership=mk, units=u,
                         attack="rmia_online", fpr_points=(0.001, 0.01), n_bootstrap=0,
                         confidence=0.95, seed=0)["tpr_at_fpr"]
    hits = {(x, kind): 0 for x in ("0.001", "0.01") for kind in ("reported", "bootstrap_only")}
    for i in range(reps):
        t, m, r, mk, u = world(rng, n_persons)
        out = pooled_audit(targets=[("t", t, m)], reference_p_true=r, reference_membership=mk, units=u,
                           attack="rmia_online", fpr_points=(0.001, 0.01), n_bootstrap=300,
                           confidence=0.9, seed=i)
        for x in ("0.001", "0.01"):
            ci = out["tpr_interval"][x]
            hits[(x, "reported")] += ci["ci_low"] <= truth[x] <= ci["ci_high"]
            hits[(x, "bootstrap_only")] += ci["bootstrap_low"] <= truth[x] <= ci["bootstrap_high"]
    return {"reps": reps, "persons": n_persons, "k": k, "nominal": 0.9, "true_tpr": truth,
            "coverage": {f"{kind}@{x}": h / reps for (x, kind), h in hits.items()}}


def units_main(args) -> None:
    results = {}
    if DATA.exists():
        df = pd.read_csv(DATA, usecols=["text", "label", "post_id"]).dropna()
        results["dreaddit"] = _person_audit("dreaddit-train (persons = post_id)", df["text"].tolist(),
                                            df["label"].tolist(), df["post_id"].astype(str).tolist(),
                                            k=16, seed=args.seed)
    from confide.ingest.synthetic_notes import generate_synthetic_notes

    notes, _ = generate_synthetic_notes(n_records=2000, seed=7)
    results["synthetic_notes"] = _person_audit(
        "synthetic_notes n=2000 (persons = patient)", notes["text"].tolist(), notes["label"].astype(str).tolist(),
        notes["group_id"].astype(str).tolist(), k=16, seed=args.seed)
    results["pooled_interval_coverage"] = _coverage(reps=args.reps, seed=args.seed)
    for key, value in results.items():
        print(key, value if key == "pooled_interval_coverage" else {
            u: {a: {m: round(v, 4) if isinstance(v, float) else v for m, v in d.items()}
                for a, d in value["by_unit"][u].items()} for u in value["by_unit"]})
        if key != "pooled_interval_coverage":
            print("  pooled:", value["pooled_person_rmia_online"])
    write_json(results, args.out.replace("evaluate.json", "evaluate_units.json"))


if __name__ == "__main__":
    import sys

    if "--units" in sys.argv:
        ap = argparse.ArgumentParser()
        ap.add_argument("--units", action="store_true")
        ap.add_argument("--seed", type=int, default=0)
        ap.add_argument("--reps", type=int, default=100)
        ap.add_argument("--out", default=str(REPO / "bench" / "results" / "evaluate.json"))
        units_main(ap.parse_args())
    else:
        main()
