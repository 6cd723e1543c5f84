"""Rule train_audio_classifier: the content classifier on anonymized speech, over the epsilon sweep."""

import numpy as np
import pandas as pd

from confide.audio.errors import AudioPipelineError
from confide.audio.pipeline import utility_sweep
from confide.io import write_json
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "train_audio_classifier")
with logged_errors(log):
    public = pd.read_parquet(snakemake.input.public)
    with np.load(snakemake.input.features, allow_pickle=False) as data:
        features, ids = data["features"], data["ids"].tolist()
    if ids != public["utterance"].tolist():
        raise AudioPipelineError(f"{snakemake.input.features} does not match {snakemake.input.public} "
                                 "(utterance ids differ); re-run rule featurize_audio")
    rows = utility_sweep(features, public, config=snakemake.params.audio)
    write_json(rows, snakemake.output.metrics)
    log.info("accuracy by epsilon: %s", [(r["epsilon"], round(r["accuracy"], 3)) for r in rows])
