"""Dates, ages, phones and ids in UK notes, peer-support posts and forms (issue #10).

UK, Irish and Australian notes write the day first ("entry 19/4", "Wed 22/05", "A&E 19/10 04:20",
"24/12 to 27/12"), a weekday with an ordinal ("Mon 3rd") and "the 3rd" with its article; posts tell a
relative's age without a unit ("my abuela is 96", "she's 91 and lives alone"), letters after a name
("Winifred Ashcombe, 94, room 12"); UK hospitals page by "bleep"; a caller reads a phone number out
in words; police collar numbers, crime references, sort codes, BSBs and health-card numbers follow
their labels. Look-alikes: UK durations ("3/12 ago"), mood ratings ("mood 3/10", "10/10 recommend"),
ordinals that count, a statute's year ("Mental Health Act 1983"), temperatures, counts read aloud,
a neighbour's house number, a place in a queue, a CPT code and a drug's lot number. Every value is
invented.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.dates import shift_date_text
from confide.anonymize.recognizers import create_recognizer
from tests.anonymize.conftest import covered, touching, variants


def _cased(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written and in capitals (a place or a name needs its capitals)."""
    return [(text, target), (text.upper(), target.upper())]


DATES = [
    *variants("HTT entry 19/4 - seen at home with sister.", "19/4"),
    *variants("CPN note Wed 22/05\nDepot given, L deltoid.", "Wed 22/05"),
    *variants("Depot given, next due 19/06 (monthly).", "19/06"),
    *variants("Attended A&E 19/10 04:20 with chest pain.", "19/10"),
    *variants("Call log Sat 14/09 23:05 - caller upset.", "14/09"),
    *variants("Dr Haddad covering on-call 24/12 to 27/12.", "24/12"),
    *variants("Dr Haddad covering on-call 24/12 to 27/12.", "27/12"),
    *variants("Diary 29/11\nbad day at work.", "29/11"),
    *variants("Forms checked on Mon 3rd, then sent.", "Mon 3rd"),
    *variants("GP appt Thurs 9th 10:20, writing it here.", "Thurs 9th"),
    *variants("No contact since the 3rd. Will try again.", "the 3rd"),
    *variants("His birthday is the 5th of May.", "the 5th of May"),
    # a place needs its capitals: "came to us 2008" may be this service
    *_cased("Came to US 2008, works nights.", "2008"),
    *variants("Care assistant at a nursing home (left 2018).", "2018"),
]

DATE_LOOK_ALIKES = [
    *variants("Plan: review after 14/7 of treatment.", "14/7"),
    *variants("Mood 3/10 anxiety 8/10 today.", "3/10"),
    *variants("Mood 3/10 anxiety 8/10 today.", "8/10"),
    *variants("Mood charts on Sundays. 10/10 recommend it.", "10/10"),
    *variants("Detained under the Mental Health Act 1983 last night.", "1983"),
    *variants("We sat 2nd time round at the back.", "2nd"),
    *variants("It was the 3rd time this month.", "3rd"),
]

# spaCy may still call "18/12 ago" a DATE: only the rule-based date recognizer is held to it here.
DURATION_LOOK_ALIKES = [
    *variants("Low mood for 3/12, first seen 18/12 ago.", "18/12"),
    *variants("Panic attacks since 14/7 ago, worse at night.", "14/7"),
]

AGES = [
    *variants("Patient: Eileen Dempsey, 91 yrs. Referred by the ward.", "91"),
    # the name as written only: "PT SATS DROPPED, 94" has the same shape in capitals
    ("Resident Winifred Ashcombe, 94, room 12.", "94"),
    *variants("Memory clinic: DOB 1933, 91 yrs. Came with his son.", "91"),
    *variants("my abuela is 96 and still asks about me", "96"),
    *variants("grandpa is 102 and has outlived three wives", "102"),
    *variants("my nan, she's 91 and lives on her own", "91"),
    *variants("my abuelo Ernesto was 99 when he passed", "99"),
]

AGE_LOOK_ALIKES = [
    *variants("My mom was 101 F and shivering all night.", "101"),
    *variants("She's 95% sure she left it there.", "95"),
    *variants("My dad is 92 kg now.", "92"),
    *variants("My mom temp was 101 and she was shivering.", "101"),
    *variants("Pt sats dropped, 94 on room air.", "94"),
    *variants("They were married for 90 years ago, the story goes.", "90"),
    *variants("Mr Smith, 120/80 on arrival.", "120"),
]

PHONES = [
    *variants("Dr Haddad on call. Bleep 1147 for the ward.", "1147"),
    *variants("Our number is six one four, five five, zero one two, thanks.", "six one four, five five, zero one two"),
]

PHONE_LOOK_ALIKES = [
    *variants("We counted one two three four five six seven eight out loud.", "one two three"),
    *variants("The alarm bleeped 12 times overnight.", "12"),
]

IDS = [
    *variants("Officers PC Achterberg (collar 4417) attended.", "4417"),
    *variants("Collateral from police, crime ref 20/118843/24.", "20/118843/24"),
    *variants("Rx 2281930-04771 is ready for pickup.", "2281930-04771"),
    *variants("My account is 12345678 and my sort code is 60-16-13.", "60-16-13"),
    *variants("Please pay BSB 062-000 account 1234 5678.", "062-000"),
    *variants("Address in Montreal. RAMQ: TREG 8562 1534.", "TREG 8562 1534"),
    *variants("NI number AB 12 34 56 C on the form.", "AB 12 34 56 C"),
    # a rank and a name need their capitals
    *_cased("Collateral from PC Gurdeep Sandhu WM 6612, by phone.", "WM 6612"),
]

ID_LOOK_ALIKES = [
    *variants("Neighbour at no. 12 keeps sending signals.", "12"),
    *variants("You are number 14 on the list for the group.", "14"),
    *variants("Billing note: claim for 90837 denied.", "90837"),
    *variants("Sertraline 50 mg, lot 4K2291, two refills.", "4K2291"),
    *variants("Wearing a c-collar 10 days after the fall.", "10"),
    *variants("Yo no tengo ni 20 años.", "20"),
    ("Plays on PC Gamer Edition 2019 nightly.", "2019"),
]


@pytest.mark.parametrize(("text", "target"), DATES)
def test_when_day_first_weekday_or_article_date_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), DATE_LOOK_ALIKES)
def test_when_duration_rating_statute_or_counting_ordinal_then_no_date(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "DATE_TIME"]


@pytest.mark.parametrize(("text", "look_alike"), DURATION_LOOK_ALIKES)
def test_when_uk_duration_after_a_date_word_then_the_date_recognizer_leaves_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert ("DATE_TIME", "DateFormsRecognizer") not in touching(analyzer, text, look_alike)


@pytest.mark.parametrize(("text", "target"), AGES)
def test_when_relative_or_resident_age_over_89_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), AGE_LOOK_ALIKES)
def test_when_temperature_percent_weight_or_pressure_then_no_age(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "AGE"]


@pytest.mark.parametrize(("text", "target"), PHONES)
def test_when_bleep_or_number_in_words_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), PHONE_LOOK_ALIKES)
def test_when_counting_aloud_or_a_beep_count_then_no_phone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "target"), IDS)
def test_when_collar_crime_ref_bank_or_health_card_number_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), ID_LOOK_ALIKES)
def test_when_house_number_queue_place_cpt_code_or_lot_then_no_id(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("value", "days", "expected"), [("the 5th of May", 3, "the 8th of May"), ("The 30th of April", 3, "The 3rd of May")]
)
def test_when_date_has_its_article_then_the_shift_keeps_it(value: str, days: int, expected: str) -> None:
    assert shift_date_text(value, days) == expected


# --- fixes after a review ---

# A short number after a qualified "no"/"number", or one followed by more digit groups, is an id.
IDS_AFTER_NO = [
    *variants("Hosp no 12 345 678 on the wristband.", "12 345 678"),
    *variants("Seen today, service user no 88, with carer.", "88"),
    *variants("Client number 42 on the waiting list.", "42"),
    *variants("Hosp no. 45 checked at triage.", "45"),
    *variants("Pt no 77 123 456 transferred.", "77 123 456"),
]

# A shoulder's range of movement and a cervical collar's clock time; a police collar number still counts.
COLLAR_LOOK_ALIKES = [
    *variants("R shoulder 110 flex, L shoulder 140 abd.", "110"),
    *variants("R shoulder 110 flex, L shoulder 140 abd.", "140"),
    *variants("Shoulder 150 degrees abduction today.", "150"),
    *variants("Cervical collar 1200 hrs removed by physio.", "1200"),
    *variants("Philadelphia collar 1000 changed, skin intact.", "1000"),
    *variants("Collar 0800 hrs refitted by the nurse.", "0800"),
]
COLLAR_IDS = [
    *variants("Statement taken, shoulder no. 2290 on it.", "2290"),
    *variants("Police officer attended, collar 5521, no arrest.", "5521"),
    *variants("Collar 4417 arrested him outside the flat.", "4417"),
]

# A child's, a partner's or a sibling's "was 103" is a fever; so is a bare "he's 104".
AGE_FEVER_LOOK_ALIKES = [
    *variants("my son was 103 and the tylenol did nothing", "103"),
    *variants("my daughter is 102 now and crying", "102"),
    *variants("he's 104 and not eating, called the nurse line", "104"),
    *variants("my brother was 100 when the ambulance came", "100"),
    *variants("he's 100 and I mean 100% done with me", "100"),
    *variants("he's 95 now, lol his grades", "95"),
    *variants("my husband was 101 and sweating all night", "101"),
    *variants("Pt Mary Brown, 120, weight kg", "120"),
    *variants("Client Sam Ward, 98, HR 110", "98"),
    *variants("We were together, 90 years.", "90"),
    *variants("Spent (100 years) in the ward, she said.", "100"),
]
ELDER_AGES = [
    *variants("My gran, who is 97, lives alone.", "97"),
    *variants("Nan turned 95 last week and we had cake.", "95"),
    *variants("my great-grandma is 101 and still knits", "101"),
    # anyone's age when they died
    *variants("my brother Steve was 94 when he died", "94"),
]

# The second half of a range of settings, scores or quantities; ranges of dates stay.
RANGE_LOOK_ALIKES = [
    *variants("BiPAP 16/8 to 18/8 at night.", "18/8"),
    *variants("Switched from 16/8 to 20/4 fasting.", "20/4"),
    *variants("Switched from 16/8 to 20/4 fasting.", "16/8"),
    # "IF" (intermittent fasting) in capitals only: "if" is a conjunction
    *_cased("Went from 18/6 - 20/4 IF and lost weight.", "20/4"),
    *variants("Dose titrated 15/5 - 20/5 mg.", "15/5"),
    *variants("He drank 16/8 to 20/8 units a day.", "16/8"),
    *variants("Sats 13/12 to 14/12 kPa on air.", "13/12"),
    *variants("Ratio 13/3 to 14/3 on the chart.", "14/3"),
    *variants("PEEP 14/5 - 16/5 overnight.", "16/5"),
]

# A clock time after "left"/"joined" with no place between.
LEFT_JOINED_LOOK_ALIKES = [
    *variants("Pt left 2010 with mother.", "2010"),
    *variants("Visitor left 2005.", "2005"),
    *variants("Pt left 2012 against advice.", "2012"),
    *variants("Son joined 2010 video call.", "2010"),
    *variants("Dr Patel joined 2005 ward round.", "2005"),
    *variants("Police arrived at 2010 and left 2040.", "2040"),
]
LEFT_JOINED_YEARS = [
    *_cased("Family left Iran 2014 and came here.", "2014"),
    *_cased("He joined the Navy 2003, discharged later.", "2003"),
]

# Counting aloud is no number read out.
COUNTING_LOOK_ALIKES = [
    *variants("counting one two three four five six seven eight nine ten in group, phone off", "one two three"),
    *variants("The kids sang one two three four five six seven at the call center.", "one two three"),
    *variants("Call back: ten nine eight seven six five four three, breathe.", "nine eight seven"),
]
DIGIT_WORD_PHONES = [
    *variants("Phone me on five five five, one two three four, ok?", "five five five, one two three four"),
]

# A count, a unit or a rank after a weekday's date or a date word's fraction.
WEEKDAY_LOOK_ALIKES = [
    *variants("Sun 15/11 hrs of sleep, better.", "15/11"),
    *variants("Fri 13/12 doses given.", "13/12"),
    *variants("wed 16/12 weeks along.", "16/12"),
    ("sat 3rd in line at the pharmacy", "3rd"),
    *variants("I was Sun 1st in the race.", "1st"),
    *variants("Mon 2nd opinion requested.", "2nd"),
    *variants("Attended 13/12 sessions of CBT.", "13/12"),
    *variants("Booked 20/12 slots this week.", "20/12"),
    *variants("Entry 15/11 patients on the list.", "15/11"),
]
WEEKDAY_DATES = [
    *variants("Seen on sat 14th with her mum.", "sat 14th"),
    *variants("Reviewed Sun 15/11 at home.", "Sun 15/11"),
]


@pytest.mark.parametrize(("text", "target"), [*IDS_AFTER_NO, *COLLAR_IDS])
def test_when_qualified_number_word_or_police_collar_then_the_id_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), COLLAR_LOOK_ALIKES)
def test_when_shoulder_range_or_cervical_collar_time_then_no_id(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "ID_NUMBER"]


@pytest.mark.parametrize(("text", "look_alike"), AGE_FEVER_LOOK_ALIKES)
def test_when_fever_reading_or_duration_after_a_person_then_no_age(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "AGE"]


@pytest.mark.parametrize(("text", "target"), ELDER_AGES)
def test_when_elder_age_without_unit_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), RANGE_LOOK_ALIKES)
def test_when_range_of_settings_or_quantities_then_no_date(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert ("DATE_TIME", "DateFormsRecognizer") not in touching(analyzer, text, look_alike)


@pytest.mark.parametrize(("text", "look_alike"), LEFT_JOINED_LOOK_ALIKES)
def test_when_clock_time_after_left_or_joined_then_no_year(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert ("DATE_TIME", "DateFormsRecognizer") not in touching(analyzer, text, look_alike)


@pytest.mark.parametrize(("text", "target"), LEFT_JOINED_YEARS)
def test_when_left_or_joined_a_named_place_then_the_year_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), COUNTING_LOOK_ALIKES)
def test_when_counting_up_or_down_aloud_then_no_phone(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "target"), DIGIT_WORD_PHONES)
def test_when_number_read_out_has_a_short_run_then_it_is_still_a_phone(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), WEEKDAY_LOOK_ALIKES)
def test_when_count_unit_or_rank_after_weekday_or_date_word_then_no_date(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert ("DATE_TIME", "DateFormsRecognizer") not in touching(analyzer, text, look_alike)


@pytest.mark.parametrize(("text", "target"), WEEKDAY_DATES)
def test_when_weekday_date_after_a_cue_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize("type_name", ["date", "age", "phone_number", "identifier_number"])
def test_when_long_line_of_slashes_digits_and_digit_words_then_each_recognizer_stays_fast(type_name: str) -> None:
    line = (
        "entry 19/4 - 24/12 to 27/12 "
        + "14/3 to " * 400
        + "one two " * 300
        + "collar " * 150
        + "PC Ab collar " * 100
        + "ref 20/1/2 " * 150
        + "my nan said he's " * 100
        + "Hosp no 12 " * 150
        + "Sun 15/11 " * 150
    )
    recognizer = create_recognizer({"type": type_name})
    start = time.perf_counter()
    recognizer.analyze(line[:10_000], [])
    assert time.perf_counter() - start < 1.5
