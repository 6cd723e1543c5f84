"""Person names in ICU, ward and psychiatric nursing notes, in upper, lower and mixed case.

Names with no title: a name word that English uses only rarely ("delphine", "clem"), an Irish "O'"
surname, a first name or an unknown word before "from" and a ward department ("Rose from nutrition"),
the subject of what notes say people do ("Vandersloot rounded", "o'dwyer gave report"), the object of
a ward verb ("Notified Brzezicki", "ok'd by Vantongeren", "call from Brzezicki"; a name word, since a
word no name list holds needs a stronger cue), two names before a
plural relation ("Grace and Faith (twin daughters)"), names joined by "&", a social-work or
speech-therapy credential after a name, a bare initial before a surname, and a name seen once with
a cue found again in another letter case. Look-alikes: eponyms of signs, scales, procedures and
devices ("neg Babinski", "Whipple POD 3", "Bair Hugger", "Hoyer lift", "Morse 45"), note shorthand
after a cue ("team mtg", "per MOLST"), services and roles after ward verbs, companies after everyday
verbs ("Spotify came out", "emailed Netflix"), and words that are first names ("pat dry", "rose to").
All values are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import case_file_metrics, covered, touching, variants

CASES = Path(__file__).parent / "cases" / "names_wards.txt"

POSITIVES = [
    # a name word that is ordinary only in a dictionary's rare corners, with no cue at all
    *variants("Clem brought clothes and glasses.", "Clem"),
    *variants("Pt agitated after call from delphine, prn given.", "delphine"),
    ("d/w marguerite SW re: placement, family aware.", "marguerite"),
    # an Irish "O'" surname, even in lower case on a cased line
    *variants("Received pt from PACU, o'dwyer gave report at 1400.", "o'dwyer"),
    # someone from a ward department
    *variants("Rose from nutrition saw pt re: tube feeds.", "Rose"),
    *variants("Pat from PT worked w/ pt on transfers.", "Pat"),
    *variants("Ebony from lab redrew lytes.", "Ebony"),
    # the subject of what notes say people do
    # (a name word only: a word no name list holds needs a strong cue, see test_names_cues)
    *variants("Vandersloot rounded on pt, plan unchanged.", "Vandersloot"),
    *variants("Okafor aware of glucose 48.", "Okafor"),
    # the object of a ward verb
    *variants("Notified Brzezicki of K 5.9, repeat sent.", "Brzezicki"),
    *variants("OK'd by Vantongeren to shower.", "Vantongeren"),
    # names before a plural relation, names joined by "&"
    *variants("Grace and Faith (twin daughters) visited at noon.", "Grace"),
    *variants("Lou & Margo (neighbors) brought the mail.", "Lou"),
    *variants("Okafor & Brightwater from surgery in, vac changed.", "Brightwater"),
    # credentials and initials
    *variants("Farrokhzad SW following for dispo.", "Farrokhzad")[:2],
    ("Pt seen by K Moreau MD, agrees w/ plan.", "K Moreau"),
    # a name found once with a cue, again in another letter case
    ("Spoke w/ son Oakhurst re: plan.\nOAKHURST TO CALL BACK.", "OAKHURST"),
]

NEGATIVES = [
    # eponyms: signs, scales, procedures, devices
    *variants("Neg Babinski, neg Homan's.", "Babinski"),
    *variants("Whipple POD 3, JP x2 serosang.", "Whipple"),
    *variants("S/P Hartmann's, ostomy pink and moist.", "Hartmann")[:2],
    *variants("Bair Hugger on for temp 35.6.", "Bair"),
    *variants("Posey vest not needed overnight.", "Posey"),
    *variants("Cheyne-Stokes resp noted during sleep.", "Cheyne-Stokes"),
    *variants("Hoyer lift for transfers.", "Hoyer"),
    *variants("Cushing's ruled out.", "Cushing"),
    *variants("Fall risk: Morse 45, Braden 14.", "Morse 45, Braden"),
    # note shorthand after a cue, services and roles after ward verbs
    *variants("Foster mom and caseworker at team mtg.", "mtg"),
    ("Per MOLST pt is DNR/DNI.", "MOLST"),
    ("NSGY aware, to OR in am.", "NSGY"),
    *variants("Notified MD and pharmacy of K 5.9.", "MD and pharmacy"),
    *variants("Pt tolerated diet. Family brought clothes. Team rounded.", "Pt tolerated diet. Family brought"),
    # companies after everyday verbs, in a post
    ("Spotify came out with a new feature.", "Spotify"),
    ("Netflix requested my card details again.", "Netflix"),
    ("I emailed Verizon twice.", "Verizon"),
    # first names that are words
    *variants("Temp rose to 101.2, will call if higher.", "rose to 101.2, will call"),
    *variants("Buttocks washed and pat dry.", "pat dry"),
    *variants("Results from lab pending.", "Results"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_when_a_name_stands_in_ward_note_shorthand_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_a_ward_note_look_alike_of_a_name_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_ward_name_notes_scored_then_recall_and_precision_hold(analyzer: TextAnalyzer) -> None:
    """The ward-name tuning notes (cases/names_wards.txt, invented values): names found, look-alikes left."""
    metrics = case_file_metrics(analyzer, CASES)
    person = metrics["per_entity_type"]["PERSON"]["span"]
    # 0.95, not 0.97: five names no name list holds, found only by a verb cue ("Notified Esterhazy",
    # "Delacorte rounded"), are left to stronger cues since drugs and devices share that shape
    assert person["recall"] >= 0.95
    assert person["precision"] >= 0.95
