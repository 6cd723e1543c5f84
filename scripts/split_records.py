"""Rule split_records: person-grouped, stratified, seeded train/test split (one per training seed)."""

import pandas as pd

from confide.ingest.split import assign_seed_splits, split_summary
from confide.io import write_json, write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "split_records")
cfg = snakemake.params.split
with logged_errors(log):
    records = assign_seed_splits(pd.read_parquet(snakemake.input.records),
                                 test_fraction=cfg["test_fraction"], seed=cfg["seed"],
                                 train_seeds=snakemake.params.train.get("seeds", []),
                                 vary_with_seed=cfg["vary_with_seed"])
    write_table(records, snakemake.output.records)
    summary = split_summary(records)
    write_json(summary, snakemake.output.summary)
if summary["vary_with_seed"]:
    log.info("split rows per training seed: %s", {s: p["rows"] for s, p in summary["per_seed"].items()})
else:
    log.info("split rows (shared by all training seeds): %s", summary["rows"])
