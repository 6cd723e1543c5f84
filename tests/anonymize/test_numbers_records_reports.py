"""Ages, dates, phones and ids in outpatient records, evaluation reports, PII forms and posts (issue #10).

Ages over 89 in parentheses after a relative ("Mom (92)"), after "now" ("Pt now 91,"), after a name
opening a line ("Oh Young-sook, 92,") or a name with accents; dates with their clock time ("11/28/2024
03:14"), airline dates ("17DEC"), an order's day ("placed 25/11"), spans of years after "in"; phones of
other countries ("Tél. 06 12 48 93 57", "Telefone (31) 98877-4410", "09 461 2270"); national and tax
ids after their label, plates, booking references, a card's last four and the ids of form fields.
Look-alikes: readings after a label ("Heart Rate, 92,"), fevers, scores, clock-time shifts, counts,
ordinals that count, a dose, and ordinary words. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.dates import shift_date_text
from tests.anonymize.conftest import covered, touching, variants


def _cased(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written and in capitals (a name or a code needs its capitals)."""
    return [(text, target), (text.upper(), target.upper())]


AGES = [
    *variants("Caregiver question. Mom (92) was just discharged home.", "92"),
    *variants("my grandpa (96!!) just got his license renewed", "96"),
    *_cased("My dad (90M) wants to sell the house.", "90"),
    *_cased("F/u Mrs. Pruitt, now 94. UA grew E. coli.", "94"),
    *variants("Seen at home. Pt now 91, declined further titration.", "91"),
    *variants("my grandmother, Esther Goldfarb, who is 94 and lives alone", "94"),
    ("Mr. Gérald Lafontaine, 90, HFrEF, CKD 4.", "90"),
    *_cased("Oh Young-sook, 92, Korean-speaking, granddaughter interprets.", "92"),
    ("Volunteer sign-up: Art Kowalski, 92, retired machinist.", "92"),
]

AGE_LOOK_ALIKES = [
    ("Heart Rate, 92, regular.", "92"),
    ("HEART RATE, 92, regular.", "92"),
    ("my son (102F fever) slept all day", "102"),
    ("Score (95) on the practice test.", "95"),
    ("Weight now 94. Diet reviewed.", "94"),
    ("Total Points, 96, final.", "96"),
    # A reading, a diagnosis or a drug before "Word Word, 9x," is no name (review of issue #10).
    *_cased("Oxygen Saturation, 91, on RA", "91"),
    ("O2 Sat: Room Air, 92, stable", "92"),
    ("Pain Score: Moderate Pain, 92,", "92"),
    *_cased("Diagnosis: Major Depression, 92,", "92"),
    ("Qty: Metformin Tablets, 90,", "90"),
    ("Sertraline Hydrochloride, 100,", "100"),
    ("Dad (100) mph on the highway", "100"),
    ("Mom (92) kg at last weigh-in", "92"),
]


@pytest.mark.parametrize(("text", "target"), AGES)
def test_age_over_89_is_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), AGE_LOOK_ALIKES)
def test_age_look_alike_is_no_age(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert "AGE" not in {kind for kind, _ in touching(analyzer, text, look_alike)}


DATES = [
    *variants("Exam date/time: 11/28/2024 03:14 Ordering: ED", "11/28/2024 03:14"),
    *variants("ECG 2089-04-19 10:12: NSR 84, PR 152.", "2089-04-19 10:12"),
    *_cased("flight BA 2491 on 17DEC, seat 23C.", "17DEC"),
    *variants("Order placed 25/11. Still nothing.", "25/11"),
    *variants("dose given 12/01/2024 10:00pm by night staff", "12/01/2024 10:00pm"),
    *variants("Seen 02 2091 2092 follow-up", "2091"),
    *variants("She wants a Jeep for her birthday (the 22nd).", "the 22nd"),
    *variants("He deployed to Afghanistan in 2007-2008. He was discharged.", "2007"),
    *variants("He deployed to Afghanistan in 2007-2008. He was discharged.", "2008"),
    *variants("chronic PTSD, with symptoms dating to 2041 when he left.", "2041"),
    *_cased("Graduated Chelsea High School 2004. Married later.", "2004"),
    *variants("records from the state hospital (2018 admission, 20-day observation)", "2018"),
]

DATE_LOOK_ALIKES = [
    ("Shift on the unit in 2000-2030 handover.", "2000"),
    ("She finished the race (the 3rd time) today.", "3rd"),
    ("dose 2MAYB tabs", "2MAY"),
    ("placed 5/10 on the pain scale", "5/10"),
    ("Chapter (the 3rd) covers sleep.", "the 3rd"),
]


@pytest.mark.parametrize(("text", "target"), DATES)
def test_date_is_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), DATE_LOOK_ALIKES)
def test_date_look_alike_is_no_date(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert "DATE_TIME" not in {kind for kind, _ in touching(analyzer, text, look_alike)}


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("11/28/2024 03:14", 3, "12/01/2024 03:14"),
        ("2091-01-02T08:30:00Z", -2, "2090-12-31T08:30:00Z"),
        ("3/14/2091 14:30-15:00", 3, "3/17/2091 14:30-15:00"),
        ("12/01/2024 10:00pm", 3, "12/04/2024 10:00pm"),
        ("17DEC", 3, "20DEC"),
        ("31dec", 3, "03jan"),
    ],
)
def test_date_with_clock_time_shifts_the_date_only(value: str, days: int, expected: str) -> None:
    assert shift_date_text(value, days) == expected


@pytest.mark.parametrize("value", ["2091-03-14 25:99", "3/14/2091 24:10", "2091-03-14 10:75"])
def test_no_clock_time_is_no_date_with_time(value: str) -> None:
    """An hour over 23 or minutes over 59 is no clock time: the whole text is no date form."""
    assert shift_date_text(value, 3) is None


PHONES = [
    *variants("Tél. 06 12 48 93 57. Merci.", "06 12 48 93 57"),
    *variants("Residente em Belo Horizonte. Telefone (31) 98877-4410.", "(31) 98877-4410"),
    *variants("Reception at the hospital: 09 461 2270.", "09 461 2270"),
    *variants("bureau: 01.42.68.53.00", "01.42.68.53.00"),
    *variants("Her extension is x4412. Call after 3.", "x4412"),
]

PHONE_LOOK_ALIKES = [
    ("Labs 06 12 48 values pending", "06 12 48"),
    ("Scores 2024: 12 14 16", "12 14 16"),
    ("Labs: 04 12 15 22 30 trending", "04 12 15 22 30"),
    ("Scores by week: 08 10 12 14 16", "08 10 12 14 16"),
    ("PHQ9 item scores 03 02 01 02 03 (0-3 each)", "03 02 01 02 03"),
    ("Scores by week: 06 08 10 12 14", "06 08 10 12 14"),
    ("Dates 01-02-03-04-05 were missed", "01-02-03-04-05"),
    ("Seen 02 2091 2092 follow-up", "02 2091"),
    ("Temps 03 100 101 overnight", "03 100 101"),
    ("handy tip: 12 345 678 steps", "12 345 678"),
    ("knee extension 110 120 125 degrees", "120 125"),
    ("portable X-ray 14 220 350 done", "14 220 350"),
    ("mob with frame 10 20 30 metres", "10 20 30"),
]


@pytest.mark.parametrize(("text", "target"), PHONES)
def test_phone_of_another_country_is_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), PHONE_LOOK_ALIKES)
def test_phone_look_alike_is_no_phone(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert "PHONE_NUMBER" not in {kind for kind, _ in touching(analyzer, text, look_alike)}


IDS = [
    *variants("There is a double charge on card ending in 4417. Refund due.", "4417"),
    *variants("Please cancel card ending 7731. Thanks.", "7731"),
    *_cased("Vehicle reg KN19 XRT was rear-ended on the ring road.", "KN19 XRT"),
    *_cased("Booking ref QXT7KM - passenger MR J SMITH.", "QXT7KM"),
    *_cased("my member number is MB 7720 1193.", "MB 7720 1193"),
    *variants("SIN: 046 454 286 on file", "046 454 286"),
    *variants("Numéro de sécurité sociale: 2 71 06 69 123 456 78.", "2 71 06 69 123 456 78"),
    *variants("Name: Ana Moura, Porto. NIF 245 901 338.", "245 901 338"),
    *_cased("RUT 12.345.678-5 del cliente", "12.345.678-5"),
    *variants('{"ticket": "99821", "status": "open"}', "99821"),
    *variants("EMP_NO=700815\nSITE=north", "700815"),
    *variants("PAYE ref 123/AB45678 for the year", "123/AB45678"),
    *variants("tracking # 9407 1118 9956 2231 4470 18", "9407 1118 9956 2231 4470 18"),
]

ID_LOOK_ALIKES = [
    ("PHQ9 score today", "PHQ9"),
    ("The pan is 28 cm wide.", "28"),
    ("A sin 12 times over.", "12"),
    ("Booking ref pending, ABCDEF letters only", "ABCDEF"),
    ("card ending soon, 10 days", "10"),
    *_cased("Registration: 2 of 3 done", "2"),
    ("REGISTRATION 2 OF 3 FORMS", "2 OF 3"),
    ("NHI 120 80 60", "120 80 60"),
    ("PAN 5 10 15 20 mg", "5 10 15 20"),
    ("SIN 2019-2020 HARD", "2019-2020"),
    *variants("Booking 10 30 am slot", "10 30"),
    ("Reservation number HELLO1", "HELLO1"),
    *variants("confirmation: YES2ME", "YES2ME"),
    ("Reference number AB1CDE", "AB1CDE"),
    ("case ref QXT7KM", "QXT7KM"),
]


@pytest.mark.parametrize(("text", "target"), IDS)
def test_id_after_label_is_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("my member number is MB 7720 1193.", "MB 7720 1193"),
        ("Booking number 4471 2290 confirmed", "4471 2290"),
        ("Tracking 1Z 999 AA1 01 2345 6784 sent", "1Z 999 AA1 01 2345 6784"),
    ],
)
def test_digits_after_an_id_label_are_an_id_not_a_phone(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert {kind for kind, _ in touching(analyzer, text, target)} == {"ID_NUMBER"}


@pytest.mark.parametrize(("text", "look_alike"), ID_LOOK_ALIKES)
def test_id_look_alike_is_no_id(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert "ID_NUMBER" not in {kind for kind, _ in touching(analyzer, text, look_alike)}
