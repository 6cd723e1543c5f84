"""User names where a message comes from or a log names its user, houses named for what they promise, elders' ages
after a titled name, spaced record numbers and days by their month (issue #10, 23rd round).

"App feedback from quietstorm88", "indexed by dwhitlock", "Pt to Haven House", "Mrs Whitcombe is 96,", "MR# 662 01
84", "til the 15th then": each with the look-alikes the same words make. Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

USER_NAMES = [
    ("App feedback from quietstorm88: the breathing exercise is great.", "quietstorm88"),
    ("Mods flagged a self-harm post from moth3rfae (that's her).", "moth3rfae"),
    ("We received a request to reset the password for tyrone.beckford88 from a new device.", "tyrone.beckford88"),
    ("tumblr post by ghostlightgarden: happy 1 year since discharge", "ghostlightgarden"),
    ("referral_20250307.pdf indexed by dwhitlock doc type REFERRAL_IN", "dwhitlock"),
    ("Face sheet printed by mkovacs at 22:47.", "mkovacs"),
    ("Discharge summary printed by mkovacs.", "mkovacs"),
    ("Chart accessed by okafora.", "okafora"),
    # a chat export's speaker after the stamp and an em dash, a dot in the name
    ("03/11/2024 11:42 PM — kayla.exe: anyone up\n03/11/2024 11:43 PM — Mo: ya cant sleep", "kayla.exe"),
    ("Yesterday at 9:18 PM — Jody: anyone\nYesterday at 9:20 PM — peregrine.falcon: yeah ur GP", "peregrine.falcon"),
]
NOT_USER_NAMES = [
    ("Report from ward3b about the fall.", "ward3b"),
    ("Message from covid19 team: clinic closed.", "covid19"),
    ("Feedback from PHQ9 scores was fine.", "PHQ9"),
    ("Password for wifi2go is on the fridge.", "wifi2go"),
    ("Letter scanned by reception and filed.", "reception"),
    ("Chart viewed by admin today.", "admin"),
    ("The file was accessed by unauthorised staff.", "unauthorised"),
    ("Door opened by mistake at 0300.", "mistake"),
    # the reviewers' look-alikes: products, forms, bots, no-reply senders, specialties, tools and program logs
    ("Message from Omnipod5: pod expired.", "Omnipod5"),
    ("Feedback from FFT_Q3 shows 92% would recommend.", "FFT_Q3"),
    ("Email from noreply.nhs regarding your appointment.", "noreply.nhs"),
    ("Teams post by Ward4B: bay 3 closed for deep clean.", "Ward4B"),
    ("Pinned post by AutoModerator: please read the rules.", "AutoModerator"),
    ("CT viewed by orthogeriatrics, no fracture.", "orthogeriatrics"),
    ("Attachment scanned by clamav, clean.", "clamav"),
    ("consent uploaded by docusign", "docusign"),
    ("audit: record 4471 accessed by cron.daily", "cron.daily"),
    ("11/03/24 09:01 — app.main: starting worker\n11/03/24 09:02 — app.main: ready", "app.main"),
]
NOT_SPEAKERS = [
    ("11/03/24 09:01 — WARN: disk at 85%\n11/03/24 09:05 — ERROR: write failed", "WARN"),
]
ELDERS_AGES = [
    ("Mrs Whitcombe is 96, Clinical Frailty Scale 7, delirium resolved.", "96"),
    ("Update kay Lola Remedios: she's 91 na po, still sharp pero forgetful.", "91"),
    ("Si Lola Pacita ay pumanaw noong March 2, 2024 sa edad na 98.", "98"),
    ("ppt (91y F) fall at home, bruised L hip", "91"),
    ("Mr O'Neill is 94, lives alone.", "94"),
    ("Mr Ali is 93 and lives with his son.", "93"),
]
NOT_AGES = [
    # a titled name's past number is a fever as often
    ("Mr Khan was 99 this morning, paracetamol given.", "99"),
    ("Mr Khan was 101.", "101"),
    ("Mrs Patel's score was 96, up from 90.", "96"),
    ("Mr Jones is 95% sure he took it.", "95"),
    ("Ms Li was 92 kg on admission.", "92"),
    ("Life table: 95y M 0.31, 95y F 0.26.", "95"),
    # the reviewers' readings, ranks and scores after a titled name
    ("Mr Lee is 92, sats on air.", "92"),
    ("Ms Fox is 98, on 2L.", "98"),
    ("Mr Patel is 99, febrile overnight.", "99"),
    ("Mrs Cole is 92, down from 95 yesterday.", "92"),
    ("Leaderboard: Mrs Webb is 98, Ms Hall is 95.", "98"),
    ("Mr Khan is 101.", "101"),
    ("Patient Experience, ninety-two.", "ninety-two"),
    ("si lola, she's 95 na sugar niya kanina.", "95"),
    ("sa edad na 90 araw, pwede na ang bakuna.", "90"),
]
RECORD_NUMBERS = [
    ("Abernathy, Clement   MR# 662 01 84\nEvents: Extubated 10:30", "662 01 84"),
    ("Seen today, MR#: 662 01 84.", "662 01 84"),
    ("OHIP 5563 218 904 JL\nWorks nights as a PSW.", "5563 218 904 JL"),
    ("CAF - Sgt Eric Lapointe, SN J48 291 553, CFB Valcartier.", "J48 291 553"),
    ("Ff Tamati Ngata (QID 40213), Rotorua station.", "40213"),
]
NOT_RECORD_NUMBERS = [
    ("Clinic #: 218 12 beds open tonight.", "12"),
    ("SN Nur Aqilah to do med reconciliation.", "Nur"),
    ("Paracetamol 1 g (QID 5 days) then review.", "5"),
    ("Chlorhexidine mouthwash (QID 0600)", "0600"),
    ("Order set (QID Q6H1)", "Q6H1"),
    ("Run# 100 50 25; repeat", "50"),
    ("Bed # 312 14; bed # 315 16.", "14"),
]
DAYS = [
    ("Carla: ya til the 15th then they kick me out.", "the 15th"),
    ("Graduation tentatively the 17th next month.", "the 17th"),
]
NOT_DAYS = [
    ("He came 2nd then 3rd in the relay.", "3rd"),
    ("She finished the 3rd then left.", "the 3rd"),
    ("Pt fell again, the 3rd this month.", "the 3rd"),
    ("She came in the 3rd then moved up to 2nd place.", "the 3rd"),
    ("He ranked the 8th last month in sales.", "the 8th"),
]
HOUSES = [
    ("Pt to Haven House (men's shelter) with ACT team f/u.", "Haven House"),
    ("Called the Hope Center, they have a bed next week.", "Hope Center"),
    ("KOVAC, MILA - accepted by RENEWAL HOUSE 11/21.", "RENEWAL HOUSE"),
    ("PT TO HAVEN HOUSE TODAY", "HAVEN HOUSE"),
    ("Hi KEISHA, this is Hope House reminding you of your group.", "Hope House"),
    ("Pt attends the Clubhouse at Stepping Stone House in Newtown.", "Stepping Stone House"),
]
NOT_HOUSES = [
    ("She lives in a Safe House now.", "Safe House"),
    ("We met at the Open House at school.", "Open House"),
    ("Staff hope house rules are followed.", "house"),
    ("PATIENT EXPRESSES HOPE HOUSE WILL BE SOLD SOON.", "HOPE HOUSE"),
    ("HOPE HOUSE MOVE GOES WELL SAYS PT", "HOPE HOUSE"),
    ("Family Hope House Sale Goes Through", "Hope House"),
    ("Designated A Beacon Center Of Excellence", "Beacon Center"),
    ("Reading Stepping Stones House Rules (handout).", "Stepping Stones House"),
    ("Keystone Place flap planned for the shin defect.", "Keystone Place"),
    ("Mindfulness: imagine your Safe Place, your Serenity Place.", "Serenity Place"),
]


@pytest.mark.parametrize(("text", "name"), USER_NAMES)
def test_when_a_message_or_a_log_names_its_account_then_it_is_found(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "word"), NOT_USER_NAMES)
def test_when_a_ward_a_test_or_a_desk_stands_there_then_no_user_name(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert all(kind != "SOCIAL_HANDLE" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "word"), NOT_SPEAKERS)
def test_when_a_program_logs_with_a_24_hour_clock_then_its_level_is_no_speaker(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert touching(analyzer, text, word) == []


@pytest.mark.parametrize(("text", "age"), ELDERS_AGES)
def test_when_an_elder_is_named_with_the_age_then_it_is_an_age(analyzer: TextAnalyzer, text: str, age: str) -> None:
    assert any(kind == "AGE" for kind, _ in touching(analyzer, text, age))


@pytest.mark.parametrize(("text", "number"), NOT_AGES)
def test_when_a_titled_name_has_a_reading_or_a_fever_then_no_age(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert all(kind != "AGE" for kind, _ in touching(analyzer, text, number))


@pytest.mark.parametrize(("text", "number"), RECORD_NUMBERS)
def test_when_a_record_or_service_number_is_spaced_then_it_is_found_whole(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert covered(analyzer, text, number)


@pytest.mark.parametrize(("text", "word"), NOT_RECORD_NUMBERS)
def test_when_a_count_or_a_nurse_follows_then_it_is_no_id(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind not in ("ID_NUMBER", "MEDICAL_RECORD_NUMBER") for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_when_a_day_is_set_by_its_month_or_a_then_it_is_a_date(analyzer: TextAnalyzer, text: str, day: str) -> None:
    assert any(kind == "DATE_TIME" for kind, _ in touching(analyzer, text, day))


@pytest.mark.parametrize(("text", "word"), NOT_DAYS)
def test_when_an_ordinal_ranks_then_it_is_no_date(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "DATE_TIME" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "name"), HOUSES)
def test_when_a_house_is_named_for_what_it_promises_then_it_is_a_facility(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "words"), NOT_HOUSES)
def test_when_a_house_is_a_kind_or_an_event_then_no_facility(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert all(kind != "FACILITY" for kind, _ in touching(analyzer, text, words))


# Second batch of the round: a town's hospital, school or station by the one word it is called by there, a brand's
# branch by its town, streets of one name or on a hill, postcodes closing an address, a phone in brackets after a
# name, initials a court names a party by, a citation, a chart number, a day's date by its cue and an Android log's.
SITES_BY_TOWN = [
    ("im being sent there from Salford Royal on Monday 9th", "Salford Royal"),
    ("Disability Resources at Kent State and is approved.", "Kent State"),
    ("Transport nonemergent to Maine Med, tox notified.", "Maine Med"),
    ("Case opened at Kuils River SAPS.", "Kuils River SAPS"),
    ("Case opened at SAPS Rondebosch, CAS 389/05/2025.", "SAPS Rondebosch"),
    ("Priory Roehampton: declined, acuity too high", "Priory Roehampton"),
    ("Referral made to CAMHS Westmeath.", "CAMHS Westmeath"),
    ("Ambulance Victoria booked, case AV26-118842.", "Ambulance Victoria"),
]
NOT_SITES_BY_TOWN = [
    ("shop on Leeds High Street", "High"),
    ("Seen in Leeds General practice today.", "General"),
    # the reviewers' look-alikes: a town's word that goes on, a state's code, a worker's name after a team
    ("London High winds brought trees down overnight.", "High"),
    ("HPI: 45M from Boston Medical history of HTN.", "Medical"),
    ("He is a Georgia State Senator from Atlanta.", "State"),
    ("Arlington, VA Washington DC area traffic is heavy.", "VA"),
    ("CMHT Jane will visit on Friday.", "CMHT"),
    ("Mercy Jones called", "Mercy Jones"),
    ("Born Leeds 1960", "Born"),
]
STREETS = [
    ("caller from payphone outside Circle K, 801 E Broadway, says he is going", "801 E Broadway"),
    ("the Anytime Fitness at 4410 Kingsway in Burnaby.", "4410 Kingsway"),
    ("his sister, of 61 Lavender Hill, Enfield, EN2 0QA.", "61 Lavender Hill"),
]
NOT_STREETS = [
    ("Day 2 Primrose Hill walk", "2 Primrose Hill"),
    ("we saw 2 Broadway shows", "2 Broadway"),
    ("She has starred in 12 Broadway, 5 West End and 3 touring productions.", "12 Broadway"),
    ("In 1964 Broadway, like the rest of New York, changed.", "1964 Broadway"),
    ("Transferred to bed 4 Kingsway.", "4 Kingsway"),
    ("Lap 3 Box Hill, Dorking loop.", "3 Box Hill"),
]
POSTCODES = [
    ("Forms to PO Box 562, Mthatha, 5099, attention the social worker.", "5099"),
    ("flat is B-402, Sai Krupa CHS, Marol Maroshi Road, 400059. society secretary", "400059"),
    ("we're at Blk 231 Bishan St 22 #05-118, 570231. the uncle next door", "570231"),
]
NOT_POSTCODES = [
    ("Forms to PO Box 5, Smith, 2019, attention the social worker.", "2019"),
    ("PO Box 5, Patel, 0930", "0930"),
]
PHONES = [
    ("NOK: husband Chua Boon Hock (9123 4567). Husband's grandmother", "9123 4567"),
]
NOT_PHONES = [
    ("Mr Lee (2019 2020) seen.", "2019 2020"),
    ("Night cover Dr Chen (2000-0800).", "2000-0800"),
    ("Steps goal set by physio Keith (5000-8000).", "5000-8000"),
]
PARTIES_AND_NUMBERS = [
    ("DOCKET NO. 2652MH000418\nIN THE MATTER OF: J.R.B.\nORDER FOR COMMITMENT", "J.R.B."),
    ("In the matter of KL (a child)", "KL"),
    ("Case Name: ZRT [2021] NSWCATGD 41\nHearing Date(s): 4 August 2021", "[2021] NSWCATGD 41"),
    ("The Public Guardian is appointed.\nFile Number(s): 2021/00214583", "2021/00214583"),
    ("Re: Misc. Application No. E041 of 2024 — Ochieng", "E041 of 2024"),
    ("Royal Mail tracked TT 4812 9957 3GB. Strap missing", "TT 4812 9957 3GB"),
    ("this is nathaniel osei-bonsu m d n p i 1487 662 039 calling in a prescription", "1487 662 039"),
    ("FENWICK-ABASOLO, RAFAEL 880-43-21\nDISCHARGE SUMMARY", "880-43-21"),
    ("Audit extract:\n2025-01-05 22:47:19\tmkovacs\tPRINT\tface sheet", "mkovacs"),
]
NOT_PARTIES_OR_NUMBERS = [
    ("In the matter of the MHA 1983", "MHA"),
    ("BP 120-80-60", "120-80-60"),
    ("case 2 of 2024", "2 of 2024"),
    # a precedent the text cites is published, not the case's own
    ("M (Zimbabwe) v SSHD [2020] UKSC 17 and gave no reasons", "[2020] UKSC 17"),
    ("12:00\tinsulin\t4 units", "insulin"),
    ("In the matter of DNR, daughter agrees.", "DNR"),
    ("In the matter of DOLS (deprivation of liberty safeguards).", "DOLS"),
    ("Order 120 of 2023 was placed with the supplier.", "120 of 2023"),
    ("Constitution of the Republic of South Africa, Act No. 108 of 1996.", "108"),
    ("She tracked 1200 steps yesterday.", "1200"),
    ("Glucose 110-95-87", "110-95-87"),
    ("eGFR 102-88-76", "102-88-76"),
    ("CRP 120-56-23", "120-56-23"),
    ("Coding was updated [2024] ICD 10 for all records.", "ICD 10"),
]
DAY_DATES = [
    ("Referral to a peer support group accepted, starts 14/10.", "14/10"),
    ("admitted via ED 22/07 post fall from ladder.", "22/07"),
    ("04-07 02:14:33.420  1422  1501 W SensingSvc: wifi", "04-07"),
]
NOT_DAY_DATES = [
    ("Red Rum started 13/8 favourite and won.", "13/8"),
    ("ED 14/12 breaches today, escalated to bronze.", "14/12"),
    ("went 14/12 without a drink", "14/12"),
    ("First game ended 21/10 to the home side.", "21/10"),
    ("10-12 00:30:00 of sleep recorded by the watch", "10-12"),
]
KIN_WORD_NAMES = [
    ("Family: son Will (HCP) at 617-555-0140", "Will"),
    ("mum Hope says he is better", "Hope"),
]
NOT_KIN_WORD_NAMES = [
    ("son will be in later", "will"),
]


@pytest.mark.parametrize(("text", "site"), SITES_BY_TOWN)
def test_when_a_town_and_its_sites_word_or_brand_stand_together_then_one_facility(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)
    assert ("FACILITY" in {kind for kind, _ in touching(analyzer, text, site)})


@pytest.mark.parametrize(("text", "word"), NOT_SITES_BY_TOWN)
def test_when_a_street_an_office_or_a_person_follows_then_no_site(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert all(kind != "FACILITY" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_when_a_street_has_one_name_or_is_a_hill_then_it_is_an_address(
    analyzer: TextAnalyzer, text: str, street: str
) -> None:
    assert covered(analyzer, text, street)


@pytest.mark.parametrize(("text", "words"), NOT_STREETS)
def test_when_a_walk_or_a_show_is_counted_then_no_address(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert all(kind != "STREET_ADDRESS" for kind, _ in touching(analyzer, text, words))


@pytest.mark.parametrize(("text", "code"), POSTCODES)
def test_when_a_code_closes_an_address_then_it_is_a_postcode(analyzer: TextAnalyzer, text: str, code: str) -> None:
    assert any(kind == "ZIP_CODE" for kind, _ in touching(analyzer, text, code))


@pytest.mark.parametrize(("text", "year"), NOT_POSTCODES)
def test_when_a_year_closes_an_address_then_no_postcode(analyzer: TextAnalyzer, text: str, year: str) -> None:
    assert all(kind != "ZIP_CODE" for kind, _ in touching(analyzer, text, year))


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_when_eight_digits_follow_a_name_in_brackets_then_a_phone(
    analyzer: TextAnalyzer, text: str, phone: str
) -> None:
    assert any(kind == "PHONE_NUMBER" for kind, _ in touching(analyzer, text, phone))


@pytest.mark.parametrize(("text", "years"), NOT_PHONES)
def test_when_years_follow_a_name_in_brackets_then_no_phone(analyzer: TextAnalyzer, text: str, years: str) -> None:
    assert all(kind != "PHONE_NUMBER" for kind, _ in touching(analyzer, text, years))


@pytest.mark.parametrize(("text", "value"), PARTIES_AND_NUMBERS)
def test_when_a_court_a_clinic_or_a_log_names_by_letters_or_numbers_then_they_are_found(
    analyzer: TextAnalyzer, text: str, value: str
) -> None:
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), NOT_PARTIES_OR_NUMBERS)
def test_when_an_act_a_reading_a_count_or_a_drug_stands_there_then_nothing(
    analyzer: TextAnalyzer, text: str, value: str
) -> None:
    assert touching(analyzer, text, value) == []


@pytest.mark.parametrize(("text", "day"), DAY_DATES)
def test_when_a_day_follows_a_start_or_an_arrival_then_it_is_a_date(
    analyzer: TextAnalyzer, text: str, day: str
) -> None:
    assert any(kind == "DATE_TIME" for kind, _ in touching(analyzer, text, day))


@pytest.mark.parametrize(("text", "ratio"), NOT_DAY_DATES)
def test_when_odds_scores_or_months_follow_such_words_then_no_date(
    analyzer: TextAnalyzer, text: str, ratio: str
) -> None:
    assert all(kind != "DATE_TIME" for kind, _ in touching(analyzer, text, ratio))


@pytest.mark.parametrize(("text", "name"), KIN_WORD_NAMES)
def test_when_a_kin_words_name_is_a_word_and_a_deed_follows_then_a_person(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert any(kind == "PERSON" for kind, _ in touching(analyzer, text, name))


@pytest.mark.parametrize(("text", "word"), NOT_KIN_WORD_NAMES)
def test_when_a_kin_word_is_followed_by_a_modal_then_no_person(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert touching(analyzer, text, word) == []
