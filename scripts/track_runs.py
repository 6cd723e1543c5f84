"""Rule track_runs: log this workflow invocation to MLflow (parent run + child runs)."""

from confide.io import read_json, write_json
from confide.report.tracking_runs import runs_from_summary
from confide.tracking import log_workflow
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "track_runs")  # noqa: F821
params = dict(snakemake.params.items())  # noqa: F821
summary = read_json(snakemake.input.summary)  # noqa: F821
children, tags = runs_from_summary(summary)
with logged_errors(log):  # the rule's log says why, not only stderr
    ids = log_workflow(
        experiment=params["tracking"]["experiment"], run_name="workflow", params=params, tags=tags,
        children=children, artifacts=[snakemake.input.summary, snakemake.input.html],  # noqa: F821
    )
write_json(ids, snakemake.output.runs)  # noqa: F821
log.info("logged parent run and %d child runs; marked %d orphaned runs FAILED",
         len(ids["children"]), len(ids["orphaned_runs_marked_failed"]))
