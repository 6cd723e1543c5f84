"""Helpers that the Snakefile and rule scripts call: inputs, params, the pseudonym key, environment, logging."""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from confide.variants import Variant

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


SWEEP_KEYS = frozenset({"models", "epsilons", "seeds", "default_model", "data_mix"})


def split_train_params(config: Mapping[str, Any]) -> dict[str, Any]:
    """The ``train`` keys rule split_records reads: ``seeds`` when splits vary with the seed.

    Without ``split.vary_with_seed`` the split does not depend on the training seeds, so a change
    of ``train.seeds`` need not re-run the split and everything after it.
    """
    return {"seeds": list(config["train"]["seeds"])} if config["split"]["vary_with_seed"] else {}


def variant_training_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """The `train` section without the sweep grid: what one variant's training depends on.

    Rules pass this (not the whole section) so that adding an epsilon, model or seed re-runs only
    the new variants' jobs.
    """
    return {k: v for k, v in config["train"].items() if k not in SWEEP_KEYS}


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
    if Variant.from_wildcards(wildcards).data_mix != "real":
        inputs.update(synthetic_inputs(wildcards.model, wildcards.seed))
    return inputs


def augmentation_params_for(config: Mapping[str, Any]):  # noqa: ANN201 - Snakemake params function
    """Params of train_model jobs: the memorisation gate for a mix with synthetic rows.

    A real variant gets none, so it does not re-run when the synthesize section changes.
    """

    def params(wildcards: Any) -> dict[str, Any]:
        if Variant.from_wildcards(wildcards).data_mix == "real":
            return {}
        return {"gate": dict(config["synthesize"]["gate"])}

    return params


def reference_inputs(wildcards: Any) -> dict[str, str]:
    """Inputs of one train_reference_model job (the canary plan sets the target's training size)."""
    return _real_inputs(wildcards)


def evaluate_inputs_for(config: Mapping[str, Any], *, references: str):  # noqa: ANN201 - input function
    """Input function of evaluate_model jobs: the data, and the variant's reference models if any attack uses them.

    ``references`` is train_reference_model's output; a mixed variant is audited with the real
    variant's reference models (trained on real rows).
    """
    evaluate = config["evaluate"]
    membership = evaluate["membership"]
    wants_refs = membership["enabled"] and bool(set(membership["attacks"]) - {"threshold"})
    needed = wants_refs or evaluate["canaries"]["enabled"]

    def inputs(wildcards: Any) -> dict[str, Any]:
        scores = [Variant.from_wildcards(wildcards).path(references)] if needed else []
        return {**_real_inputs(wildcards), "secrets": SECRETS, "references": scores}

    return inputs


def summary_inputs_for(config: Mapping[str, Any]) -> dict[str, Any]:
    """The stage reports the summary reads besides each variant's metrics and ledger."""
    inputs: dict[str, Any] = {
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


def pseudonym_key_file() -> Path | None:
    """The key file the workflow's jobs read, or None when ``CONFIDE_PSEUDONYM_KEY`` holds the key."""
    from confide.anonymize.keys import DEFAULT_ENV_VAR, DEFAULT_KEY_PATH

    return None if os.environ.get(DEFAULT_ENV_VAR, "").strip() else DEFAULT_KEY_PATH


def key_rule_needed() -> bool:
    """Whether rule create_pseudonym_key exists: only while there is neither a key file nor the variable.

    Once the key exists no rule can produce it, so ``--forceall``, ``--forcerun`` or a changed
    script can never delete and replace it: the key is then a source file, like the raw data.
    """
    path = pseudonym_key_file()
    return path is not None and not path.exists()


def pseudonym_key_input() -> dict[str, Any]:
    """The key file as a job input (``**`` it into ``input:``), or nothing when the variable holds the key.

    ``ancient``: a touched file re-runs nothing; a changed key re-runs through the fingerprint param.
    """
    from snakemake.io import ancient

    path = pseudonym_key_file()
    return {} if path is None else {"key": ancient(str(path))}


def pseudonym_key_fingerprint(wildcards: Any = None) -> str:
    """Params function: the key's fingerprint, read without creating the key; a changed key re-runs the job.

    Before create_pseudonym_key has run the key does not exist and a placeholder stands in: a dry
    run creates nothing. Snakemake evaluates params again just before a job runs, after the key
    rule, so the value it records is always the key's.
    """
    from confide.anonymize.keys import key_fingerprint, load_pseudonym_key

    path = pseudonym_key_file()
    if path is not None and not path.exists():
        return "key not created yet"
    return key_fingerprint(load_pseudonym_key())


STOPPED_BY_SIGTERM = (
    "Stopped by SIGTERM: the jobs that were running finished, nothing new was submitted and no job failed. "
    "Run the same command again to resume; finished jobs are not redone. (Snakemake's next line, 'At least "
    "one job did not complete successfully', is its fixed wording for any early stop.)"
)


def explain_stop(workflow: Any) -> None:
    """``onerror`` hook: say so when the run stopped because of SIGTERM rather than a failed job.

    Snakemake 9 ends a SIGTERM'd run with the same error as a failed one; its scheduler records the
    signal (``_user_kill == "graceful"``) and any job error (``_errors``), which decide the message.
    """
    scheduler = getattr(workflow, "scheduler", None)
    if getattr(scheduler, "_user_kill", None) == "graceful" and not getattr(scheduler, "_errors", True):
        logging.getLogger("snakemake.logging").warning(STOPPED_BY_SIGTERM)
