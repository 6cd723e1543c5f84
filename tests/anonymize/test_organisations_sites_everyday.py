"""Sites of everyday life named with their own kind or by their tie to a person, and the names around them.

Notes name the places a life runs through by the word for their kind ("Brantwick Day Centre", "Oldbury Foodbank",
"Ikeja High Court", "Tolworth Street Primary"), by a worker's or a player's tie ("a bus captain with SBS Transit",
"plays for Dandenong Thunder"), before a lower-case kind ("the ISKCON temple"), with the kind first in its own language
("Te Whare Tiaki", "Iglesia ni Cristo"); a house's name opens an address ("Ivy Cottage, Symonds Green Lane"); a flat
after a street in English words ("12 Elm Rd, Apt 4B"); a name may open with Md. or Sk. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

COVERED = [
    ("Goes to Brantwick Day Centre on Mondays and Thursdays.", "Brantwick Day Centre"),
    ("Collect parcels from Oldbury Foodbank at St Anne's hall.", "Oldbury Foodbank"),
    ("Matter before Ikeja High Court; adjourned to the new year.", "Ikeja High Court"),
    ("Reports weekly to Croydon Probation Office; no breaches.", "Croydon Probation Office"),
    ("Referred by the GP of Parkdale CHC after two ED visits.", "Parkdale CHC"),
    ("Children attend Tolworth Street Primary. Husband works nights.", "Tolworth Street Primary"),
    ("PREVIOUS SCHOOL: MILL LANE PRIMARY Attendance 77%.", "MILL LANE PRIMARY"),
    ("my gp at Fenwick Road surgery signed me off for a month", "Fenwick Road surgery"),
    ("Drinks at the Tarrawin RSL most Fridays.", "Tarrawin RSL"),
    ("Plays for St Brigid's GAC on Sundays.", "St Brigid's GAC"),
    ("Daughter attends Ōtāhuhu Bridge Kindergarten three days a week.", "Ōtāhuhu Bridge Kindergarten"),
    ("Worships at Mona Vale Seventh-day Adventist Church with her aunt.", "Mona Vale Seventh-day Adventist Church"),
    ("Works in dispatch at Ballykerrin Distillery. Smokes 10 a day.", "Ballykerrin Distillery"),
    ("Physio at Okotoks Health & Wellness Centre. Wife works days.", "Okotoks Health & Wellness Centre"),
    ("Son is a bus captain with SBS Transit and visits on Sundays.", "SBS Transit"),
    ("Dad is a letter carrier with Canada Post. Mom notified.", "Canada Post"),
    ("Brother is a technician at Atlantic LNG. Mother attends.", "Atlantic LNG"),
    ("Now delivers for Grab most evenings.", "Grab"),
    ("Gets meals at the ISKCON temple on Sundays.", "ISKCON"),
    ("2019–2021 advisor, Capita call centre; then unemployed.", "Capita"),
    ("Abdi plays for Dandenong Thunder juniors.", "Dandenong Thunder"),
    ("Hurled for Kilmacud Crokes as a teenager.", "Kilmacud Crokes"),
    ("started at Broadway Lodge then six months in a hostel", "Broadway Lodge"),
    ("Kaiāwhina Sione from Te Whare Tiaki attended the hui.", "Te Whare Tiaki"),
    ("Her husband is a member of Iglesia ni Cristo.", "Iglesia ni Cristo"),
    ("Son at Colegio San Agustín since the spring.", "Colegio San Agustín"),
    ("Speech therapy at Children's Hospital Multan twice a month.", "Children's Hospital Multan"),
    ("Admitted to Civil Hospital Hyderabad in the spring.", "Civil Hospital Hyderabad"),
    ("Previous home Ivy Cottage, Symonds Green Lane, Stevenage.", "Ivy Cottage, Symonds Green Lane"),
    ("Ms Fairclough, of The Old Forge, Church Street, Barnoldswick.", "The Old Forge, Church Street"),
    ("lives alone at 'Wattle Downs', 1820 Kilcoy-Murgon Rd, Kilcoy QLD.", "'Wattle Downs', 1820 Kilcoy-Murgon Rd"),
    ("Son lives at Blk 18 Toa Payoh Lor 7 #04-211, Singapore 310018.", "Blk 18 Toa Payoh Lor 7 #04-211"),
    ("Moved to 12 Elm Rd, Apt 4B, Springfield. Lives alone.", "12 Elm Rd, Apt 4B"),
    ("Offender Dylan Whitfield, MIN 564219, released last week.", "564219"),
    ("CPA review. Index offence 2011; transferred since.", "2011"),
    ("Patient Md. Rafiqul Islam, 42M, seen with his son.", "Md. Rafiqul Islam"),
    ("Patient Sk. Rahim Uddin, 42M, seen with his son.", "Sk. Rahim Uddin"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_site_a_house_name_an_id_or_a_name_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


LOOK_ALIKES = [
    ("Attends the Community Centre on Tuesdays.", "Community Centre"),
    ("Took it to the High Court in the end.", "High Court"),
    ("Went to the Jobcentre for her appointment.", "Jobcentre"),
    ("HR MIN 45 MAX 120 overnight.", "45"),
    ("Duration MIN 30000 ms on the trace.", "30000"),
    ("He is a cleaner with Mum at weekends.", "Mum"),
    ("Plays with his brother after school.", "brother"),
    ("Lives at 14 Main St, Room for 2 more in the flat.", "for 2"),
    ("Went to the summer school with her gran.", "summer school"),
    ("Dr Smith MD reviewed her.", "MD"),
    ("General Hospital Anxiety and Depression Scale done.", "General Hospital Anxiety"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
