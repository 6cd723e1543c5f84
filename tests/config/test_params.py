from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from confide.config import flatten, load_params, load_schema, validate_params
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
        ({"data": {"sorce": "rmhd"}}, "data:", "unknown keys ['sorce']; allowed keys: file, labels"),
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
    schema = load_schema()
    missing = []

    def walk(node: dict, path: str) -> None:
        for name, sub in node.get("properties", {}).items():
            here = f"{path}.{name}" if path else name
            if "description" not in sub or "default" not in sub:
                missing.append(here)
            walk(sub, here)

    walk(schema, "")
    for name, definition in schema.get("$defs", {}).items():  # shared parts ($ref), e.g. a model's keys
        walk(definition, f"$defs.{name}")
    assert missing == []


def test_when_params_are_validated_at_start_up_then_torch_is_not_imported() -> None:
    # Snakemake validates params.yaml on every invocation (each DVC stage runs one): keep it light.
    import subprocess
    import sys

    code = ("import sys; from confide.config import load_params; load_params('params.yaml'); "
            "heavy = sorted({'torch', 'opacus', 'spacy', 'presidio_analyzer'} & set(sys.modules)); "
            "assert not heavy, heavy")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.parametrize(("text", "written"), [("1e-5", "1.0e-5"), ("1e-9", "1.0e-9"), ("3E-7", "3.0e-7")])
def test_when_a_float_is_written_without_a_dot_then_the_schema_error_explains_yaml_floats(
    text: str, written: str
) -> None:
    # PyYAML reads 1e-5 as a string; before, the semantic checks then crashed with a TypeError.
    params = yaml.safe_load(f"data: {{}}\ntrain:\n  delta: {text}\n")
    assert isinstance(params["train"]["delta"], str)
    with pytest.raises(ConfigError) as error:
        validate_params(params)
    message = str(error.value)
    assert "train.delta" in message and "not of type" in message
    assert "YAML reads" in message and f"write {written}" in message
    assert yaml.safe_load(f"x: {written}")["x"] == float(text)  # the advice itself parses


def test_when_schema_and_semantic_rules_both_fail_then_only_the_schema_errors_are_reported() -> None:
    with pytest.raises(ConfigError) as error:
        validate_params({"data": {"source": "file"}, "train": {"delta": "1e-5"}})
    message = str(error.value)
    assert "train.delta" in message and "TypeError" not in message


@pytest.mark.parametrize("key", ["models", "epsilons", "seeds"])
def test_when_a_sweep_list_is_empty_then_params_are_refused_naming_it(key: str) -> None:
    with pytest.raises(ConfigError, match=rf"train\.{key}: the list is empty"):
        validate_params({"data": {}, "train": {key: []}})


def test_when_a_key_is_written_twice_then_load_params_names_key_and_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("data:\n  source: rmhd\ntrain:\n  seeds: [0]\nsplit:\n  seed: 1\n"
                    "train:\n  seeds: [1]\n  seeds: [2]\n")
    with pytest.raises(ConfigError) as error:
        load_params(path)
    message = str(error.value)
    assert "train: written twice" in message and "lines 3 and 7" in message
    assert "train.seeds: written twice" in message and "lines 8 and 9" in message


def test_when_keys_repeat_only_in_different_sections_then_params_load(tmp_path: Path) -> None:
    # Look-alike negative: the same name under two parents (seed) is no duplicate.
    path = tmp_path / "params.yaml"
    path.write_text("data:\n  source: rmhd\nsplit:\n  seed: 1\ntrain:\n  seeds: [1]\n  delta: 1.0e-5\n")
    assert load_params(path)["train"]["delta"] == 1e-5


def test_when_the_workflow_starts_with_a_duplicate_key_then_it_fails_before_any_job(workdir: Path) -> None:
    path = write_params(workdir, {})
    path.write_text(path.read_text() + "split:\n  seed: 3\n")
    result = run_snakemake(workdir, "--dry-run")
    assert result.returncode != 0
    assert "split: written twice" in result.stderr + result.stdout
    assert not (workdir / "results").exists()


def _file_data(**data: object) -> dict:
    return {"data": {"source": "file", "file": {"path": "data/raw/x.csv"}, **data}}


def test_when_labels_are_integers_then_they_are_accepted() -> None:
    params = validate_params(_file_data(labels=[0, 1]))
    assert params["data"]["labels"] == [0, 1]


def test_when_yaml_reads_labels_as_booleans_then_the_error_says_to_quote_them(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("data:\n  source: file\n  labels: [yes, no]\n  file: {path: data/raw/x.csv}\n")
    with pytest.raises(ConfigError) as error:
        load_params(path)
    message = str(error.value)
    assert "data.labels[0]" in message and "booleans" in message and "quote" in message


def test_when_a_label_is_written_as_a_number_and_as_text_then_it_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"data.labels: \['1'\] written twice"):
        validate_params(_file_data(labels=[0, 1, "1"]))


def test_when_the_text_maps_a_list_of_columns_then_it_is_accepted_unless_empty() -> None:
    params = validate_params(_file_data(labels=["a", "b"], file={
        "path": "x.csv", "columns": {"text": ["title", "body"]}}))
    assert params["data"]["file"]["columns"]["text"] == ["title", "body"]
    with pytest.raises(ConfigError, match=r"data.file.columns.text"):
        validate_params(_file_data(labels=["a", "b"], file={"path": "x.csv", "columns": {"text": []}}))


def test_when_anonymization_is_off_and_a_column_is_declared_text_then_start_up_fails() -> None:
    with pytest.raises(ConfigError, match=r"anonymize.columns: \['occupation'\] are declared text"):
        validate_params({"data": {}, "anonymize": {"enabled": False, "columns": {"occupation": "text"}}})
