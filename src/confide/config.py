"""Load `params.yaml`, validate it against `schemas/params.schema.yaml` and fill defaults.

The schema is the single description of every knob: type, bounds, default and meaning. Errors
name the key path (``train.epsilons[2]``) and the rule that failed, and list all problems at once.
"""

from __future__ import annotations

import copy
import importlib
import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from confide.errors import ConfideError, ConfigError

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "params.schema.yaml"


def load_schema(path: Path = SCHEMA_PATH) -> dict[str, Any]:
    """Read the params schema (JSON schema written in YAML)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _with_defaults(validator_class: type) -> type:
    """Extend a jsonschema validator so that `default` values are filled in while validating."""
    validate_properties = validator_class.VALIDATORS["properties"]

    def set_defaults(validator, properties, instance, schema):  # noqa: ANN001
        if isinstance(instance, dict):
            for name, sub in properties.items():
                if "default" in sub and name not in instance:
                    instance[name] = copy.deepcopy(sub["default"])
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_class, {"properties": set_defaults})


_Validator = _with_defaults(jsonschema.Draft202012Validator)


def _key_path(error: jsonschema.ValidationError) -> str:
    parts: list[str] = []
    for part in error.absolute_path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "<top level>"


def _describe(error: jsonschema.ValidationError) -> str:
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"{error.message}; allowed keys: {', '.join(allowed)}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {error.validator_value}"
    return error.message


def validate_params(params: Mapping[str, Any], *, source: str = "params.yaml") -> dict[str, Any]:
    """Return a validated deep copy of `params` with schema defaults filled in.

    Raises:
        ConfigError: listing every violation with its key path.
    """
    instance = copy.deepcopy(dict(params))
    errors = sorted(_Validator(load_schema()).iter_errors(instance), key=_key_path)
    problems = [f"  {_key_path(e)}: {_describe(e)}" for e in errors]
    problems.extend(f"  {p}" for p in _semantic_problems(instance) if not errors)
    if problems:
        raise ConfigError(f"{source} is invalid:\n" + "\n".join(problems))
    return instance


STAGE_VALIDATORS = {"anonymize": "confide.anonymize.config", "train": "confide.train.config"}


def _semantic_problems(params: dict[str, Any]) -> Iterator[str]:
    """Rules that a JSON schema cannot express, including each stage library's own checks."""
    for section, module in STAGE_VALIDATORS.items():
        try:
            importlib.import_module(module).resolve_config(params.get(section))
        except ConfideError as exc:
            yield str(exc)
    data = params.get("data", {})
    if data.get("source") == "file":
        file_cfg = data.get("file", {})
        if not file_cfg.get("path"):
            yield "data.file.path: required when data.source is 'file'"
        if not data.get("labels"):
            yield "data.labels: required when data.source is 'file' (the declared label set)"
    delta = params.get("train", {}).get("delta")
    if delta is not None and not 0 < delta < 1:
        yield f"train.delta: {delta} must be in (0, 1)"
    for i, eps in enumerate(params.get("train", {}).get("epsilons", [])):
        if isinstance(eps, float) and math.isnan(eps):
            yield f"train.epsilons[{i}]: NaN is not a privacy budget"


def load_params(path: Path | str = "params.yaml") -> dict[str, Any]:
    """Read and validate a params file."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: top level must be a mapping of sections")
    return validate_params(raw, source=str(path))


def flatten(params: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested params to dotted keys (for MLflow params)."""
    flat: dict[str, Any] = {}
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
