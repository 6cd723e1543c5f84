"""Front door: ``train_model`` -> ``TrainedModel`` (predict, loss, save) and ``load_model``."""

from __future__ import annotations

import json
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import torch

from confide.train.config import resolve_config, resolve_delta, validate_epsilon
from confide.train.encoder import resolve_device
from confide.train.errors import TrainConfigError
from confide.train.loop import fit
from confide.train.models import get_model_spec

#: Above this epsilon a DP run is flagged as weak privacy (warning + ledger flag).
WEAK_EPSILON = 10.0


@dataclass
class TrainedModel:
    """A trained classifier with its privacy ledger.

    Attributes:
        model: Registry name.
        classes: Class names, in the column order of ``predict_proba``.
        params: Per-model params used.
        module: The torch module (CPU, eval mode).
        ledger: epsilon_target, epsilon_spent, delta, noise_multiplier, sample_rate, steps,
            accountant, max_grad_norm, secure_mode, grad_sample_mode, ...
    """

    model: str
    classes: list[str]
    params: dict[str, Any]
    module: torch.nn.Module
    ledger: dict[str, Any] = field(default_factory=dict)
    n_inputs: int = 0

    def _logits(self, df: pd.DataFrame, features: np.ndarray | None) -> torch.Tensor:
        spec = get_model_spec(self.model)
        data = spec.encode(df, features, self.params)
        outs = []
        with torch.no_grad():
            for start in range(0, len(data), 2048):
                idx = np.arange(start, min(start + 2048, len(data)))
                outs.append(self.module(*data.batch(idx, torch.device("cpu"))))
        if not outs:
            return torch.zeros((0, len(self.classes)))
        return torch.cat(outs)

    def predict_proba(self, df: pd.DataFrame, features: np.ndarray | None = None) -> np.ndarray:
        """Return class probabilities ``(len(df), len(classes))``."""
        return torch.softmax(self._logits(df, features), dim=1).numpy().astype(np.float64)

    def predict(self, df: pd.DataFrame, features: np.ndarray | None = None) -> list[str]:
        """Return the most probable class name per row."""
        return [self.classes[i] for i in self.predict_proba(df, features).argmax(axis=1)]

    def per_example_loss(
        self, df: pd.DataFrame, labels: list[str] | np.ndarray, features: np.ndarray | None = None
    ) -> np.ndarray:
        """Return the cross-entropy loss of each row for its label (for membership attacks)."""
        y = torch.as_tensor(_label_indices(labels, self.classes))
        logits = self._logits(df, features)
        return torch.nn.functional.cross_entropy(logits, y, reduction="none").numpy().astype(np.float64)

    def save(self, directory: Path) -> None:
        """Write ``weights.pt`` (tensors only), ``meta.json`` and ``ledger.json``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        torch.save(
            {k: v.detach().cpu() for k, v in self.module.state_dict().items()},
            directory / "weights.pt",
        )
        meta = {
            "model": self.model,
            "classes": self.classes,
            "params": self.params,
            "n_inputs": self.n_inputs,
        }
        (directory / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True))
        (directory / "ledger.json").write_text(json.dumps(self.ledger, indent=2, sort_keys=True))


def load_model(directory: Path) -> TrainedModel:
    """Load a model written by ``TrainedModel.save``."""
    directory = Path(directory)
    meta = json.loads((directory / "meta.json").read_text())
    ledger = json.loads((directory / "ledger.json").read_text())
    spec = get_model_spec(meta["model"])
    module = spec.build(meta["n_inputs"], len(meta["classes"]), meta["params"])
    module.load_state_dict(torch.load(directory / "weights.pt", weights_only=True))
    module.eval()
    return TrainedModel(
        model=meta["model"],
        classes=list(meta["classes"]),
        params=meta["params"],
        module=module,
        ledger=ledger,
        n_inputs=meta["n_inputs"],
    )


def _label_indices(labels: Any, classes: list[str]) -> np.ndarray:
    index = {c: i for i, c in enumerate(classes)}
    values = pd.Series(labels).astype(str)
    unknown = sorted(set(values) - set(index))
    if unknown:
        raise TrainConfigError(f"{len(unknown)} label value(s) not in classes (n_classes={len(classes)})")
    return values.map(index).to_numpy(dtype=np.int64)


def resolve_grad_sample_mode(model: str, config: dict[str, Any]) -> str:
    """Return the per-sample gradient mode of ``model`` (``auto`` -> its measured fastest)."""
    mode = config["model_params"][model]["grad_sample_mode"]
    return get_model_spec(model).fast_mode if mode == "auto" else mode


def train_model(
    *,
    train: pd.DataFrame,
    classes: list[str],
    model: str,
    epsilon: float,
    seed: int,
    config: dict[str, Any] | None,
    features: np.ndarray | None = None,
) -> TrainedModel:
    """Train ``model`` with (epsilon, delta)-DP, or non-privately if ``epsilon`` is inf.

    The same loop serves both; DP uses Opacus ``make_private_with_epsilon`` with Poisson sampling.
    Featurisation is data-independent (hashing, public bounds, a frozen public encoder), so the
    ledger's epsilon covers everything learnt from ``train``.

    Hyper-parameter search spends privacy. The defaults in ``config.py`` were chosen on public data
    (Dreaddit, RMHD) as a proxy and cost nothing here. Do NOT tune on the private data by running
    many DP trainings and keeping the best: either tune on a public/validation proxy, or count every
    trial (basic composition: the epsilons add up) in the reported budget. Sweeps report every
    (model, epsilon, seed) run, never the best of many as one.

    Args:
        train: Columns record_id, text, label (+ optional tabular columns).
        classes: Class names (public); defines the output order.
        model: Registry name (``frozen_encoder``, ``linear_ngrams``, ``embedding_bag``,
            ``tabular_mlp``).
        epsilon: Target epsilon; ``math.inf`` for non-private.
        seed: Seed of initialisation, sampling and noise (same seed -> same model on CPU).
        config: The params.yaml ``train:`` section (partial is fine; defaults fill the rest).
        features: Cached encoder embeddings row-aligned with ``train`` (``frozen_encoder``).

    Returns:
        The trained model; ``ledger`` records the privacy spent.

    Raises:
        ValueError: Unknown model.
        PrivacyBudgetError: epsilon <= 0 or delta not in (0, 1/n).
        SecureModeUnavailableError: secure_mode requested without torchcsprng.
        TrainConfigError: Invalid config or inputs.
    """
    spec = get_model_spec(model)
    cfg = resolve_config(config)
    epsilon = validate_epsilon(epsilon)
    n = len(train)
    delta = resolve_delta(cfg["delta"], n)
    params = cfg["model_params"][model]
    if math.isinf(epsilon):
        warnings.warn(
            f"training {model} WITHOUT differential privacy (epsilon = inf)",
            UserWarning,
            stacklevel=2,
        )
    elif epsilon > WEAK_EPSILON:
        warnings.warn(f"epsilon={epsilon} > {WEAK_EPSILON}: weak privacy guarantee", UserWarning, stacklevel=2)
    y = _label_indices(train["label"], classes)
    data = spec.encode(train, features, params)
    torch.manual_seed(seed)  # initialisation is part of the seeded run
    module = spec.build(data.n_inputs, len(classes), params)
    device = torch.device(resolve_device(cfg["device"]))
    result = fit(
        module,
        data,
        y,
        epsilon=epsilon,
        delta=delta,
        params=params,
        accountant=cfg["accountant"],
        secure_mode=cfg["secure_mode"],
        max_physical_batch_size=cfg["max_physical_batch_size"],
        grad_sample_mode=resolve_grad_sample_mode(model, cfg),
        seed=seed,
        device=device,
    )
    ledger = {
        **result.ledger,
        "model": model,
        "seed": seed,
        "weak_privacy": epsilon > WEAK_EPSILON,
        "seconds_per_epoch": result.seconds_per_epoch,
        "device": device.type,
    }
    return TrainedModel(
        model=model,
        classes=list(classes),
        params=params,
        module=result.module.cpu().eval(),
        ledger=ledger,
        n_inputs=data.n_inputs,
    )
