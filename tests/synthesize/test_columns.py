import pandas as pd

from confide.synthesize.columns import (
    build_metadata,
    nothing_to_synthesize,
    plan_columns,
    tabular_columns,
)


def test_when_ids_text_and_dates_present_then_they_are_never_modelled(records):
    cols = tabular_columns(records)
    for never in ("record_id", "group_id", "text", "date", "split"):
        assert never not in cols
    assert cols == ["age", "gender", "phq9_1", "phq9_2", "phq9_3", "label"]


def test_when_text_only_corpus_then_nothing_to_synthesize_says_why(records):
    text_only = records[["record_id", "text", "label", "group_id", "date", "split"]]
    reason = nothing_to_synthesize(text_only)
    assert reason is not None and "free text is not synthesized" in reason
    assert nothing_to_synthesize(records) is None


def test_when_string_column_is_mostly_unique_then_excluded_but_low_cardinality_kept():
    n = 60
    df = pd.DataFrame(
        {
            "note": [f"unique sentence {i}" for i in range(n)],  # free-text look-alike
            "occupation": ["nurse", "teacher", "driver"] * (n // 3),  # real category
            "age": range(n),
        }
    )
    plan = plan_columns(df)
    assert "note" in plan.excluded and "free text" in plan.excluded["note"]
    assert plan.included == ["occupation", "age"]


def test_when_column_is_entirely_missing_then_excluded():
    df = pd.DataFrame({"a": [1.0, 2.0], "b": [None, None]})
    assert plan_columns(df).excluded == {"b": "entirely missing"}


def test_when_metadata_built_then_sdtypes_follow_schema_and_no_keys(records):
    cols = tabular_columns(records)
    md = build_metadata(records, cols, bounds={"age": (18, 80)}).to_dict()
    spec = md["tables"]["records"]["columns"]
    assert spec["age"] == {"sdtype": "numerical", "range_min": 18.0, "range_max": 80.0}
    assert spec["gender"]["sdtype"] == "categorical"
    assert spec["label"]["sdtype"] == "categorical"
    assert "primary_key" not in md["tables"]["records"]


def test_when_numeric_column_has_few_integer_levels_then_it_is_discrete_else_not():
    from confide.synthesize.columns import discrete_columns

    df = pd.DataFrame(
        {
            "item": [0.0, 1.0, 3.0, None, 2.0, 0.0],  # Likert item with a gap
            "ratio": [0.5, 1.0, 1.5, 2.0, 0.5, 1.0],  # few levels but not integers
            "age": [18.0, 19.0, 20.0, 21.0, 22.0, 23.0],  # integers, too many levels
            "sex": ["f", "m", "f", "m", "f", "m"],  # already categorical
        }
    )
    assert discrete_columns(df, list(df.columns), max_levels=5) == ["item"]
    assert discrete_columns(df, list(df.columns), max_levels=0) == []
    md = build_metadata(df, list(df.columns), categorical=["item"]).to_dict()
    assert md["tables"]["records"]["columns"]["item"]["sdtype"] == "categorical"
