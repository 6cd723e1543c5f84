"""Privacy-utility evaluation of trained variants (the audit itself is :mod:`confide.audit`).

Utility with bootstrap intervals, per-group gaps and attribute inference, and the per-variant
entry points: :func:`~confide.evaluate.variant.evaluate_variant` (arrays in) and
:func:`~confide.evaluate.assess.assess_variant` (a trained model and its records in). Exports
load lazily, so the audit modules can use this package's checks without an import cycle.
"""

from __future__ import annotations

from confide._lazy import lazy_getattr

_EXPORTS = {
    "EvaluationError": "confide.evaluate.errors",
    "assess_variant": "confide.evaluate.assess",
    "attribute_inference": "confide.evaluate.attribute",
    "evaluate_variant": "confide.evaluate.variant",
    "gap_vs_epsilon": "confide.evaluate.groups",
    "group_metrics": "confide.evaluate.groups",
    "jsonable": "confide.evaluate.io",
    "utility_metrics": "confide.evaluate.utility",
    "variant_options": "confide.evaluate.variant",
    "write_json": "confide.evaluate.io",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)
