"""Secrets after their label, record numbers by a local label, a genogram's grandparents (issue #10, 21st round).

Misses of the tuning sets: a wifi password after "pw is", a locker's or a gate's code after what it opens, a
password in capitals before its quoted value, an Australian hospital's UR number, a British police record's PNC
number, a court's "dossier", and a grandparent named after "PGM"/"MGF" with an age (itself an identifier over 89)
or a death. Each is tested in other words than the sets', beside look-alikes. Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

SECRETS = [
    ("new wifi pw is Otter!Crumble77 btw", "Otter!Crumble77"),
    ("the gate code for 9 Mill Lane is 40417, carers aware", "40417"),
    ('PASSWORD FOR PORTAL "QUINCE48". NIGHT RN', "QUINCE48"),
]

RECORD_NUMBERS = [
    ("Client Ava Moore, UR 2-118-507, seen in ED.", "2-118-507"),
    ("Offender: PNC 21/774102Q, IOM cohort.", "21/774102Q"),
    ("Tribunal administratif, dossier 2203-17-004481, audience fixée.", "2203-17-004481"),
]

GENOGRAMS = [
    ("FHx: PGM Winifred d. 2011 (stroke); PGF unknown.", "Winifred"),
    ("MGF Tobias 91, lives in a care home.", "Tobias"),
    ("MGF Tobias 91, lives in a care home.", "91"),  # an age over 89 after the name
]

NOT_SECRETS = [
    ("the pw is wrong again, reset sent", "wrong"),
    ("Gate code changed last week, ask family.", "changed"),
    ("ur 5 mins late lol", "5"),
    ("Pin 2019 removal planned with ortho.", "2019"),
    # a genogram's abbreviation before a word, a casino, a condition
    ("MGF Unknown, never met.", "Unknown"),
    ("Trip to MGM Grand Hotel with her sister.", "Grand"),
    ("PGF Alzheimer's at 70.", "Alzheimer"),
    ("MGM Esi 86, Cape Coast.", "86"),  # an age under 90 is no identifier
    # a condition or a grandparent's word after the abbreviation (a review's finds)
    ("PGM Cushing's, d. 70.", "Cushing"),
    ("PGM Nonna (d. 2012), close to pt.", "Nonna"),
    # a device's alarm code, a rate or a year after "UR" or "dossier" (a review's finds)
    ("IV pump alarm code 410, line occluded.", "410"),
    ("UR 100 ml/hr overnight.", "100"),
    ("Case dossier 2024 closed.", "2024"),
]


@pytest.mark.parametrize(("text", "target"), [*SECRETS, *RECORD_NUMBERS, *GENOGRAMS])
def test_when_a_secret_or_a_record_number_follows_its_label_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_SECRETS)
def test_when_a_label_is_followed_by_words_or_a_year_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
