"""I/O of the synthesis stage (kept apart from the pure logic)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from confide.errors import InputDataError
from confide.synthesize.nhanes import prepare_nhanes_dpq


def load_nhanes_dpq(folder: str | Path, *, complete_phq9: bool = True) -> pd.DataFrame:
    """Read ``DPQ_J.xpt`` and ``DEMO_J.xpt`` from ``folder`` and prepare the joined table.

    Raises:
        InputDataError: a file is missing or unreadable.
    """
    folder = Path(folder)
    frames = []
    for name in ("DPQ_J.xpt", "DEMO_J.xpt"):
        path = folder / name
        if not path.is_file():
            raise InputDataError(path, "file not found; download it from the NHANES 2017-18 page")
        try:
            frames.append(pd.read_sas(path, format="xport"))
        except (ValueError, OSError) as exc:
            raise InputDataError(
                path, f"not a readable SAS transport file ({type(exc).__name__})"
            ) from exc
    return prepare_nhanes_dpq(frames[0], frames[1], complete_phq9=complete_phq9)
