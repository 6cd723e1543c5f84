"""The ``train:`` section of params.yaml: its reader and the rules its schema cannot express.

Defaults, types, bounds and enums live in one place, the packaged schema
(``confide/schemas/params.schema.yaml``, section ``train``, model hyper-parameters under
``$defs/model_params``); :func:`resolve_config` reads the section through it and :func:`check`
adds the cross-field rules.

Where the defaults come from: ``lr`` and ``epochs`` of the default sweep's models
(``frozen_encoder``, ``linear_ngrams``) are the best of the grid in ``bench/train.py --part
tuning``, run on RMHD communities, authors and posts that the default run never reads (the
benchmark computes the overlap and asserts it is zero). ``embedding_bag``'s were chosen earlier on
data that overlap the default run's, and ``tabular_mlp``'s on synthetic questionnaires. See
``confide.train.api.train_model`` on hyper-parameter search.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any

from confide.config import read_section, section_schema
from confide.train.errors import PrivacyBudgetError, TrainConfigError


@functools.cache
def choices(key: str) -> tuple[str, ...]:
    """The values ``train.<key>`` accepts, as the schema lists them (each item's, for a list).

    Cached: the packaged schema does not change in a process, and each uncached call copied
    the whole schema (~13 ms; several per training run).
    """
    node = section_schema("train")["properties"][key]
    return tuple(node["items"]["enum"] if "items" in node else node["enum"])


def resolve_config(config: Mapping[str, Any] | None) -> dict[str, Any]:
    """The ``train:`` section with the schema's defaults filled in, every problem listed at once.

    Args:
        config: The params.yaml ``train:`` section (may be partial or None).

    Raises:
        TrainConfigError: unknown keys or out-of-range values (schema), else the :func:`check` rules.
    """
    return read_section("train", config, check=check, error=TrainConfigError)


def check(cfg: Mapping[str, Any]) -> list[str]:
    """The problems of a schema-valid ``train:`` section that its schema cannot express."""
    from confide.train.models import MODEL_REGISTRY  # local import: registry imports this module

    known = sorted(MODEL_REGISTRY)
    problems = [f"train.{key}: the list is empty, so nothing would be trained; list at least one "
                f"(the schema's default: {section_schema('train')['properties'][key]['default']})"
                for key in ("models", "epsilons", "seeds") if not cfg[key]]
    problems += [f"train.epsilons[{i}]: NaN is not a privacy budget"
                 for i, eps in enumerate(cfg["epsilons"]) if math.isnan(eps)]
    problems += [f"train.models: unknown model {m!r}; known: {known}" for m in cfg["models"] if m not in MODEL_REGISTRY]
    if cfg["default_model"] not in MODEL_REGISTRY:
        problems.append(f"train.default_model: unknown model {cfg['default_model']!r}; known: {known}")
    for name, params in cfg["model_params"].items():
        if name not in MODEL_REGISTRY:
            problems.append(f"train.model_params.{name}: unknown model; known: {known}")
        for key in ("word_ngrams", "char_ngrams"):
            low, high = params[key]
            if low > high:
                problems.append(f"train.model_params.{name}.{key} must be [lo, hi] with lo <= hi, "
                                f"got {params[key]!r}")
    return problems


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
