"""The ``train:`` section of params.yaml: defaults, validation and its JSON schema.

One table (``_GLOBAL`` and ``_MODEL``) drives the defaults, the validator and the schema, so
the three cannot drift.

Where the defaults come from: ``lr`` and ``epochs`` of the default sweep's models
(``frozen_encoder``, ``linear_ngrams``) are the best of the grid in ``bench/train.py --part
tuning``, run on RMHD communities, authors and posts that the default run never reads (the
benchmark computes the overlap and asserts it is zero). ``embedding_bag``'s were chosen earlier on
data that overlap the default run's, and ``tabular_mlp``'s on synthetic questionnaires. See
``confide.train.api.train_model`` on hyper-parameter search.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Any

from confide.train.errors import PrivacyBudgetError, TrainConfigError

GRAD_SAMPLE_MODES = ("auto", "ghost", "hooks", "functorch", "ew")
ACCOUNTANTS = ("prv", "rdp")
DEVICES = ("auto", "cpu", "cuda")
PRIVACY_UNITS = ("person", "record", "auto")
DATA_MIXES = ("real", "real+synthetic", "synthetic")  # the values confide.synthesize.augment handles


@dataclass(frozen=True)
class _Key:
    default: Any
    kind: str  # int, number, bool, str, enum, dict, number_or_null, list_{number,int,str}
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()


_GLOBAL: dict[str, _Key] = {
    "models": _Key(
        ["frozen_encoder", "linear_ngrams", "embedding_bag"],
        "list_str",
        "Models swept; each (model, epsilon, seed) is one job. Known: frozen_encoder, "
        "linear_ngrams, "
        "embedding_bag, tabular_mlp.",
    ),
    "default_model": _Key("frozen_encoder", "str", "Model reported as the headline result."),
    "epsilons": _Key(
        [0.5, 1.0, 2.0, 4.0, 8.0, math.inf],
        "list_number",
        "Target epsilons; .inf trains non-privately through the same code path.",
        minimum=0.01,
    ),
    "seeds": _Key([0, 1, 2], "list_int", "Seeds; every seed is reported, never the best one.", minimum=0),
    "data_mix": _Key(
        ["real"],
        "list_str",
        "What each variant trains on, swept like epsilon: real, real+synthetic (needs synthesize.enabled "
        "and models tabular_mlp or frozen_encoder) or synthetic (see confide.synthesize.augment).",
        choices=DATA_MIXES,
    ),
    "privacy_unit": _Key(
        "auto",
        "enum",
        "Who the guarantee protects: person (one DP example per person: persons are sampled, "
        "each person's gradient is clipped as one), record (one per record: a person with k "
        "records gets about k epsilon), auto = person when any record has a group_id.",
        choices=PRIVACY_UNITS,
    ),
    "max_records_per_person": _Key(
        8,
        "int",
        "privacy_unit person: records kept per person (chosen reproducibly from the seed; the "
        "rest are dropped and counted in the ledger).",
        minimum=1,
        maximum=100_000,
    ),
    "delta": _Key(
        None,
        "number_or_null",
        "Target delta; null means 1 / (10 n), n = persons at unit person, records at unit record. Must be < 1 / n.",
        minimum=0.0,
        maximum=1.0,
    ),
    "accountant": _Key("prv", "enum", "Privacy accountant.", choices=ACCOUNTANTS),
    "secure_mode": _Key(
        False,
        "bool",
        "Opacus secure mode (CSPRNG noise); needs torchcsprng, else training fails.",
    ),
    "device": _Key("auto", "enum", "auto uses CUDA when torch.cuda.is_available().", choices=DEVICES),
    "max_physical_batch_size": _Key(
        1024,
        "int",
        "Largest batch held in memory; larger logical batches go through BatchMemoryManager.",
        minimum=1,
        maximum=1_000_000,
    ),
}

_MODEL: dict[str, _Key] = {
    "epochs": _Key(10, "int", "Passes over the data (fixes the number of DP steps).", minimum=1, maximum=1000),
    "batch_size": _Key(
        256,
        "int",
        "Expected logical batch size (Poisson rate q = batch_size / n).",
        minimum=1,
        maximum=1_000_000,
    ),
    "optimizer": _Key("adam", "enum", "Optimizer wrapped by the DP optimizer.", choices=("adam", "sgd")),
    "lr": _Key(0.05, "number", "Learning rate.", minimum=1e-6, maximum=100.0),
    "weight_decay": _Key(0.0, "number", "Weight decay.", minimum=0.0, maximum=1.0),
    "max_grad_norm": _Key(1.0, "number", "Per-example clipping bound C.", minimum=1e-4, maximum=1e4),
    "grad_sample_mode": _Key(
        "auto",
        "enum",
        "Per-sample gradient mode; auto = fastest measured for the model.",
        choices=GRAD_SAMPLE_MODES,
    ),
    "n_features": _Key(
        2**18,
        "int",
        "Hash buckets (linear_ngrams, embedding_bag, tabular categoricals).",
        minimum=16,
        maximum=2**24,
    ),
    "word_ngrams": _Key([1, 2], "list_int", "Word n-gram range [lo, hi]; [0, 0] disables.", minimum=0, maximum=5),
    "char_ngrams": _Key([0, 0], "list_int", "char_wb n-gram range [lo, hi]; [0, 0] disables.", minimum=0, maximum=8),
    "embedding_dim": _Key(64, "int", "EmbeddingBag dimension.", minimum=1, maximum=4096),
    "hidden_dim": _Key(64, "int", "tabular_mlp hidden width.", minimum=1, maximum=4096),
    "numeric_bounds": _Key(
        {},
        "dict",
        "tabular_mlp: column -> [lo, hi] public bounds used to clip and scale (never fitted "
        "on private data). Columns not listed use the built-in questionnaire bounds or are "
        "rejected.",
    ),
    "categorical_columns": _Key(["gender"], "list_str", "tabular_mlp: hashed one-hot columns."),
}

_MODEL_DEFAULTS: dict[str, dict[str, Any]] = {
    "linear_ngrams": {
        "epochs": 10,
        "batch_size": 256,
        "lr": 0.2,
        "n_features": 2**18,
        "word_ngrams": [1, 2],
        "char_ngrams": [0, 0],
    },
    "embedding_bag": {
        "epochs": 10,
        "batch_size": 256,
        "optimizer": "sgd",
        "lr": 2.0,
        "n_features": 2**15,
        "word_ngrams": [1, 2],
        "char_ngrams": [0, 0],
        "embedding_dim": 64,
    },
    "frozen_encoder": {"epochs": 10, "batch_size": 256, "lr": 0.2},
    "tabular_mlp": {
        "epochs": 20,
        "batch_size": 256,
        "lr": 0.01,
        "hidden_dim": 64,
        "n_features": 64,
        "categorical_columns": ["gender"],
    },
}


def default_config() -> dict[str, Any]:
    """Return the full default ``train:`` section (a fresh, mutable copy)."""
    cfg = {k: copy.deepcopy(v.default) for k, v in _GLOBAL.items()}
    cfg["model_params"] = {}
    for name, overrides in _MODEL_DEFAULTS.items():
        params = {k: copy.deepcopy(v.default) for k, v in _MODEL.items()}
        params.update(copy.deepcopy(overrides))
        cfg["model_params"][name] = params
    return cfg


def _check(path: str, value: Any, key: _Key, problems: list[str]) -> None:
    def bounded(x: float, where: str) -> None:
        if key.minimum is not None and x < key.minimum:
            problems.append(f"{where}={x!r} is below the minimum {key.minimum}")
        if key.maximum is not None and x > key.maximum:
            problems.append(f"{where}={x!r} is above the maximum {key.maximum}")

    def is_num(x: Any) -> bool:
        return isinstance(x, int | float) and not isinstance(x, bool)

    if key.kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{path} must be an integer, got {type(value).__name__}")
        else:
            bounded(value, path)
    elif key.kind == "number":
        if not is_num(value) or math.isnan(value):
            problems.append(f"{path} must be a number, got {value!r}")
        else:
            bounded(value, path)
    elif key.kind == "number_or_null":
        if value is not None:
            _check(path, value, _Key(None, "number", "", key.minimum, key.maximum), problems)
    elif key.kind == "bool":
        if not isinstance(value, bool):
            problems.append(f"{path} must be true or false, got {value!r}")
    elif key.kind == "str":
        if not isinstance(value, str):
            problems.append(f"{path} must be a string, got {value!r}")
    elif key.kind == "enum":
        if value not in key.choices:
            problems.append(f"{path}={value!r} is not one of {list(key.choices)}")
    elif key.kind == "dict":
        if not isinstance(value, dict):
            problems.append(f"{path} must be a mapping, got {type(value).__name__}")
    elif key.kind.startswith("list_"):
        if not isinstance(value, list | tuple) or not value and key.kind != "list_str":
            problems.append(f"{path} must be a non-empty list, got {value!r}")
            return
        item_kind = {"list_int": "int", "list_number": "number", "list_str": "str"}[key.kind]
        item_kind = "enum" if key.choices else item_kind
        for i, item in enumerate(value):
            _check(f"{path}[{i}]", item, _Key(None, item_kind, "", key.minimum, key.maximum, key.choices), problems)


def resolve_config(config: dict[str, Any] | None) -> dict[str, Any]:
    """Merge ``config`` over the defaults and validate it, collecting every problem before raising.

    Args:
        config: The params.yaml ``train:`` section (may be partial or None).

    Returns:
        The full config with defaults filled in.

    Raises:
        TrainConfigError: Unknown keys or out-of-range values (message lists all of them).
    """
    from confide.train.models import MODEL_REGISTRY  # local import: registry imports this module

    cfg = default_config()
    problems: list[str] = []
    config = dict(config or {})
    for k, v in config.items():
        if k == "model_params":
            if not isinstance(v, dict):
                problems.append("train.model_params must be a mapping of model name -> params")
                continue
            for name, params in v.items():
                if name not in MODEL_REGISTRY:
                    problems.append(f"train.model_params.{name}: unknown model; known: {sorted(MODEL_REGISTRY)}")
                    continue
                for pk, pv in (params or {}).items():
                    if pk not in _MODEL:
                        problems.append(f"train.model_params.{name}.{pk}: unknown key; known: {sorted(_MODEL)}")
                    else:
                        cfg["model_params"][name][pk] = pv
        elif k not in _GLOBAL:
            problems.append(f"train.{k}: unknown key; known: {sorted([*_GLOBAL, 'model_params'])}")
        else:
            cfg[k] = v
    for k, key in _GLOBAL.items():
        _check(f"train.{k}", cfg[k], key, problems)
    for name, params in cfg["model_params"].items():
        for k, key in _MODEL.items():
            _check(f"train.model_params.{name}.{k}", params[k], key, problems)
        for rk in ("word_ngrams", "char_ngrams"):
            r = params[rk]
            if isinstance(r, list | tuple) and (len(r) != 2 or r[0] > r[1]):
                problems.append(f"train.model_params.{name}.{rk} must be [lo, hi] with lo <= hi, got {r!r}")
    for m in cfg["models"] if isinstance(cfg["models"], list) else []:
        if m not in MODEL_REGISTRY:
            problems.append(f"train.models: unknown model {m!r}; known: {sorted(MODEL_REGISTRY)}")
    if cfg["default_model"] not in MODEL_REGISTRY:
        problems.append(
            f"train.default_model: unknown model {cfg['default_model']!r}; " f"known: {sorted(MODEL_REGISTRY)}"
        )
    if problems:
        raise TrainConfigError("invalid train config:\n  - " + "\n  - ".join(problems))
    return cfg


def resolve_delta(delta: float | None, n: int, *, unit: str = "record") -> float:
    """Return the target delta: ``1 / (10 n)`` when None, else ``delta`` validated to be < 1 / n.

    ``n`` counts the privacy units: persons at unit ``person``, records at unit ``record``.

    Raises:
        PrivacyBudgetError: delta not in (0, 1/n).
    """
    if n < 1:
        raise PrivacyBudgetError(f"cannot train on an empty dataset (0 {unit}s)")
    if delta is None:
        return 1.0 / (10.0 * n)
    if not (0.0 < delta < 1.0 / n):
        raise PrivacyBudgetError(
            f"train.delta={delta!r} must be in (0, 1/n) = (0, {1.0 / n:.3g}) for n={n} {unit}s "
            f"(privacy unit {unit}); lower train.delta or set it to null for the default 1/(10 n)"
        )
    return float(delta)


def validate_epsilon(epsilon: float) -> float:
    """Return ``epsilon`` if > 0 (``math.inf`` = non-private), else raise PrivacyBudgetError."""
    if isinstance(epsilon, bool) or not isinstance(epsilon, int | float) or math.isnan(epsilon) or epsilon <= 0:
        raise PrivacyBudgetError(f"epsilon={epsilon!r} must be > 0 (use math.inf for non-private training)")
    return float(epsilon)


def _schema_of(key: _Key) -> dict[str, Any]:
    kinds = {
        "int": "integer",
        "number": "number",
        "bool": "boolean",
        "str": "string",
        "enum": "string",
        "dict": "object",
    }
    out: dict[str, Any] = {"description": key.description}
    if key.kind == "number_or_null":
        out["type"] = ["number", "null"]
    elif key.kind.startswith("list_"):
        item = {"list_int": "integer", "list_number": "number", "list_str": "string"}[key.kind]
        out["type"] = "array"
        out["items"] = {"type": item}
        if key.minimum is not None:
            out["items"]["minimum"] = key.minimum
        if key.maximum is not None:
            out["items"]["maximum"] = key.maximum
    else:
        out["type"] = kinds[key.kind]
    if key.choices:
        (out["items"] if key.kind.startswith("list_") else out)["enum"] = list(key.choices)
    if not key.kind.startswith("list_"):
        if key.minimum is not None:
            out["minimum"] = key.minimum
        if key.maximum is not None:
            out["maximum"] = key.maximum
    out["default"] = copy.deepcopy(key.default)  # math.inf dumps as YAML .inf
    return out


def config_schema() -> dict[str, Any]:
    """Return the JSON schema (as a dict, YAML-dumpable) of the ``train:`` section.

    Note: ``epsilons`` accepts ``.inf``; JSON-schema ``number`` accepts YAML ``.inf`` once loaded.
    """
    model_props = {k: _schema_of(v) for k, v in _MODEL.items()}
    props = {k: _schema_of(v) for k, v in _GLOBAL.items()}
    props["model_params"] = {
        "type": "object",
        "description": "Per-model hyper-parameters (tuned on a public proxy only).",
        "additionalProperties": {
            "type": "object",
            "properties": model_props,
            "additionalProperties": False,
        },
    }
    return {"type": "object", "properties": props, "additionalProperties": False}
