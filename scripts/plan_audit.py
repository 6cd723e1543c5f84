"""Rule plan_audit: one-run audit canaries (coin flips) and planted secret-sharer canaries."""

import pandas as pd

from confide.auditing import plan_canaries, plan_secrets, plant_secrets
from confide.io import write_table
from confide.train.units import resolve_privacy_unit
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "plan_audit")  # noqa: F821
with logged_errors(log):
    cfg = snakemake.params.evaluate  # noqa: F821
    canary_cfg = cfg["canaries"]
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    unit = resolve_privacy_unit(snakemake.params.train["privacy_unit"], records[records["split"] == "train"])  # noqa: F821
    canaries = plan_canaries(records, m=canary_cfg["one_run_m"] if canary_cfg["enabled"] else 0,
                             seed=cfg["seed"], audit_run=canary_cfg["audit_run"], unit=unit)
    secrets = plan_secrets(records, n=canary_cfg["exposure_n"] if canary_cfg["enabled"] else 0,
                           seed=cfg["seed"], n_digits=canary_cfg["n_digits"], exclude=canaries["record_id"])
    write_table(canaries, snakemake.output.canaries)  # noqa: F821
    write_table(secrets, snakemake.output.secrets)  # noqa: F821
    write_table(plant_secrets(records, secrets), snakemake.output.records)  # noqa: F821
    log.info("%d one-run canaries at unit %s (%d records, %d included; audit run: %s), %d planted secrets",
             canaries["canary"].nunique(), unit, len(canaries),
             int(canaries.drop_duplicates("canary")["included"].sum()), canary_cfg["audit_run"], len(secrets))
