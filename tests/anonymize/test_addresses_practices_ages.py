"""Homes as people write them, practices and care homes by their kind's word, ages said in passing, chat labels.

A home's street in lower case with its direction's letter, an ordinal or a closing "dr" ("4417 w grace st apt 2"),
a rural route's site and box ("RR 2, Site 14, Box 9"), a house's name before its street after a word of living
("Lives at Hollybank, Station Rd"), the road a street leads off ("..., off Ijede Road"), a house's label before its
street ("HSE 22, GATINA ROAD") and a form's whole address line ("address: lot 882, kampung batu 3, ..."). A GP's
practice by the kind word that ends it after the GP's cue ("Parkway Surgery"), Quebec's homes by their acronym
("CHSLD des Pins"), a mosque in lower case, a chain's home by its area ("Life Care of Collegedale"). An Irish
county or Dublin district by its word, a barangay, a signed pair of coordinates. A pronoun's age before the life
the person leads ("she's 95, she's allowed to be cross"), a form's age at admission, chat labels in lower case
that open two lines or more. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

COVERED = [
    ("home is 4417 w grace st apt 2, richmond, va 23230.", "4417 w grace st apt 2"),
    ("home to 88 harbor view dr, unit 12c, falmouth with vna", "88 harbor view dr, unit 12c"),
    ("lives alone at 1216 w 47th st, 2nd fl rear, chicago 60609.", "1216 w 47th st, 2nd fl rear"),
    ("living alone out at RR 2, Site 14, Box 9 near Sundre, AB.", "RR 2, Site 14, Box 9"),
    ("home is Rt 3 Box 144, Pharr, TX 78577.", "Rt 3 Box 144"),
    ("DISPO: HOME TO RR 1 BOX 22A, GRAFTON, WV 26354.", "RR 1 BOX 22A"),
    ("Mailing: PO Box 4471, Stn Main, Gatineau, QC J8P 3X2", "PO Box 4471, Stn Main"),
    ("Lives at Hollybank, Station Rd, Kirkby Stephen with his wife.", "Hollybank, Station Rd"),
    ("Property is Bindaree, 1140 Wombat Creek Rd, via Gundagai NSW 2722.", "Bindaree, 1140 Wombat Creek Rd"),
    ("Lives at B-902, Lodha Amara, Kolshet Road, Thane West.", "B-902, Lodha Amara, Kolshet Road"),
    ("Lives at No. 7 Olorunfemi Close, off Ijede Road, Ikorodu", "No. 7 Olorunfemi Close, off Ijede Road"),
    ("BROUGHT IN AFTER DISTURBING NEIGHBOURS AT HSE 22, GATINA ROAD. WIFE REPORTS", "HSE 22, GATINA ROAD"),
    ("address: lot 882, kampung batu 3, jalan kuala kangsar, 30010 ipoh, perak. father", "jalan kuala kangsar"),
    ("Name: R. Menon Address: 14, 2nd Cross, Malleshwaram, Bengaluru - 560003", "14, 2nd Cross, Malleshwaram"),
    ("address: h.no. 12-3-45/a, road no. 7, banjara hills, hyderabad 500034", "h.no. 12-3-45/a, road no. 7"),
    ("Loc: 1600 BLK S KEDZIE AVE    Cross st: W 16TH ST\nCC: SOB", "W 16TH ST"),
    ("Previous GP: Parkway Surgery, Hemel Hempstead", "Parkway Surgery"),
    ("GP: DR AOIFE LYNCH, BRIDE VIEW MEDICAL. NIECE TO COLLECT.", "BRIDE VIEW MEDICAL"),
    ("home help increased. gp dr hanley, irishtown medical.", "irishtown medical"),
    ("FROM CHSLD DES PINS. BP 88/50, HR 130.", "CHSLD DES PINS"),
    ("father is bilal at masjid al-falah; pt used to pray at the surau.", "masjid al-falah"),
    ("Options discussed: SNF at Life Care of Collegedale, or home.", "Life Care of Collegedale"),
    ("lives alone, knockanore, co. waterford. wife died in 2019.", "co. waterford"),
    ("lives alone at 37 thorncastle st, dublin 4, eircode D04 W2K6.", "dublin 4"),
    ("Lives with his tita in Brgy. Addition Hills, Mandaluyong.", "Brgy. Addition Hills"),
    ("last seen at the tents under the flyover, 53.4794, -2.2453, on 2 December.", "53.4794, -2.2453"),
    ("team to be seen at REH tomorrow.", "REH"),
    ("was an inpatient at UCSF; son says he was away that week.", "UCSF"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_home_site_or_place_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


AGES = [
    ("nora: she's 95, she's allowed to be cross with us all", "95"),
    ("jo: she's 97, she's not going anywhere at 3am", "97"),
    ("hes 93 and still asking for his pint lol", "93"),
    ("shes 91 and moaning about the food lol", "91"),
    ("will do. she's 100 and still swears like a trooper lol", "100"),
    ('per granddaughter, "she\'s 90 now, she doesn\'t want the feeding tube."', "90"),
    ("Resident: Wilfred Ainsworth\nAge on admission: 95\nGP: Dr Shah", "95"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_when_an_age_over_89_is_said_in_passing_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert "AGE" in [t for t, _ in touching(analyzer, text, age)]


CHAT_LABELS = [
    (
        "will: u coming to spoons later\nsunny: depends, is it sunny? lol\nwill: it will be if ur there\n"
        "sunny: ok ok, meet outside at 8 then",
        "will: it",
    ),
    (
        "thabo: gogo is at the hospital since yesterday\nlerato: shame. is she ok?\n"
        "thabo: ya. they say it's a small stroke\nlerato: i'll bring food after my shift",
        "lerato: shame",
    ),
]


@pytest.mark.parametrize(("text", "line"), CHAT_LABELS)
def test_when_a_log_labels_two_lines_with_a_lower_case_name_then_the_label_is_a_person(
    analyzer: TextAnalyzer, text: str, line: str
) -> None:
    label = line.split(":")[0]
    start = text.index(line)
    spans = analyzer.analyze([text])[0]
    assert any(s.entity_type == "PERSON" and s.start <= start and start + len(label) <= s.end for s in spans)


LOOK_ALIKES = [
    ("Lives in a flat off Fitzroy St. said he feels safe there.", "said"),
    ("seen 2 weeks ago by dr, ok", "dr"),
    ("RR 20 Box 3 checked", "RR 20"),
    ("Lives at home, 12 Elm Road, with mum", "home"),
    ("Plan: address 2 concerns with GP", "address 2 concerns"),
    ("Patient Email Address: x99@example.com", "Address"),
    ("GP to refer to General Surgery clinic", "General Surgery"),
    ("GP aware of previous surgery", "previous surgery"),
    ("goes to the masjid near the flats", "masjid near"),
    ("CLSC NURSE VISIT TODAY", "NURSE VISIT"),
    ("flights to dublin 2 times a year", "2 times"),
    ("edit: Nag-file na kami sa barangay. Salamat sa lahat.", "barangay"),
    ("accel 0.0123, -0.9812, 0.1734", "-0.9812"),
    ("Sats dropping. she's 92, she's on 4L now", "92"),
    ("He's 98, he's afebrile.", "98"),
    ("temp spiked, he's 101 and still spiking", "101"),
    ("Background: Hartmann's procedure in 2019.", "Hartmann"),
    ("PMH: COPD, Dupuytren's contracture.", "Dupuytren"),
    ("Will: has made one with the solicitor\nHope: 2/10 today\nFaith: catholic, attends weekly", "Will"),
    ("hpi: pt reports low mood for 2 weeks\nmse: calm today\nhpi: no si today per pt\nplan: review", "mse"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
