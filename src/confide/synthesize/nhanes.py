"""NHANES 2017-18 PHQ-9 (DPQ_J) + demographics (DEMO_J) as a Confide-shaped table.

Codes follow the NCHS codebooks: PHQ-9 items DPQ010-DPQ090 are 0-3 with 7 (refused) and
9 (don't know) recoded to missing; the target ``label`` is ``positive`` when the PHQ-9 total
is >= 10. Age (top-coded at 80), sex, race/ethnicity, education and the income-to-poverty
ratio (top-coded at 5) are quasi-identifiers. NCHS asks users not to attempt re-identification.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

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
