"""Tests of the deterministic synthetic notes generator (no raw text is ever printed)."""

from __future__ import annotations

import io
import re
import time
from collections import Counter, defaultdict

import pandas as pd
import pytest

from confide.ingest.synthetic_notes import (
    ENTITY_TYPES,
    RECORD_COLUMNS,
    SEVERITY_LABELS,
    SPAN_KEYS,
    generate_synthetic_notes,
)

RESTRICTED_ZIP3 = {
    "036", "059", "102", "202", "203", "204", "205", "369", "556", "692", "753", "772", "821",
    "823", "878", "879", "884", "890", "893",
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, list[dict[str, object]]]:
    return generate_synthetic_notes(n_records=4000, seed=7)


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def _severity_reference(total: int) -> str:
    if total <= 4:
        return "minimal"
    if total <= 9:
        return "mild"
    if total <= 14:
        return "moderate"
    return "severe"


def test_when_same_seed_then_byte_identical_parquet_and_spans() -> None:
    a, spans_a = generate_synthetic_notes(n_records=300, seed=11)
    b, spans_b = generate_synthetic_notes(n_records=300, seed=11)
    assert _parquet_bytes(a) == _parquet_bytes(b)
    assert spans_a == spans_b


def test_when_seed_differs_then_output_differs() -> None:
    a, _ = generate_synthetic_notes(n_records=200, seed=1)
    b, _ = generate_synthetic_notes(n_records=200, seed=2)
    assert _parquet_bytes(a) != _parquet_bytes(b)
    assert (a["text"] != b["text"]).mean() > 0.9


def test_when_more_records_requested_then_earlier_patients_unchanged() -> None:
    small, _ = generate_synthetic_notes(n_records=100, seed=5)
    large, _ = generate_synthetic_notes(n_records=400, seed=5)
    last_group = small["group_id"].iloc[-1]  # may be truncated in the small run
    keep = small["group_id"] != last_group
    pd.testing.assert_frame_equal(small[keep], large.iloc[: int(keep.sum())])


def test_when_generated_then_columns_types_and_ids_match_contract(corpus) -> None:
    records, spans = corpus
    assert list(records.columns) == list(RECORD_COLUMNS)
    assert "split" not in records.columns
    assert len(records) == 4000
    assert records["record_id"].is_unique
    assert records.notna().all().all()
    assert records["group_id"].str.fullmatch(r"P\d{6}").all()
    assert records["zip"].str.fullmatch(r"\d{5}").all()
    assert set(records["gender"]) <= {"female", "male", "nonbinary"}
    pd.to_datetime(records["date"], format="%Y-%m-%d")  # raises if any date is not ISO
    assert all(set(s) == set(SPAN_KEYS) for s in spans)


def test_when_generated_then_every_span_offset_is_exact(corpus) -> None:
    records, spans = corpus
    texts = dict(zip(records["record_id"], records["text"], strict=True))
    bad = [s for s in spans if texts[s["record_id"]][s["start"] : s["end"]] != s["value"]]
    assert not bad, f"{len(bad)} spans with wrong offsets"
    assert all(s["end"] > s["start"] for s in spans)
    assert all(s["entity_type"] in ENTITY_TYPES for s in spans)


def test_when_generated_then_spans_sorted_and_non_overlapping(corpus) -> None:
    _, spans = corpus
    by_record: dict[object, list[tuple[int, int]]] = defaultdict(list)
    for s in spans:
        by_record[s["record_id"]].append((int(s["start"]), int(s["end"])))
    for offsets in by_record.values():
        assert offsets == sorted(offsets)
        assert all(prev[1] <= nxt[0] for prev, nxt in zip(offsets, offsets[1:], strict=False))


def test_when_generated_then_every_record_has_a_span_and_all_types_occur(corpus) -> None:
    records, spans = corpus
    assert set(records["record_id"]) == {s["record_id"] for s in spans}
    counts = Counter(s["entity_type"] for s in spans)
    assert set(counts) == set(ENTITY_TYPES)
    assert min(counts.values()) >= 50


def test_when_small_corpus_then_all_types_still_occur() -> None:
    _, spans = generate_synthetic_notes(n_records=300, seed=0)
    assert {s["entity_type"] for s in spans} == set(ENTITY_TYPES)


def test_when_generated_then_phq_totals_equal_item_sums_and_in_range(corpus) -> None:
    records, _ = corpus
    items = records[[f"phq9_{i}" for i in range(1, 10)]]
    assert items.isin([0, 1, 2, 3]).all().all()
    assert (items.sum(axis=1) == records["phq9_total"]).all()
    assert records["phq9_total"].between(0, 27).all()
    assert records["gad7_total"].between(0, 21).all()


def test_when_generated_then_label_follows_phq_cutoffs_exactly(corpus) -> None:
    records, _ = corpus
    expected = records["phq9_total"].map(_severity_reference)
    assert (records["label"] == expected).all()


def test_when_generated_then_label_distribution_not_degenerate(corpus) -> None:
    records, _ = corpus
    share = records["label"].value_counts(normalize=True)
    assert set(share.index) == set(SEVERITY_LABELS)
    assert share.min() > 0.10
    assert share.max() < 0.45


def test_when_generated_then_records_per_patient_are_skewed_with_a_few_frequent_attenders(corpus) -> None:
    records, _ = corpus
    per_patient = records.groupby("group_id").size()
    assert per_patient.min() == 1 and per_patient.max() <= 40
    assert 0.65 < (per_patient <= 3).mean() < 0.85, "most patients have one to three records"
    assert (per_patient > 1).mean() > 0.4
    frequent = per_patient[per_patient >= 20]
    assert 10 <= len(frequent) <= 0.05 * len(per_patient), "a few patients have 20 or more records"
    assert frequent.sum() > 0.1 * len(records), "the frequent attenders hold a real share of the rows"
    dates = records.groupby("group_id")["date"].apply(list)
    assert all(d == sorted(d) for d in dates)


def test_when_patient_mentioned_twice_then_identifiers_are_reused(corpus) -> None:
    records, spans = corpus
    group = dict(zip(records["record_id"], records["group_id"], strict=True))
    row = records.set_index("record_id")
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in spans:
        rid = str(s["record_id"])
        value = str(s["value"])
        if s["entity_type"] in ("MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"):
            values[(group[rid], str(s["entity_type"]))].add(value)
        elif s["entity_type"] == "US_SSN":
            values[(group[rid], "US_SSN")].add(value.replace(" ", "-"))
        elif s["entity_type"] == "ZIP_CODE":
            assert value == row.at[rid, "zip"]
        elif s["entity_type"] == "AGE":
            assert int(value) == row.at[rid, "age"]
    assert values and all(len(v) == 1 for v in values.values())
    # The patient's full name in the note header is the same across the patient's notes.
    names: dict[str, set[str]] = defaultdict(set)
    header = re.compile(r"Patient: ([^(]+) \(MRN")
    for rid, text in zip(records["record_id"], records["text"], strict=True):
        m = header.search(text)
        if m:
            names[group[rid]].add(m.group(1))
    assert sum(len(v) > 0 for v in names.values()) > 100
    assert all(len(v) == 1 for v in names.values())


def test_when_generated_then_quasi_identifiers_include_rare_values(corpus) -> None:
    records, _ = corpus
    ages = records.drop_duplicates("group_id")["age"]
    assert (ages > 89).sum() >= 10
    assert ages.between(18, 110).all()
    assert records["zip"].str[:3].isin(RESTRICTED_ZIP3).sum() >= 10


def test_when_generated_then_ssns_look_valid() -> None:
    _, spans = generate_synthetic_notes(n_records=2000, seed=3)
    ssns = [str(s["value"]).replace(" ", "-") for s in spans if s["entity_type"] == "US_SSN"]
    assert ssns
    for ssn in ssns:
        area, grp, serial = ssn.split("-")
        assert area not in ("000", "666") and area[0] != "9"
        assert grp != "00" and serial != "0000"


def test_when_presidio_pattern_recognizers_run_then_they_find_gold_ssns_and_phones() -> None:
    predefined = pytest.importorskip("presidio_analyzer.predefined_recognizers")
    records, spans = generate_synthetic_notes(n_records=600, seed=4)
    texts = dict(zip(records["record_id"], records["text"], strict=True))
    for recognizer, entity in (
        (predefined.UsSsnRecognizer(), "US_SSN"),
        (predefined.PhoneRecognizer(), "PHONE_NUMBER"),
    ):
        gold = [s for s in spans if s["entity_type"] == entity]
        found = 0
        for s in gold:
            results = recognizer.analyze(texts[s["record_id"]], [entity], None)
            found += any(r.start <= s["start"] and r.end >= s["end"] for r in results)
        assert gold and found / len(gold) > 0.95, entity


def test_when_bag_of_words_classifier_trained_then_well_above_chance_but_far_from_perfect(
    corpus,
) -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupShuffleSplit

    records, _ = corpus
    splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
    train, test = next(splitter.split(records, groups=records["group_id"]))
    vec = CountVectorizer(ngram_range=(1, 2), min_df=2)
    x_train = vec.fit_transform(records["text"].iloc[train])
    model = LogisticRegression(max_iter=3000, C=0.5).fit(x_train, records["label"].iloc[train])
    pred = model.predict(vec.transform(records["text"].iloc[test]))
    macro_f1 = f1_score(records["label"].iloc[test], pred, average="macro")
    assert 0.45 < macro_f1 < 0.9


def test_when_label_noise_zero_then_text_signal_is_stronger() -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    def score(noise: float) -> float:
        records, _ = generate_synthetic_notes(n_records=1500, seed=9, label_noise=noise)
        x = CountVectorizer(min_df=2).fit_transform(records["text"])
        model = LogisticRegression(max_iter=3000, C=0.5)
        return float(cross_val_score(model, x, records["label"], cv=3).mean())

    assert score(0.0) > score(0.5) + 0.05


def test_when_4000_records_requested_then_generated_in_under_5_seconds() -> None:
    start = time.perf_counter()
    generate_synthetic_notes(n_records=4000, seed=123)
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_records": 0, "seed": 1}, "n_records"),
        ({"n_records": 10, "seed": -1}, "seed"),
        ({"n_records": 10, "seed": 1, "label_noise": 1.0}, "label_noise"),
        ({"n_records": True, "seed": 1}, "n_records"),
    ],
)
def test_when_arguments_out_of_range_then_value_error(kwargs, match) -> None:
    with pytest.raises(ValueError, match=match):
        generate_synthetic_notes(**kwargs)
