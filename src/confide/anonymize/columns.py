"""Which columns may cross the PII boundary, and how: the column policy of ``anonymize.columns``.

Every column of the records table is accounted for before anything is written:

* managed by the stage: ``record_id`` (keyed pseudonym), the text column (text anonymizer), the
  group column (keyed pseudonym), ``label`` (kept: class names are not protected) and ``split``;
* declared quasi-identifiers that exist (generalized, then k enforced);
* every other column by its policy in ``anonymize.columns``: ``text`` (run through the text
  anonymizer), ``safe`` (kept as it is: the user vouches it identifies nobody) or ``drop``. A
  policy key may be a glob pattern (``phq9_*``); an exact name wins over a pattern; a pattern
  never marks a text column ``safe`` (that takes the column's own entry);
* columns with no value at all are kept (they carry nothing); any other undeclared column is
  refused, whatever its type: an SSN, phone number or MRN stored as an integer identifies a person
  as well as one stored as text. The refusal names the column and its kind, never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

import pandas as pd

from confide.anonymize.errors import AnonymizationError
from confide.anonymize.pseudonym import keyed_digest

POLICIES = ("text", "safe", "drop")
RECORD_ID = "record_id"
#: Columns the stage itself handles, whatever the config; they take no policy.
FIXED_MANAGED = (RECORD_ID, "label", "split")
#: Quasi-identifier roles with a generalization (``confide.anonymize.tabular``); no other role may
#: be declared, since its column would skip the column policy and cross raw.
GENERALIZED_ROLES = ("age", "zip", "gender", "date")


@dataclass(frozen=True)
class ColumnPlan:
    """What happens to each non-managed column (names only, in table order)."""

    text: list[str] = field(default_factory=list)
    safe: list[str] = field(default_factory=list)
    drop: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # undeclared and without any value: kept

    def summary(self) -> dict[str, list[str]]:
        """Column names per treatment, for the stage summary (names, never values)."""
        return {"text": self.text, "safe": self.safe, "drop": self.drop, "empty": self.empty}


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
        elif _is_pattern(str(name)):
            continue  # a pattern never reaches a managed or quasi-identifier column
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
    ungeneralized = [r for r in config["tabular"]["quasi_identifiers"] if r not in GENERALIZED_ROLES]
    if ungeneralized:
        problems.append(
            f"anonymize.tabular.quasi_identifiers: {ungeneralized} have no generalization (only "
            f"{', '.join(GENERALIZED_ROLES)} do), so their columns would cross raw; remove them there "
            "and give each column a policy in anonymize.columns (text, drop, or safe)"
        )
    text = sorted(str(name) for name, policy in columns.items() if policy == "text")
    if text and not config["enabled"]:
        problems.append(
            f"anonymize.columns: {text} are declared text, but anonymize.enabled is false, so they "
            "would cross the boundary raw while declared anonymized; set anonymize.enabled: true, "
            "or declare them safe (kept as is: you vouch they identify nobody) or drop"
        )
    return problems


def _is_pattern(name: str) -> bool:
    return any(c in name for c in "*?[")


def column_policy(name: str, policies: Mapping[str, str]) -> str | None:
    """The policy of column ``name``: its own entry, else the one of the glob patterns matching it.

    Raises:
        AnonymizationError: patterns with different policies match the column (names only).
    """
    if name in policies:
        return policies[name]
    matched = {p: policies[p] for p in policies if _is_pattern(str(p)) and fnmatchcase(name, str(p))}
    if len(set(matched.values())) > 1:
        raise AnonymizationError(
            f"rule anonymize_records: column {name!r} matches anonymize.columns patterns "
            f"{sorted(matched)} with different policies; add an entry for the column itself"
        )
    return next(iter(matched.values()), None)


def _kind(values: pd.Series) -> str:
    """What a column holds, in words (from its type only, never its values)."""
    if pd.api.types.is_bool_dtype(values):
        return "booleans"
    if pd.api.types.is_numeric_dtype(values):
        return "numbers"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "dates"
    return "text"


def plan_columns(records: pd.DataFrame, *, config: Mapping[str, Any]) -> ColumnPlan:
    """Assign every column of ``records`` a treatment, or refuse the table (config resolved).

    Raises:
        AnonymizationError: naming every undeclared column that holds any value (text, numbers,
            dates, categories), its kind and the ``params.yaml`` entry that would declare it.
            Never a cell value.

    Example:
        >>> from confide.anonymize.config import resolve_config
        >>> frame = pd.DataFrame({"record_id": ["a"], "text": ["t"], "occupation": ["nurse"],
        ...                       "phq9_1": [3], "notes": [None]})
        >>> policies = {"occupation": "text", "phq9_*": "safe"}
        >>> plan_columns(frame, config=resolve_config({"columns": policies})).summary()
        {'text': ['occupation'], 'safe': ['phq9_1'], 'drop': [], 'empty': ['notes']}
    """
    from confide.ingest.split import is_seed_column  # the split stage's split_seed_<s> columns

    managed = set(managed_columns(config))
    qis = set(quasi_identifier_columns(config).values())
    policies = config["columns"]
    plan = ColumnPlan()
    undeclared: dict[str, str] = {}
    globbed_safe_text: list[str] = []
    for column in records.columns:
        name = str(column)
        if name in managed or name in qis or is_seed_column(name):
            continue
        policy = column_policy(name, policies)
        if policy == "safe" and name not in policies and _kind(records[column]) == "text":
            globbed_safe_text.append(name)
        elif policy is not None:
            getattr(plan, policy).append(name)
        elif records[column].isna().all():
            plan.empty.append(name)
        else:
            undeclared[name] = _kind(records[column])
    if undeclared:
        raise AnonymizationError(_undeclared_message(undeclared))
    if globbed_safe_text:
        # Free text is where identifiers hide: vouching for it must be a decision per column.
        raise AnonymizationError(
            f"rule anonymize_records: text column(s) {globbed_safe_text} are declared safe only "
            "through a glob pattern in anonymize.columns; a pattern may mark numbers safe, but a "
            "text column crosses raw only when named on its own (e.g. anonymize: {columns: "
            f"{{{globbed_safe_text[0]}: safe}}}}) — or declare it text or drop"
        )
    return plan


def _undeclared_message(undeclared: Mapping[str, str]) -> str:
    """The refusal of columns without a policy: names and kinds, the entries to add, no values."""
    kinds = ", ".join(f"{name!r} ({kind})" for name, kind in undeclared.items())
    # The suggestion never says safe: that is the user's call, after looking at the column.
    entries = ", ".join(f"{name}: {'text' if kind == 'text' else 'drop'}"
                        for name, kind in undeclared.items())
    return (
        f"rule anonymize_records: column(s) {kinds} have no column policy, so they could carry "
        "identifiers past anonymization (an SSN, phone or record number stored as a number "
        "identifies a person too). Declare each in params.yaml under anonymize.columns as text "
        "(run through the text anonymizer), safe (kept as is: you vouch it identifies nobody, "
        "e.g. a score or measurement) or drop; a glob such as phq9_* declares several, e.g. "
        f"anonymize: {{columns: {{{entries}}}}}"
    )


def record_pseudonym(record_id: str, *, key: bytes, prefix: str, length: int) -> str:
    """Keyed pseudonym of a record id: stable under one key, unrelated under another.

    Derived under its own sub-key, so a record id equal to a person id gets a different pseudonym.
    """
    return prefix + keyed_digest(str(record_id), key=key, purpose="record")[:length]


def pseudonymize_record_ids(ids: pd.Series, *, key: bytes, prefix: str, length: int) -> pd.Series:
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
