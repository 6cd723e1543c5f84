import subprocess

from tests.conftest import REPO, SNAKEMAKE


def dry_run(*extra: str) -> str:
    result = subprocess.run([str(SNAKEMAKE), "-n", "--cores", "1", "--quiet", "rules", *extra], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_when_modality_is_audio_then_the_default_target_is_the_speech_branch_alone():
    # --forceall: the plan does not depend on what this checkout has already run.
    planned = dry_run("--configfile", "params-audio.yaml", "--forceall")
    for rule in ("ingest_audio", "anonymize_audio", "evaluate_voice_privacy", "featurize_audio",
                 "train_audio_classifier", "evaluate_original_utility", "report_audio"):
        assert rule in planned
    for text_rule in ("ingest_records", "anonymize_records", "train_model"):
        assert text_rule not in planned
