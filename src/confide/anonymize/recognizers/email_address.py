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
            # (a letter in the local part and a last label in one case: a note's run-on shorthand is none, "HR
            # 88@rest.Denies", "2@q4h.prn"; a hyphen after the address may close the sentence, "a@b.local- thanks",
            # but a hyphen before a letter goes on with the host)
            "regex": r"(?<![\w.%+-])(?=[\w.%+-]*[A-Za-z])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9]"
            r"(?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*"
            r"\.(?:[a-z]{2,24}|[A-Z]{2,24})\b(?!@|-[A-Za-z0-9])",
            "score": 0.85,
        },
    ],
}
