"""Deterministic synthetic clinical notes and peer-support messages with gold PII spans.

Each synthetic patient (``group_id`` such as ``"P000123"``) owns a skewed number of records: most
one to three, a tail up to eight, and about 2 % are frequent attenders with 20 to 40. A record is a
clinician's progress note or a first-person peer-support message; both mention the same invented
identifiers for the same patient (name, phone, e-mail, address, MRN, ...), so pseudonym consistency
across a person's records can be tested. PHQ-9 items are drawn per record and the ``label`` follows
the PHQ-9 total (minimal 0-4, mild 5-9, moderate 10-14, severe 15-27). The *text* is written from a
noisy copy of the label (``label_noise``) with overlapping paraphrases, negations ("denies suicidal
ideation") and distractor sentences, so a text classifier cannot reach 100 %.

Every random draw comes from ``numpy.random.default_rng([seed, patient_index])``: the same seed
gives the same table, and a patient's records do not depend on ``n_records`` (except the last
patient, whose record count may be cut to hit ``n_records`` exactly).

Example:
    >>> records, spans = generate_synthetic_notes(n_records=20, seed=7)
    >>> len(records), all(s["end"] > s["start"] for s in spans)
    (20, True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd

from confide.ingest import _vocab_synthetic as vocab

__all__ = [
    "ENTITY_TYPES",
    "RECORD_COLUMNS",
    "SEVERITY_LABELS",
    "SPAN_KEYS",
    "generate_synthetic_notes",
]

#: Gold entity types; Presidio names where Presidio has one.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",  # patient, relative and clinician names (titles such as "Dr."/"LCSW" excluded)
    "PHONE_NUMBER",  # US numbers in several formats
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",  # "1234 Maple Street, Springfield" (street number, street and city)
    "DATE_TIME",  # note dates, dates of birth, appointment dates in many formats
    "AGE",  # the number only ("34" in "34-year-old"), including ages over 89
    "MEDICAL_RECORD_NUMBER",  # the digits after "MRN:"
    "US_SSN",
    "URL",
    "SOCIAL_HANDLE",  # "@name_12" and "u/name_12", prefix included
    "ZIP_CODE",
    "FACILITY",  # "Riverside Behavioral Health Center"
)
#: Class names in severity order.
SEVERITY_LABELS: tuple[str, ...] = ("minimal", "mild", "moderate", "severe")
#: Columns of the returned records table, in order.
RECORD_COLUMNS: tuple[str, ...] = (
    "record_id", "text", "label", "group_id", "date", "age", "gender", "zip", "occupation",
    *(f"phq9_{i}" for i in range(1, 10)), "phq9_total", "gad7_total",
)  # fmt: skip
#: Keys of each gold span dict.
SPAN_KEYS: tuple[str, ...] = ("record_id", "start", "end", "entity_type", "value")

_PHQ_CUTS = (5, 10, 15)  # lower bounds of mild, moderate, severe
_CLASS_RANGES = ((0, 4), (5, 9), (10, 14), (15, 27))
_CLASS_PRIOR = (0.31, 0.30, 0.22, 0.17)
_ITEM_WEIGHTS = np.repeat([1.3, 1.3, 1.1, 1.2, 0.9, 0.9, 0.9, 0.7, 0.35], 3)  # 3 slots per item
# P(symptom intensity | text severity): rows minimal..severe, columns intensity 0..3.
_INTENSITY = (
    (0.76, 0.21, 0.03, 0.00),
    (0.26, 0.56, 0.16, 0.02),
    (0.10, 0.24, 0.50, 0.16),
    (0.04, 0.10, 0.32, 0.54),
)
_TOPIC_WEIGHTS = {
    "mood": 3.0, "anhedonia": 2.0, "sleep": 2.0, "energy": 1.5, "appetite": 1.0,
    "worth": 1.2, "concentration": 1.0,
}  # fmt: skip
# Records per patient: P(1..8) below (many with 1-3), and a few frequent attenders with 20-40
# records, as in real clinical and forum data (a heavy tail that person-level DP must bound).
_NOTES_WEIGHTS = (0.40, 0.22, 0.13, 0.08, 0.05, 0.04, 0.03, 0.03)
_FREQUENT_SHARE = 0.02
_FREQUENT_NOTES = (20, 40)
_DATE_START = dt.date(2019, 1, 1)
_DATE_SPAN_DAYS = 5 * 365
_SSN_BAD_AREAS = frozenset({0, 666})
_T = TypeVar("_T")


class _Stream:
    """Buffered uniform draws from one numpy Generator (fast scalar picks, fully seeded)."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self._buf = rng.random(256)
        self._i = 0

    def u(self) -> float:
        if self._i == len(self._buf):
            self._buf = self.rng.random(256)
            self._i = 0
        self._i += 1
        return float(self._buf[self._i - 1])

    def chance(self, p: float) -> bool:
        return self.u() < p

    def int(self, low: int, high: int) -> int:
        """Uniform integer in [low, high]."""
        return low + int(self.u() * (high - low + 1))

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.u() * len(seq))]

    def weighted(self, weights: Sequence[float]) -> int:
        x = self.u() * sum(weights)
        for i, w in enumerate(weights):
            x -= w
            if x < 0:
                return i
        return len(weights) - 1


class _Doc:
    """Text under construction; entity pieces record their exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str, str]] = []
        self.pos = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def ent(self, value: str, entity_type: str) -> None:
        self.spans.append((self.pos, self.pos + len(value), entity_type, value))
        self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class _Person:
    first: str
    last: str


@dataclass(frozen=True)
class _Patient:
    pid: str
    name: _Person
    gender: str
    age: int
    dob: dt.date
    zip: str
    street: str
    city: str
    state: str
    phone: str  # 10 digits
    email: str
    ssn: str
    mrn: str
    handle: str  # without "@"
    reddit: str  # without "u/"
    url: str
    occupation: str
    clinician: _Person
    credential: str
    facility: str
    relation: str
    relative: str
    baseline_class: int


def generate_synthetic_notes(
    *, n_records: int, seed: int, label_noise: float = 0.10
) -> tuple[pd.DataFrame, list[dict[str, object]]]:
    """Generate synthetic clinical notes / peer messages with gold PII spans.

    Args:
        n_records: number of records (rows), >= 1.
        seed: non-negative integer seed; same seed gives identical output.
        label_noise: probability that a record's text is written for a different severity than
            its label (the scores and ``label`` are never perturbed), in [0, 1).

    Returns:
        ``(records, spans)``: the records table with columns ``RECORD_COLUMNS`` and the gold spans,
        dicts with keys ``SPAN_KEYS`` where ``text[start:end] == value``, ordered by record then
        offset.

    Raises:
        ValueError: if an argument is out of range.
    """
    if isinstance(n_records, bool) or not isinstance(n_records, int) or n_records < 1:
        raise ValueError(f"n_records must be an integer >= 1, got {n_records!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    if not 0.0 <= label_noise < 1.0:
        raise ValueError(f"label_noise must be in [0, 1), got {label_noise!r}")

    rows: list[tuple[object, ...]] = []
    spans: list[dict[str, object]] = []
    p_index = 0
    while len(rows) < n_records:
        rng = np.random.default_rng([seed, p_index])
        s = _Stream(rng)
        patient = _make_patient(s, p_index)
        n_notes = min(_n_notes(s), n_records - len(rows))
        day = _DATE_START + dt.timedelta(days=s.int(0, _DATE_SPAN_DAYS))
        max_gap = 120 if n_notes <= len(_NOTES_WEIGHTS) else 45  # frequent attenders come often
        for k in range(n_notes):
            if k:
                day += dt.timedelta(days=s.int(7, max_gap))
            record_id = f"syn-{len(rows):06d}"
            items = _phq_items(s, patient.baseline_class)
            total = sum(items)
            label = _severity(total)
            gad7 = int(np.clip(round(total * 0.62 + rng.normal(1.0, 3.0)), 0, 21))
            text_level = label
            if s.chance(label_noise):
                others = [c for c in range(4) if c != label]
                near = [c for c in others if abs(c - label) == 1]
                text_level = s.pick(near) if s.chance(0.7) else s.pick(others)
            doc = _Doc()
            if s.chance(0.65):
                _clinical_note(s, doc, patient, day, text_level)
            else:
                _peer_message(s, doc, patient, day, text_level)
            text = doc.text()
            rows.append(
                (record_id, text, SEVERITY_LABELS[label], patient.pid, day.isoformat(), patient.age,
                 patient.gender, patient.zip, patient.occupation, *items, total, gad7)
            )  # fmt: skip
            spans.extend(
                {"record_id": record_id, "start": a, "end": b, "entity_type": t, "value": v}
                for a, b, t, v in doc.spans
            )
        p_index += 1

    records = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    int_cols = ["age", *(f"phq9_{i}" for i in range(1, 10)), "phq9_total", "gad7_total"]
    records[int_cols] = records[int_cols].astype("int64")
    return records, spans


# --------------------------------------------------------------------------- scores


def _n_notes(s: _Stream) -> int:
    """A patient's number of records: mostly 1-3, a long tail, a few frequent attenders (20-40)."""
    if s.chance(_FREQUENT_SHARE):
        return s.int(*_FREQUENT_NOTES)
    return 1 + s.weighted(_NOTES_WEIGHTS)


def _severity(total: int) -> int:
    return sum(total >= cut for cut in _PHQ_CUTS)


def _phq_items(s: _Stream, baseline_class: int) -> list[int]:
    """Nine PHQ-9 items whose sum lands near the patient's baseline class."""
    low, high = _CLASS_RANGES[baseline_class]
    target = int(np.clip(s.int(low, high) + round(s.rng.normal(0.0, 2.5)), 0, 27))
    # Weighted sampling of `target` of the 27 item slots without replacement (Efraimidis-Spirakis).
    keys = s.rng.exponential(size=27) / _ITEM_WEIGHTS
    chosen = np.argsort(keys, kind="stable")[:target]
    return [int(c) for c in np.bincount(chosen // 3, minlength=9)]


# --------------------------------------------------------------------------- people


def _make_patient(s: _Stream, p_index: int) -> _Patient:
    gender = ("female", "male", "nonbinary")[s.weighted((0.52, 0.44, 0.04))]
    pool = {
        "female": vocab.FIRST_NAMES_FEMALE,
        "male": vocab.FIRST_NAMES_MALE,
        "nonbinary": vocab.FIRST_NAMES_NEUTRAL,
    }[gender]
    first = s.pick(pool if s.chance(0.9) else vocab.FIRST_NAMES_NEUTRAL)
    last = s.pick(vocab.LAST_NAMES)
    age = s.int(90, 101) if s.chance(0.04) else min(18 + int(s.u() * s.u() * 90), 89)
    dob = _DATE_START - dt.timedelta(days=365 * age + s.int(0, 364))
    prefixes = vocab.ZIP_PREFIXES_RESTRICTED if s.chance(0.04) else vocab.ZIP_PREFIXES_COMMON
    zip_code = s.pick(prefixes) + f"{s.int(1, 99):02d}"
    city, state = s.pick(vocab.CITIES)
    number = s.int(1, 9999) if s.chance(0.8) else s.int(1, 99)
    street = f"{number} {s.pick(vocab.STREET_NAMES)} {s.pick(vocab.STREET_SUFFIXES)}"
    phone = f"{s.pick(vocab.AREA_CODES)}{s.int(2, 9)}{s.int(0, 99):02d}{s.int(0, 9999):04d}"
    if phone[3:6] == "555":
        phone = phone[:3] + "556" + phone[6:]
    fl, ll = first.lower(), last.lower().replace("'", "")
    tag = f"{s.int(1, 99):02d}"
    email_user = s.pick((f"{fl}.{ll}{tag}", f"{fl[0]}{ll}", f"{fl}_{ll}", f"{ll}.{fl}{tag}"))
    email = f"{email_user}@{s.pick(vocab.EMAIL_DOMAINS)}"
    handle = s.pick((f"{fl}{ll[0]}_{tag}", f"{fl}.{ll}", f"{s.pick(vocab.HANDLE_WORDS)}_{fl}{tag}"))
    reddit = f"{s.pick(vocab.HANDLE_WORDS)}_{s.pick(vocab.HANDLE_WORDS)}{tag}"
    url_core = f"{fl}-{ll}" if s.chance(0.3) else handle.replace(".", "")
    url = s.pick(vocab.URL_SITES).format(h=url_core)
    area = s.int(1, 899)
    while area in _SSN_BAD_AREAS:
        area = s.int(1, 899)
    ssn = f"{area:03d}-{s.int(1, 99):02d}-{s.int(1, 9999):04d}"
    occupations = vocab.OCCUPATIONS_RARE if s.chance(0.04) else vocab.OCCUPATIONS_COMMON
    clin_pool = vocab.FIRST_NAMES_FEMALE + vocab.FIRST_NAMES_MALE + vocab.FIRST_NAMES_NEUTRAL
    clinician = _Person(s.pick(clin_pool), s.pick(vocab.LAST_NAMES))
    facility = f"{s.pick(vocab.FACILITY_PREFIXES)} {s.pick(vocab.FACILITY_SUFFIXES)}"
    return _Patient(
        pid=f"P{p_index:06d}", name=_Person(first, last), gender=gender, age=age, dob=dob,
        zip=zip_code, street=street, city=city, state=state, phone=phone, email=email,
        ssn=ssn, mrn=f"{s.int(1_000_000, 9_999_999)}", handle=handle, reddit=reddit, url=url,
        occupation=s.pick(occupations), clinician=clinician,
        credential=s.pick(vocab.CLINICIAN_CREDENTIALS), facility=facility,
        relation=s.pick(vocab.RELATIONS), relative=s.pick(clin_pool),
        baseline_class=s.weighted(_CLASS_PRIOR),
    )  # fmt: skip


def _fmt_date(s: _Stream, d: dt.date) -> str:
    month = vocab.MONTHS[d.month - 1]
    style = s.int(0, 6)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{month} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day} {month[:3]} {d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == 5:
        return f"{month[:3]}. {d.day}, {d.year}"
    return f"{d.day} {month} {d.year}"


def _fmt_phone(s: _Stream, p: str) -> str:
    a, b, c = p[:3], p[3:6], p[6:]
    return s.pick((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                   f"1-{a}-{b}-{c}", f"{a}{b}{c}"))  # fmt: skip


def _fmt_ssn(s: _Stream, ssn: str) -> str:
    return ssn if s.chance(0.8) else ssn.replace("-", " ")


def _title(p: _Patient) -> str:
    return {"female": "Ms.", "male": "Mr.", "nonbinary": "Mx."}[p.gender]


def _patient_ref(s: _Stream, doc: _Doc, p: _Patient) -> None:
    """Mention the patient by full name, first name, or title + surname."""
    style = s.int(0, 2)
    if style == 0:
        doc.ent(f"{p.name.first} {p.name.last}", "PERSON")
    elif style == 1:
        doc.ent(p.name.first, "PERSON")
    else:
        doc.add(f"{_title(p)} ")
        doc.ent(p.name.last, "PERSON")


def _clinician_ref(s: _Stream, doc: _Doc, p: _Patient) -> None:
    c = p.clinician
    style = s.int(0, 2)
    if style == 0:
        doc.add("Dr. ")
        doc.ent(c.last, "PERSON")
    elif style == 1:
        doc.ent(f"{c.first} {c.last}", "PERSON")
        doc.add(f", {p.credential}")
    else:
        doc.add("Dr. ")
        doc.ent(f"{c.first} {c.last}", "PERSON")


def _address(s: _Stream, doc: _Doc, p: _Patient) -> None:
    doc.ent(f"{p.street}, {p.city}", "STREET_ADDRESS")
    doc.add(f", {p.state} ")
    doc.ent(p.zip, "ZIP_CODE")


# --------------------------------------------------------------------------- symptom language


def _symptom_sentences(s: _Stream, level: int, *, voice: int, with_si: bool) -> list[str]:
    """Paraphrased symptom sentences for a text severity; voice 0 clinical, 1 first person."""
    topics = list(_TOPIC_WEIGHTS)
    weights = list(_TOPIC_WEIGHTS.values())
    out: list[str] = []
    for _ in range(s.int(3, 5)):
        i = s.weighted(weights)
        topic = topics.pop(i)
        weights.pop(i)
        intensity = s.weighted(_INTENSITY[level])
        out.append(s.pick(vocab.SYMPTOMS[topic][intensity][voice]))
    if with_si:
        # Routine risk screen: mostly negative even at high severity.
        si = s.weighted(_INTENSITY[level]) if s.chance(0.5) else 0
        out.append(s.pick(vocab.SYMPTOMS["si"][si][voice]))
    if s.chance(0.4):
        shift = s.pick((-1, 0, 0, 0, 1))
        out.append(s.pick(vocab.IMPRESSIONS[min(max(level + shift, 0), 3)][voice]))
    for _ in range(s.weighted((0.3, 0.45, 0.25))):
        out.append(s.pick(vocab.DISTRACTORS[voice]))
    # Deterministic shuffle (Fisher-Yates on the stream).
    for j in range(len(out) - 1, 0, -1):
        k = s.int(0, j)
        out[j], out[k] = out[k], out[j]
    return out


# --------------------------------------------------------------------------- record builders


def _clinical_note(s: _Stream, doc: _Doc, p: _Patient, day: dt.date, level: int) -> None:
    header = s.int(0, 2)
    if header == 0:
        doc.add("Progress note, ")
        doc.ent(_fmt_date(s, day), "DATE_TIME")
        doc.add(". Patient: ")
        doc.ent(f"{p.name.first} {p.name.last}", "PERSON")
        doc.add(" (MRN: ")
        doc.ent(p.mrn, "MEDICAL_RECORD_NUMBER")
        doc.add("), ")
        doc.ent(str(p.age), "AGE")
        doc.add(f"-year-old {p.gender}.")
    elif header == 1:
        doc.ent(_fmt_date(s, day), "DATE_TIME")
        doc.add(" | ")
        doc.ent(p.facility, "FACILITY")
        doc.add(" | Clinician: ")
        _clinician_ref(s, doc, p)
        doc.add(" | MRN #")
        doc.ent(p.mrn, "MEDICAL_RECORD_NUMBER")
    else:
        doc.add("Session date: ")
        doc.ent(_fmt_date(s, day), "DATE_TIME")
        doc.add(". Client ")
        _patient_ref(s, doc, p)
        doc.add(", age ")
        doc.ent(str(p.age), "AGE")
        doc.add(", seen at ")
        doc.ent(p.facility, "FACILITY")
        doc.add(".")
    if s.chance(0.3):
        doc.add(" DOB: ")
        doc.ent(_fmt_date(s, p.dob), "DATE_TIME")
        doc.add(".")
    if s.chance(0.3):
        doc.add(" Contact: ")
        doc.ent(_fmt_phone(s, p.phone), "PHONE_NUMBER")
        if s.chance(0.5):
            doc.add(", ")
            doc.ent(p.email, "EMAIL_ADDRESS")
        doc.add(".")
    if s.chance(0.25):
        doc.add(" Address: ")
        _address(s, doc, p)
        doc.add(".")
    if s.chance(0.12):
        doc.add(" SSN ")
        doc.ent(_fmt_ssn(s, p.ssn), "US_SSN")
        doc.add(" verified for billing.")
    doc.add(" S: ")
    _patient_ref(s, doc, p)
    doc.add(s.pick((" presents for follow-up.", " attended session.", " seen for therapy.")))
    if s.chance(0.2):
        doc.add(f" Works as a {p.occupation}." if p.occupation[0] not in "aeiou"
                else f" Works as an {p.occupation}.")  # fmt: skip
    for sentence in _symptom_sentences(s, level, voice=0, with_si=s.chance(0.7)):
        doc.add(f" {sentence}")
    if s.chance(0.2):
        doc.add(f" {p.relation.capitalize()} ")
        doc.ent(p.relative, "PERSON")
        doc.add(" joined for the last 10 minutes.")
    if s.chance(0.15):
        doc.add(" Mentioned posting online as ")
        doc.ent("@" + p.handle, "SOCIAL_HANDLE")
        doc.add("; discussed privacy.")
    doc.add(" P: ")
    plan = s.int(0, 2)
    if plan == 0:
        doc.add("Follow up on ")
        doc.ent(_fmt_date(s, day + dt.timedelta(days=s.int(7, 28))), "DATE_TIME")
        doc.add(".")
    elif plan == 1:
        doc.add("Referral to ")
        doc.ent(p.facility, "FACILITY")
        doc.add(" for group therapy.")
    else:
        doc.add("Continue weekly sessions.")
    if s.chance(0.6):
        doc.add(" -- ")
        _clinician_ref(s, doc, p)


def _peer_message(s: _Stream, doc: _Doc, p: _Patient, day: dt.date, level: int) -> None:
    opening = s.int(0, 3)
    if opening == 0:
        doc.add("hey all, ")
        doc.ent("@" + p.handle, "SOCIAL_HANDLE")
        doc.add(" here.")
    elif opening == 1:
        doc.add("Hi, I'm ")
        doc.ent(p.name.first, "PERSON")
        doc.add(", ")
        doc.ent(str(p.age), "AGE")
        doc.add(".")
    elif opening == 2:
        doc.add("Throwaway because my main (")
        doc.ent("u/" + p.reddit, "SOCIAL_HANDLE")
        doc.add(f") is followed by my {p.relation}.")
    else:
        doc.add("Update since ")
        doc.ent(_fmt_date(s, day - dt.timedelta(days=s.int(3, 40))), "DATE_TIME")
        doc.add(":")
    for sentence in _symptom_sentences(s, level, voice=1, with_si=s.chance(0.3)):
        doc.add(f" {sentence}")
    extras = [s.chance(x) for x in (0.35, 0.2, 0.2, 0.15, 0.15, 0.15, 0.1, 0.06)]
    if extras[0]:
        doc.add(" My therapist ")
        _clinician_ref(s, doc, p)
        doc.add(" at ")
        doc.ent(p.facility, "FACILITY")
        doc.add(" says to keep posting.")
    if extras[1]:
        doc.add(" If anyone wants to talk, text me at ")
        doc.ent(_fmt_phone(s, p.phone), "PHONE_NUMBER")
        doc.add(".")
    if extras[2]:
        doc.add(" I write about it at ")
        doc.ent(p.url, "URL")
        doc.add(" sometimes.")
    if extras[3]:
        doc.add(" Email is ")
        doc.ent(p.email, "EMAIL_ADDRESS")
        doc.add(" if DMs are off.")
    if extras[4]:
        doc.add(" My ")
        doc.add(f"{p.relation} ")
        doc.ent(p.relative, "PERSON")
        doc.add(" doesn't know yet.")
    if extras[5]:
        doc.add(" I'm ")
        doc.ent(str(p.age), "AGE")
        doc.add(" and work as a" + ("n " if p.occupation[0] in "aeiou" else " "))
        doc.add(f"{p.occupation}, so nobody expects it.")
    if extras[6]:
        doc.add(" Anyone near ")
        _address(s, doc, p)
        doc.add(" want to get coffee?")
    if extras[7]:
        doc.add(" They even asked for my SSN (")
        doc.ent(_fmt_ssn(s, p.ssn), "US_SSN")
        doc.add(") on the intake form, is that normal?")
    if not doc.spans or s.chance(0.4):
        doc.add(" - ")
        doc.ent(p.name.first, "PERSON")
