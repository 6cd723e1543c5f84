"""Membership-inference attacks: loss threshold, LiRA (online/offline), RMIA (online/offline).

Every attack maps per-example quantities over one *audit pool* of n records (target members
and non-members, in a fixed order) to scores where higher means "more likely a member".

Reference-model workflow (each step can be a separate, cluster-parallel job):

1. ``mask = reference_membership(n_records=n, k=K, seed=s)``: reference model j is trained on
   ``pool[mask[j]]`` with the project's own training code.
2. Each reference model j scores the whole pool: ``ref_p[j] = true_class_probability(...)``.
3. The target model scores the pool: ``target_p``.
4. ``get_attack(name)(target_p_true=target_p, reference_p_true=ref_p,
   reference_membership=mask)`` returns the per-record attack scores.

Attacks read the probability the model assigns to the record's true label, ``p_true``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

from confide.evaluate._checks import as_1d, finite, label_indices, probability_matrix
from confide.evaluate.errors import EvaluationError
from confide.registry import Registry

_P_MAX = float(np.nextafter(1.0, 0.0))
_P_MIN = float(np.finfo(float).tiny)


def true_class_probability(
    proba: np.ndarray, y_true: Sequence[object] | np.ndarray, classes: Sequence[object]
) -> np.ndarray:
    """Probability each row of ``proba`` gives its true label, shape (n,)."""
    y = label_indices(y_true, classes)
    p = probability_matrix("proba", proba, len(classes))
    if p.shape[0] != y.size:
        raise EvaluationError(f"proba has {p.shape[0]} rows but y_true has {y.size}")
    return p[np.arange(y.size), y]


def per_example_loss(p_true: np.ndarray) -> np.ndarray:
    """Cross-entropy loss ``-log p_true`` (clipped away from log 0)."""
    return -np.log(np.clip(np.asarray(p_true, float), _P_MIN, 1.0))


def logit_scale(p_true: np.ndarray) -> np.ndarray:
    """LiRA's confidence scaling phi(p) = log(p / (1 - p)) (Carlini et al. 2022, §IV-B)."""
    p = np.clip(np.asarray(p_true, float), _P_MIN, _P_MAX)
    return np.log(p) - np.log1p(-p)


def reference_membership(
    *, n_records: int, k: int, seed: int, in_fraction: float = 0.5, model_size: int | None = None
) -> np.ndarray:
    """Which pool records each of ``k`` reference models trains on.

    Every record is IN about ``k * in_fraction`` models, chosen at random, and each record has
    IN and OUT models (Carlini et al. 2022, Algorithm 1, line 2, uses one half). Set
    ``in_fraction`` to target-training-size / pool-size so that reference models train on as
    many records as the target, hence with its sampling rate and noise.

    With ``model_size`` every model trains on exactly that many records (the target's count, so
    its sampling rate, delta and noise multiplier are the target's, and the noise calibration
    is done once): model j takes a cyclic window of a random permutation starting at j * n / k,
    so each record is IN floor or ceil of k * model_size / n models. When that would leave a
    record without an IN or an OUT model (small k), the per-record design below is used.
    Otherwise each record is IN ``k * in_fraction`` models by stochastic rounding (kept within
    [1, k - 1]), and model sizes vary around ``in_fraction * n_records``.

    Returns:
        Boolean matrix of shape (k, n_records); row j is the training mask of model j.
    """
    if k < 1:
        raise EvaluationError(f"k: need at least 1 reference model, got {k}")
    if n_records < 1:
        raise EvaluationError(f"n_records: must be >= 1, got {n_records}")
    if model_size is not None:
        if not 0 < model_size < n_records:
            raise EvaluationError(f"model_size: must lie in (0, {n_records}), got {model_size}")
        in_fraction = model_size / n_records
    if not 0.0 < in_fraction < 1.0:
        raise EvaluationError(f"in_fraction: must lie in (0, 1), got {in_fraction}")
    rng = np.random.default_rng([seed, 0x2E])  # own stream, independent of other seeded steps
    target = k * in_fraction
    if model_size is not None and math.floor(target) >= 1 and math.ceil(target) <= k - 1:
        perm = rng.permutation(n_records)
        mask = np.zeros((k, n_records), dtype=bool)
        for j in range(k):
            start = (j * n_records) // k
            mask[j, perm[(start + np.arange(model_size)) % n_records]] = True
        return mask
    rank = np.argsort(rng.random((k, n_records)), axis=0).argsort(axis=0)
    n_in = np.floor(target) + (rng.random(n_records) < target - np.floor(target))
    if k >= 2:
        n_in = np.clip(n_in, 1, k - 1)
    return rank < n_in[None, :]


def _reference_inputs(
    target_p_true: object, reference_p_true: object, reference_membership: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    t = finite("target_p_true", as_1d("target_p_true", target_p_true))
    if reference_p_true is None or reference_membership is None:
        raise EvaluationError(
            "this attack needs reference_p_true (k, n) and reference_membership (k, n); "
            "train reference models with reference_membership(...) first"
        )
    r = np.asarray(reference_p_true, dtype=float)
    mask = np.asarray(reference_membership)
    if r.ndim != 2 or r.shape[1] != t.size:
        raise EvaluationError(f"reference_p_true: expected shape (k, {t.size}), got {r.shape}")
    if mask.shape != r.shape or mask.dtype != bool:
        raise EvaluationError(
            f"reference_membership: expected a boolean matrix of shape {r.shape}, "
            f"got {mask.dtype} {mask.shape}"
        )
    finite("reference_p_true", r)
    return t, r, mask


def _pooled_variance(phi: np.ndarray, mask: np.ndarray, mean: np.ndarray) -> float:
    """Within-record variance pooled over records (one global sigma^2)."""
    counts = mask.sum(axis=0)
    dof = float(np.sum(np.maximum(counts - 1, 0)))
    resid = np.where(mask, phi - mean[None, :], 0.0)
    if dof <= 0:
        # One model per side (k = 2): no within-record spread exists; fall back to the spread
        # of all scores of that side, as Carlini et al.'s reference code does.
        return float(np.var(phi[mask]))
    return float(np.sum(resid**2) / dof)


def _gaussian_fit(
    phi: np.ndarray, mask: np.ndarray, *, fixed: bool, side: str
) -> tuple[np.ndarray, np.ndarray]:
    counts = mask.sum(axis=0)
    if np.any(counts == 0):
        raise EvaluationError(
            f"{int(np.sum(counts == 0))} record(s) have no {side} reference model; use "
            "reference_membership() masks or more reference models"
        )
    mean = np.where(mask, phi, 0.0).sum(axis=0) / counts
    if fixed or np.any(counts < 2):
        var = np.full(phi.shape[1], _pooled_variance(phi, mask, mean))
    else:
        var = np.where(mask, (phi - mean[None, :]) ** 2, 0.0).sum(axis=0) / (counts - 1)
    return mean, np.maximum(var, 1e-12)


def _fixed_variance(option: bool | str, k: int) -> bool:
    if option == "auto":
        return k < 64
    if isinstance(option, bool):
        return option
    raise EvaluationError(f"fix_variance: expected True, False or 'auto', got {option!r}")


def threshold_attack(*, target_p_true: Sequence[float] | np.ndarray, **_: object) -> np.ndarray:
    """Loss-threshold baseline (Yeom et al. 2018): score = -loss = log p_true."""
    t = finite("target_p_true", as_1d("target_p_true", target_p_true))
    return -per_example_loss(t)


def lira(
    *,
    target_p_true: Sequence[float] | np.ndarray,
    reference_p_true: np.ndarray,
    reference_membership: np.ndarray,
    online: bool = True,
    fix_variance: bool | str = "auto",
) -> np.ndarray:
    """Score records with LiRA, the likelihood-ratio attack.

    Carlini et al. 2022, "Membership Inference Attacks From First Principles", §IV, Alg. 1.

    With phi = log(p / (1 - p)) of the true-label probability, fit per record Gaussians to the
    IN and OUT reference models' phi. Online score: the log likelihood ratio
    log N(phi_t; mu_in, s_in^2) - log N(phi_t; mu_out, s_out^2). Offline score: the one-sided
    test Lambda = Pr[Z < phi_t], Z ~ N(mu_out, s_out^2); we return its monotone equivalent
    z = (phi_t - mu_out) / s_out, which ranks records identically without saturating at 1.
    ``fix_variance`` uses one pooled within-record variance for all records, which the paper
    recommends below 64 reference models ("auto").
    """
    t, r, mask = _reference_inputs(target_p_true, reference_p_true, reference_membership)
    fixed = _fixed_variance(fix_variance, r.shape[0])
    phi_t, phi = logit_scale(t), logit_scale(r)
    mu_out, var_out = _gaussian_fit(phi, ~mask, fixed=fixed, side="OUT")
    if not online:
        return (phi_t - mu_out) / np.sqrt(var_out)
    mu_in, var_in = _gaussian_fit(phi, mask, fixed=fixed, side="IN")

    def logpdf(x: np.ndarray, mu: np.ndarray, var: np.ndarray) -> np.ndarray:
        return -0.5 * (np.log(2 * np.pi * var) + (x - mu) ** 2 / var)

    return logpdf(phi_t, mu_in, var_in) - logpdf(phi_t, mu_out, var_out)


def rmia(
    *,
    target_p_true: Sequence[float] | np.ndarray,
    reference_p_true: np.ndarray,
    reference_membership: np.ndarray,
    online: bool = True,
    offline_a: float = 0.33,
    gamma: float = 1.0,
    population_target_p_true: np.ndarray | None = None,
    population_reference_p_true: np.ndarray | None = None,
) -> np.ndarray:
    """Score records with RMIA, the robust membership inference attack.

    Zarifzadeh et al. 2024, "Low-Cost High-Power Membership Inference Attacks", §3 and the
    appendix on offline RMIA.

    Pr(x|theta) is the target's true-label probability; Pr(x) its average over reference
    models: all K models online (half IN, half OUT), or offline only the OUT models with the
    linear correction Pr(x) = ((1 + a) Pr_OUT(x) + (1 - a)) / 2. The pairwise likelihood ratio
    is LR(x, z) = [Pr(x|theta)/Pr(x)] / [Pr(z|theta)/Pr(z)] and
    Score(x) = Pr_z[LR(x, z) >= gamma] over population records z.

    Given population scores (the target's and the K reference models' true-label probability
    on records never used in training), returns Score(x) in [0, 1]. Without them returns
    log(Pr(x|theta)/Pr(x)); Score is non-decreasing in that ratio for any fixed population, so
    both give the same ROC up to ties (the ratio resolves more of them).
    """
    t, r, mask = _reference_inputs(target_p_true, reference_p_true, reference_membership)
    if not 0.0 <= offline_a <= 1.0:
        raise EvaluationError(f"offline_a: must lie in [0, 1], got {offline_a}")
    if gamma <= 0:
        raise EvaluationError(f"gamma: must be > 0, got {gamma}")

    def marginal(ref: np.ndarray, out_mask: np.ndarray) -> np.ndarray:
        if online:
            return ref.mean(axis=0)
        counts = out_mask.sum(axis=0)
        if np.any(counts == 0):
            raise EvaluationError("offline RMIA: some records have no OUT reference model")
        p_out = np.where(out_mask, ref, 0.0).sum(axis=0) / counts
        return 0.5 * ((1.0 + offline_a) * p_out + (1.0 - offline_a))

    log_ratio_x = np.log(np.clip(t, _P_MIN, 1.0)) - np.log(
        np.clip(marginal(r, ~mask), _P_MIN, None)
    )
    if population_target_p_true is None and population_reference_p_true is None:
        return log_ratio_x
    zt = finite(
        "population_target_p_true", as_1d("population_target_p_true", population_target_p_true)
    )
    zr = np.asarray(population_reference_p_true, dtype=float)
    if zr.shape != (r.shape[0], zt.size):
        raise EvaluationError(
            f"population_reference_p_true: expected shape {(r.shape[0], zt.size)}, got {zr.shape}"
        )
    log_ratio_z = np.log(np.clip(zt, _P_MIN, 1.0)) - np.log(
        np.clip(marginal(zr, np.ones_like(zr, dtype=bool)), _P_MIN, None)
    )
    sorted_z = np.sort(log_ratio_z)
    count = np.searchsorted(sorted_z, log_ratio_x - np.log(gamma), side="right")
    return count / zt.size


def _lira_offline(**kw: object) -> np.ndarray:
    return lira(online=False, **kw)  # type: ignore[arg-type]


def _rmia_offline(**kw: object) -> np.ndarray:
    return rmia(online=False, **kw)  # type: ignore[arg-type]


class Attack(NamedTuple):
    """A registered attack: its scoring function and whether it needs reference models."""

    fn: Callable[..., np.ndarray]
    needs_reference: bool


#: Attacks by name; an unknown name raises ``ValueError`` listing the known ones.
ATTACKS: Registry[Attack] = Registry("attack", error=ValueError)


def register_attack(name: str, fn: Callable[..., np.ndarray], *, needs_reference: bool,
                    force: bool = False) -> None:
    """Add an attack to :data:`ATTACKS` (a name registered twice needs ``force=True``).

    ``fn`` takes ``target_p_true=`` and, if ``needs_reference``, ``reference_p_true=`` and
    ``reference_membership=``; it returns one score per pool record (higher = member).
    """
    ATTACKS.add(name, Attack(fn, needs_reference), force=force)


register_attack("threshold", threshold_attack, needs_reference=False)
register_attack("lira_online", lira, needs_reference=True)
register_attack("lira_offline", _lira_offline, needs_reference=True)
register_attack("rmia_online", rmia, needs_reference=True)
register_attack("rmia_offline", _rmia_offline, needs_reference=True)


def unknown_attacks(key: str, names: str | Sequence[str]) -> list[str]:
    """The config problems of attack names at ``key`` (one name, or a list) not in :data:`ATTACKS`."""
    named = [(key, names)] if isinstance(names, str) else [(f"{key}[{i}]", n) for i, n in enumerate(names)]
    return [f"{where}: unknown attack {name!r}; known: {', '.join(ATTACKS.names())}"
            for where, name in named if name not in ATTACKS]


def get_attack(name: str) -> Callable[..., np.ndarray]:
    """The attack function registered as ``name``."""
    return ATTACKS.get(name).fn


def needs_reference(name: str) -> bool:
    """Whether the named attack needs reference models."""
    return ATTACKS.get(name).needs_reference
