"""Rule validate_records: the data-quality gate. Fails the workflow on any failed expectation."""

from pathlib import Path

import pandas as pd

from confide.ingest import declared_labels, source_description
from confide.io import write_json
from confide.quality.expectations import raise_on_failure, summarize, validate_records
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "validate_records")
with logged_errors(log):
    records = pd.read_parquet(snakemake.input.records)
    checks = validate_records(
        records,
        labels=declared_labels(snakemake.params.data),
        quality=snakemake.params.quality,
        docs_dir=Path(snakemake.output.docs),
    )
    summary = summarize(checks)
    log.info("%d expectations, %d failed", summary["evaluated"], summary["failed"])
    raise_on_failure(checks, source=source_description(snakemake.params.data))
    write_json(summary, snakemake.output.summary)
