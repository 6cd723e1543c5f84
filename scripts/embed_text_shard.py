"""Rule embed_text_shard: sentence embeddings of one shard of the anonymized texts."""

import numpy as np
import pandas as pd

from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import EMBED_BLOCK, embed_in_blocks, shard_bounds

log = script_logger(snakemake.log[0], "embed_text_shard")
with logged_errors(log):
    texts = pd.read_parquet(snakemake.input.records)["text"].tolist()
    start, stop = shard_bounds(len(texts), shard=int(snakemake.wildcards.shard),
                               shards=int(snakemake.wildcards.shards), block=EMBED_BLOCK)
    embeddings = embed_in_blocks(texts[start:stop], config=snakemake.params.train)
    np.save(snakemake.output.embeddings, embeddings)
    log.info("embedded rows %d-%d of %d", start, stop, len(texts))
