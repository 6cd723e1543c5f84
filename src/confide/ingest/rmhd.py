"""The default data: Reddit Mental Health Dataset sample shipped in the construct-tracker wheel.

Low et al. (2020, JMIR) collected posts from mental-health and control communities. Task:
classify the post's community. ``author`` is a real username (a direct identifier) and ``date``
a quasi-identifier; both are kept so the pipeline has real PII to protect.
"""

from __future__ import annotations

import shutil
import sysconfig
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from confide.errors import InputDataError
from confide.ingest.normalize import normalize_records
from confide.io import read_table

WHEEL_CSV = Path("construct_tracker/data/datasets/reddit_27_subreddits/"
                 "rmhd_27subreddits_260posts_test.csv")
SOURCE_COLUMNS = {"id": "Unnamed: 0", "text": "post", "label": "subreddit", "group": "author",
                  "date": "date"}


def installed_csv() -> Path:
    """Path of the CSV inside the installed wheel (the package itself is never imported)."""
    path = Path(sysconfig.get_paths()["purelib"]) / WHEEL_CSV
    if not path.is_file():
        raise InputDataError(
            path, "the RMHD sample is not installed; run `make install` "
            "(installs construct-tracker==1.0.16 with --no-deps)"
        )
    return path


def copy_raw_csv(destination: Path) -> Path:
    """Copy the wheel's CSV to `destination` (the DVC-tracked raw input) if it is not there."""
    if not destination.is_file():
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(installed_csv(), destination)
    return destination


def load_rmhd(
    path: Path,
    *,
    communities: Sequence[str],
    control_communities: Sequence[str],
    control_label: str,
    control_max_rows: int | None,
    seed: int,
) -> pd.DataFrame:
    """Select the configured communities; pool the control communities into one class.

    The pooled control class is subsampled (seeded) to `control_max_rows` so that it does not
    dwarf the mental-health classes.
    """
    raw = read_table(path, fmt="csv")
    known = set(raw[SOURCE_COLUMNS["label"]].dropna().unique())
    unknown = sorted((set(communities) | set(control_communities)) - known)
    if unknown:
        raise InputDataError(path, f"communities {unknown} are not in the file; known: "
                                   f"{', '.join(sorted(known))}", column="subreddit")
    records = normalize_records(raw, path=path, columns=SOURCE_COLUMNS)
    records["record_id"] = "rmhd-" + records["record_id"]
    is_case = records["label"].isin(communities)
    control = records[records["label"].isin(control_communities)].copy()
    control["label"] = control_label
    if control_max_rows is not None and len(control) > control_max_rows:
        control = control.sample(n=control_max_rows, random_state=seed)
    selected = pd.concat([records[is_case], control]).sort_values("record_id", kind="stable")
    return selected.reset_index(drop=True)
