"""Synthetic fixtures for the training tests (no real records)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

_WORDS = {
    "anxiety": ["worried", "panic", "nervous", "racing", "heart", "fear", "restless"],
    "depression": ["sad", "empty", "hopeless", "tired", "alone", "crying", "numb"],
    "control": ["game", "recipe", "garden", "movie", "weekend", "team", "coffee"],
}
_COMMON = ["i", "feel", "today", "really", "just", "my", "the", "and", "week", "work"]


@pytest.fixture(scope="session")
def text_table() -> pd.DataFrame:
    """300 synthetic posts in 3 classes with class-specific words plus shared noise words."""
    rng = np.random.default_rng(0)
    rows = []
    for i in range(300):
        label = list(_WORDS)[i % 3]
        words = list(rng.choice(_WORDS[label], 4)) + list(rng.choice(_COMMON, 8))
        rng.shuffle(words)
        rows.append({"record_id": f"r{i}", "text": " ".join(words), "label": label})
    return pd.DataFrame(rows)


@pytest.fixture(scope="session")
def tabular_table() -> pd.DataFrame:
    """400 synthetic questionnaire rows; label = PHQ-9 total >= 14 (about balanced)."""
    rng = np.random.default_rng(1)
    items = rng.integers(0, 4, size=(400, 9))
    df = pd.DataFrame(items, columns=[f"phq9_{i}" for i in range(1, 10)])
    df["age"] = rng.integers(18, 80, size=400).astype(float)
    df.loc[::17, "age"] = np.nan
    df["gender"] = rng.choice(["f", "m", "x"], size=400)
    df["label"] = np.where(items.sum(1) >= 14, "high", "low")
    df["record_id"] = [f"t{i}" for i in range(400)]
    df["text"] = ""
    return df


FAST = {
    "model_params": {
        m: {"epochs": 3, "batch_size": 64} for m in ("linear_ngrams", "embedding_bag", "frozen_encoder", "tabular_mlp")
    }
}
