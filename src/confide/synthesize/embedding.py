"""Synthetic training examples for text data: class-conditional DP Gaussians in embedding space.

Text sources have no structured columns, so the tabular synthesizers have nothing to model. What
the ``frozen_encoder`` head trains on is the public encoder's sentence embedding, so a generator
of *embeddings* (not text) is enough to augment it. Each generator here:

1. projects the embeddings onto ``dims`` coordinates with a random orthonormal matrix drawn from
   ``projection_seed`` alone (data-independent: it costs no privacy; ``dims: null`` keeps all);
2. clips each projected vector to L2 norm ``clip_norm``;
3. at unit person keeps at most ``max_records_per_person`` records of a person (the same seeded
   choice as DP-SGD, `confide.train.person.person_cap_mask`) and weights each kept record
   ``1 / records of its person``: a person's whole contribution to the statistics below has
   weight 1, so adding or removing ONE PERSON changes the class weights by at most 1 (L2), the
   class sums by at most ``clip_norm`` and the second moment by at most ``clip_norm**2``
   (Frobenius), however many records the person wrote. At unit record every weight is 1;
4. releases those three statistics with the Gaussian mechanism; the zCDP costs add
   (``s**2 / (2 sigma**2)`` each) and convert to the configured (epsilon, delta)
   (`confide.synthesize.accounting`), so the ledger's ``epsilon_spent`` is exact;
5. samples, per class, ``N(mean_c, covariance)`` in the projected space and maps the samples
   back with the projection's transpose (post-processing: free).

Registered generators (`known_embedding_generators`):

- ``dp_gaussian``: class means plus one shared full covariance (a DP linear-discriminant model);
- ``dp_gaussian_diag``: class means plus a shared diagonal covariance;
- ``gaussian``: ``dp_gaussian`` fitted without noise: NO formal privacy guarantee (its ledger
  says ``formal_privacy: false``, as the tabular SDV synthesizers' do).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from confide.registry import Registry
from confide.synthesize.accounting import epsilon_from_rho, rho_from_epsilon
from confide.synthesize.errors import NoFormalPrivacyWarning, SynthesisError

# The noise and sampling draws come from numpy generators seeded with the public training seed.
NOISE_NOTE = ("noise is reproducible from public seeds (the training seed in params.yaml), not "
              "cryptographically secure (like DP-SGD without secure_mode): anyone holding params.yaml and the "
              "synthetic file can rebuild the noise")
# Samples of a Gaussian never equal a training embedding, so the exact-copy rate cannot fire here.
EXACT_COPY_NOTE = ("continuous samples never equal a training embedding, so synthetic_in_train is 0 by "
                   "construction and cannot detect memorisation; the DCR ratio is the check that can")

__all__ = ["EmbeddingModel", "check_units_match", "clip_rows", "create_embedding_generator",
           "embedding_distance_metrics", "fit_embedding_generator", "known_embedding_generators", "person_weights",
           "projection_matrix", "sufficient_statistics", "synthesize_embeddings"]

#: Share of the zCDP budget for (class weights, class sums, second moment).
BUDGET_SHARES = (0.1, 0.45, 0.45)


@dataclass(frozen=True)
class _GeneratorSpec:
    name: str
    covariance: str  # "full" | "diag"
    private: bool


_GENERATORS: Registry[_GeneratorSpec] = Registry("embedding generator", error=ValueError)


def register_embedding_generator(name: str, *, covariance: str, private: bool, force: bool = False) -> None:
    """Register a class-conditional Gaussian generator under ``name`` (replacing one needs ``force=True``)."""
    if covariance not in ("full", "diag"):
        raise ValueError(f"covariance must be 'full' or 'diag', got {covariance!r}")
    _GENERATORS.add(name, _GeneratorSpec(name, covariance, private), force=force)


def known_embedding_generators() -> list[str]:
    """Names accepted by `create_embedding_generator`, sorted."""
    return list(_GENERATORS.names())


def create_embedding_generator(name: str) -> _GeneratorSpec:
    """The generator registered as ``name``; ValueError listing the known names otherwise."""
    return _GENERATORS.get(name)


register_embedding_generator("dp_gaussian", covariance="full", private=True)
register_embedding_generator("dp_gaussian_diag", covariance="diag", private=True)
register_embedding_generator("gaussian", covariance="full", private=False)


def projection_matrix(dim: int, dims: int | None, *, seed: int) -> np.ndarray:
    """A ``dim x dims`` matrix with orthonormal columns drawn from ``seed`` only (identity if None)."""
    if dims is None or dims >= dim:
        return np.eye(dim)
    q, _ = np.linalg.qr(np.random.default_rng(seed).standard_normal((dim, int(dims))))
    return q


def clip_rows(z: np.ndarray, clip_norm: float) -> np.ndarray:
    """Each row scaled down to L2 norm at most ``clip_norm``."""
    norms = np.linalg.norm(z, axis=1, keepdims=True)
    return z * np.minimum(1.0, clip_norm / np.maximum(norms, 1e-12))


def person_weights(persons: pd.Series | np.ndarray | None, n: int) -> np.ndarray:
    """``1 / records of the row's person`` (all ones when ``persons`` is None: unit record)."""
    if persons is None:
        return np.ones(n)
    keys = pd.Series(np.asarray(persons))
    return 1.0 / keys.map(keys.value_counts()).to_numpy(dtype=float)


def sufficient_statistics(z: np.ndarray, y: np.ndarray, weights: np.ndarray, *, n_classes: int,
                          covariance: str) -> dict[str, np.ndarray]:
    """Weighted class weights, class sums and second moment (full, or its diagonal)."""
    counts = np.bincount(y, weights=weights, minlength=n_classes).astype(float)
    sums = np.zeros((n_classes, z.shape[1]))
    np.add.at(sums, y, z * weights[:, None])
    wz = z * weights[:, None]
    second = wz.T @ z if covariance == "full" else (wz * z).sum(axis=0)
    return {"counts": counts, "sums": sums, "second": second}


@dataclass
class EmbeddingModel:
    """A fitted class-conditional Gaussian in the projected space; `sample` is post-processing."""

    generator: str
    classes: list[str]
    projection: np.ndarray
    means: np.ndarray
    covariance: np.ndarray  # dims x dims (diag generators: diagonal matrix)
    class_weights: np.ndarray  # noisy, clipped at 0
    ledger: dict[str, Any] = field(default_factory=dict)

    @property
    def noisy_total(self) -> float:
        """Noisy number of persons (records at unit record): sizes the synthetic set."""
        return float(self.class_weights.sum())

    def sample(self, n_rows: int, *, seed: int) -> tuple[np.ndarray, list[str]]:
        """``n_rows`` embeddings (in the original space) and their class names."""
        rng = np.random.default_rng(seed)
        share = self.class_weights / self.class_weights.sum() if self.class_weights.sum() > 0 else \
            np.full(len(self.classes), 1.0 / len(self.classes))
        y = rng.choice(len(self.classes), size=int(n_rows), p=share)
        root = np.linalg.cholesky(self.covariance + 1e-9 * np.eye(len(self.covariance)))
        z = self.means[y] + rng.standard_normal((int(n_rows), len(self.covariance))) @ root.T
        x = (z @ self.projection.T).astype(np.float32)
        return x, [self.classes[i] for i in y]


def _psd(matrix: np.ndarray, floor: float) -> np.ndarray:
    vals, vecs = np.linalg.eigh((matrix + matrix.T) / 2.0)
    return (vecs * np.maximum(vals, floor)) @ vecs.T


def fit_embedding_generator(embeddings: np.ndarray, labels: pd.Series | list[str], *, classes: list[str],
                            persons: pd.Series | np.ndarray | None, config: dict[str, Any],
                            seed: int) -> EmbeddingModel:
    """Fit the generator ``config["generator"]`` on real training embeddings.

    Args:
        embeddings: ``n x d`` real training embeddings (already capped per person by the caller,
            see `confide.train.person.person_cap_mask`).
        labels: their class names (each in ``classes``).
        classes: the declared, public class list.
        persons: person key per row (unit person) or None (unit record).
        config: ``synthesize.embedding`` plus ``epsilon``, ``delta``, ``privacy_unit`` and
            ``max_records_per_person`` (the training cap, recorded in the ledger).
        seed: noise seed (the projection uses ``config["projection_seed"]``).

    Raises:
        SynthesisError: a label outside ``classes`` or no rows.
    """
    from confide.config import section_defaults

    config = {**section_defaults("synthesize")["embedding"], **config}  # a partial config: the schema's defaults
    spec = create_embedding_generator(config["generator"])
    x = np.asarray(embeddings, dtype=float)
    if x.ndim != 2 or len(x) == 0:
        raise SynthesisError("embedding synthesis needs a non-empty (rows, dim) embedding matrix")
    index = {c: i for i, c in enumerate(classes)}
    unknown = sorted({str(v) for v in labels} - set(index))
    if unknown:
        raise SynthesisError(f"{len(unknown)} label value(s) outside data.labels in the training split; fix the "
                             "declared labels")
    y = np.array([index[str(v)] for v in labels])
    clip = float(config["clip_norm"])
    proj = projection_matrix(x.shape[1], config["dims"], seed=int(config["projection_seed"]))
    z = clip_rows(x @ proj, clip)
    weights = person_weights(persons, len(z))
    stats = sufficient_statistics(z, y, weights, n_classes=len(classes), covariance=spec.covariance)
    k = z.shape[1]
    ledger: dict[str, Any] = {"generator": spec.name, "space": "embedding", "dims": k, "clip_norm": clip,
                              "projection": "random orthonormal (data-independent)" if k < x.shape[1] else "none",
                              "privacy_unit": "person" if persons is not None else "record",
                              "max_records_per_person": config.get("max_records_per_person"),
                              "n_rows": len(z), "formal_privacy": spec.private, "secure_mode": False}
    if spec.private:
        eps, delta = float(config["epsilon"]), float(config["delta"])
        rho = rho_from_epsilon(eps, delta)
        sens = {"counts": 1.0, "sums": clip, "second": clip**2}
        sigmas = {}
        rng = np.random.default_rng(seed)
        for (key, s), share in zip(sens.items(), BUDGET_SHARES, strict=True):
            sigma = s / math.sqrt(2.0 * rho * share)
            noise = rng.standard_normal(stats[key].shape) * sigma
            if key == "second" and spec.covariance == "full":
                noise = np.triu(noise) + np.triu(noise, 1).T  # one draw per released entry
            stats[key] = stats[key] + noise
            sigmas[key] = sigma
        spent = sum(sens[key] ** 2 / (2.0 * sigmas[key] ** 2) for key in sens)
        ledger.update(mechanism="gaussian (zCDP)", rho=spent, epsilon_spent=epsilon_from_rho(spent, delta),
                      epsilon_target=eps, delta=delta, sigmas=sigmas,
                      sensitivity={"counts": 1.0, "sums": clip, "second_moment": clip**2},
                      privacy_unit_text=("adding or removing one person changes each released statistic by at "
                                         "most its sensitivity (records weighted 1 / records of the person)"
                                         if persons is not None else "one record"),
                      noise_note=NOISE_NOTE)
    else:
        warnings.warn(f"embedding generator {spec.name!r} gives no formal privacy guarantee: its samples can leak "
                      "training embeddings; use dp_gaussian", NoFormalPrivacyWarning, stacklevel=2)
    counts = np.maximum(stats["counts"], 0.0)
    safe = np.maximum(counts, 1.0)[:, None]
    means = clip_rows(stats["sums"] / safe, clip)
    total = max(counts.sum(), 1.0)
    if spec.covariance == "full":
        within = stats["second"] - (stats["sums"].T / safe.T) @ stats["sums"]
        cov = _psd(within / total, floor=1e-6)
    else:
        within = stats["second"] - ((stats["sums"] ** 2) / safe).sum(axis=0)
        cov = np.diag(np.maximum(within / total, 1e-6))
    return EmbeddingModel(generator=spec.name, classes=list(classes), projection=proj, means=means, covariance=cov,
                          class_weights=counts, ledger=ledger)


def check_units_match(*, synthesizer: dict[str, Any] | None, training: dict[str, Any]) -> None:
    """Refuse to compose a generator's epsilon with DP-SGD's when their privacy units differ.

    Raises:
        SynthesisError: units differ (a record-level epsilon says nothing per person).
    """
    if not synthesizer or "epsilon_spent" not in synthesizer:
        return
    # A DP ledger without a unit is per record: that is what a synthesizer's epsilon means by default.
    unit_s, unit_t = synthesizer.get("privacy_unit", "record"), training.get("privacy_unit")
    if unit_t is not None and unit_s != unit_t:
        raise SynthesisError(
            f"the synthesizer's epsilon is per {unit_s} but DP-SGD's is per {unit_t}: they do not compose; "
            "re-run the synthesize rules with the training privacy unit (train.privacy_unit)")


def embedding_distance_metrics(*, train: np.ndarray, holdout: np.ndarray, synthetic: np.ndarray,
                               projection: np.ndarray, clip_norm: float, max_rows: int,
                               seed: int) -> dict[str, Any]:
    """DCR and exact-copy rates of synthetic vs holdout embeddings against the real training ones.

    Measured in the generator's (projected, clipped) space, where its samples live; the output has
    the scorecard layout `confide.synthesize.augment.check_memorisation_gate` reads. The exact-copy
    rate is kept for that layout but cannot fire for continuous samples (``exact_copy_note``):
    only the DCR check can stop a generator here.
    """
    rng = np.random.default_rng(seed)

    def prep(a: np.ndarray) -> np.ndarray:
        a = np.asarray(a, dtype=float)
        if len(a) > max_rows:
            a = a[rng.choice(len(a), size=max_rows, replace=False)]
        return clip_rows(a @ projection, clip_norm)

    ref, hold, syn = prep(train), prep(holdout), prep(synthetic)

    def closest(a: np.ndarray) -> np.ndarray:
        sq = (a**2).sum(1)[:, None] + (ref**2).sum(1)[None, :] - 2.0 * a @ ref.T
        return np.sqrt(np.maximum(sq.min(axis=1), 0.0))

    d_syn, d_hold = closest(syn), closest(hold)
    return {"space": "projected embeddings", "n_rows": {"train": len(ref), "holdout": len(hold),
                                                         "synthetic": len(syn)},
            "exact_copy_rate": {"synthetic_in_train": float(np.mean(d_syn < 1e-6)),
                                "holdout_in_train": float(np.mean(d_hold < 1e-6))},
            "exact_copy_note": EXACT_COPY_NOTE,
            "dcr": {"synthetic_to_train": {"mean": float(d_syn.mean()), "median": float(np.median(d_syn))},
                    "holdout_to_train": {"mean": float(d_hold.mean()), "median": float(np.median(d_hold))}}}



def synthesize_embeddings(records: pd.DataFrame, embeddings: np.ndarray, *, config: dict[str, Any],
                          train_config: dict[str, Any], classes: list[str], seed: int) -> dict[str, Any]:
    """Fit the configured embedding generator on one training seed's split and sample from it.

    Args:
        records: anonymized records of ONE training seed (``split`` already that seed's, see
            `confide.ingest.split.split_for_seed`), row-aligned with ``embeddings``.
        embeddings: the frozen encoder's sentence embeddings of ``records``.
        config: ``params["synthesize"]`` (``embedding`` settings, ``dp`` budget; partial: the
            schema's defaults fill the rest).
        train_config: ``privacy_unit`` and ``max_records_per_person`` of ``params["train"]``: the
            generator bounds each person's contribution with the same unit and cap as DP-SGD.
        classes: declared class names.
        seed: the training seed (caps, noise and sampling).

    Returns:
        ``features`` (synthetic embeddings), ``labels``, ``ledger`` and ``scorecard`` (with the
        distance metrics the memorisation gate reads).
    """
    from confide.config import read_section
    from confide.synthesize.core import read_config
    from confide.train.person import person_cap_mask
    from confide.train.units import person_keys, resolve_privacy_unit

    # The train section's schema alone fills a partial one: its cross-field check needs the model
    # registry, i.e. the encoder packages, which this job does not import.
    config, train_config = read_config(config), read_section("train", train_config)

    if len(records) != len(embeddings):
        raise SynthesisError(f"results/features/sentence_embeddings.npy has {len(embeddings)} rows for "
                             f"{len(records)} records; re-run rule embed_texts")
    train_mask = (records["split"] == "train").to_numpy()
    train, x_train = records.loc[train_mask].reset_index(drop=True), np.asarray(embeddings)[train_mask]
    unit = resolve_privacy_unit(train_config["privacy_unit"], train)
    cap = train_config["max_records_per_person"] if unit == "person" else None
    keep = person_cap_mask(train, max_records_per_person=cap, seed=seed)
    train, x_train = train.loc[keep].reset_index(drop=True), x_train[keep]
    emb_cfg, dp = config["embedding"], config["dp"]
    fit_cfg = {**emb_cfg, "epsilon": dp["epsilon"], "delta": dp["delta"],
               "max_records_per_person": cap}
    model = fit_embedding_generator(x_train, train["label"].astype(str), classes=classes,
                                    persons=person_keys(train) if unit == "person" else None, config=fit_cfg,
                                    seed=seed)
    n_rows = max(len(classes), round(float(emb_cfg["ratio"]) * model.noisy_total))
    features, labels = model.sample(n_rows, seed=seed + 1)
    holdout = np.asarray(embeddings)[(records["split"] == "test").to_numpy()]
    distance = embedding_distance_metrics(
        train=x_train, holdout=holdout, synthetic=features, projection=model.projection,
        clip_norm=float(emb_cfg["clip_norm"]), max_rows=int(config["score"]["max_rows_distance"]), seed=seed)
    ledger = {**model.ledger, "training_seed": seed, "n_synthetic_rows": n_rows, "exact_copy_note": EXACT_COPY_NOTE}
    summary = {"synthesizer": model.generator, "kind": "embedding", "n_train_rows": len(train),
               "n_synthetic_rows": n_rows, "private": bool(model.ledger["formal_privacy"]), "ledger": ledger,
               "training_seed": seed}
    return {"features": features, "labels": labels, "ledger": ledger,
            "scorecard": {"synthesis": summary, "privacy": {"distance": distance}}}
