"""Build the expectation suite from params, run it, and turn failures into a clear error.

great-expectations copies raw failing values (whole notes) into its results by default. Two
guards keep PII out: the validation whose results feed Data Docs uses the ``SUMMARY`` format with
``partial_unexpected_count: 0``, and the run that finds example rows keeps only ``record_id``s
and drops every value before anything leaves this module.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from confide.errors import DataQualityError

REQUIRED_COLUMNS = ("record_id", "text", "label")
EXAMPLE_ROWS = 5


@dataclass(frozen=True)
class Check:
    """One failed or passed expectation, without any data value."""

    expectation: str
    column: str | None
    success: bool
    unexpected_count: int
    element_count: int
    example_record_ids: tuple[str, ...]
    detail: str = ""

    def describe(self) -> str:
        """One line for the error message: what failed, where, how many, and a hint to fix it."""
        where = f" on column {self.column!r}" if self.column else ""
        rows = f"; e.g. record_id {', '.join(self.example_record_ids)}" if self.example_record_ids else ""
        detail = f" ({self.detail})" if self.detail else ""
        return (f"{self.expectation}{where}: {self.unexpected_count} of {self.element_count} "
                f"rows{rows}{detail}")


def build_expectations(
    records: pd.DataFrame, *, labels: Sequence[str], quality: Mapping[str, Any]
) -> list[Any]:
    """The suite for this table: one expectation per rule in ``quality`` and the contract."""
    import great_expectations as gx

    e = gx.expectations
    suite: list[Any] = [e.ExpectColumnToExist(column=c) for c in REQUIRED_COLUMNS]
    present = set(records.columns)
    suite += [e.ExpectColumnValuesToNotBeNull(column=c) for c in REQUIRED_COLUMNS if c in present]
    if "record_id" in present:
        suite.append(e.ExpectColumnValuesToBeUnique(column="record_id"))
    if "label" in present:
        suite.append(e.ExpectColumnValuesToBeInSet(column="label", value_set=list(labels)))
    if "text" in present:
        suite.append(e.ExpectColumnValuesToBeInTypeList(column="text", type_list=["str"]))
        suite.append(e.ExpectColumnValueLengthsToBeBetween(
            column="text", min_value=quality["min_text_chars"], max_value=quality["max_text_chars"]))
        suite.append(e.ExpectColumnProportionOfUniqueValuesToBeBetween(
            column="text", min_value=1.0 - quality["max_duplicate_text_rate"], max_value=1.0))
    for column, (low, high) in quality["ranges"].items():
        if column in present:
            suite.append(e.ExpectColumnValuesToBeInTypeList(
                column=column, type_list=["float64", "int64", "float32", "int32"]))
            suite.append(e.ExpectColumnValuesToBeBetween(column=column, min_value=low, max_value=high))
    return suite


def _context(docs_dir: Path | None):  # noqa: ANN202 - great-expectations types are dynamic
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name="confide", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(docs_dir.resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    return context


def _validation_definition(context, expectations: list[Any]):  # noqa: ANN001, ANN202
    import great_expectations as gx

    asset = context.data_sources.add_pandas("records").add_dataframe_asset("records")
    batch = asset.add_batch_definition_whole_dataframe("all_rows")
    suite = context.suites.add(gx.ExpectationSuite(name="confide_records"))
    for expectation in expectations:
        suite.add_expectation(expectation)
    return context.validation_definitions.add(
        gx.ValidationDefinition(name="confide_records", data=batch, suite=suite))


def _to_check(result: Any) -> Check:
    info = result.to_json_dict()
    config = info["expectation_config"]
    details = info.get("result") or {}
    ids = [str(row.get("record_id")) for row in details.get("unexpected_index_list") or []
           if isinstance(row, dict)]
    unexpected = details.get("unexpected_count")
    if unexpected is None:  # aggregate expectations (e.g. proportion unique) have no row count
        unexpected = 0 if info["success"] else 1
    return Check(
        expectation=config["type"], column=config["kwargs"].get("column"),
        success=bool(info["success"]), unexpected_count=int(unexpected),
        element_count=int(details.get("element_count") or 0),
        example_record_ids=tuple(dict.fromkeys(ids))[:EXAMPLE_ROWS],
    )


def _class_counts(records: pd.DataFrame, labels: Sequence[str]) -> pd.Series:
    """Rows per declared label, zeros included."""
    present = records["label"].value_counts() if "label" in records else pd.Series(dtype=int)
    return present.reindex(list(labels), fill_value=0).astype(int)


def declared_labels_present(records: pd.DataFrame, *, labels: Sequence[str]) -> Check:
    """Every declared label has rows: a one-class table would report perfect scores."""
    counts = _class_counts(records, labels)
    absent = [str(label) for label, n in counts.items() if n == 0]
    return Check(
        expectation="confide_every_declared_label_has_rows", column="label",
        success=not absent, unexpected_count=len(absent), element_count=len(records),
        example_record_ids=(),
        detail=(f"declared label(s) {', '.join(map(repr, absent))} have no rows; add rows of "
                "each class or remove the label from data.labels" if absent else ""),
    )


def min_rows_per_class(
    records: pd.DataFrame, *, minimum: int, labels: Sequence[str] | None = None
) -> Check:
    """Classes with too few rows to train and evaluate on (a rule GX has no expectation for).

    Declared labels without any row are left to `declared_labels_present`.
    """
    counts = (_class_counts(records, labels) if labels is not None else
              records["label"].value_counts() if "label" in records else pd.Series(dtype=int))
    small = counts[(counts < minimum) & (counts > 0)]
    named = ", ".join(f"{label!r} has {n}" for label, n in small.items())
    return Check(
        expectation=f"confide_min_rows_per_class(min={minimum})", column="label",
        success=small.empty, unexpected_count=int(small.sum()), element_count=len(records),
        example_record_ids=(),
        detail=(f"class {named} (minimum {minimum}); add rows, merge the class into another "
                "or lower quality.min_rows_per_class" if named else ""),
    )


_NUMBER = re.compile(r"^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?%?\s*$")


def _example_ids(records: pd.DataFrame, mask: pd.Series) -> tuple[str, ...]:
    if "record_id" not in records:
        return ()
    return tuple(str(i) for i in records.loc[mask, "record_id"].head(EXAMPLE_ROWS))


def text_not_blank(records: pd.DataFrame) -> Check:
    """Texts made only of whitespace fail like empty ones (their length hides it)."""
    text = records["text"] if "text" in records else pd.Series(dtype=object)
    blank = text.map(lambda v: isinstance(v, str) and not v.strip()).astype(bool)
    return Check(
        expectation="confide_text_not_blank", column="text", success=not blank.any(),
        unexpected_count=int(blank.sum()), element_count=len(records),
        example_record_ids=_example_ids(records, blank),
        detail="texts are empty or whitespace only; fill or drop those rows" if blank.any() else "",
    )


def text_not_all_numeric(records: pd.DataFrame) -> Check:
    """A text column holding only numbers is almost surely the wrong column mapped as text."""
    text = records["text"].dropna() if "text" in records else pd.Series(dtype=object)
    text = text[text.map(lambda v: bool(str(v).strip()))]
    numeric = bool(len(text)) and bool(text.map(lambda v: bool(_NUMBER.match(str(v)))).all())
    return Check(
        expectation="confide_text_not_all_numeric", column="text", success=not numeric,
        unexpected_count=len(text) if numeric else 0, element_count=len(records),
        example_record_ids=(),
        detail=("every text is a number: data.file.columns.text probably maps a score or id "
                "column; map the column that holds the free text" if numeric else ""),
    )


def label_hint(records: pd.DataFrame, *, labels: Sequence[str]) -> str:
    """Why labels fall outside the declared set, when a near miss explains it (no values shown)."""
    if "label" not in records:
        return ""
    values = records["label"].dropna().astype(str)
    outside = values[~values.isin(list(labels))]
    declared = {str(label) for label in labels}
    folded = {str(label).strip().casefold() for label in labels}
    spaced = int(outside.map(lambda v: v.strip() in declared).sum())
    cased = int(outside.map(lambda v: v.strip() not in declared
                            and v.strip().casefold() in folded).sum())
    hints = []
    if spaced:
        hints.append(f"{spaced} differ from a declared label only by leading/trailing "
                     "whitespace: strip the labels in the file")
    if cased:
        hints.append(f"{cased} differ from a declared label only by letter case: make data.labels "
                     "and the file agree")
    if not hints:
        hints.append("add the missing class to data.labels or fix the rows")
    return "; ".join(hints)


def validate_records(
    records: pd.DataFrame,
    *,
    labels: Sequence[str],
    quality: Mapping[str, Any],
    docs_dir: Path | None = None,
) -> list[Check]:
    """Run the gate; build GX Data Docs (values-free) under `docs_dir` when given."""
    frame = records.reset_index(drop=True)
    expectations = build_expectations(frame, labels=labels, quality=quality)
    context = _context(None)
    result = _validation_definition(context, expectations).run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE", "partial_unexpected_count": 0,
                       "unexpected_index_column_names": ["record_id"] if "record_id" in frame else [],
                       "return_unexpected_index_query": False},
    )
    checks = [_to_check(r) for r in result.results]
    hint = label_hint(frame, labels=labels)
    checks = [replace(c, detail=hint) if c.expectation == "expect_column_values_to_be_in_set"
              and not c.success else c for c in checks]
    checks += [
        declared_labels_present(frame, labels=labels),
        min_rows_per_class(frame, minimum=quality["min_rows_per_class"], labels=labels),
        text_not_blank(frame),
        text_not_all_numeric(frame),
    ]
    if docs_dir is not None:
        # An expectation object belongs to one suite, so the docs run builds its own.
        _build_docs(frame, build_expectations(frame, labels=labels, quality=quality), docs_dir)
    return checks


def _build_docs(frame: pd.DataFrame, expectations: list[Any], docs_dir: Path) -> None:
    import great_expectations as gx

    context = _context(docs_dir)
    definition = _validation_definition(context, expectations)
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name="confide_records", validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=["confide"])],
        result_format={"result_format": "SUMMARY", "partial_unexpected_count": 0},
    ))
    checkpoint.run(batch_parameters={"dataframe": frame})


def summarize(checks: Sequence[Check]) -> dict[str, Any]:
    """JSON-ready summary of the gate (counts and record ids only)."""
    return {
        "success": all(c.success for c in checks),
        "evaluated": len(checks),
        "failed": sum(not c.success for c in checks),
        "checks": [c.__dict__ | {"example_record_ids": list(c.example_record_ids)} for c in checks],
    }


def raise_on_failure(checks: Sequence[Check], *, source: str) -> None:
    """Raise `DataQualityError` listing every failed expectation.

    Args:
        checks: the gate's results.
        source: what the records came from, as the user knows it: the input file's path, or the
            configured source for generated data (never the intermediate table).
    """
    failed = [c for c in checks if not c.success]
    if failed:
        lines = "\n".join(f"  - {c.describe()}" for c in failed)
        raise DataQualityError(
            f"data-quality gate failed for {source} ({len(failed)} of {len(checks)} "
            f"expectations):\n{lines}\nFix the input or the quality section of params.yaml."
        )
