"""The one-run audit's canaries: which training units are canaries and each one's coin.

One-run audit (Steinke, Nasr & Jagielski 2023): ``m`` training units are chosen as canaries and
each is kept in the audit run's training set by an independent fair coin. The audit run is either
a *separate* run (same model, epsilon and code, seeded from the variant's audit seed, trained next
to the reference models; the deployed model keeps every training record) or the *deployed* run
itself (which then loses the dropped canaries, about m/2 units).

At unit ``person`` a canary is a person: one coin per person, and all of that person's records are
in or out of the audit run together, so the audit asks "was this person in training?" and its
bound is compared with the person-level epsilon. At unit ``record`` a canary is one record.

Seeds (issue 12, item 7): with ``evaluate.canaries.vary_with_seed`` each training seed draws its
own canaries and coins (:func:`variant_canaries`, from :func:`confide.audit.seeds.audit_seed`). A
shared plan (``audit_run: deployed``, or canaries not varied) is drawn by rule plan_audit from the
records every seed's split trains on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from confide.audit.pool import pool_order, unit_ids
from confide.audit.seeds import audit_seed
from confide.evaluate.errors import EvaluationError

AUDIT_RUNS = ("separate", "deployed")


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


def plan_hash(canaries: pd.DataFrame) -> str:
    """A 16-hex-digit digest of a canary plan (which records, which coins), to match two jobs."""
    rows = canaries.iloc[pool_order(canaries)]
    text = "\n".join(f"{r}\t{int(i)}" for r, i in zip(rows["record_id"], rows["included"], strict=True))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def canaries_vary(canaries: Mapping[str, Any], *, audit_run: str) -> bool:
    """Whether each training seed draws its own canaries (``evaluate.canaries`` section).

    Only a separate audit run can: the deployed run's training rows depend on the shared plan.
    """
    return bool(canaries["vary_with_seed"]) and audit_run == "separate"


def variant_canaries(*, records: pd.DataFrame, plan: pd.DataFrame, evaluate: Mapping[str, Any],
                     variant_seed: int, unit: str) -> tuple[pd.DataFrame, bool]:
    """The canary plan one training seed audits, and whether it is drawn for that seed.

    With ``evaluate.canaries.vary_with_seed`` and a separate audit run, the canaries and their
    coins are drawn from :func:`confide.audit.seeds.audit_seed` of the variant's seed (at ``unit``); otherwise the
    shared plan of rule plan_audit is used, and it must have been drawn at ``unit``.
    """
    cfg = evaluate["canaries"]
    if not len(plan):
        return plan, False
    run = audit_run_of(plan)
    if canaries_vary(cfg, audit_run=run):
        seed = audit_seed(evaluate["seed"], variant_seed)
        return plan_canaries(records, m=int(cfg["one_run_m"]), seed=seed, audit_run=run, unit=unit), True
    if plan_unit(plan) != unit:
        raise EvaluationError(
            f"results/audit/canaries.parquet was planned at unit {plan_unit(plan)} but the run "
            f"protects unit {unit}; re-run rule plan_audit (train.privacy_unit changed?)")
    return plan, False


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
