"""The ``anonymize:`` section of params.yaml: its reader and the rules its schema cannot express.

Defaults, types, bounds and enums live in the packaged schema (``confide/schemas/params.schema.yaml``,
section ``anonymize``): a section given in part keeps the defaults of every key it leaves out, nested
ones included (lists replace lists). :func:`check` adds what a schema cannot say.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from confide.anonymize.columns import policy_problems
from confide.anonymize.errors import AnonymizeConfigError
from confide.config import read_section


def resolve_config(config: Mapping[str, Any] | None) -> dict[str, Any]:
    """The ``anonymize:`` section with the schema's defaults filled in (every problem in one error).

    Raises:
        AnonymizeConfigError: listing each offending key path and the allowed values.
    """
    return read_section("anonymize", config, check=check, error=AnonymizeConfigError)


def check(cfg: Mapping[str, Any]) -> list[str]:
    """The problems of a schema-valid ``anonymize:`` section that its schema cannot express.

    Warns when anonymization is off (free text keeps its identifiers) and when tabular generalization
    keeps ZIP digits or date parts that Safe Harbor removes (allowed: an expert determination may).
    """
    from confide.anonymize.operators import get_operator  # the registry, not a copy of its names

    problems = []
    edges = cfg["tabular"]["age_band_edges"]
    if edges != sorted(set(edges)):
        problems.append("anonymize.tabular.age_band_edges: must be strictly increasing whole numbers")
    for etype, spec in cfg["operators"].items():
        try:
            get_operator(spec.get("operator"))
        except ValueError as exc:
            problems.append(f"anonymize.operators.{etype}.operator: {exc}")
    problems.extend(policy_problems(cfg))
    listed = {_recognizer_key(r) for r in cfg["recognizers"]}
    for name, options in cfg["recognizer_options"].items():
        if name not in listed:
            problems.append(f"anonymize.recognizer_options.{name}: no such recognizer listed; known: {sorted(listed)}")
        elif not isinstance(options, Mapping) or {"type", "class_name"} & set(options):
            problems.append(
                f"anonymize.recognizer_options.{name}: must be a mapping of options (not 'type'/'class_name')"
            )
    if not cfg["enabled"]:
        warnings.warn("anonymize.enabled is false: free text will NOT be de-identified", UserWarning, stacklevel=4)
    for finer in _finer_than_safe_harbor(cfg["tabular"]):
        warnings.warn(f"{finer}: finer than HIPAA Safe Harbor; only k-anonymity protects these rows",
                      UserWarning, stacklevel=4)
    return problems


def _finer_than_safe_harbor(tab: Mapping[str, Any]) -> list[str]:
    """Generalization settings that keep more of a quasi-identifier than Safe Harbor allows (ZIP3, year)."""
    roles = set(tab["quasi_identifiers"])
    out = []
    if "zip" in roles and tab["zip_digits"] > 3:
        out.append(f"anonymize.tabular.zip_digits {tab['zip_digits']} keeps more than 3 ZIP digits")
    if "date" in roles and tab["date_granularity"] != "year":
        kept = "the month" if tab["date_granularity"] == "month" else "whole dates"
        out.append(f"anonymize.tabular.date_granularity {tab['date_granularity']} keeps {kept}")
    return out


def _recognizer_key(spec: Mapping[str, Any]) -> str:
    """How ``recognizer_options`` names a listed recognizer: its type, or its class for Presidio's."""
    return str(spec.get("class_name") if spec["type"] == "presidio" else spec["type"])


def recognizer_specs(config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The listed ``recognizers`` with their ``recognizer_options`` merged in.

    Merged here, not in :func:`resolve_config`, so resolving a config twice changes nothing.
    """
    options = config["recognizer_options"]
    return [{**spec, **options.get(_recognizer_key(spec), {})} for spec in config["recognizers"]]
