"""Person-level differential privacy: the privacy unit, the per-person cap and person batches.

At ``train.privacy_unit: person`` one *example* of DP-SGD is one person, not one record:

1. ``person_cap`` keeps at most ``max_records_per_person`` records of each person, chosen by a
   keyed hash of ``(seed, record_id)`` (reproducible, and independent of the table's row order);
   the number dropped is recorded in the ledger.
2. ``PersonData`` presents the kept records as a ``(persons, K, ...)`` batch: row ``i`` holds the
   records of person ``i`` padded to ``K`` (padding has zero input and is ignored by the loss).
3. ``PersonCrossEntropy`` sums the cross-entropy of a person's records into ONE loss per person.
   Opacus sees a batch of persons: Poisson sampling draws persons, the per-sample gradient is
   the gradient of that person's summed loss (Opacus's samplers sum over the extra ``K``
   dimension: ``nn.Linear`` via ``einsum("n...i,n...j->nij")`` and the exact ``ggT * aaT`` ghost
   norm for 3-D inputs; ``HashedBag`` via ``sparse_bag``), it is clipped to ``max_grad_norm``
   as a whole, noise is calibrated to the person-level sample rate, and the accountant counts
   person-level steps. A person's total influence on an update is therefore at most C.

A record without a person id (``group_id`` null) is its own person.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import torch
from torch import nn

from confide.train.errors import TrainConfigError
from confide.train.units import person_keys, resolve_privacy_unit  # defined there, for training and audits

#: Label index of padding slots (PyTorch's default ignore_index).
IGNORE = -100


def _rank(seed: int, record_ids: pd.Series) -> np.ndarray:
    """A seeded pseudo-random rank per record, a function of (seed, record_id) only."""
    prefix = f"confide-person-cap:{int(seed)}:".encode()
    return np.array(
        [int.from_bytes(hashlib.blake2b(prefix + str(r).encode(), digest_size=8).digest(), "big") for r in record_ids],
        dtype=np.uint64,
    )


def person_cap_mask(records: pd.DataFrame, *, max_records_per_person: int | None, seed: int) -> np.ndarray:
    """Boolean mask (row order of ``records``) of the records kept under the per-person cap.

    Each person keeps the ``max_records_per_person`` records of lowest rank, the rank being a
    hash of ``(seed, record_id)``: the same seed keeps the same records whatever the row order.
    ``None`` keeps everything (unit ``record``).
    """
    if max_records_per_person is None:
        return np.ones(len(records), dtype=bool)
    if isinstance(max_records_per_person, bool) or int(max_records_per_person) < 1:
        raise TrainConfigError(f"train.max_records_per_person={max_records_per_person!r} must be an integer >= 1")
    frame = pd.DataFrame(
        {"person": person_keys(records).to_numpy(), "rank": _rank(seed, records["record_id"]),
         "row": np.arange(len(records))}
    )  # fmt: skip
    order = frame.sort_values(["person", "rank", "row"], kind="stable")
    position = order.groupby("person", sort=False).cumcount().to_numpy()
    keep = np.zeros(len(records), dtype=bool)
    keep[order["row"].to_numpy()[position < int(max_records_per_person)]] = True
    return keep


def person_cap(records: pd.DataFrame, *, max_records_per_person: int | None, seed: int) -> pd.DataFrame:
    """The records kept under the cap, in their original order and with their original index."""
    return records.loc[person_cap_mask(records, max_records_per_person=max_records_per_person, seed=seed)]


def rows_used(records: pd.DataFrame, *, config: dict[str, Any] | None, seed: int) -> np.ndarray:
    """Boolean mask of the rows ``train_model(train=records, seed=seed, config=config)`` trains on.

    The audit calls this to know which records were members of a run: at unit ``person`` the
    cap drops some records of people with many, at unit ``record`` every row is used.
    """
    from confide.train.config import resolve_config

    cfg = resolve_config(config)
    unit = resolve_privacy_unit(cfg["privacy_unit"], records)
    cap = cfg["max_records_per_person"] if unit == "person" else None
    return person_cap_mask(records, max_records_per_person=cap, seed=seed)


def person_members(keys: pd.Series | np.ndarray) -> np.ndarray:
    """``(n_persons, K)`` record positions per person (first-appearance order), ``-1`` = padding."""
    codes, _ = pd.factorize(pd.Series(keys), sort=False)
    n_persons = int(codes.max()) + 1 if len(codes) else 0
    counts = np.bincount(codes, minlength=n_persons)
    width = int(counts.max()) if n_persons else 1
    order = np.argsort(codes, kind="stable")
    slot = np.arange(len(codes)) - np.repeat(np.cumsum(counts) - counts, counts)
    members = np.full((n_persons, width), -1, dtype=np.int64)
    members[codes[order], slot] = order
    return members


@dataclass
class PersonData:
    """Record-level data (``BagData``/``DenseData``) seen as a batch of persons.

    ``batch(idx)`` returns each record tensor reshaped to ``(len(idx), K, ...)``, ``K`` the most
    records of a person in the batch; padding slots hold zeros (zero weights for bags), so they
    add nothing to a person's gradient.
    """

    rows: Any
    members: np.ndarray

    def __len__(self) -> int:
        return self.members.shape[0]

    @property
    def n_inputs(self) -> int:
        """Input size of the record-level data."""
        return self.rows.n_inputs

    def labels(self, y: np.ndarray) -> np.ndarray:
        """Person-shaped labels ``(n_persons, K)`` with ``IGNORE`` in padding slots."""
        return np.where(self.members >= 0, np.asarray(y)[np.maximum(self.members, 0)], IGNORE)

    def batch(self, idx: np.ndarray, device: torch.device) -> tuple[torch.Tensor, ...]:
        """Return the record tensors of persons ``idx`` shaped ``(B, K, ...)``."""
        members = self.members[np.asarray(idx, dtype=np.int64)]
        members = members[:, : max(int((members >= 0).sum(axis=1).max(initial=0)), 1)]  # slots are left-packed
        b, k = members.shape
        flat = members.reshape(-1)
        pad = torch.from_numpy(flat < 0).to(device)
        out = []
        for t in self.rows.batch(np.maximum(flat, 0), device):
            t = t.masked_fill(pad.view(-1, *([1] * (t.dim() - 1))), 0)
            out.append(t.reshape(b, k, *t.shape[1:]))
        return tuple(out)


class PersonCrossEntropy(nn.Module):
    """Cross-entropy summed over a person's records: one loss per person.

    ``reduction`` (``mean``, ``sum`` or ``none``) acts over persons, as Opacus expects of a
    per-example loss (ghost clipping sets it to ``none`` to get one loss per person).
    """

    def __init__(self, reduction: str = "mean") -> None:
        super().__init__()
        self.reduction = reduction

    def forward(self, logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """``logits`` ``(B, K, C)``, ``target`` ``(B, K)`` with ``IGNORE`` for padding."""
        b, k, c = logits.shape
        per_record = nn.functional.cross_entropy(
            logits.reshape(b * k, c), target.reshape(b * k), ignore_index=IGNORE, reduction="none"
        )
        per_person = per_record.view(b, k).sum(dim=1)
        if self.reduction == "none":
            return per_person
        if self.reduction == "sum":
            return per_person.sum()
        return per_person.mean()
