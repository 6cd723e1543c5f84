"""Content classifier on speech features, with or without DP-SGD (Opacus), and its audits.

A small MLP trained by a local loop: ``confide.train`` is built around text records, and the
speech branch needs only features in, accuracy and a ledger out.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class TrainedClassifier:
    """A trained classifier with its privacy ledger."""

    model: Any
    classes: list[str]
    ledger: dict[str, Any] = field(default_factory=dict)

    def losses(self, features: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """Per-example cross-entropy (the membership audit's score is its negative)."""
        import torch

        index = {c: i for i, c in enumerate(self.classes)}
        with torch.no_grad():
            logits = self.model(torch.from_numpy(np.asarray(features, dtype=np.float32)))
            target = torch.tensor([index[str(y)] for y in labels])
            return torch.nn.functional.cross_entropy(logits, target, reduction="none").numpy()

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Predicted class names."""
        import torch

        with torch.no_grad():
            logits = self.model(torch.from_numpy(np.asarray(features, dtype=np.float32)))
        return np.asarray(self.classes)[logits.argmax(dim=1).numpy()]


def train_classifier(features: np.ndarray, labels: np.ndarray, *, classes: list[str], epsilon: float,
                     delta: float, seed: int, epochs: int, batch_size: int, learning_rate: float,
                     max_grad_norm: float, hidden: int, accountant: str = "prv") -> TrainedClassifier:
    """Train an MLP; ``epsilon = inf`` trains without DP-SGD (and warns that it is not private).

    DP-SGD uses Poisson sampling and ``accountant`` (``prv``, Opacus' default, or ``rdp``); the
    noise multiplier is chosen so that ``epochs`` epochs spend ``epsilon`` at ``delta``.
    """
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    index = {c: i for i, c in enumerate(classes)}
    x = torch.from_numpy(np.asarray(features, dtype=np.float32))
    y = torch.tensor([index[str(v)] for v in labels])
    model = nn.Sequential(nn.Linear(x.shape[1], hidden), nn.ReLU(), nn.Linear(hidden, len(classes)))
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9)
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    ledger: dict[str, Any] = {"epsilon": epsilon, "delta": delta, "n_train": len(y), "epochs": epochs,
                              "accountant": accountant if math.isfinite(epsilon) else None,
                              "private": math.isfinite(epsilon)}
    if math.isfinite(epsilon):
        from opacus import PrivacyEngine

        with warnings.catch_warnings():
            # Secure mode needs torchcsprng, which has no build for this torch (see params.yaml).
            warnings.filterwarnings("ignore", message=".*[Ss]ecure RNG.*")
            engine = PrivacyEngine(accountant=accountant, secure_mode=False)
            model, optimizer, loader = engine.make_private_with_epsilon(
                module=model, optimizer=optimizer, data_loader=loader, target_epsilon=epsilon,
                target_delta=delta, epochs=epochs, max_grad_norm=max_grad_norm)
        ledger["noise_multiplier"] = float(optimizer.noise_multiplier)
    else:
        warnings.warn("audio classifier trained without DP-SGD (epsilon = inf): not private", stacklevel=2)
    model.train()
    for _ in range(epochs):
        for batch_x, batch_y in loader:
            if len(batch_y) == 0:
                continue
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(batch_x), batch_y).backward()
            optimizer.step()
    model.eval()
    if math.isfinite(epsilon):
        ledger["epsilon_spent"] = float(engine.get_epsilon(delta))
        model = model._module
    return TrainedClassifier(model=model, classes=list(classes), ledger=ledger)


def membership_auc(*, member_losses: np.ndarray, nonmember_losses: np.ndarray) -> float:
    """AUC of the loss-threshold membership attack (score = -loss); 0.5 is chance.

    Members and non-members must be drawn alike (same speakers, same split procedure).
    """
    from sklearn.metrics import roc_auc_score

    scores = np.concatenate([-np.asarray(member_losses), -np.asarray(nonmember_losses)])
    truth = np.concatenate([np.ones(len(member_losses)), np.zeros(len(nonmember_losses))])
    return float(roc_auc_score(truth, scores))
