"""Hospital courses, community services and regional forums: the fifteenth round's tuning sets.

Street lines with a unit or a plot first, a floor after them, rural routes and boxes, a house on a numbered road
with its town and postcode; postcodes after their own word, Singapore's, and a code closing a street line; sites a
person is seen, born or employed at, sites named before "in" a town, a practice's specialty before "Associates
of"; more kinds (gurdwaras, "Rehabilitation and Nursing", "Teaching and Referral Hospital"); landmarks where a
person sleeps or is found, Irish counties, First Nations, crossings of two unknown streets, a town before its
state's code ("READING, PA where"); grandparents' ages in the kin words of other Englishes and in words after a
form's label; a doctor known by an initial; the name a caller gives; handles before their platform and a forum's
bylines ("Name · date", "quoting Name:"). Look-alikes: vitals, vessels, exercises, ward bays, ED zones, doses,
drugs joined by "and", events and brands before "in" a town, software and exercises named like landmarks,
secrets' PINs, distances and amounts after a street word. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    # street lines, units and boxes
    ("PT SEEN IN OUR CLINIC AT 725 ALBANY ST, 4TH FLOOR, BOSTON, MA 02118. PLEASE CALL", "725 ALBANY ST, 4TH FLOOR"),
    ("PT SEEN IN OUR CLINIC AT 725 ALBANY ST, 4TH FLOOR, BOSTON, MA 02118. PLEASE CALL", "BOSTON, MA"),
    ("moved to her aunt's at 7314 S. Cottage Grove Ave, 2nd fl, Chicago 60619.", "7314 S. Cottage Grove Ave, 2nd fl"),
    ("Lives at RR 2 Box 47, Brimfield, MA 01010. Cell 508 555 0124.", "RR 2 Box 47"),
    ("NEW ADDRESS: UNIT 4, 27 PRINCE ST, TRURO B2N 1E3. INCOME", "UNIT 4, 27 PRINCE ST"),
    ("PROPERTY: FLAT B, 9 MARLOW ROAD, MAIDSTONE, KENT ME16 8HP.", "FLAT B, 9 MARLOW ROAD"),
    ("Home visit, Unit 4/17 Carlisle Ave, Mount Druitt NSW 2770. NDIS", "Unit 4/17 Carlisle Ave"),
    ("Client's address: Lot 4 Bruce Hwy, Gin Gin QLD 4671. Mobile", "Lot 4 Bruce Hwy"),
    ("Aunt lives at No. 7 Aba Road, Port Harcourt, Rivers State; client", "No. 7 Aba Road"),
    ("Mailing address: RR 3, 4471 Concession Rd 9, Mono, Ontario L9W 6S2.", "RR 3, 4471 Concession Rd 9"),
    ("Address for letters: 1284 State Highway 12, RD 2, Kaikohe 0472. Client", "RD 2, Kaikohe 0472"),
    ("LETTER RETURNED UNDELIVERABLE: APT 5C, 1440 GRAND CONCOURSE, BRONX, NY 10457.", "APT 5C, 1440 GRAND CONCOURSE"),
    ("Simon Community referral. Address 2/1, 14 Dixon Avenue, Glasgow G42 8EP.", "2/1, 14 Dixon Avenue"),
    ("Family contact, Plot 12, Okonjo Close, Surulere, Lagos 101283.", "Plot 12, Okonjo Close"),
    ("PG accommodation: Flat 304, Sai Residency, 5th Cross, 6th Block, Bengaluru.", "Flat 304, Sai Residency"),
    ("Letter sent to H.No. 2-14/B, Gandhi Nagar, Warangal, Telangana 506002.", "H.No. 2-14/B, Gandhi Nagar"),
    ("Lives at No. 14, 2nd Street, Luz Avenue, Chennai 600004.", "No. 14, 2nd Street, Luz Avenue"),
    ("letters via P.O. Box 4521-00100 Nairobi. Referred", "4521-00100"),
    # postcodes
    ("we're at Blk 443 Pasir Ris Dr 6 #09-214, Singapore 510443 and the lift", "510443"),
    ("Address: Blk 45 Jalan Bukit Merah #03-221, S(150045). Neighbour", "150045"),
    ("client says his zip is 98118, near the high school", "98118"),
    ("keeps parking across our driveway at 2217 W Cullerton St 60608 and yelling", "60608"),
    ("Pincode - 560095, Karnataka", "560095"),
    # sites
    ("she was seen at Mercy in Springfield two weeks ago", "Mercy"),
    ("i'm a crew at Jollibee in Cubao and after shift", "Jollibee"),
    ("Pt declined referral to AdCare in Worcester; accepted bed elsewhere.", "AdCare"),
    ("She's currently at Harbor House in Tacoma and called me", "Harbor House"),
    ("Follow up: Cardiovascular Associates of Southern New Hampshire 7 Northeastern Blvd", "Cardiovascular Associates"),
    ("walked with Hamza from the Islamic Center of Minnesota to the gym", "Islamic Center of Minnesota"),
    ("DISPOSITION: TRANSFERRED TO BROOKHAVEN REHABILITATION AND NURSING, MEDFORD, MA.", "REHABILITATION AND NURSING"),
    ("recently released from Middlesex Jail and House of Correction in Billerica", "Jail and House of Correction"),
    ("Referred to Mathari National Teaching and Referral Hospital. NHIF card", "Teaching and Referral Hospital"),
    ("Sent to District Referral Hospital.", "District Referral Hospital"),
    ("Goes daily to the Guru Nanak Gurdwara; son runs the corner shop.", "Guru Nanak Gurdwara"),
    ("sitting in Travis County Correctional Complex the whole time.", "Travis County Correctional Complex"),
    ("took my nephew Sione to Middlemore on Sunday and we waited 11 hours", "Middlemore"),
    ("i stay in Khayelitsha and work at Pick n Pay on weekends", "Pick n Pay"),
    # landmarks, counties, nations, crossings
    ("ACT (East): found Shay in Allan Gardens around 0800", "Allan Gardens"),
    ("Found Ger sleeping at Kent Station again. Garda had asked us", "Kent Station"),
    ("At Penn Station overnight.", "Penn Station"),
    ("gave his name as Paddy, from Co. Mayo. Offered a bed", "Co. Mayo"),
    ("His kokum is 96 and lives on Nisichawayasihk Cree Nation; he wants", "Nisichawayasihk Cree Nation"),
    ("i work overnights at the shop at Danforth and Pape and a guy", "Danforth and Pape"),
    ("we live off 26th and Kedzie in Little Village and nobody", "26th and Kedzie"),
    ("he wants to get back to READING, PA where his sister lives.", "READING"),
    ("he wants to get back to READING, PA where his sister lives.", "PA"),
    ("SHE LIVES IN LEBANON, NH BUT SUMMERS ON THE CAPE.", "NH"),
    ("52 YO DIVORCED WOMAN FROM READING, PA, BIPOLAR I DISORDER", "READING"),
    # ages
    ("His kokum is 96 and lives on the reserve.", "96"),
    ("my cucu is 96 and still lives alone.", "96"),
    ("my ah ma is 97, at the hospital for delirium.", "97"),
    ("Outreach to Chinle. Client's grandfather, 97, still herds sheep.", "97"),
    ("Resident: Agnes Kowalczyk   Age: ninety-four   Rm 214B", "ninety-four"),
    ("we have a resident who's ninety-four who keeps trying to walk home", "ninety-four"),
    # people and handles
    ("the one i was assigned, Dr K, left. my advisor thinks", "K"),
    ("Man bedded down under the bridge, gave his name as Paddy, from town.", "Paddy"),
    ("male caller, first name only (jake). calling from the lot", "jake"),
    ("Chatter gave name as Kiri.", "Kiri"),
    ("block @bigdawg_kdot on IG and kdot.2x on snap, both the ex's accounts.", "kdot.2x"),
    ("Her ex is reposting photos from her snap (emi.tr0y) on a fake account.", "emi.tr0y"),
    ("AIBU to go private? TwoSugarsPlease · 03/12/2026 21:47 DD is at school", "TwoSugarsPlease"),
    ("Quoting TwoSugarsPlease: we're in the same area", "TwoSugarsPlease"),
]

LOOK_ALIKES = [
    # street look-alikes
    ("Room 12, 4 West. Bed 2 by the window.", "Room 12"),
    ("Obs 4/5, 12 Hall Street. BP 120/80", "Obs"),
    ("No. 5 on the list was fine.", "No. 5"),
    ("Lot 2 of the batch was recalled.", "Lot 2"),
    ("Vessel No. 2, Left Main.", "Left Main"),
    ("Exercise No. 3, Knee Extension", "Knee Extension"),
    ("Vitals: HR 88, RR 16, box 2 checked", "RR 16"),
    ("RR 20 Box 3 ticked", "RR 20"),
    ("Gate 12 Main Concourse", "Concourse"),
    # postcode look-alikes
    ("Drive 25000 miles a year", "25000"),
    ("Main St 250000 mortgage", "250000"),
    ("Singapore 100000 cases", "100000"),
    ("10 Downing Street 10000 visitors", "10000"),
    # site look-alikes
    ("Seen at Handover by the team", "Handover"),
    ("Seen at Dawn by the registrar", "Dawn"),
    ("Born at Sea", "Sea"),
    ("Taken to Majors", "Majors"),
    ("Taken to Short Stay for obs", "Short Stay"),
    ("conveyed to Resus by HEMS", "Resus"),
    ("Referred to Associates of Western Mass today", "Referred"),
    ("the mission of the team is recovery", "mission"),
    ("Taken to Angio suite for coiling.", "Angio"),
    ("Seen at Follow-up, wound healing.", "Follow-up"),
    ("I went to Pride in Toronto.", "Pride"),
    ("Deployed with Navy in Japan", "Navy"),
    ("Visited Islamic Center of Boston.", "Visited"),
    ("I beat him at Checkers.", "Checkers"),
    # landmark look-alikes
    ("on Heparin Bridge to warfarin", "Heparin Bridge"),
    ("Pt at Nursing Station asking for meds", "Nursing Station"),
    ("Hotel Reservation confirmed", "Reservation"),
    ("Status First Nations", "First Nations"),
    ("I booked my Airbnb Reservation.", "Reservation"),
    ("Running it in Windows Terminal.", "Windows Terminal"),
    ("SATS UP, CO DOWN", "CO DOWN"),
    ("Came off Jardiance and Farxiga.", "Jardiance"),
    ("he's on Abilify and Rexulti now", "Abilify"),
    ("Seen by Jones, MD today", "MD"),
    # handle and age look-alikes
    ("took 2.5mg on insta advice", "2.5mg"),
    ("COVID-19 on twitter is wild", "COVID-19"),
    ("B12 on tiktok", "B12"),
    ("self-harm on tiktok", "self-harm"),
    ("Posted · 03/12/2026 21:47", "Posted"),
    ("Metformin · 03/12/2026", "Metformin"),
    ("LinkedIn · 12 Mar", "LinkedIn"),
    ("Quoting NICE: guidelines say", "NICE"),
    ("· SpO2: 95% on RA", "SpO2"),
    ("Quoting: HbA1c 7.2 · PHQ9: 14", "PHQ9"),
    ("Saw Covid19 on twitter", "Covid19"),
    ("he's 98.6 and sweaty", "98.6"),
    ("caller gave her name as unknown and hung up", "unknown"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_an_identifier_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []


def test_when_a_doctor_is_known_by_an_initial_then_a_sentence_pronoun_is_no_initial(analyzer: TextAnalyzer):
    """"Dr K" names a doctor; "Dr I think" is a pronoun, "Dr A&E" a department."""
    assert covered(analyzer, "saw Dr K, who left", "K")
    assert touching(analyzer, "I asked Dr I think it was the registrar", "I think") == []


def test_when_a_secret_pin_is_written_then_it_stays_an_id_not_a_postcode(analyzer: TextAnalyzer):
    """A bank's or a key safe's PIN is the person's secret (an id); an Indian PIN code is a postcode."""
    for text, pin in (("Her bank PIN is 4821 and she keeps it safe", "4821"), ("Enter PIN 482190 to unlock", "482190")):
        assert {kind for kind, _ in touching(analyzer, text, pin)} == {"ID_NUMBER"}
    assert {kind for kind, _ in touching(analyzer, "Pincode - 560095, Karnataka", "560095")} == {"ZIP_CODE"}
