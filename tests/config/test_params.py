from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from confide.config import flatten, load_params, validate_params
from confide.errors import ConfigError
from tests.conftest import REPO, run_snakemake, write_params


def test_when_repo_params_load_then_defaults_are_filled() -> None:
    params = load_params(REPO / "params.yaml")
    assert params["data"]["source"] == "rmhd"
    assert params["split"]["test_fraction"] == 0.25
    assert params["tracking"]["experiment"] == "confide"


@pytest.mark.parametrize(
    ("params", "key_path", "rule"),
    [
        ({"data": {"sorce": "rmhd"}}, "data:", "'sorce' was unexpected"),
        ({"data": {}, "split": {"test_fraction": "a quarter"}}, "split.test_fraction", "not of type"),
        ({"data": {}, "train": {"epsilons": [1, 0]}}, "train.epsilons[1]", "less than the minimum"),
        ({"data": {}, "train": {"epsilons": [-2]}}, "train.epsilons[0]", "less than the minimum"),
        ({"data": {"source": "csv"}}, "data.source", "is not one of"),
        ({"data": {"source": "file"}}, "data.file.path", "required"),
    ],
)
def test_when_params_are_bad_then_error_names_the_key_path(params: dict, key_path: str,
                                                           rule: str) -> None:
    with pytest.raises(ConfigError) as error:
        validate_params(params)
    assert key_path in str(error.value)
    assert rule in str(error.value)


def test_when_several_keys_are_bad_then_all_are_reported() -> None:
    with pytest.raises(ConfigError) as error:
        validate_params({"data": {"source": "x"}, "split": {"seed": -1}, "bogus": 1})
    message = str(error.value)
    assert "data.source" in message and "split.seed" in message and "bogus" in message


def test_when_epsilon_is_inf_then_it_is_a_valid_non_private_baseline() -> None:
    params = validate_params({"data": {}, "train": {"epsilons": [1.0, math.inf]}})
    assert math.isinf(params["train"]["epsilons"][-1])


def test_when_params_yaml_is_not_yaml_then_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("data: [unclosed")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_params(path)


def test_when_nested_params_are_flattened_then_keys_are_dotted() -> None:
    assert flatten({"a": {"b": 1, "c": {"d": 2}}, "e": 3}) == {"a.b": 1, "a.c.d": 2, "e": 3}


def test_when_workflow_starts_with_bad_params_then_it_fails_before_any_job(workdir: Path) -> None:
    write_params(workdir, {"train": {"epsilons": [0]}})
    result = run_snakemake(workdir, "--dry-run")
    assert result.returncode != 0
    assert "train.epsilons[0]" in result.stderr + result.stdout
    assert not (workdir / "results").exists()


def test_when_schema_is_read_then_every_leaf_key_has_description_and_default() -> None:
    schema = yaml.safe_load((REPO / "schemas" / "params.schema.yaml").read_text())
    missing = []

    def walk(node: dict, path: str) -> None:
        for name, sub in node.get("properties", {}).items():
            here = f"{path}.{name}" if path else name
            if "description" not in sub or "default" not in sub:
                missing.append(here)
            walk(sub, here)

    walk(schema, "")
    assert missing == []


def _without_empty_defaults(node: object) -> object:
    """Drop ``default: {}`` (the params file adds it to objects so nested defaults get filled)."""
    if isinstance(node, dict):
        return {k: _without_empty_defaults(v) for k, v in node.items() if not (k == "default" and v == {})}
    if isinstance(node, list):
        return [_without_empty_defaults(v) for v in node]
    return node


def test_when_stage_libraries_describe_their_keys_then_the_params_schema_says_the_same() -> None:
    from confide.anonymize.config import DEFAULT_CONFIG as ANONYMIZE_DEFAULTS
    from confide.evaluate.params import schema_text
    from confide.train.config import config_schema

    sections = yaml.safe_load((REPO / "schemas" / "params.schema.yaml").read_text())["properties"]
    for name, fragment in (("train", config_schema()), ("evaluate", yaml.safe_load(schema_text()))):
        assert _without_empty_defaults(sections[name]["properties"]) == _without_empty_defaults(
            fragment["properties"]
        ), f"schemas/params.schema.yaml section {name!r} drifted from the {name} library's schema"
    anonymize = {k: v["default"] for k, v in sections["anonymize"]["properties"].items()}
    assert anonymize == ANONYMIZE_DEFAULTS


def test_when_params_are_validated_at_start_up_then_torch_is_not_imported() -> None:
    # Snakemake validates params.yaml on every invocation (each DVC stage runs one): keep it light.
    import subprocess
    import sys

    code = ("import sys; from confide.config import load_params; load_params('params.yaml'); "
            "heavy = sorted({'torch', 'opacus', 'spacy', 'presidio_analyzer'} & set(sys.modules)); "
            "assert not heavy, heavy")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
