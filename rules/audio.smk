# Speech branch (data.modality: audio): ingest -> quality gate -> voice anonymization (one branch
# per anonymizer) -> speaker-verification privacy | features -> content classifier (DP-SGD sweep)
# -> report. The audio PII boundary: only ingest_audio, anonymize_audio, evaluate_voice_privacy and
# evaluate_original_utility read original audio; featurize_audio and train_audio_classifier read
# only results/audio/anonymize/, which holds anonymized waveforms and keyed pseudonyms. Each rule
# gets only the audio sub-sections it needs (confide.audio.config.RULE_SECTIONS): only ingest_audio
# sees where the raw recordings live.
from confide.audio.config import rule_params
from confide.workflow import pseudonym_key_fingerprint, pseudonym_key_input


wildcard_constraints:
    anonymizer=r"[a-z_]+",


rule ingest_audio:
    input:
        **pseudonym_key_input(),
    output:
        manifest="results/audio/ingest/manifest.parquet",
    params:
        audio=rule_params(config["audio"], "ingest_audio"),
        key_fingerprint=pseudonym_key_fingerprint,
    log:
        "logs/audio/ingest_audio.log",
    benchmark:
        "benchmarks/audio/ingest_audio.tsv"
    threads: 1
    resources:
        mem_mb=2000,
    group:
        "pii"
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_ingest.py"


rule anonymize_audio:
    input:
        manifest="results/audio/ingest/manifest.parquet",
        **pseudonym_key_input(),
    output:
        waveforms="results/audio/anonymize/{anonymizer}/waveforms.npz",
        public="results/audio/anonymize/{anonymizer}/manifest.parquet",
    params:
        audio=rule_params(config["audio"], "anonymize_audio"),
        key_fingerprint=pseudonym_key_fingerprint,
    log:
        "logs/audio/anonymize_audio/{anonymizer}.log",
    benchmark:
        "benchmarks/audio/anonymize_audio/{anonymizer}.tsv"
    threads: 1
    resources:
        mem_mb=2000,
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_anonymize.py"


rule evaluate_voice_privacy:
    input:
        manifest="results/audio/ingest/manifest.parquet",
        waveforms="results/audio/anonymize/{anonymizer}/waveforms.npz",
    output:
        metrics="results/audio/privacy/{anonymizer}.json",
        figure="results/audio/privacy/{anonymizer}_spectrogram.png",
    params:
        audio=rule_params(config["audio"], "evaluate_voice_privacy"),
    log:
        "logs/audio/evaluate_voice_privacy/{anonymizer}.log",
    benchmark:
        "benchmarks/audio/evaluate_voice_privacy/{anonymizer}.tsv"
    threads: 1
    resources:
        mem_mb=3000,
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_evaluate_privacy.py"


rule featurize_audio:
    input:
        waveforms="results/audio/anonymize/{anonymizer}/waveforms.npz",
    output:
        features="results/audio/features/{anonymizer}.npz",
    params:
        audio=rule_params(config["audio"], "featurize_audio"),
    log:
        "logs/audio/featurize_audio/{anonymizer}.log",
    threads: 1
    resources:
        mem_mb=2000,
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_featurize.py"


rule train_audio_classifier:
    input:
        features="results/audio/features/{anonymizer}.npz",
        public="results/audio/anonymize/{anonymizer}/manifest.parquet",
    output:
        metrics="results/audio/utility/{anonymizer}.json",
    params:
        audio=rule_params(config["audio"], "train_audio_classifier"),
    log:
        "logs/audio/train_audio_classifier/{anonymizer}.log",
    benchmark:
        "benchmarks/audio/train_audio_classifier/{anonymizer}.tsv"
    threads: 1
    resources:
        mem_mb=2000,
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_train.py"


rule evaluate_original_utility:
    input:
        manifest="results/audio/ingest/manifest.parquet",
    output:
        metrics="results/audio/utility/original.json",
    params:
        audio=rule_params(config["audio"], "evaluate_original_utility"),
    log:
        "logs/audio/evaluate_original_utility.log",
    benchmark:
        "benchmarks/audio/evaluate_original_utility.tsv"
    threads: 1
    resources:
        mem_mb=2000,
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_original_utility.py"


rule report_audio:
    input:
        privacy=expand("results/audio/privacy/{anonymizer}.json", anonymizer=config["audio"]["anonymizers"]),
        figures=expand(
            "results/audio/privacy/{anonymizer}_spectrogram.png",
            anonymizer=config["audio"]["anonymizers"],
        ),
        utility=expand("results/audio/utility/{anonymizer}.json", anonymizer=config["audio"]["anonymizers"]),
        original="results/audio/utility/original.json",
    output:
        html="reports/audio.html",
        summary="results/audio/summary.json",
        utility_figure="results/audio/figures/utility_vs_epsilon.png",
    params:
        audio=rule_params(config["audio"], "report_audio"),
    log:
        "logs/audio/report_audio.log",
    conda:
        "../envs/audio.yaml"
    script:
        "../scripts/audio_report.py"


rule track_audio_runs:
    input:
        summary="results/audio/summary.json",
        html="reports/audio.html",
    output:
        runs="results/audio/tracking/mlflow_runs.json",
    params:
        audio=rule_params(config["audio"], "track_audio_runs"),
        tracking=config["tracking"],
    log:
        "logs/audio/track_audio_runs.log",
    conda:
        "../envs/report.yaml"
    script:
        "../scripts/audio_track.py"
