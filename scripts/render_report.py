"""Rule render_report: the one-page HTML report and its figures (PNG)."""

from pathlib import Path

import yaml

from confide.io import read_json
from confide.provenance import redact_user_paths
from confide.report.figures import draw_all
from confide.report.html import render_html
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "render_report")
with logged_errors(log):
    summary = read_json(snakemake.input.summary)
    figures = draw_all(summary["variants"], Path(snakemake.output.figures))
    params_text = yaml.safe_dump(redact_user_paths(dict(snakemake.params.items())), sort_keys=False)
    html = render_html(summary, figures=figures, params_text=params_text)
    Path(snakemake.output.html).write_text(html, encoding="utf-8")
    log.info("report with %d figures", len(figures))
