"""Social-media handles.

``@name`` (not an e-mail address, time or amount), Reddit ``u/name``, bare user names with an
underscore (``lonelyboi_in_leeds``), and Discord tags: a name with its four-digit discriminator
(``nightowl#4821``); a label with a number sign, spaced or glued ("Unit# 4412", "MRN#4471"), is no tag.
"""

from __future__ import annotations

from confide.anonymize.recognizers.identifier_number import ID_WORDS

# Labels that open a glued "label#number" (an id, a room, a record), and titles before a name.
_LABEL = (
    r"(?i:(?:" + ID_WORDS + r"|unit|rm|room|bed|bay|apt|suite|ste|pt|pager|pgr|ext|issue|bug|pr|"
    r"mr|mrs|ms|dr)(?![A-Za-z0-9]))"
)

DEFAULT_SPEC = {
    "entity_type": "SOCIAL_HANDLE",
    "name": "SocialHandleRecognizer",
    "gate": r"[@/_]|[A-Za-z0-9]#\d{4}",
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
        {
            # A Discord tag: two to 32 name characters holding a letter, "#", then four digits, glued;
            # never a name opening with an id, room or record label or a title ("Unit#4412", "RM#1234",
            # "MRN#4471", "issue#1234", "Mrs.Smith#1234"): the identifier recognizers read those.
            "name": "discord_tag",
            "regex": r"(?<![\w.#@/-])(?!" + _LABEL + r")"
            r"(?=[A-Za-z0-9_.]{0,31}[A-Za-z])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#-])",
            "score": 0.6,
        },
    ],
}
