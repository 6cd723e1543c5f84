"""Rule split_records: person-grouped, stratified, seeded train/test split."""

import pandas as pd

from confide.ingest.split import assign_split, split_summary
from confide.io import write_json, write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "split_records")  # noqa: F821
cfg = snakemake.params.split  # noqa: F821
with logged_errors(log):
    records = assign_split(pd.read_parquet(snakemake.input.records),  # noqa: F821
                           test_fraction=cfg["test_fraction"], seed=cfg["seed"])
    write_table(records, snakemake.output.records)  # noqa: F821
    summary = split_summary(records)
    write_json(summary, snakemake.output.summary)  # noqa: F821
log.info("split rows: %s", summary["rows"])
