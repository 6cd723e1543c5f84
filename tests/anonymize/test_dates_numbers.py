"""Dates and identifying numbers in ward and clinic notes, in upper, lower and mixed case.

Dates: month names in any case ("14 apr", "may 2088" with its year), a numeric date before a full stop
("03.14.94."), a hyphenated month-day after "planned for" / "done", a day ordinal after "around" or
closing a clause ("staples out the 14th."), ranges of days ("3/14-16", "MARCH 14-16"), "14MAR94".
Numbers: an SSN after its label in any grouping, an extension after a bare "x" when a phone word is
near or after "extn", pagers after "pg" / "paged", an age over 89 after "mother is". Short, hyphenated
and run-together dates are shifted in their own form. Look-alikes: ratings over ten ("now 8/10", "10/10 pain"),
fractions before "ppd" / "bottles", dose and score ranges ("1/2-1 tab", "4/5-5/5"), ranges before
minutes and shifts, ordinals that count things ("the 3rd time", "the 2nd floor"), "x" counts, "order
44 of the set", vitals after "is", "MAR 2 doses", clock times after "paged". All values are invented.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.dates import shift_date_text
from tests.anonymize.conftest import case_file_metrics, covered, touching, variants

CASES = Path(__file__).parent / "cases" / "dates_numbers.txt"

POSITIVES = [
    # month words in any letter case; "may" and "mar" in lower case only with a year
    *variants("F/u in clinic 14 Apr w/ labs 1 wk prior.", "14 Apr"),
    *variants("Next infusion 22 Apr at 0900.", "22 Apr"),
    *variants("Last psych admit May 2088 per records.", "May 2088"),
    *variants("Sx began Oct 3 with cough, worse since.", "Oct 3"),
    # a numeric date closing a sentence
    *variants("Date of service: 03.14.94. Unit no. 882-11-04.", "03.14.94"),
    # a hyphenated month-day after a plan or a completed act
    *variants("EGD planned for 4-14. NPO after midnight.", "4-14"),
    *variants("Psych eval done 9-3, pt denies SI/HI.", "9-3"),
    *variants("Pt seen 3-14 in clinic by surgery.", "3-14"),
    # a day ordinal after "around" or closing a clause
    *variants('Pt says the fall was "around the 20th", unsure which month.', "20th"),
    *variants("Staples out the 14th. Wound clean, dry.", "14th"),
    # ranges of days, compact day-month-year, "of" before a year in any case
    *variants("Inpt 3/14-16 for pna, then rehab.", "3/14-16"),
    *variants("Inpt March 14-16 for pna, then rehab.", "March 14-16"),
    *variants("Cath 14Mar94 showed 3VD.", "14Mar94"),
    *variants("Diagnosed in March of 2094 with DM2.", "March of 2094"),
    # an SSN after its label in any grouping
    *variants("Social 123 45 6789 on the old form.", "123 45 6789"),
    *variants("SS# 123.45.6789 per registration.", "123.45.6789"),
    # an extension after a bare "x", with a phone word near
    *variants("Pain team reached at ext. 4417 days, x5820 nights.", "5820"),
    *variants("Called page operator at x7100, no answer.", "7100"),
    # pagers after "pg" / "paged", extensions after "extn"
    *variants("Covering MD pg 4417 re: K 6.1.", "4417"),
    *variants("Paged renal 3-4417 x2, no answer.", "3-4417"),
    *variants("Extn 4417 for charge RN.", "4417"),
    # an age over 89 after a person word and "is"
    *variants("Pt's mother is 101, lives with pt.", "101"),
]

NEGATIVES = [
    # ratings over ten, fractions that count
    *variants("Worse over 2-3 days, now 8/10.", "8/10"),
    *variants("10/10 pain on arrival, 20/20 vision.", "10/10"),
    *variants("Smokes 1/2 ppd x 20 yrs.", "1/2 ppd"),
    *variants("Blood cx 2/4 bottles gpc in clusters.", "2/4 bottles"),
    # a dose range and a range of scores written like dates
    *variants("Percocet 1/2-1 tab q6h prn.", "1/2-1 tab"),
    *variants("Strength 4/5-5/5 bilat.", "4/5-5/5"),
    # a temperature after "pt was"
    *variants("Pt was 101 this am and tachy, cultures sent.", "101"),
    # clock times and page counts after "paged" / "page"
    *variants("Paged MD at 2200 re: BP, paged x2 at 0300.", "2200 re: BP, paged x2 at 0300"),
    *variants("See page 1234 of the chart; 40 pg/mL.", "1234 of the chart; 40 pg/mL"),
    # "social" before a number that is no SSN
    *variants("Social hx: 40 pk yr, quit 2090.", "40 pk yr"),
    # ranges after a date word with a unit or count after them
    *variants("Started 5-10 minutes ago, held 1-2 doses.", "5-10 minutes ago, held 1-2 doses"),
    *variants("On 3-11 shift, RN covering.", "3-11 shift"),
    # ordinals that count a thing
    *variants("Since the 3rd time, after the 2nd dose.", "3rd time, after the 2nd dose"),
    *variants("Moved by the 5th floor team.", "5th floor"),
    # "x" counts, a count after an id word, vitals after "is"
    *variants("Lasix 40 IV x2, ambulated x3 with PT.", "x2, ambulated x3"),
    *variants("Order 44 of the set released.", "44 of the set"),
    *variants("HR is 96, BS was 110, pt is 98.6 orally.", "96, BS was 110, pt is 98.6"),
    # a month-like word before a quantity: the MAR, "dec" for decreased
    *variants("Per MAR 2 doses of ativan given overnight.", "MAR 2 doses"),
    ("uop dec 30 ml/hr since noon.", "dec 30 ml/hr"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_date_or_number_in_note_then_it_is_covered(analyzer: TextAnalyzer, text: str, identifier: str) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_date_or_number_look_alike_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_date_and_number_notes_scored_then_recall_and_precision_hold(analyzer: TextAnalyzer) -> None:
    """The date and number tuning notes (cases/dates_numbers.txt, invented values): a floor per class."""
    metrics = case_file_metrics(analyzer, CASES)
    assert metrics["overall"]["span"]["recall"] >= 0.98
    assert metrics["overall"]["span"]["precision"] >= 0.9
    for entity_type in ("DATE_TIME", "ID", "PHONE_NUMBER", "AGE"):
        assert metrics["per_entity_type"][entity_type]["span"]["recall"] >= 0.97, entity_type
    assert metrics["per_entity_type"]["DATE_TIME"]["span"]["precision"] >= 0.9


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("3/14", 10, "3/24"),
        ("03-14", 10, "03-24"),
        ("14/3", 20, "3/4"),
        ("12/31", 1, "1/1"),
        ("2/28", 1, "2/29"),
        ("Jan-94", 31, "Feb-94"),
        ("March of 2094", 31, "April of 2094"),
        ("14MAR94", 1, "15MAR94"),
        ("01jan2094", -1, "31dec2093"),
        ("13/13", 1, None),
    ],
)
def test_when_short_or_compact_date_shifted_then_its_form_is_kept(text: str, days: int, expected: str | None) -> None:
    """Forms the detector reports without a year, with a hyphen or run together are shifted in place (not tagged)."""
    assert shift_date_text(text, days) == expected


# Review follow-up: a side letter after a month-name date, "set" as a verb after a fraction.
REVIEW_POSITIVES = [
    # a month-name date before a side or a tube letter (L, R, G, U) is still a date
    *[(t, v) for t, v in variants("Cath Mar 14 L heart.", "Mar 14")[:2]],
    *variants("Seen Oct 3 G tube changed.", "Oct 3"),
    *variants("Admitted Dec 12 L TKA, PT to see.", "Dec 12"),
    *variants("Seen June 3 L knee.", "June 3"),
    *[(t, v) for t, v in variants("Surgery May 3 L foot.", "May 3")[:2]],
    *variants("Bx Aug 9 R breast, path pending.", "Aug 9"),
    *variants("Repair Nov 21 U ext. no leak.", "Nov 21"),
    # "set" after a fraction is the verb, not a count of sets
    *variants("Appt 3/12 set by pt.", "3/12"),
    *variants("F/u 4/18 set up by clinic.", "4/18"),
]

REVIEW_NEGATIVES = [
    # page numbers and counts after "page" / "pg" / "paged" are no pagers
    ("Turn to page 1234 and read.", "1234"),
    ("Read pg 2345, it's good.", "2345"),
    ("My page got over 12000 views yesterday.", "12000"),
    ("The page has 15000 followers now.", "15000"),
    ("I paged through 2-1000 pages.", "2-1000"),
    ("Look at page 4471 of the new book, the page had 18000 likes.", "4471 of the new book, the page had 18000"),
    # an amount after "social security" without a number word is money
    ("I get social security 1200 a month.", "1200"),
    ("Social security 1450, rent 1100.", "1450"),
    ("She gets social security 1380 monthly now.", "1380"),
    # ordinals that rank or count, closing a clause or after a loose cue
    ("This is the 3rd.", "3rd"),
    ("I came in 2nd and she was the 1st, honestly.", "1st"),
    ("He finished the 10th.", "10th"),
    ("We were the 4th; they were the 2nd!", "4th; they were the 2nd"),
    ("I read through the 5th chapter last night.", "5th"),
    ("We argued about the 2nd amendment again.", "2nd"),
    ("Talked around the 3rd question for an hour.", "3rd"),
    # scores after "set" / "held", "march" and "dec" as words before a count
    ("We won the first set 6-4 and lost the second.", "6-4"),
    ("They started 3-0 this season but held 2-1 at the half.", "2-1"),
    ("Second set 7-5 then held 3-2 to the end.", "7-5 then held 3-2"),
    ("We'll march 20 miles a day.", "march 20"),
    ("Sats dec 5 points overnight.", "dec 5"),
    ("hr dec 10 beats after the bolus.", "dec 10"),
    # a score is no age
    ("Score: she was 99, I was 98.", "99"),
    ("Final score, he was 97 and she was 95.", "97 and she was 95"),
]


@pytest.mark.parametrize(("text", "identifier"), REVIEW_POSITIVES)
def test_when_month_date_before_side_letter_or_fraction_before_set_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), REVIEW_NEGATIVES)
def test_when_page_count_money_rank_score_or_march_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(
    "text",
    ["badge " + "1" * 9990 + " of the", "clinic #" + "2" * 9990 + "_", "paged " + "3" * 9990 + " of"],
    ids=["after_id_word", "after_number_sign", "after_paged"],
)
def test_when_long_digit_run_after_id_word_then_analysis_is_quick(analyzer: TextAnalyzer, text: str) -> None:
    """A 10,000-character run after an id word or a number sign is read in linear time (no backtracking)."""
    start = time.perf_counter()
    analyzer.analyze([text])
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("MARCH OF 2094", 30, "APRIL OF 2094"),
        ("MAY 2094", 30, "JUNE 2094"),
        ("May 2094", 30, "June 2094"),
        ("may 2094", 30, "june 2094"),
        ("Jun 2094", 30, "Jul 2094"),
        ("14 APR", 30, "14 MAY"),
        ("JAN-49", 31, "FEB-49"),
        ("MARCH 3RD", 30, "APRIL 2ND"),
        ("march 3rd", 30, "april 2nd"),
        ("3RD OF MARCH", 30, "2ND OF APRIL"),
        ("Sept 3", 30, "Oct 3"),
        # a two-digit year whose shift crosses a century cannot be written back: the caller tags it
        ("14MAR94", 29200, None),
        ("3/14/94", 29200, None),
        ("Dec-49", 31, None),
        ("14MAR94", 365, "14MAR95"),
    ],
)
def test_when_date_shifted_then_letter_case_and_century_are_kept(text: str, days: int, expected: str | None) -> None:
    assert shift_date_text(text, days) == expected


# Unseen-text round (issue 10): shapes and cues the independent tuning sets showed missing.
UNSEEN_ROUND_POSITIVES = [
    # a weekday abbreviation or a long weekday in any case before a numeric date
    *variants("Admitted Thurs 6/11, home Weds 6/17.", "Weds 6/17"),
    *variants("Seen Wednesday 2/3 in clinic.", "Wednesday 2/3"),
    *variants("Labs Thur 8/20, repeat Saturday 8/22.", "Saturday 8/22"),
    # a short month name after a date cue, closing the phrase
    *variants("Moved here from Ohio in nov, no PCP yet.", "nov"),
    *variants("Next depot injection due apr.", "apr"),
    *variants("Sober since sept and attending meetings.", "sept"),
    # a fraction after the possessive of a holiday is still a date
    *variants("Visited on Mother's day 5/12 with family.", "5/12"),
    # a job number after a bare number sign closing a dictation line
    *variants("Dictated by Dr. Amos  D 2/3/91 T 2/4/91  #517204", "517204"),
    # an extension in parentheses after a role
    *variants("Night float Dr. Okafor (x5521) aware of K.", "5521"),
    # an age over 89 at a birthday
    *variants("Her grandmother turned 97 yesterday.", "97"),
    *variants("Pt turning 93 next month, wants a party.", "93"),
    *variants("Resident turns 100 on Sunday.", "100"),
]

UNSEEN_ROUND_NEGATIVES = [
    # ventilator settings, Apgars, a rating after "is" and a percentage: no dates
    *variants("Weaned to PS 8/5 this am, tol well.", "8/5"),
    *variants("On BIPAP 12/6 overnight, sats 94%.", "12/6"),
    *variants("Apgars 7/9 at delivery.", "7/9"),
    *variants("Back pain is 6/10, better with heat.", "6/10"),
    *variants("Vent AC 400/14/+5/40% overnight.", "5/40"),
    # "dec" for decreased after "in", a month word before a word
    *variants("Drop in dec UO noted overnight.", "dec"),
    # coma-scale parts, gravida/para, volume by rate, a range of blocks: no ids
    *variants("GCS 13 (E3V4M6) after sedation held.", "E3V4M6"),
    *variants("G2P1011 at 38w, no complications.", "G2P1011"),
    *variants("Vent AC 450X16 PEEP 5.", "450X16"),
    *variants("Blocks B1-B12 submitted to path.", "B1-B12"),
    # "x" counts in parentheses
    *variants("Repeat lytes (x2) and CBC (x3).", "x2) and CBC (x3"),
]


@pytest.mark.parametrize(("text", "identifier"), UNSEEN_ROUND_POSITIVES)
def test_when_weekday_abbreviation_short_month_job_number_extension_or_birthday_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), UNSEEN_ROUND_NEGATIVES)
def test_when_vent_setting_rating_clinical_code_or_angle_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


# Review of the unseen-text round (issue 10): "day" before a fraction vetoes a date only after a course
# word; a short month is no date after "from" or before "to", nor "dec" after "in"; a birthday needs a
# person; a power of ten in parentheses is a multiplier, not an extension.
REVIEW2_POSITIVES = [
    *variants("Last drink was Presidents Day 2/17, per wife.", "2/17"),
    *variants("Her final day 7/31 at the warehouse.", "7/31"),
    *variants("Procedure day 8/9, tolerated well.", "8/9"),
    *variants("Discharge day 10/2 confirmed with family.", "10/2"),
    *variants("Relapsed in oct, then detox.", "oct"),
    *variants("Sober until dec, then one slip.", "dec"),
    *variants("Her neighbor Mrs. Pryce turned 96 on Sunday.", "96"),
    *variants("My dad turns 101 tomorrow!", "101"),
    *variants("On-call resident Dr. Ames (x6620) paged.", "6620"),
]

REVIEW2_NEGATIVES = [
    # the day of an antibiotic or a program course
    *variants("Ceftriaxone day 3/7, afebrile.", "3/7"),
    *variants("Abx day 2/5 per ID.", "2/5"),
    *variants("Detox day 4/5, vitals stable.", "4/5"),
    *variants("Day 6/14 of the residential program.", "6/14"),
    # a drug switch, decreased, a person after "from"
    *variants("Switched from aug to doxy for rash.", "aug"),
    *variants("Titrated from oct to lanreotide.", "oct"),
    *variants("UO trending down in dec.", "dec"),
    *variants("No change in dec, cont diuretic.", "dec"),
    *variants("Got a voicemail from jan, she is ok.", "jan"),
    # a counter, a streak, a channel turning a number
    *variants("My sobriety counter turns 100 tomorrow!", "100"),
    *variants("Streak turned 120 today, feeling good.", "120"),
    *variants("The group chat turns 100 this week.", "100"),
    # a multiplier of a count or a lens
    *variants("WBC 9.8 (x1000), plt 240 (x1000).", "1000"),
    *variants("Reviewed under oil (x1000) by path.", "1000"),
]


@pytest.mark.parametrize(("text", "identifier"), REVIEW2_POSITIVES)
def test_when_holiday_or_event_day_month_after_cue_birthday_or_extension_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), REVIEW2_NEGATIVES)
def test_when_course_day_drug_switch_decreased_counter_or_multiplier_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    """Our recognizers leave these alone; spaCy's own DATE reading ("day 4/5", an ALL-CAPS "OCT") is
    post-processing's to judge and is not what these rules control."""
    assert [hit for hit in touching(analyzer, text, look_alike) if hit[1] != "SpacyRecognizer"] == []


def test_when_badge_word_precedes_a_coma_scale_shape_then_it_is_an_id(analyzer: TextAnalyzer) -> None:
    for text, value in variants("Badge E2V3M5 issued to the sitter.", "E2V3M5"):
        assert covered(analyzer, text, value)


@pytest.mark.parametrize(
    "text",
    ["served " + "Abc " * 2500 + "2015", "in " + "dec " * 2500, "#" + "4" * 9990, "(x" + "5" * 9990 + ")"],
    ids=["life_event_words", "month_after_cue", "number_sign", "x_extension"],
)
def test_when_long_input_meets_new_patterns_then_analysis_is_quick(analyzer: TextAnalyzer, text: str) -> None:
    """10,000 characters of words after a life-event cue, short months, or digits after "#" / "(x": linear time."""
    start = time.perf_counter()
    analyzer.analyze([text])
    assert time.perf_counter() - start < 2.0
