"""Rule ingest_records: load the configured source as the records table."""

from confide.ingest import ingest
from confide.io import write_jsonl, write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "ingest_records")  # noqa: F821
with logged_errors(log):
    result = ingest(data=snakemake.params.data)  # noqa: F821
    write_table(result.records, snakemake.output.records)  # noqa: F821
    write_jsonl(result.gold_spans, snakemake.output.gold_spans)  # noqa: F821
log.info("ingested %d records, %d gold spans", len(result.records), len(result.gold_spans))
