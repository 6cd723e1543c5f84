"""Helpers that the Snakefile and rule scripts call: variants, wildcards, environment, logging."""

from __future__ import annotations

import logging
import math
import os
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

OFFLINE_ENVIRONMENT = {
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "DVC_NO_ANALYTICS": "1",
    "ITERATIVE_DO_NOT_TRACK": "1",
    "DVC_STUDIO_OFFLINE": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    # Weight-loading progress bars from the encoder would break make run's one line per job.
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}


def set_offline_environment() -> None:
    """Switch telemetry and hub downloads off for this process and the jobs it starts."""
    for key, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(key, value)


def epsilon_label(epsilon: float) -> str:
    """Wildcard form of a privacy budget: ``1``, ``0.5``, ``inf``."""
    if math.isinf(epsilon):
        return "inf"
    return f"{epsilon:g}"


def parse_epsilon(label: str) -> float:
    """Inverse of `epsilon_label`."""
    return math.inf if label == "inf" else float(label)


def mix_label(mix: str) -> str:
    """Wildcard form of a data mix, appended to the epsilon folder.

    ``real`` is empty (its paths are those of a sweep without synthetic data);
    ``real+synthetic`` -> ``-real+synthetic``.
    """
    return "" if mix == "real" else f"-{mix}"


def parse_mix(label: str) -> str:
    """Inverse of `mix_label`."""
    return label.removeprefix("-") or "real"


#: Snakemake constraint of the {mix} wildcard (empty for real).
MIX_WILDCARD = r"|-real\+synthetic|-synthetic"


def variant_dir(stage: str, model: str, epsilon: str, seed: int | str, mix: str = "") -> str:
    """Results folder of one (model, epsilon, seed, mix) variant (``mix`` as in `mix_label`)."""
    return f"results/{stage}/{model}/eps-{epsilon}{mix}/seed-{seed}"


def variants(config: Mapping[str, Any]) -> list[dict[str, str]]:
    """Every (model, epsilon, seed, data mix) combination of the sweep, as wildcard strings."""
    train = config["train"]
    return [
        {"model": model, "epsilon": epsilon_label(float(eps)), "seed": str(seed), "mix": mix_label(mix)}
        for model in train["models"]
        for mix in train.get("data_mix", ["real"])
        for eps in train["epsilons"]
        for seed in train["seeds"]
    ]


SWEEP_KEYS = frozenset({"models", "epsilons", "seeds", "default_model", "data_mix"})


def variant_training_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """The `train` section without the sweep grid: what one variant's training depends on.

    Rules pass this (not the whole section) so that adding an epsilon, model or seed re-runs only
    the new variants' jobs.
    """
    return {k: v for k, v in config["train"].items() if k not in SWEEP_KEYS}


def variant_paths(config: Mapping[str, Any], pattern: str) -> list[str]:
    """Expand `pattern` ({model}, {epsilon}, {seed}, {mix}) over the sweep."""
    return [pattern.format(**v) for v in variants(config)]


def raw_inputs(config: Mapping[str, Any]) -> list[str]:
    """The raw input file(s) the configured source reads (none for generated data)."""
    from confide.ingest import source_path

    path = source_path(config["data"])
    return [path] if path else []


def script_logger(log_path: str | os.PathLike[str], name: str) -> logging.Logger:
    """A logger that writes to the rule's log file (counts and hashes only, never records)."""
    Path(log_path).parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)  # third-party chatter stays out of the log
    logging.captureWarnings(True)
    logger = logging.getLogger(f"confide.{name}")
    logger.setLevel(logging.INFO)
    return logger


@contextmanager
def logged_errors(logger: logging.Logger) -> Iterator[None]:
    """Write the error that ends a rule script to its log file too, then re-raise it.

    Snakemake prints the traceback to stderr only, which leaves the rule's log empty. Confide's
    own errors are logged with their message (written to name files, rows and fixes, never a
    value); any other exception only by type and place, since its text may quote data.

    Example:
        >>> log = script_logger(snakemake.log[0], "split_records")  # doctest: +SKIP
        >>> with logged_errors(log):  # doctest: +SKIP
        ...     main()
    """
    from confide.errors import ConfideError

    try:
        yield
    except ConfideError as exc:
        logger.error("%s: %s", type(exc).__name__, exc)
        raise
    except Exception as exc:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        logger.error("%s raised at %s:%s (message withheld: it may quote data; the traceback is "
                     "on stderr)", type(exc).__name__, Path(frame.filename).name, frame.lineno)
        raise


# Training, reference and evaluation jobs read the anonymized records with planted canaries.
AUDITED = "results/audit/records.parquet"
CANARIES = "results/audit/canaries.parquet"
SECRETS = "results/audit/secrets.parquet"
EMBEDDINGS = "results/features/sentence_embeddings.npy"


# Synthesis is per training seed: seed s's generator learns from seed s's training split only.
SYNTHETIC = "results/synthesize/seed-{seed}/records.parquet"
SYNTHETIC_LEDGER = "results/synthesize/seed-{seed}/ledger.json"
SYNTHETIC_SCORECARD = "reports/synthetic/seed-{seed}.json"
SYNTHETIC_EMBEDDINGS = "results/synthesize/seed-{seed}/embeddings.npz"
SYNTHETIC_EMBEDDINGS_LEDGER = "results/synthesize/seed-{seed}/embeddings_ledger.json"
SYNTHETIC_EMBEDDINGS_SCORECARD = "reports/synthetic/seed-{seed}-embeddings.json"


def synthetic_inputs(model: str, seed: int | str) -> dict[str, str]:
    """The synthetic data, ledger and scorecard a mixed variant of ``model`` reads for ``seed``."""
    from confide.synthesize.augment import synthesis_kind

    if synthesis_kind(model) == "embeddings":
        paths = (SYNTHETIC_EMBEDDINGS, SYNTHETIC_EMBEDDINGS_LEDGER, SYNTHETIC_EMBEDDINGS_SCORECARD)
    else:
        paths = (SYNTHETIC, SYNTHETIC_LEDGER, SYNTHETIC_SCORECARD)
    return dict(zip(("synthetic", "synthetic_ledger", "synthetic_scorecard"),
                    (p.format(seed=seed) for p in paths), strict=True))


def synthesis_train_params(config: Mapping[str, Any]) -> dict[str, Any]:
    """What the embedding generator takes from ``train``: the privacy unit and the per-person cap."""
    return {k: config["train"][k] for k in ("privacy_unit", "max_records_per_person") if k in config["train"]}


def _variant_prefix(stage: str, wildcards: Any) -> str:
    return variant_dir(stage, wildcards.model, wildcards.epsilon, wildcards.seed, getattr(wildcards, "mix", ""))


def _data_inputs(model: str) -> dict[str, str]:
    from confide.train import get_model_spec  # the registry says which models read embeddings

    inputs = {"records": AUDITED}
    if get_model_spec(model).needs_features:
        inputs["embeddings"] = EMBEDDINGS
    return inputs


def _real_inputs(wildcards: Any) -> dict[str, str]:
    return {**_data_inputs(wildcards.model), "canaries": CANARIES}


def train_inputs(wildcards: Any) -> dict[str, str]:
    """Inputs of one train_model job: the anonymized table, the canary plan, embeddings if used.

    A data mix with synthetic rows adds the variant's seed's synthetic data (records for tabular
    models, sentence embeddings for frozen_encoder), their ledger and scorecard.
    """
    inputs = _real_inputs(wildcards)
    if parse_mix(getattr(wildcards, "mix", "")) != "real":
        inputs.update(synthetic_inputs(wildcards.model, wildcards.seed))
    return inputs


def augmentation_params_for(config: Mapping[str, Any]):  # noqa: ANN201 - Snakemake params function
    """Params of train_model jobs: the memorisation gate for a mix with synthetic rows.

    A real variant gets none, so it does not re-run when the synthesize section changes.
    """

    def params(wildcards: Any) -> dict[str, Any]:
        if parse_mix(getattr(wildcards, "mix", "")) == "real":
            return {}
        return {"gate": dict(config["synthesize"]["gate"])}

    return params


def reference_inputs(wildcards: Any) -> dict[str, str]:
    """Inputs of one train_reference_model job (the canary plan sets the target's training size)."""
    return _real_inputs(wildcards)


def reference_paths(config: Mapping[str, Any], model: str, epsilon: str, seed: str) -> list[str]:
    """The K reference models' scores (and the separate one-run audit run's) of one variant."""
    evaluate = config["evaluate"]
    membership = evaluate["membership"]
    wants_refs = membership["enabled"] and bool(set(membership["attacks"]) - {"threshold"})
    if not (wants_refs or evaluate["canaries"]["enabled"]):
        return []
    return [f"results/reference/{model}/eps-{epsilon}/seed-{seed}/references.npz"]


def evaluate_inputs_for(config: Mapping[str, Any]):  # noqa: ANN201 - Snakemake input function
    """Input function of evaluate_model jobs, closed over the validated config."""

    def inputs(wildcards: Any) -> dict[str, Any]:
        prefix = _variant_prefix("train", wildcards)
        # a mixed variant is audited with the real variant's reference models (trained on real rows)
        return {**_real_inputs(wildcards), "secrets": SECRETS, "model": f"{prefix}/model",
                "ledger": f"{prefix}/ledger.json",
                "references": reference_paths(config, wildcards.model, wildcards.epsilon,
                                              wildcards.seed)}

    return inputs


def summary_inputs_for(config: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the summary reads: per-variant metrics and ledgers plus stage reports."""
    inputs: dict[str, Any] = {
        "metrics": variant_paths(config, "results/evaluate/{model}/eps-{epsilon}{mix}/seed-{seed}/metrics.json"),
        "ledgers": variant_paths(config, "results/train/{model}/eps-{epsilon}{mix}/seed-{seed}/ledger.json"),
        "quality": "reports/data_quality/validation.json",
        "anonymization": "reports/anonymization.json",
        "anonymize_summary": "results/anonymize/summary.json",
        "split": "results/split/split.json",
        "raw": raw_inputs(config),
    }
    if config["synthesize"].get("enabled"):
        # the first training seed's scorecard (each seed has its own; its ledger is in each variant's)
        inputs["synthetic"] = synthetic_inputs(config["train"]["models"][0],
                                               config["train"]["seeds"][0])["synthetic_scorecard"]
    return inputs
