"""Pure parts: keys, pseudonyms, operators, date shifts, span merging, metrics, config, tabular."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.anonymize.config import resolve_config
from confide.anonymize.dates import shift_date_text
from confide.anonymize.errors import AnonymizeConfigError, PseudonymKeyError
from confide.anonymize.evaluate import detection_metrics
from confide.anonymize.keys import ensure_key_file, load_pseudonym_key
from confide.anonymize.operators import apply_operators, get_operator
from confide.anonymize.pseudonym import date_shift_days, group_pseudonym, pseudonym
from confide.anonymize.spans import Span, character_mask, merge_overlapping
from confide.anonymize.tabular import (
    age_hierarchy,
    enforce_k,
    equivalence_class_sizes,
    generalize_age,
    generalize_zip,
    k_anonymity,
    l_diversity,
    normalize_gender,
    zip_hierarchy,
)

KEY = b"0123456789abcdef0123456789abcdef"


# --- keys -----------------------------------------------------------------------------------------
def test_when_env_var_set_then_key_comes_from_it(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("CONFIDE_PSEUDONYM_KEY", "ab" * 16)
    assert load_pseudonym_key(path=tmp_path / "none") == bytes.fromhex("ab" * 16)


def test_when_no_key_anywhere_then_error_names_both_sources(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.delenv("CONFIDE_PSEUDONYM_KEY", raising=False)
    with pytest.raises(PseudonymKeyError, match="CONFIDE_PSEUDONYM_KEY") as err:
        load_pseudonym_key(path=tmp_path / "missing.key")
    assert "missing.key" in str(err.value)


def test_when_key_file_created_then_it_is_private_random_and_loadable(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.delenv("CONFIDE_PSEUDONYM_KEY", raising=False)
    path = ensure_key_file(tmp_path / ".secrets" / "k.key")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    first = load_pseudonym_key(path=path)
    ensure_key_file(path)  # does not overwrite
    assert load_pseudonym_key(path=path) == first and len(first) == 32
    assert ensure_key_file(tmp_path / "other.key").read_text() != path.read_text()


def test_when_key_too_short_then_error_without_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFIDE_PSEUDONYM_KEY", "short")
    with pytest.raises(PseudonymKeyError) as err:
        load_pseudonym_key()
    assert "short" not in str(err.value)


# --- pseudonyms and operators ----------------------------------------------------------------------
def test_when_same_name_differently_written_then_same_pseudonym() -> None:
    a = pseudonym("Jane  Doe", key=KEY, entity_type="PERSON", length=8)
    assert a == pseudonym("jane doe.", key=KEY, entity_type="PERSON", length=8)
    assert a != pseudonym("Jane Doe", key=KEY[::-1], entity_type="PERSON", length=8)
    assert a != pseudonym("John Doe", key=KEY, entity_type="PERSON", length=8)
    assert a.startswith("<PERSON_") and "jane" not in a.lower()


def test_when_group_pseudonymized_then_stable_and_key_dependent() -> None:
    def person(group_id: str, key: bytes = KEY) -> str:
        return group_pseudonym(group_id, key=key, prefix="person_", length=16)

    assert person("u123") == person("u123")
    assert person("u123") != person("u124")
    assert person("u123") != person("u123", b"x" * 32)


@given(st.text(min_size=1, max_size=20))
def test_when_date_shift_computed_then_nonzero_and_bounded(person: str) -> None:
    days = date_shift_days(person, key=KEY, max_days=30)
    assert days != 0 and -30 <= days <= 30


@settings(max_examples=60)
@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2040, 1, 1)),
    st.dates(dt.date(1950, 1, 1), dt.date(2040, 1, 1)),
    st.integers(-365, 365),
)
def test_when_two_dates_of_one_person_shifted_then_interval_is_preserved(
    a: dt.date, b: dt.date, days: int
) -> None:
    sa, sb = shift_date_text(a.isoformat(), days), shift_date_text(b.isoformat(), days)
    assert sa is not None and sb is not None
    assert dt.date.fromisoformat(sb) - dt.date.fromisoformat(sa) == b - a


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("March 3, 2021", 10, "March 13, 2021"),
        ("03/04/2021", -5, "02/27/2021"),
        ("3rd of March 2020", 1, "4th of March 2020"),
        ("Sept 2019", 31, "Oct 2019"),
        ("last week", 3, None),
    ],
)
def test_when_date_form_known_then_shift_keeps_the_form(
    text: str, days: int, expected: str | None
) -> None:
    assert shift_date_text(text, days) == expected


def test_when_operators_applied_then_each_type_uses_its_operator() -> None:
    text = "Jane called 555-123-4567 on March 3, 2021 from x"
    spans = [
        Span(0, 4, "PERSON"),
        Span(12, 24, "PHONE_NUMBER"),
        Span(28, 41, "DATE_TIME"),
        Span(47, 48, "OTHER"),
    ]
    ops = {
        "DEFAULT": {"operator": "redact"},
        "PERSON": {"operator": "pseudonym"},
        "PHONE_NUMBER": {"operator": "mask", "keep_last": 2},
        "DATE_TIME": {"operator": "date_shift"},
    }
    out = apply_operators(text, spans, operators=ops, key=KEY, group_id="p1", date_shift_days=2)
    assert (
        out
        == f"{pseudonym('Jane', key=KEY, entity_type='PERSON', length=8)} called **********67 on March 5, 2021 from "
    )


def test_when_unknown_operator_then_error_lists_known() -> None:
    with pytest.raises(ValueError, match="date_shift"):
        get_operator("scramble")


# --- spans ------------------------------------------------------------------------------------------
span_st = st.builds(
    lambda s, n, t: Span(s, s + n, t),
    st.integers(0, 50),
    st.integers(1, 10),
    st.sampled_from(["A", "B"]),
)


@given(st.lists(span_st, max_size=12))
def test_when_spans_merged_then_covered_characters_match_slow_reference(spans: list[Span]) -> None:
    merged = merge_overlapping(spans)
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert {i for s in merged for i in range(s.start, s.end)} == covered
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:], strict=False))


@given(st.integers(0, 40), st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50)), max_size=8))
def test_when_ranges_are_masked_then_each_character_is_marked_as_a_slow_reference_says(
    length: int, ranges: list[tuple[int, int]]
) -> None:
    mask = character_mask(length, ranges)
    assert len(mask) == length
    assert [bool(b) for b in mask] == [any(s <= i < e for s, e in ranges) for i in range(length)]


def test_when_email_overlaps_url_then_union_keeps_higher_priority_type() -> None:
    merged = merge_overlapping(
        [Span(0, 18, "EMAIL_ADDRESS", 1.0), Span(6, 18, "URL", 0.5)],
        priority={"EMAIL_ADDRESS": 9, "URL": 2},
    )
    assert merged == [Span(0, 18, "EMAIL_ADDRESS", 1.0)]


# --- metrics ----------------------------------------------------------------------------------------
def test_when_half_of_gold_found_then_metrics_say_so() -> None:
    texts = {"r1": "Jane met Bob at 5 Main St"}
    gold = [
        {"record_id": "r1", "start": 0, "end": 4, "entity_type": "PERSON", "value": "Jane"},
        {"record_id": "r1", "start": 9, "end": 12, "entity_type": "PERSON", "value": "Bob"},
    ]
    m = detection_metrics(
        texts=texts,
        gold=gold,
        predicted={"r1": [Span(0, 4, "PERSON"), Span(16, 25, "STREET_ADDRESS")]},
        anonymized={"r1": "<P> met Bob at <A>"},
    )
    assert m["per_entity_type"]["PERSON"]["span"]["recall"] == 0.5
    assert m["overall"]["span"]["precision"] == 0.5
    assert m["overall"]["leak_rate"] == 0.5
    assert m["overall"]["token"]["recall"] == 0.5
    assert abs(m["overall"]["span"]["f2"] - 0.5) < 1e-9


def test_when_digits_inside_a_hex_tag_then_no_leak_is_counted() -> None:
    m = detection_metrics(
        texts={"r": "age 34"},
        gold=[{"record_id": "r", "start": 4, "end": 6, "entity_type": "AGE", "value": "34"}],
        predicted={"r": [Span(4, 6, "AGE")]},
        anonymized={"r": "age <AGE_ab34cd>"},
    )
    assert m["overall"]["leak_rate"] == 0.0


# --- config -----------------------------------------------------------------------------------------
def test_when_config_has_several_errors_then_all_are_reported() -> None:
    with pytest.raises(AnonymizeConfigError) as err:
        resolve_config(
            {
                "n_process": 0,
                "score_threshold": 2,
                "tabular": {"k": 0, "age_band_edges": [0, 50, 100]},
                "bogus": 1,
            }
        )
    msg = str(err.value)
    for part in ("n_process", "score_threshold", "tabular.k", "age_band_edges", "bogus"):
        assert part in msg


def test_when_a_nested_key_is_misspelled_then_its_path_and_the_known_keys_are_named() -> None:
    with pytest.raises(AnonymizeConfigError, match=r"anonymize\.nlp: unknown keys \['batchsize'\]"):
        resolve_config({"nlp": {"batchsize": 8}})
    resolve_config({"operators": {"CUSTOM_ID": {"operator": "mask"}}})  # open mapping: accepted


def test_when_anonymization_disabled_then_it_warns() -> None:
    with pytest.warns(UserWarning, match="NOT be de-identified"):
        resolve_config({"enabled": False})


@pytest.mark.parametrize(("tabular", "message"), [
    ({"zip_digits": 5}, "zip_digits 5 keeps more than 3 ZIP digits"),
    ({"date_granularity": "month"}, "date_granularity month keeps the month"),
    ({"date_granularity": "none"}, "date_granularity none keeps whole dates"),
])
def test_when_generalization_keeps_more_than_safe_harbor_then_it_warns(tabular, message) -> None:
    with pytest.warns(UserWarning, match=message):
        resolve_config({"tabular": tabular})


def test_when_the_finer_quasi_identifier_is_not_generalized_then_no_safe_harbor_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        resolve_config({"tabular": {"zip_digits": 5, "quasi_identifiers": ["age", "gender", "date"]}})
        resolve_config({})


# --- tabular ----------------------------------------------------------------------------------------
def test_when_zip_prefix_is_low_population_then_it_becomes_000() -> None:
    out = generalize_zip(pd.Series(["03601", "10027", "89012-1234", None, "abc"]))
    assert out.tolist()[:3] == ["000", "100", "000"] and out.isna().tolist()[3:] == [True, True]


def test_when_age_over_89_then_single_top_band() -> None:
    out = generalize_age(
        pd.Series([17, 18, 89, 90, 104, -3, "x"]), edges=[0, 18, 25, 35, 45, 55, 65, 75, 90]
    )
    assert out.tolist()[:5] == ["0-17", "18-24", "75-89", "90+", "90+"] and out.isna().tolist()[
        5:
    ] == [True, True]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Female", "female"),
        ("cis-female", "female"),
        ("F", "female"),
        ("Trans woman", "female"),
        ("Male ", "male"),
        ("Cis Man", "male"),
        ("m", "male"),
        ("non-binary", "nonbinary_or_other"),
        ("Genderqueer", "nonbinary_or_other"),
        ("Agender", "nonbinary_or_other"),
    ],
)
def test_when_free_text_gender_then_small_set(raw: str, expected: str) -> None:
    assert normalize_gender(pd.Series([raw])).tolist() == [expected]


def _slow_k(frame: pd.DataFrame, qis: list[str]) -> int:
    rows = [tuple(str(v) for v in r) for r in frame[qis].itertuples(index=False)]
    return min(rows.count(r) for r in rows)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 99),
            st.sampled_from(["10027", "03601", "94110", "94117"]),
            st.sampled_from(["a", "b"]),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_when_k_enforced_then_every_class_reaches_k_and_k_matches_reference(
    rows: list[tuple[int, str, str]],
) -> None:
    frame = pd.DataFrame(rows, columns=["age", "zip", "label"])
    hier = {
        "age": age_hierarchy(frame["age"], edges=[0, 18, 25, 35, 45, 55, 65, 75, 90]),
        "zip": zip_hierarchy(frame["zip"], digits=3, restricted=["036"]),
    }
    base = frame.assign(age=hier["age"][0].to_numpy(), zip=hier["zip"][0].to_numpy())
    assert k_anonymity(base, ["age", "zip"]) == _slow_k(base, ["age", "zip"])
    out, report = enforce_k(
        base, hierarchies=hier, k=3, suppression="drop", max_suppressed_fraction=0.0
    )
    assert report["rows_dropped"] + len(out) == len(frame)
    if len(out):
        assert equivalence_class_sizes(out, ["age", "zip"]).min() >= 3
        assert l_diversity(out, ["age", "zip"], "label") >= 1
