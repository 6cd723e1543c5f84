"""The steps the audio rules call: ingest, anonymize, evaluate privacy, featurize, utility.

The PII boundary: :func:`ingest`, :func:`anonymize_corpus`, :func:`evaluate_voice_privacy` and
:func:`original_utility` read original audio; everything else reads only the anonymized
bundle and the public manifest, which hold no path, no speaker name and no original sample.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.anonymize.pseudonym import group_pseudonym, keyed_digest
from confide.audio.anonymizers import create_anonymizer
from confide.audio.ingest import check_audio, load_manifest, split_by_speaker
from confide.audio.io import read_wav

PUBLIC_COLUMNS = ("utterance", "speaker_id", "label", "split", "seconds")
#: Ledger fields copied into each utility row (the privacy unit and what it was counted over).
LEDGER_FIELDS = ("privacy_unit", "unit_name", "privacy_unit_text", "n_persons", "n_records", "sample_rate",
                 "steps", "weak_privacy", "min_speakers")


def ingest(config: Mapping[str, Any], *, key: bytes) -> pd.DataFrame:
    """Manifest through the quality gate, subsampled, split by speaker, with keyed pseudonyms.

    Returns:
        Raw-side manifest: ``path``, ``speaker`` (as given), ``label``, ``seconds``, ``split``,
        ``utterance`` and ``speaker_id`` (keyed pseudonyms used past anonymization).
    """
    manifest = load_manifest(config)
    cap = config["max_per_speaker"]
    if cap is not None:
        picked = [group.sample(n=min(cap, len(group)), random_state=config["split"]["seed"])
                  for _, group in manifest.groupby("speaker", sort=True)]
        manifest = pd.concat(picked).sort_index().reset_index(drop=True)
    quality = config["quality"]
    manifest = check_audio(manifest, sample_rate=quality["sample_rate"], min_seconds=quality["min_seconds"],
                           max_seconds=quality["max_seconds"], source=_source_name(config),
                           show_files=config["source"] == "fsdd")
    manifest["split"] = split_by_speaker(manifest, test_speakers=config["split"]["test_speakers"],
                                         audit_fraction=config["split"]["audit_fraction"],
                                         seed=config["split"]["seed"]).to_numpy()
    manifest["speaker_id"] = [group_pseudonym(s, key=key, prefix="speaker_", length=16) for s in manifest["speaker"]]
    manifest["utterance"] = ["utt_" + keyed_digest(p, key=key, purpose="utterance")[:16] for p in manifest["path"]]
    manifest["label"] = manifest["label"].astype(str)
    return manifest.drop(columns=["row"])


def _source_name(config: Mapping[str, Any]) -> str:
    """How errors name the input: FSDD's public folder, or the key of a user's manifest (not its path)."""
    return str(config["fsdd"]["path"]) if config["source"] == "fsdd" else "the manifest CSV (audio.manifest.path)"


def _read(path: str, utterance: str) -> np.ndarray:
    """An ingested recording; errors name its utterance pseudonym, never its path."""
    where = f"utterance {utterance} (results/audio/ingest/manifest.parquet, column 'path'; re-run ingest_audio)"
    return read_wav(path, where=where)[0]


def _anonymizer(name: str, config: Mapping[str, Any], key: bytes) -> Any:
    return create_anonymizer(name, options=config["options"].get(name, {}), key=key)


def anonymize_corpus(manifest: pd.DataFrame, *, anonymizer: str, config: Mapping[str, Any], key: bytes
                     ) -> tuple[list[np.ndarray], pd.DataFrame]:
    """Anonymize every utterance; return the waveforms and the public manifest (same order)."""
    anonymize = _anonymizer(anonymizer, config, key)
    rate = config["quality"]["sample_rate"]
    waves = [anonymize(_read(p, u), sample_rate=rate, speaker=s)
             for p, u, s in zip(manifest["path"], manifest["utterance"], manifest["speaker"], strict=True)]
    return waves, manifest[list(PUBLIC_COLUMNS)].reset_index(drop=True)


def _asv_subset(manifest: pd.DataFrame, *, per_speaker: int, n_enroll: int, seed: int) -> pd.DataFrame:
    rows = []
    for _, group in manifest.groupby("speaker_id", sort=True):
        pick = group.sample(n=min(per_speaker, len(group)), random_state=seed)
        role = np.where(np.arange(len(pick)) < n_enroll, "enroll", "trial")
        rows.append(pick.assign(role=role))
    return pd.concat(rows)


def attacker_key(config: Mapping[str, Any]) -> bytes:
    """The lazy-informed attacker's own key: public and seeded, never the pseudonym key."""
    return hashlib.sha256(f"confide-audio-attacker-{config['asv']['seed']}".encode()).digest()


def evaluate_voice_privacy(manifest: pd.DataFrame, anonymized: Sequence[np.ndarray], *, anonymizer: str,
                           config: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[np.ndarray, np.ndarray]]:
    """ASV EER and linkability per attacker, and the voice-quality proxy (raw side).

    Conditions: ``original`` (enroll and test on original speech), ``ignorant`` (enroll
    original, test anonymized) and ``lazy_informed`` (enrollment anonymized with the same
    anonymizer under the attacker's own key, test anonymized).

    Returns:
        ``(metrics, (original, anonymized))``: the metrics and one trial utterance before and
        after anonymization, for the spectrogram figure only (never written as audio).
    """
    from confide.audio.asv import eer, embed, linkability, trial_scores
    from confide.audio.quality import log_spectral_distance

    asv = config["asv"]
    rate = config["quality"]["sample_rate"]
    by_utt = dict(zip(manifest["utterance"], anonymized, strict=True))
    subset = _asv_subset(manifest, per_speaker=asv["utterances_per_speaker"], n_enroll=asv["enroll_per_speaker"],
                         seed=asv["seed"])
    enroll, trial = subset[subset.role == "enroll"], subset[subset.role == "trial"]
    original = {u: _read(p, u) for u, p in zip(subset["utterance"], subset["path"], strict=True)}
    attacker = _anonymizer(anonymizer, config, attacker_key(config))
    emb_orig_enroll = embed([original[u] for u in enroll.utterance], sample_rate=rate)
    emb_orig_trial = embed([original[u] for u in trial.utterance], sample_rate=rate)
    emb_anon_trial = embed([by_utt[u] for u in trial.utterance], sample_rate=rate)
    emb_lazy_enroll = embed([attacker(original[u], sample_rate=rate, speaker=s)
                             for u, s in zip(enroll.utterance, enroll.speaker, strict=True)], sample_rate=rate)
    conditions = {"original": (emb_orig_enroll, emb_orig_trial), "ignorant": (emb_orig_enroll, emb_anon_trial),
                  "lazy_informed": (emb_lazy_enroll, emb_anon_trial)}
    results: dict[str, Any] = {}
    for name, (enroll_emb, trial_emb) in conditions.items():
        mated, nonmated = trial_scores(enroll_emb, enroll.speaker_id.tolist(), trial_emb, trial.speaker_id.tolist())
        results[name] = {"eer": eer(mated, nonmated), "linkability": linkability(mated, nonmated),
                         "n_mated": len(mated), "n_nonmated": len(nonmated)}
    lsd = [log_spectral_distance(original[u], by_utt[u]) for u in subset.utterance]
    example = trial.utterance.iloc[0]
    return {"anonymizer": anonymizer, "attackers": results,
            "speakers": int(subset.speaker_id.nunique()), "enroll_utterances": len(enroll),
            "trial_utterances": len(trial),
            "log_spectral_distance_db": {"mean": float(np.mean(lsd)), "sd": float(np.std(lsd)), "n": len(lsd)}}, \
        (original[example], by_utt[example])


def utility_sweep(features: np.ndarray, public: pd.DataFrame, *, config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Train the content classifier for every (epsilon, seed) of ``config["train"]``.

    Reports accuracy on the held-out speakers, the loss-threshold membership AUC (members:
    trained rows, as many as there are non-members; non-members: the ``audit`` rows) and, when
    ``config["audit"]`` is given, the calibrated audit of :func:`confide.audio.audit.membership_audit`
    (LiRA / RMIA with ``audit.reference_models`` reference models trained like the target: its
    settings, epsilon, ledger delta and training-set size; TPR at resolvable FPRs with intervals,
    the epsilon lower bound and its ceiling).
    """
    from confide.audio.audit import membership_audit
    from confide.audio.classifier import membership_auc, train_classifier

    train_cfg = config["train"]
    audit_cfg = config.get("audit")
    classes = sorted(public["label"].unique())
    split = public["split"].to_numpy()
    labels = public["label"].to_numpy()
    speakers = public["speaker_id"].to_numpy()
    train, test, audit = split == "train", split == "test", split == "audit"
    pool = train | audit
    rows = []
    for epsilon in train_cfg["epsilons"]:
        for seed in train_cfg["seeds"]:
            def fit(x: np.ndarray, y: np.ndarray, who: np.ndarray, run_seed: int, eps: float = float(epsilon),
                    delta: float | None = train_cfg["delta"]) -> Any:
                return train_classifier(x, y, speakers=who, classes=classes, epsilon=eps, delta=delta,
                                        seed=run_seed, epochs=train_cfg["epochs"], batch_size=train_cfg["batch_size"],
                                        learning_rate=train_cfg["learning_rate"],
                                        max_grad_norm=train_cfg["max_grad_norm"], hidden=train_cfg["hidden"],
                                        accountant=train_cfg["accountant"],
                                        privacy_unit=train_cfg["privacy_unit"],
                                        min_speakers=train_cfg["min_speakers"])

            model = fit(features[train], labels[train], speakers[train], int(seed))
            accuracy = float(np.mean(model.predict(features[test]) == labels[test]))
            rng = np.random.default_rng(int(seed))
            members = rng.choice(np.flatnonzero(train), size=int(audit.sum()), replace=False)
            auc = membership_auc(member_losses=model.losses(features[members], labels[members]),
                                 nonmember_losses=model.losses(features[audit], labels[audit]))
            eps = float(epsilon)
            ledger = model.ledger
            spent = ledger.get("epsilon_spent")
            row = {"epsilon": eps if math.isfinite(eps) else "inf", "seed": int(seed), "accuracy": accuracy,
                   "n_test": int(test.sum()), "membership_auc": auc,
                   "epsilon_spent": spent if spent is not None and math.isfinite(spent) else None,
                   "delta": ledger["delta"],
                   "noise_multiplier": ledger.get("noise_multiplier") if math.isfinite(eps) else None,
                   **{k: ledger[k] for k in LEDGER_FIELDS}}
            if audit_cfg is not None:
                row["membership_audit"] = {
                    **membership_audit(target=model, train=fit, features=features[pool], labels=labels[pool],
                                       speakers=speakers[pool], is_member=train[pool], epsilon=eps,
                                       delta=float(ledger["delta"]), audit=audit_cfg, seed=int(seed)),
                    "membership_unit": "utterance", "dp_unit": ledger["unit_name"]}
            rows.append(row)
    return rows


def original_utility(manifest: pd.DataFrame, *, config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The non-anonymized baseline of :func:`utility_sweep` (raw side: features stay in memory)."""
    from confide.audio.features import feature_matrix

    feats = config["features"]
    waves = [_read(p, u) for p, u in zip(manifest["path"], manifest["utterance"], strict=True)]
    features = feature_matrix(waves, sample_rate=config["quality"]["sample_rate"], n_mels=feats["n_mels"],
                              n_frames=feats["n_frames"])
    return utility_sweep(features, manifest[list(PUBLIC_COLUMNS)], config=config)
