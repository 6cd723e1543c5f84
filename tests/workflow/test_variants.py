"""A variant's identity, name and paths live in confide.variants; nothing else spells or parses them."""

from __future__ import annotations

import math
import re

import pytest

from confide.variants import PATHS, Variant, epsilon_label, parse_epsilon, sweep, sweep_wildcards
from tests.conftest import REPO

#: a variant folder written out by hand: ``eps-{...}`` in a pattern or f-string, ``"eps-"`` to parse one
SPELLED_OUT = re.compile(r"""eps-[{"']""")


def pattern_sites() -> list[str]:
    """Every ``file:line`` of the library, rules, scripts and Snakefile that spells the variant folder."""
    files = [*sorted((REPO / "src" / "confide").rglob("*.py")), *sorted((REPO / "rules").glob("*.smk")),
             *sorted((REPO / "scripts").glob("*.py")), REPO / "Snakefile"]
    return [f"{path.relative_to(REPO)}:{n}" for path in files
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if SPELLED_OUT.search(line)]


def test_when_the_code_is_searched_then_the_epsilon_path_pattern_is_written_once() -> None:
    sites = pattern_sites()
    assert [site.split(":")[0] for site in sites] == ["src/confide/variants.py"], sites


@pytest.mark.parametrize("line", ['f"results/{stage}/{model}/eps-{epsilon}{mix}/seed-{seed}"',
                                  'parts[-3].removeprefix("eps-")', "        scores='x/eps-{epsilon}/y',"])
def test_when_a_path_is_spelled_or_parsed_by_hand_then_the_search_sees_it(line: str) -> None:
    assert SPELLED_OUT.search(line)  # the old copies (workflow/__init__.py, report/summary.py, rules)


@pytest.mark.parametrize(("variant", "key", "path"), [
    (Variant(model="frozen_encoder", epsilon=0.5, seed=0), "ledger",
     "results/train/frozen_encoder/eps-0.5/seed-0/ledger.json"),
    (Variant(model="linear_ngrams", epsilon=math.inf, seed=1), "model",
     "results/train/linear_ngrams/eps-inf/seed-1/model"),
    (Variant(model="tabular_mlp", epsilon=2.0, seed=0, data_mix="real+synthetic"), "metrics",
     "results/evaluate/tabular_mlp/eps-2-real+synthetic/seed-0/metrics.json"),
    # a mixed variant is audited with the real variant's reference models
    (Variant(model="tabular_mlp", epsilon=2.0, seed=0, data_mix="synthetic"), "references",
     "results/reference/tabular_mlp/eps-2/seed-0/references.npz"),
])
def test_when_a_variant_is_placed_then_its_paths_are_those_of_earlier_runs(variant: Variant, key: str,
                                                                          path: str) -> None:
    assert variant.path(PATHS[key]) == path


def test_when_a_ledger_is_read_then_the_variant_is_the_one_it_records() -> None:
    ledger = {"model": "frozen_encoder", "epsilon_target": "inf", "seed": 3, "data_mix": "synthetic"}
    assert Variant.from_ledger(ledger) == Variant(model="frozen_encoder", epsilon=math.inf, seed=3,
                                                  data_mix="synthetic")
    assert Variant.from_ledger(ledger).name == "frozen_encoder/eps-inf-synthetic/seed-3"
    old = {"model": "m", "epsilon_target": 1.0, "seed": 0}  # written before data mixes existed
    assert Variant.from_ledger(old).name == "m/eps-1/seed-0"


@pytest.mark.parametrize("epsilon", [0.5, 1.0, 8.0, 1e6, math.inf])
def test_when_an_epsilon_is_labelled_then_parsing_the_label_gives_it_back(epsilon: float) -> None:
    assert parse_epsilon(epsilon_label(epsilon)) == epsilon


def test_when_the_sweep_is_expanded_then_every_combination_appears_once_in_order() -> None:
    train = {"models": ["a", "b"], "epsilons": [1.0, math.inf], "seeds": [0, 1],
             "data_mix": ["real", "real+synthetic"]}
    variants = sweep(train)
    assert len(set(variants)) == len(variants) == 16
    assert [v.name for v in variants[:3]] == ["a/eps-1/seed-0", "a/eps-1/seed-1", "a/eps-inf/seed-0"]
    columns = sweep_wildcards(train)
    assert [Variant.from_wildcards(type("W", (), {k: columns[k][i] for k in columns})) for i in range(16)] \
        == variants
