"""Rule report_audio: reports/audio.html and results/audio/summary.json (metrics and figures only)."""

from pathlib import Path

from confide.io import read_json, write_json
from confide.report.audio import plot_utility_vs_epsilon, render_audio_page, report_figures
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "report_audio")
with logged_errors(log):
    inputs, names = snakemake.input, snakemake.params.audio["anonymizers"]
    privacy = {n: read_json(p) for n, p in zip(names, inputs.privacy, strict=True)}
    utility = {"original": read_json(inputs.original), **{n: read_json(p) for n, p in zip(names, inputs.utility,
                                                                                            strict=True)}}
    frontier = plot_utility_vs_epsilon(utility, snakemake.output.utility_figure)
    figures = report_figures(source=snakemake.params.audio["source"], utility_figure=frontier,
                             spectrograms=dict(zip(names, inputs.figures, strict=True)))
    Path(snakemake.output.html).write_text(
        render_audio_page(privacy=privacy, utility=utility, figures=figures), encoding="utf-8")
    write_json({"privacy": privacy, "utility": utility}, snakemake.output.summary)
    log.info("report for %d anonymizer(s)", len(names))
