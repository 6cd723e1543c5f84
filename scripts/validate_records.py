"""Rule validate_records: the data-quality gate. Fails the workflow on any failed expectation."""

from pathlib import Path

import pandas as pd

from confide.ingest import declared_labels, source_description
from confide.io import write_json
from confide.quality.expectations import raise_on_failure, summarize, validate_records
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "validate_records")  # noqa: F821
with logged_errors(log):
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    checks = validate_records(
        records,
        labels=declared_labels(snakemake.params.data),  # noqa: F821
        quality=snakemake.params.quality,  # noqa: F821
        docs_dir=Path(snakemake.output.docs),  # noqa: F821
    )
    summary = summarize(checks)
    log.info("%d expectations, %d failed", summary["evaluated"], summary["failed"])
    raise_on_failure(checks, source=source_description(snakemake.params.data))  # noqa: F821
    write_json(summary, snakemake.output.summary)  # noqa: F821
