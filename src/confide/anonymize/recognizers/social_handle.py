"""Social-media handles: ``@name`` (not part of an e-mail address) and Reddit ``u/name``."""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "SOCIAL_HANDLE",
    "name": "SocialHandleRecognizer",
    "gate": r"[@/]",
    "patterns": [
        {
            "name": "at_handle",
            "regex": r"(?<![\w.@+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])",
            "score": 0.85,
        },
        {
            "name": "reddit_user",
            "regex": r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}(?![\w/-])",
            "score": 0.95,
        },
    ],
}
