"""Each kind of bad input stops the workflow with a clear message and writes nothing downstream.

A few cases run the real workflow (each costs seconds); the rest call the library that the rule
scripts call. Every message is checked for what failed, where (the user's file, row numbers or
record ids, column), how to fix it, and for the absence of any cell value.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import run_snakemake, write_params

HEADER = "id,text,label,person,age,phq9_total\n"
GOOD_ROWS = "".join(
    f"r{i},note number {i} about sleep and mood,{'low' if i % 2 else 'high'},p{i % 40},"
    f"{20 + i % 50},{i % 27}\n" for i in range(120)
)


def _csv(body: str) -> bytes:
    return (HEADER + GOOD_ROWS + body).encode()


CASES = {
    "missing_file": (None, ["Missing input files for rule ingest_records"]),
    "empty_file": (b"", ["file is empty"]),
    "missing_mapped_column": (b"id,body,label,person,age,phq9_total\nr1,x,low,p1,20,3\n",
                              ["mapped column", "'text'"]),
    "wrong_column_type": (_csv("r900,fine text,low,p9,forty,3\n"), ["column 'age'", "not numbers",
                                                                  "rows 121"]),
    "non_utf8": (_csv("r900,caf\xe9 latte,low,p9,30,3\n".encode("latin-1").decode("latin-1"))
                 .replace(b"caf\xc3\xa9", b"caf\xe9"), ["not valid UTF-8", "line 122"]),
    "broken_quotes": (_csv('r900,"an unclosed quote,low,p9,30,3\n'), ["malformed CSV"]),
    "duplicate_ids": (_csv("r5,another text entirely,low,p9,30,3\n"),
                      ["column 'id'", "rows 6, 121", "unique id"]),
    "null_text": (_csv("r900,,low,p9,30,3\n"), ["expect_column_values_to_not_be_null", "'text'",
                                                "record_id row-121"]),
    "label_outside_set": (_csv("r900,some text here,medium,p9,30,3\n"),
                          ["expect_column_values_to_be_in_set", "'label'", "record_id row-121"]),
    "out_of_range_score": (_csv("r900,some text here,low,p9,30,31\n"),
                           ["expect_column_values_to_be_between", "'phq9_total'", "record_id row-121"]),
    "huge_text": (_csv("r900," + "a" * 5_000_000 + ",low,p9,30,3\n"),
                  ["expect_column_value_lengths_to_be_between", "record_id row-121"]),
    "single_class": ((HEADER + GOOD_ROWS.replace(",high,", ",low,")).encode(),
                     ["confide_every_declared_label_has_rows", "'high'", "data.labels"]),
}


def _params(path: Path) -> dict:
    return {"data": {"source": "file", "labels": ["low", "high"], "file": {
        "path": str(path), "format": "csv",
        "columns": {"id": "id", "text": "text", "label": "label", "group": "person"},
        "tabular_columns": ["age", "phq9_total"]}},
        "quality": {"min_rows_per_class": 10}}


@pytest.mark.parametrize("case", sorted(CASES))
def test_when_input_is_bad_then_workflow_stops_with_clear_message_and_no_downstream_output(
    workdir: Path, case: str
) -> None:
    content, fragments = CASES[case]
    path = workdir / "data" / "input.csv"
    path.parent.mkdir()
    if content is not None:
        path.write_bytes(content)
    write_params(workdir, _params(path))

    result = run_snakemake(workdir, "results/split/records.parquet")

    assert result.returncode != 0
    logs = _logs(workdir) if (workdir / "logs").exists() else ""
    message = result.stderr + result.stdout + logs
    if case in ("missing_file",):
        assert "input.csv" in message
    else:  # the failing rule's log names the user's file, not an intermediate table
        assert f"file {path}" in logs
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing from the error of case {case}"
        assert case == "missing_file" or fragment in logs, f"{fragment!r} missing from the log"
    assert not (workdir / "results" / "split").exists()
    assert not (workdir / "results" / "anonymize").exists()
    assert "a" * 1000 not in message  # the raw text itself is never echoed
    assert "Stopped by SIGTERM" not in message  # a failed job is not called a stop


def test_when_csv_has_bom_and_embedded_newlines_then_it_reads_cleanly(workdir: Path) -> None:
    path = workdir / "data" / "input.csv"
    path.parent.mkdir()
    body = 'r900,"a note with, a comma\nand a ""quoted"" line break",low,p9,30,3\n'
    path.write_bytes(b"\xef\xbb\xbf" + _csv(body))
    write_params(workdir, _params(path))

    result = run_snakemake(workdir, "results/split/records.parquet")

    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads((workdir / "results" / "split" / "split.json").read_text())
    assert sum(summary["rows"].values()) == 121
    assert summary["persons_in_both_splits"] == 0


# --- Workflow level: the gate and the split stop the run; the failing rule's log holds why. -------

def _logs(workdir: Path) -> str:
    return "".join(p.read_text() for p in (workdir / "logs").rglob("*.log"))


def _downstream_files(workdir: Path) -> list[str]:
    stages = ("split", "anonymize", "audit", "train", "evaluate")
    return [str(p) for stage in stages for p in (workdir / "results" / stage).rglob("*") if p.is_file()]


def test_when_one_person_holds_most_rows_then_the_split_is_refused_in_the_workflow(
    workdir: Path,
) -> None:
    path = workdir / "data" / "input.csv"
    path.parent.mkdir()
    rows = "".join(f"r{i},note number {i} about sleep and mood,{'low' if i % 2 else 'high'},"
                   f"{'p0' if i < 108 else f'p{i}'},30,{i % 27}\n" for i in range(120))
    path.write_text(HEADER + rows)
    write_params(workdir, _params(path))

    result = run_snakemake(workdir, "results/split/records.parquet")

    assert result.returncode != 0
    log = (workdir / "logs" / "ingest" / "split_records.log").read_text()
    assert "DataQualityError" in log and "lopsided" in log
    assert "13 person(s)" in log and "90% of the rows" in log and "split.test_fraction" in log
    assert "p0" not in log.replace("split_records", "")  # never a person id
    assert _downstream_files(workdir) == []


# --- Library level: reading and mapping the file. ----------------------------------------------

PLANTED = ("Jane Roe", "555-0100", "jane.roe@example.org")
MAPPING = {"id": "id", "text": "text", "label": "label", "group": "person"}


def _parquet(table: dict) -> bytes:
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.table(table), sink)
    return sink.getvalue()


def _good_parquet(**text_column: list) -> bytes:
    return _parquet({"id": ["r1", "r2"], "label": ["low", "high"], "person": ["p1", "p2"],
                     **text_column})


READ_CASES = {
    # name: (file name, declared format, content, fragments the message must hold)
    "nul_byte_in_csv_field": (
        "in.csv", "csv", (HEADER + "r1,fine text,low,p1,30,3\nr2,cut\x00 Jane Roe,low,p2,30,3\n").encode(),
        ["line 3", "NUL byte", "tr -d"]),
    "utf16_without_bom": (
        "in.csv", "csv", (HEADER + "r1,Jane Roe,low,p1,30,3\n").encode("utf-16-le"),
        ["NUL byte", "UTF-16", "iconv"]),
    "parquet_list_column_as_text": (
        "in.parquet", "parquet", _good_parquet(text=[["Jane Roe", "x"], ["555-0100"]]),
        ["column 'text'", "list", "rows 1, 2", "flatten"]),
    "parquet_struct_column_as_text": (
        "in.parquet", "parquet", _good_parquet(text=[{"who": "Jane Roe"}, {"who": "555-0100"}]),
        ["column 'text'", "struct", "flatten"]),
    "parquet_binary_column_as_text": (
        "in.parquet", "parquet", _good_parquet(text=[b"Jane Roe", b"555-0100"]),
        ["column 'text'", "binary"]),
    "jsonl_object_as_text": (
        "in.jsonl", "jsonl",
        b'{"id": "r1", "text": {"who": "Jane Roe"}, "label": "low", "person": "p1"}\n',
        ["column 'text'", "struct"]),
    "parquet_read_as_csv": (
        "in.csv", "csv", _good_parquet(text=["Jane Roe", "555-0100"]),
        ["looks like Parquet", "magic bytes", "data.file.format", "parquet"]),
    "jsonl_read_as_csv": (
        "in.csv", "csv",
        b'{"id": "r1", "text": "Jane Roe 555-0100", "label": "low", "person": "p1"}\n',
        ["looks like JSON Lines", "data.file.format", "jsonl"]),
    "csv_read_as_jsonl": (
        "in.jsonl", "jsonl", (HEADER + "r1,Jane Roe,low,p1,30,3\n").encode(),
        ["line 1 is not valid JSON", "looks like CSV", "data.file.format", "csv"]),
    "csv_read_as_parquet": (
        "in.parquet", "parquet", (HEADER + "r1,Jane Roe,low,p1,30,3\n").encode(),
        ["not a readable Parquet file", "magic bytes", "csv or jsonl"]),
    "gzip_csv_read_as_csv": (
        "in.csv", "csv", __import__("gzip").compress((HEADER + "r1,Jane Roe,low,p1,30,3\n").encode()),
        ["gzip-compressed", "gunzip"]),
    "csv_without_header": (
        "in.csv", "csv",
        b"r1,Jane Roe called from 555-0100,low,p1,30,3\nr2,jane.roe@example.org,high,p2,31,4\n",
        ["mapped column(s)", "first line looks like data", "add one naming the columns"]),
    "csv_without_header_words_only": (
        "in.csv", "csv", b"r1,Jane Roe said hello,low,p1\nr2,all fine,high,p2\n",
        ["mapped column(s)", "first line looks like data", "add one naming the columns"]),
    "missing_id": (
        "in.csv", "csv", (HEADER + "r1,Jane Roe,low,p1,30,3\nr2,fine,low,p2,30,3\n,555-0100,low,p3,30,3\n").encode(),
        ["column 'id'", "rows 3", "no record id"]),
    "blank_id": (
        "in.csv", "csv", (HEADER + "r1,Jane Roe,low,p1,30,3\n   ,555-0100,low,p3,30,3\n").encode(),
        ["column 'id'", "rows 2", "no record id"]),
}


@pytest.mark.parametrize("case", sorted(READ_CASES))
def test_when_file_is_unreadable_as_declared_then_error_names_file_place_and_fix_without_values(
    tmp_path: Path, case: str
) -> None:
    from confide.errors import InputDataError
    from confide.ingest import ingest

    name, fmt, content, fragments = READ_CASES[case]
    path = tmp_path / name
    path.write_bytes(content)
    data = {"source": "file", "labels": ["low", "high"],
            "file": {"path": str(path), "format": fmt, "columns": MAPPING, "tabular_columns": []}}

    with pytest.raises(InputDataError) as error:
        ingest(data=data)

    message = str(error.value)
    assert f"file {path}" in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing from the error of case {case}"
    for value in PLANTED:
        assert value not in message and value.split()[0] not in message


def test_when_header_holds_column_names_then_a_mapping_typo_lists_them(tmp_path: Path) -> None:
    # Look-alike of csv_without_header: a real header is shown, so the typo is easy to fix.
    from confide.errors import InputDataError
    from confide.ingest import ingest

    path = tmp_path / "in.csv"
    path.write_text("," + HEADER + "0,r1,Jane Roe,low,p1,30,3\n")  # pandas' index column: no name
    data = {"source": "file", "labels": ["low"], "file": {
        "path": str(path), "format": "auto", "columns": {**MAPPING, "text": "body"},
        "tabular_columns": []}}
    with pytest.raises(InputDataError, match="available: Unnamed: 0, id, text, label, person, age"):
        ingest(data=data)


def test_when_a_csv_line_starts_with_a_brace_then_it_is_not_taken_for_json_lines() -> None:
    # Look-alikes of the format cases: only a first line that is a JSON object says JSON Lines.
    from confide.io import sniff_format

    assert sniff_format(b'{text},id\n"{not json}",r1\n') is None
    assert sniff_format(b"id,text\nr1,x\n") is None
    assert sniff_format(b'\xef\xbb\xbf{"id": 1}\n') == "jsonl"
    assert sniff_format(_good_parquet(text=["a", "b"])) == "parquet"


# --- Library level: the data-quality gate. -----------------------------------------------------

def _records(n: int = 60, **columns: list) -> pd.DataFrame:
    base = {"record_id": [f"r{i}" for i in range(n)],
            "text": [f"note number {i} about sleep and mood" for i in range(n)],
            "label": ["low" if i % 2 else "high" for i in range(n)],
            "group_id": [f"p{i}" for i in range(n)], "date": [None] * n}
    base.update(columns)
    return pd.DataFrame(base)


def _gate(records: pd.DataFrame, labels: tuple[str, ...] = ("low", "high")) -> str:
    from confide.config import validate_params
    from confide.errors import DataQualityError
    from confide.quality.expectations import raise_on_failure, validate_records

    quality = validate_params({"data": {}, "quality": {"min_rows_per_class": 10}})["quality"]
    checks = validate_records(records, labels=list(labels), quality=quality)
    with pytest.raises(DataQualityError) as error:
        raise_on_failure(checks, source="file data/raw/notes.csv (data.source file)")
    return str(error.value)


def _n(i: int) -> str:
    return f"note number {i} about sleep and mood"


GATE_CASES = {
    # name: (records, fragments)
    "declared_label_without_rows": (
        _records(label=["low"] * 60),
        ["confide_every_declared_label_has_rows", "'high'", "data.labels"]),
    "too_few_rows_in_a_class": (
        _records(label=["high"] * 57 + ["low"] * 3),
        ["confide_min_rows_per_class(min=10)", "class 'low' has 3", "quality.min_rows_per_class"]),
    "whitespace_only_text": (
        _records(text=[_n(i) for i in range(58)] + ["   ", "\n\t "]),
        ["confide_text_not_blank", "'text'", "record_id r58, r59"]),
    "empty_string_text_from_json": (
        _records(text=[_n(i) for i in range(59)] + [""]),
        ["confide_text_not_blank", "record_id r59"]),
    "all_numeric_text": (
        _records(text=[str(i % 27) for i in range(60)]),
        ["confide_text_not_all_numeric", "data.file.columns.text"]),
    "label_with_trailing_space": (
        _records(label=["low" if i % 2 else "high " for i in range(60)]),
        ["expect_column_values_to_be_in_set", "leading/trailing whitespace", "strip"]),
    "label_in_other_case": (
        _records(label=["low" if i % 2 else "High" for i in range(60)]),
        ["expect_column_values_to_be_in_set", "letter case"]),
}


@pytest.mark.parametrize("case", sorted(GATE_CASES))
def test_when_records_break_a_gate_rule_then_error_names_rule_user_file_and_fix(case: str) -> None:
    records, fragments = GATE_CASES[case]
    message = _gate(records)
    assert "data-quality gate failed for file data/raw/notes.csv" in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing from the error of case {case}"
    assert "note number" not in message  # no text is ever echoed


def test_when_texts_are_partly_numeric_and_every_label_is_present_then_the_gate_passes() -> None:
    # Look-alike negatives: a few numeric texts and a balanced label set are fine.
    from confide.config import validate_params
    from confide.quality.expectations import validate_records

    records = _records(text=[_n(i) if i % 10 else str(i) for i in range(60)])
    quality = validate_params({"data": {}, "quality": {"min_rows_per_class": 10}})["quality"]
    failed = [c.expectation for c in validate_records(records, labels=["low", "high"], quality=quality)
              if not c.success]
    assert failed == []


def test_when_ids_are_e_mail_addresses_and_the_gate_fails_then_it_names_rows_never_the_ids(
    tmp_path: Path,
) -> None:
    # The gate names example records by id; a user's ids never reach it, so it names file rows.
    from confide.ingest import ingest

    emails = [f"person.{i}@example.net" for i in range(40)]
    path = tmp_path / "notes.csv"
    pd.DataFrame({"id": emails, "text": [_n(i) if i != 1 else "  " for i in range(40)],
                  "label": ["low" if i % 2 else "high" for i in range(40)]}).to_csv(path, index=False)
    data = {"source": "file", "labels": ["low", "high"], "file": {
        "path": str(path), "format": "csv", "columns": {"id": "id", "text": "text", "label": "label"},
        "tabular_columns": []}}
    message = _gate(ingest(data=data).records)
    assert "confide_text_not_blank" in message and "record_id row-2" in message
    assert "@example.net" not in message and "person." not in message


def test_when_gate_fails_in_the_workflow_then_it_names_the_users_file() -> None:
    from confide.ingest import source_description

    data = {"source": "file", "file": {"path": "data/raw/notes.csv"}}
    assert source_description(data).startswith("file data/raw/notes.csv")
    assert "records.parquet" not in source_description(data)
    assert "generated" in source_description({"source": "synthetic_notes", "synthetic_notes": {}})


# --- Library level: the person-grouped split. --------------------------------------------------

def test_when_one_person_holds_most_rows_then_the_split_is_refused_with_fractions_and_count() -> None:
    from confide.errors import DataQualityError
    from confide.ingest.split import assign_split

    records = _records(120, group_id=["p0" if i < 108 else f"p{i}" for i in range(120)],
                       label=["low" if i % 2 else "high" for i in range(120)])
    with pytest.raises(DataQualityError) as error:
        assign_split(records, test_fraction=0.25, seed=0)
    message = str(error.value)
    for fragment in ("split_records", "test share is", "test /", "train rows",
                     "13 person(s)", "90% of the rows", "data.file.columns.group"):
        assert fragment in message
    assert "p0" not in message


def test_when_there_are_fewer_people_than_folds_then_the_split_is_refused() -> None:
    from confide.errors import DataQualityError
    from confide.ingest.split import assign_split

    records = _records(40, group_id=["p0" if i < 20 else "p1" for i in range(40)])
    with pytest.raises(DataQualityError, match="2 person"):
        assign_split(records, test_fraction=0.25, seed=0)


def test_when_a_class_belongs_to_one_person_then_the_split_names_the_missing_side() -> None:
    from confide.errors import DataQualityError
    from confide.ingest.split import assign_split

    labels = ["rare" if i < 6 else ("low" if i % 2 else "high") for i in range(80)]
    records = _records(80, label=labels, group_id=["p0" if i < 6 else f"p{i}" for i in range(80)])
    with pytest.raises(DataQualityError, match=r"class\(es\) 'rare' have no (train|test) rows"):
        assign_split(records, test_fraction=0.25, seed=0)


def test_when_people_are_many_and_small_then_the_split_meets_its_fraction() -> None:
    # Look-alike negative: an ordinary grouped table splits without complaint.
    from confide.ingest.split import assign_split, split_summary

    records = _records(120, group_id=[f"p{i // 3}" for i in range(120)])
    summary = split_summary(assign_split(records, test_fraction=0.25, seed=0))
    assert summary["rows"] == {"train": 90, "test": 30}
    assert summary["persons_in_both_splits"] == 0


# --- The failing rule's log holds the error. ---------------------------------------------------

def test_when_a_rule_script_fails_then_its_log_holds_the_error_but_never_foreign_messages(
    tmp_path: Path,
) -> None:
    from confide.errors import InputDataError
    from confide.workflow import logged_errors, script_logger

    log_path = tmp_path / "logs" / "rule.log"
    log = script_logger(log_path, "rule")
    with pytest.raises(InputDataError), logged_errors(log):
        raise InputDataError("data/raw/x.csv", "file is empty (0 bytes)")
    with pytest.raises(KeyError), logged_errors(log):
        raise KeyError("Jane Roe")  # third-party messages may quote data
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    text = log_path.read_text()
    assert "InputDataError: file data/raw/x.csv: file is empty (0 bytes)" in text
    assert "KeyError raised at test_bad_input.py" in text
    assert "Jane Roe" not in text


# --- dates: one rule for every format ---------------------------------------------------------------
def _dated_file(tmp_path: Path, fmt: str, when: list) -> dict:
    """A two-row file in ``fmt`` whose ``when`` column holds ``when``, and the data params reading it."""
    frame = pd.DataFrame({"id": ["r1", "r2"], "text": ["a note", "another note"],
                          "label": ["low", "high"], "person": ["p1", "p2"], "when": when})
    path = tmp_path / f"in.{fmt}"
    {"csv": lambda: frame.to_csv(path, index=False),
     "jsonl": lambda: frame.to_json(path, orient="records", lines=True, date_format="iso"),
     "parquet": lambda: frame.to_parquet(path, index=False)}[fmt]()
    return {"source": "file", "labels": ["low", "high"], "file": {
        "path": str(path), "format": fmt, "columns": {**MAPPING, "date": "when"},
        "tabular_columns": []}}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_when_dates_are_unix_timestamps_then_every_format_refuses_them_alike(
    tmp_path: Path, fmt: str
) -> None:
    # Parquet and JSON Lines used to read them as nanoseconds: every row became 1970-01-01.
    from confide.errors import InputDataError
    from confide.ingest import ingest

    stamps = [1615852800, 1615939200]
    with pytest.raises(InputDataError) as error:
        ingest(data=_dated_file(tmp_path, fmt, stamps))
    message = str(error.value)
    for fragment in ("column 'when'", "rows 1, 2", "not dates", "Unix timestamps", "unit='s'"):
        assert fragment in message
    assert not any(str(v) in message for v in stamps)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("when", [[20210316, 20210317], ["2021-03-16", "2021-03-17"],
                                  pd.to_datetime(["2021-03-16 09:30", "2021-03-17 00:00"])])
def test_when_dates_are_iso_compact_or_timestamps_then_every_format_reads_the_same_days(
    tmp_path: Path, fmt: str, when: list
) -> None:
    # Look-alike of the Unix case: whole numbers that are dates (YYYYMMDD) are days in every format.
    from confide.ingest import ingest

    records = ingest(data=_dated_file(tmp_path, fmt, when)).records
    assert records["date"].tolist() == ["2021-03-16", "2021-03-17"]
