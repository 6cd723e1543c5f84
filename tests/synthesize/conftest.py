"""Small, seeded, made-up tables for the synthesis tests (no real records)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def make_records(n: int = 300, seed: int = 0) -> pd.DataFrame:
    """A records-shaped table: ids, text, date, split plus correlated tabular columns."""
    rng = np.random.default_rng(seed)
    age = rng.integers(18, 80, n).astype(float)
    gender = rng.choice(["female", "male"], n)
    severity = rng.normal(0.0, 1.0, n) + (age - 50) / 30
    items = {
        f"phq9_{i}": np.clip(np.round(severity + rng.normal(0, 0.5, n) + 1), 0, 3)
        for i in range(1, 4)
    }
    df = pd.DataFrame(
        {
            "record_id": [f"r{i:05d}" for i in range(n)],
            "text": [f"made up post number {i}" for i in range(n)],
            "group_id": [f"g{i % 97}" for i in range(n)],
            "date": ["2020-01-01"] * n,
            "split": np.where(rng.random(n) < 0.8, "train", "test"),
            "age": age,
            "gender": gender,
            **items,
            "label": np.where(severity > 0.5, "high", "low"),
        }
    )
    df.loc[rng.choice(n, 10, replace=False), "age"] = np.nan
    return df


@pytest.fixture
def records() -> pd.DataFrame:
    return make_records()


@pytest.fixture(autouse=True)
def _quiet_known_warnings():
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning)
        warnings.filterwarnings("ignore", message=".*Secure RNG.*")
        warnings.filterwarnings("ignore", message=".*Optimal order.*")
        warnings.filterwarnings("ignore", message=".*Full backward hook.*")
        yield
