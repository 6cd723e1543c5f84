"""Names in casework, shelter, handover and forum text (issue #10): cues other writers use.

Drop-in and casework roles before a first name ("Volunteer Grace", "Case mgr: Deb"), handoff and asking
cues ("report called to Bree", "ask for Sterling"), a person from "the" department ("Rose from the
pharmacy rang"), a caller "from" somewhere, a bed after a first name in a handover ("Hope (bed 2)"),
a street name before the legal one ("Tiny (legal name ...)"), and a capitalized first name before a
surname no list holds ("Hope Lindqvist"). Their look-alikes: title-case headings ("Guest Speaker"),
things from a department ("a bill from the pharmacy"), devices in a bed ("The pump (bed 2)") and a
drug after a sentence-opening first name ("Will Ozempic help"). All values are invented.

The review of the round added look-alike families: form labels, ID checks and contractions before "(full
name)" ("Signature (full name):", "What's your full name?"); things at a bed ("Walker (bed 7) placed");
places after "called to" ("Called to Ward 3"); things from a department ("Price from the pharmacy was");
firms that call ("Chase called from their fraud team"); virtues asked for ("ask for Grace every
morning"); and new brands after a first name that is also a word ("Hope Wegovy kicks in", "the Cherry
Elfbar").
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.ner_guard import is_ordinary_words
from confide.anonymize.spans import Span
from tests.anonymize.conftest import covered, touching, variants

# The first-name-and-new-surname rule reads capitals, so it holds in mixed case only.
POSITIVES = [
    *variants("Volunteer Grace sat with him for an hour.", "Grace"),
    *variants("Case mgr: Deb 505-555-0199, call after 2.", "Deb"),
    *variants("report called to Bree 1720, read back.", "Bree"),
    *variants("Rose from the pharmacy rang about the refill.", "Rose"),
    *variants("Note. Ray called from the pay phone at noon.", "Ray"),
    *variants("Ask for Sterling, he chairs the noon meeting.", "Sterling"),
    *variants("Handover: Hope (bed 2) on 1:1 obs, Sage (bed 5) settled.", "Sage"),
    *variants("Guest Tiny (legal name Marcus Bell) returned late.", "Tiny"),
    *variants('Name given: "Smoke"   real name: Darius Pettiford', "Smoke"),
    ("Anyone know Hope Lindqvist? She ran the grief group.", "Hope Lindqvist"),
    # variants the review's fixes keep
    ("Hope Lindqvist called at noon about her mother.", "Hope Lindqvist"),
    *variants("Census: Hope - bed 2 - settled overnight.", "Hope"),
    *variants("Census: Hope, bed 2, settled overnight.", "Hope"),
    *variants("Deb from the PT team called about the frame.", "Deb"),
    *variants("Pete called from the bus station, said he is safe.", "Pete"),
    ("If you go in, ask for Joy at reception.", "Joy"),
    ("Guest Bones (real name Tom Reyes) slept in the day room.", "Bones"),
]

NEGATIVES = [
    ("Guest Speaker at noon in the main hall.", "Speaker"),
    ("The Volunteer Coordinator post is open.", "Coordinator"),
    ("I got a bill from the pharmacy today.", "bill"),
    ("Ask for help if the craving gets bad.", "help"),
    ("Called to the bedside for chest pain.", "bedside"),
    ("The pump (bed 2) alarmed twice overnight.", "pump"),
    ("Will Ozempic help me lose weight?", "Ozempic"),
    ("Why cant I just be me? Use my real name, own it.", "Use"),
    ("The Lab called from the main building.", "Lab"),
]

# The review's look-alikes (finding number in the comment), as written and in other cases.
REVIEW_NEGATIVES = [
    # 1: form labels, ID checks, contractions and pronouns before "(full name)"; any recognizer's word
    *variants("Signature (full name): ____", "Signature"),
    *variants("Applicant (full legal name): ____", "Applicant"),
    ("Witness (full name): ____", "Witness"),
    ("Surname (birth name): ____", "Surname"),
    *variants("IDENTITY CONFIRMED (FULL NAME, DOB).", "CONFIRMED"),
    ("Verified, full name and DOB confirmed.", "Verified"),
    ("What's your full name?", "What"),
    ("Who's using her real name now?", "Who"),
    ("She's using her birth name again.", "She"),
    ("Throwaway, not my real name obviously.", "Throwaway"),
    ("Wristband (full name, DOB) checked at 0800.", "Wristband"),
    ("Patient (full name, DOB) confirmed at bedside.", "Patient"),
    ("Molly's real name is MDMA, be careful.", "Molly"),
    # 2: things at a bed
    *variants("Walker (bed 7) placed at bedside.", "Walker"),
    ("Foley (bed 6) draining well.", "Foley"),
    ("Baxter (bed 3) pump beeping.", "Baxter"),
    ("Cane (bed 5) left at bedside.", "Cane"),
    ("Tray (bed 4) cleared after lunch.", "Tray"),
    ("Posey (bed 8) applied per order.", "Posey"),
    ("Ted (bed 2) stockings on.", "Ted"),
    ("Hall (rm 3) cleaned.", "Hall"),
    # 3: places after "called to"
    *variants("Called to Ward 3 for a fall.", "Ward"),
    ("Called to Bay 4 for a fall.", "Bay"),
    ("Called to Sterling Hall for a fall.", "Sterling"),
    ("Called to Chase Bank about the card.", "Chase"),
    # 4: things from a department
    *variants("Price from the pharmacy was 40 dollars.", "Price"),
    ("Bill from the pharmacy is in the post.", "Bill"),
    ("Grant from the hospice came through for the funeral.", "Grant"),
    ("Honey from the pharmacy helped the wound.", "Honey"),
    ("Walker from the PT team delivered today.", "Walker"),
    ("Cash from the pharmacy was short this month.", "Cash"),
    ("Mark from the lab was wrong.", "Mark"),
    # 5: firms that call from their own units
    *variants("Chase called from their fraud team about my card.", "Chase"),
    ("Sky rang from their retention team again.", "Sky"),
    ("Kaiser called from the billing office.", "Kaiser"),
    # 6: virtues asked for
    *variants("Pray and ask for Grace every morning.", "Grace"),
    ("ask for Mercy and Grace in your prayers.", "Mercy"),
    ("Ask for Patience from your family.", "Patience"),
    # 7: new brands after a first name that is also a word
    ("so tired lol Hope Wegovy kicks in soon", "Hope"),
    ("(week two) Hope Trintellix helps", "Trintellix"),
    ("ugh Hope Nurtec kicks in before work", "Nurtec"),
    ("Anyone tried the Cherry Elfbar flavour?", "Cherry"),
    ("the new Summer Elfbar is out", "Summer"),
    ("My Kaiser Permanente doctor refused", "Permanente"),
    ("Any advice on Sterling Trintellix savings card?", "Sterling"),
    ("Started the Grace Ozempic protocol.", "Grace"),
    ("Started my Grace Zepbound pen today.", "Zepbound"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_when_a_casework_or_handover_cue_names_someone_then_the_name_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_a_word_only_looks_cued_then_no_person_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "PERSON"] == []


@pytest.mark.parametrize(("text", "look_alike"), REVIEW_NEGATIVES)
def test_when_a_review_look_alike_meets_a_round_rule_then_no_person_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "PERSON"] == []


@pytest.mark.parametrize(("source", "dropped"), [("SpacyRecognizer", True), ("NameDictionaryRecognizer", False)])
def test_when_a_word_precedes_a_real_name_aside_then_only_the_street_name_rule_keeps_it(
    source: str, dropped: bool
) -> None:
    text = "Wristband (real name unknown) found on the floor."
    span = Span(0, len("Wristband"), "PERSON", 0.85, source)
    assert is_ordinary_words(text, span, load_lexicon()) is dropped
