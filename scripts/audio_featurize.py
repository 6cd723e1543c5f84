"""Rule featurize_audio: log-mel features of the anonymized speech (past the boundary)."""

import numpy as np

from confide.audio.features import feature_matrix
from confide.audio.io import read_bundle
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "featurize_audio")
with logged_errors(log):
    feats = snakemake.params.audio["features"]
    ids, waves, rate = read_bundle(snakemake.input.waveforms)
    matrix = feature_matrix(waves, sample_rate=rate, n_mels=feats["n_mels"], n_frames=feats["n_frames"])
    np.savez(snakemake.output.features, features=matrix, ids=np.asarray(ids, dtype=str))
    log.info("features %s", matrix.shape)
