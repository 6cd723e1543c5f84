"""Every default lives in the packaged schema: change it there and every reader sees the change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

import confide
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


#: Keyword defaults in src/confide equal to a schema default of the same key name, each kept on
#: purpose: ``(file under src/confide, function, argument) -> why``. Anything else the scan finds
#: is a copy of a schema default that a schema change would not reach.
COPY_ALLOWED = {
    ("anonymize/pseudonym.py", "salted_hash", "length"):
        "the audit hash's own length; no params key (the schema's 16 is the *_pseudonym.length keys)",
    ("audio/classifier.py", "train_classifier", "accountant"):
        "follow-up: the audio pipeline passes audio.train's value; the default serves direct callers",
    ("audio/classifier.py", "train_classifier", "privacy_unit"):
        "follow-up: the audio pipeline passes audio.train's value; the default serves direct callers",
    ("audio/classifier.py", "train_classifier", "min_speakers"):
        "follow-up: the audio pipeline passes audio.train's value; the default serves direct callers",
    **{("audit/" + path, function, argument):
       "follow-up: an audit primitive; the workflow's callers (run_attacks, evaluate_variant, assess) pass "
       "the evaluate section's value, the default serves tests and benchmarks"
       for path, function, argument in [
           ("bounds.py", "epsilon_from_counts", "confidence"), ("bounds.py", "epsilon_lower_bound", "confidence"),
           ("bounds.py", "epsilon_lower_bound", "selection_fraction"), ("bounds.py", "epsilon_lower_bound", "seed"),
           ("bounds.py", "privacy_summary", "confidence"), ("canaries.py", "plan_canaries", "audit_run"),
           ("exposure.py", "make_canaries", "n_digits"), ("exposure.py", "exposure_chance", "confidence"),
           ("one_run.py", "one_run_epsilon", "confidence"), ("one_run.py", "one_run_audit", "confidence"),
           ("one_run.py", "one_run_audit", "seed"), ("pooled.py", "pooled_audit", "unit_score"),
           ("roc.py", "attack_metrics", "max_roc_points"), ("roc.py", "attack_metrics", "confidence")]},
    **{(path, function, argument): "follow-up: outside this round's config review (another engineer's module)"
       for path, function, argument in [
           ("anonymize/postprocess.py", "propagate_person_names", "min_length"),
           ("anonymize/recognizers/name_dictionary.py", "__init__", "min_length"),
           ("anonymize/tabular.py", "enforce_k", "strategy"), ("anonymize/tabular.py", "enforce_k", "suppression"),
           ("anonymize/tabular.py", "enforce_k", "max_suppressed_fraction"),
           ("synthesize/utility.py", "make_dp_logreg", "epochs"),
           ("synthesize/utility.py", "make_dp_logreg", "max_grad_norm"),
           ("train/encoder.py", "compute_embeddings", "batch_size"),
           ("train/privacy.py", "epsilon_spent", "accountant")]},
}


def _schema_scalar_defaults(node: object, found: dict[str, list[object]]) -> dict[str, list[object]]:
    """Key name -> every non-null scalar default the schema gives a key of that name (any section)."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            if isinstance(sub, dict) and isinstance(sub.get("default"), str | int | float | bool):
                found.setdefault(name, []).append(sub["default"])
        for value in node.values():
            _schema_scalar_defaults(value, found)
    elif isinstance(node, list):
        for value in node:
            _schema_scalar_defaults(value, found)
    return found


def _same(a: object, b: object) -> bool:
    return a == b and isinstance(a, bool) == isinstance(b, bool) and isinstance(a, str) == isinstance(b, str)


def schema_default_copies(source: str, schema_defaults: dict[str, list[object]]) -> list[tuple[str, str, int]]:
    """``(function, argument, line)`` of each keyword default in ``source`` that equals a schema
    default of a key with the argument's name (None is never counted: it means "not given")."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        args = node.args.posonlyargs + node.args.args
        pairs = [*zip(args[len(args) - len(node.args.defaults):], node.args.defaults, strict=True),
                 *((a, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True) if d is not None)]
        for arg, default in pairs:
            try:
                value = ast.literal_eval(default)
            except ValueError:
                continue
            if value is not None and any(_same(value, s) for s in schema_defaults.get(arg.arg, ())):
                found.append((node.name, arg.arg, default.lineno))
    return found


def test_when_a_keyword_default_copies_a_schema_default_then_it_is_found() -> None:
    defaults = {"confidence": [0.95], "unit_score": ["mean"], "enabled": [True], "seed": [0]}
    source = ("def f(*, confidence=0.95, unit_score='mean', seed=1, enabled=1, other=0.95, n=None):\n    pass\n"
              "def g(x, confidence=0.95):\n    pass\n")
    assert schema_default_copies(source, defaults) == [("f", "confidence", 1), ("f", "unit_score", 1),
                                                       ("g", "confidence", 3)]


def test_when_src_is_scanned_then_no_keyword_default_copies_a_schema_default_unless_allowed() -> None:
    src = Path(confide.__file__).parent
    defaults = _schema_scalar_defaults(load_schema(), {})
    found = {(path.relative_to(src).as_posix(), function, argument): line
             for path in sorted(src.rglob("*.py"))
             for function, argument, line in schema_default_copies(path.read_text(encoding="utf-8"), defaults)}
    copies = sorted(f"src/confide/{p}:{line} {f}({a}=...)" for (p, f, a), line in found.items()
                    if (p, f, a) not in COPY_ALLOWED)
    assert copies == [], ("keyword defaults that copy a schema default (drop the default and pass the "
                          f"section's value from the caller, or allow-list it with its reason): {copies}")
    stale = sorted(set(COPY_ALLOWED) - set(found))
    assert stale == [], f"COPY_ALLOWED entries that no longer match a default (remove them): {stale}"
