"""Services and chains people name in posts and notes, and hospitals named by an acronym before a department.

The organisations list holds real services of ten countries by the names people write ("the salvos",
"countdown", "Mind", "SADAG", "Insite"); a name that is also a word is taken only after a cue of place, work or
referral ("a shift at countdown"; never "the countdown to christmas"). A hospital's acronym before its emergency or
outpatient department is a site where a line or a heading opens with it or a word of place comes before it ("KGI
A&E", ", the RVI ED,", "in KNH OPD"); a service's short name there is none ("ENT OPD"). A South African hospital
numbers its patients' folders ("folder GSH 4418209"). Every value is invented but the services' names.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import touching

FOUND = [
    ("the salvos on Fitzroy St said i can come tues for a food parcel.", "salvos"),
    ("picking up a shift at countdown till 9 so visit moved to sat.", "countdown"),
    ("Referred to Mind in Leeds for the peer group.", "Mind"),
    ("supervised consumption at Insite, housing through PHS.", "Insite"),
    ("called SADAG first, they were great.", "SADAG"),
    ("got a job at maccas after 8 months on the benefit.", "maccas"),
    ("Pt states he sleeps at the shelter and eats at GLIDE.", "GLIDE"),
    ("Liaison psychiatry assessment, the RVI ED, Mon 30/11/2026.", "RVI"),
    ("KGI A&E -- MH liaison triage.", "KGI"),
    ("Seen in KNH OPD today, then sent to the MICU.", "KNH"),
]


@pytest.mark.parametrize(("text", "site"), FOUND)
def test_when_a_service_or_a_hospital_is_named_then_it_is_a_facility(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert "FACILITY" in [t for t, _ in touching(analyzer, text, site)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Patience Mokoena, 38, folder GSH 4418209. Admitted 18/11.", "GSH 4418209"),
        ("pt beauty khumalo, 63F, folder HJH 551029. CCF.", "HJH 551029"),
    ],
)
def test_when_a_hospital_folder_number_is_written_then_it_is_an_id(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, number)] == ["ID_NUMBER"]


LOOK_ALIKES = [
    ("i want to grow as a person and i'm aware of the risks.", "grow"),
    ("i want to grow as a person and i'm aware of the risks.", "aware"),
    ("the spoons theory helps me pace my week.", "spoons"),
    ("the countdown to the holidays is stressful.", "countdown"),
    ("one of the winners at the quiz was my nan.", "winners"),
    ("I beat him at Checkers.", "Checkers"),
    ("Seen in ENT OPD, then GI ED referral.", "ENT"),
    ("ATTENDED A&E 19/10 04:20 WITH CHEST PAIN", "ATTENDED"),
    ("filed in the blue folder 2 copies; folder 12 pages.", "folder 12"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
