"""Manifest ingest and the audio quality gate: sample rate, duration bounds, readable, not silent."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from confide.audio.errors import AudioQualityError
from confide.audio.io import fsdd_manifest, read_manifest, read_wav
from confide.errors import InputDataError


def load_manifest(config: Mapping[str, Any]) -> pd.DataFrame:
    """The manifest named by the ``audio`` params: FSDD's folder or a user's CSV."""
    if config["source"] == "fsdd":
        return fsdd_manifest(config["fsdd"]["path"])
    return read_manifest(config["manifest"]["path"])


def check_audio(manifest: pd.DataFrame, *, sample_rate: int, min_seconds: float, max_seconds: float,
                source: str = "manifest", show_files: bool = False) -> pd.DataFrame:
    """Read every file once and collect every problem before raising.

    Checks: the file exists and is a mono PCM WAV file, its sample rate is ``sample_rate``, its
    duration lies in ``[min_seconds, max_seconds]`` and it is not silent.

    Problems name the manifest row and its ``path`` column, never the path itself (a user's file
    names carry names and dates); ``show_files`` adds the file name, for public data (FSDD) only.

    Returns:
        The manifest with ``row`` (1-based manifest row) and ``seconds`` added.

    Raises:
        AudioQualityError: listing each file that failed, with its manifest row and the fix.
    """
    problems: list[str] = []
    seconds = np.full(len(manifest), np.nan)
    for i, path in enumerate(manifest["path"]):
        where = f"row {i + 1}, column 'path'" + (f" ({Path(path).name})" if show_files else "")
        try:
            wav, rate = read_wav(path)
        except InputDataError as exc:
            problems.append(f"{where}: {str(exc)[len(f'file {exc.path}: '):]}")
            continue
        if rate != sample_rate:
            problems.append(f"{where}: sample rate {rate} Hz, expected {sample_rate} Hz "
                            "(audio.quality.sample_rate); resample the file or change the setting")
            continue
        seconds[i] = len(wav) / rate
        if not min_seconds <= seconds[i] <= max_seconds:
            problems.append(f"{where}: duration {seconds[i]:.2f} s outside "
                            f"[{min_seconds}, {max_seconds}] s (audio.quality.min_seconds/max_seconds); "
                            "trim or drop the file")
        elif not np.all(np.isfinite(wav)) or float(np.max(np.abs(wav))) < 1e-4:
            problems.append(f"{where}: silent or non-finite samples; drop the file")
    if problems:
        raise AudioQualityError(problems, source=source)
    checked = manifest.copy()
    checked.insert(0, "row", np.arange(1, len(manifest) + 1))
    checked["seconds"] = seconds
    return checked


def split_by_speaker(manifest: pd.DataFrame, *, test_speakers: int, audit_fraction: float,
                     seed: int) -> pd.Series:
    """Speaker-grouped split: ``test`` (held-out speakers), ``train`` and ``audit`` (non-members).

    ``audit`` rows come from the training speakers but are never trained on: they are the
    non-members of the membership audit, drawn like the members.

    Raises:
        AudioQualityError: fewer than ``test_speakers + 1`` speakers.
    """
    speakers = sorted(manifest["speaker"].unique())
    if len(speakers) <= test_speakers:
        raise AudioQualityError([f"{len(speakers)} speaker(s) but audio.split.test_speakers is {test_speakers}; "
                                 "add speakers or lower it"], source="manifest")
    rng = np.random.default_rng(seed)
    test = set(rng.choice(speakers, size=test_speakers, replace=False).tolist())
    split = pd.Series("train", index=manifest.index)
    split[manifest["speaker"].isin(test)] = "test"
    train_rows = np.flatnonzero(split.eq("train").to_numpy())
    audit = rng.choice(train_rows, size=int(round(audit_fraction * len(train_rows))), replace=False)
    split.iloc[audit] = "audit"
    return split
