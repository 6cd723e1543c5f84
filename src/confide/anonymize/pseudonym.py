"""Keyed (HMAC-SHA256) pseudonyms, salted hashes and per-person date offsets.

All functions are pure: the same key and input always give the same output, and nothing can
be reversed without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from confide.anonymize.keys import derive_key

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


def normalize_value(value: str) -> str:
    """Canonical form used before hashing, so 'Jane  Doe' and 'jane doe.' share a surrogate."""
    text = unicodedata.normalize("NFKC", value).casefold()
    text = _SPACE.sub(" ", text).strip()
    text = re.sub(r"['’]s$", "", text)
    return _EDGE_PUNCT.sub("", text)


def keyed_digest(value: str, *, key: bytes, purpose: str) -> str:
    """Hex HMAC-SHA256 of ``value`` under the sub-key for ``purpose``."""
    return hmac.new(derive_key(key, purpose), value.encode("utf-8"), hashlib.sha256).hexdigest()


def pseudonym(value: str, *, key: bytes, entity_type: str, length: int, scope: str = "") -> str:
    """Consistent surrogate tag such as ``<PERSON_3f9a0c1d>`` for one normalized value.

    Args:
        value: the identifier as found in the text.
        key: the secret pseudonym key.
        entity_type: part of the tag and of the hashed message (types never collide).
        length: hex characters kept (4..64).
        scope: extra message part, e.g. the person id when surrogates must differ per person.
    """
    digest = keyed_digest(
        f"{entity_type}\x1f{scope}\x1f{normalize_value(value)}", key=key, purpose="pseudonym"
    )
    return f"<{entity_type}_{digest[:length]}>"


def group_pseudonym(group_id: str, *, key: bytes, prefix: str, length: int) -> str:
    """Pseudonym of a person id (``group_id``), stable across runs with the same key."""
    return prefix + keyed_digest(str(group_id), key=key, purpose="group")[:length]


def salted_hash(value: str, *, key: bytes, length: int = 16) -> str:
    """Audit hash of a replaced value: keyed, so a dictionary attack needs the key."""
    return keyed_digest(value, key=key, purpose="audit")[:length]


def date_shift_days(group_id: str, *, key: bytes, max_days: int) -> int:
    """Per-person day offset in ``[-max_days, max_days]``, never 0, stable for a person."""
    if max_days < 1:
        raise ValueError("max_days must be >= 1")
    raw = int(keyed_digest(str(group_id), key=key, purpose="date_shift")[:12], 16)
    offset = raw % (2 * max_days) - max_days
    return offset if offset != 0 else max_days
