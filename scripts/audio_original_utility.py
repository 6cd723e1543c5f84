"""Rule evaluate_original_utility: the non-anonymized baseline of the content classifier.

Raw side of the boundary: original features stay in memory; only metrics are written.
"""

import pandas as pd

from confide.audio.pipeline import original_utility
from confide.io import write_json
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "evaluate_original_utility")
with logged_errors(log):
    rows = original_utility(pd.read_parquet(snakemake.input.manifest), config=snakemake.params.audio)
    write_json(rows, snakemake.output.metrics)
    log.info("accuracy by epsilon: %s", [(r["epsilon"], round(r["accuracy"], 3)) for r in rows])
