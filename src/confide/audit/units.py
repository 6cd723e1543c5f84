"""Audit units: per-record attack scores combined into one score per person (or record).

At privacy unit ``person`` the question is "was this person in training?": all of a person's
records are in or out together, and the person's score is the mean of their records' attack
scores. The mean was fixed in advance, before looking at results: it keeps persons with one
record and persons with thirty on one scale (a sum would rank persons by how many records they
have under the threshold attack, whose scores are log-probabilities), and for the calibrated
attacks (LiRA, RMIA) it still grows with every record that leaks. ``max`` and ``sum`` are
available for other designs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from confide.evaluate._checks import as_1d
from confide.evaluate.errors import EvaluationError

#: How a unit's record scores become the unit's score.
UNIT_SCORES = ("mean", "sum", "max")


def unit_codes(units: Sequence[int] | np.ndarray, n_rows: int) -> tuple[np.ndarray, int]:
    """Validated integer unit codes (0..n_units-1, every code used) and the number of units."""
    u = np.asarray(units)
    if u.shape != (n_rows,) or not np.issubdtype(u.dtype, np.integer):
        raise EvaluationError(f"units: expected {n_rows} integer unit codes, got {u.dtype} {u.shape}")
    if n_rows == 0:
        return u.astype(np.int64), 0
    n_units = int(u.max()) + 1
    if u.min() < 0 or np.bincount(u, minlength=n_units).min() == 0:
        raise EvaluationError("units: codes must be 0..n_units-1 with every code used "
                              "(confide.audit.pool.unit_index makes them)")
    return u.astype(np.int64), n_units


def unit_scores(scores: Sequence[float] | np.ndarray, units: Sequence[int] | np.ndarray, *,
                how: str = "mean") -> np.ndarray:
    """One score per unit from its records' scores (``how``: mean, sum or max)."""
    s = as_1d("scores", scores)
    u, n_units = unit_codes(units, s.size)
    if how == "max":
        out = np.full(n_units, -np.inf)
        np.maximum.at(out, u, s)
        return out
    if how not in UNIT_SCORES:
        raise EvaluationError(f"unit score: unknown {how!r}; known: {list(UNIT_SCORES)}")
    total = np.bincount(u, weights=s, minlength=n_units)
    return total if how == "sum" else total / np.bincount(u, minlength=n_units)


def unit_membership(is_member: Sequence[bool] | np.ndarray, units: Sequence[int] | np.ndarray,
                    *, what: str = "pool_is_member") -> np.ndarray:
    """Membership of each unit; every record of a unit must be on the same side.

    Raises:
        EvaluationError: a unit (person) has records both in and out of training, so "was this
            person in training?" has no answer; the message counts such units, never names them.
    """
    member = np.asarray(is_member)
    u, n_units = unit_codes(units, member.size)
    if member.dtype != bool:
        raise EvaluationError(f"{what}: expected booleans, got {member.dtype}")
    n_in = np.bincount(u, weights=member, minlength=n_units)
    size = np.bincount(u, minlength=n_units)
    mixed = int(np.sum((n_in > 0) & (n_in < size)))
    if mixed:
        raise EvaluationError(
            f"{what}: {mixed} unit(s) have records both in and out of training; a person-level "
            "audit needs each person's records on one side (plan canaries and reference models "
            "at unit person: confide.audit.canaries.plan_canaries(unit='person'), "
            "confide.audit.references.reference_masks)")
    return n_in > 0

