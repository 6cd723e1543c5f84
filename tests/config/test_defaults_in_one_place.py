"""Every default lives in the packaged schema: change it there and every reader sees the change."""

from __future__ import annotations

import pytest
import yaml

import confide.config
from confide.config import load_schema, section_defaults, validate_params

#: One changed default per section: (section, key path in the schema, new value, how the stage
#: reader is called, where the value shows in what it returns).
CHANGES = [
    ("train", ("$defs", "model_params", "batch_size"), 128, {}, ("model_params", "embedding_bag", "batch_size")),
    ("train", ("train", "model_params", "linear_ngrams", "lr"), 0.3, {}, ("model_params", "linear_ngrams", "lr")),
    ("train", ("train", "epsilons"), [2.0], {}, ("epsilons",)),
    ("anonymize", ("anonymize", "score_threshold"), 0.55, {}, ("score_threshold",)),
    ("anonymize", ("anonymize", "nlp", "batch_size"), 32, {"nlp": {"restore_case": False}}, ("nlp", "batch_size")),
    ("anonymize", ("anonymize", "operators", "PERSON", "length"), 12, {"operators": {"PERSON": {"scope": "person"}}},
     ("operators", "PERSON", "length")),
    ("audio", ("audio", "asv", "enroll_per_speaker"), 9, {}, ("asv", "enroll_per_speaker")),
    ("synthesize", ("synthesize", "score", "singling_out_n_cols"), 4, {}, ("score", "singling_out_n_cols")),
    ("synthesize", ("synthesize", "dp", "epsilon"), 2.5, {"dp": {"n_bins": 8}}, ("dp", "epsilon")),
    ("data", ("data", "synthetic_notes", "n_records"), 500, None, ("synthetic_notes", "n_records")),
    ("split", ("split", "test_fraction"), 0.3, None, ("test_fraction",)),
    ("quality", ("quality", "min_rows_per_class"), 7, None, ("min_rows_per_class",)),
    ("tracking", ("tracking", "experiment"), "elsewhere", None, ("experiment",)),
    ("workflow", ("workflow", "shards", "embed"), 3, None, ("shards", "embed")),
]


def _reader(section: str):
    from confide.anonymize.config import resolve_config as anonymize
    from confide.audio.config import resolve_config as audio
    from confide.synthesize.core import read_config as synthesize
    from confide.train.config import resolve_config as train

    return {"train": train, "anonymize": anonymize, "audio": audio, "synthesize": synthesize}[section]


def _schema_node(schema: dict, path: tuple[str, ...]) -> dict:
    if path[0] == "$defs":
        node, path = schema["$defs"][path[1]], path[2:]
    else:
        node, path = schema["properties"][path[0]], path[1:]
    for part in path:
        node = node["properties"][part] if "properties" in node else node["allOf"][0]["properties"][part]
    return node


def _get(table: dict, path: tuple[str, ...]) -> object:
    for part in path:
        table = table[part]
    return table


@pytest.fixture
def changed_schema(monkeypatch: pytest.MonkeyPatch):
    """Swap the packaged schema text for a copy with one default changed."""

    def change(path: tuple[str, ...], value: object) -> None:
        schema = load_schema()
        node = _schema_node(schema, path)
        assert node["default"] != value, f"{path} already defaults to {value!r}: pick another value"
        node["default"] = value
        text = yaml.safe_dump(schema)
        monkeypatch.setattr(confide.config, "_schema_text", lambda: text)

    return change


@pytest.mark.parametrize(("section", "schema_path", "value", "given", "returned"), CHANGES,
                         ids=[".".join(c[1]) for c in CHANGES])
def test_when_a_default_changes_in_the_schema_then_every_reader_of_its_section_sees_it(
    changed_schema, section: str, schema_path: tuple[str, ...], value: object, given: dict | None,
    returned: tuple[str, ...],
) -> None:
    before = _get(section_defaults(section), returned)
    changed_schema(schema_path, value)
    assert _get(section_defaults(section), returned) == value != before
    assert _get(validate_params({"data": {}})[section], returned) == value  # the workflow's table
    if given is not None:  # the stage's own reader, also when the section is given in part
        assert _get(_reader(section)(given), returned) == value


def test_when_a_model_is_given_in_part_in_params_then_its_own_defaults_fill_the_rest() -> None:
    # Before, the whole-table validation filled such a model with the shared defaults (lr 0.05),
    # and the train reader then kept them instead of the model's own (lr 0.2).
    from confide.train.config import resolve_config

    params = validate_params({"data": {}, "train": {"model_params": {"linear_ngrams": {"epochs": 2}}}})
    own = section_defaults("train")["model_params"]["linear_ngrams"]
    assert resolve_config(params["train"])["model_params"]["linear_ngrams"] == {**own, "epochs": 2}
    assert own["lr"] != load_schema()["$defs"]["model_params"]["properties"]["lr"]["default"]
