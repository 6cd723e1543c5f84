"""Content classifier on speech features, trained by the library's DP loop, and its audit.

Training goes through :func:`confide.train.loop.fit` (the text path's loop): Opacus DP-SGD with
Poisson sampling, the δ < 1/n check (:func:`confide.train.config.resolve_delta`), the weak-ε and
non-private warnings, and the ledger with ``privacy_unit``, ``n_persons``, ``sample_rate`` and
``steps`` (:func:`confide.train.api.unit_ledger`).

The privacy unit (``audio.train.privacy_unit``):

* ``speaker``: one DP example per speaker (all their training utterances are sampled, clipped and
  counted together; :class:`confide.train.person.PersonData` keyed by speaker pseudonym). Refused
  below ``min_speakers`` training speakers: with a handful of persons, δ = 1/(10 n) is a sizeable
  chance of total failure for each of them, and the noise needed for a small ε over n persons
  leaves nothing to learn, so the guarantee would be a number without meaning.
* ``utterance``: one DP example per utterance; a speaker with k utterances is protected at about
  k ε (warned, and said in the ledger's sentence).
* ``auto`` (default): ``speaker`` when there are at least ``min_speakers`` training speakers,
  else ``utterance`` with the warning. FSDD's 4 training speakers give ``utterance``.

The ledger keeps the library's vocabulary (``privacy_unit``: ``person`` = speaker, ``record`` =
utterance, and its ``privacy_unit_text`` sentence) so speech and text runs compare; ``unit_name``
holds the speech word.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from confide.audio.errors import AudioPrivacyError

PRIVACY_UNITS = ("auto", "speaker", "utterance")


@dataclass
class TrainedClassifier:
    """A trained classifier with its privacy ledger."""

    model: Any
    classes: list[str]
    ledger: dict[str, Any] = field(default_factory=dict)

    def _logits(self, features: np.ndarray) -> Any:
        import torch

        with torch.no_grad():
            return self.model(torch.from_numpy(np.asarray(features, dtype=np.float32)))

    def losses(self, features: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """Per-example cross-entropy (the membership audit's score is its negative)."""
        import torch

        index = {c: i for i, c in enumerate(self.classes)}
        target = torch.tensor([index[str(y)] for y in labels], dtype=torch.long)
        return torch.nn.functional.cross_entropy(self._logits(features), target, reduction="none").numpy()

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Predicted class names."""
        return np.asarray(self.classes)[self._logits(features).argmax(dim=1).numpy()]


def resolve_unit(unit: str, *, n_speakers: int, min_speakers: int) -> str:
    """``speaker`` or ``utterance`` for ``unit`` given the number of training speakers.

    Raises:
        AudioPrivacyError: ``speaker`` asked for with fewer than ``min_speakers`` speakers, or an
            unknown unit.
    """
    if unit not in PRIVACY_UNITS:
        raise AudioPrivacyError(f"audio.train.privacy_unit={unit!r} is not one of {list(PRIVACY_UNITS)}")
    if unit == "speaker" and n_speakers < min_speakers:
        raise AudioPrivacyError(
            f"audio.train.privacy_unit: speaker with {n_speakers} training speaker(s), below "
            f"audio.train.min_speakers={min_speakers}: a speaker-level guarantee over so few persons "
            "carries no meaning (delta ~ 1/(10 n) is a real chance of total failure per speaker); add "
            "speakers, or set privacy_unit: utterance (each utterance protected, a speaker with k "
            "utterances at about k epsilon)")
    if unit == "auto":
        return "speaker" if n_speakers >= min_speakers else "utterance"
    return unit


def train_classifier(features: np.ndarray, labels: np.ndarray, *, speakers: np.ndarray, classes: list[str],
                     epsilon: float, delta: float | None, seed: int, epochs: int, batch_size: int,
                     learning_rate: float, max_grad_norm: float, hidden: int, accountant: str = "prv",
                     privacy_unit: str = "auto", min_speakers: int = 50) -> TrainedClassifier:
    """Train an MLP through :func:`confide.train.loop.fit`; ``epsilon = inf`` is not private (warned).

    Args:
        features: ``(n, d)`` utterance features.
        labels: Class names per utterance.
        speakers: Speaker pseudonym per utterance (the persons of unit ``speaker``).
        classes: Class names (public), output order.
        epsilon: Target ε (``math.inf``: no DP-SGD).
        delta: Target δ; ``None`` = 1 / (10 n), n the units (speakers or utterances); must be < 1/n.
        seed: Seeds initialisation, Poisson sampling and noise.
        epochs: Passes over the data.
        batch_size: Expected (Poisson) batch size, in units.
        learning_rate: SGD learning rate (momentum 0.9).
        max_grad_norm: Per-unit clipping bound.
        hidden: Hidden width of the MLP.
        accountant: ``prv`` or ``rdp``.
        privacy_unit: ``auto``, ``speaker`` or ``utterance`` (see the module docstring).
        min_speakers: Fewest training speakers for unit ``speaker``.

    Raises:
        AudioPrivacyError: unit ``speaker`` below ``min_speakers``.
        PrivacyBudgetError: ε <= 0 or δ not in (0, 1/n).
    """
    import torch

    from confide.train.api import WEAK_EPSILON, unit_ledger
    from confide.train.config import resolve_delta, validate_epsilon
    from confide.train.features import DenseData
    from confide.train.loop import fit
    from confide.train.modules import mlp
    from confide.train.person import PersonData, person_members

    epsilon = validate_epsilon(float(epsilon))
    speakers = np.asarray(speakers).astype(str)
    n_speakers = len(set(speakers.tolist()))
    unit = resolve_unit(privacy_unit, n_speakers=n_speakers, min_speakers=min_speakers)
    n_units = n_speakers if unit == "speaker" else len(labels)
    delta = resolve_delta(delta, n_units, unit="person" if unit == "speaker" else "record")
    if math.isinf(epsilon):
        warnings.warn("audio classifier trained without DP-SGD (epsilon = inf): not private", UserWarning,
                      stacklevel=2)
    else:
        if epsilon > WEAK_EPSILON:
            warnings.warn(f"epsilon={epsilon} > {WEAK_EPSILON}: weak privacy guarantee", UserWarning, stacklevel=2)
        if unit == "utterance" and n_speakers < len(labels):
            warnings.warn(
                f"audio classifier: DP protects one utterance, not a speaker ({len(labels)} utterances of "
                f"{n_speakers} speakers): a speaker with k utterances is protected at about k x epsilon"
                + (f"; speaker-level DP needs at least audio.train.min_speakers={min_speakers} training "
                   "speakers" if n_speakers < min_speakers else ""),
                UserWarning, stacklevel=2)
    index = {c: i for i, c in enumerate(classes)}
    y = np.array([index[str(v)] for v in labels], dtype=np.int64)
    data: Any = DenseData(x=np.ascontiguousarray(np.asarray(features, dtype=np.float32)))
    if unit == "speaker":
        data = PersonData(rows=data, members=person_members(speakers))
        y = data.labels(y)
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    module = mlp(data.n_inputs, hidden, len(classes))
    params = {"epochs": epochs, "batch_size": batch_size, "optimizer": "sgd", "lr": learning_rate,
              "weight_decay": 0.0, "max_grad_norm": max_grad_norm}
    result = fit(module, data, y, epsilon=epsilon, delta=delta, params=params, accountant=accountant,
                 secure_mode=False, max_physical_batch_size=1024, grad_sample_mode="hooks", seed=seed,
                 device=torch.device("cpu"))
    counts = np.unique(speakers, return_counts=True)[1]
    ledger = {**result.ledger,
              **unit_ledger(unit="person" if unit == "speaker" else "record", n_persons=n_speakers,
                            n_records=len(labels), cap=int(counts.max()) if len(counts) else 0, dropped=0,
                            epsilon=epsilon, delta=delta),
              "unit_name": unit, "min_speakers": min_speakers, "delta": delta, "seed": seed,
              "weak_privacy": epsilon > WEAK_EPSILON}
    return TrainedClassifier(model=result.module, classes=list(classes), ledger=ledger)


def membership_auc(*, member_losses: np.ndarray, nonmember_losses: np.ndarray) -> float:
    """AUC of the loss-threshold membership attack (score = -loss); 0.5 is chance.

    The score and the AUC are the library's (:func:`confide.audit.attacks.per_example_loss`'s
    attack, :func:`confide.evaluate.utility.binary_auc`). Members and non-members must be drawn
    alike (same speakers, same split procedure).
    """
    from confide.audit.attacks import threshold_attack
    from confide.evaluate.utility import binary_auc

    p_true = np.exp(-np.concatenate([np.asarray(member_losses, float), np.asarray(nonmember_losses, float)]))
    scores = threshold_attack(target_p_true=p_true)
    truth = np.concatenate([np.ones(len(member_losses), bool), np.zeros(len(nonmember_losses), bool)])
    return float(binary_auc(scores, truth))
