"""Audio I/O: WAV files, manifests, and waveform bundles (all reads and writes live here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from confide.errors import InputDataError

MANIFEST_COLUMNS = ("path", "speaker", "label")
FSDD_NAME = re.compile(r"^(?P<label>\d)_(?P<speaker>[A-Za-z]+)_(?P<index>\d+)\.wav$")


def read_wav(path: Path | str, *, where: str | None = None) -> tuple[np.ndarray, int]:
    """Read a mono PCM WAV file as float32 in [-1, 1] and its sample rate.

    Args:
        path: The file.
        where: How errors name the file instead of its path (a manifest row and column, or an
            utterance pseudonym): a user's file names carry names and dates.

    Raises:
        InputDataError: the file is missing, is not a readable WAV file or is not mono; the
            message names the file (``where`` when given) and the fix, never any sample.
    """
    from scipy.io import wavfile

    path = Path(path)
    name = where or path
    if not path.is_file():
        raise InputDataError(name, "file not found; fix the manifest's path or add the file")
    try:
        rate, data = wavfile.read(path)
    except (ValueError, EOFError, OSError) as exc:
        raise InputDataError(name, f"cannot be read as a WAV file ({type(exc).__name__}); re-encode it as "
                                   "PCM WAV (e.g. `sox in.ext -b 16 out.wav`)") from exc
    if data.ndim != 1:
        raise InputDataError(name, f"has {data.shape[1]} channels; convert it to mono")
    if data.dtype.kind == "i":
        wav = data.astype(np.float32) / float(np.iinfo(data.dtype).max)
    elif data.dtype.kind == "u":
        wav = (data.astype(np.float32) - 128.0) / 128.0
    else:
        wav = data.astype(np.float32)
    return wav, int(rate)


def fsdd_manifest(root: Path | str) -> pd.DataFrame:
    """Manifest of the Free Spoken Digit Dataset folder (``recordings/{digit}_{speaker}_{i}.wav``).

    Raises:
        InputDataError: the folder has no recordings, or a file name does not follow the pattern.
    """
    folder = Path(root) / "recordings"
    files = sorted(folder.glob("*.wav"))
    if not files:
        raise InputDataError(folder, "holds no .wav files; point audio.fsdd.path at the FSDD checkout")
    rows, bad = [], []
    for file in files:
        match = FSDD_NAME.match(file.name)
        if match is None:
            bad.append(file.name)
            continue
        rows.append({"path": str(file), "speaker": match["speaker"], "label": match["label"]})
    if bad:
        raise InputDataError(folder, f"{len(bad)} file name(s) do not follow {{digit}}_{{speaker}}_{{index}}.wav; "
                                     "rename or remove them", rows=bad)
    return pd.DataFrame(rows)


def read_manifest(path: Path | str) -> pd.DataFrame:
    """A user's manifest CSV with columns ``path`` (relative to the CSV), ``speaker`` and ``label``.

    Raises:
        InputDataError: the file is missing, a column is missing, or a cell is empty (row numbers
            named, never values).
    """
    path = Path(path)
    if not path.is_file():
        raise InputDataError(path, "manifest not found; set audio.manifest.path")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in MANIFEST_COLUMNS if c not in frame.columns]
    if missing:
        raise InputDataError(path, f"missing column(s) {missing}; the manifest needs {list(MANIFEST_COLUMNS)}")
    frame = frame[list(MANIFEST_COLUMNS)].copy()
    for column in MANIFEST_COLUMNS:
        empty = np.flatnonzero(frame[column].str.strip().eq("").to_numpy())
        if len(empty):
            raise InputDataError(path, "empty cell(s); fill them or drop the rows", column=column,
                                 rows=[int(i) + 1 for i in empty])
    frame["path"] = [str((path.parent / p).resolve()) if not Path(p).is_absolute() else p for p in frame["path"]]
    return frame


def write_bundle(path: Path | str, *, ids: Sequence[str], waveforms: Sequence[np.ndarray],
                 sample_rate: int) -> None:
    """Write waveforms (float32) as one ``.npz``: concatenated samples, offsets and ids."""
    lengths = np.array([len(w) for w in waveforms], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    samples = np.concatenate([np.asarray(w, dtype=np.float32) for w in waveforms]) if len(waveforms) else \
        np.zeros(0, np.float32)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        np.savez(handle, samples=samples, offsets=offsets, ids=np.asarray(list(ids), dtype=str),
                 sample_rate=np.int64(sample_rate))


def read_bundle(path: Path | str) -> tuple[list[str], list[np.ndarray], int]:
    """Inverse of :func:`write_bundle`: ``(ids, waveforms, sample_rate)``."""
    with np.load(path, allow_pickle=False) as data:
        offsets, samples = data["offsets"], data["samples"]
        waves = [samples[offsets[i]:offsets[i + 1]] for i in range(len(offsets) - 1)]
        return [str(i) for i in data["ids"]], waves, int(data["sample_rate"])
