"""Sites by a record's heading or a hospital's nickname, chats stamped by a clock, workmates' names, slash codes.

A note's heading names where it was written ("Nursing note, Ward 6B, TTSH, 3 Feb 2026."; "INTAKE - Mustard Seed,
Calgary"), a hospital is known by one word of its name ("a porter at the Southern", "in the mater since friday"),
an acronym of a hospital follows a chat's "is at" in other Englishes ("Mercy yuko KNH"), a venue's kind follows
its name in lower case ("the Haven hostel"); a prairie city's numbered street, a Scottish "Cross", a capital slash
code ("PH/OPD/10934"). A chat stamps each message with a clock alone ("19:40 Hamisi:",
"21:10 - Amani:"); a workmate's lower-case name follows their role ("my supervisor rick keeps"); an elder's age
is said in Pidgin or Afrikaans ("she be 90 this year oo", "Sy's 93 hoor"). Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, labels_are_persons, touching

COVERED = [
    ("Nursing note, Ward 6B, TTSH, 3 Feb 2026. Madam Lim, 98, from home.", "TTSH"),
    ("Nursing note, Maternity Block, Korle Bu, 14/01/2026. Comfort, 26.", "Korle Bu"),
    ("SOCIAL WORK NOTE, UHWI, 14/03/2026. BABY READY FOR DISCHARGE.", "UHWI"),
    ("Ward 5B nursing note, Mulago, 07/01/2026. Day 2 post C/S.", "Mulago"),
    ("INTAKE - Mustard Seed, Calgary\nDate: Jan 28, 2026\nGuest: F. W.", "Mustard Seed"),
    ("DISCHARGE SUMMARY - Maine Med\nPatient: P. J., 99 y.o. F", "Maine Med"),
    ("admitted via ED at the Royal after a fall outside the hostel", "Royal"),
    ("Partner is a porter at the Southern. Discharged last month.", "Southern"),
    ("WAS IN THE ROYAL WITH A HEAD INJURY ON 14/02.", "ROYAL"),
    ("my da is in the mater since friday with his chest again", "mater"),
    ("07:15 - Wanjiku: Mercy yuko KNH ward 7B, walimpeleka jana", "KNH"),
    ("19:05 - Jenny: nasa PGH na si Lola, sa ER pa rin", "PGH"),
    ("after a fall outside the Haven hostel on Kirkstall Road.", "Haven"),
    ("Last employer: Tuskys supermarket (closed)", "Tuskys"),
    ("Name: A. O.\nWork: Sunny Side Beauty Salon\nChurch: Lighthouse Chapel", "Sunny Side Beauty Salon"),
    ("Psychiatric review, Federal Neuropsychiatric Hospital, Yaba, 19/02/2026. Seen.", "Yaba"),
    ("Last address: Unit 6, 1712 17 Ave SE, T2G 1K2", "Unit 6, 1712 17 Ave SE"),
    ("ACCUSED, OF 14 PARKHEAD CROSS, GLASGOW G31 4XA.", "14 PARKHEAD CROSS"),
    ("couch surfing with his cousin on w. 63rd st, englewood.", "w. 63rd st"),
    ("NHIS card seen. Folder KB/MAT/26/03315. Husband to pay.", "KB/MAT/26/03315"),
    ("Tel 020 555 6127. Card PH/OPD/10934.", "PH/OPD/10934"),
    ("i work at costco and my supervisor rick keeps making comments", "rick"),
    ("my team lead grace noticed and was actually kind about it", "grace"),
    ("thinking of going with my mate lou who just got out of detox", "lou"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_site_or_a_person_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


CHATS = [
    (
        "Chat: cousins - 22/01/2026\n19:40 Hamisi: bro, amefika hospitali?\n19:41 Salim: ndio yuko casualty\n"
        "19:44 Hamisi: nitaleta pesa after Isha",
        "Hamisi",
    ),
    (
        "--- 02/03/2026 ---\n21:10 - Amani: wasee, amelazwa\n21:12 - Juma: eeh! what happened?\n"
        "21:13 - Amani: malaria kali",
        "Amani",
    ),
    (
        'WhatsApp export, group "the lads", 14/03/2026\n21:02 Sam: anyone seen her since weds?\n'
        "21:04 Bex: she was out last night\n21:07 Sam: ok will pop round after my shift",
        "Bex",
    ),
]


@pytest.mark.parametrize(("text", "label"), CHATS)
def test_when_a_clock_stamps_each_message_then_every_label_is_a_person(
    analyzer: TextAnalyzer, text: str, label: str
) -> None:
    assert labels_are_persons(analyzer, text, label)


AGES = [
    ("08:30 Akosua: yes KATH. she be 90 this year oo, Grandma too dey vex", "90"),
    ("18:22 Marlene: Ouma is by die hospitaal. Sy's 93 hoor", "93"),
    ("09:16 Karthik: Paati is 95, still asking for temple first", "95"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_when_an_elders_age_is_said_in_another_english_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert "AGE" in [t for t, _ in touching(analyzer, text, age)]


LOOK_ALIKES = [
    ("Ward round, Willow ward, 10/11/2026. Reviewed.", "Willow ward"),
    ("CONSULTATION NOTE - INFECTIOUS DISEASE\nDate of consult: 5/17/2024", "INFECTIOUS DISEASE"),
    ("Psychiatry review, Emergency, 9 October 2026.", "Emergency"),
    ("in the Southern hemisphere it is summer now", "Southern"),
    ("the Royal family was on the news", "Royal"),
    ("rise in TSH noted, repeat in 6 weeks", "TSH"),
    ("Night shelter full tonight, try again tomorrow", "Night"),
    ("gave out 3 Red Cross parcels today", "Red Cross"),
    ("HIV/HCV/HBV negative, per NICE/SIGN/2019 guidance", "NICE/SIGN/2019"),
    ("Name: Ama\nCollege: Calder sixth form\nReferred by: school", "\nCollege"),
    ("20:13 - Angel: omw tía. im leaving work now\n20:14 - Lupe: ok mijo\n20:15 - Angel: ok", "tía"),
    ("14:00 Obs: stable\n16:00 Plan: continue\n18:00 Obs: settled", "Obs"),
    ("sats poor, she be 92 on 2L", "92"),
    ("thanks mate will do", "will"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
