"""Social-media handles.

``@name`` (not an e-mail address, time or amount), Reddit ``u/name``, and bare user names with an
underscore (``lonelyboi_in_leeds``).
"""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "SOCIAL_HANDLE",
    "name": "SocialHandleRecognizer",
    "gate": r"[@/_]",
    "patterns": [
        {
            "name": "at_handle",
            # At least one letter, and not a time or an amount in any case ("@2pm", "@2PM", "@45cc", "@ 1400").
            "regex": r"(?<![\w.@+-])@(?=[A-Za-z0-9_.]*[A-Za-z])"
            r"(?!\d+(?:[.:]\d+)?\s*(?i:am|pm|h|hrs?|cc|ml|mg|mcg|meq|units?|u|kg|gm?|l|mins?|x)\b)"
            r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])",
            "score": 0.85,
        },
        {
            "name": "reddit_user",
            "regex": r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}(?![\w/-])",
            "score": 0.95,
        },
        {
            # A user name without the @, recognisable by its underscore: 'lonelyboi_in_leeds'
            "name": "underscored_name",
            "regex": r"(?<![\w@/.-])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?![\w@/-])",
            "score": 0.6,
        },
    ],
}
