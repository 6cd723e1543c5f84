"""The second look: NER entities and runs of capitals no rule kept, scored by a model fitted on the tuning files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.config import resolve_config
from confide.anonymize.second_look import RUN_LABEL, SOURCE, _cut, candidates, entity_features
from confide.anonymize.second_look_train import MODEL_PATH, main, train
from tests.anonymize.conftest import touching
from tests.anonymize.second_look.harvest_look_alikes import OUT as LOOK_ALIKES
from tests.anonymize.second_look.harvest_look_alikes import look_alikes

HERE = Path(__file__).resolve().parent
TRAINING_FILES = [*sorted((HERE / "cases").glob("*.txt")), LOOK_ALIKES]

# Sites named by words no rule reads as a site's (no kind word, no list), after a cue.
FOUND = [
    ("Client is staying at Harbor Lights while waiting for a bed.", "Harbor Lights"),
    ("The meeting at Lantern Place is booked for next week.", "Lantern Place"),
    ("We met at Driftwood Commons after work.", "Driftwood Commons"),
    ("The meeting at My Lantern Place is booked for next week.", "My Lantern Place"),
    # a kind word after a rarer English word, neither everyday nor clinical (``_generic_site``)
    # ("Harmony House", "Serenity House": a rule now reads those words as a shelter's name)
    ("The outreach team will meet him at Solace House tomorrow.", "Solace House"),
    ("Group tonight is at Clarity House as usual.", "Clarity House"),
]
# Sites NER marks, named by everyday words and a kind word: the model judges them by the words around them
# (they were let go as services before the thirty-first round).
FOUND_OF_EVERYDAY_WORDS = [
    ("She now gets her meals at Downtown Community Ministry on weekdays.", "Downtown Community Ministry"),
    ("Counselling continues at Behavioral Health Network every Tuesday.", "Behavioral Health Network"),
]
# Sites NER does not mark, named by words that are also ordinary ones: only their capitals are left.
# (One English word alone is no candidate: "born at Sea" reads as "supervised at Boots".)
FOUND_BY_CAPITALS = [
    ("She has been sleeping at Shepherds of Good Hope since the fire.", "Shepherds of Good Hope"),
]
# What the rules already judged: a service of ordinary words with a site's kind word ("Team", "Unit")
# or a person's or place's ordinary words ("Global Warming"); never the second look's to report.
JUDGED = [
    ("Plan: refer to Community Mental Health Team for review.", "Community Mental Health Team"),
    ("Moved to the Coronary Care Unit after the angiogram.", "Coronary Care Unit"),
    ("Bowel Cancer runs in my family and Global Warming scares me.", "Global Warming"),
]
# Capitalised words the model leaves: kin words, titles, a disorder's name, one English word.
LEFT_CAPITALS = [
    ("Pt agitated overnight, calling out for Mama. Redirected.", "Mama"),
    ("I came home to Chaos again last night.", "Chaos"),
    ("Her Seasonal Affective Disorder gets worse every winter.", "Seasonal Affective Disorder"),
]


@pytest.fixture(scope="module")
def rules_only() -> TextAnalyzer:
    return TextAnalyzer(resolve_config({"n_process": 1, "author_mentions": {"enabled": False},
                                        "second_look": {"enabled": False}}))


@pytest.mark.parametrize(("text", "site"), FOUND)
def test_when_a_site_has_no_rule_then_the_second_look_reports_it(
    analyzer: TextAnalyzer, rules_only: TextAnalyzer, text: str, site: str
) -> None:
    assert touching(analyzer, text, site) == [("FACILITY", SOURCE)]
    assert touching(rules_only, text, site) == []


@pytest.mark.parametrize(("text", "site"), FOUND_OF_EVERYDAY_WORDS)
def test_when_ner_names_a_site_by_everyday_words_then_the_model_judges_and_reports_it(
    analyzer: TextAnalyzer, rules_only: TextAnalyzer, text: str, site: str
) -> None:
    ((doc, spans),) = rules_only.rule_detections([text])
    start = text.index(site)
    assert [c.entity_type for c in candidates(text, doc, spans, rules_only.lexicon) if c.ent.start_char == start] == [
        "FACILITY"
    ]
    assert touching(analyzer, text, site) == [("FACILITY", SOURCE)]
    assert touching(rules_only, text, site) == []


@pytest.mark.parametrize(("text", "look_alike"), JUDGED)
def test_when_the_rules_judged_a_phrase_then_the_second_look_leaves_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "site"), FOUND_BY_CAPITALS)
def test_when_ner_passes_a_site_over_then_its_capitals_make_it_a_candidate(
    analyzer: TextAnalyzer, rules_only: TextAnalyzer, text: str, site: str
) -> None:
    ((doc, spans),) = rules_only.rule_detections([text])
    start = text.index(site)
    labels = [c.ent.label_ for c in candidates(text, doc, spans, rules_only.lexicon) if c.ent.start_char == start]
    assert labels == [RUN_LABEL]
    assert touching(analyzer, text, site) == [("FACILITY", SOURCE)]
    assert touching(rules_only, text, site) == []


@pytest.mark.parametrize(("text", "look_alike"), LEFT_CAPITALS)
def test_when_capitals_name_no_one_then_the_second_look_leaves_them(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_the_threshold_is_one_then_nothing_is_added() -> None:
    strict = TextAnalyzer(resolve_config({"n_process": 1, "author_mentions": {"enabled": False},
                                          "second_look": {"threshold": 1.0}}))
    assert all(
        touching(strict, text, site) == [] for text, site in FOUND + FOUND_OF_EVERYDAY_WORDS + FOUND_BY_CAPITALS
    )


def test_when_features_are_read_then_none_names_the_entity_itself(analyzer: TextAnalyzer) -> None:
    text = "Client is staying at Harbor Lights while waiting for a bed."
    doc = analyzer.nlp(text)
    (ent,) = [e for e in doc.ents if e.text == "Harbor Lights"]
    features = entity_features(text, doc, ent, analyzer.lexicon)
    assert features["before1=at"] == 1.0 and features["after1=while"] == 1.0
    assert features["before21=staying_at"] == 1.0 and features["after12=while_waiting"] == 1.0
    assert not any(word in name for name in features for word in ("harbor", "lights"))


def test_when_the_model_is_refit_on_the_tuning_files_then_it_is_the_shipped_one(rules_only: TextAnalyzer) -> None:
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in TRAINING_FILES}
    assert shipped["trained_on"] == digests, (
        "the tuning files changed: refit with `python -m confide.anonymize.second_look_train "
        "tests/anonymize/cases/*.txt tests/anonymize/second_look/look_alikes.txt`"
    )
    refit = train(TRAINING_FILES, analyzer=rules_only, cross_validate=False)
    assert refit["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3)
    assert refit["weights"].keys() == shipped["weights"].keys(), "detectors changed: refit the second look"
    assert all(refit["weights"][k] == pytest.approx(w, abs=1e-3) for k, w in shipped["weights"].items())


def test_when_training_is_given_a_held_out_set_or_the_second_look_then_it_refuses(monkeypatch) -> None:
    with pytest.raises(SystemExit, match="held-out"):
        main([str(HERE / "heldout" / "nursing_notes_blind.txt")])
    monkeypatch.chdir(HERE / "heldout")
    with pytest.raises(SystemExit, match="held-out"):
        main(["nursing_notes_blind.txt"])  # relative, from inside the folder
    with pytest.raises(ValueError, match="held-out"):
        train([HERE / "heldout" / "nursing_notes_blind.txt"], analyzer=SimpleNamespace(config={}))
    with pytest.raises(ValueError, match="second_look.enabled is false"):
        train(TRAINING_FILES, analyzer=SimpleNamespace(config={"second_look": {"enabled": True}}))


def test_when_look_alike_ids_are_read_then_only_negative_outcomes_are_marked() -> None:
    ids = [
        "tests/anonymize/test_x.py::test_when_a_unit_follows_then_it_is_left_alone"
        "[Moved to Ward-Side Unit.-Ward-Side Unit]",
        "tests/anonymize/test_x.py::test_when_a_site_is_near_then_it_stays_covered[Seen at Mercy West.-Mercy West]",
        "tests/anonymize/test_x.py::test_when_a_site_is_named_then_it_is_covered[Seen at Mercy West.-Mercy West]",
        "tests/anonymize/test_x.py::test_look_alike_left[Call at 3 pm Carolina Eastern time.-Carolina Eastern]",
    ]
    assert look_alikes(ids) == ["Call at 3 pm [[NOT|Carolina Eastern]] time.", "Moved to [[NOT|Ward-Side Unit]]."]


def test_when_the_tests_are_collected_then_the_look_alike_file_is_current() -> None:
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", str(HERE)],
        cwd=HERE.parents[1], capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    body = [line for line in LOOK_ALIKES.read_text(encoding="utf-8").split("\n\n")[1:] if line.strip()]
    assert [r.strip() for r in body] == look_alikes(collected), (
        "run `python tests/anonymize/second_look/harvest_look_alikes.py`, then refit the second look"
    )


def test_when_ner_read_only_the_texts_start_then_a_name_at_its_end_is_cut_and_no_other() -> None:
    text = "Client is staying at Harbor Lights while waiting for a bed."
    whole, start = spacy.blank("en")(text), spacy.blank("en")(text[:34])  # NER's max_chars ends after "Lights"
    assert _cut(start[-2:], start, text) and not _cut(start[-3:-1], start, text)
    assert not _cut(whole[4:6], whole, text) and not _cut(whole[-2:], whole, text)
