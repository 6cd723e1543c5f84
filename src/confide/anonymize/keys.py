"""Loading and creating the secret key behind pseudonyms, salted hashes and date shifts.

The key never lives in the repository and is never logged: it comes from an environment
variable or from a git-ignored file (default ``.secrets/pseudonym.key``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from confide.anonymize.errors import PseudonymKeyError

DEFAULT_ENV_VAR = "CONFIDE_PSEUDONYM_KEY"
DEFAULT_KEY_PATH = Path(".secrets") / "pseudonym.key"
MIN_KEY_BYTES = 16


def _decode(raw: str, *, source: str) -> bytes:
    value = raw.strip()
    if not value:
        raise PseudonymKeyError(
            f"{source} is empty; put at least {MIN_KEY_BYTES} random bytes there"
        )
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = value.encode("utf-8")
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"{source} holds {len(key)} bytes; a pseudonym key needs at least {MIN_KEY_BYTES} "
            "(create one with confide.anonymize.ensure_key_file)"
        )
    return key


def _key_in_environment(env_var: str) -> str | None:
    raw = os.environ.get(env_var)
    return raw if raw is not None and raw.strip() else None


def load_pseudonym_key(*, env_var: str = DEFAULT_ENV_VAR, path: Path = DEFAULT_KEY_PATH) -> bytes:
    """Return the pseudonym key from ``env_var`` if set, else from the file at ``path``.

    A hex string is decoded to bytes; any other text is used as UTF-8.

    Raises:
        PseudonymKeyError: neither source holds a key of at least 16 bytes.
    """
    raw = _key_in_environment(env_var)
    if raw is not None:
        return _decode(raw, source=f"environment variable {env_var}")
    path = Path(path)
    if path.is_file():
        return _decode(path.read_text(encoding="utf-8"), source=f"key file {path}")
    raise PseudonymKeyError(
        f"no pseudonym key: set the environment variable {env_var} or create the git-ignored "
        f"file {path} (confide.anonymize.ensure_key_file({str(path)!r}) writes a random one)"
    )


def ensure_key_file(path: Path = DEFAULT_KEY_PATH) -> Path:
    """Create ``path`` with a random 32-byte hex key (mode 0600) unless it exists; return it.

    The caller must make sure the folder is git-ignored (the project ignores ``/.secrets/``).
    """
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    return path


def derive_key(key: bytes, purpose: str) -> bytes:
    """Derive an independent sub-key for one purpose (pseudonyms, audit salt, date shifts)."""
    return hmac.new(key, b"confide/anonymize/" + purpose.encode("utf-8"), hashlib.sha256).digest()


def key_fingerprint(key: bytes) -> str:
    """A short, non-reversible fingerprint that tells two keys apart in run metadata.

    48 bits of a hash of an HMAC sub-key: it identifies which key produced a result (summary.json
    provenance, the MLflow tag ``confide.key_fingerprint``) but reveals nothing that helps to
    recover the key or any pseudonym made with it.
    """
    return hashlib.sha256(b"fingerprint:" + derive_key(key, "fingerprint")).hexdigest()[:12]

