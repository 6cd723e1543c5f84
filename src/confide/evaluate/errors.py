"""Exceptions raised by the evaluation library."""

from __future__ import annotations

from confide.errors import ConfideError


class EvaluationError(ConfideError):
    """Inputs to an evaluation function are inconsistent (shapes, labels, masks, settings).

    Messages name the argument, the rule broken and the fix; they never contain record values.
    """
