"""No module reads a section of params.yaml it does not own (an AST scan of src/confide).

``confide.<pkg>`` owns section ``<pkg>`` (plus :data:`OWNERS`); ``confide.config``, ``confide.cli``
and ``confide.workflow`` wire every section. A read is a subscript or ``.get`` with a section's
name on the whole params table (a name in :data:`TABLE_NAMES`, or ``load_params(...)``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from confide.config import load_schema

SRC = Path(__file__).resolve().parents[2] / "src" / "confide"

#: What the whole params table is called where it is passed around.
TABLE_NAMES = {"params", "config", "cfg"}

#: Sections whose owner is not the package of the same name.
OWNERS = {"data": "ingest", "split": "ingest"}

#: Modules that read every section: they wire the stages together.
WIRING = {"config", "cli", "workflow"}

#: (module, section) reads that are no breach, each with its reason.
EXCEPTIONS = {
    ("audio.config", "split"): "audio.split, the audio section's own sub-section (config is the audio section)",
    ("audio.pipeline", "split"): "audio.split, a sub-section of the audio section",
    ("audio.pipeline", "quality"): "audio.quality, a sub-section of the audio section",
    ("audio.pipeline", "train"): "audio.train, a sub-section of the audio section",
}


def section_reads(source: str, sections: set[str]) -> list[tuple[int, str]]:
    """(line, section) of every read of a section off the whole params table in ``source``."""

    def is_table(node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in TABLE_NAMES
        return isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"load_params", "validate_params"}

    reads = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and is_table(node.value):
            key = node.slice
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
              and node.args and is_table(node.func.value)):
            key = node.args[0]
        else:
            continue
        if isinstance(key, ast.Constant) and key.value in sections:
            reads.append((node.lineno, key.value))
    return reads


def _module(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")


def test_when_a_module_reads_a_params_section_then_it_owns_it_or_is_a_listed_exception() -> None:
    sections = set(load_schema()["properties"])
    breaches, used = [], set()
    for path in sorted(SRC.rglob("*.py")):
        module = _module(path)
        if module.split(".")[0] in WIRING:
            continue
        for line, section in section_reads(path.read_text(encoding="utf-8"), sections):
            if module.split(".")[0] == OWNERS.get(section, section):
                continue
            if (module, section) in EXCEPTIONS:
                used.add((module, section))
                continue
            breaches.append(f"src/confide/{path.relative_to(SRC)}:{line} reads params section {section!r}")
    assert breaches == [], "pass the section in (its reader) instead of reading it off the whole table"
    assert used == set(EXCEPTIONS), f"exceptions no longer needed: {sorted(set(EXCEPTIONS) - used)}"


@pytest.mark.parametrize(("source", "found"), [
    ("def f(params):\n    return params['train']['epsilons']\n", [(2, "train")]),
    ("def f(config):\n    return config.get('evaluate', {})\n", [(2, "evaluate")]),
    ("x = load_params('params.yaml')['anonymize']\n", [(1, "anonymize")]),
    ("def f(records):\n    return records['split'] == 'train'\n", []),  # a column, not a section
    ("def f(params):\n    return params['seed']\n", []),  # not a section name
])
def test_when_the_scan_reads_planted_code_then_it_finds_exactly_the_section_reads(source: str, found: list) -> None:
    assert section_reads(source, {"train", "evaluate", "anonymize", "split"}) == found
