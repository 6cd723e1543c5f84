"""Public domains of columns (category lists, numeric bounds) and their discretisation.

A differentially private synthesizer must not read its domain from the private data: pass a
public domain (from the data dictionary, e.g. `NHANES_DOMAIN` in ``bench/corpora.py``). When
none is given, `infer_domain` reads it from the data and the result says so, so the ledger can
record that the category lists and bounds are not covered by the guarantee.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from confide.errors import ConfigError
from confide.synthesize.columns import is_categorical


@dataclass(frozen=True)
class ColumnDomain:
    """Domain of one column: categories, or numeric bounds (integers or reals).

    Every column also gets one extra code for missing values, whether or not any is present,
    so the histogram shape never depends on the data.
    """

    name: str
    kind: str  # "categorical" | "numeric"
    categories: tuple[Any, ...] = ()
    lower: float = 0.0
    upper: float = 0.0
    integer: bool = False

    @classmethod
    def from_dict(cls, name: str, spec: dict[str, Any]) -> ColumnDomain:
        """Read ``{"categories": [...]}`` or ``{"lower", "upper", "integer"}``."""
        if "categories" in spec:
            cats = tuple(spec["categories"])
            if not cats:
                raise ConfigError(f"domain of column {name!r}: 'categories' must not be empty")
            return cls(name=name, kind="categorical", categories=cats)
        try:
            lower, upper = float(spec["lower"]), float(spec["upper"])
        except KeyError as exc:
            raise ConfigError(
                f"domain of column {name!r}: give 'categories' or both 'lower' and 'upper'"
            ) from exc
        if not lower < upper:
            raise ConfigError(f"domain of column {name!r}: 'lower' must be below 'upper'")
        return cls(
            name=name, kind="numeric", lower=lower, upper=upper, integer=bool(spec.get("integer"))
        )

    def edges(self, n_bins: int) -> np.ndarray:
        """Bin edges of a numeric column (one bin per integer when that fits in ``n_bins``)."""
        if self.integer and self.upper - self.lower + 1 <= n_bins:
            return np.arange(self.lower - 0.5, self.upper + 1.0, 1.0)
        return np.linspace(self.lower, self.upper, n_bins + 1)

    def size(self, n_bins: int) -> int:
        """Return the number of codes, the missing code included."""
        if self.kind == "categorical":
            return len(self.categories) + 1
        return len(self.edges(n_bins)) - 1 + 1


def infer_domain(df: pd.DataFrame, columns: list[str]) -> dict[str, ColumnDomain]:
    """Read a domain from the data itself (NOT private: it reveals values and bounds)."""
    out: dict[str, ColumnDomain] = {}
    for col in columns:
        series = df[col]
        values = series.dropna()
        if is_categorical(series):
            cats = tuple(sorted(values.unique().tolist(), key=str))
            out[col] = ColumnDomain(name=col, kind="categorical", categories=cats or ("",))
        else:
            lower = float(values.min()) if len(values) else 0.0
            upper = float(values.max()) if len(values) else 1.0
            integer = bool(len(values)) and bool(np.all(np.mod(values.to_numpy(float), 1) == 0))
            if upper <= lower:
                upper = lower + 1.0
            out[col] = ColumnDomain(
                name=col, kind="numeric", lower=lower, upper=upper, integer=integer
            )
    return out


def resolve_domain(
    df: pd.DataFrame, columns: list[str], public: dict[str, dict[str, Any]] | None
) -> tuple[dict[str, ColumnDomain], list[str]]:
    """Use the public domain where given; infer the rest. Returns the domain and inferred names."""
    public = public or {}
    missing = [c for c in columns if c not in public]
    domain = infer_domain(df, missing)
    for col in columns:
        if col in public:
            domain[col] = ColumnDomain.from_dict(col, public[col])
    return {c: domain[c] for c in columns}, missing


def encode(series: pd.Series, dom: ColumnDomain, n_bins: int) -> np.ndarray:
    """Map values to codes ``0..size-1``; the last code is 'missing'. Out-of-domain values clip."""
    size = dom.size(n_bins)
    codes = np.full(len(series), size - 1, dtype=np.int64)
    present = series.notna().to_numpy()
    if dom.kind == "categorical":
        lookup = {c: i for i, c in enumerate(dom.categories)}
        mapped = series[present].map(lookup)
        if mapped.isna().any():
            raise ConfigError(
                f"column {dom.name!r}: {int(mapped.isna().sum())} value(s) outside the declared "
                "categories; add them to the domain"
            )
        codes[present] = mapped.to_numpy(np.int64)
    else:
        edges = dom.edges(n_bins)
        values = np.clip(series[present].to_numpy(float), edges[0], edges[-1])
        idx = np.searchsorted(edges, values, side="right") - 1
        codes[present] = np.clip(idx, 0, len(edges) - 2)
    return codes


def decode(
    codes: np.ndarray, dom: ColumnDomain, n_bins: int, rng: np.random.Generator
) -> pd.Series:
    """Map codes back to values: a category, or a uniform draw inside the numeric bin."""
    size = dom.size(n_bins)
    missing = codes == size - 1
    if dom.kind == "categorical":
        cats = np.array(list(dom.categories) + [None], dtype=object)
        out = pd.Series(cats[codes], name=dom.name, dtype=object)
        out[missing] = np.nan
        return out
    edges = dom.edges(n_bins)
    safe = np.where(missing, 0, codes)
    lo, hi = edges[safe], edges[safe + 1]
    if dom.integer:
        lo_i = np.ceil(np.maximum(lo, dom.lower))
        last = safe == len(edges) - 2
        hi_i = np.where(last, np.floor(np.minimum(hi, dom.upper)), np.ceil(hi) - 1)
        hi_i = np.maximum(hi_i, lo_i)
        values = lo_i + np.floor(rng.random(len(codes)) * (hi_i - lo_i + 1))
        values = np.minimum(values, hi_i)
    else:
        values = lo + rng.random(len(codes)) * (hi - lo)
    values = values.astype(float)
    values[missing] = np.nan
    return pd.Series(values, name=dom.name)
