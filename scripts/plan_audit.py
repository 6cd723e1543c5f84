"""Rule plan_audit: one-run audit canaries (coin flips) and planted secret-sharer canaries.

With one split per training seed, a plan that all seeds share (``audit_run: deployed``, or
canaries not varied per seed) and the planted secrets are drawn from the records every seed trains
on (`common_train_split`), so each is a training record of every seed's run. When each seed draws
its own canaries (`canaries_vary`), the plan written here only marks the audit run and unit; it is
drawn from the lowest seed's split.
"""

import pandas as pd

from confide.audit.canaries import canaries_vary, plan_canaries
from confide.audit.exposure import plan_secrets, plant_secrets
from confide.ingest.split import common_train_split, split_for_seed, split_seeds
from confide.io import write_table
from confide.train.units import resolve_privacy_unit
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "plan_audit")
with logged_errors(log):
    cfg = snakemake.params.evaluate
    canary_cfg = cfg["canaries"]
    records = pd.read_parquet(snakemake.input.records)
    common = common_train_split(records)  # train only where every seed's split says train
    n_common = int((common["split"] == "train").sum())
    seeds = split_seeds(records)
    per_seed = bool(seeds) and canaries_vary(canary_cfg, audit_run=canary_cfg["audit_run"])
    pool = split_for_seed(records, seeds[0]) if per_seed else common
    unit = resolve_privacy_unit(snakemake.params.train["privacy_unit"], pool[pool["split"] == "train"])
    canaries = plan_canaries(pool, m=canary_cfg["one_run_m"] if canary_cfg["enabled"] else 0,
                             seed=cfg["seed"], audit_run=canary_cfg["audit_run"], unit=unit)
    secrets = plan_secrets(common, n=canary_cfg["exposure_n"] if canary_cfg["enabled"] else 0,
                           seed=cfg["seed"], n_digits=canary_cfg["n_digits"], exclude=canaries["record_id"])
    if seeds and canary_cfg["enabled"] and (len(secrets) < canary_cfg["exposure_n"]
                                            or (not per_seed and not len(canaries))):
        log.warning("only %d of %d records are training records of every seed's split (%d seeds, "
                    "split.vary_with_seed): %d of %d secrets planted, %d shared canaries; use fewer than "
                    "1 / split.test_fraction seeds, or split.vary_with_seed: false", n_common, len(records),
                    len(seeds), len(secrets), canary_cfg["exposure_n"], canaries["canary"].nunique())
    write_table(canaries, snakemake.output.canaries)
    write_table(secrets, snakemake.output.secrets)
    write_table(plant_secrets(records, secrets), snakemake.output.records)
    log.info("%d one-run canaries at unit %s (%d records, %d included; audit run: %s; drawn per seed later: %s), "
             "%d planted secrets; %d of %d records are training records of every seed's split",
             canaries["canary"].nunique(), unit, len(canaries),
             int(canaries.drop_duplicates("canary")["included"].sum()), canary_cfg["audit_run"],
             per_seed, len(secrets), n_common, len(records))
