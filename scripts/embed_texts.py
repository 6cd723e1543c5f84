"""Rule embed_texts: sentence embeddings of the anonymized texts, computed once and cached."""

import numpy as np
import pandas as pd

from confide.train import compute_embeddings
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "embed_texts")  # noqa: F821
with logged_errors(log):
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    embeddings = compute_embeddings(records["text"].tolist(), config=snakemake.params.train)  # noqa: F821
    np.save(snakemake.output.embeddings, embeddings.astype(np.float32))  # noqa: F821
    log.info("embedded %d texts into %d dimensions", *embeddings.shape)
