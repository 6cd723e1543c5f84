"""bench/corpora.py: NHANES recoding on synthetic frames, and the real files when present."""

import numpy as np
import pandas as pd
import pytest

from bench.corpora import NHANES_DOMAIN, load_nhanes_dpq, prepare_nhanes_dpq
from confide.errors import InputDataError
from tests.conftest import SHARED_DATA

NHANES = SHARED_DATA / "nhanes-dpq"
SAS_ZERO = 5.397605346934028e-79


def _frames():
    items = {f"DPQ0{i}0": [SAS_ZERO, 1.0, 2.0, 1.0] for i in range(1, 10)}
    items["DPQ010"] = [SAS_ZERO, 1.0, 7.0, 2.0]  # respondent 3 refused item 1
    items["DPQ020"] = [SAS_ZERO, 2.0, 2.0, 9.0]  # respondent 4 does not know item 2
    dpq = pd.DataFrame({"SEQN": [1.0, 2.0, 3.0, 4.0], **items})
    demo = pd.DataFrame(
        {
            "SEQN": [4.0, 3.0, 2.0, 1.0, 99.0],
            "RIDAGEYR": [80.0, 18.0, 45.0, 30.0, 5.0],
            "RIAGENDR": [1.0, 2.0, 2.0, 1.0, 1.0],
            "RIDRETH3": [6.0, 3.0, 1.0, 7.0, 3.0],
            "DMDEDUC2": [9.0, 5.0, np.nan, 1.0, np.nan],
            "INDFMPIR": [SAS_ZERO, 5.0, 1.5, np.nan, 1.0],
        }
    )
    return dpq, demo


def test_when_codes_7_or_9_then_item_missing_and_total_threshold_is_10():
    dpq, demo = _frames()
    df = prepare_nhanes_dpq(dpq, demo, complete_phq9=False)
    assert df["record_id"].tolist() == ["1", "2", "3", "4"]
    assert df.loc[0, "phq9_1"] == 0.0  # SAS zero fixed
    assert df.loc[0, "phq9_total"] == 0 and df.loc[0, "label"] == "negative"
    assert df.loc[1, "phq9_total"] == 10 and df.loc[1, "label"] == "positive"  # 1*8 + 2
    assert np.isnan(df.loc[2, "phq9_1"]) and pd.isna(df.loc[2, "label"])
    assert df.loc[3, "education"] != df.loc[3, "education"]  # code 9 -> missing
    assert df.loc[3, "income_poverty_ratio"] == 0.0
    assert df.loc[3, "race_ethnicity"] == "nh_asian"


def test_when_complete_cases_requested_then_incomplete_dropped_and_counted():
    dpq, demo = _frames()
    df = prepare_nhanes_dpq(dpq, demo)
    assert len(df) == 2 and df.attrs["n_dropped_incomplete_phq9"] == 2


def test_when_folder_lacks_files_then_input_data_error_names_the_file(tmp_path):
    with pytest.raises(InputDataError, match="DPQ_J.xpt"):
        load_nhanes_dpq(tmp_path)


@pytest.mark.skipif(not NHANES.is_dir(), reason="shared NHANES data not available")
def test_when_real_nhanes_loaded_then_counts_match_the_codebook():
    df = load_nhanes_dpq(NHANES)
    assert len(df) == 5068 and (df["label"] == "positive").sum() == 459
    for col, spec in NHANES_DOMAIN.items():
        if "categories" in spec:
            assert set(df[col].dropna()) <= set(spec["categories"]), col
        else:
            assert df[col].dropna().between(spec["lower"], spec["upper"]).all(), col
