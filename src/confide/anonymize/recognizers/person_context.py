"""Person names recognised by the words around them.

Used where NER misses short or lone names: record labels ("Patient: Nadia Novak", "Client Jamal"),
clinical subjects ("S: Lucia presents"), relatives and peers ("my mother Emerson", "Roommate Amara"),
self-introductions ("Hi, I'm Tamara,", "its Destiny from group", "this is Ana at Keystone"; never
"it's Monday at last"), and sign-offs ("- Marcus" at the end of a line). Names must be capitalized.
"""

from __future__ import annotations

_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NAME = _WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _WORD + r"){0,2}"
RELATIONS = (
    "mother|mom|mum|father|dad|sister|brother|sibling|wife|husband|spouse|partner|girlfriend|boyfriend|gf|bf|"
    "roommate|flatmate|housemate|friend|best\\s+friend|bestie|son|daughter|kid|child|aunt|uncle|cousin|niece|nephew|"
    "grandma|grandmother|grandpa|grandfather|fianc[eé]e?|boss|manager|coworker|co-worker|colleague|classmate|"
    "teacher|neighbor|neighbour|ex|stepmom|stepdad|stepmother|stepfather"
)
CLINICAL_VERBS = (
    "seen|presents|presented|attended|attends|reports|reported|denies|denied|endorses|endorsed|states|stated|"
    "describes|described|continues|arrived|missed|completed|agrees|agreed|appears|appeared|was\\s+seen"
)
STOP = [
    "I",
    "The",
    "A",
    "An",
    "It",
    "This",
    "That",
    "He",
    "She",
    "They",
    "We",
    "You",
    "Sorry",
    "Fine",
    "Okay",
    "Ok",
    "Tired",
    "Done",
    "Not",
    "So",
    "Just",
    "Here",
    "Back",
    "Happy",
    "Sad",
    "Good",
    "Bad",
    "Scared",
    "Lost",
    "Still",
    "Depressed",
    "Anxious",
    "Afraid",
    "Alone",
    "Sure",
    "Really",
    "Also",
    "Now",
    "Always",
    "Never",
    "Patient",
    "Pt",
    "Pts",
    "Client",
    "Denies",
    "Reports",
    "Endorses",
    "Thanks",
    "Thank",
    "Sleep",
    "Mood",
    "Appetite",
    "Energy",
    "Plan",
    "Assessment",
    "Subjective",
    "Objective",
    "Session",
    "Follow",
    "None",
    "No",
    "Yes",
    "Edit",
    "Update",
    "Name",
]
# "it's Monday at", "this is Christmas lol": calendar and mood words after a self-introduction's verb.
# Only there: after a relation or a label they are first names ("Roommate June", "Patient: Christmas Okoro").
INTRO_STOP = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Christmas", "Easter", "Halloween", "Thanksgiving", "Today", "Tonight", "Tomorrow", "Everything",
    "Nothing", "Everyone", "Life", "Hard", "Over", "True", "Me", "Him", "Her", "Us", "Them", "Reddit",
    "Covid", "Bad", "Worse", "Better", "Weird", "Late", "Early", "Cold", "Hot", "Raining",
]

DEFAULT_SPEC = {
    "entity_type": "PERSON",
    "name": "PersonContextRecognizer",
    "patterns": [
        {
            "name": "record_label",
            "regex": r"\b(?:Patient|Client|Pt|Name|Member|Resident|Participant)(?:\s+[Nn]ame)?\s*[:#-]?\s+(?P<pii>"
            + _NAME
            + r")",
            "score": 0.8,
        },
        {
            "name": "clinical_subject",
            "regex": r"(?P<pii>" + _NAME + r")\s+(?:" + CLINICAL_VERBS + r")\b",
            "score": 0.6,
        },
        {
            "name": "relation",
            "regex": r"(?i:\b(?:"
            + RELATIONS
            + r"),?\s+)(?:(?:named|called)\s+)?(?P<pii>"
            + _NAME
            + r")",
            "score": 0.7,
        },
        {
            "name": "self_intro",
            "regex": r"\b(?:I'?m|I\s+am|[Tt]his\s+is|[Ii]t'?s)\s+(?P<pii>"
            + _NAME
            + r")(?=\s*[,.!;)\-–—]|\s+(?:and|here|from|at|lol|again|btw)\b)",
            "score": 0.6,
            "validators": [{"name": "not_in", "words": INTRO_STOP}, {"name": "first_word_not_in", "words": INTRO_STOP}],
        },
        {
            "name": "sign_off",
            "regex": r"(?:^|(?<=\n)|(?<=[.!?)]\s))\s*[-–—~]{1,2}\s*(?P<pii>" + _NAME + r")\s*$",
            "score": 0.75,
            "flags": ["MULTILINE"],
        },
    ],
    "validators": [{"name": "not_in", "words": STOP}, {"name": "first_word_not_in", "words": STOP}],
}
