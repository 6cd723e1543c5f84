"""Rule plan_audit: choose the one-run audit canaries and flip their inclusion coins."""

import pandas as pd

from confide.auditing import plan_canaries
from confide.io import write_table
from confide.workflow import script_logger

log = script_logger(snakemake.log[0], "plan_audit")  # noqa: F821
cfg = snakemake.params.evaluate  # noqa: F821
canaries = plan_canaries(pd.read_parquet(snakemake.input.records),  # noqa: F821
                         m=cfg["canaries"]["one_run_m"] if cfg["canaries"]["enabled"] else 0,
                         seed=cfg["seed"])
write_table(canaries, snakemake.output.canaries)  # noqa: F821
log.info("%d canaries, %d included", len(canaries), int(canaries["included"].sum()))
