"""Privacy scorecard: distance to closest record, NNDR, exact copies, and attack-based risks.

Every number comes with its baseline so it can be read:
- distances and exact copies of synthetic rows to training rows are compared with those of a
  real holdout (rows the synthesizer never saw) to the same training rows;
- singling-out, linkability and inference follow the attack framework of Giomi et al. (PoPETs
  2023, the method behind Anonymeter): the *main* attack uses the synthetic data against
  training records, the *control* attack does the same against holdout records (what the
  synthetic data reveals about anyone, not about training members), and a *baseline* attack
  guesses at random. ``risk = (main - control) / (1 - control)``; an attack no better than its
  baseline is flagged as uninformative. (Anonymeter itself cannot be installed with the pinned
  stack: anonymeter 1.1.0 needs numpy 1.26 and pyarrow 21; this is an independent implementation.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from confide.synthesize.columns import is_categorical
from confide.synthesize.distance import Encoder, exact_copy_rate, nearest

_Z95 = 1.959963984540054
_MAX_TRIES_PER_QUERY = 20


def wilson_interval(successes: int, n: int) -> tuple[float, float]:
    """95% Wilson score interval of a success rate."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + _Z95**2 / n
    centre = (p + _Z95**2 / (2 * n)) / denom
    half = _Z95 * math.sqrt(p * (1 - p) / n + _Z95**2 / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class AttackOutcome:
    """Success counts of the main, control and baseline attacks."""

    n_attacks: int
    main: int
    control: int
    baseline: int
    n_control: int | None = None
    n_baseline: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Rates with 95% CIs and the risk (with the CI of the main rate carried through)."""
        n_ctrl = self.n_control if self.n_control is not None else self.n_attacks
        n_base = self.n_baseline if self.n_baseline is not None else self.n_attacks
        rate = _rate(self.main, self.n_attacks)
        ctrl = _rate(self.control, n_ctrl)
        base = _rate(self.baseline, n_base)
        risk = _risk(rate["rate"], ctrl["rate"])
        lo = _risk(rate["ci"][0], ctrl["rate"])
        hi = _risk(rate["ci"][1], ctrl["rate"])
        return {
            "n_attacks": self.n_attacks,
            "main": rate,
            "control": ctrl,
            "baseline": base,
            "risk": risk,
            "risk_ci": [max(0.0, lo), max(0.0, hi)],
            "attack_beats_baseline": rate["rate"] > base["ci"][1],
        }


def _rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson_interval(k, n)
    return {"rate": k / n if n else 0.0, "ci": [lo, hi], "n": n}


def _risk(main: float, control: float) -> float:
    if control >= 1.0:
        return 0.0
    return max(0.0, (main - control) / (1.0 - control))


def distance_metrics(
    *,
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    columns: list[str],
    max_rows: int,
    seed: int,
) -> dict[str, Any]:
    """DCR, NNDR and exact-copy rates of synthetic rows, each next to the holdout baseline.

    The training reference is subsampled to the holdout size for the "closer to train than to
    holdout" share, whose no-leak baseline is then 0.5.
    """
    rng = np.random.default_rng(seed)
    tr = _subsample(train, max_rows, rng)
    ho = _subsample(holdout, max_rows, rng)
    sy = _subsample(synthetic, max_rows, rng)
    enc = Encoder.fit(tr, columns)
    x_tr, x_ho, x_sy = enc.transform(tr), enc.transform(ho), enc.transform(sy)
    d_sy, _ = nearest(x_sy, x_tr, enc.categorical, k=2)
    d_ho, _ = nearest(x_ho, x_tr, enc.categorical, k=2)
    tr_eq = tr.iloc[rng.permutation(len(tr))[: len(ho)]]
    d_sy_tr_eq, _ = nearest(x_sy, enc.transform(tr_eq), enc.categorical, k=1)
    d_sy_ho, _ = nearest(x_sy, x_ho, enc.categorical, k=1)
    closer = (d_sy_tr_eq[:, 0] < d_sy_ho[:, 0]).mean() + 0.5 * (
        d_sy_tr_eq[:, 0] == d_sy_ho[:, 0]
    ).mean()
    return {
        "n_rows": {"train": len(tr), "holdout": len(ho), "synthetic": len(sy)},
        "dcr": {
            "synthetic_to_train": _summary(d_sy[:, 0]),
            "holdout_to_train": _summary(d_ho[:, 0]),
        },
        "nndr": {
            "synthetic_to_train": _summary(_ratio(d_sy)),
            "holdout_to_train": _summary(_ratio(d_ho)),
        },
        "exact_copy_rate": {
            "synthetic_in_train": exact_copy_rate(sy, tr, columns),
            "holdout_in_train": exact_copy_rate(ho, tr, columns),
        },
        "share_closer_to_train_than_holdout": {"synthetic": float(closer), "no_leak_baseline": 0.5},
    }


def _ratio(d: np.ndarray) -> np.ndarray:
    if d.shape[1] < 2:
        return np.ones(d.shape[0])
    with np.errstate(invalid="ignore", divide="ignore"):
        r = d[:, 0] / d[:, 1]
    return np.where(d[:, 1] == 0, 1.0, r)  # two exact ties: ratio 1 by convention


def _summary(v: np.ndarray) -> dict[str, float]:
    return {
        "mean": float(np.mean(v)),
        "median": float(np.median(v)),
        "p05": float(np.quantile(v, 0.05)),
        "share_zero": float(np.mean(v == 0)),
    }


def _subsample(df: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    if len(df) <= n:
        return df.reset_index(drop=True)
    return df.iloc[np.sort(rng.choice(len(df), n, replace=False))].reset_index(drop=True)


# ---- singling out --------------------------------------------------------------------------

Query = list[tuple[str, str, Any]]  # (column, op, value); op in {"==", "<=", ">=", "isna"}


class _Columns:
    """Column arrays prepared once, so each predicate is one vectorised comparison."""

    def __init__(self, df: pd.DataFrame, columns: list[str]) -> None:
        self.n = len(df)
        self.missing = {c: df[c].isna().to_numpy() for c in columns}
        self.text = {c: df[c].astype(str).to_numpy() for c in columns if _is_cat(df[c])}
        self.num = {
            c: pd.to_numeric(df[c], errors="coerce").to_numpy(float)
            for c in columns
            if c not in self.text
        }

    def predicate(self, col: str, op: str, val: Any) -> np.ndarray:
        if op == "isna":
            return self.missing[col]
        if op == "==":
            if col in self.text:
                return (self.text[col] == str(val)) & ~self.missing[col]
            return self.num[col] == float(val)
        with np.errstate(invalid="ignore"):
            return self.num[col] <= val if op == "<=" else self.num[col] >= val

    def matches(self, query: Query) -> np.ndarray:
        mask = np.ones(self.n, dtype=bool)
        for col, op, val in query:
            mask &= self.predicate(col, op, val)
        return mask


def _singles_out(df: pd.DataFrame, columns: list[str], queries: list[Query]) -> int:
    prepared = _Columns(df, columns)
    return sum(int(prepared.matches(q).sum() == 1) for q in queries)


def _greedy_queries(
    synthetic: pd.DataFrame, columns: list[str], n: int, max_cols: int, rng: np.random.Generator
) -> list[Query]:
    """Grow predicates on synthetic records until each isolates its record.

    Attributes are added in random order; a predicate is kept if it isolates its record among
    the synthetic rows within ``max_cols`` attributes.
    """
    syn = _Columns(synthetic, columns)
    medians = {
        c: float(np.nanmedian(v)) if np.isfinite(v).any() else 0.0 for c, v in syn.num.items()
    }
    queries: list[Query] = []
    for _ in range(n * _MAX_TRIES_PER_QUERY):
        if len(queries) == n:
            break
        i = int(rng.integers(syn.n))
        mask = np.ones(syn.n, dtype=bool)
        query: Query = []
        for col in rng.permutation(columns)[:max_cols]:
            if syn.missing[col][i]:
                term = (col, "isna", None)
            elif col in syn.text:
                term = (col, "==", syn.text[col][i])
            else:  # the side away from the median narrows towards the record's tail
                val = float(syn.num[col][i])
                term = (col, ">=" if val >= medians[col] else "<=", val)
            query.append(term)
            mask &= syn.predicate(*term)
            if mask.sum() == 1:
                queries.append(query)
                break
    return queries


def _random_queries(
    synthetic: pd.DataFrame, columns: list[str], lengths: list[int], rng: np.random.Generator
) -> list[Query]:
    """Baseline: predicates of the same lengths with values drawn at random, not from a record."""
    queries: list[Query] = []
    for length in lengths:
        query: Query = []
        for col in rng.choice(columns, size=min(length, len(columns)), replace=False):
            series = synthetic[col].dropna()
            if len(series) == 0:
                query.append((col, "isna", None))
            elif _is_cat(synthetic[col]):
                uniq = series.astype(str).unique()
                query.append((col, "==", uniq[int(rng.integers(len(uniq)))]))
            else:
                num = pd.to_numeric(series, errors="coerce").dropna().to_numpy(float)
                val = float(rng.uniform(num.min(), num.max())) if len(num) else 0.0
                query.append((col, ">=" if rng.random() < 0.5 else "<=", val))
        queries.append(query)
    return queries


def singling_out_risk(
    *,
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    columns: list[str],
    n_attacks: int,
    n_cols: int,
    seed: int,
) -> dict[str, Any]:
    """Measure how often predicates built from synthetic records isolate one real record.

    Like Anonymeter's multivariate attack, the attacker writes predicates on attributes of a
    synthetic record (here grown greedily, up to ``n_cols`` attributes, until the predicate
    isolates that record among the synthetic rows). Main: the predicate isolates one record of
    a training subsample the size of the holdout; control: it isolates one holdout record;
    baseline: random predicates of the same lengths against the training subsample.
    """
    rng = np.random.default_rng(seed)
    n_ref = min(len(train), len(holdout))
    train_eq = train.iloc[rng.permutation(len(train))[:n_ref]]
    holdout = holdout.iloc[rng.permutation(len(holdout))[:n_ref]]
    queries = _greedy_queries(synthetic, columns, n_attacks, n_cols, rng)
    baseline_q = _random_queries(synthetic, columns, [len(q) for q in queries], rng)
    outcome = AttackOutcome(
        n_attacks=len(queries),
        main=_singles_out(train_eq, columns, queries),
        control=_singles_out(holdout, columns, queries),
        baseline=_singles_out(train_eq, columns, baseline_q),
    )
    lengths = [len(q) for q in queries]
    return {
        "max_cols_per_query": n_cols,
        "mean_cols_per_query": float(np.mean(lengths)) if lengths else None,
        "n_attacks_requested": n_attacks,
        **outcome.to_dict(),
    }


# ---- linkability and inference -------------------------------------------------------------


def linkability_risk(
    *,
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    aux_cols: tuple[list[str], list[str]],
    n_attacks: int,
    n_neighbors: int,
    seed: int,
) -> dict[str, Any]:
    """Link two halves of a record through the synthetic data.

    The attacker holds columns A of a target from one source and columns B from another; the
    link succeeds when the target's ``n_neighbors`` nearest synthetic rows on A and on B share
    a row. Baseline: two random sets of ``n_neighbors`` synthetic rows.
    """
    rng = np.random.default_rng(seed)
    n = min(n_attacks, len(train), len(holdout))
    targets = train.iloc[rng.choice(len(train), n, replace=False)]
    controls = holdout.iloc[rng.choice(len(holdout), n, replace=False)]
    a_cols, b_cols = aux_cols

    def links(frame: pd.DataFrame) -> int:
        enc_a, enc_b = Encoder.fit(synthetic, a_cols), Encoder.fit(synthetic, b_cols)
        _, ia = nearest(
            enc_a.transform(frame), enc_a.transform(synthetic), enc_a.categorical, k=n_neighbors
        )
        _, ib = nearest(
            enc_b.transform(frame), enc_b.transform(synthetic), enc_b.categorical, k=n_neighbors
        )
        return sum(int(bool(set(x) & set(y))) for x, y in zip(ia, ib, strict=True))

    m = len(synthetic)
    k = min(n_neighbors, m)
    base = sum(
        int(bool(set(rng.choice(m, k, replace=False)) & set(rng.choice(m, k, replace=False))))
        for _ in range(n)
    )
    outcome = AttackOutcome(
        n_attacks=n, main=links(targets), control=links(controls), baseline=base
    )
    return {
        "aux_cols": [list(a_cols), list(b_cols)],
        "n_neighbors": n_neighbors,
        **outcome.to_dict(),
    }


def inference_risk(
    *,
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    aux_cols: list[str],
    secret: str,
    n_attacks: int,
    seed: int,
    numeric_tolerance: float = 0.05,
) -> dict[str, Any]:
    """Guess a target's ``secret`` from its nearest synthetic row on ``aux_cols``.

    Success: equal value (categorical) or within ``numeric_tolerance`` relative error. Baseline:
    the secret of a random synthetic row.
    """
    rng = np.random.default_rng(seed)
    n = min(n_attacks, len(train), len(holdout))
    targets = train.iloc[rng.choice(len(train), n, replace=False)]
    controls = holdout.iloc[rng.choice(len(holdout), n, replace=False)]
    enc = Encoder.fit(synthetic, aux_cols)
    ref = enc.transform(synthetic)
    secrets = synthetic[secret].reset_index(drop=True)
    cat = _is_cat(synthetic[secret])

    def correct(guess: pd.Series, truth: pd.Series) -> int:
        g, t = guess.reset_index(drop=True), truth.reset_index(drop=True)
        if cat:
            ok = (g.astype(str) == t.astype(str)) & g.notna() & t.notna()
        else:
            gn, tn = pd.to_numeric(g, errors="coerce"), pd.to_numeric(t, errors="coerce")
            ok = (gn - tn).abs() <= numeric_tolerance * tn.abs().clip(lower=1e-12)
        return int(ok.sum())

    def attack(frame: pd.DataFrame) -> int:
        _, idx = nearest(enc.transform(frame), ref, enc.categorical, k=1)
        return correct(secrets.iloc[idx[:, 0]], frame[secret])

    random_guess = secrets.iloc[rng.integers(len(secrets), size=n)]
    outcome = AttackOutcome(
        n_attacks=n,
        main=attack(targets),
        control=attack(controls),
        baseline=correct(random_guess, targets[secret]),
    )
    return {"secret": secret, "aux_cols": list(aux_cols), **outcome.to_dict()}


def _is_cat(series: pd.Series) -> bool:
    return is_categorical(series)
