"""Rule plan_audit: one-run audit canaries (coin flips) and planted secret-sharer canaries."""

import pandas as pd

from confide.auditing import plan_canaries, plan_secrets, plant_secrets
from confide.io import write_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "plan_audit")  # noqa: F821
with logged_errors(log):
    cfg = snakemake.params.evaluate  # noqa: F821
    canary_cfg = cfg["canaries"]
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    canaries = plan_canaries(records, m=canary_cfg["one_run_m"] if canary_cfg["enabled"] else 0,
                             seed=cfg["seed"], audit_run=canary_cfg["audit_run"])
    secrets = plan_secrets(records, n=canary_cfg["exposure_n"] if canary_cfg["enabled"] else 0,
                           seed=cfg["seed"], n_digits=canary_cfg["n_digits"], exclude=canaries["record_id"])
    write_table(canaries, snakemake.output.canaries)  # noqa: F821
    write_table(secrets, snakemake.output.secrets)  # noqa: F821
    write_table(plant_secrets(records, secrets), snakemake.output.records)  # noqa: F821
    log.info("%d one-run canaries (%d included; audit run: %s), %d planted secrets", len(canaries),
             int(canaries["included"].sum()), canary_cfg["audit_run"], len(secrets))
