"""Stopping a local run with SIGTERM: the running job finishes, the message says no job failed, a rerun resumes.

The SLURM variant of the same check is in tests/workflow/test_slurm.py; a failed job must not get
the SIGTERM message (tests/ingest/test_bad_input.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from confide.workflow import STOPPED_BY_SIGTERM
from tests.conftest import REPO, SNAKEMAKE, run_snakemake, write_params
from tests.workflow.tiny_params import TINY

pytestmark = pytest.mark.e2e
ENV = {"CONFIDE_PSEUDONYM_KEY": "00" * 32}
TARGET = "results/split/records.parquet"  # ingest -> validate -> split: three short jobs
FIRST_SENTENCE = STOPPED_BY_SIGTERM.split(":", 1)[0]


def test_when_a_local_run_gets_sigterm_then_it_says_no_job_failed_and_a_rerun_redoes_nothing(tmp_path: Path) -> None:
    write_params(tmp_path, TINY)
    log = tmp_path / "stopped.log"
    command = [str(SNAKEMAKE), TARGET, "--snakefile", str(REPO / "Snakefile"), "--directory", str(tmp_path),
               "--cores", "1"]
    with log.open("w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path,
                                env={**os.environ, **ENV})
        deadline = time.monotonic() + 300
        while "rule ingest_records:" not in log.read_text():
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=600)
    text = log.read_text()
    assert proc.returncode != 0
    assert FIRST_SENTENCE in text, text[-3000:]
    assert "Finished jobid" in text and "rule validate_records:" not in text  # the running job finished, no new one
    assert (tmp_path / "results/ingest/records.parquet").exists()

    resumed = run_snakemake(tmp_path, TARGET, env=ENV)
    assert resumed.returncode == 0, (resumed.stdout + resumed.stderr)[-3000:]
    assert "ingest_records" not in resumed.stdout + resumed.stderr
    assert (tmp_path / TARGET).exists()
