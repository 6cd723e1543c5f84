"""Rule create_pseudonym_key: a new random key file, written only where none exists (mode 0600)."""

from pathlib import Path

from confide.anonymize.keys import ensure_key_file
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "create_pseudonym_key")
with logged_errors(log):
    ensure_key_file(Path(snakemake.output.key))  # never overwrites: O_EXCL
    log.info("created a new pseudonym key file; keep it (or set CONFIDE_PSEUDONYM_KEY) to reproduce runs")
