"""Who is a member of which training run, and which training records carry planted canaries.

One-run audit (Steinke, Nasr & Jagielski 2023): `m` training records are chosen as canaries and
each is kept in the audit run's training set by an independent fair coin. The audit run is either a
*separate* run (same model, epsilon and code, seeded from the variant's audit seed, trained next to
the reference models; the deployed model keeps every training record) or the *deployed* run itself
(which then loses the dropped canaries, about m/2 rows). The attack pool is every anonymized
record; reference models (LiRA/RMIA) train on seeded random subsets of that pool, as large as the
target's training set, with the same training code and privacy budget. Separately, a few other
training records carry a planted secret (Carlini et al. 2019, "The Secret Sharer") whose exposure
is measured after training.

The audit's *unit* is the training run's privacy unit (issue 13): at unit ``person`` (every
record carries a ``group_id``; a null one is its own person) a canary is a person: one coin per
person, and all of that person's records are in or out of the audit run together, so the audit
asks "was this person in training?" and its bound is compared with the person-level epsilon.
At unit ``record`` a canary is one record, as before.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from confide.evaluate.canaries import make_canaries
from confide.train.units import RESOLVED_UNITS, person_keys

AUDIT_RUNS = ("separate", "deployed")


def unit_ids(records: pd.DataFrame, unit: str) -> pd.Series:
    """Audit unit of each record: its person at unit ``person``, the record itself otherwise."""
    if unit not in RESOLVED_UNITS:
        raise ValueError(f"unit: unknown {unit!r}; known: {list(RESOLVED_UNITS)}")
    return person_keys(records) if unit == "person" else records["record_id"].astype(str)


def canary_budget(n_train: int, *, m: int, audit_run: str) -> int:
    """How many canaries fit: every training unit for a separate audit run, half otherwise.

    With the deployed run as audit run each dropped canary is training data the deployed model
    loses, so at most half the training split is put at stake. ``n_train`` counts audit units
    (persons at unit person, records at unit record).
    """
    if audit_run not in AUDIT_RUNS:
        raise ValueError(f"audit_run: unknown {audit_run!r}; known: {list(AUDIT_RUNS)}")
    return min(m, n_train if audit_run == "separate" else n_train // 2)


def plan_canaries(records: pd.DataFrame, *, m: int, seed: int, audit_run: str = "separate",
                  unit: str = "record") -> pd.DataFrame:
    """Pick up to `m` training units as canaries and flip each one's inclusion coin.

    A unit is a person at ``unit="person"`` (all of the person's records share one coin and
    are dropped together) and a record otherwise.

    Returns:
        One row per canary record: ``record_id``, ``canary`` (its unit), ``included`` (the
        unit's coin), ``audit_run`` and ``unit``, sorted by unit then record id.
    """
    train = records.loc[records["split"] == "train"]
    units = unit_ids(train, unit)
    candidates = np.sort(units.unique().astype(str))
    m = canary_budget(len(candidates), m=m, audit_run=audit_run)
    rng = np.random.default_rng([seed, 0xC0A])
    chosen = np.sort(rng.choice(candidates, size=m, replace=False)) if m else candidates[:0]
    coin = dict(zip(chosen, rng.random(m) < 0.5, strict=True))
    rows = pd.DataFrame({"record_id": train["record_id"].to_numpy(dtype=str),
                         "canary": units.to_numpy(dtype=str)})
    rows = rows[rows["canary"].isin(coin)].sort_values(["canary", "record_id"], kind="stable")
    return pd.DataFrame({"record_id": rows["record_id"].to_numpy(dtype=str),
                         "canary": rows["canary"].to_numpy(dtype=str),
                         "included": rows["canary"].map(coin).to_numpy(dtype=bool),
                         "audit_run": np.full(len(rows), audit_run, dtype=object),
                         "unit": np.full(len(rows), unit, dtype=object)})


def plan_unit(canaries: pd.DataFrame) -> str:
    """The unit a canary plan was drawn at (plans written before units existed: record)."""
    return str(canaries["unit"].iloc[0]) if "unit" in canaries and len(canaries) else "record"


def canary_units(canaries: pd.DataFrame) -> pd.Series:
    """Unit of each canary record (plans written before units existed: the record itself)."""
    return canaries["canary"] if "canary" in canaries else canaries["record_id"]


def n_canaries(canaries: pd.DataFrame) -> int:
    """Number of canaries m (persons or records), not of canary records."""
    return int(canary_units(canaries).nunique())


def audit_run_of(canaries: pd.DataFrame) -> str:
    """The plan's audit run ("separate" or "deployed"); plans without the column are "deployed"."""
    if "audit_run" in canaries and len(canaries):
        return str(canaries["audit_run"].iloc[0])
    return "deployed" if len(canaries) else "separate"


def plan_secrets(records: pd.DataFrame, *, n: int, seed: int, n_digits: int,
                 exclude: pd.Series) -> pd.DataFrame:
    """Choose `n` training records (not one-run canaries) to carry a random secret each.

    Returns:
        ``record_id``, ``label`` and ``secret`` (the canary sentence), one row per planted record.
    """
    eligible = records[(records["split"] == "train") & ~records["record_id"].isin(set(exclude))]
    n = min(n, len(eligible))
    if n == 0:
        return pd.DataFrame({"record_id": [], "label": [], "secret": []})
    rng = np.random.default_rng([seed, 0x5EC])
    rows = eligible.iloc[np.sort(rng.choice(len(eligible), size=n, replace=False))]
    # One token per secret ("... is 402918374"), like a record number: space-separated single
    # digits would be invisible to word-level featurizers and could not be memorised at all.
    secrets = [re.sub(r"(?<=\d) (?=\d)", "", c) for c in make_canaries(n=n, seed=seed, n_digits=n_digits)]
    return pd.DataFrame({"record_id": rows["record_id"].to_numpy(), "label": rows["label"].to_numpy(),
                         "secret": secrets})


def plant_secrets(records: pd.DataFrame, secrets: pd.DataFrame) -> pd.DataFrame:
    """The records with each planted secret appended to its record's text (row order kept)."""
    out = records.copy()
    by_id = dict(zip(secrets["record_id"], secrets["secret"], strict=True))
    carries = out["record_id"].isin(by_id)
    out.loc[carries, "text"] = out.loc[carries, "text"] + " " + out.loc[carries, "record_id"].map(by_id)
    return out


def audit_training_rows(records: pd.DataFrame, canaries: pd.DataFrame) -> pd.Series:
    """Mask of the records the one-run audit run trains on: the train split minus dropped canaries."""
    dropped = set(canaries.loc[~canaries["included"], "record_id"])
    return (records["split"] == "train") & ~records["record_id"].isin(dropped)


def training_rows(records: pd.DataFrame, canaries: pd.DataFrame) -> pd.Series:
    """Mask of the records the deployed model trains on.

    The whole train split when the audit run is separate; the train split minus dropped
    canaries when the deployed run is the audit run.
    """
    if audit_run_of(canaries) == "separate":
        return records["split"] == "train"
    return audit_training_rows(records, canaries)


def unit_index(units: pd.Series | np.ndarray) -> tuple[np.ndarray, int]:
    """Integer code of each row's unit (0..n_units-1, in sorted unit order) and the count."""
    codes, uniques = pd.factorize(pd.Series(np.asarray(units, dtype=str)), sort=True)
    return codes.astype(np.int64), len(uniques)


def attack_pool(records: pd.DataFrame) -> pd.DataFrame:
    """Every anonymized record in a fixed order (the rows that attacks score)."""
    return records.sort_values("record_id", kind="stable").reset_index(drop=True)
