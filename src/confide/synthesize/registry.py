"""Registry of single-table synthesizers: ``register_synthesizer`` / ``create_synthesizer``.

Built in: ``gaussian_copula`` (default), ``ctgan``, ``tvae`` (SDV 2.x) and ``dp_marginal``
(differentially private, see `confide.synthesize.dp_marginal`). SDV is imported lazily.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import numpy as np
import pandas as pd

from confide.registry import Registry
from confide.synthesize.columns import build_metadata, discrete_columns
from confide.synthesize.domain import resolve_domain
from confide.synthesize.dp_marginal import DPMarginalModel, fit_dp_marginal
from confide.synthesize.errors import SynthesisError

TABLE_NAME = "records"


class Synthesizer(Protocol):
    """What every registered synthesizer offers."""

    ledger: dict[str, Any] | None

    def fit(self, table: pd.DataFrame, *, seed: int) -> None:
        """Learn from ``table`` (only the modelled columns)."""

    def sample(self, n_rows: int, *, seed: int) -> pd.DataFrame:
        """Draw ``n_rows`` synthetic rows."""

    def default_n_rows(self, ratio: float, n_train: int) -> int:
        """Row count for ``ratio`` x the training size (a DP synthesizer uses its noisy count)."""


SynthesizerFactory = Callable[[dict[str, Any]], Synthesizer]
_REGISTRY: Registry[SynthesizerFactory] = Registry("synthesizer", error=ValueError)


def register_synthesizer(name: str, factory: SynthesizerFactory, *, force: bool = False) -> None:
    """Register ``factory(config) -> Synthesizer`` under ``name`` (replacing one needs ``force=True``)."""
    _REGISTRY.add(name, factory, force=force)


def known_synthesizers() -> list[str]:
    """Names accepted by `create_synthesizer`, sorted."""
    return list(_REGISTRY.names())


def create_synthesizer(name: str, *, config: dict[str, Any]) -> Synthesizer:
    """Build the synthesizer registered as ``name``.

    Raises:
        ValueError: unknown name (the message lists the known ones).
    """
    return _REGISTRY.get(name)(config)


@contextlib.contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Seed numpy's and torch's global generators, restoring both afterwards."""
    import torch

    state = np.random.get_state()
    with torch.random.fork_rng(devices=[]):
        np.random.seed(seed % 2**32)
        torch.manual_seed(seed)
        try:
            yield
        finally:
            np.random.set_state(state)


class SDVSynthesizer:
    """Adapter for an SDV 2.x single-table synthesizer (metadata from the schema, dict tables)."""

    ledger: dict[str, Any] | None = None

    def __init__(self, kind: str, config: dict[str, Any]) -> None:
        self.kind = kind
        self.config = config
        self._model: Any = None

    def _build(self, table: pd.DataFrame) -> Any:
        from sdv.single_table import (
            CTGANSynthesizer,
            GaussianCopulaSynthesizer,
            TVAESynthesizer,
        )

        discrete = discrete_columns(
            table, list(table.columns), int(self.config["categorical_max_levels"])
        )
        metadata = build_metadata(
            table, list(table.columns), table_name=TABLE_NAME, categorical=discrete
        )
        if self.kind == "gaussian_copula":
            return GaussianCopulaSynthesizer(
                metadata, default_distribution=self.config["default_distribution"]
            )
        gan_kwargs = {
            "epochs": int(self.config["epochs"]),
            "batch_size": int(self.config["batch_size"]),
            "enable_gpu": False,  # SDV trains on CPU here; not a params.yaml knob
        }
        if self.kind == "ctgan":
            pac = 10  # SDV's default discriminator pack size; not a params.yaml knob
            gan_kwargs["batch_size"] = max(pac, gan_kwargs["batch_size"] // pac * pac)
            return CTGANSynthesizer(metadata, pac=pac, **gan_kwargs)
        return TVAESynthesizer(metadata, **gan_kwargs)

    def fit(self, table: pd.DataFrame, *, seed: int) -> None:
        """Fit on ``table``; the seed fixes torch/numpy randomness of the fit."""
        self._model = self._build(table)
        with seeded(seed):
            self._model.fit({TABLE_NAME: table})

    def sample(self, n_rows: int, *, seed: int) -> pd.DataFrame:
        """Sample ``n_rows`` rows reproducibly for ``seed``."""
        # SDV 2.0 has no public seeding call; `_set_random_state` is what `sample` itself uses.
        self._model._set_random_state(seed)
        with seeded(seed):
            out = self._model.sample(num_rows=n_rows)
        return out[TABLE_NAME].reset_index(drop=True)

    def default_n_rows(self, ratio: float, n_train: int) -> int:
        """``round(ratio * n_train)`` (at least one)."""
        return max(1, round(ratio * n_train))


class DPMarginalSynthesizer:
    """Registry adapter for `fit_dp_marginal`; config keys under ``dp``."""

    def __init__(self, config: dict[str, Any]) -> None:
        dp = config["dp"]  # the section as read_config validated it (schema defaults filled)
        self.epsilon = float(dp["epsilon"])
        self.delta = float(dp["delta"])
        self.n_bins = int(dp["n_bins"])
        self.public_domain = dp["domain"] or {}
        self._model: DPMarginalModel | None = None
        self.ledger: dict[str, Any] | None = None

    def fit(self, table: pd.DataFrame, *, seed: int) -> None:
        """Fit with the configured (epsilon, delta); the ledger records what was spent."""
        domain, inferred = resolve_domain(table, list(table.columns), self.public_domain)
        self._model = fit_dp_marginal(
            table,
            domain=domain,
            epsilon=self.epsilon,
            delta=self.delta,
            n_bins=self.n_bins,
            seed=seed,
            inferred_columns=inferred,
        )
        self.ledger = dict(self._model.ledger)

    def sample(self, n_rows: int, *, seed: int) -> pd.DataFrame:
        """Sample (post-processing of the noisy marginals)."""
        return self._fitted().sample(n_rows, seed=seed)

    def default_n_rows(self, ratio: float, n_train: int) -> int:
        """Use the noisy row count, so the size itself leaks nothing beyond the budget."""
        return max(1, round(ratio * self._fitted().noisy_total))

    def _fitted(self) -> DPMarginalModel:
        if self._model is None:
            raise SynthesisError("dp_marginal: call fit before sample")
        return self._model


register_synthesizer("gaussian_copula", lambda cfg: SDVSynthesizer("gaussian_copula", cfg))
register_synthesizer("ctgan", lambda cfg: SDVSynthesizer("ctgan", cfg))
register_synthesizer("tvae", lambda cfg: SDVSynthesizer("tvae", cfg))
register_synthesizer("dp_marginal", DPMarginalSynthesizer)
