"""The one training loop, private (Opacus DP-SGD) or not (``epsilon = inf``).

DP path: ``PrivacyEngine.make_private_with_epsilon`` calibrates the noise multiplier for the target
(epsilon, delta) over ``epochs`` with Poisson sampling at rate ``q = batch_size / n``; Opacus clips
each example's gradient to ``max_grad_norm`` and adds N(0, (sigma C)^2). Logical batches larger
than ``max_physical_batch_size`` go through ``BatchMemoryManager``; the limit counts records, so at
unit person a physical batch holds at most ``max_physical_batch_size // K`` persons of up to K
records each (:func:`physical_batch_limit`).
"""

from __future__ import annotations

import contextlib
import math
import time
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

from confide.train.errors import SecureModeUnavailableError
from confide.train.person import PersonCrossEntropy, PersonData
from confide.train.privacy import epsilon_spent
from confide.train.sparse_bag import register_bag_samplers

# Opacus's own warnings that do not apply here (we pass secure_mode explicitly and check it).
_OPACUS_NOISE = (
    "Secure RNG turned off",
    "Optimal order is the",
    "Ignoring drop_last",
    "Full backward hook is firing",
)


#: (epsilon, delta, q, epochs, accountant) -> sigma found by make_private_with_epsilon's search. The
#: search costs seconds (PRV) and reference-model attacks retrain the same setting many times.
_SIGMA_CACHE: dict[tuple[float, float, float, int, str], float] = {}


@contextlib.contextmanager
def _quiet_opacus():
    """Silence Opacus warnings that do not apply (secure mode is checked explicitly above)."""
    with warnings.catch_warnings():
        for msg in _OPACUS_NOISE:
            warnings.filterwarnings("ignore", message=f".*{msg}.*")
        yield


@dataclass
class FitResult:
    """The trained module (unwrapped from Opacus) and its privacy ledger."""

    module: nn.Module
    ledger: dict[str, Any]
    seconds_per_epoch: float


def check_secure_mode(secure_mode: bool) -> None:
    """Raise if secure mode is requested but torchcsprng is missing (never silently ignore it)."""
    if not secure_mode:
        return
    try:
        import torchcsprng  # noqa: F401
    except ImportError as exc:
        raise SecureModeUnavailableError(
            "train.secure_mode: true needs torchcsprng (Opacus's CSPRNG), which has no release "
            f"for the installed torch {torch.__version__}; set secure_mode: false (noise then "
            "comes from torch's "
            "Mersenne Twister, fine for research but not for a production release)"
        ) from exc


def privatize(
    *,
    module: nn.Module,
    optimizer: torch.optim.Optimizer,
    criterion: nn.Module,
    loader: DataLoader,
    epsilon: float,
    delta: float,
    epochs: int,
    max_grad_norm: float,
    accountant: str,
    secure_mode: bool,
    grad_sample_mode: str,
) -> tuple[nn.Module, Any, Any, DataLoader, Any]:
    """Wrap the training objects with Opacus for (epsilon, delta)-DP (Poisson sampling).

    Returns:
        ``(module, dp_optimizer, criterion, dp_loader, privacy_engine)``; ``criterion`` is Opacus's
        two-pass loss in ghost mode and unchanged otherwise.
    """
    from opacus import PrivacyEngine

    check_secure_mode(secure_mode)
    register_bag_samplers()
    key = (float(epsilon), float(delta), 1.0 / len(loader), int(epochs), accountant)
    common = dict(
        module=module,
        optimizer=optimizer,
        data_loader=loader,
        criterion=criterion,
        max_grad_norm=max_grad_norm,
        poisson_sampling=True,
        grad_sample_mode=grad_sample_mode,
    )
    with _quiet_opacus():
        engine = PrivacyEngine(accountant=accountant, secure_mode=secure_mode)
        if key in _SIGMA_CACHE:  # same calibration make_private_with_epsilon would do, memoised
            out = engine.make_private(noise_multiplier=_SIGMA_CACHE[key], **common)
        else:
            out = engine.make_private_with_epsilon(target_epsilon=epsilon, target_delta=delta, epochs=epochs, **common)
            _SIGMA_CACHE[key] = float(out[1].noise_multiplier)
    if grad_sample_mode == "ghost":
        module, optimizer, criterion, loader = out
    else:
        module, optimizer, loader = out
    return module, optimizer, criterion, loader, engine


class _Positions(Dataset):
    """The example positions ``0..n-1``, fetched a batch at a time.

    Batches are what ``TensorDataset(torch.arange(n))`` with the default collate gave (a list
    holding one int64 tensor of the sampled positions, in sampler order; Opacus's empty-batch
    shapes from ``dataset[0]``), without making and stacking one tensor per example, which cost
    ~3 ms per step.
    """

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> tuple[torch.Tensor]:
        return (torch.tensor(i),)

    def __getitems__(self, positions: list[int]) -> list[int]:
        return positions


def _position_batch(positions: list[int]) -> list[torch.Tensor]:
    return [torch.as_tensor(positions, dtype=torch.long)]


def _unwrap(module: nn.Module) -> nn.Module:
    return getattr(module, "_module", module)


def fit(
    module: nn.Module,
    data: Any,
    labels: np.ndarray,
    *,
    epsilon: float,
    delta: float,
    params: dict[str, Any],
    accountant: str,
    secure_mode: bool,
    max_physical_batch_size: int,
    grad_sample_mode: str,
    seed: int,
    device: torch.device,
) -> FitResult:
    """Train ``module`` on ``data`` (a BagData/DenseData) with DP unless ``epsilon`` is inf.

    A ``PersonData`` makes each person one example (sampled, clipped and counted as one); the
    ledger's ``n_examples`` (DP examples: persons or records), ``sample_rate`` and ``steps`` then
    count persons. Records are counted by the caller (``confide.train.api.unit_ledger``).

    Args:
        module: Fresh module.
        data: Encoded rows (or persons) with ``batch(idx, device)``.
        labels: Class indices, ``(n,)`` int; ``(n_persons, K)`` for ``PersonData``.
        epsilon: Target epsilon (``math.inf`` = non-private).
        delta: Target delta (already validated).
        params: Per-model params (epochs, batch_size, lr, weight_decay, max_grad_norm).
        accountant: ``prv`` or ``rdp``.
        secure_mode: Opacus secure mode (raises when unavailable).
        max_physical_batch_size: Memory cap for BatchMemoryManager.
        grad_sample_mode: Resolved Opacus mode (``ghost``, ``hooks``, ``functorch``, ``ew``).
        seed: Seeds sampling, init-independent noise and shuffling.
        device: Torch device.
    """
    check_secure_mode(secure_mode)
    private = math.isfinite(epsilon)
    n = len(data)
    torch.manual_seed(seed)
    module = module.to(device)
    y_all = torch.as_tensor(labels, dtype=torch.long)
    batch_size = min(int(params["batch_size"]), n)
    loader = DataLoader(
        _Positions(n),
        batch_size=batch_size,
        shuffle=True,
        generator=torch.Generator().manual_seed(seed),
        collate_fn=_position_batch,
    )
    if params["optimizer"] == "sgd":
        optimizer: torch.optim.Optimizer = torch.optim.SGD(
            module.parameters(), lr=params["lr"], momentum=0.9, weight_decay=params["weight_decay"]
        )
    else:
        optimizer = torch.optim.Adam(module.parameters(), lr=params["lr"], weight_decay=params["weight_decay"])
    # A batch of persons has one summed loss per person (one DP example per person).
    criterion: Any = PersonCrossEntropy() if isinstance(data, PersonData) else nn.CrossEntropyLoss()
    epochs = int(params["epochs"])
    engine = None
    if private:
        module, optimizer, criterion, loader, engine = privatize(
            module=module,
            optimizer=optimizer,
            criterion=criterion,
            loader=loader,
            epsilon=epsilon,
            delta=delta,
            epochs=epochs,
            max_grad_norm=params["max_grad_norm"],
            accountant=accountant,
            secure_mode=secure_mode,
            grad_sample_mode=grad_sample_mode,
        )
    module.train()
    t0 = time.perf_counter()
    with _quiet_opacus():
        for _ in range(epochs):
            _run_epoch(
                module,
                optimizer,
                criterion,
                loader,
                data,
                y_all,
                device=device,
                private=private,
                max_physical_batch_size=max_physical_batch_size,
            )
    seconds_per_epoch = (time.perf_counter() - t0) / epochs
    module.eval()
    ledger = _ledger(
        engine,
        optimizer,
        epsilon=epsilon,
        delta=delta,
        params=params,
        accountant=accountant,
        secure_mode=secure_mode,
        grad_sample_mode=grad_sample_mode if private else "none",
        n=n,
        batch_size=batch_size,
        epochs=epochs,
    )
    base = _unwrap(module)
    if hasattr(base, "_module"):
        base = base._module
    _strip_opacus_state(base)
    return FitResult(module=base, ledger=ledger, seconds_per_epoch=seconds_per_epoch)


def physical_batch_limit(data: Any, max_physical_batch_size: int) -> int:
    """Examples per physical batch so that at most ``max_physical_batch_size`` records are held.

    A batch of persons holds persons x K record slots (K the most records a person keeps, at
    most the cap), so at unit person the limit in persons is ``max_physical_batch_size // K``
    (at least one person); at unit record it is ``max_physical_batch_size`` records.
    """
    width = int(data.members.shape[1]) if isinstance(data, PersonData) else 1
    return max(1, int(max_physical_batch_size) // max(width, 1))


def _run_epoch(module, optimizer, criterion, loader, data, y_all, *, device, private, max_physical_batch_size):
    def step_on(batch_idx: torch.Tensor) -> None:
        idx = batch_idx.numpy()
        inputs = data.batch(idx, device)
        logits = module(*inputs)
        y = y_all[batch_idx].to(device)
        if y.dim() == 2:  # persons: slots past the batch's widest person are padding
            y = y[:, : logits.shape[1]]
        loss = criterion(logits, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    limit = physical_batch_limit(data, max_physical_batch_size)
    if (
        private
        and getattr(loader, "batch_sampler", None) is not None
        and loader.batch_sampler.sample_rate * len(data) > limit
    ):
        from opacus.utils.batch_memory_manager import BatchMemoryManager

        with BatchMemoryManager(data_loader=loader, max_physical_batch_size=limit, optimizer=optimizer) as mem_loader:
            for (batch_idx,) in mem_loader:
                step_on(batch_idx)
    else:
        for (batch_idx,) in loader:
            step_on(batch_idx)


def _strip_opacus_state(module: nn.Module) -> None:
    for p in module.parameters():
        for attr in (
            "grad_sample",
            "_forward_counter",
            "_norm_sample",
            "summed_grad",
            "_current_grad_sample",
        ):
            if hasattr(p, attr):
                try:
                    delattr(p, attr)
                except AttributeError:
                    pass
        p.grad = None
    for m in module.modules():
        for attr in ("activations", "max_batch_len"):
            if attr in m.__dict__:
                del m.__dict__[attr]


def _ledger(
    engine,
    optimizer,
    *,
    epsilon,
    delta,
    params,
    accountant,
    secure_mode,
    grad_sample_mode,
    n,
    batch_size,
    epochs,
) -> dict[str, Any]:
    if engine is None:
        return {
            "private": False,
            "epsilon_target": math.inf,
            "epsilon_spent": math.inf,
            "delta": None,
            "noise_multiplier": 0.0,
            "sample_rate": batch_size / n,
            "steps": epochs * math.ceil(n / batch_size),
            "accountant": None,
            "max_grad_norm": None,
            "secure_mode": secure_mode,
            "grad_sample_mode": grad_sample_mode,
            "n_examples": n,
            "epochs": epochs,
            "batch_size": batch_size,
        }
    history = engine.accountant.history
    if len({(h[0], h[1]) for h in history}) > 1:  # pragma: no cover - one (sigma, q) per run here
        raise RuntimeError("privacy ledger expects a single (sigma, q) per run")
    steps = int(sum(h[2] for h in history))
    sigma = float(history[0][0]) if history else float(optimizer.noise_multiplier)
    q = float(history[0][1]) if history else 1.0 / n
    return {
        "private": True,
        "epsilon_target": float(epsilon),
        "epsilon_spent": epsilon_spent(
            noise_multiplier=sigma, sample_rate=q, steps=steps, delta=delta, accountant=accountant
        ),
        "delta": float(delta),
        "noise_multiplier": sigma,
        "sample_rate": q,
        "steps": steps,
        "accountant": accountant,
        "max_grad_norm": float(params["max_grad_norm"]),
        "secure_mode": secure_mode,
        "grad_sample_mode": grad_sample_mode,
        "n_examples": n,
        "epochs": epochs,
        "batch_size": batch_size,
    }
