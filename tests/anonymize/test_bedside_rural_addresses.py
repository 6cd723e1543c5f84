"""Rural and informal addresses, elders' ages as families and bedside notes give them, and what a chat or a form adds.

Rural notes write a road by its number ("County Rd 900 N", "SR 9", "41520 Rd 744", "3310 LA-24"), a house on a grid
("N5512 Hwy 13"), a Canadian box at its station or site ("Site 3, Box 7, RR 2"), a lot in a park or a concession
("Lot 12, Cedar Hollow Campground", "Lot 7, Concession 4") and a town from a road ("US Hwy 12 E of Marmarth"). An
elder's age comes with a birthday ("Happy 101st birthday", "her 92nd on March 3", "will be ninety-six on Jan 4"), a
decade ("in her 90s") or after a name in a note typed in one case. A chat's speaker may be a coined user name, an
e-mail may sit under an internal domain, an id may end in a glued check letter. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

COVERED = [
    ("pt lives alone on County Rd 900 N outside Arcola.", "County Rd 900 N"),
    ("rollover on SR 9 near mile marker 12, +LOC per ems.", "SR 9"),
    ("LIVES ALONE AT N5512 Hwy 13, Phillips WI 54555.", "N5512 Hwy 13"),
    ("pt going home to farm 41520 Rd 744, Lexington NE 68850.", "41520 Rd 744"),
    ("Directions: up KY 80 about 4 mi, left at the church.", "KY 80"),
    ("Property: 1180 Old Hwy 61, Clarksdale, MS 38614.", "1180 Old Hwy 61"),
    ("Pre-storm address 3310 LA-24, Houma, LA 70360.", "3310 LA-24"),
    ("the trailer at the end of Road 312, Circle MT.", "Road 312"),
    ("at home, 22718 St Rt 66, Defiance.", "22718 St Rt 66"),
    ("Mailing: Site 3, Box 7, RR 2, Olds, AB T4H 1P3.", "Site 3, Box 7, RR 2"),
    ("mailing Box 118, Stn Main, Rosetown, SK S0L 2V0.", "Box 118, Stn Main"),
    ("lives in a camper at Lot 12, Cedar Hollow Campground, Townsend.", "Lot 12, Cedar Hollow Campground"),
    ("lives Magnolia Bend MHP lot 9, Perry FL 32347.", "Magnolia Bend MHP lot 9"),
    ("To: Lyle Brandt, Lot 18, 410 W Hwy 20, Valentine, NE 69201", "Lot 18, 410 W Hwy 20"),
    ("Farm (legal: Lot 7, Concession 4, Asphodel) is rented out.", "Lot 7, Concession 4"),
    ("pulled over on US Hwy 12 E of Marmarth, second gate.", "Marmarth"),
    ("FOUND DOWN AT HOME IN CONCORD NH BY HIS SON.", "NH"),
    ("SERVED VIETNAM '67-'68, DISCHARGED HONORABLY.", "'67-'68"),
    ("Parcel 114-22-09-017 is on the county roll.", "114-22-09-017"),
    ("Client Dario Vance, NYSID 04417729M, released Friday.", "04417729M"),
    ('"telecom":[{"system":"email","value":"p.okafor@ward9.trust.internal"}]', "p.okafor@ward9.trust.internal"),
    ("Her nana Bríd is 95 on the 3rd of June and still sharp.", "95"),
    ("tannie Miems is 93 en woon nog alleen", "93"),
    ("grandma is 96 tomorrow!! party at noon", "96"),
    ("Interpreter note. Oddvar Nils Sara, 94, lives at Karasjok.", "94"),
    ("Happy 101st birthday to Edna May Pruitt of Flemingsburg!", "101"),
    ("100TH BDAY TODAY, CAKE FROM DIETARY.", "100"),
    ("Elsie celebrates her 92nd on March 3 at the home.", "92"),
    ("Orville Tank will be ninety-six on Jan 4.", "ninety-six"),
    ("Title: Grandpa (ninety-eight!) still chops his own wood", "ninety-eight"),
    ("Mavis is in her 90s and deaf in one ear.", "90s"),
    ('pt hollis (goes by "duke") ninety-one, alert, pleasant.', "ninety-one"),
    ("Thank you Custer County Fire District 4 for the help.", "Custer County Fire District 4"),
    ("Referred to Northern Plains Area Agency on Aging today.", "Northern Plains Area Agency on Aging"),
    ("home health is Gibson Memorial HH now. fam aware.", "Gibson Memorial HH"),
    ("Gets boxes from Renville County Food Shelf monthly.", "Renville County Food Shelf"),
    ("Rent owed to Pinecrest Mobile Home Park since May.", "Pinecrest Mobile Home Park"),
    ("Plan per cards. dr villarreal aware. Home to Dayton.", "villarreal"),
    ("WBC PENDING. PT OKWEMBA TALLSALT, 31F, IHS ELIGIBLE.", "OKWEMBA TALLSALT"),
    ("Moved to a chair. rt kelsey at bedside. Home in Ohio.", "kelsey"),
    ("[discord]\nRustyPike42: anyone up?\nmaplefrost22: yep", "RustyPike42"),
    ("[discord]\nRustyPike42: anyone up?\nmaplefrost22: yep", "maplefrost22"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_rural_address_an_age_a_handle_or_a_site_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


LOOK_ALIKES = [
    ("DENVER SHUNT SITE CLEAN, DRY.", "DENVER"),
    ("Titrated on NC 15 L via mask overnight.", "15"),
    ("Seen on US 6 weeks ago, no change.", "US 6"),
    ("Celebrating the 100th birthday of the NHS.", "100th"),
    ("The bill will be ninety dollars.", "ninety"),
    ("Sent a parcel 12 kg by post.", "12"),
    ("Notes\nEdit22: fixed the typo\nPatient12: stable overnight", "Edit22"),
    ("Notes\nEdit22: fixed the typo\nPatient12: stable overnight", "Patient12"),
    ("He drank a dr pepper with lunch.", "pepper"),
    ("Gave 1000000U heparin per protocol.", "1000000U"),
    ("Exam. Hazard Perception, 95, passed.", "95"),
    ("Meet me@5pm by the cafe.", "me@5pm"),
    ("Mom was 101 on tylenol.", "101"),
    ("Pain in rt knee and rt hip. Home in Ohio.", "knee"),
    ("PT FROM DENVER VT ON MONITOR", "VT"),
    ("HR 88@rest.Denies CP. Plan as above.", "88@rest.Denies"),
    ("Notes\nPastMedicalHistory: HTN\nChiefComplaintDetails: chest pain", "PastMedicalHistory"),
    ("Converted from SR 80 to AF overnight.", "SR 80"),
    ("My sats were in my 90s all day.", "90s"),
    ("Grandad was 102 on the 3rd day of his flu.", "102"),
    ("Tomorrow it will be ninety out there.", "ninety"),
    ("Sent a parcel 10-15 kg by post.", "10-15"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
