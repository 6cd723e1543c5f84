"""Each kind of bad input stops the workflow with a clear message and writes nothing downstream."""

from __future__ import annotations

import json
from pathlib import Path

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
                      ["expect_column_values_to_be_unique", "record_id r5"]),
    "null_text": (_csv("r900,,low,p9,30,3\n"), ["expect_column_values_to_not_be_null", "'text'",
                                                "record_id r900"]),
    "label_outside_set": (_csv("r900,some text here,medium,p9,30,3\n"),
                          ["expect_column_values_to_be_in_set", "'label'", "record_id r900"]),
    "out_of_range_score": (_csv("r900,some text here,low,p9,30,31\n"),
                           ["expect_column_values_to_be_between", "'phq9_total'", "record_id r900"]),
    "huge_text": (_csv("r900," + "a" * 5_000_000 + ",low,p9,30,3\n"),
                  ["expect_column_value_lengths_to_be_between", "record_id r900"]),
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
    message = result.stderr + result.stdout + "".join(
        p.read_text() for p in (workdir / "logs").rglob("*.log"))
    if case in ("missing_file",):
        assert "input.csv" in message
    else:
        assert str(path) in message or "records.parquet" in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} missing from the error of case {case}"
    assert not (workdir / "results" / "split").exists()
    assert not (workdir / "results" / "anonymize").exists()
    assert "a" * 1000 not in message  # the raw text itself is never echoed


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
