"""Ward-note shorthand, in upper, lower and mixed case: what nurses write around identifiers.

Relatives in note abbreviations ("dtr kim", "daughter-in-law trish", "wife is rose"), a name in
parentheses after a service ("ID (Fortescue)"), an initial between a role and a surname ("NP R.
Castellano"), third names of slash teams, hyphenated month-day dates after a date word ("admitted
8-2"), day-first dates ("14/3"), convalescent homes and LTCs, capitalised sites before "ED", a
lower-case town after "from" on a cased line, visiting-nurse agencies named by their area, ages
over 89 in words. Look-alikes: scores and assist levels written like dates, ranges and counts
after "on"/"seen", roles, a verb after a list of roles, "ninety days". All values are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.age import DEFAULT_SPEC as AGE_SPEC
from confide.anonymize.recognizers.age import build_spec as build_age_spec
from confide.anonymize.recognizers.base import RegexSpanRecognizer
from tests.anonymize.conftest import case_file_metrics, covered, touching, variants

CASES = Path(__file__).parent / "cases" / "nursing_shorthand.txt"

POSITIVES = [
    # relatives written as notes write them
    *variants("Spoke w/ dtr Kim re plan, she will be in tmrw.", "Kim"),
    *variants("Pt's daughter-in-law trish here, Neuro checks q4h.", "trish"),
    *variants("Dtr-in-law Patty is contact.", "Patty"),
    *variants("Dtr Beverly is HCP.", "Beverly"),
    *variants("Pt's wife is Rose, she stays overnight.", "Rose"),
    # clinicians: a name in parentheses after a service, an initial after a role, slash teams
    *variants("Seen by ID (Fortescue), recs to cont vanco.", "Fortescue"),
    *variants("NP R. Castellano aware of low sat.", "R. Castellano"),
    *variants("MICU team (Hartley/Desai/Morrow) at bedside.", "Morrow"),
    *variants("Report to Robin at 1900, pt stable.", "Robin"),
    # dates: month-day with a hyphen after a date word, day first when the day cannot be a month
    *variants("D/c to rehab on 6-3, CM following.", "6-3"),
    *variants("Admitted 8-2 w/ CHF exacerbation.", "8-2"),
    *variants("Pt seen 3-14 by surgery, no acute issue.", "3-14"),
    *variants("Seen on 6-3, daughter at bedside.", "6-3"),
    *variants("Family mtg on 5-9 Daughter Lucy present.", "5-9"),
    *variants("14/3 pt seen in clinic, bp 142/88.", "14/3"),
    # facilities and places
    *variants("From Seaview Convalescent Home, sent in for MS changes.", "Seaview Convalescent Home"),
    *variants("Pt moved to Pine Ridge LTC from the floor.", "Pine Ridge LTC"),
    *variants("Brought to Melrose Wakefield ED by police.", "Melrose Wakefield"),
    ("pt brought to MELROSE WAKEFIELD ED by police", "MELROSE WAKEFIELD"),
    ("Sat 4/12: granddaughter visited from worcester, pt tearful.", "worcester"),
    *variants("Referred to VNA of Cape Cod for wound care.", "VNA of Cape Cod"),
    # ages over 89 in words
    *variants("Pt is a ninety-one yo woman from home.", "ninety-one"),
    *variants("She is one hundred and two years old.", "one hundred and two"),
]

NEGATIVES = [
    # scores, assist levels and counts written like dates
    *variants("Strength 5/5 uppers, 3/5 lowers.", "3/5 lowers"),
    *variants("Pain 6/10 -> 3/10 after dose.", "3/10"),
    *variants("Glucose 142. I/O 2/2 voids.", "2/2 voids"),
    *variants("Pt on 2/2 assist for transfers, 3/4 strength L grip.", "2/2 assist for transfers, 3/4 strength"),
    # ranges and counts after a date word
    *variants("On 2-3 L NC, sats 94-96%.", "2-3 L NC, sats 94-96%"),
    *variants("Seen 2-3 times overnight by RN.", "2-3 times"),
    *variants("Admitted 1-2 days ago from home.", "1-2 days"),
    *variants("Sitter 24/7 per family request.", "24/7"),
    # roles, vitals, ratios, doses, times
    *variants("PT/OT to follow. NP and PA aware, RN at bedside.", "PT/OT to follow. NP and PA aware, RN"),
    *variants("BP 120/80, 1:1 sitter, sx x2, meds @2pm.", "120/80, 1:1 sitter, sx x2, meds @2pm"),
    # a verb after a list of roles; a title read by NER as the end of a name; a home that is no name
    *variants("G. Petrakis MD, attending, met with family.", "met with family"),
    ("NEURO CHECKS Q1H X 24H. PT SEEN BY NEURO RES DR. KHOURY @ 0200.", "NEURO CHECKS"),
    ("NEURO CHECKS Q1H X 24H. PT SEEN BY NEURO RES DR. KHOURY @ 0200.", "NEURO RES"),
    *variants("D/c back to rest home or LTC when bed available.", "rest home or LTC"),
    *variants("VNA of choice to be set up by CM.", "VNA of choice"),
    *variants("Report to floor called; report to MD re: K 5.9.", "floor called; report to MD"),
    *variants("Ninety days supply given; a hundred-year-old house.", "Ninety days supply given; a hundred-year-old"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_identifier_in_ward_shorthand_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_ward_shorthand_look_alike_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_ward_shorthand_notes_scored_then_recall_and_precision_hold(analyzer: TextAnalyzer) -> None:
    """The ward-shorthand tuning notes (cases/nursing_shorthand.txt, invented values): a floor per class."""
    metrics = case_file_metrics(analyzer, CASES)
    assert metrics["overall"]["span"]["recall"] >= 0.97
    assert metrics["overall"]["span"]["precision"] >= 0.9
    for entity_type in ("PERSON", "DATE_TIME", "FACILITY", "LOCATION", "PHONE_NUMBER", "ID", "AGE"):
        assert metrics["per_entity_type"][entity_type]["span"]["recall"] >= 0.95, entity_type


def test_when_min_age_is_above_ninety_then_ages_in_words_are_not_reported() -> None:
    """Words name ages of 90 and over only, so a higher ``min_age`` drops them with the numbers below it."""
    text = "Pt is a ninety-one yo woman; her husband is 93 yo and her sister 96 yo."
    found = RegexSpanRecognizer(**build_age_spec({**AGE_SPEC, "min_age": 95})).find(text)
    assert [text[s:e] for s, e, _ in found] == ["96"]
    default = RegexSpanRecognizer(**build_age_spec(dict(AGE_SPEC))).find(text)
    assert [text[s:e] for s, e, _ in default] == ["ninety-one", "93", "96"]
