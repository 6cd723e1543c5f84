"""Each recognizer: a table of positives (exact reported value) and look-alike negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from confide.anonymize import anonymize_records
from confide.anonymize.config import recognizer_specs, resolve_config
from confide.anonymize.errors import AnonymizeConfigError
from confide.anonymize.recognizers import (
    build_recognizers,
    create_recognizer,
    known_recognizer_types,
)
from confide.config import section_defaults

POSITIVES = [
    (
        "street_address",
        "I live at 123 Main St, Springfield, IL 62704 now",
        "123 Main St, Springfield, IL 62704",
    ),
    ("street_address", "moved to 42 W. Elm Avenue Apt 3B last year", "42 W. Elm Avenue Apt 3B"),
    ("street_address", "send it to PO Box 123 please", "PO Box 123"),
    ("street_address", "meet at 12 main street tonight", "12 main street"),
    # international street lines: type after, glued on, before the name; postal blocks; military mail
    ("street_address", "We meet at 64 Erzsébet tér 92., Tiszabög today", "64 Erzsébet tér 92., Tiszabög"),
    ("street_address", "enter on Obere Bahnhofstrasse 9 please", "Obere Bahnhofstrasse 9"),
    ("street_address", "his address: 67 Lodskovvej 28, Frederiksberg C", "67 Lodskovvej 28, Frederiksberg C"),
    (
        "street_address",
        "sent to 93 Via Pisanelli 89, Egkomi, Papua New Guinea",
        "93 Via Pisanelli 89, Egkomi, Papua New Guinea",
    ),
    ("street_address", "office at 138 Rue de Libya, Tunis", "138 Rue de Libya, Tunis"),
    ("street_address", "lives at 18 Třebčínská 860, Horka", "18 Třebčínská 860, Horka"),
    (
        "street_address",
        "Jo Roe\n\n55 Koidu 31\n Apt. 853\n Palanumäe\n Bahrain 60136\n",
        "55 Koidu 31\n Apt. 853\n Palanumäe\n Bahrain 60136",
    ),
    ("street_address", "ship to PSC 1139, Box 7638\nAPO AP 94917 asap", "PSC 1139, Box 7638\nAPO AP 94917"),
    ("street_address", "at the corner of Main Street and 5th Avenue", "the corner of Main Street and 5th Avenue"),
    ("street_address", "sent to 12 Gralla 30 Suite 617, Helsinki", "12 Gralla 30 Suite 617, Helsinki"),
    # a unit before the street line (address labels), inline "City ST" after a unit, a building
    # number before a PO box, and the country or postcode lines closing a postal block
    ("street_address", "label: Suite 574 34 Koidu 74\nTartu TA 56325\n", "Suite 574 34 Koidu 74\nTartu TA 56325"),
    ("street_address", "mrs. jo roe suite 085 23 rúa do paseo 11\n", "suite 085 23 rúa do paseo 11"),
    ("street_address", "to 05 Tacuarembo 2365 Apt. 825 Algorta PA today", "05 Tacuarembo 2365 Apt. 825 Algorta PA"),
    ("street_address", "at 01 4589 40th Street Suite 603 Calgary AB last", "01 4589 40th Street Suite 603 Calgary AB"),
    ("street_address", "meet at Acme Inc., 80 P.O. Box 15, Nuuk", "80 P.O. Box 15"),
    ("street_address", "write to 39 Herfststraat 167\n Apt. 853\n Almere\n Ghana please", "Almere\n Ghana"),
    ("street_address", "to 44 91 Manor Way\nPicton\n, SH\n 14176", "44 91 Manor Way\nPicton\n, SH\n 14176"),
    ("medical_record_number", "Patient MRN: 4829301 admitted", "4829301"),
    ("medical_record_number", "medical record number is AB-482930", "AB-482930"),
    ("medical_record_number", "chart # 99887766 reviewed", "99887766"),
    ("nhs_number", "my NHS number is 943 476 5919", "943 476 5919"),
    ("insurance_id", "Member ID: XJ4829311 on the card", "XJ4829311"),
    ("insurance_id", "policy number 88-22991-A", "88-22991-A"),
    ("social_handle", "follow me @sad_panda99 ok", "@sad_panda99"),
    ("social_handle", "thanks u/throwaway_4242 for this", "u/throwaway_4242"),
    ("social_handle", "see /u/Some-User today", "/u/Some-User"),
    ("age", "she is 92 years old", "92"),
    ("age", "a 95-year-old veteran", "95"),
    ("age", "aged 91, lives alone", "91"),
    ("age", "Hi, I'm Mei, 93. Tired", "93"),
    ("date", "seen on March 3rd, 2021 for", "March 3rd, 2021"),
    ("date", "on 3 March 2021 we met", "3 March 2021"),
    ("date", "DOB 04/12/1988 noted", "04/12/1988"),
    ("date", "since 2019-11-02 sober", "2019-11-02"),
    ("date", "back in Sept 2019 things", "Sept 2019"),
    ("date", "by Tuesday, Jan. 5 I", "Tuesday, Jan. 5"),
    ("zip_code", "Dover, DE 02475", "02475"),
    ("zip_code", "my zip is 10027 btw", "10027"),
    ("zip_code", "code 10027-1234 here", "10027-1234"),
    ("facility", "admitted to St. Mary's Hospital overnight", "St. Mary's Hospital"),
    (
        "facility",
        "at Valley View Community Mental Health Clinic today",
        "Valley View Community Mental Health Clinic",
    ),
    ("facility", "group at Riverside Behavioral Health weekly", "Riverside Behavioral Health"),
    ("clinician", "I saw Dr. Alice Wong yesterday", "Dr. Alice Wong"),
    ("clinician", "Sherry Katz, LCSWCouples and Family Therapist", "Sherry Katz"),
    ("clinician", "Robin Landwehr, DBH, LPCC, NCC helps", "Robin Landwehr"),
    ("clinician", "my therapist Maya said no", "Maya"),
    ("person_context", "Patient: Nadia Novak (MRN", "Nadia Novak"),
    ("person_context", "S: Lucia presents for follow-up", "Lucia"),
    ("person_context", "My mother Emerson doesn't know", "Emerson"),
    ("person_context", "nothing helps.\n- Marcus", "Marcus"),
    ("name_introduction", "hello, my name is Dana Lee and", "Dana Lee"),
    ("phone_number", "call 555.123.4567 now", "555.123.4567"),
    ("phone_number", "call (212) 555-0187 now", "(212) 555-0187"),
    ("phone_number", "(85) 5986-8343-Office,(790)091-7442-Fax", "(790)091-7442"),
    ("phone_number", "They're not answering at 06-24312407", "06-24312407"),
    ("phone_number", "You can call 33 93 31", "33 93 31"),
    ("phone_number", "Phone: 05334 75 83 35", "05334 75 83 35"),
    ("zip_code", "address: 18 birchwood terrace, dorchester ma 02124.", "02124"),
    ("url", "blog at www.tired_samuel19.blog sometimes", "www.tired_samuel19.blog"),
    ("email_address", "rota: k.obi@ward7.trust.internal.", "k.obi@ward7.trust.internal"),
    ("email_address", '"value":"elindqvist@reliantmedical.example"}', "elindqvist@reliantmedical.example"),
]

NEGATIVES = [
    ("street_address", "I have 3 kids on the Way home"),
    ("street_address", "took 2 pills and went to bed"),
    ("street_address", "Meds:\n1 Aspirin 81\n2 Lasix 40\n3 Metoprolol 25\n"),
    ("street_address", "Took 2 Tylenol 500, Pt tolerated well."),
    ("street_address", "TO ER VIA AMBULANCE 2 MEDICS."),
    ("street_address", "sent via fax 2 pages"),
    ("street_address", "the corner of the room and the door"),
    ("street_address", "2 PTS IN THE CORNER OF THE ROOM AND THE DOOR WAS OPEN"),
    ("street_address", "Bring 2 forms during 3 days"),
    ("street_address", "I booked suite 4 2 nights ago at 300"),
    ("street_address", "I moved 3 times\nfrom home\nGermany is nice"),
    ("phone_number", "Shift 0700-1900 uneventful."),
    ("phone_number", "BP 132 78 HR 88 RR 18"),
    ("zip_code", "seen in 10000 cases"),
    ("medical_record_number", "the MRN field was empty"),
    ("nhs_number", "call me at 943 476 5919"),  # passes the checksum but no NHS context
    ("nhs_number", "NHS number 943 476 5918"),  # wrong check digit
    ("insurance_id", "my insurance is expensive"),
    ("social_handle", "write to jane@example.com"),
    ("social_handle", "see r/depression for help"),
    ("age", "she is 34 years old"),  # HIPAA: only ages over 89 by default
    ("age", "I took 100 mg"),
    ("date", "it costs 12.50 dollars"),
    ("date", "I may go out"),
    ("zip_code", "I paid $12345 for it"),
    ("zip_code", "there were 12345 people"),
    ("facility", "The Mental Health Center was closed"),
    ("facility", "My Hospital stay was bad"),
    ("clinician", "I saw the doctor yesterday"),
    ("clinician", "Mr. I don't know"),
    ("person_context", "I'm Sorry, really"),
    ("person_context", "my mother said no"),
    ("phone_number", "version 1.2.3.4567 released"),
    ("url", "I went to www dot nothing"),
    ("email_address", "meet @ 5pm at the cafe.com"),
    ("email_address", "BP 120/80@rest, seen by @dr.kim"),
]


THRESHOLD = section_defaults("anonymize")["score_threshold"]


def _values(type_name: str, text: str) -> list[str]:
    """Values reported at or above the default analyzer score threshold."""
    rec = create_recognizer({"type": type_name})
    return [text[r.start : r.end] for r in rec.analyze(text, []) if r.score >= THRESHOLD]


@pytest.mark.parametrize(("type_name", "text", "expected"), POSITIVES)
def test_when_identifier_present_then_recognizer_reports_exactly_it(
    type_name: str, text: str, expected: str
) -> None:
    assert expected in _values(type_name, text)


@pytest.mark.parametrize(("type_name", "text"), NEGATIVES)
def test_when_look_alike_then_recognizer_reports_nothing(type_name: str, text: str) -> None:
    assert _values(type_name, text) == []


def test_when_bare_years_off_then_a_year_alone_is_not_reported() -> None:
    """``recognizer_options: {date: {bare_years: false}}`` keeps years alone (Safe Harbor); the default reports them."""
    text = "in 2019 I moved"
    off = create_recognizer({"type": "date", "bare_years": False})
    assert [text[r.start : r.end] for r in off.analyze(text, [])] == []
    assert _values("date", text) == ["2019"]


def test_when_min_age_zero_then_every_stated_age_is_reported() -> None:
    rec = create_recognizer({"type": "age", "min_age": 0})
    text = "she is 34 years old"
    assert [text[r.start : r.end] for r in rec.analyze(text, [])] == ["34"]


def test_when_facility_deny_list_configured_then_listed_name_is_reported() -> None:
    rec = create_recognizer({"type": "facility", "deny_list": ["Bellevue"]})
    text = "I spent a week in bellevue last year"
    assert [text[r.start : r.end] for r in rec.analyze(text, [])] == ["bellevue"]


def test_when_custom_regex_declared_as_dict_then_it_reports_the_group() -> None:
    rec = create_recognizer(
        {
            "type": "regex",
            "entity_type": "BADGE",
            "patterns": [{"regex": r"badge\s+(?P<pii>\d{4})", "score": 0.9}],
        }
    )
    text = "my badge 1234 works"
    assert [(text[r.start : r.end], r.entity_type) for r in rec.analyze(text, [])] == [
        ("1234", "BADGE")
    ]


def test_when_a_pattern_gate_does_not_match_then_only_that_pattern_is_skipped() -> None:
    rec = create_recognizer(
        {
            "type": "regex",
            "entity_type": "BADGE",
            "patterns": [{"regex": r"AB\d+", "gate": "never-here"}, {"regex": r"CD\d+", "gate": "CD"}],
        }
    )
    assert [(r.start, r.end) for r in rec.analyze("AB12 CD34", [])] == [(5, 9)]


def test_when_street_patterns_run_behind_their_gates_then_they_find_what_they_find_without() -> None:
    """The cheap per-pattern gates are a fast path: same spans as the patterns run on every text."""
    from dataclasses import replace
    from pathlib import Path

    gated = create_recognizer({"type": "street_address"})
    ungated = create_recognizer({"type": "street_address"})
    ungated.patterns = [replace(p, gate=None) for p in ungated.patterns]
    assert any(p.gate is not None for p in gated.patterns)
    cases = Path(__file__).parent / "cases"
    own = [t for _, t, _ in POSITIVES] + [t for _, t in NEGATIVES]
    paragraphs = [p for f in sorted(cases.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    # every paragraph as written (the files hold notes in capitals and in lower case too), and every fourth one
    # recased as well: the ungated run is the slow one and grows with each tuning file
    recased = own + paragraphs[::4]
    texts = own + paragraphs + [t.upper() for t in recased] + [t.lower() for t in recased]
    assert [gated.find(t) for t in texts] == [ungated.find(t) for t in texts]


def test_when_presidio_recognizer_named_then_it_is_built_and_gated() -> None:
    rec = create_recognizer({"type": "presidio", "class_name": "EmailRecognizer"})
    assert [
        r.entity_type for r in rec.analyze("mail a.b@example.org now", ["EMAIL_ADDRESS"], None)
    ] == ["EMAIL_ADDRESS"]
    assert rec.analyze("no address here", ["EMAIL_ADDRESS"], None) == []


def test_when_specs_are_bad_then_every_problem_is_listed() -> None:
    with pytest.raises(ValueError) as err:
        build_recognizers(
            [{"type": "nope"}, {"type": "presidio", "class_name": "Missing"}, {"type": "regex"}]
        )
    message = str(err.value)
    assert (
        "recognizers[0]" in message and "recognizers[1]" in message and "recognizers[2]" in message
    )
    assert "street_address" in message  # known types listed


def test_when_disabled_then_spec_is_skipped() -> None:
    assert build_recognizers([{"type": "age", "enabled": False}]) == []
    assert "clinician" in known_recognizer_types()


# --- declaring recognizers in params.yaml ----------------------------------------------------------
def _found(config: dict, text: str) -> set[tuple[str, str]]:
    recognizers = build_recognizers(recognizer_specs(resolve_config(config)))
    return {(r.entity_type, text[r.start : r.end]) for rec in recognizers for r in rec.analyze(text, [], None)}


def test_when_recognizer_options_given_then_only_that_recognizer_changes() -> None:
    text = "A 34-year-old seen at Harbor Light House on 2021-03-04."
    default = _found({}, text)
    assert ("AGE", "34") not in default and ("FACILITY", "Harbor Light House") not in default
    options = {"age": {"min_age": 0}, "facility": {"deny_list": ["Harbor Light House"]}}
    tuned = _found({"recognizer_options": options}, text)
    assert tuned - default == {("AGE", "34"), ("FACILITY", "Harbor Light House")}
    off = _found({"recognizer_options": {"date": {"enabled": False}, "DateRecognizer": {"enabled": False}}}, text)
    assert not any(t == "DATE_TIME" for t, _ in off) and any(t == "DATE_TIME" for t, _ in default)


def test_when_extra_recognizer_declared_then_its_type_is_replaced_without_listing_it() -> None:
    badge = {"type": "regex", "entity_type": "BADGE", "patterns": [{"regex": r"BADGE-\d{4}", "score": 0.9}]}
    records = pd.DataFrame({"record_id": ["r1"], "text": ["left badge BADGE-1234 at the desk"]})
    config = {"n_process": 1, "extra_recognizers": [badge], "tabular": {"k": 1}}
    out = anonymize_records(records, config=config, key=b"k" * 32).records["text"].iloc[0]
    assert "BADGE-1234" not in out and "<BADGE" in out
    with pytest.raises(ValueError, match=r"anonymize\.extra_recognizers\[0\] \(type regex\)"):
        anonymize_records(records, config={**config, "extra_recognizers": [{"type": "regex"}]}, key=b"k" * 32)


def test_when_recognizer_options_name_an_unlisted_recognizer_then_error_lists_known() -> None:
    with pytest.raises(AnonymizeConfigError, match=r"recognizer_options\.agee: no such recognizer.*'age'"):
        resolve_config({"recognizer_options": {"agee": {"min_age": 0}}})
    with pytest.raises(AnonymizeConfigError, match=r"anonymize\.recognizer_options: .* is not of type 'object'"):
        resolve_config({"recognizer_options": [{"age": {"min_age": 0}}]})
