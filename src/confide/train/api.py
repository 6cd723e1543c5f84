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
from confide.train.person import (
    PersonData,
    person_cap_mask,
    person_keys,
    person_members,
    resolve_privacy_unit,
)

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
            accountant, max_grad_norm, secure_mode, grad_sample_mode, ...; counts:
            ``n_examples`` (DP examples sampled and clipped: persons at unit person, records at
            unit record), ``n_train`` = ``n_records`` (records trained on, after the per-person
            cap), ``n_persons``, ``records_dropped_by_cap`` and ``max_records_of_a_person`` (the
            most records one person has in the data given to training, before the cap).
    """

    model: str
    classes: list[str]
    params: dict[str, Any]
    module: torch.nn.Module
    ledger: dict[str, Any] = field(default_factory=dict)
    n_inputs: int = 0

    def _logits(self, df: pd.DataFrame, features: np.ndarray | None, encoded: Any = None) -> torch.Tensor:
        data = _checked_encoding(encoded, len(df)) if encoded is not None else (
            get_model_spec(self.model).encode(df, features, self.params))
        outs = []
        with torch.no_grad():
            for start in range(0, len(data), 2048):
                idx = np.arange(start, min(start + 2048, len(data)))
                outs.append(self.module(*data.batch(idx, torch.device("cpu"))))
        if not outs:
            return torch.zeros((0, len(self.classes)))
        return torch.cat(outs)

    def predict_proba(self, df: pd.DataFrame, features: np.ndarray | None = None, *, encoded: Any = None) -> np.ndarray:
        """Return class probabilities ``(len(df), len(classes))``.

        ``encoded``: ``df`` already encoded by :func:`encode_table` with this model's params
        (row-aligned), to score many models on one table without featurising it each time.
        """
        return torch.softmax(self._logits(df, features, encoded), dim=1).numpy().astype(np.float64)

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


def encode_table(*, df: pd.DataFrame, model: str, config: dict[str, Any] | None,
                 features: np.ndarray | None = None) -> Any:
    """``df`` encoded as ``train_model`` and ``predict_proba`` encode it for ``model`` under ``config``.

    The encoders are data-independent and row-wise (hashing, public bounds, a frozen encoder),
    so the encoding of a subset of rows is the same subset of this encoding, bit for bit
    (``BagData.take``/``DenseData.take``; tests/train/test_encoded.py). A caller that trains and
    scores many models on rows of one table (the K reference models of an audit) encodes it
    once and passes the rows' encoding as ``encoded``.
    """
    cfg = resolve_config(config)
    return get_model_spec(model).encode(df, features, cfg["model_params"][model])


def _checked_encoding(encoded: Any, n_rows: int) -> Any:
    if not hasattr(encoded, "take") or len(encoded) != n_rows:
        raise TrainConfigError(
            f"encoded: expected the table's encoding from encode_table, row-aligned with its {n_rows} rows; "
            f"got {type(encoded).__name__} of {len(encoded) if hasattr(encoded, '__len__') else '?'} rows"
        )
    return encoded


def _label_indices(labels: Any, classes: list[str]) -> np.ndarray:
    index = {c: i for i, c in enumerate(classes)}
    values = pd.Series(labels).astype(str)
    unknown = sorted(set(values) - set(index))
    if unknown:
        raise TrainConfigError(f"{len(unknown)} label value(s) not in classes (n_classes={len(classes)})")
    return values.map(index).to_numpy(dtype=np.int64)


def unit_ledger(
    *, unit: str, n_persons: int, n_records: int, cap: int | None, dropped: int, epsilon: float, delta: float,
    max_records_of_a_person: int | None = None,
) -> dict[str, Any]:
    """The ledger's privacy-unit fields, with the sentence a report can show.

    ``max_records_of_a_person`` (k, before the cap; ``None`` when the caller does not know it)
    lets a report state group privacy at unit record: a person with k records is protected at
    about (k epsilon, k e^((k-1) epsilon) delta).
    """
    if math.isinf(epsilon):
        guarantee = "no differential privacy (non-private baseline)"
    elif unit == "person":
        guarantee = (
            f"({epsilon:g}, {delta:.2g})-DP for each person: everything a person contributed (up to "
            f"{cap} records) is protected together"
        )
    else:
        guarantee = (
            f"({epsilon:g}, {delta:.2g})-DP for each record: a person with k records is protected "
            f"at about k x {epsilon:g}"
        )
        if max_records_of_a_person and max_records_of_a_person > 1:
            guarantee += f" (here a person has up to {max_records_of_a_person} records)"
    dropped_text = f"; {dropped} record(s) beyond the cap of {cap} per person were not trained on" if dropped else ""
    return {
        "privacy_unit": unit,
        "n_persons": n_persons,
        "n_records": n_records,
        "max_records_per_person": cap,
        "records_dropped_by_cap": dropped,
        "max_records_of_a_person": max_records_of_a_person,
        "n_train": n_records,
        "privacy_unit_text": f"{guarantee} ({n_records} records of {n_persons} persons{dropped_text})",
    }


def resolve_grad_sample_mode(model: str, config: dict[str, Any]) -> str:
    """Return the per-sample gradient mode of ``model`` (``auto`` -> its measured fastest)."""
    spec = get_model_spec(model)
    mode = config["model_params"][model]["grad_sample_mode"]
    if mode in spec.unsupported_modes:
        raise TrainConfigError(
            f"train.model_params.{model}.grad_sample_mode={mode!r} cannot train {model}; "
            f"use auto (= {spec.fast_mode}) or one of "
            f"{sorted(m for m in ('ghost', 'hooks', 'ew') if m not in spec.unsupported_modes)}"
        )
    return spec.fast_mode if mode == "auto" else mode


def train_model(
    *,
    train: pd.DataFrame,
    classes: list[str],
    model: str,
    epsilon: float,
    seed: int,
    config: dict[str, Any] | None,
    features: np.ndarray | None = None,
    encoded: Any = None,
) -> TrainedModel:
    """Train ``model`` with (epsilon, delta)-DP, or non-privately if ``epsilon`` is inf.

    The same loop serves both; DP uses Opacus ``make_private_with_epsilon`` with Poisson sampling.
    Featurisation is data-independent (hashing, public bounds, a frozen public encoder), so the
    ledger's epsilon covers everything learnt from ``train``.

    Privacy unit (``train.privacy_unit``; ``auto`` = person when any row has a ``group_id``): at
    unit ``person`` each person keeps at most ``max_records_per_person`` records (see
    ``confide.train.person.person_cap``; ``rows_used`` gives the rows a run trained on), persons
    are Poisson-sampled, each person's summed loss gives ONE gradient, clipped as a whole, and
    delta must be below 1 / persons. The ledger records ``privacy_unit``, ``n_persons``,
    ``n_records`` (= ``n_train``), ``n_examples``, ``max_records_per_person`` (the cap),
    ``max_records_of_a_person`` (the data's real maximum, before the cap, at both units),
    ``records_dropped_by_cap`` and ``privacy_unit_text`` (the guarantee in words).

    Hyper-parameter search spends privacy. Do NOT tune on the private data by running many DP
    trainings and keeping the best: either tune on disjoint public data (``bench/train.py`` does,
    see the README), or count every trial (basic composition: the epsilons add up) in the reported
    budget. Sweeps report every (model, epsilon, seed) run, never the best of many as one.

    Args:
        train: Columns record_id, text, label (+ optional group_id and tabular columns).
        classes: Class names (public); defines the output order.
        model: Registry name (``frozen_encoder``, ``linear_ngrams``, ``embedding_bag``,
            ``tabular_mlp``).
        epsilon: Target epsilon; ``math.inf`` for non-private.
        seed: Seed of initialisation, sampling and noise. On CPU the same seed gives a
            bit-identical model; on CUDA the backward's atomic adds (embedding_bag, index_add)
            sum in no fixed order, so reruns agree to about 1e-6 in the predicted probabilities,
            not bit for bit (tests/train/test_cuda.py).
        config: The params.yaml ``train:`` section (partial is fine; defaults fill the rest).
        features: Cached encoder embeddings row-aligned with ``train`` (``frozen_encoder``).
        encoded: ``train`` already encoded by :func:`encode_table` (same model and config),
            row-aligned; used instead of encoding ``train`` again (identical result).

    Returns:
        The trained model; ``ledger`` records the privacy spent.

    Raises:
        ValueError: Unknown model.
        PrivacyBudgetError: epsilon <= 0 or delta not in (0, 1/n), n = persons at unit person.
        SecureModeUnavailableError: secure_mode requested without torchcsprng.
        TrainConfigError: Invalid config or inputs.
    """
    spec = get_model_spec(model)
    cfg = resolve_config(config)
    grad_sample_mode = resolve_grad_sample_mode(model, cfg)
    epsilon = validate_epsilon(epsilon)
    unit = resolve_privacy_unit(cfg["privacy_unit"], train)
    per_person = person_keys(train).value_counts() if len(train) else pd.Series(dtype="int64")
    n_persons_all = len(per_person)
    max_of_a_person = int(per_person.max()) if n_persons_all else 0
    cap = cfg["max_records_per_person"] if unit == "person" else None
    keep = person_cap_mask(train, max_records_per_person=cap, seed=seed)
    dropped = int((~keep).sum())
    if encoded is not None:
        encoded = _checked_encoding(encoded, len(train))
    if dropped:
        train = train.loc[keep].reset_index(drop=True)
        features = None if features is None else np.asarray(features)[keep]
        encoded = None if encoded is None else encoded.take(np.flatnonzero(keep))
    n_records = len(train)
    delta = resolve_delta(cfg["delta"], n_persons_all if unit == "person" else n_records, unit=unit)
    if unit == "record" and n_persons_all < n_records:
        warnings.warn(
            f"train.privacy_unit record on data where {n_records - n_persons_all} record(s) share a "
            "person with another: the guarantee covers single records, and a person with k records "
            "is protected at about k times epsilon (set train.privacy_unit: person)",
            UserWarning,
            stacklevel=2,
        )
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
    data = spec.encode(train, features, params) if encoded is None else encoded
    if unit == "person":
        data = PersonData(rows=data, members=person_members(person_keys(train)))
        y = data.labels(y)
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
        grad_sample_mode=grad_sample_mode,
        seed=seed,
        device=device,
    )
    ledger = {
        **result.ledger,
        **unit_ledger(
            unit=unit,
            n_persons=n_persons_all,
            n_records=n_records,
            cap=cap,
            dropped=dropped,
            epsilon=epsilon,
            delta=delta,
            max_records_of_a_person=max_of_a_person,
        ),
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
