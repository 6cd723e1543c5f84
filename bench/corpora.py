"""Readers of the public corpora the benchmarks and tests measure against (not workflow inputs).

- presidio-research ``generated_large.json`` and CounselChat (beside the repo, ``../shared/data``);
- hand-written marked cases (``tests/anonymize/cases/*.txt``): identifiers marked ``[[TYPE|value]]``;
- NHANES 2017-18 PHQ-9 (DPQ_J) + demographics (DEMO_J) as a Confide-shaped table.

NHANES codes follow the NCHS codebooks: PHQ-9 items DPQ010-DPQ090 are 0-3 with 7 (refused) and
9 (don't know) recoded to missing; the target ``label`` is ``positive`` when the PHQ-9 total
is >= 10. Age (top-coded at 80), sex, race/ethnicity, education and the income-to-poverty
ratio (top-coded at 5) are quasi-identifiers. NCHS asks users not to attempt re-identification.

Tests import it as ``bench.corpora`` (the repo root is on pytest's path, as for ``tests.conftest``);
the benchmarks put the repo root on ``sys.path`` first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from confide.anonymize.marked_cases import read_marked_cases
from confide.errors import InputDataError
from confide.io import read_json

# --- presidio-research and hand-written marked cases --------------------------------------------
PRESIDIO_RESEARCH_TYPES = {"ADDRESS": "STREET_ADDRESS", "DOMAIN_NAME": "URL"}
PRESIDIO_RESEARCH_NOT_IDENTIFIERS = {"TITLE", "PREFIX"}


def load_presidio_research(
    path: Path, *, limit: int | None = None
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Read presidio-research ``generated_large.json`` as (records, gold spans).

    ADDRESS is renamed STREET_ADDRESS and DOMAIN_NAME URL; TITLE ("Engineer") and PREFIX ("Mr.")
    are dropped as they identify nobody.
    """
    path = Path(path)
    try:
        items = read_json(path)
    except (OSError, json.JSONDecodeError) as err:
        raise InputDataError(path, f"cannot be read as JSON ({type(err).__name__})") from None
    items = items[:limit] if limit else items
    rows, spans = [], []
    for i, item in enumerate(items):
        rid = f"pr-{i:05d}"
        rows.append({"record_id": rid, "text": item["full_text"]})
        for s in item.get("spans", []):
            etype = s["entity_type"]
            if etype in PRESIDIO_RESEARCH_NOT_IDENTIFIERS:
                continue
            spans.append(
                {
                    "record_id": rid,
                    "start": int(s["start_position"]),
                    "end": int(s["end_position"]),
                    "entity_type": PRESIDIO_RESEARCH_TYPES.get(etype, etype),
                    "value": s["entity_value"],
                }
            )
    return pd.DataFrame(rows), spans


def load_marked_cases(path: Path) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Hand-written cases (``confide.anonymize.marked_cases``): (records, gold spans)."""
    records, spans = read_marked_cases(path)
    return pd.DataFrame(records), spans


# --- CounselChat -------------------------------------------------------------------------------
_PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)")
_CREDENTIAL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def therapist_name(info: str) -> str | None:
    """The therapist's name from CounselChat's ``therapistInfo`` ("Jane Roe, LCSWCouples ...")."""
    head = str(info).split(",")[0].strip()
    head = _CREDENTIAL_GLUE.split(head)[0].strip() if _CREDENTIAL_GLUE.search(head) else head
    words = head.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def load_counsel_chat(path: Path) -> tuple[pd.DataFrame, dict[str, dict[str, list[str]]]]:
    """Read CounselChat answers as records plus the known identifiers per record.

    Returns:
        records (``record_id``, ``text`` = answerText, ``group_id`` = therapist URL) and
        ``{record_id: {"names": [...], "phones": [...]}}`` where names are the therapist's full
        name and surname when they occur in the answer, phones every phone-number string in it.
    """
    path = Path(path)
    try:
        raw = pd.read_csv(path)
    except (OSError, ValueError, pd.errors.ParserError) as err:
        raise InputDataError(path, f"cannot be read as CSV ({type(err).__name__})") from None
    rows, known = [], {}
    for i, row in enumerate(raw.itertuples(index=False)):
        text = "" if pd.isna(row.answerText) else str(row.answerText)
        rid = f"cc-{i:05d}"
        rows.append(
            {
                "record_id": rid,
                "text": text,
                "group_id": None if pd.isna(row.therapistURL) else str(row.therapistURL),
            }
        )
        name = therapist_name(row.therapistInfo) if not pd.isna(row.therapistInfo) else None
        names = []
        if name:
            for candidate in (name, name.split()[-1]):
                if len(candidate) >= 3 and re.search(rf"(?<!\w){re.escape(candidate)}(?!\w)", text):
                    names.append(candidate)
        known[rid] = {"names": names, "phones": _PHONE.findall(text)}
    return pd.DataFrame(rows), known


# --- NHANES 2017-18 ----------------------------------------------------------------------------
PHQ9_ITEMS = [f"DPQ0{i}0" for i in range(1, 10)]
QUASI_IDENTIFIERS = ["age", "gender", "race_ethnicity", "education", "income_poverty_ratio"]

_GENDER = {1: "male", 2: "female"}
_RACE = {
    1: "mexican_american",
    2: "other_hispanic",
    3: "nh_white",
    4: "nh_black",
    6: "nh_asian",
    7: "other_or_multi",
}
_EDUCATION = {
    1: "less_than_9th",
    2: "9th_to_11th",
    3: "high_school",
    4: "some_college",
    5: "college_graduate",
}

#: Public domain of every column (from the codebooks, not the data): for `dp_marginal`.
NHANES_DOMAIN: dict[str, dict[str, Any]] = {
    "age": {"lower": 18, "upper": 80, "integer": True},
    "gender": {"categories": list(_GENDER.values())},
    "race_ethnicity": {"categories": list(_RACE.values())},
    "education": {"categories": list(_EDUCATION.values())},
    "income_poverty_ratio": {"lower": 0.0, "upper": 5.0},
    **{f"phq9_{i}": {"lower": 0, "upper": 3, "integer": True} for i in range(1, 10)},
    "phq9_total": {"lower": 0, "upper": 27, "integer": True},
    "label": {"categories": ["negative", "positive"]},
}


def prepare_nhanes_dpq(
    dpq: pd.DataFrame, demo: pd.DataFrame, *, complete_phq9: bool = True
) -> pd.DataFrame:
    """Join DPQ and DEMO on SEQN and recode into Confide's column names.

    Args:
        dpq: DPQ_J as read from the XPT file.
        demo: DEMO_J as read from the XPT file.
        complete_phq9: keep only respondents with all nine items answered; the number of
            respondents dropped is in ``df.attrs["n_dropped_incomplete_phq9"]``.

    Returns:
        ``record_id``, the five quasi-identifiers, ``phq9_1``..``phq9_9``, ``phq9_total``,
        ``label``.
    """
    dpq = _zero_tiny(dpq)
    demo = _zero_tiny(demo)
    merged = dpq.merge(demo, on="SEQN", how="inner", validate="one_to_one")
    out = pd.DataFrame({"record_id": merged["SEQN"].astype(np.int64).astype(str)})
    out["age"] = merged["RIDAGEYR"].astype(float)
    out["gender"] = merged["RIAGENDR"].map(_GENDER)
    out["race_ethnicity"] = merged["RIDRETH3"].map(_RACE)
    out["education"] = merged["DMDEDUC2"].map(_EDUCATION)  # 7/9 and not-asked -> missing
    out["income_poverty_ratio"] = merged["INDFMPIR"].astype(float)
    for i, col in enumerate(PHQ9_ITEMS, start=1):
        item = merged[col].astype(float)
        out[f"phq9_{i}"] = item.where(item.isin([0.0, 1.0, 2.0, 3.0]))
    items = out[[f"phq9_{i}" for i in range(1, 10)]]
    out["phq9_total"] = items.sum(axis=1, min_count=9)
    out["label"] = np.where(out["phq9_total"] >= 10, "positive", "negative")
    out.loc[out["phq9_total"].isna(), "label"] = np.nan
    n_incomplete = int(out["phq9_total"].isna().sum())
    if complete_phq9:
        out = out[out["phq9_total"].notna()].reset_index(drop=True)
    out.attrs["n_dropped_incomplete_phq9"] = n_incomplete if complete_phq9 else 0
    return out


def _zero_tiny(df: pd.DataFrame) -> pd.DataFrame:
    """SAS transport stores 0 as 5.4e-79; make it 0."""
    out = df.copy()
    num = out.select_dtypes("number").columns
    out[num] = out[num].mask(out[num].abs() < 1e-30, 0.0)
    return out


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
