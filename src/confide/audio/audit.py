"""Membership-inference audit of the content classifier, with the text path's calibrated attacks.

The attacks, their ROC metrics and the Clopper-Pearson epsilon lower bound are the library's
(:mod:`confide.audit.attacks`, :func:`confide.audit.membership.run_attacks`,
:func:`confide.audit.bounds.privacy_summary`); this module only builds the audit pool and the
reference models for speech:

* **Pool**: the training speakers' utterances, the target's members (``split == "train"``) and
  the ``audit`` utterances it never trained on (non-members, same speakers, same split procedure).
* **Reference models**: ``K`` classifiers trained exactly like the target (same
  :func:`~confide.audio.classifier.train_classifier` settings and epsilon, the target ledger's
  delta, and exactly the target's training-set size, hence its sampling rate and noise) on random
  subsets of the pool (:func:`confide.audit.attacks.reference_membership`'s fixed-size
  design), so every pool utterance has IN and OUT reference models for LiRA and RMIA. That design
  needs ``K >= pool / non-members`` (K = 5 at ``audit_fraction: 0.2``): a smaller K would fall back
  to models of varying size, so it is refused (:func:`smallest_exact_k`), and every reference
  model's ledger is checked against the target's (size, delta, sampling rate, noise multiplier)
  before its scores are used. Fewer than :data:`MIN_REFERENCE_MODELS` reference models warn (the
  text path's threshold): LiRA and RMIA are weaker, so eps_hat is lower than a larger K would show.
* Membership is per utterance (the pool's records). With ``privacy_unit: speaker`` the
  accountant's epsilon covers a whole speaker, and an utterance-level test can only fall short of
  it; ``unit`` records which one applied.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from confide.audio.classifier import TrainedClassifier
from confide.audio.errors import AudioPipelineError

#: ``(features, labels, speakers, seed, delta) -> TrainedClassifier``: trains one model like the
#: target with the given delta (the target ledger's).
Trainer = Callable[..., TrainedClassifier]

#: Below this many reference models the audit warns (the text path's threshold, issue #12).
MIN_REFERENCE_MODELS = 16
#: Ledger fields a reference model must share with the target to be "trained like the target".
MATCHED_FIELDS = ("n_records", "delta", "sample_rate", "noise_multiplier", "steps")


def exact_design(*, k: int, n_pool: int, n_members: int) -> bool:
    """Whether :func:`~confide.audit.attacks.reference_membership` gives all ``k`` models ``n_members`` records.

    Its fixed-size design needs every record IN at least one and OUT of at least one model:
    ``floor(k m / n) >= 1`` and ``ceil(k m / n) <= k - 1``; otherwise it falls back to a design
    whose model sizes vary.
    """
    if k < 2 or not 0 < n_members < n_pool:
        return False
    return k * n_members >= n_pool and -((-k * n_members) // n_pool) <= k - 1


def smallest_exact_k(*, n_pool: int, n_members: int) -> int:
    """The smallest K at or above 2 for which :func:`exact_design` holds (``ceil(n / (n - m))``)."""
    k = 2
    while not exact_design(k=k, n_pool=n_pool, n_members=n_members):
        k += 1
    return k


def check_like_target(target: Mapping[str, Any], reference: Mapping[str, Any], *, j: int) -> None:
    """Raise unless reference model ``j``'s ledger matches the target's on :data:`MATCHED_FIELDS`.

    Raises:
        AudioPipelineError: naming the fields that differ and the fix.
    """
    differ = [f for f in MATCHED_FIELDS if f in target and reference.get(f) != target.get(f)]
    if differ:
        shown = ", ".join(f"{f} {reference.get(f)} vs target {target.get(f)}" for f in differ)
        raise AudioPipelineError(
            f"membership audit (rule train_audio_classifier): reference model {j} was not trained like the "
            f"target ({shown}); its LiRA/RMIA calibration would be off. Fix audio.audit.reference_models "
            "(see confide.audio.audit.smallest_exact_k) or the trainer passed to membership_audit")


def true_class_p(model: TrainedClassifier, features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The probability ``model`` gives each utterance's true label."""
    return np.exp(-np.asarray(model.losses(features, labels), dtype=float))


def membership_audit(*, target: TrainedClassifier, train: Trainer, features: np.ndarray, labels: np.ndarray,
                     speakers: np.ndarray, is_member: np.ndarray, epsilon: float, delta: float,
                     audit: Mapping[str, Any], seed: int) -> dict[str, Any]:
    """LiRA / RMIA / loss-threshold audit of ``target`` over one pool, with reference models.

    Args:
        target: the trained classifier under audit.
        train: trains a reference model like the target on a subset of the pool; called as
            ``train(features, labels, speakers, seed, delta=...)`` with the target ledger's delta.
        features: the pool's features (training speakers' utterances), one row each.
        labels: their class names.
        speakers: their speaker pseudonyms (for unit ``speaker``).
        is_member: True where ``target`` trained on the pool utterance.
        epsilon: the accountant's epsilon (``math.inf``: not private).
        delta: the delta of the guarantee (for the epsilon lower bound).
        audit: ``audio.audit`` (``reference_models``, ``attacks``, ``headline_attack``,
            ``fpr_points``, ``confidence``).
        seed: seeds the reference memberships, their training and the threshold split.

    Returns:
        JSON-ready: the headline attack's AUC and TPR at each resolvable FPR with its interval,
        every attack's AUC and lower bound, ``eps_hat`` with its ``eps_hat_ceiling`` and
        ``can_detect_violation`` (:func:`confide.audit.bounds.privacy_summary`), ``k``, pool sizes,
        ``references`` (each reference model's size, delta and sampling rate, all the target's) and
        ``weak_k`` (K below :data:`MIN_REFERENCE_MODELS`).

    Raises:
        AudioPipelineError: K cannot give every reference model the target's size (the error names
            the smallest K that can), or a reference model's ledger differs from the target's.
    """
    from confide.audit.attacks import needs_reference, reference_membership
    from confide.audit.bounds import privacy_summary
    from confide.audit.membership import run_attacks
    from confide.config import section_defaults
    from confide.evaluate.io import jsonable

    is_member = np.asarray(is_member, dtype=bool)
    k = int(audit["reference_models"])
    attacks = [a for a in audit["attacks"] if k >= 2 or not needs_reference(a)] or ["threshold"]
    refs = masks = None
    references: list[dict[str, Any]] = []
    if k >= 2:
        n_pool, n_members = len(labels), int(is_member.sum())
        if not exact_design(k=k, n_pool=n_pool, n_members=n_members):
            raise AudioPipelineError(
                f"audio.audit.reference_models={k}: with {n_members} members in a pool of {n_pool} utterances "
                "the reference models cannot all train on the target's number of utterances (each pool "
                "utterance needs an IN and an OUT model), so they would not be trained like the target; set "
                f"audio.audit.reference_models >= {smallest_exact_k(n_pool=n_pool, n_members=n_members)} "
                "(or 0 for the threshold attack only) and re-run rule train_audio_classifier")
        masks = reference_membership(n_records=n_pool, k=k, seed=seed, model_size=n_members)
        refs = np.empty((k, n_pool))
        with warnings.catch_warnings():
            # The target already gave these warnings (non-private, weak epsilon, utterance unit);
            # K repeats of them would bury the rest of the log.
            warnings.simplefilter("ignore", UserWarning)
            for j in range(k):
                model = train(features[masks[j]], labels[masks[j]], speakers[masks[j]], seed * 1000 + 1 + j,
                              delta=float(target.ledger["delta"]))
                check_like_target(target.ledger, model.ledger, j=j)
                references.append({f: model.ledger.get(f) for f in MATCHED_FIELDS})
                refs[j] = true_class_p(model, features, labels)
        if k < MIN_REFERENCE_MODELS:
            warnings.warn(f"audio membership audit: {k} reference models (< {MIN_REFERENCE_MODELS}): LiRA/RMIA are "
                          "weaker and their eps_hat lower than a larger K would show; raise "
                          "audio.audit.reference_models (each costs one training run)", UserWarning, stacklevel=2)
    text = section_defaults("evaluate")  # audio.audit has no keys for these: the text path's defaults apply
    result = run_attacks(pool_p_true=true_class_p(target, features, labels), pool_is_member=is_member,
                         reference_p_true=refs, reference_membership=masks, attacks=attacks, delta=delta,
                         confidence=float(audit["confidence"]), fpr_points=list(audit["fpr_points"]),
                         max_roc_points=text["max_roc_points"], headline_attack=audit["headline_attack"],
                         selection_fraction=text["membership"]["selection_fraction"],
                         unit_score=text["membership"]["unit_score"], seed=seed)
    private = math.isfinite(float(epsilon))
    summary = privacy_summary(accountant_epsilon=float(epsilon) if private else None, delta=delta,
                              eps_hats={"membership_attacks": result["max_epsilon_lower_bound"]},
                              ceilings={"membership_attacks": result["ceiling"]},
                              confidence=float(audit["confidence"]))
    headline = result["headline_attack"]
    head = result["attacks"][headline]
    return jsonable({
        "reference_models": k if refs is not None else 0,
        "weak_k": refs is not None and k < MIN_REFERENCE_MODELS,
        "references": references,
        "n_members": int(is_member.sum()), "n_nonmembers": int((~is_member).sum()),
        "headline_attack": headline, "headline_note": result["headline_note"],
        "auc": head["auc"],
        "tpr_at_fpr": head["tpr_at_fpr"],
        "tpr_interval": {x: {"tpr": v["tpr"], "ci_low": v["ci_low"], "ci_high": v["ci_high"]}
                         for x, v in head["tpr_interval"].items() if head["tpr_at_fpr"].get(x) is not None},
        "unresolved_fpr_points": head["unresolved_fpr_points"],
        "attacks": {name: {"auc": r["auc"], "epsilon_lower_bound": r["epsilon"]["epsilon_lower_bound"]}
                    for name, r in result["attacks"].items()},
        "skipped": result["skipped"],
        "eps_hat": summary["eps_hat"], "eps_hat_ceiling": summary["eps_hat_ceiling"],
        "can_detect_violation": summary["can_detect_violation"], "audit_violation": summary["audit_violation"],
        "confidence": summary["confidence"],
    })
