"""`make run`'s console: one line per finished job, errors kept, and the last lines with the answer."""

from __future__ import annotations

from pathlib import Path

from confide.report.console import condense, finish_lines

# Snakemake 9's output for two jobs (one in a group, indented), with a failing third job.
OUTPUT = """\
Using profile profiles/local for setting default command line arguments.
Building DAG of jobs...
Job stats:
job            count
-----------  -------
train_model        2
evaluate_model     1
total              3

Select jobs to execute...
Execute 1 jobs...

[Tue Dec  1 17:54:34 2026]
rule train_model:
    input: results/audit/records.parquet
    output: results/train/frozen_encoder/eps-inf/seed-1/ledger.json
    jobid: 8
    reason: Missing output files: results/train/frozen_encoder/eps-inf/seed-1/ledger.json
    wildcards: model=frozen_encoder, epsilon=inf, mix=, seed=1
    resources: tmpdir=/tmp
[Tue Dec  1 17:54:40 2026]
Finished jobid: 8 (Rule: train_model)
1 of 3 steps (33%) done
[Tue Dec  1 17:54:41 2026] Group job pii (jobs in lexicogr. order):

    [Tue Dec  1 17:54:41 2026]
    rule train_model:
        jobid: 9
        reason: Input files updated by another job: results/audit/records.parquet
        wildcards: model=linear_ngrams, epsilon=0.5, mix=-real+synthetic, seed=0
[Tue Dec  1 17:54:50 2026]
Finished jobid: 9 (Rule: train_model)
2 of 3 steps (67%) done
Error in rule evaluate_model:
    jobid: 10
    log: logs/evaluate/m/eps-1/seed-0.log (check log file(s) for error details)
Exiting because a job execution failed. Look above for error messages
"""


def test_when_snakemake_runs_then_each_finished_job_is_one_line_with_the_count() -> None:
    lines = list(condense(OUTPUT.splitlines(keepends=True)))
    assert lines[0].startswith("3 jobs to run")
    assert lines[1] == "17:54:40 [1/3] train_model frozen_encoder ε=∞ seed 1"
    assert lines[2] == "17:54:50 [2/3] train_model linear_ngrams ε=0.5 seed 0 mix=real+synthetic"
    assert not [line for line in lines if "reason" in line.lower() or "resources" in line or "Group job" in line]


def test_when_a_job_fails_then_its_error_block_passes_through_whole() -> None:
    lines = list(condense(OUTPUT.splitlines(keepends=True)))
    assert lines[3:] == ["Error in rule evaluate_model:", "    jobid: 10",
                         "    log: logs/evaluate/m/eps-1/seed-0.log (check log file(s) for error details)",
                         "Exiting because a job execution failed. Look above for error messages"]


def _variant(eps: str, f1: float, seed: int = 0) -> dict:
    return {"name": f"m/eps-{eps}/seed-{seed}", "model": "m", "seed": seed,
            "epsilon_target": "inf" if eps == "inf" else float(eps), "epsilon_spent": 0.99,
            "utility": {"macro_f1": {"value": f1, "ci_low": f1 - 0.02, "ci_high": f1 + 0.02}},
            "attack_tpr_low_fpr": {"tpr": 0.02, "fpr_point": 0.01}, "epsilon_lower_bound": 0.0,
            "can_detect_violation": True}


def test_when_the_run_is_done_then_the_last_lines_give_the_headline_report_and_runs_page(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text("<html></html>")
    summary = {"default_model": "m", "variants": [_variant("1", 0.6), _variant("1", 0.62, 1), _variant("inf", 0.7)]}
    lines = finish_lines(summary, {"runs_url": "http://127.0.0.1:5000/#/experiments/3/runs"}, report=report)
    assert lines[0].startswith("m, macro-F1 by ε")
    assert lines[1] == "  ε = 1: 0.610 (-0.090), attack TPR 0.020 at FPR 0.010; no violation"
    assert lines[-2] == f"Report: {report}"
    assert lines[-1].startswith("MLflow: http://127.0.0.1:5000/#/experiments/3/runs")


def test_when_nothing_was_written_then_the_last_lines_say_so(tmp_path: Path) -> None:
    lines = finish_lines(None, None, report=tmp_path / "report.html")
    assert lines == [f"Report: {tmp_path / 'report.html'}  (not written: the run did not finish)",
                     "MLflow: nothing logged yet (track_runs has not run)"]
