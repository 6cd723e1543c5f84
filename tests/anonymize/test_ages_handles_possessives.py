"""Elders' ages with no elder named, signed and logged user names, shops by possessive, postcodes, hospitals' tails.

The look-alikes are a read-only reviewer's finds against the first version of each rule.

Issue #10, 22nd round: "He is 93 and lives with his granddaughter", "posted by quietmaple", "going to Wendy's on
Route 9", "Mirrabooka 6061". Values invented (towns and chains are real, as word lists hold them).
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

AGES = [
    ("He is 93 and lives with his granddaughter in Longmeadow.", "93"),
    ("shes 94 next month cant believe it", "94"),
    ("He's 90 in June (don't mention it).", "90"),
    ("DOB 12/07/1928, she's 96 and forgetful.", "96"),
    ("Ninety-six and still insists on living alone.", "Ninety-six"),
    ("She was 94 and still living alone when she fell.", "94"),
    ("He'll be 95 next month and still drives.", "95"),
    ("Pt is 96 and lives alone.", "96"),
    ("He's 93, lives alone with carers twice daily.", "93"),
]
NO_AGES = [
    ("He's 98 and afebrile now.", "98"),
    ("She was 96 on 2L.", "96"),
    ("Sats dropped to 88, she's 93 and still on 4L now.", "93"),
    ("Tom is 95, sats 93%.", "95"),
    ("He's 96 next to the window.", "96"),
    ("Ninety minutes and still waiting.", "Ninety"),
    # a reading after "and still", a weight this week, a young patient's date of birth, a count in words
    ("Checked her obs at 0600. She's 94 and still on 2L via nasal specs.", "94"),
    ("Weighed him on the ward scales. He's 95 this week, up from 92.", "95"),
    ("DOB 03/02/2001, known asthmatic, she's 94, wheezy and tired.", "94"),
    ("Ninety this month, up from seventy last month, referrals keep coming.", "Ninety"),
    ("Ninety next month if the trend holds.", "Ninety"),
    ("He's 90 in May's ranking.", "90"),
    ("She's 93 next month on the rota.", "93"),
    ("Pulse? she's 92 and walks ok", "92"),
    ("Grandad was 102 in July with the flu.", "102"),
]

HANDLES = [
    ("i'm 4 yrs sober and i'm scared. posted by quietmaple", "quietmaple"),
    ("posted by quietmaple on 3 March", "quietmaple"),
    ("so tired of all of this, going to bed early - hannah92", "hannah92"),
    ("They message him from snap tott3nham_trapz after school.", "tott3nham_trapz"),
    ("Brother also contacts him via his gaming tag N1ghtOwlDre.", "N1ghtOwlDre"),
    ("2025-01-05T10:31:47Z|user:jtorres3|action:VIEW", "jtorres3"),
    ("WARN break-glass access: user a.petrov opened a restricted note", "a.petrov"),
]
NO_HANDLES = [
    ("Announcement posted by admin.", "admin"),
    ("She made a snap decision to leave.", "decision"),
    ("BP 120/80 - NormalRange", "NormalRange"),
    ("Plan - FollowUp", "FollowUp"),
    ("Thanks all for reading this - McDonald", "McDonald"),
    ("follow her on tiktok dancing", "dancing"),
    # slang after a platform, a records system or a word and its number signing a note's line
    ("I think she got hooked on tiktok brainrot", "brainrot"),
    ("Letter uploaded to the GP record - SystmOne", "SystmOne"),
    ("Mum and I talked it through on the phone - FaceTime", "FaceTime"),
    ("Chemo started on the ward this morning - cycle2", "cycle2"),
    ("Updated my job profile this week - LinkedIn", "LinkedIn"),
    ("One day at a time, three months clean - KeepGoing", "KeepGoing"),
    ("Service user covid19 positive, isolating in room.", "covid19"),
    ("Rota posted by frontdesk on 4 June.", "frontdesk"),
]

POSSESSIVE_PLACES = [
    ("we're going to Wendy's on Route 9 first, thats tradition.", "Wendy's"),
    ("He is drinking most nights at Considine's and told the chemist.", "Considine's"),
    ("He now drinks at Mama Thoko's tavern most afternoons.", "Mama Thoko's"),
    ("we met at O'Reilly's after work", "O'Reilly's"),
]

POSTCODES = [
    ("Lives with wife in Mirrabooka 6061. Plan: remove IDC.", "6061"),
]
NO_POSTCODES = [
    ("Flew to Boston 1430.", "1430"),
    ("Moved to Leeds 2019.", "2019"),
    # figures by place, a count after a comma
    ("Cases reported this week: London 4500, Manchester 3200, Leeds 2800.", "4500"),
    ("Flights to Sydney, 2500.", "2500"),
    # an amount at a clause's end with no home's word before the town
    ("Population of Leeds 7500.", "7500"),
    ("Rent in Bristol 2450.", "2450"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_when_an_age_over_89_goes_on_to_a_life_or_a_birthday_then_it_is_an_age(
    analyzer: TextAnalyzer, text: str, age: str
) -> None:
    assert any(kind == "AGE" for kind, _ in touching(analyzer, text, age))


@pytest.mark.parametrize(("text", "number"), NO_AGES)
def test_when_a_reading_or_a_measure_goes_with_the_number_then_no_age(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert all(kind != "AGE" for kind, _ in touching(analyzer, text, number))


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_when_a_coined_name_signs_a_post_or_follows_its_platform_then_it_is_a_handle(
    analyzer: TextAnalyzer, text: str, handle: str
) -> None:
    assert any(
        kind == "SOCIAL_HANDLE" and "SocialHandleRecognizer" in source.split("+")
        for kind, source in touching(analyzer, text, handle)
    )


@pytest.mark.parametrize(("text", "word"), NO_HANDLES)
def test_when_the_name_is_a_word_a_listed_name_or_a_notes_label_then_no_handle(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert all(kind != "SOCIAL_HANDLE" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "name"), POSSESSIVE_PLACES)
def test_when_a_possessive_names_the_place_gone_to_then_all_of_it_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


def test_when_a_possessive_owns_a_thing_then_the_s_is_left(analyzer: TextAnalyzer) -> None:
    text = "staying at Tom's place tonight, Tom's car was towed"
    spans = analyzer.analyze([text])[0]
    second = text.rindex("Tom's")
    assert not any(s.start <= second + 3 < s.end for s in spans)


@pytest.mark.parametrize(("text", "code"), POSTCODES)
def test_when_four_digits_from_2400_close_a_town_then_they_are_a_postcode(
    analyzer: TextAnalyzer, text: str, code: str
) -> None:
    assert ("ZIP_CODE", "PostcodeAfterPlace") in touching(analyzer, text, code)


@pytest.mark.parametrize(("text", "number"), NO_POSTCODES)
def test_when_four_digits_may_be_a_time_or_a_year_then_no_postcode(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert all(kind != "ZIP_CODE" for kind, _ in touching(analyzer, text, number))


HOSPITAL_TAILS = [
    ("this is nurse Achieng from Thika Level 5 Hospital calling about your mother", "Thika Level 5 Hospital"),
    ("Referred to Kiambu Level 5.", "Kiambu Level 5"),
    ("born at 34 weeks at Brigham and Women's weighing 4 lb 9 oz", "Brigham and Women's"),
    ("to the Mother-Baby Unit, Royal Brisbane and Women's if bed", "Royal Brisbane and Women's"),
]


@pytest.mark.parametrize(("text", "name"), HOSPITAL_TAILS)
def test_when_a_level_of_care_or_and_womens_follows_a_place_then_the_hospital_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Lives in Leeds level 3 flat with her son.",
        "Pain level 4, Hospital food poor.",
        "stayed in Auckland Level 3 lockdown",
        "Boston and Women's rights were discussed.",
        "Sarah and Children's Services met on Friday.",
    ],
)
def test_when_the_level_is_a_floor_or_a_score_then_no_hospital(analyzer: TextAnalyzer, text: str) -> None:
    assert all(s.source != "HospitalTail" for s in analyzer.analyze([text])[0])
