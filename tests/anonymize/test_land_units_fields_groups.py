"""Homes by a unit of land, sites by a form's field or a bracket, chats' plain-word labels, grouped numbers.

Much of the world writes a home as a plot, a stand, an erf or a purok ("Erf 2231, Site C", "Purok 3, Brgy. Tabuc
Suba"); a form's field says what kind of site its value is ("Church: Mangere PIC"), as a bracket does ("the Beacon
(his day centre)"); a WhatsApp export's label is a speaker whatever word it is ("Ana:", which a clinical list holds
as a test); an alias sits in a bracket or a field ("(known as Nugget)", "Alias: Bee"); an id or a phone is eight
digits or more in groups ("16101-2209183-1", "9118 4420"); months and ages come in Afrikaans, Malay or Swahili ("12
Februarie 2026", "8 Ogos 2026", "miaka 93"). Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, labels_are_persons, touching

COVERED = [
    ("Visited ouma Sophia (90) at Erf 2231, Site C, Khayelitsha, 7784.", "Erf 2231, Site C"),
    ("pt from Mamelodi east, Stand 4410 Extension 5. brother says", "Stand 4410 Extension 5"),
    ("Makazi: Kapsabet, Plot 7, Chepterit\nKazi: teacher", "Plot 7, Chepterit"),
    ("ADDRESS: PLOT 1142, CADASTRAL ZONE B06, MABUSHI, ABUJA.", "PLOT 1142, CADASTRAL ZONE B06"),
    ("from Mbare, Stand 1402, Matapi Flats Block 9. brought by", "Stand 1402, Matapi Flats Block 9"),
    ("Mbuya Chari (91), House 2218, Unit L, Seke. Morphine 5 mg", "House 2218, Unit L"),
    ("Pt Devi, H.No. 12-3-45, Road No. 2, Banjara Hills, Hyderabad 500034.", "H.No. 12-3-45, Road No. 2"),
    ("age 95, Ward No. 6, Gali No. 3. Falls, hip pain.", "Ward No. 6, Gali No. 3"),
    ("from Shahdara, House No. 118, Gali 4, Mohalla Islampura. CNIC", "House No. 118, Gali 4, Mohalla Islampura"),
    ("Santos, 93, Purok 4, Sitio Bagong Silang. BP 170/100", "Purok 4, Sitio Bagong Silang"),
    ("lives alone at Lot 1127, Kampung Pulau Melaka, 16010 Kelantan.", "Lot 1127, Kampung Pulau Melaka"),
    ("tinggal di Kampung Cibodas RT 02 RW 07. Cucu Asep", "Kampung Cibodas RT 02 RW 07"),
    ("LIVES HC 61 BOX 2210, MANY FARMS, AZ 86538.", "HC 61 BOX 2210"),
    ("out past Merredin on RMB 1142 Bruce Rock Rd. the gp is lovely", "RMB 1142 Bruce Rock Rd"),
    ("farm at RD 1, 4418 Jackson Bay Rd, Haast 7886.", "RD 1, 4418 Jackson Bay Rd"),
    ("Address before: LP 118, Rahamut Trace, Penal.", "LP 118, Rahamut Trace"),
    ("gogo lives alone at stand 118, extension 4, diepsloot. goes to church", "stand 118, extension 4"),
    ("chidi: we don move. flat 4, block c, 1004 estate, victoria island", "flat 4, block c, 1004 estate"),
    ("MOTHER LIVES WITH AUNT AT LOT 44, CHEDWIN PARK, SPANISH TOWN.", "LOT 44, CHEDWIN PARK"),
    ("home is 4417 w grace st apt 2, richmond, va 23230. son will call", "richmond, va"),
    ("Name: B. M.\nChurch: ZCC at Denver\nNotes: stable", "ZCC"),
    ("blueheron_ - 03/15/2026 11:52 PM\ncant sleep again\nMaxPayne99 - 03/15/2026 11:54 PM\nhere. u ok", "MaxPayne99"),
    ("Niece rang. Church: Little Zion Free Will Baptist. Faith says", "Little Zion Free Will Baptist"),
    ("Phone: 0121\nDay centre: the Orchard, Tuesdays and Thursdays", "Orchard"),
    ("Kerk: Gereformeerde Gemeente Staphorst. Zoon Gerrit belt.", "Gereformeerde Gemeente Staphorst"),
    ("He keeps asking to go back to the Beacon (his day centre). Settled.", "Beacon"),
    ("moved to her care home (Hollies) last week", "Hollies"),
    ("Suami kerja di Pasar Atom. Ibu rajin ke masjid.", "Pasar Atom"),
    ("Cucu kerja di Warung Bu Tini. Referred to Puskesmas Tarogong.", "Warung Bu Tini"),
    ("Psychiatric review, RSJ Menur, Senin, 5 Oktober 2026. Agus, 35.", "RSJ Menur"),
    ("Nursing note, RSUD Dr. Soetomo, 12 Mei 2026. Pasien stabil.", "RSUD Dr. Soetomo"),
    ("Nugget Jampijinpa (known as Nugget), HRN on file.", "Nugget"),
    ("Met Sunny (known as Sundeep Gill) outside the station.", "Sunny"),
    ("Name: Blessing Moyo\nAlias: Bee\nNationality: Zimbabwean", "Bee"),
    ("Pangalan: Mark Dela Cruz\nPalayaw: Junior\nEdad: 16", "Junior"),
    ("NHIS card NHIS 0044-8812-33. Wants rehab at Pantang.", "NHIS 0044-8812-33"),
    ("Mardan Medical Complex. CNIC of husband 16101-2209183-1.", "16101-2209183-1"),
    ("work permit WP 0 4471 2289. Dorm in Tuas.", "WP 0 4471 2289"),
    ("national id 63-2201847 K 42. next of kin prefers", "63-2201847 K 42"),
    ("Daughter Serene 9118 4420. Attends temple monthly.", "9118 4420"),
    ("Dochter Ans 06-44 81 29 07. Huisarts gebeld.", "06-44 81 29 07"),
    ("Outreach note, Khayelitsha, 12 Februarie 2026. Visited.", "12 Februarie 2026"),
    ("Home visit, Kota Bharu, 8 Ogos 2026. Warga emas.", "8 Ogos 2026"),
    ("Bibi Wanjiru Kamau, miaka 93, Plot 14, Lindi Road.", "93"),
    ("Nenek Iyah usia 98, tinggal di Garut.", "98"),
    ("Pt Faith Ann Whitley, 92, RR 1 Box 47, Hazard, KY 41701.", "92"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_home_a_site_an_alias_or_a_number_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


CHATS = [
    (
        "14/02/2026, 18:31 - Ana: mum's back at the ward again\n14/02/2026, 18:32 - Sister: which ward\n"
        "14/02/2026, 18:33 - Ana: 4 west, they said may go home Friday",
        "Ana",
    ),
    (
        "2026/05/03, 07:12 - Thabo: bra ma is in since last night\n2026/05/03, 07:13 - Lerato: which ward?? coming now",
        "Lerato",
    ),
    (
        "17/06/2026, 10:14 - Wei Ling: ah ma admitted again\n"
        "17/06/2026, 10:15 - Shu Fen: same ward? ok I go after work",
        "Shu Fen",
    ),
]


@pytest.mark.parametrize(("text", "label"), CHATS)
def test_when_an_export_labels_a_message_with_a_listed_word_then_the_label_is_a_person(
    analyzer: TextAnalyzer, text: str, label: str
) -> None:
    assert labels_are_persons(analyzer, text, label)


LOOK_ALIKES = [
    ("Flu vaccine given L deltoid, Lot 4471, Exp 03/27. Tolerated.", "Lot 4471"),
    ("Ward No. 6, Bed 3, stable overnight.", "Ward No. 6"),
    ("Plot 2, Results Table shows the trend.", "Plot 2"),
    ("in flat 3, the park was nice today", "the park"),
    ("parked on lot 5, road was closed after", "road"),
    ("RPh note: lithium 300mg caps, NDC 0054-4527-25, counselled.", "0054-4527-25"),
    ("NURSING NOTE 1900-0730\nPT SETTLED", "1900-0730"),
    ("PHQ 12 14 16 18 20 over five weeks", "12 14 16 18 20"),
    ("doses 100 200 300 given as charted", "100 200 300"),
    ("seroquel 150 300 450 mg titration", "150 300 450"),
    ("14/02/2026 18:31 - Plan: obs 4 hourly\n14/02/2026 20:31 - Plan: continue\n14/02/2026 21:00 - Sarah: ok", "Plan"),
    ("School: None\nChurch: Catholic\nGym: Yes", "Catholic"),
    ("School: Year 9\nHospital: Ward 5", "Year 9"),
    ("the drug Alprazolam (known as Xanax) was stopped", "Alprazolam"),
    ("Pt John Smith, 92, RR 20, sats 94% on air", "92"),
    ("umri miaka 2 ya kazi hapa", "2"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
