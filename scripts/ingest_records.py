"""Rule ingest_records: load the configured source as the records table."""

from confide.ingest import ingest
from confide.io import write_jsonl, write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "ingest_records")
with logged_errors(log):
    result = ingest(data=snakemake.params.data)
    write_table(result.records, snakemake.output.records)
    write_jsonl(result.gold_spans, snakemake.output.gold_spans)
log.info("ingested %d records, %d gold spans", len(result.records), len(result.gold_spans))
