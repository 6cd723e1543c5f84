"""Rule detect_identifiers: the identifier spans of one shard of rows (offsets, never values)."""

import pandas as pd

from confide.io import write_json, write_table
from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import detect_shard

log = script_logger(snakemake.log[0], "detect_identifiers")  # noqa: F821
with logged_errors(log):
    spans, extent = detect_shard(pd.read_parquet(snakemake.input.records),  # noqa: F821
                                 config=snakemake.params.anonymize,  # noqa: F821
                                 shard=int(snakemake.wildcards.shard),  # noqa: F821
                                 shards=int(snakemake.wildcards.shards))  # noqa: F821
    write_table(spans, snakemake.output.spans)  # noqa: F821
    write_json(extent, snakemake.output.extent)  # noqa: F821
    log.info("shard %(shard)d of %(shards)d: rows %(start)d-%(stop)d of %(rows)d", extent)
    log.info("%d spans found", len(spans))
