"""Load `params.yaml`, validate it against the packaged `confide/schemas/params.schema.yaml`.

The schema is the single description of every knob: type, bounds, default and meaning; stages
read their section through :func:`read_section` and keep only cross-field checks of their own. Errors
name the key path (``train.epsilons[2]``) and the rule that failed, and list all problems at once.
A key written twice in one mapping is refused (YAML loaders keep the last one silently), and
the rules a schema cannot express run only on a table that passed the schema.
"""

from __future__ import annotations

import copy
import functools
import importlib
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from confide.errors import ConfideError, ConfigError

SCHEMA_RESOURCE = "schemas/params.schema.yaml"  # inside the confide package (wheel or checkout)


@functools.cache
def _schema_text() -> str:
    return resources.files("confide").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The params schema (JSON schema written in YAML): a fresh copy the caller may change."""
    return copy.deepcopy(_parsed(_schema_text()))


@functools.lru_cache(maxsize=2)
def _parsed(text: str) -> dict[str, Any]:
    return yaml.safe_load(text)  # parsed once: every stage reader asks for its section


def section_schema(name: str) -> dict[str, Any]:
    """The schema of one top-level section of params.yaml (``"train"``, ``"evaluate"`` ...)."""
    schema = load_schema()
    try:
        section = schema["properties"][name]
    except KeyError as exc:
        raise ConfigError(f"params.yaml has no section {name!r}") from exc
    return {**section, "$defs": schema.get("$defs", {})}  # shared definitions ($ref) travel along


def section_defaults(name: str) -> dict[str, Any]:
    """Every default of one section, as the schema states it (nested sections filled too)."""
    return read_section(name, {})


def read_section(
    name: str,
    values: Mapping[str, Any] | None,
    *,
    check: Callable[[dict[str, Any]], list[str]] | None = None,
    error: type[ConfideError] = ConfigError,
) -> dict[str, Any]:
    """One section of params.yaml validated against its schema, with the defaults filled in.

    The one reader a stage uses for its section, whether it gets the whole validated table's
    section (already complete: returned unchanged in content) or a partial mapping from a caller
    or a test. Cross-field rules stay with the stage, in ``check`` (run only on a section that
    passed the schema, as :func:`validate_params` does).

    Args:
        name: the section (``"train"``).
        values: the section as written (partial or None).
        check: the stage's cross-field rules: the problems of a schema-valid section.
        error: the exception raised (the stage's own config error).

    Raises:
        ConfigError: (or ``error``) listing every violation, with its key path under the section.
    """
    instance = copy.deepcopy(dict(values or {}))
    errors = sorted(_Validator(section_schema(name)).iter_errors(instance), key=_key_path)
    problems = [_problem(e, prefix=name) for e in errors]
    if not errors and check is not None:
        problems = check(instance)
    if problems:
        raise error(f"{name} is invalid:\n" + "\n".join(f"  {p}" for p in problems))
    return instance


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


def _problem(error: jsonschema.ValidationError, *, prefix: str = "") -> str:
    """``<key path>: <what is wrong>``, the path under ``prefix`` (a section name) when given."""
    path = _key_path(error) if error.absolute_path else ""
    where = ".".join(part for part in (prefix, path) if part).replace(".[", "[") or "<top level>"
    return f"{where}: {_describe(error)}"


def _yaml_float(value: float) -> str:
    """A float spelled so that YAML 1.1 (PyYAML) reads it as a number: ``1.0e-5``."""
    mantissa, exponent = f"{value:e}".split("e")
    mantissa = mantissa.rstrip("0")
    return f"{mantissa}{'0' if mantissa.endswith('.') else ''}e{int(exponent):+d}"


def _number_in_text(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _describe(error: jsonschema.ValidationError) -> str:
    if error.validator == "type" and isinstance(error.instance, bool) and "string" in str(
            error.validator_value):
        return (f"{error.message}: YAML reads unquoted yes/no/true/false/on/off as booleans; "
                "quote the value (e.g. 'yes') to mean the text")
    number = _number_in_text(error.instance)
    if error.validator == "type" and number is not None and "number" in str(error.validator_value):
        return (f"{error.message}: YAML reads {error.instance!r} as text, because its floats need "
                f"a dot and a signed exponent; write {_yaml_float(number)}")
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        return f"unknown keys {unknown}; allowed keys: {', '.join(allowed)}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {error.validator_value}"
    return error.message


def validate_params(
    params: Mapping[str, Any],
    *,
    source: str = "params.yaml",
    files: Iterable[Path | str] = (),
) -> dict[str, Any]:
    """Return a validated deep copy of `params` with schema defaults filled in.

    Args:
        params: the loaded configuration.
        source: how the configuration is named in errors.
        files: the YAML files `params` was loaded from (Snakemake's ``workflow.configfiles``),
            checked for keys written twice, which a loader merges silently.

    Raises:
        ConfigError: listing every violation with its key path. Schema violations are listed
            alone: the semantic rules assume a table of the right types.
    """
    problems = [f"  {p}" for path in files for p in duplicate_keys(Path(path))]
    instance = copy.deepcopy(dict(params))
    errors = sorted(_Validator(load_schema()).iter_errors(instance), key=_key_path)
    problems += [f"  {_problem(e)}" for e in errors]
    if not errors:
        problems += [f"  {p}" for p in _semantic_problems(instance)]
    if problems:
        raise ConfigError(f"{source} is invalid:\n" + "\n".join(problems))
    return instance


def _semantic_problems(params: dict[str, Any]) -> Iterator[str]:
    """Rules that a JSON schema cannot express, including each stage library's own checks.

    The stage modules are named here, not at module level, so that a rule's job that only reads
    its own section (``read_section``) never imports the other stages' dependencies.
    """
    stage_checks = {"anonymize": "confide.anonymize.config", "train": "confide.train.config",
                    "audio": "confide.audio.config", "synthesize": "confide.synthesize.core",
                    "evaluate": "confide.evaluate.variant"}
    for section, module in stage_checks.items():
        yield from importlib.import_module(module).check(params[section])
    data = params.get("data", {})
    if data.get("source") == "file":
        file_cfg = data.get("file", {})
        if not file_cfg.get("path"):
            yield "data.file.path: required when data.source is 'file'"
        if not data.get("labels"):
            yield "data.labels: required when data.source is 'file' (the declared label set)"
    labels = [str(label) for label in data.get("labels") or []]
    twice = sorted({label for label in labels if labels.count(label) > 1})
    if twice:
        yield (f"data.labels: {twice} written twice (a number and its quoted text are one label, "
               "since labels are read as text); list each label once")
    from confide.synthesize.augment import augmentation_problems  # train.data_mix vs synthesize

    yield from augmentation_problems(train=params["train"], synthesize=params["synthesize"])


def duplicate_keys(path: Path) -> list[str]:
    """Keys written twice in one mapping of a YAML file, each with its key path and both lines.

    Raises:
        ConfigError: the file is missing or not valid YAML.
    """
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    found: list[str] = []

    def walk(node: yaml.Node | None, where: str) -> None:
        if isinstance(node, yaml.MappingNode):
            first_line: dict[str, int] = {}
            for key, value in node.value:
                name = str(key.value)
                here = f"{where}.{name}" if where else name
                line = key.start_mark.line + 1
                if name in first_line:
                    found.append(f"{here}: written twice in {path} (lines {first_line[name]} and "
                                 f"{line}); YAML would keep only the last one silently. Merge "
                                 "them into one entry")
                else:
                    first_line[name] = line
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, f"{where}[{i}]")

    walk(root, "")
    return found


def load_params(path: Path | str = "params.yaml") -> dict[str, Any]:
    """Read and validate a params file (keys written twice are refused)."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: top level must be a mapping of sections")
    return validate_params(raw, source=str(path), files=[path])


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
