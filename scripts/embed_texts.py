"""Rule embed_texts: sentence embeddings of the anonymized texts, computed once and cached."""

import numpy as np
import pandas as pd

from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import embed_in_blocks, gather_embeddings

log = script_logger(snakemake.log[0], "embed_texts")
with logged_errors(log):
    texts = pd.read_parquet(snakemake.input.records)["text"].tolist()
    if "shards" in snakemake.input.keys():  # sharded: concatenate embed_text_shard outputs
        embeddings = gather_embeddings([np.load(p) for p in snakemake.input.shards], rows=len(texts))
    else:
        embeddings = embed_in_blocks(texts, config=snakemake.params.train)
    np.save(snakemake.output.embeddings, embeddings.astype(np.float32))
    log.info("embedded %d texts into %d dimensions", *embeddings.shape)
