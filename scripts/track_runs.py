"""Rule track_runs: log this workflow invocation to MLflow (parent run + child runs)."""

from confide.io import read_json, write_json
from confide.report.tracking_runs import (
    benchmark_window,
    headline_metrics,
    runs_from_summary,
    variant_files,
    variant_timings,
)
from confide.tracking import log_workflow
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "track_runs")
params = dict(snakemake.params.items())
patterns = params.pop("patterns")
benchmarks, files = patterns["benchmarks"], patterns["variant_files"]
summary = read_json(snakemake.input.summary)
with logged_errors(log):  # the rule's log says why, not only stderr
    variants = summary.get("variants", [])
    timings = variant_timings(variants, benchmarks["variants"])
    log.info("job times for %d of %d variant runs from %d benchmark patterns", sum(map(bool, timings.values())),
             len(variants), len(benchmarks["variants"]))
    starts = [w[0] for w in [benchmark_window(benchmarks["stages"]), *timings.values()] if w]
    children, tags = runs_from_summary(summary, timings=timings, artifacts=variant_files(variants, files))
    ids = log_workflow(
        experiment=params["tracking"]["experiment"], run_name="workflow", params=params, tags=tags,
        children=children, metrics=headline_metrics(summary), start_time=min(starts, default=None),
        run_tags={"confide.default_model": str(summary.get("default_model"))},
        artifacts=[snakemake.input.summary, snakemake.input.html, snakemake.input.figures],
    )
write_json(ids, snakemake.output.runs)
log.info("logged parent run and %d child runs; marked %d orphaned runs FAILED; runs page %s",
         len(ids["children"]), len(ids["orphaned_runs_marked_failed"]), ids["runs_url"])
