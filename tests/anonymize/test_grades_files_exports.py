"""A ward's staff by their grade, a participant's code in a file's name, a lab's requisition after its label, a
Discord export's user names, and a comma between a lower-case name and its credential (issue #10, 26th round).

"HCA Bates", "BIPO-2207_20240816_2314.m4a", "REQ#: Q81149027", "Yesterday at 9:20 PM — peregrine.falcon:", "note by
tom okafor, np": each with the look-alikes the same shapes make (a grade before a ward's word, a standard's or a
template's number, a dosing schedule, a program's log, English words before a credential). Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

GRADE_NAMES = [
    ("HCA Bates moved from Ward 10. Please ensure the bank nurse gets a fire induction.", "Bates"),
    ("SN Nur Aqilah to do med reconciliation before TTO.", "Nur Aqilah"),
    ("Night shift: RMN Okafor covering bay 2, bank HCA Precious on 1:1 obs.", "Precious"),
    # the name ends at the line's end
    ("HCA Bates\nBay 4 obs", "Bates"),
]
NOT_GRADE_NAMES = [
    # a ward's word, a form's or a meeting's name after the grade
    ("RN Station 4 phone out of order.", "Station"),
    ("HCA Support worker on shift till 8.", "Support"),
    ("RN Assessment completed on admission.", "Assessment"),
    ("per RN Triage Note on admission", "Triage Note"),
    ("SN Bank staff booked via NHSP.", "Bank"),
    # a task, a product, a system, a ward; "SEN" is special educational needs
    ("HCA Post-Op obs done.", "Post-Op"),
    ("HCA Cavilon applied to sacrum.", "Cavilon"),
    ("SN Datix submitted for the fall.", "Datix"),
    ("HCA Rowan Ward escort at 2pm.", "Rowan Ward"),
    ("SEN Hackney assessment pending.", "Hackney"),
]

FILE_CODES = [
    ("voice diary: BIPO-2207_20240816_2314.m4a, 4:52, 44.1 kHz mono.", "BIPO-2207"),
    ("uploaded P012_session2.wav to the study drive", "P012"),
]
NOT_FILE_CODES = [
    # a standard's number, a year, a questionnaire's items
    ("Attached ISO-9001_audit.pdf for the board.", "ISO-9001"),
    ("See REPORT-2024_final.pdf.", "REPORT-2024"),
    ("Scores in GAD-7_scores.csv.", "GAD-7"),
    # a form's or a figure's number: no date and no session beside it
    ("Print FORM-101_blank.pdf for each admission.", "FORM-101"),
    ("FIG-003_chart.png shows the trend.", "FIG-003"),
]

REQUISITIONS = [
    ("PT NAME: ABERNATHY, WILL  REQ#: Q81149027  SPEC#: WK093118R", "Q81149027"),
    ("Order no: Q81149027 sent to lab", "Q81149027"),
]
NOT_REQUISITIONS = [
    # a dosing schedule after an order's word
    ("Order #: q168h dressing change", "q168h"),
    ("order: Q4H neuro obs", "Q4H"),
    ("Order: paliperidone palmitate q1008h IM", "q1008h"),
    ("Order #: Q0600 daily weights", "Q0600"),
]

DISCORD_USERS = [
    ("Yesterday at 9:14 PM — voices_r_loud: does the clinic need a referral\n"
     "Yesterday at 9:20 PM — peregrine.falcon: yeah ur GP has to send it", "peregrine.falcon"),
    ("moss_and_mist — Today at 9:02 PM\nhey everyone\nJess — Today at 9:03 PM\nhi", "Jess"),
]
NOT_CHAT_LOGS = [
    # a program's or a ward's log stamps its fields' and modules' names the way a chat stamps speakers
    ("[09:00] obs_chart: stable\n[09:05] Braden: 14\n[09:10] fluid_balance: +500", "Braden"),
    ("[12:00:01] http_server: listening on 8080\n[12:00:02] db_pool: 10 connections\n[12:00:03] Redis: ready",
     "Redis"),
]

NAMES_BEFORE_CREDENTIALS = [
    ("note by tom okafor, np.", "tom okafor"),
    ("discussed with priya shah, lcsw today", "priya shah"),
]
NOT_NAMES_BEFORE_CREDENTIALS = [
    # no cue ties a clinician to the words: a line's end is none
    ("iv fluids running. norm saline rn", "norm saline"),
    ("pt calm. will reeval rn", "will reeval"),
    ("d/w night shift, rn", "night shift"),
]


@pytest.mark.parametrize(("text", "name"), GRADE_NAMES)
def test_when_a_grade_stands_before_a_name_then_it_is_found(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "words"), NOT_GRADE_NAMES)
def test_when_a_grade_stands_before_a_wards_word_then_no_person_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []


@pytest.mark.parametrize(("text", "code"), FILE_CODES)
def test_when_a_files_name_opens_with_a_code_then_it_is_an_id(analyzer: TextAnalyzer, text: str, code: str) -> None:
    assert any(kind == "ID_NUMBER" for kind, _ in touching(analyzer, text, code))


@pytest.mark.parametrize(("text", "code"), NOT_FILE_CODES)
def test_when_a_files_name_holds_a_standard_or_a_year_then_no_id_is_found(
    analyzer: TextAnalyzer, text: str, code: str
) -> None:
    assert touching(analyzer, text, code) == []


@pytest.mark.parametrize(("text", "requisition"), REQUISITIONS)
def test_when_a_requisition_opens_with_q_then_it_is_found(analyzer: TextAnalyzer, text: str, requisition: str) -> None:
    assert covered(analyzer, text, requisition)


@pytest.mark.parametrize(("text", "schedule"), NOT_REQUISITIONS)
def test_when_a_dosing_schedule_follows_an_orders_word_then_no_id_is_found(
    analyzer: TextAnalyzer, text: str, schedule: str
) -> None:
    assert touching(analyzer, text, schedule) == []


@pytest.mark.parametrize(("text", "speaker"), DISCORD_USERS)
def test_when_a_discord_export_names_users_then_every_speaker_is_found(
    analyzer: TextAnalyzer, text: str, speaker: str
) -> None:
    assert covered(analyzer, text, speaker)


@pytest.mark.parametrize(("text", "label"), NOT_CHAT_LOGS)
def test_when_a_log_stamps_its_fields_then_no_label_is_a_speaker(analyzer: TextAnalyzer, text: str, label: str) -> None:
    assert touching(analyzer, text, label) == []


@pytest.mark.parametrize(("text", "name"), NAMES_BEFORE_CREDENTIALS)
def test_when_a_comma_stands_between_a_lower_case_name_and_its_credential_then_it_is_found(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "words"), NOT_NAMES_BEFORE_CREDENTIALS)
def test_when_no_cue_stands_before_a_credential_then_no_name_is_found(
    analyzer: TextAnalyzer, text: str, words: str
) -> None:
    assert touching(analyzer, text, words) == []
