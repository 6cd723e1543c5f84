"""E-mail addresses whose domain ends in no public suffix ("a.lee@trust.local", "x@clinic.internal").

Presidio's EmailRecognizer keeps only domains under a public suffix, so a hospital's internal mail
("rota@ward7.nhs.internal"), a test or example domain ("a@b.example") or a typo's suffix is left in the
text. An address is an identifier whatever its suffix: a local part, "@", a host and at least one dot
before an alphabetic last label.
"""

from __future__ import annotations

DEFAULT_SPEC = {
    "entity_type": "EMAIL_ADDRESS",
    "name": "AnySuffixEmailRecognizer",
    "gate": r"@",
    "patterns": [
        {
            "name": "local_at_dotted_host",
            # (the local part never starts after a word character's "@" run: "a@@b" is no address; a trailing
            # full stop or hyphen closes the sentence, not the host)
            "regex": r"(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b(?![@-])",
            "score": 0.85,
        },
    ],
}
