"""Rule anonymize_records: de-identify text, pseudonymize persons, generalize quasi-identifiers."""

import pandas as pd

from confide.anonymize import anonymize_records
from confide.anonymize.keys import load_or_create_pseudonym_key
from confide.io import write_json, write_jsonl, write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "anonymize_records")  # noqa: F821
with logged_errors(log):
    key = load_or_create_pseudonym_key()  # no key file when CONFIDE_PSEUDONYM_KEY is set
    result = anonymize_records(pd.read_parquet(snakemake.input.records),  # noqa: F821
                               config=snakemake.params.anonymize, key=key)  # noqa: F821
    write_table(result.records, snakemake.output.records)  # noqa: F821
    write_jsonl(result.audit, snakemake.output.audit)  # noqa: F821
    write_json(result.summary, snakemake.output.summary)  # noqa: F821
    log.info("anonymized %d records; %d replacements", len(result.records), len(result.audit))
