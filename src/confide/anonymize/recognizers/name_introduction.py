"""Self-introductions and naming phrases: "my name is Dana", "I'm Dana Lee,", "call me Dana".

Sign-offs: a closing then a name on the next line, or on the same line when the name ends it or a role
follows ("Thanks, Ife", "Kind regards, Oyelaran, Senior Practitioner"; never "Thanks, Doctor").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.name_dictionary import ADDRESSEES

_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}"

# Whom a closing addresses or who signs for a group, never one person ("Thanks, Doctor", "Best, The Team").
_NOT_SIGNERS = [
    "Dr", "Doctor", "Mr", "Mrs", "Ms", "All", "Everyone", "Team", "Guys", "Again", "Mom", "Mum", "Dad",
    "Love", "Sir", "Madam", "Both", "So", "Much", "Everybody", "Folks", "Friends",
]


@register_validator("signed_name")
def _signed_name(value: str, params: Mapping[str, Any]) -> bool:
    """Each word is a name-list word or a word no list holds, never an everyday word or an addressee.

    A closing on one line also takes whom it thanks or a group ("Thanks, Doc", "Cheers, Lads", "Regards,
    The Housing Officer"); a signer's name is a name ("Thanks, Ife") or a rare word ("Oyelaran").
    """
    lexicon = load_lexicon()
    words = [w.lower() for w in value.split()]
    return bool(words) and all(
        w not in ADDRESSEES and not lexicon.is_everyday(w) and (lexicon.is_name(w) or not lexicon.is_common(w))
        for w in words
    )


DEFAULT_SPEC = {
    "entity_type": "PERSON",
    "name": "NameIntroductionRecognizer",
    "patterns": [
        {
            "name": "my_name_is",
            "regex": r"(?i:\b(?:my|his|her|their)\s+name\s+is\s+|\bcall\s+me\s+|\bnamed\s+|\bsigned,?\s+)(?P<pii>"
            + _NAME
            + r")",
            "score": 0.8,
        },
        {
            # the name a caller or a person found gives ("gave his name as Paddy", "gave name as Kiri", "first name
            # only (jake)"), in any case: the phrase says a name follows
            "name": "gave_name_as",
            "regex": r"(?i:\b(?:gave|gives|giving|gave[ \t]+us)[ \t]+(?:(?:his|her|their|a|the)[ \t]+)?(?:first[ \t]+)?"
            r"name[ \t]+as[ \t]+|\bfirst[ \t]+name[ \t]+only[ \t]*\([ \t]*)"
            r"(?P<pii>[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+)?)",
            "score": 0.8,
            "validators": [
                {
                    "name": "first_word_not_in",
                    "words": ["unknown", "none", "anonymous", "refused", "withheld", "declined", "only", "the", "a",
                              "an", "just"],
                }
            ],
        },
        {
            "name": "sign_off",
            "regex": r"(?i:\b(?:regards|sincerely|best|cheers|thanks|warmly),?\s*\n+\s*)(?P<pii>"
            + _NAME
            + r")",
            "score": 0.7,
        },
        {
            # a closing and a name on one line, the name ending it or followed by a role: "Thanks, Ife",
            # "Kind regards, Oyelaran, Senior Practitioner"
            "name": "sign_off_inline",
            "regex": r"(?i:\b(?:regards|sincerely|best wishes|many thanks|thanks|thank you|cheers|warmly|take care),"
            r"[ \t]*)(?P<pii>"
            + _NAME
            + r")(?=[ \t]*(?:$|,[ \t]*[A-Z]))",
            "score": 0.7,
            "flags": ["MULTILINE"],
            "validators": [{"name": "signed_name"}],
        },
    ],
    "validators": [
        {
            "name": "not_in",
            "words": ["I", "The", "A", "It", "This", "That", "Me", "Him", "Her", "Them", *_NOT_SIGNERS],
        }
    ],
}
