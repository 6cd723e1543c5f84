"""Web addresses Presidio's URL pattern misses (underscores in host names, bare ``www.`` forms)."""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "URL",
    "name": "LooseUrlRecognizer",
    "gate": r"(?i)://|www\.",
    "patterns": [
        {
            "name": "scheme_or_www",
            "regex": r"(?i)\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+(?<![.,;:!?])",
            "score": 0.8,
        },
    ],
}
