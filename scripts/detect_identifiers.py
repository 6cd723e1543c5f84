"""Rule detect_identifiers: the identifier spans of one shard of rows (offsets, never values)."""

import pandas as pd

from confide.io import write_json, write_table
from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import detect_shard

log = script_logger(snakemake.log[0], "detect_identifiers")
with logged_errors(log):
    spans, extent = detect_shard(pd.read_parquet(snakemake.input.records),
                                 config=snakemake.params.anonymize,
                                 shard=int(snakemake.wildcards.shard),
                                 shards=int(snakemake.wildcards.shards))
    write_table(spans, snakemake.output.spans)
    write_json(extent, snakemake.output.extent)
    log.info("shard %(shard)d of %(shards)d: rows %(start)d-%(stop)d of %(rows)d", extent)
    log.info("%d spans found", len(spans))
