"""Rule anonymize_records: de-identify text, pseudonymize persons, generalize quasi-identifiers."""

import pandas as pd

from confide.anonymize import anonymize_records
from confide.anonymize.keys import load_pseudonym_key
from confide.io import read_json, write_json, write_jsonl, write_table
from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import recorded_spans

log = script_logger(snakemake.log[0], "anonymize_records")
with logged_errors(log):
    key = load_pseudonym_key()  # CONFIDE_PSEUDONYM_KEY, else the file rule create_pseudonym_key wrote
    records = pd.read_parquet(snakemake.input.records)
    config, analyzer = snakemake.params.anonymize, None
    if "spans" in snakemake.input.keys():  # sharded: the detect_identifiers jobs found the spans
        analyzer = recorded_spans(records, config=config,
                                  shards=[pd.read_parquet(p) for p in snakemake.input.spans],
                                  extents=[read_json(p) for p in snakemake.input.extents])
        config = {**config, "n_process": 1}  # nothing left to parallelize
        log.info("gathering %d detection shards", len(snakemake.input.spans))
    result = anonymize_records(records, config=config, key=key, analyzer=analyzer)
    write_table(result.records, snakemake.output.records)
    write_jsonl(result.audit, snakemake.output.audit)
    write_json(result.summary, snakemake.output.summary)
    log.info("anonymized %d records; %d replacements", len(result.records), len(result.audit))
