"""The privacy unit, in one place: who a run protects and which person each record belongs to.

Training (``confide.train.person``) and the audit (``confide.audit``) both
read these, so "person" means the same thing on both sides. Torch-free, so that planning an
audit does not import it.
"""

from __future__ import annotations

import pandas as pd

from confide.train.config import choices
from confide.train.errors import TrainConfigError

#: Units a run resolves to (``auto``, the schema's third choice of train.privacy_unit, resolves to
#: one of these against the records).
RESOLVED_UNITS = ("person", "record")


def person_keys(records: pd.DataFrame) -> pd.Series:
    """The person of each record: ``group_id`` when present, else the record itself."""
    if "record_id" not in records.columns:
        raise TrainConfigError("person-level training and audits need a 'record_id' column")
    ids = "record:" + records["record_id"].astype(str)
    if "group_id" not in records.columns:
        return ids
    return records["group_id"].astype("string").where(records["group_id"].notna(), ids).astype(str)


def resolve_privacy_unit(unit: str | None, records: pd.DataFrame) -> str:
    """Return ``person`` or ``record``: ``auto`` is person when any record has a ``group_id``.

    ``None`` (a ledger or config from before privacy units existed) is ``record``.
    """
    if unit is None:
        return "record"
    if unit not in choices("privacy_unit"):
        raise TrainConfigError(f"train.privacy_unit={unit!r} is not one of {list(choices('privacy_unit'))}")
    if unit != "auto":
        return unit
    has_persons = "group_id" in records.columns and bool(records["group_id"].notna().any())
    return "person" if has_persons else "record"
