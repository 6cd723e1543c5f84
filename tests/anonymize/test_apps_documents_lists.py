"""App data, PII-benchmark documents and lists: the thirteenth round's tuning sets.

A network card's MAC address, a person's secrets after their label (passwords with a digit or a symbol, PINs,
card security codes, key-safe codes), GPS coordinates as one place (decimal pairs, labelled pairs, degrees and
minutes), an account's user name after "Account:" or a log's "user", ids after more national labels (PPSN,
Cartão SUS, Steuer-ID in brackets, a Medicare card's issue number); tables whose header names their columns
(a short row keeps the table open, Markdown's outer pipes, columns aligned by blanks, "Age/Sex", initials,
extensions); a census's "93F", an age after a name in a list entry or before the line's end; a given name's
initial after a family name ("Chen, W"), "Family, Given" found apart joined as one name; day-first dates at a
field's end and after a meeting's word; homes, nurseries, chemists and firms by their kind; names with their
accents ("Siobhán"); street lines after an address's label in any country's order. Look-alikes:
temperatures with "F", a catheter's French size, readings with few decimals, a password's everyday words,
ratings and counts in diaries, log event names, initials that are words. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    # devices, secrets and accounts
    ("wifi_scan ssid=home bssid=3C:7A:0E:91:D4:28 rssi=-51", "3C:7A:0E:91:D4:28"),
    ("Seriennr. 00-1B-44-11-3A-B7 (MAC), App 6.3.1", "00-1B-44-11-3A-B7"),
    ("switch port shows 0024.e49b.31a7 on vlan 20", "0024.e49b.31a7"),
    ("Action: temporary password Plum!Kettle-47 issued; must change at sign-in.", "Plum!Kettle-47"),
    ("I changed my password to bluebell2031! please don't tell", "bluebell2031!"),
    ("username: tmarsh_88\npassword: Zx4#pQ9!rT\nrole: Porter", "Zx4#pQ9!rT"),
    ("Meeting ID: 512 884 903 117 Passcode: kT7m2q", "kT7m2q"),
    ("dial-in: +44 20 3321 0000 PIN: 552 019 338#", "552 019 338#"),
    ("card number on file, expiring 11/28, CVV 604.", "604"),
    ("her PIN for the pharmacy locker is 7719.", "7719"),
    ("3. Mrs Daly, 14 Orchard Way – key safe 2285", "2285"),
    ("Reporter Key: 9f21c0\nAccount: rhian.t.bevan\nException Type: EXC_CRASH", "rhian.t.bevan"),
    ("Chatbot transcript, session 2024-05-02, user rhian.t.bevan\nBOT: Hi", "rhian.t.bevan"),
    ("dm me on twitch QuietHarbour77 or on discord", "QuietHarbour77"),
    ("fitbit_oauth refresh failed: fitbit_user=7KQ2XW pid=LDN-0091", "7KQ2XW"),
    # places by their coordinates
    ('LDN-0091,2024-02-07T06:58:11Z,"51.47120,-0.10833",home', "51.47120,-0.10833"),
    ("geofence_exit at=-34.92851, 138.60074 speed_mps=1.2", "-34.92851, 138.60074"),
    ("Her location sharing shows 12.97160, 77.59456. Please advise.", "12.97160, 77.59456"),
    ("last seen at 53.3498° N, 6.2603° W near the quays", "53.3498° N, 6.2603° W"),
    ("lat: 40.71, lng: -74.00 shared by the app", "40.71, lng: -74.00"),
    ("found at 53°20'59\"N 6°15'37\"W by the Garda", "53°20'59\"N 6°15'37\"W"),
    # ids after their national labels
    ("re PPSN 7341288K: your review is due", "7341288K"),
    ("Cartão SUS: 702 3318 4471 0926 — paciente", "702 3318 4471 0926"),
    ("Tax ID (Steuer-ID): 58 214 907 336\nBank: on file", "58 214 907 336"),
    ("Suburb: Ballarat\nMedicare card: 4417 20931 2\nWebster-pak weekly", "4417 20931 2"),
    # tables under a header
    ("WARD CENSUS\nBed | Name | Age/Sex | Hosp No\n1 | CARLOW, Edith | 94F | RX9 220 1188\n2 | closed\n"
     "3 | Pike, Norma | 81F | RX9 220 1190", "Pike, Norma"),
    ("| Staff | Role | Ext | Email |\n| Kofi Mensah | Ward Manager | 5514 | k.mensah@nhs.example |", "5514"),
    ("OPD Reg No    Name             Age/Sex   Place\n24/20117      Savitri Rao      93/F      Tumkur", "93"),
    ("OPD Reg No    Name             Age/Sex   Place\n24/20117      Savitri Rao      93/F      Tumkur",
     "Savitri Rao"),
    ("Scr ID | Init | Age | Elig\nS07-201 | K.M. | 67 | Y", "K.M."),
    ("case,date,school,yp,age\nC-7710,2024-10-01,Oakfield Academy,Kyle R,15", "Kyle R"),
    ("BED | PT | EDD\n4 | OKONJO | 19/10", "19/10"),
    # ages in lists, after names
    ("Rm 614  Hallworth, Vera  92F  MRN 00517790", "92"),
    ("Emergency list: 1) #NOF, Bay 4, Quigley 101F – ASA 4", "101"),
    ("Rm 3 Agatha Brennock 97 – soft diet, hoist x2", "97"),
    ("c4 ted (Edward Lusk) 95 – confused overnight", "95"),
    ("OT caseload\nPembury, Alfred      103  stairlift review", "103"),
    ("Customer: Mr Cyril Ambrose, 91\nSuburb: Bendigo", "91"),
    # names with initials and inverted names
    ("0800 Okafor, T 62M lap chole\n1000 Lindqvist, W 71F hip hemi", "Lindqvist, W"),
    ("4  Esposito, R.  vol, awaiting bed", "Esposito, R."),
    ("Kowalski J s3 – no leave; Rm 4 informal", "Kowalski J"),
    ("Repat list: Fairbairn A → Stirling Community Hospital", "Fairbairn A"),
    ("Lachance, Josée – d/c 2024-03-02 – to CHSLD", "Lachance, Josée"),
    # names opening a list's entry
    ("09:00  HALLSTROM Agnes    DOB 02/11/1938  new (son attending)", "HALLSTROM Agnes"),
    ("Rm 1 WHITCOMBE S  olanzapine 10mg – given", "WHITCOMBE S"),
    ("LEAVE STATUS – Cedar Ward\nMahmoud K s17 escorted 1hr; Rm 4 informal", "Mahmoud K"),
    ("8:00 tyler b 17m – adhd f/u", "tyler b"),
    # bleeps and pagers listed under their heading or column
    ("USEFUL BLEEPS: site manager 1400; pharmacist Ruth 1687", "1687"),
    ("Hospitalist pagers: A – Dr. Vasquez 87219; B – nocturnist", "87219"),
    ("ON-CALL\nDay | 1st on (bleep) | 2nd on (mobile)\nMon | Dr A. Iqbal (3318) | as Tue", "3318"),
    # ages in other languages' words, in brackets before what describes the person
    ("Raimundo Nonato Sales, 94 anos, morador de Sobral", "94"),
    ("Versicherte Irmgard Vogt, geb. 02.11.1931 (Alter 93), Kasse", "93"),
    ("Mr Higginson (96, lives alone at 2210 Bryant Ave S)", "96"),
    # a zone's offset after a date with its time
    ("Date/Time: 2024-03-02 23:41:17.5526 +0000\nOS Version: 17.3", "+0000"),
    # day-first dates at a field's end, after a meeting's word
    ("THEATRE 2  23/11  Surgeon: Mr P. Gallen", "23/11"),
    ("Inter-hospital transfer 19/05: patient to Caswell Clinic", "19/05"),
    ("Professionals mtg 16/06 re the placement", "16/06"),
    # forum bylines keep their user names; dates stay dates after clinic words
    ("moon_child_22 5h ago", "moon_child_22"),
    ("throwaway_acct 2 points", "throwaway_acct"),
    ("moon_child_22\n3 points", "moon_child_22"),
    ("appt 5/6 missed", "5/6"),
    ("COVID swab 3/4 neg", "3/4"),
    ("GPS 53.48, -2.24 at 21:10", "53.48, -2.24"),
    ('{"lat": 40.7128, "lon": -74.0060}', '40.7128, "lon": -74.0060'),
    # a short form before a name in brackets, a quoted nickname in brackets after one
    ("Care coordinator: Bex (Rebecca Strand) mob 07700 900913", "Bex"),
    ("Mindfulness group: Coops (Liam Cooper) + 3 regulars", "Coops"),
    ('Rm 3 OKONJO G ("Gem")  clozapine 150mg – refused', "Gem"),
    # names spelled with their accents, street lines after an address's label in any country's order
    ("Delivery for Siobhán Ní Bhriain, Apt 14, The Granary", "Siobhán Ní Bhriain"),
    ("Applicant: Ciarán Ó Murchú\nCurrent address: 22 St. Brendan's Park, Tralee", "Ciarán Ó Murchú"),
    ("Address: Hohenzollernring 58, 2. OG links, 50672 Köln", "Hohenzollernring 58, 2. OG links"),
    ("endereço: Rua Joaquim Floriano, 466, apto 82, Itaim Bibi", "Rua Joaquim Floriano, 466, apto 82"),
    ("Address: No. 17, 4th Cross, 9th Main, Bengaluru 560011", "No. 17, 4th Cross, 9th Main"),
    # true ages with one blank before them, given names that are clinical words after a family name
    ("Mrs X is a 92F with dementia", "92"),
    ("HPI: 94M with chest pain", "94"),
    ("Walker, June  91F", "91"),
    ("Bed 3: 91F, delirium", "91"),
    ("09:00  PRITCHARD Mary    DOB 02/11/1938", "PRITCHARD Mary"),
    ("CNS: 898 0012 3456 7890 — paciente", "898 0012 3456 7890"),
    ("Key safe code 1990", "1990"),
    # sites by their kind
    ("DELIVERY NOTE – Kariobangi Chemists\nDeliver to: the client", "Kariobangi Chemists"),
    ("RACF transfers: Bed 8 → Waratah Grove Aged Care Thurs", "Waratah Grove Aged Care"),
    ("nursery manager (Larchfield Nursery) attended", "Larchfield Nursery"),
    ("Case note – Upendo Children's Home\nChild admitted", "Upendo Children's Home"),
    ("site: Cedar Ridge Community Living, Brampton. Role: Support Worker", "Cedar Ridge Community Living"),
]

LOOK_ALIKES = [
    # temperatures, catheters, readings and units
    ("Obs: T 99F, HR 88, RR 18", "99"),
    ("Tmax 101F overnight, cultures sent", "101"),
    ("temp 98F oral", "98"),
    ("14F Foley inserted, draining clear", "14"),
    ("Urine SG 1.005, 1.020 repeat in am", "1.005"),
    ("Weights 72.3456, 71.2345 kg this week", "72.3456"),
    # secrets' words
    ("Click the password reset link.", "reset"),
    ("The password is wrong again.", "wrong"),
    ("Password must be 8 characters.", "8"),
    # ratings and counts
    ("EMA prompt: mood 3/7, anxious 5/7, lonely 6/7.", "5/7"),
    ("humor=4/7 energia=2/7 texto curto", "2/7"),
    ("EMA 2/4 missed. 3/4 answered at 15:12.", "3/4"),
    ("urine screens 3/3 neg this month", "3/3"),
    ("Mindfulness group – attendance 6/8 tonight", "6/8"),
    # log event names and template fields
    ("enrol_event participant_id=MBX-7710 consent=yes", "enrol_event"),
    ("screen events: unlocks 143, screen_time_min 412, first_unlock 07:02", "screen_time_min"),
    ("consent_log\nrecord,participant,scope", "consent_log"),
    ('push template: "Hi {first_name}, time for your check-in"', "first_name"),
    # list entries that open on no name, numbers near a pager in prose
    ("Scored 22 on the Michigan scale; Glasgow 15; Norton 14; Braden 16.", "Braden"),
    ("MDT handover 20:45: Rowan Ward 4 pts on enhanced obs.", "Rowan Ward"),
    ("2300 calmer, asked for his brother", "calmer"),
    ("Hiya, is this the right number for the service?", "Hiya"),
    ("Rm 2  Lithium 400mg – WITHHELD, level 1.3", "Lithium"),
    ("1. Pain R knee – for x-ray", "Pain R"),
    ("has a pager at work; weight 150 lbs today", "150"),
    ("the alter ego 95 times over", "95"),
    # from a read of the round's diff with probes: temperatures, distances, rooms and readings beside names
    ("Tmax 101.2F, now 98F", "98"),
    ("VS: 98F 72 16 120/80", "98"),
    ("Febrile to 101F overnight", "101"),
    ("MOBILISED 100M WITH ZIMMER FRAME", "100"),
    ("Rm 92F", "92"),
    ("Mary Jones 104\nPeter Smith 105", "104"),
    ("Name  HR  BP\nJohn Smith  110  120/80", "110"),
    ("Mrs Mary Jones 96 – sats stable", "96"),
    ("Mary Jones 102F temp spike", "102"),
    ("CVP 12.3456, 13.0000", "12.3456"),
    ("pH 7.3512, 7.4021", "7.3512"),
    ("accel: 0.0123, -0.9812, 0.1734", "0.0123"),
    ("lat 2.50 long 3.10 (flexion) cm", "2.50"),
    ("appt 5/6 missed", "missed"),
    ("NIV 16/8  FiO2 0.4", "16/8"),
    ("on NIV 18/8 – sats 92%", "18/8"),
    ("sat 94-95-96-97-98-99", "94-95"),
    ("PwD T1DM group 14:00", "T1DM"),
    ("Hx of CSC 2019 left eye", "2019"),
    ("Pin 2019 removal planned by ortho", "2019"),
    ("CNS 12.5 13.2 14.8 (CSF protein)", "12.5"),
    ("Medicare card 2953 18406 1 of 3 copies", "1 of"),
    ("Smoker, user i.v. heroin", "i.v"),
    ("| Init | Ward | Dx |\n| NBM | 4 | CAP |", "NBM"),
    ("Jones T 38.5 HR 110", "T 38"),
    ("Patel K 3.1 replaced", "K 3"),
    ("Address: 2 weeks since last visit", "2 weeks"),
    ("Occupation and usual address: Warehouse operative; 41 Fearnville Terrace", "Warehouse"),
    ("Cannabis (user non-compliant with abstinence).", "non-compliant"),
    ("Patient (John Ruiz) was seen in clinic.", "Patient"),
    # from a second read with probes: flags, groups, notes, foreign words, readings, times, spans of time
    ("Bed 3 DNACPR Y  in place", "DNACPR Y"),
    ("Dx: Cluster B (EUPD)", "Cluster B"),
    ("4. Factor V  leiden", "Factor V"),
    ("Goals to address: Weight 95kg, 2 falls", "Weight"),
    ("Address: see EPR for 2nd address", "EPR"),
    ("Address: Ward 5, Room 12", "Ward 5"),
    ("Pager: 4821, called at 1415", "1415"),
    ("Bleep - sodium 118", "118"),
    ("Bleep: no answer 0315, 0330", "0315"),
    ('Smith ("DNR") in bay 3', "DNR"),
    ('Mary Lee ("Mum") visited', "Mum"),
    ("Nan (Mary Lee) visited", "Nan"),
    ("Home INR 2.35, 3.10", "2.35"),
    ("Die Brüder kamen am Abend.", "Brüder"),
    ("it was 95F outside", "95"),
    ("Il y a 100 ans", "100"),
    ("90 ans de service", "90"),
    ("Please alter 100 to 150", "100"),
    ("12/03/2024 09:00 -1200 mL fluid balance", "-1200"),
    ("Mr Jones (99, afebrile) on the ward", "99"),
    ("Pin 2019 removal planned by ortho", "2019"),
    # initials that are words, lists of first names
    ("I told Jones I think twice.", " I "),
    ("Smith A and B were on the rota.", " A "),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_an_identifier_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []


def test_when_first_names_are_listed_then_they_are_not_joined_as_one_inverted_name(analyzer: TextAnalyzer):
    text = "Invited Anna, Maria and Jo to group."
    spans = analyzer.analyze([text])[0]
    assert not any(text[s.start : s.end] == "Anna, Maria" for s in spans)
