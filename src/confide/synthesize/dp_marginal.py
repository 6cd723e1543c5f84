"""A small differentially private synthesizer over binned marginals (MST-like).

Algorithm (after McKenna, Miklau & Sheldon 2021, "Winning the NIST Contest", simplified):
1. discretise each column over a *public* domain (categories or bounded bins, plus "missing");
2. measure every one-way histogram with Gaussian noise;
3. choose ``d - 1`` pairs forming a spanning tree with the exponential mechanism, scoring a pair
   by the L1 distance between its true two-way histogram and the independence estimate from the
   noisy one-way histograms (sensitivity 1);
4. measure the chosen two-way histograms with Gaussian noise;
5. sample the tree: root from its noisy one-way histogram, each child from the noisy conditional
   given its parent (negative counts clipped; empty rows fall back to the child's one-way).
Steps 2-4 are the only accesses to the data; the budget ``rho`` is split 1/3 each (all of it to
step 2 with one column). Add/remove-one-record neighbouring: every histogram has L2 sensitivity 1.
Unlike MST this does not run Private-PGM; the tree sampler is a consistent post-processing.
"""

from __future__ import annotations

import warnings
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from confide.synthesize.accounting import (
    epsilon_from_rho,
    exponential_epsilon,
    gaussian_sigma,
    rho_from_epsilon,
)
from confide.synthesize.domain import ColumnDomain, decode, encode

MECHANISM = "gaussian marginals + exponential-mechanism tree selection (MST-like), zCDP"


@dataclass
class DPMarginalModel:
    """A fitted tree of noisy marginals, ready to sample."""

    columns: list[str]
    domain: dict[str, ColumnDomain]
    n_bins: int
    one_way: dict[str, np.ndarray]
    edges: list[tuple[str, str]]  # (parent, child)
    two_way: dict[tuple[str, str], np.ndarray]  # (parent, child) -> counts[parent, child]
    noisy_total: float
    ledger: dict[str, Any] = field(default_factory=dict)

    def sample(self, n_rows: int, *, seed: int) -> pd.DataFrame:
        """Draw ``n_rows`` synthetic rows (post-processing: costs no privacy)."""
        rng = np.random.default_rng(seed)
        codes: dict[str, np.ndarray] = {}
        children: dict[str, list[str]] = {c: [] for c in self.columns}
        for parent, child in self.edges:
            children[parent].append(child)
        has_parent = {child for _, child in self.edges}
        for root in [c for c in self.columns if c not in has_parent]:
            codes[root] = _draw(rng, _normalise(self.one_way[root]), n_rows)
            queue = deque([root])
            while queue:
                parent = queue.popleft()
                for child in children[parent]:
                    table = self.two_way[(parent, child)]
                    fallback = _normalise(self.one_way[child])
                    codes[child] = _draw_conditional(rng, table, codes[parent], fallback)
                    queue.append(child)
        data = {
            col: decode(codes[col], self.domain[col], self.n_bins, rng).to_numpy()
            for col in self.columns
        }
        return pd.DataFrame(data, columns=self.columns)


def fit_dp_marginal(
    df: pd.DataFrame,
    *,
    domain: dict[str, ColumnDomain],
    epsilon: float,
    delta: float,
    n_bins: int,
    seed: int,
    inferred_columns: list[str] | None = None,
) -> DPMarginalModel:
    """Fit the DP marginal synthesizer on ``df`` (columns = keys of ``domain``).

    Args:
        df: training rows.
        domain: public domain per column (see `confide.synthesize.domain`).
        epsilon: the (epsilon, delta)-DP target; it is spent exactly.
        delta: the delta of the guarantee.
        n_bins: bins per numeric column (integer columns with a smaller range get one per value).
        seed: seeds the noise (numpy PCG64: not a cryptographically secure source).
        inferred_columns: columns whose domain was read from the data (recorded in the ledger).

    Returns:
        The fitted model; ``.ledger`` is in the DP-training ledger format.
    """
    columns = list(domain)
    rng = np.random.default_rng(seed)
    codes = {c: encode(df[c], domain[c], n_bins) for c in columns}
    sizes = {c: domain[c].size(n_bins) for c in columns}
    d = len(columns)
    rho_total = rho_from_epsilon(epsilon, delta) * (1.0 - 1e-9)  # float margin: spent <= target
    rho_one, rho_select, rho_two = (rho_total, 0.0, 0.0) if d == 1 else (rho_total / 3,) * 3

    sigma_one = gaussian_sigma(rho_one, n_measurements=d)
    one_way = {
        c: np.bincount(codes[c], minlength=sizes[c]) + rng.normal(0.0, sigma_one, sizes[c])
        for c in columns
    }
    noisy_total = float(np.mean([v.sum() for v in one_way.values()]))
    probs = {c: _normalise(one_way[c]) for c in columns}

    edges: list[tuple[str, str]] = []
    two_way: dict[tuple[str, str], np.ndarray] = {}
    sigma_two = None
    eps_select = None
    if d > 1:
        eps_select = exponential_epsilon(rho_select, n_selections=d - 1)
        undirected = _select_tree(codes, sizes, probs, max(noisy_total, 1.0), eps_select, rng)
        edges = _orient(undirected, root=columns[0], columns=columns)
        sigma_two = gaussian_sigma(rho_two, n_measurements=len(edges))
        for parent, child in edges:
            counts = _joint(codes[parent], codes[child], sizes[parent], sizes[child])
            two_way[(parent, child)] = counts + rng.normal(0.0, sigma_two, counts.shape)

    inferred = list(inferred_columns or [])
    if inferred:
        warnings.warn(
            f"dp_marginal: the domain of {len(inferred)} column(s) was read from the data; "
            "category lists and bounds are not covered by the DP guarantee. Pass a public "
            "domain (synthesize.dp.domain) to close this gap.",
            UserWarning,
            stacklevel=2,
        )
    ledger = {
        "synthesizer": "dp_marginal",
        "epsilon_target": float(epsilon),
        "epsilon_spent": epsilon_from_rho(rho_one + rho_select + rho_two, delta),
        "delta": float(delta),
        "mechanism": MECHANISM,
        "accountant": "zcdp",
        "rho": rho_total,
        "noise_multiplier": sigma_one,
        "noise_multiplier_two_way": sigma_two,
        "selection_epsilon_each": eps_select,
        "n_measurements": d + len(edges),
        "n_bins": n_bins,
        "domain_inferred_columns": inferred,
        "domain_public": not inferred,
        "sample_rate": None,
        "steps": None,
        "max_grad_norm": None,
        "secure_mode": False,
    }
    return DPMarginalModel(
        columns=columns,
        domain=domain,
        n_bins=n_bins,
        one_way=one_way,
        edges=edges,
        two_way=two_way,
        noisy_total=noisy_total,
        ledger=ledger,
    )


def _joint(a: np.ndarray, b: np.ndarray, size_a: int, size_b: int) -> np.ndarray:
    return (
        np.bincount(a * size_b + b, minlength=size_a * size_b).reshape(size_a, size_b).astype(float)
    )


def _select_tree(
    codes: dict[str, np.ndarray],
    sizes: dict[str, int],
    probs: dict[str, np.ndarray],
    n_est: float,
    eps: float,
    rng: np.random.Generator,
) -> list[tuple[str, str]]:
    """Kruskal-style spanning tree; each edge drawn by the exponential mechanism."""
    columns = list(codes)
    # n_est is the noisy total (already paid for): using the true count would double the sensitivity
    scores: dict[tuple[str, str], float] = {}
    for i, a in enumerate(columns):
        for b in columns[i + 1 :]:
            true = _joint(codes[a], codes[b], sizes[a], sizes[b])
            indep = np.outer(probs[a], probs[b]) * n_est
            scores[(a, b)] = float(np.abs(true - indep).sum())
    component = {c: c for c in columns}

    def find(c: str) -> str:
        while component[c] != c:
            component[c] = component[component[c]]
            c = component[c]
        return c

    chosen: list[tuple[str, str]] = []
    while len(chosen) < len(columns) - 1:
        candidates = [p for p in scores if find(p[0]) != find(p[1])]
        values = np.array([scores[p] for p in candidates])
        logits = eps * (values - values.max()) / 2.0  # sensitivity 1
        weights = np.exp(logits)
        pick = candidates[int(rng.choice(len(candidates), p=weights / weights.sum()))]
        chosen.append(pick)
        component[find(pick[0])] = find(pick[1])
    return chosen


def _orient(
    undirected: list[tuple[str, str]], *, root: str, columns: list[str]
) -> list[tuple[str, str]]:
    neighbours: dict[str, list[str]] = {c: [] for c in columns}
    for a, b in undirected:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen = {root}
    order: list[tuple[str, str]] = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for nxt in neighbours[node]:
            if nxt not in seen:
                seen.add(nxt)
                order.append((node, nxt))
                queue.append(nxt)
    return order


def _normalise(counts: np.ndarray) -> np.ndarray:
    clipped = np.clip(counts, 0.0, None)
    total = clipped.sum()
    if total <= 0:
        return np.full(len(counts), 1.0 / len(counts))
    return clipped / total


def _draw(rng: np.random.Generator, p: np.ndarray, n: int) -> np.ndarray:
    return rng.choice(len(p), size=n, p=p)


def _draw_conditional(
    rng: np.random.Generator, table: np.ndarray, parent_codes: np.ndarray, fallback: np.ndarray
) -> np.ndarray:
    clipped = np.clip(table, 0.0, None)
    sums = clipped.sum(axis=1, keepdims=True)
    cond = np.where(sums > 0, clipped / np.where(sums > 0, sums, 1.0), fallback[None, :])
    cdf = np.cumsum(cond, axis=1)
    cdf[:, -1] = 1.0
    u = rng.random(len(parent_codes))
    rows = cdf[parent_codes]
    return (u[:, None] > rows).sum(axis=1)
