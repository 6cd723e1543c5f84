"""Rule anonymize_audio: one anonymizer over every utterance (the audio PII boundary)."""

import pandas as pd

from confide.anonymize.keys import load_pseudonym_key
from confide.audio.io import write_bundle
from confide.audio.pipeline import anonymize_corpus
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "anonymize_audio")
with logged_errors(log):
    config, name = snakemake.params.audio, snakemake.wildcards.anonymizer
    waves, public = anonymize_corpus(pd.read_parquet(snakemake.input.manifest), anonymizer=name,
                                     config=config, key=load_pseudonym_key())
    write_bundle(snakemake.output.waveforms, ids=public["utterance"].tolist(), waveforms=waves,
                 sample_rate=config["quality"]["sample_rate"])
    public.to_parquet(snakemake.output.public, index=False)
    log.info("anonymized %d utterances with %s", len(public), name)
