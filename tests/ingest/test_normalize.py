"""Your own data: a text joined from several columns, integer labels read as the declared set."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from confide.config import validate_params
from confide.ingest import declared_labels, ingest

ROWS = pd.DataFrame({
    "post_id": ["a1", "a2", "a3"],
    "title": ["Cannot sleep", None, "Week three"],
    "body": ["Up at 4 again.", "Better today.", None],
    "label": [1, 0, 1],
})


def _write(frame: pd.DataFrame, path: Path) -> None:
    {".csv": lambda: frame.to_csv(path, index=False),
     ".jsonl": lambda: frame.to_json(path, orient="records", lines=True),
     ".parquet": lambda: frame.to_parquet(path, index=False)}[path.suffix]()


def _data(path: Path, **columns: object) -> dict:
    params = validate_params({"data": {"source": "file", "labels": [0, 1], "file": {
        "path": str(path), "columns": {"id": "post_id", "text": "body", "label": "label", **columns}}}})
    return params["data"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_when_text_maps_several_columns_then_they_are_joined_in_order_without_missing_parts(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"posts{suffix}"
    _write(ROWS, path)
    records = ingest(data=_data(path, text=["title", "body"])).records
    assert records["text"].tolist() == ["Cannot sleep\n\nUp at 4 again.", "Better today.", "Week three"]
    assert list(records.columns[:3]) == ["record_id", "text", "label"]


def test_when_every_part_of_a_joined_text_is_missing_then_the_text_is_missing(tmp_path: Path) -> None:
    # the data-quality gate then refuses the row as a null text, as it does for one column
    path = tmp_path / "posts.parquet"
    _write(ROWS.assign(title=[None, None, "x"], body=[None, "y", None]), path)
    records = ingest(data=_data(path, text=["title", "body"])).records
    assert records["text"].tolist() == [None, "y", "x"]


def test_when_a_joined_text_column_is_not_in_the_file_then_it_is_named(tmp_path: Path) -> None:
    from confide.errors import InputDataError

    path = tmp_path / "posts.csv"
    _write(ROWS, path)
    with pytest.raises(InputDataError, match=r"mapped column\(s\) \['subject'\] not in the file"):
        ingest(data=_data(path, text=["subject", "body"]))


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_when_labels_are_integers_then_the_declared_set_matches_the_label_column(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"posts{suffix}"
    _write(ROWS, path)
    data = _data(path)
    records = ingest(data=data).records
    assert declared_labels(data) == ["0", "1"]
    assert set(records["label"]) == set(declared_labels(data))


def test_when_an_integer_label_column_has_gaps_then_labels_read_as_integers_not_floats(
    tmp_path: Path,
) -> None:
    # Parquet stores an integer column with a missing value as floats; 1.0 must read "1", as in CSV
    path = tmp_path / "posts.parquet"
    _write(ROWS.assign(label=[1.0, None, 0.0]), path)
    assert ingest(data=_data(path)).records["label"].tolist() == ["1", None, "0"]


# --- a user's ids never get past ingestion ---------------------------------------------------------
IDENTIFYING_IDS = {
    "e-mail": ["ines.q@example.net", "tobias.a@example.net", "maren.v@example.net"],
    "name": ["Ines Quillfeather", "Tobias Abernethy", "Maren Valderrama"],
    "integer_mrn": [48213377, 59120044, 60331219],
}


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
@pytest.mark.parametrize("kind", sorted(IDENTIFYING_IDS))
def test_when_the_id_column_holds_identifiers_then_records_are_named_by_row_and_no_id_is_kept(
    tmp_path: Path, suffix: str, kind: str
) -> None:
    ids = IDENTIFYING_IDS[kind]
    path = tmp_path / f"posts{suffix}"
    _write(ROWS.assign(post_id=ids), path)
    records = ingest(data=_data(path)).records
    assert records["record_id"].tolist() == ["row-1", "row-2", "row-3"]
    cells = " ".join(records.astype(str).to_numpy().ravel())
    assert not any(str(v) in cells for v in ids)


@pytest.mark.parametrize("name", ["group_id", "label", "date"])
def test_when_a_tabular_column_is_named_like_a_records_column_then_it_is_refused_not_swapped_in(
    tmp_path: Path, name: str
) -> None:
    # It used to replace the mapped column: another person id (the privacy unit), label or date.
    from confide.errors import InputDataError

    path = tmp_path / "posts.csv"
    _write(ROWS.assign(author=["ines", "tobias", "ines"], group_id=["Ines Q", "Tobias A", "Maren O"],
                       date=["2021-01-01", "2021-01-02", "2021-01-03"]), path)
    data = _data(path, group="author")
    with pytest.raises(InputDataError, match=rf"tabular_columns \['{name}'\] are named like") as error:
        ingest(data={**data, "file": {**data["file"], "tabular_columns": [name]}})
    assert "Ines Q" not in str(error.value)


def test_when_identifying_ids_repeat_then_the_rows_are_named_never_the_ids(tmp_path: Path) -> None:
    from confide.errors import InputDataError

    ids = ["ines.q@example.net", "tobias.a@example.net", "ines.q@example.net"]
    path = tmp_path / "posts.jsonl"
    _write(ROWS.assign(post_id=ids), path)
    with pytest.raises(InputDataError) as error:
        ingest(data=_data(path))
    message = str(error.value)
    assert "column 'post_id'" in message and "rows 1, 3" in message and "unique id" in message
    assert not any(v in message for v in ids)


def test_when_a_parquet_string_column_has_gaps_then_they_stay_missing_not_the_text_na(
    tmp_path: Path,
) -> None:
    # pandas' "string" dtype survives Parquet and reads its gaps back as pd.NA, whose str() is "<NA>"
    path = tmp_path / "posts.parquet"
    _write(ROWS.assign(body=pd.array(["Up at 4.", None, "Fine."], dtype="string"),
                       person=pd.array(["p1", None, "p1"], dtype="string")), path)
    assert pd.read_parquet(path)["body"].dtype == "string"
    records = ingest(data=_data(path, group="person")).records
    assert records["text"].tolist() == ["Up at 4.", None, "Fine."]
    assert records["group_id"].tolist() == ["p1", None, "p1"]
