"""Rule track_audio_runs: log the speech branch to MLflow (parent run + child runs, metrics only)."""

from confide.audio.tracking import runs_from_audio_summary
from confide.io import read_json, write_json
from confide.provenance import redact_user_paths
from confide.tracking import log_workflow
from confide.workflow import logged_errors, pseudonym_key_fingerprint, script_logger

log = script_logger(snakemake.log[0], "track_audio_runs")
with logged_errors(log):
    params = dict(snakemake.params.items())
    children, tags, headline = runs_from_audio_summary(read_json(snakemake.input.summary),
                                                       key_fingerprint=pseudonym_key_fingerprint())
    ids = log_workflow(experiment=params["tracking"]["experiment"], run_name="workflow-audio",
                       params={"audio": redact_user_paths(params["audio"], "audio")}, tags=tags, children=children,
                       metrics=headline,
                       artifacts=[snakemake.input.summary, snakemake.input.html])
    write_json(ids, snakemake.output.runs)
    log.info("logged parent run and %d child runs; runs page %s", len(ids["children"]), ids["runs_url"])
