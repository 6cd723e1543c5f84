"""The audit pool: every anonymized record in one fixed order, its units, and who trained on what.

Every array over the pool (attack scores, reference masks, the reference file's ``p_true``) is in
*pool order*, which :func:`pool_order` alone defines: by record id compared as text, so that the
jobs that write those arrays and the job that reads them agree whatever type the ids were read
as (``7`` and ``"7"`` are one id; ``"10"`` sorts before ``"9"``).

The audit's *unit* is the training run's privacy unit (issue 13): a person at unit ``person``
(every record carries a ``group_id``; a null one is its own person), the record itself otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from confide.train.units import RESOLVED_UNITS, person_keys


def pool_key(records: pd.DataFrame) -> np.ndarray:
    """The key the pool is ordered by: each record's id as text."""
    return records["record_id"].to_numpy(dtype=str)


def pool_order(records: pd.DataFrame) -> np.ndarray:
    """Row positions of ``records`` in pool order (by :func:`pool_key`, stable)."""
    return np.argsort(pool_key(records), kind="stable")


def attack_pool(records: pd.DataFrame) -> pd.DataFrame:
    """Every anonymized record in pool order (the rows that attacks score)."""
    return records.iloc[pool_order(records)].reset_index(drop=True)


def pool_rows(features: np.ndarray | None, positions: np.ndarray) -> np.ndarray | None:
    """The feature rows at ``positions`` (None when the model needs no features)."""
    return None if features is None else features[positions]


def unit_ids(records: pd.DataFrame, unit: str) -> pd.Series:
    """Audit unit of each record: its person at unit ``person``, the record itself otherwise."""
    if unit not in RESOLVED_UNITS:
        raise ValueError(f"unit: unknown {unit!r}; known: {list(RESOLVED_UNITS)}")
    return person_keys(records) if unit == "person" else records["record_id"].astype(str)


def unit_index(units: pd.Series | np.ndarray) -> tuple[np.ndarray, int]:
    """Integer code of each row's unit (0..n_units-1, in sorted unit order) and the count."""
    codes, uniques = pd.factorize(pd.Series(np.asarray(units, dtype=str)), sort=True)
    return codes.astype(np.int64), len(uniques)


def record_members(pool: pd.DataFrame, unit_member: np.ndarray, *, ledger: Mapping[str, Any],
                   seed: int) -> np.ndarray:
    """Records a run really trained on: its training units' records that the per-person cap kept.

    ``unit_member`` is the run's membership mask over ``pool`` (whole persons at unit person);
    the cap is a function of ``(seed, record_id)`` within each person
    (:func:`confide.train.rows_used`), so it is applied to the whole pool with the run's own
    training seed. ``ledger`` gives the run's ``privacy_unit`` and ``max_records_per_person``
    (ledgers without them trained every row).
    """
    from confide.train.person import rows_used

    member = np.asarray(unit_member, dtype=bool)
    if (ledger.get("privacy_unit") or "record") != "person" or ledger.get("max_records_per_person") is None:
        return member.copy()
    config = {"privacy_unit": "person", "max_records_per_person": int(ledger["max_records_per_person"])}
    return member & rows_used(pool, config=config, seed=int(seed))
