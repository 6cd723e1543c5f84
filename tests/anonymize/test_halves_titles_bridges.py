"""A name's other half in lower case or written family name first, charities and firms named after a person,
a post title's state, a town after a hospital or a site's town, years after a life's events, and one identifier
found in two pieces (issue #10, 24th round).

"User: jonah feldstein", "Student Lim Jun Hao", "Ma. Lourdes Dizon", "the Trevor Project", "r/legaladvice · TX -",
"Federal Medical Centre, Umuahia", "Hamilton ON", "(deceased 2019, MI)", "Baylor Scott & White", "#88213": each
with the look-alikes the same words make. Values invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.name_completion import complete_names
from confide.anonymize.spans import Span
from tests.anonymize.conftest import covered, touching

NAME_HALVES = [
    # a family name written first, before a found given name, and the given name's second part
    ("Student Lim Jun Hao (matric A0219934X) came in after failing his exam.", "Lim Jun Hao"),
    ("Ng Siew Hoon (IC 690412-07-5538), 56, hospital cleaner.", "Ng Siew Hoon"),
    # a Filipina's "Ma." for Maria
    ("Home visit - Ma. Lourdes Dizon, Blk 7 Lot 22 Mabini St.", "Ma. Lourdes Dizon"),
]
NOT_NAME_HALVES = [
    # lower-case words after a found given name stay: chat's, other languages' and dates' words are listed family
    # names too
    ("told sarah tomorrow is fine", "tomorrow"),
    ("saw mike today at group", "today"),
    ("si kevin ang bahala", "ang"),
    ("mtg w/ tom thu 3pm", "thu"),
    ("ask kevin lah he knows the way", "lah"),
    ("hey lucas que onda", "que"),
    # "Ma." as a mother or a state's code, and before a word no list holds as a given name
    ("Ma. Ward rang about her son.", "Ma."),
    ("Love you Ma. Emily and Dad say hi.", "Ma."),
    ("Springfield, Ma. Jason Lee is the contact.", "Ma."),
    # Tagalog's particle "Ng" before a name
    ("Salamat Ng Marami Jessica!", "Ng"),
]
NAMED_SITES = [
    ("theres free counseling at the Trevor Project. also our mod made a doc", "Trevor Project"),
    ("Brisbane City Council\nMicah Projects\nClient: K. Watts", "Micah Projects"),
    ("Mr Okafor, instructed by Duncan Lewis Solicitors.", "Duncan Lewis Solicitors"),
]
NOT_NAMED_SITES = [
    # the kind word running on into another word: a role, not a site
    ("Email Sarah Projects Officer about the rota.", "Projects"),
    ("Sarah's project was late again.", "project"),
]
# A national body "of" its country, a chain the name lists hold as a given name after "at" or "from".
NATIONAL_AND_CHAIN_SITES = [
    ("Offered support via Alzheimer Society of Ireland carers group.", "Alzheimer Society of Ireland"),
    ("He's collecting from Boots still.", "Boots"),
    ("missed 3 placement days at Boots, says she is fine", "Boots"),
    ("She's at Kindred for rehab now, PT 3x/day.", "Kindred"),
]
NOT_CHAIN_SITES = [
    ("she was looking at boots online", "boots"),
    ("Laughed at Boots the cat.", "Boots"),
    ("Their kindred spirits met at dawn.", "kindred"),
    # (the reviewers': a word going on after it)
    ("SKIN MARKED AT BOOTS TOP, REPOSITIONED.", "BOOTS"),
    ("Blanching redness noted at Boots edge, heels offloaded.", "Boots"),
    ("Took the laces out from the Boots and dried them.", "Boots"),
]
# A site's name never runs over a sentence's full stop or a line break into the next word.
SITE_THEN_SENTENCE = [
    ("Referred to Northcote Psychology. Next week we review.", "Next"),
    ("Referred to Northcote Psychology.\nNext of kin informed.", "Next"),
    ("He was at the University of Texas. Then moved home.", "Then"),
]
DOTTED_SITES = [
    ("Transferred from Louis-H. Lafontaine last week.", "Louis-H. Lafontaine"),
    ("transferred from Mt. Zion Hospital", "Mt. Zion Hospital"),
    ("Referred to Geo. Washington Univ. Hospital for neurosurgery.", "Geo. Washington Univ. Hospital"),
    ("Transferred to N.Y. Presbyterian for transplant eval.", "N.Y. Presbyterian"),
    ("Referred to Northcote\u00a0Psychology for CBT.", "Northcote\u00a0Psychology"),
    ("Book club at Kindred Books on Saturday.", "Kindred Books"),
]
TITLE_STATES = [
    ("r/legaladvice · TX - Can I be fired for disclosing my diagnosis", "TX"),
    ("r/legaladvice · UK: Ex is using my mental health history", "UK"),
    ("r/legaladvice · (CA) Psych hold (5150) and now my guard card?", "CA"),
]
NOT_TITLE_STATES = [
    # a clinical abbreviation after its subreddit, a tumour marker without one; bare codes only after a legal one
    ("r/MultipleSclerosis · MS: new lesions on my MRI", "MS"),
    ("CA - 125 rising since March, r/cancer says wait", "CA"),
    ("r/AskDocs · CT - incidental lung nodule", "CT"),
    ("r/pulmonaryembolism · PE - 3 months out", "PE"),
]
SITE_TOWNS = [
    ("Employer: Northland Steel Fabricators, Hamilton ON\nDate of accident: 14/08", "ON"),
]
NOT_SITE_TOWNS = [
    # a department, a form's label or a part of the grounds after a hospital
    ("Letter from St Mary's Hospital, Paediatrics.", "Paediatrics"),
    ("Seen at Royal Infirmary, Cardiology.", "Cardiology"),
    ("Joslin Diabetes Center - Follow-up\nInterpreter booked", "Follow-up"),
    ("Contact Dr Smith, Royal Infirmary Bleep: 2210.", "Bleep"),
    ("Helicopter landed at Mulago Hospital Helipad.", "Helipad"),
]
EVENT_YEARS = [
    ("Father: Tom (deceased 2019, MI).", "2019"),
    ("Family hx: mother (deceased 2011) dementia.", "2011"),
]
NOT_EVENT_YEARS = [
    # an arrival, a removal, a death or a specimen on a shift is a clock time
    ("Pt arrived 2015 via EMS, agitated.", "2015"),
    ("Foley removed 2010, voided at 2300.", "2010"),
    ("Pt pronounced deceased 2047, family at bedside.", "2047"),
    ("Serum separated 2011 and sent to lab.", "2011"),
    ("Inpatient 2050 BP 120/80.", "2050"),
    ("Arr. from Theatre 2022 with drain in situ.", "2022"),
]
NATIONAL_NUMBERS = [
    ("Rajesh a/l Murugan, IC 780304-14-6671, moved to Pantai Hospital", "780304-14-6671"),
    ("PhilHealth niya 19-000712345-3. Tawagan mo ako", "19-000712345-3"),
    ("Case opened at SAPS Rondebosch, CAS 389/05/2025.", "389/05/2025"),
    ("HKID Y482661(3) / CHAN Ka-wai, 55/M", "Y482661(3)"),
]
NOT_NATIONAL_NUMBERS = [
    # no date in the first six digits, a reading's series, a batch after its label
    ("Scores 991399-12-3456 on the scale", "991399-12-3456"),
    ("BP 120-80-60 sitting", "120-80-60"),
    ("Lot 991231-12-3456 expired", "991231-12-3456"),
    # a Kenyan bank's loan, a part's model: no plate is read by its shape
    ("I took a KCB 300K loan last year", "KCB 300K"),
    ("Ordered KDA 512X filter cartridge.", "KDA 512X"),
]
ONE_IDENTIFIER = [
    ("push_log fcm_token=dJk3R7xPQv2:APA91bFw8zK1mNq0vT4sYc9L2hX6eR5uW3oB7iA1jD8gF0k msg", "dJk3R7xPQv2:APA91bFw8z"),
    ("PID|1||00482913^^^^MR||OKAFOR^CHIDI^N||19580314|M|||418 WARREN ST^APT 3^BOSTON^MA^02119", "418 WARREN ST^APT 3"),
    ("Engaged Slater & Gordon Solicitors for the claim.", "Slater & Gordon Solicitors"),
    ("Seen at Concentra Urgent Care - Braintree.", "Concentra Urgent Care - Braintree"),
    ("Wellbeing ticket #88213 - she asked for help.", "#88213"),
]


@pytest.mark.parametrize(("text", "name"), NAME_HALVES)
def test_when_half_a_name_is_found_then_its_other_half_is_too(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


# Lower case, where a detector found a family name: a listed given name before it, no English word, town, country,
# month, day or kin word.
LOWER_CASE_HALVES = [
    ("User: jonah feldstein", "feldstein", "jonah feldstein"),
    ("1015  kev vance - r/v, depot due", "vance", None),  # "kev": no listed given name
    ("from malaysia lim says hi", "lim", None),  # a country
    ("seen july reyes for f/u", "reyes", None),  # a month
    # never a word after a lower-case name
    ("seen mick o'brien at the day centre", "mick", None),
    ("told sarah tomorrow is fine", "sarah", None),
]


@pytest.mark.parametrize(("text", "found", "whole"), LOWER_CASE_HALVES)
def test_when_half_a_lower_case_name_is_found_then_only_a_listed_half_joins_it(
    text: str, found: str, whole: str | None
) -> None:
    start = text.index(found)
    completed = complete_names(text, [Span(start, start + len(found), "PERSON", 0.6, "Test")], load_lexicon())
    assert [text[s.start : s.end] for s in completed] == ([whole] if whole else [])


@pytest.mark.parametrize(("text", "word"), NOT_NAME_HALVES)
def test_when_a_word_stands_beside_a_name_then_it_stays(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "PERSON" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "site"), NAMED_SITES)
def test_when_a_project_or_firm_bears_a_name_then_the_whole_is_a_site(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)
    assert any(kind == "FACILITY" for kind, _ in touching(analyzer, text, site))


@pytest.mark.parametrize(("text", "word"), NOT_NAMED_SITES)
def test_when_the_kind_word_is_a_role_then_no_site(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert all(kind != "FACILITY" for kind, _ in touching(analyzer, text, word))


@pytest.mark.parametrize(("text", "site"), NATIONAL_AND_CHAIN_SITES)
def test_when_a_national_body_or_a_chain_is_named_then_it_is_a_site(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "word"), NOT_CHAIN_SITES)
def test_when_the_chain_word_is_a_thing_then_no_site(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert touching(analyzer, text, word) == []


@pytest.mark.parametrize(("text", "word"), SITE_THEN_SENTENCE)
def test_when_a_sentence_ends_after_a_site_then_the_next_word_stays(
    analyzer: TextAnalyzer, text: str, word: str
) -> None:
    assert touching(analyzer, text, word) == []


@pytest.mark.parametrize(("text", "site"), DOTTED_SITES)
def test_when_a_site_name_holds_an_abbreviation_then_it_is_found_whole(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "code"), TITLE_STATES)
def test_when_a_post_title_opens_with_its_state_then_it_is_a_place(
    analyzer: TextAnalyzer, text: str, code: str
) -> None:
    assert any(kind == "LOCATION" for kind, _ in touching(analyzer, text, code))


@pytest.mark.parametrize(("text", "code"), NOT_TITLE_STATES)
def test_when_the_code_is_clinical_then_no_place(analyzer: TextAnalyzer, text: str, code: str) -> None:
    assert touching(analyzer, text, code) == []


@pytest.mark.parametrize(("text", "place"), SITE_TOWNS)
def test_when_a_town_follows_a_site_then_it_is_found(analyzer: TextAnalyzer, text: str, place: str) -> None:
    assert covered(analyzer, text, place)


@pytest.mark.parametrize(("text", "word"), NOT_SITE_TOWNS)
def test_when_a_department_follows_a_site_then_it_stays(analyzer: TextAnalyzer, text: str, word: str) -> None:
    assert touching(analyzer, text, word) == []


@pytest.mark.parametrize(("text", "year"), EVENT_YEARS)
def test_when_a_life_event_dates_a_year_then_it_is_found(analyzer: TextAnalyzer, text: str, year: str) -> None:
    assert any(kind == "DATE_TIME" for kind, _ in touching(analyzer, text, year))


@pytest.mark.parametrize(("text", "number"), NOT_EVENT_YEARS)
def test_when_a_shift_event_has_a_time_then_no_year(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert touching(analyzer, text, number) == []


@pytest.mark.parametrize(("text", "number"), NATIONAL_NUMBERS)
def test_when_a_national_number_has_its_shape_then_it_is_found(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert covered(analyzer, text, number)


@pytest.mark.parametrize(("text", "number"), NOT_NATIONAL_NUMBERS)
def test_when_the_digits_are_no_national_number_then_no_id(analyzer: TextAnalyzer, text: str, number: str) -> None:
    assert all(kind != "ID_NUMBER" for kind, _ in touching(analyzer, text, number))


@pytest.mark.parametrize(("text", "value"), ONE_IDENTIFIER)
def test_when_one_identifier_is_found_in_two_pieces_then_one_span_takes_it(
    analyzer: TextAnalyzer, text: str, value: str
) -> None:
    start = text.index(value)
    spans = analyzer.analyze([text])[0]
    assert any(s.start <= start and start + len(value) <= s.end for s in spans)


# Two things side by side that stay two: people, a site and a doctor, two addresses, a range of numbers, a site and
# a town a clause goes on from.
TWO_IDENTIFIERS = [
    ("Sarah & Tom came with Dr Patel.", "Sarah", "Tom"),
    ("Seen at St Vincent's Hospital & Dr Kelly reviewed the scans.", "Hospital", "Kelly"),
    ("Previous addresses: 12 High Street, 45 Park Road, both in Leeds.", "High Street", "Park Road"),
    ("Ref 20481234:20481299 range covers the batch.", "20481234", "20481299"),
    ("Went to Mercy Hospital - Boston traffic was awful.", "Hospital", "Boston"),
]


@pytest.mark.parametrize(("text", "first", "second"), TWO_IDENTIFIERS)
def test_when_two_identifiers_stand_side_by_side_then_no_span_takes_both(
    analyzer: TextAnalyzer, text: str, first: str, second: str
) -> None:
    spans = analyzer.analyze([text])[0]
    assert not any(s.start <= text.index(first) and text.index(second) < s.end for s in spans)


def test_when_an_address_goes_on_to_its_town_then_the_town_keeps_its_span(analyzer: TextAnalyzer) -> None:
    text = "PID|1||00482913^^^^MR||OKAFOR^CHIDI^N||19580314|M|||418 WARREN ST^APT 3^BOSTON^MA^02119"
    spans = analyzer.analyze([text])[0]
    town = text.index("BOSTON")
    assert [s.entity_type for s in spans if s.start <= town < s.end] == ["LOCATION"]
