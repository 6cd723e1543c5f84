"""One JSON convention and one privacy-budget error across stages (issue 12, item 11)."""

from __future__ import annotations

import json
import math

import pytest

from confide.evaluate import write_json as write_evaluation_json
from confide.io import write_json as write_project_json


def test_when_both_json_writers_write_infinity_then_they_write_it_the_same_way(tmp_path):
    payload = {"epsilon": math.inf, "neg": -math.inf, "undefined": math.nan, "x": 1.5}
    write_evaluation_json(payload, tmp_path / "a.json")
    write_project_json({"epsilon": math.inf, "neg": -math.inf, "x": 1.5}, tmp_path / "b.json")
    a = json.loads((tmp_path / "a.json").read_text())
    b = json.loads((tmp_path / "b.json").read_text())
    assert a["epsilon"] == b["epsilon"] == "inf" and a["neg"] == b["neg"] == "-inf"
    assert a["undefined"] is None  # NaN means "undefined" in evaluation results


def test_when_training_rejects_a_budget_then_it_raises_the_one_project_wide_error():
    from confide.errors import PrivacyBudgetError
    from confide.train.config import validate_epsilon
    from confide.train.errors import PrivacyBudgetError as TrainPrivacyBudgetError

    assert TrainPrivacyBudgetError is PrivacyBudgetError
    with pytest.raises(PrivacyBudgetError):
        validate_epsilon(0.0)
    with pytest.raises(ValueError):  # still a ValueError, as training's callers expect
        validate_epsilon(-1.0)
