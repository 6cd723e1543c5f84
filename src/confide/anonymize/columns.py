"""Which columns may cross the PII boundary, and how: the column policy of ``anonymize.columns``.

Every column of the records table is accounted for before anything is written:

* managed by the stage: ``record_id`` (keyed pseudonym), the text column (text anonymizer), the
  group column (keyed pseudonym), ``label`` (kept: class names are not protected) and ``split``;
* declared quasi-identifiers that exist (generalized, then k enforced);
* every other column by its policy in ``anonymize.columns``: ``text`` (run through the text
  anonymizer), ``safe`` (kept as it is: the user vouches it identifies nobody) or ``drop``;
* undeclared numeric (or boolean) columns, and columns with no value at all, are kept; an
  undeclared column holding anything else (strings, dates, categories) is refused, naming the
  column, never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from confide.anonymize.errors import AnonymizationError
from confide.anonymize.pseudonym import keyed_digest

POLICIES = ("text", "safe", "drop")
RECORD_ID = "record_id"
#: Columns the stage itself handles, whatever the config; they take no policy.
FIXED_MANAGED = (RECORD_ID, "label", "split")


@dataclass(frozen=True)
class ColumnPlan:
    """What happens to each non-managed column (names only, in table order)."""

    text: list[str] = field(default_factory=list)
    safe: list[str] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)
    numeric: list[str] = field(default_factory=list)  # undeclared, numeric or empty: kept

    def summary(self) -> dict[str, list[str]]:
        """Column names per treatment, for the stage summary (names, never values)."""
        return {"text": self.text, "safe": self.safe, "drop": self.drop,
                "numeric_or_empty": self.numeric}


def managed_columns(config: Mapping[str, Any]) -> list[str]:
    """Columns the stage handles itself: record id, text, group, label, split (config resolved)."""
    return list(dict.fromkeys([*FIXED_MANAGED, config["text_column"], config["group_column"]]))


def quasi_identifier_columns(config: Mapping[str, Any]) -> dict[str, str]:
    """Role -> column for every declared quasi-identifier (whether or not a table has it)."""
    tab = config["tabular"]
    return {role: str(tab.get(f"{role}_column", role)) for role in tab["quasi_identifiers"]}


def policy_problems(config: Mapping[str, Any]) -> list[str]:
    """Config problems of ``anonymize.columns`` (for :func:`resolve_config`'s one error)."""
    columns = config["columns"]
    if not isinstance(columns, Mapping):
        return ["anonymize.columns: must be a mapping of column -> text | safe | drop"]
    problems = []
    managed = set(managed_columns(config))
    qis = set(quasi_identifier_columns(config).values())
    for name, policy in columns.items():
        if policy not in POLICIES:
            problems.append(f"anonymize.columns.{name}: {policy!r} not in {list(POLICIES)}")
        elif name in managed:
            problems.append(
                f"anonymize.columns.{name}: the stage handles this column itself "
                f"({', '.join(sorted(managed))} take no policy); remove the entry"
            )
        elif name in qis:
            problems.append(
                f"anonymize.columns.{name}: declared a quasi-identifier in "
                "anonymize.tabular.quasi_identifiers; remove it there or remove this entry"
            )
    return problems


def _holds_only_numbers(values: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(values) or values.isna().all()


def plan_columns(records: pd.DataFrame, *, config: Mapping[str, Any]) -> ColumnPlan:
    """Assign every column of ``records`` a treatment, or refuse the table (config resolved).

    Raises:
        AnonymizationError: naming every undeclared column that holds text, dates or categories,
            and the ``params.yaml`` entry that would declare it. Never a cell value.

    Example:
        >>> from confide.anonymize.config import resolve_config
        >>> frame = pd.DataFrame({"record_id": ["a"], "text": ["t"], "occupation": ["nurse"],
        ...                       "score": [3]})
        >>> plan_columns(frame, config=resolve_config({"columns": {"occupation": "text"}})).summary()
        {'text': ['occupation'], 'safe': [], 'drop': [], 'numeric_or_empty': ['score']}
    """
    managed = set(managed_columns(config))
    qis = set(quasi_identifier_columns(config).values())
    policies = config["columns"]
    plan = ColumnPlan()
    undeclared = []
    for column in records.columns:
        name = str(column)
        if name in managed or name in qis:
            continue
        policy = policies.get(name)
        if policy is not None:
            getattr(plan, policy).append(name)
        elif _holds_only_numbers(records[column]):
            plan.numeric.append(name)
        else:
            undeclared.append(name)
    if undeclared:
        entries = ", ".join(f"{name}: text" for name in undeclared)
        raise AnonymizationError(
            f"rule anonymize_records: column(s) {undeclared} hold text (or dates, categories) and "
            "have no column policy, so they could carry identifiers past anonymization. Declare "
            "each in params.yaml under anonymize.columns as text (run through the text "
            "anonymizer), safe (kept as is: you vouch it identifies nobody) or drop, e.g. "
            f"anonymize: {{columns: {{{entries}}}}}"
        )
    return plan


def record_pseudonym(record_id: str, *, key: bytes, prefix: str = "record_", length: int = 16) -> str:
    """Keyed pseudonym of a record id: stable under one key, unrelated under another.

    Derived under its own sub-key, so a record id equal to a person id gets a different pseudonym.
    """
    return prefix + keyed_digest(str(record_id), key=key, purpose="record")[:length]


def pseudonymize_record_ids(
    ids: pd.Series, *, key: bytes, prefix: str = "record_", length: int = 16
) -> pd.Series:
    """Replace every record id by :func:`record_pseudonym` (missing ids stay missing).

    Raises:
        AnonymizationError: two different ids got one pseudonym (raise ``length``).
    """
    raw = ids.tolist()
    out = [v if _is_missing(v) else record_pseudonym(str(v), key=key, prefix=prefix, length=length)
           for v in raw]
    distinct_in = {str(v) for v in raw if not _is_missing(v)}
    distinct_out = {v for v in out if not _is_missing(v)}
    if len(distinct_out) < len(distinct_in):
        raise AnonymizationError(
            f"rule anonymize_records: {len(distinct_in) - len(distinct_out)} record-id pseudonym "
            "collision(s); raise anonymize.record_pseudonym.length in params.yaml"
        )
    return pd.Series(out, index=ids.index, dtype=object)


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)
