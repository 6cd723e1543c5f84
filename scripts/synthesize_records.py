"""Rule synthesize_records: synthetic tabular records from one training seed's anonymized training split."""

import pandas as pd

from confide.ingest.split import split_for_seed
from confide.io import write_json, write_table
from confide.synthesize import nothing_to_synthesize, score_synthetic, synthesize_table
from confide.synthesize.core import fit_rows_for_unit
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "synthesize_records")
with logged_errors(log):
    cfg, seed = snakemake.params.synthesize, int(snakemake.wildcards.seed)
    records = split_for_seed(pd.read_parquet(snakemake.input.records), seed)
    reason = nothing_to_synthesize(records)
    if reason:
        log.warning("synthesize stage skipped: %s", reason)
        write_table(pd.DataFrame(), snakemake.output.records)
        write_json({"skipped": reason}, snakemake.output.ledger)
        write_json({"skipped": reason}, snakemake.output.scorecard)
    else:
        fit_rows, unit = fit_rows_for_unit(records, train_config=snakemake.params.train, seed=seed)
        result = synthesize_table(fit_rows, config=cfg, seed=seed)
        scorecard = score_synthetic(
            real_train=records[records["split"] == "train"], real_holdout=records[records["split"] == "test"],
            synthetic=result.table, target=cfg["target"], config=cfg, seed=seed)
        write_table(result.table, snakemake.output.records)
        ledger = {**result.ledger, "privacy_unit": unit} if result.ledger else {"formal_privacy": False}
        write_json({**ledger, "training_seed": seed, "n_fit_rows": len(fit_rows)},
                   snakemake.output.ledger)
        write_json({"synthesis": result.summary(), **scorecard}, snakemake.output.scorecard)
        log.info("synthesized %d rows with %s for training seed %d", len(result.table), result.synthesizer, seed)
