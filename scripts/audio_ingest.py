"""Rule ingest_audio: manifest -> quality gate -> speaker-grouped split, with keyed pseudonyms."""

from confide.anonymize.keys import load_pseudonym_key
from confide.audio.pipeline import ingest
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "ingest_audio")
with logged_errors(log):
    manifest = ingest(snakemake.params.audio, key=load_pseudonym_key())
    manifest.to_parquet(snakemake.output.manifest, index=False)
    log.info("ingested %d utterances of %d speakers; split %s", len(manifest), manifest["speaker_id"].nunique(),
             manifest["split"].value_counts().to_dict())
