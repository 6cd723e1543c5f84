"""Membership-inference audit of the content classifier, with the text path's calibrated attacks.

The attacks, their ROC metrics and the Clopper-Pearson epsilon lower bound are the library's
(:mod:`confide.evaluate.membership`, :func:`confide.evaluate.variant.run_attacks`,
:func:`confide.evaluate.variant.privacy_summary`); this module only builds the audit pool and the
reference models for speech:

* **Pool**: the training speakers' utterances, the target's members (``split == "train"``) and
  the ``audit`` utterances it never trained on (non-members, same speakers, same split procedure).
* **Reference models**: ``K`` classifiers trained exactly like the target (same
  :func:`~confide.audio.classifier.train_classifier` settings, epsilon and training-set size, hence
  the same sampling rate, delta and noise) on random subsets of the pool
  (:func:`confide.evaluate.membership.reference_membership`), so every pool utterance has IN and
  OUT reference models for LiRA and RMIA.
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

#: ``(features, labels, speakers, seed) -> TrainedClassifier``: trains one model like the target.
Trainer = Callable[[np.ndarray, np.ndarray, np.ndarray, int], TrainedClassifier]


def true_class_p(model: TrainedClassifier, features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The probability ``model`` gives each utterance's true label."""
    return np.exp(-np.asarray(model.losses(features, labels), dtype=float))


def membership_audit(*, target: TrainedClassifier, train: Trainer, features: np.ndarray, labels: np.ndarray,
                     speakers: np.ndarray, is_member: np.ndarray, epsilon: float, delta: float,
                     audit: Mapping[str, Any], seed: int) -> dict[str, Any]:
    """LiRA / RMIA / loss-threshold audit of ``target`` over one pool, with reference models.

    Args:
        target: the trained classifier under audit.
        train: trains a reference model like the target on a subset of the pool.
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
        ``can_detect_violation`` (:func:`confide.evaluate.variant.privacy_summary`), ``k``, pool sizes.
    """
    from confide.evaluate.io import jsonable
    from confide.evaluate.membership import needs_reference, reference_membership
    from confide.evaluate.variant import privacy_summary, run_attacks

    is_member = np.asarray(is_member, dtype=bool)
    k = int(audit["reference_models"])
    attacks = [a for a in audit["attacks"] if k >= 2 or not needs_reference(a)] or ["threshold"]
    refs = masks = None
    if k >= 2:
        masks = reference_membership(n_records=len(labels), k=k, seed=seed, model_size=int(is_member.sum()))
        refs = np.empty((k, len(labels)))
        with warnings.catch_warnings():
            # The target already gave these warnings (non-private, weak epsilon, utterance unit);
            # K repeats of them would bury the rest of the log.
            warnings.simplefilter("ignore", UserWarning)
            for j in range(k):
                model = train(features[masks[j]], labels[masks[j]], speakers[masks[j]], seed * 1000 + 1 + j)
                refs[j] = true_class_p(model, features, labels)
    result = run_attacks(pool_p_true=true_class_p(target, features, labels), pool_is_member=is_member,
                         reference_p_true=refs, reference_membership=masks, attacks=attacks, delta=delta,
                         confidence=float(audit["confidence"]), fpr_points=list(audit["fpr_points"]),
                         headline_attack=audit["headline_attack"], seed=seed)
    private = math.isfinite(float(epsilon))
    summary = privacy_summary(accountant_epsilon=float(epsilon) if private else None, delta=delta,
                              eps_hats={"membership_attacks": result["max_epsilon_lower_bound"]},
                              ceilings={"membership_attacks": result["ceiling"]},
                              confidence=float(audit["confidence"]))
    headline = result["headline_attack"]
    head = result["attacks"][headline]
    return jsonable({
        "reference_models": k if refs is not None else 0,
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
