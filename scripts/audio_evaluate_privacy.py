"""Rule evaluate_voice_privacy: speaker-verification EER/linkability per attacker, voice quality.

Raw side of the boundary (reads original audio, like evaluate_anonymization); writes metrics and,
for the public FSDD source only and if enabled, one spectrogram pair as a PNG (for a user's
manifest an empty file: an image of a user's original voice never leaves the raw side). Never audio.
"""

import pandas as pd

from confide.audio.errors import AudioPipelineError
from confide.audio.io import read_bundle
from confide.audio.pipeline import evaluate_voice_privacy
from confide.io import write_json
from confide.report.audio import plot_spectrogram_pair, spectrogram_allowed
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "evaluate_voice_privacy")
with logged_errors(log):
    config, name = snakemake.params.audio, snakemake.wildcards.anonymizer
    manifest = pd.read_parquet(snakemake.input.manifest)
    ids, waves, rate = read_bundle(snakemake.input.waveforms)
    if ids != manifest["utterance"].tolist():
        raise AudioPipelineError(f"{snakemake.input.waveforms} does not match {snakemake.input.manifest} "
                                 "(utterance ids differ); re-run rule anonymize_audio")
    metrics, (before, after) = evaluate_voice_privacy(manifest, waves, anonymizer=name, config=config)
    write_json(metrics, snakemake.output.metrics)
    if spectrogram_allowed(source=config["source"], requested=config["report"]["spectrogram_pair"]):
        plot_spectrogram_pair(before, after, sample_rate=rate, title=name, path=snakemake.output.figure)
    else:
        open(snakemake.output.figure, "wb").close()
    log.info("%s: EER %s", name, {k: round(v["eer"], 3) for k, v in metrics["attackers"].items()})
