"""Towns and neighbourhoods as other authors write them, in upper, lower and mixed case.

Small towns the 15,000-people list lacks (the US, the UK, Ireland, Canada, Australia, New Zealand),
towns written without accents or an Arabic article,
a lower-case town after a verb of living further back in its clause or after "in"/"from" when it is
no English word, a town of English words ending in a settlement word ("Birchwood Falls", "North
End"), and a named place headed by a town ("Worcester Common"). Look-alikes: inches before a scale
("in. Epworth"), a hallway in capitals, a state of mind after "in", a small town that is a disease
word, and a dead end. All values are invented.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.place_gazetteer import PlaceGazetteerRecognizer
from confide.anonymize.recognizers.town_list import fold, plain_enough, town_in_clinical_vocabulary
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # small US towns (GeoNames, over 1,000 people), any case
    *variants("Moved back to Seekonk after the divorce, rents a room.", "Seekonk"),
    *variants("Her brother in Kittanning calls every Sunday.", "Kittanning"),
    # without accents or an Arabic article
    *variants("Deployed twice, mostly stationed near Ramadi, nightmares since.", "Ramadi"),
    *variants("Grew up in Bogota, came to the US at 12.", "Bogota"),
    ("Two deployments, Fallujah then Mosul; startles at fireworks.", "Fallujah"),
    # a lower-case town on a cased line after a verb of living further back, or the verb as the cue
    ("Pt lives with her partner Kofi in springfield, no stairs.", "springfield"),
    ("Stays w/ aunt Rosa and cousins in lowell on weekends.", "lowell"),
    ("Widower, living east bridgewater w/ his dog.", "east bridgewater"),
    ("Resides in chicopee with son, per chart.", "chicopee"),
    # a town the gazetteer lacks, after a verb of living further back in its clause
    *variants("Lives w/ her two kids in Arlingford, no car.", "Arlingford"),
    *variants("Staying with his uncle in Pell Harbor until court.", "Pell Harbor"),
    # a lower-case town that is no English word after "in"/"from" on a cased line
    ("Was admitted last spring at St Brendan's in leominster for pneumonia.", "leominster"),
    ("Visiting RN from seekonk will see her Tues.", "seekonk"),
    # towns and neighbourhoods of English words ending in a settlement word
    ("Stays with her cousin in Birchwood Falls on weekends.", "Birchwood Falls"),
    ("Family moved from Cobbler Springs last year.", "Cobbler Springs"),
    ("Her mother is from East Side and visits weekly.", "East Side"),
    ("Called the warmline from Dunmore Corners at 2am.", "Dunmore Corners"),
    ("Pt will go to aunt's in Six Corners after discharge.", "Six Corners"),
    # a town Philter's clinical vocabulary holds, marked by NER after a locative cue
    ("Her sister drives over from Aylesbury every weekend.", "Aylesbury"),
    ("Got a room in an SRO in Strathcona last month.", "Strathcona"),
    # a named place headed by a town's name
    ("Police brought him in after he was found near Worcester Common.", "Worcester Common"),
    ("Walks every morning around Salem Harbor with her dog.", "Salem Harbor"),
]

NEGATIVES = [
    # inches before a scale: "in." is no locative cue
    *variants("Arm span 62 in. Epworth 7, loud snoring.", "Epworth 7"),
    # a hallway and other frequent words after "in" on a caseless line
    ("WALKED 150 FT IN HALL, GAIT STEADY.", "HALL"),
    ("walked 150 ft in hall, gait steady.", "hall"),
    ("PT SITTING IN ORANGE CHAIR.", "ORANGE"),
    # a state of mind or a care arrangement after a verb of living
    ("Lives with mom, who is in denial about his drinking.", "denial"),
    ("Lives with 2 sibs in foster care since May.", "foster care"),
    # care arrangements after a verb of living further back
    *variants("Lives w/ her two kids in Section 8 housing.", "Section 8"),
    *variants("Staying with his uncle in Senior Housing for now.", "Senior Housing"),
    # a small town that is a disease word, a dead end, side effects
    ("Hx Lyme, treated w/ doxy, no sequelae.", "Lyme"),
    ("Tested for Lyme and Powassan, both negative.", "Powassan"),
    ("Exposure to Powassan while hiking, serology sent.", "Powassan"),
    ("Allergic to Stilton and other blue cheeses.", "Stilton"),
    ("Says his career is in Dead End mode.", "Dead End"),
    ("Was in Side Effects group today.", "Side Effects"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_town_named_as_other_authors_write_it_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_town_look_alike_then_it_is_left_alone(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert touching(analyzer, text, look_alike) == []


# The gazetteer's own additions, judged on the recognizer alone (spaCy reads many capitalized towns anyway).
GAZETTEER_POSITIVES = [
    *variants("Moved back to Seekonk after the divorce.", "Seekonk"),
    *variants("Her brother in Kittanning calls on Sundays.", "Kittanning"),
    *variants("Stationed near Ramadi in 2006.", "Ramadi"),
    *variants("Grew up in Bogota, came here at 12.", "Bogota"),
    ("Two deployments, Fallujah then Mosul.", "Fallujah"),
    # more small US towns, no cue needed when capitalized or on a caseless line
    *variants("Her daughter drives up from Westborough on Fridays.", "Westborough"),
    *variants("Works the night shift at a warehouse in Foxborough.", "Foxborough"),
    # towns over 1,000 people in the other English-speaking countries (GeoNames cities1000)
    *variants("Moved down to Fordingbridge to be near her sister.", "Fordingbridge"),
    *variants("Lives in Moruya with her mum and two dogs.", "Moruya"),
    *variants("Grew up in Roscrea, came to Dublin for college.", "Roscrea"),
    ("Farm is out past Kirwee, drives in for appointments.", "Kirwee"),
    ("Family still in Lewisporte, calls weekly.", "Lewisporte"),
]
GAZETTEER_NEGATIVES = [
    # an eponym clinical text uses alone is no added town ("Parkinson", Queensland); a holiday
    *variants("Hx of Parkinson's and hashimoto's, stable.", "Parkinson"),
    ("Wants to start back after Waitangi Day.", "Waitangi"),
    ("Closed for Canada Day, reopens Tuesday.", "Canada"),
    # a three-letter small town is an abbreviation first; a small town that is a disease word
    ("FAX OF POA SENT TO SON.", "POA"),
    ("fax of poa sent to son.", "poa"),
    *variants("Hx Lyme, treated w/ doxy.", "Lyme"),
    # a run-on after a state, after a verb of living further back
    ("Was living with my aunt in Nevada-I moved out in May.", "I moved"),
]


@pytest.fixture(scope="module")
def gazetteer() -> PlaceGazetteerRecognizer:
    return PlaceGazetteerRecognizer()


@pytest.mark.parametrize(("text", "town"), GAZETTEER_POSITIVES)
def test_when_small_or_unaccented_town_then_gazetteer_finds_it(
    gazetteer: PlaceGazetteerRecognizer, text: str, town: str
) -> None:
    start = text.index(town)
    assert any(s <= start and start + len(town) <= e for s, e, _ in gazetteer.find(text))


@pytest.mark.parametrize(("text", "look_alike"), GAZETTEER_NEGATIVES)
def test_when_abbreviation_or_disease_word_then_gazetteer_leaves_it(
    gazetteer: PlaceGazetteerRecognizer, text: str, look_alike: str
) -> None:
    start = text.index(look_alike)
    assert not any(s < start + len(look_alike) and start < e for s, e, _ in gazetteer.find(text))


# Added names pass the word filters of town_list: folded world names and small towns that are English or
# clinical words, phrases of English words with no place word, and folds that drop letters are no towns.
ADDED_NAME_LOOK_ALIKES = [
    *variants("Biopsy of a polyp in colon, path pending.", "colon"),
    *variants("Two TIAs last year, now on clopidogrel.", "TIAs"),
    *variants("Uses Afrin nightly for congestion.", "Afrin"),
    *variants("Strained his pecs from bench press.", "pecs"),
    *variants("Came straight from yoga, calmer today.", "yoga"),
    *variants("Misses papa since the funeral.", "papa"),
    *variants("Plans to cut off contact with her ex.", "cut off"),
    *variants("Tends to show low affect in group.", "show low"),
    *variants("Son runs in cross country meets.", "cross country"),
    *variants("Stayed in half moon pose for a minute.", "half moon"),
    *variants("Erosions seen in a lat view of the spine.", "a lat"),
    *variants("Grew up in the village outside town.", "the village"),
]
# Capitalized words ending in a settlement word: no anatomy, no longer title, no long everyday word,
# "end"/"side" only after north/south/east/west.
CLOSER_LOOK_ALIKES = [
    ("Narrowing in Gastroesophageal Junction on EGD.", "Gastroesophageal Junction"),
    ("Stone from Ureteropelvic Junction passed.", "Ureteropelvic Junction"),
    ("She sang in West Side Story last spring.", "West Side"),
    ("Feels trapped in Endless Worry Heights, she jokes.", "Endless Worry Heights"),
    ("Lives Upper End near the rail yard.", "Upper End"),
    ("Did 28 days in Recovery Village last year.", "Recovery Village"),
    # caseless lines: the closer rule is off
    ("SHE SANG IN WEST SIDE STORY LAST SPRING.", "WEST SIDE"),
    ("did 28 days in recovery village last year.", "recovery village"),
]
# A comma after the cue ends the clause: a contraction after it is no town.
CLAUSE_LOOK_ALIKES = [
    ("Places she might live in, Don’t ask her about rent.", "Don’t"),
    ("Apartments he could live in, Can’t afford any.", "Can’t"),
    # "from X to X" is an idiom after a verb of living, not a town
    *variants("Says they still live from paycheque to paycheque.", "paycheque"),
]


@pytest.mark.parametrize(("text", "look_alike"), ADDED_NAME_LOOK_ALIKES + CLOSER_LOOK_ALIKES + CLAUSE_LOOK_ALIKES)
def test_when_word_look_alike_of_added_town_then_gazetteer_leaves_it(
    gazetteer: PlaceGazetteerRecognizer, text: str, look_alike: str
) -> None:
    start = text.index(look_alike)
    assert not any(s < start + len(look_alike) and start < e for s, e, _ in gazetteer.find(text))


@pytest.mark.parametrize(("text", "look_alike"), ADDED_NAME_LOOK_ALIKES[:12] + CLOSER_LOOK_ALIKES)
def test_when_word_look_alike_of_added_town_then_analyzer_reports_no_place(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t in touching(analyzer, text, look_alike) if t[1] == "LOCATION"] == []


def test_when_name_folds_then_letters_without_accents_are_spelled_not_dropped() -> None:
    assert fold("Płock") == "Plock"
    assert fold("Ðà Lạt") == "Da Lat"
    assert fold("Straßgang") == "Strassgang"
    assert fold("Al Fallūjah") == "Al Fallujah"
    assert fold("Москва") is None


def test_when_plain_word_phrase_then_it_needs_a_place_word() -> None:
    lex = load_lexicon()
    assert not plain_enough(("cut", "off"), lex)
    assert not plain_enough(("cross", "country"), lex)
    assert not plain_enough(("colon",), lex)
    assert plain_enough(("north", "adams"), lex)
    assert plain_enough(("feeding", "hills"), lex)
    assert plain_enough(("kittanning",), lex)


def test_when_a_town_is_a_clinical_word_then_only_a_rare_non_english_one_is_confirmed() -> None:
    lex = load_lexicon()
    assert town_in_clinical_vocabulary("hexham", lex)
    assert not town_in_clinical_vocabulary("parkinson", lex)  # an eponym
    assert not town_in_clinical_vocabulary("lasix", lex)  # no town
    assert not town_in_clinical_vocabulary("centre", lex)  # a site's kind


def test_when_lexicon_given_then_small_towns_are_still_read() -> None:
    recognizer = PlaceGazetteerRecognizer(lexicon=load_lexicon())
    text = "Moved to Kittanning in May."
    assert (text.index("Kittanning"), text.index("Kittanning") + len("Kittanning")) in {
        (s, e) for s, e, _ in recognizer.find(text)
    }


@pytest.mark.parametrize(
    "text",
    ["San " * 2500, "lives with her kids in Birch " * 345, "Lives in Pine Falls, " * 500, "North " * 2500],
)
def test_when_long_adversarial_text_then_find_stays_linear(gazetteer: PlaceGazetteerRecognizer, text: str) -> None:
    """10,000 characters of repeated openers, cues and closers: a generous bound (a quadratic scan takes minutes)."""
    start = time.perf_counter()
    gazetteer.find(text)
    assert time.perf_counter() - start < 10.0
