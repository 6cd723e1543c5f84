"""A handle cut inside its word, UPI payment addresses, an HL7 message's own ids, the town where someone sleeps or
is rung, a file's number after "is", an address's unit and flat numbers, a town in brackets after a site, New South
Wales postcodes, dates in other languages without their year and lower-case names before a credential (issue #10,
25th round).

"ty.the.menace", "priya@okaxis", MSH-10 and MSA-2, "landline in Wythenshawe", "number is KEM/PSY/26/08813", "88
CHURCH ST, UNIT 2", "14/3 Enmore Rd", "Cygnet Hospital (Bury)", "Marrickville 2204", "le 16 février", "will
sorensen md": each
with the look-alikes the same shapes make (doses at a time of day, packages at a version, sentences run together,
apps and people after the same cues, readings before a street, wards and days in brackets, clock times after a
town, guidelines' years). Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

WHOLE_WORDS = [
    # a URL pattern stopped inside the word at a domain's letters (".men")
    ("Threats posted online. IG handle ty.the.menace; alt account too.", "ty.the.menace"),
]
NOT_WHOLE_WORDS = [
    # two sentences run together stay, however the second word goes on
    ("Obs stable overnight.Day3 post op, eating.", "overnight.Day3"),
    ("Dressing intact, wound healing.Pre-op bloods sent.", "healing.Pre-op"),
]
# a URL's word runs on in ASCII only: a CJK sentence has no space after it
CJK_AFTER_URL = [("请访问example.com获取信息", "获取信息")]

PAYMENT_ADDRESSES = [
    ("Paid the fees via UPI to sukhpreet.k@okhdfcbank on 3 July.", "sukhpreet.k@okhdfcbank"),
    ("send the share to priya@okaxis pls", "priya@okaxis"),
    ("GPay: 9876543210@ybl, ref 4471", "9876543210@ybl"),
    # a handle a bank's or a telco's address shares, after a payment's word
    ("UPI id anil@kotak, pls send by tonight", "anil@kotak"),
]
NOT_PAYMENT_ADDRESSES = [
    # a dose's time, a ward, a package's version, a chat's place: no payment app's handle after "@"
    ("Lantus 20u@night as before.", "20u@night"),
    ("Moved to bed12@ICU for now.", "bed12@ICU"),
    ("Ran npm install chart@latest again.", "chart@latest"),
    ("c.u@home later", "c.u@home"),
    # a shared handle with no payment's word, a price, a placeholder
    ("thanks@airtel worst network ever", "thanks@airtel"),
    ("new 199@airtel plan is a scam", "199@airtel"),
    ("support@icici replied after a week", "support@"),
    ("the format is yourname@okaxis", "yourname@okaxis"),
]

MESSAGE_IDS = [
    # MSH-10, the control id, and MSA-2, the id a reply acknowledges
    ("MSH|^~\\&|LAB|NORTHSIDE|EHR|CLINIC|20250306081744||ORU^R01^ORU_R01|Q7781204339|P|2.5.1", "Q7781204339"),
    ("MSH|^~\\&|EHR|CLINIC|LAB|NORTHSIDE|20250306||ACK^R01|ACK99812|P|2.5.1\nMSA|AA|MSG00417", "MSG00417"),
    # a query's tag, in the query and in the reply's acknowledgement
    ("QPD|PDMP^Query|Q882013|HALVORSEN^ERIK^THOMAS|19811017|M", "Q882013"),
    ("MSH|^~\\&|PMP|HUB|EHR|CLINIC|20250306||RSP^K11|R8812|P|2.5.1\nQAK|Q551207|OK", "Q551207"),
]
NOT_MESSAGE_IDS = [
    # the acknowledgement's code and the query's status are the standard's words
    ("MSH|^~\\&|EHR|CLINIC|LAB|NORTHSIDE|20250306||ACK^R01|ACK99812|P|2.5.1\nMSA|AA|MSG00417", "AA"),
    ("MSH|^~\\&|PMP|HUB|EHR|CLINIC|20250306||RSP^K11|R8812|P|2.5.1\nQAK|Q551207|OK", "OK"),
    # a version a malformed message puts in its control id
    ("MSH|^~\\&|APP|NORTHSIDE|EHR|CLINIC|20240101||ADT^A04|v2.5|P|2.5", "v2.5"),
]

SLEEPERS_TOWNS = [
    # where someone sleeps rough or is rung, a town the gazetteer lacks
    ("Called 0161 496 0732, her mum's landline in Wythenshawe.", "Wythenshawe"),
    ("Known to outreach, sleeps rough in Wythenshawe most nights.", "Wythenshawe"),
    ("Has a flat in Ruaka now, moved from the hostel.", "Ruaka"),
]
NOT_SLEEPERS_TOWNS = [
    # a provider, a person, a game or a zone after the same words
    ("Ported the landline from Airtel last year.", "Airtel"),
    ("Gave his old tent to Tamati before he left.", "Tamati"),
    ("Lost the letter somewhere in OneDrive again.", "OneDrive"),
    ("Her flat in Zone 2 costs more than the last one.", "Zone"),
    ("Sleeps rough from Monday to Friday, hostel at weekends.", "Monday"),
]

NUMBERS_AFTER_IS = [
    # a hospital's letters joined by slashes before the number, after "is"
    ("case paper number is KEM/PSY/26/08813. what time should i reach", "KEM/PSY/26/08813"),
    ("His case number is ABC/12/3456 at the tribunal.", "ABC/12/3456"),
]
NOT_NUMBERS_AFTER_IS = [
    ("His ID is BP 120/80 today, the label says.", "BP 120/80"),
    ("Order number is TO BE 1234 confirmed later.", "TO BE"),
    # a diagnosis's, a guideline's or an order's capitals before a year or a clock time
    ("The case was COVID-19 2020, now long covid.", "COVID-19"),
    ("Document is NICE/SIGN 2019 guidance.", "NICE/SIGN"),
    ("Order was STAT/ASAP 1400.", "STAT/ASAP"),
]


@pytest.mark.parametrize(("text", "word"), WHOLE_WORDS)
def test_when_a_url_pattern_stops_inside_a_word_then_the_whole_word_is_taken(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert covered(analyzer, text, word)


@pytest.mark.parametrize(("text", "words"), NOT_WHOLE_WORDS)
def test_when_two_sentences_run_together_then_no_address(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "words"), CJK_AFTER_URL)
def test_when_a_url_runs_into_other_script_then_it_stops(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "address"), PAYMENT_ADDRESSES)
def test_when_a_payment_address_is_written_then_it_is_found(analyzer: TextAnalyzer, text: str, address: str) -> None:
    assert covered(analyzer, text, address)


@pytest.mark.parametrize(("text", "look_alike"), NOT_PAYMENT_ADDRESSES)
def test_when_the_at_sign_is_no_payment_app_then_nothing_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "message_id"), MESSAGE_IDS)
def test_when_a_message_carries_its_own_id_then_it_is_found(
    analyzer: TextAnalyzer, text: str, message_id: str
) -> None:
    assert any(kind == "ID_NUMBER" for kind, _ in touching(analyzer, text, message_id))


@pytest.mark.parametrize(("text", "code"), NOT_MESSAGE_IDS)
def test_when_a_field_holds_the_standards_code_then_it_stays(analyzer: TextAnalyzer, text: str, code: str) -> None:
    assert touching(analyzer, text, code) == []


@pytest.mark.parametrize(("text", "town"), SLEEPERS_TOWNS)
def test_when_someone_sleeps_or_is_rung_in_a_town_then_it_is_found(
    analyzer: TextAnalyzer, text: str, town: str
) -> None:
    assert any(kind == "LOCATION" for kind, _ in touching(analyzer, text, town))


@pytest.mark.parametrize(("text", "word"), NOT_SLEEPERS_TOWNS)
def test_when_the_word_after_the_cue_is_no_town_then_no_place(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "LOCATION" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "number"), NUMBERS_AFTER_IS)
def test_when_a_lettered_number_follows_is_then_it_is_found(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert covered(analyzer, text, number)


@pytest.mark.parametrize(("text", "look_alike"), NOT_NUMBERS_AFTER_IS)
def test_when_a_reading_or_words_follow_is_then_no_number(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


ADDRESS_PARTS = [
    # the home's unit after the street line, a flat's number glued before the house's, a house's number before a
    # street named by a number
    *variants("DELIVERED TO 88 CHURCH ST, UNIT 2, WATERTOWN, MA 02472.", "88 CHURCH ST, UNIT 2"),
    ("Moved to 12 Elm Road, Apt 4B, last week.", "12 Elm Road, Apt 4B"),
    ("Lives 14/3 Enmore Rd, Newtown NSW 2042.", "14/3 Enmore Rd"),
    ("Location of apprehension: 5012 50 Ave, Wetaskiwin, AB", "5012 50 Ave"),
]
NOT_ADDRESS_PARTS = [
    # a reading or a score before a house's number, a count after the street's comma
    ("BP 120/80 12 Elm Rd visit today.", "120/"),
    ("Scored 14/20 12 Elm Rd quiz night.", "14/"),
    ("Gave out 3 50 Ave leaflets.", "3 50"),
    ("Meet at 14 Main St, room for 2 more.", "room for"),
    ("Pain 7/10 Church St clinic.", "7/"),
    ("Sats 94/95 High St.", "94/"),
]

TOWNS_IN_BRACKETS = [
    ("Transferred to Mercy Hospital (Worcester, MA) on Friday.", "Worcester"),
    ("Seen at Priory Hospital (Roehampton) in May.", "Roehampton"),
]
NOT_TOWNS_IN_BRACKETS = [
    # a site's part, a unit's acronym, a word a town also spells
    ("Transferred to Mercy Hospital (Ward 3) on Friday.", "Ward"),
    ("Transferred to Mercy Hospital (ICU) overnight.", "ICU"),
    ("Seen at Mercy Hospital (Reading Room) today.", "Reading"),
    ("Admitted to Mercy Hospital (Florence Ward).", "Florence"),
    ("Seen at Priory Hospital (Mon).", "Mon"),
    ("Walgreens (Central) has it in stock.", "Central"),
]

NEW_SOUTH_WALES_POSTCODES = [
    ("Lives Marrickville 2204. Mum ph (02) 9555 0178.", "2204"),
]
NOT_NEW_SOUTH_WALES_POSTCODES = [
    # a year or a clock time after a town
    ("Lives with mum in Leeds 2019.", "2019"),
    ("Lives in Boston 2030.", "2030"),
    # a clock time after a town a home's word goes to
    ("Pt discharged home to Bolton 2130.", "2130"),
    ("Lives alone. Daughter phoned from Leeds 2230.", "2230"),
]

@pytest.mark.parametrize(("text", "address"), ADDRESS_PARTS)
def test_when_an_address_has_a_unit_or_flat_number_then_it_is_taken_whole(
    analyzer: TextAnalyzer, text: str, address: str
) -> None:
    assert covered(analyzer, text, address)


@pytest.mark.parametrize(("text", "look_alike"), NOT_ADDRESS_PARTS)
def test_when_a_reading_or_a_count_is_beside_a_street_then_it_stays(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert all(kind != "STREET_ADDRESS" for kind, _ in touching(analyzer, text, look_alike))


@pytest.mark.parametrize(("text", "town"), TOWNS_IN_BRACKETS)
def test_when_a_town_follows_a_site_in_brackets_then_it_is_found(
    analyzer: TextAnalyzer, text: str, town: str
) -> None:
    assert covered(analyzer, text, town)


@pytest.mark.parametrize(("text", "word"), NOT_TOWNS_IN_BRACKETS)
def test_when_the_brackets_hold_a_part_of_the_site_then_no_town(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert all(kind != "LOCATION" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "code"), NEW_SOUTH_WALES_POSTCODES)
def test_when_a_home_town_has_a_low_postcode_then_it_is_found(analyzer: TextAnalyzer, text: str, code: str) -> None:
    assert any(kind == "ZIP_CODE" for kind, _ in touching(analyzer, text, code))


@pytest.mark.parametrize(("text", "number"), NOT_NEW_SOUTH_WALES_POSTCODES)
def test_when_a_year_follows_a_town_then_no_postcode(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert all(kind != "ZIP_CODE" for kind, _ in touching(analyzer, text, number))


DATES_WITHOUT_YEAR = [
    ("Retour progressif prévu le 16 février.", "16 février"),
    ("cita el jueves 12 de diciembre a las dos", "12 de diciembre"),
    ("visita di controllo il 7 settembre", "7 settembre"),
]
NOT_DATES_WITHOUT_YEAR = [
    # months that a planet, a clinic, a name or an English word also spells need their year
    ("Saw 2 mars bars on the ward.", "mars"),
    ("Referred to 3 Mayo clinics.", "Mayo"),
    # a count's or a label's number, a person called for a month, a street's name and house number
    ("Patient in bed 4 Julio Cesar, reviewed.", "4 Julio"),
    ("Track 5 Noviembre Sin Ti on repeat", "5 Noviembre"),
    ("Vive en Calle 3 de Febrero 1450, piso 2.", "3 de Febrero 1450"),
]

NAMES_BEFORE_CREDENTIALS = [
    ("dictated by will sorensen md  d: 6/6/92", "will sorensen"),
    ("spoke with jenny lee rn about the plan", "jenny lee"),
    ("signed: tom reyes lpn", "tom reyes"),
]
NOT_NAMES_BEFORE_CREDENTIALS = [
    ("pt seen by night shift rn overnight", "night shift"),
    ("escalated to the day charge rn", "charge"),
    ("team lead rn aware of plan", "team lead"),
    # "rn" as "right now", "md" as Maryland, a ward's name
    ("omg we are in myrtle beach rn!!", "myrtle beach"),
    ("moving to kent island md next month", "kent island"),
    ("handover from rose ward rmn at 0800", "rose ward"),
]


@pytest.mark.parametrize(("text", "date"), DATES_WITHOUT_YEAR)
def test_when_a_day_comes_before_another_languages_month_then_it_is_a_date(
    analyzer: TextAnalyzer, text: str, date: str
) -> None:
    assert covered(analyzer, text, date)


@pytest.mark.parametrize(("text", "word"), NOT_DATES_WITHOUT_YEAR)
def test_when_the_month_word_is_also_another_word_then_no_date(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "DATE_TIME" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "name"), NAMES_BEFORE_CREDENTIALS)
def test_when_a_lower_case_name_precedes_a_credential_then_it_is_found(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "words"), NOT_NAMES_BEFORE_CREDENTIALS)
def test_when_a_role_precedes_a_credential_then_no_name(analyzer: TextAnalyzer, text: str, words: str) -> None:
    assert all(kind != "PERSON" for kind, _ in touching(analyzer, text, words))
