"""Rule synthesize_records: synthetic tabular records from the anonymized training split."""

import pandas as pd

from confide.io import write_json, write_table
from confide.synthesize import nothing_to_synthesize, score_synthetic, synthesize_table
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "synthesize_records")  # noqa: F821
with logged_errors(log):
    cfg = snakemake.params.synthesize  # noqa: F821
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    reason = nothing_to_synthesize(records)
    if reason:
        log.warning("synthesize stage skipped: %s", reason)
        write_table(pd.DataFrame(), snakemake.output.records)  # noqa: F821
        write_json({"skipped": reason}, snakemake.output.ledger)  # noqa: F821
        write_json({"skipped": reason}, snakemake.output.scorecard)  # noqa: F821
    else:
        seed = snakemake.params.split["seed"]  # noqa: F821
        result = synthesize_table(records, config=cfg, seed=seed)
        scorecard = score_synthetic(
            real_train=records[records["split"] == "train"], real_holdout=records[records["split"] == "test"],
            synthetic=result.table, target=cfg["target"], config=cfg, seed=seed)
        write_table(result.table, snakemake.output.records)  # noqa: F821
        write_json(result.ledger or {"formal_privacy": False}, snakemake.output.ledger)  # noqa: F821
        write_json({"synthesis": result.summary(), **scorecard}, snakemake.output.scorecard)  # noqa: F821
        log.info("synthesized %d rows with %s", len(result.table), result.synthesizer)
