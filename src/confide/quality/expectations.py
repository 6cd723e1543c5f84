"""Build the expectation suite from params, run it, and turn failures into a clear error.

great-expectations copies raw failing values (whole notes) into its results by default. Two
guards keep PII out: the validation whose results feed Data Docs uses the ``SUMMARY`` format with
``partial_unexpected_count: 0``, and the run that finds example rows keeps only ``record_id``s
and drops every value before anything leaves this module.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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

    def describe(self) -> str:
        """One line for the error message."""
        where = f" on column {self.column!r}" if self.column else ""
        rows = f"; e.g. record_id {', '.join(self.example_record_ids)}" if self.example_record_ids else ""
        return f"{self.expectation}{where}: {self.unexpected_count} of {self.element_count} rows{rows}"


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


def min_rows_per_class(records: pd.DataFrame, *, minimum: int) -> Check:
    """Classes with too few rows to train and evaluate on (a rule GX has no expectation for)."""
    counts = records["label"].value_counts() if "label" in records else pd.Series(dtype=int)
    small = counts[counts < minimum]
    return Check(
        expectation=f"confide_min_rows_per_class(min={minimum})", column="label",
        success=small.empty, unexpected_count=int(small.sum()), element_count=len(records),
        example_record_ids=(),
    )


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
    checks.append(min_rows_per_class(frame, minimum=quality["min_rows_per_class"]))
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
    """Raise `DataQualityError` listing every failed expectation."""
    failed = [c for c in checks if not c.success]
    if failed:
        lines = "\n".join(f"  - {c.describe()}" for c in failed)
        raise DataQualityError(
            f"data-quality gate failed for {source} ({len(failed)} of {len(checks)} "
            f"expectations):\n{lines}\nFix the input or the quality section of params.yaml."
        )
