"""A variant of the sweep: its identity, its name and its file paths, in one place.

A variant is one (model, ε, seed, data mix) of ``train``; ε ``inf`` is the non-private baseline.
The privacy unit and the per-person cap are the same for every variant of a sweep
(``train.privacy_unit``), so they are recorded in each ledger but are not part of the name.
Every stage writes a variant below ``results/<stage>/`` in the folder :data:`VARIANT`: the only
place the pattern is spelled. Summaries read a variant's identity back from its ledger
(:meth:`Variant.from_ledger`), never from a path.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: A variant's folder below its stage (``frozen_encoder/eps-0.5-real+synthetic/seed-1``) and its name.
VARIANT = "{model}/eps-{epsilon}{mix}/seed-{seed}"
#: A variant's folder without the data mix: reference models train on real records for every mix.
REAL_VARIANT = VARIANT.replace("{mix}", "")

#: The path table: each per-variant file the workflow writes (rules name their outputs from it).
PATHS = {
    "model": f"results/train/{VARIANT}/model",
    "ledger": f"results/train/{VARIANT}/ledger.json",
    "references": f"results/reference/{REAL_VARIANT}/references.npz",
    "metrics": f"results/evaluate/{VARIANT}/metrics.json",
}

#: Snakemake constraints of the variant wildcards ({mix} is empty for real data).
WILDCARD_CONSTRAINTS = {"epsilon": r"inf|[0-9]+(\.[0-9]+)?(e[+-][0-9]+)?", "seed": r"[0-9]+",
                        "mix": r"|-real\+synthetic|-synthetic"}


def epsilon_label(epsilon: float) -> str:
    """Wildcard form of a privacy budget: ``1``, ``0.5``, ``inf``."""
    if math.isinf(epsilon):
        return "inf"
    return f"{epsilon:g}"


def parse_epsilon(label: str) -> float:
    """Inverse of `epsilon_label`."""
    return math.inf if label == "inf" else float(label)


def mix_label(mix: str) -> str:
    """Wildcard form of a data mix: ``real`` is empty, ``real+synthetic`` -> ``-real+synthetic``."""
    return "" if mix == "real" else f"-{mix}"


def parse_mix(label: str) -> str:
    """Inverse of `mix_label`."""
    return label.removeprefix("-") or "real"


@dataclass(frozen=True)
class Variant:
    """One trained variant: model, target ε (``inf`` = non-private), seed and data mix.

    Example:
        >>> Variant(model="linear_ngrams", epsilon=0.5, seed=1).name
        'linear_ngrams/eps-0.5/seed-1'
        >>> Variant(model="m", epsilon=math.inf, seed=0, data_mix="synthetic").path(PATHS["ledger"])
        'results/train/m/eps-inf-synthetic/seed-0/ledger.json'
    """

    model: str
    epsilon: float
    seed: int
    data_mix: str = "real"

    @property
    def wildcards(self) -> dict[str, str]:
        """The variant as Snakemake wildcard values."""
        return {"model": self.model, "epsilon": epsilon_label(self.epsilon), "seed": str(self.seed),
                "mix": mix_label(self.data_mix)}

    @property
    def name(self) -> str:
        """``<model>/eps-<ε>[-<mix>]/seed-<s>``: the summary's and MLflow's name, its folder below a stage."""
        return self.path(VARIANT)

    def path(self, pattern: str) -> str:
        """``pattern`` (from :data:`PATHS` or a rule's output) filled with this variant."""
        return str(pattern).format(**self.wildcards)

    @classmethod
    def from_wildcards(cls, wildcards: Any) -> Variant:
        """The variant of a Snakemake job (``snakemake.wildcards``)."""
        return cls(model=wildcards.model, epsilon=parse_epsilon(wildcards.epsilon), seed=int(wildcards.seed),
                   data_mix=parse_mix(getattr(wildcards, "mix", "")))

    @classmethod
    def from_ledger(cls, ledger: Mapping[str, Any]) -> Variant:
        """The variant a privacy ledger records (``model``, ``epsilon_target``, ``seed``, ``data_mix``)."""
        return cls(model=ledger["model"], epsilon=parse_epsilon(str(ledger["epsilon_target"])),
                   seed=int(ledger["seed"]), data_mix=ledger.get("data_mix", "real"))


def sweep(train: Mapping[str, Any]) -> list[Variant]:
    """Every variant of the sweep in ``train`` (the train section): models x mixes x epsilons x seeds."""
    return [Variant(model=model, epsilon=float(eps), seed=int(seed), data_mix=mix)
            for model in train["models"]
            for mix in train.get("data_mix", ["real"])
            for eps in train["epsilons"]
            for seed in train["seeds"]]


def sweep_wildcards(train: Mapping[str, Any]) -> dict[str, list[str]]:
    """The sweep as columns of wildcard values, for Snakemake's ``expand(pattern, zip, **...)``."""
    variants = [v.wildcards for v in sweep(train)]
    return {key: [v[key] for v in variants] for key in ("model", "epsilon", "seed", "mix")}
