"""Domain exceptions. Messages name the file, row/column, rule and fix; never a raw value."""

from __future__ import annotations


class ConfideError(Exception):
    """Base class of every error Confide raises on purpose."""


class ConfigError(ConfideError):
    """`params.yaml` does not match its schema; the message lists every offending key path."""


class InputDataError(ConfideError):
    """An input file cannot be read as the declared table.

    Args:
        path: the file.
        problem: what is wrong and how to fix it.
        column: the column concerned, if any.
        rows: 1-based data row numbers (header excluded) or record ids, a few examples.
    """

    def __init__(
        self,
        path: object,
        problem: str,
        *,
        column: str | None = None,
        rows: list[object] | None = None,
    ) -> None:
        self.path = str(path)
        self.column = column
        self.rows = list(rows or [])
        where = [f"file {self.path}"]
        if column is not None:
            where.append(f"column {column!r}")
        if self.rows:
            where.append("rows " + ", ".join(str(r) for r in self.rows[:5]))
        super().__init__(f"{'; '.join(where)}: {problem}")


class DataQualityError(ConfideError):
    """The data-quality gate failed; the message lists each failed expectation."""


class PrivacyBudgetError(ConfideError, ValueError):
    """A privacy setting is invalid or cannot be honoured (e.g. epsilon unreachable).

    The one class for every stage (training re-exports it from ``confide.train.errors``); it is
    also a ``ValueError`` because an out-of-range epsilon or delta is a bad value.
    """
