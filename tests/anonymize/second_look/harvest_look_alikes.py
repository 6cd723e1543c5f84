"""Write look_alikes.txt: every look-alike of the detector tests' tables, marked ``[[NOT|...]]``.

The tables of tests/anonymize whose outcome is "left alone", "no facility", "no person touches it" and
the like pair a sentence with a phrase that must stay; the second look learns them as negatives
(``confide.anonymize.second_look_train``). Read from pytest's collected ids, where a parameter pair
(text, look_alike) is ``text-look_alike`` and the look-alike occurs in the text.

Usage (repo root): .venv/bin/python tests/anonymize/second_look/harvest_look_alikes.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("look_alikes.txt")
# What a test's name says of its outcome, after "_then_": nothing is reported over the look-alike.
_NEGATIVE_OUTCOME = re.compile(
    r"^(?:no_|nothing|it_is_left|it_is_not|it_is_no_|gazetteer_leaves|.*_is_not_|they_are_not|recognizer_reports_nothing)"
)
# Outcomes that keep another detection or type ("it stays covered", "it is not that type").
_KEEPS_SOMETHING = re.compile(r"stays|not_that_type|not_dropped|not_shifted")
# Names with no "_then_" that still state a negative outcome.
_NEGATIVE_NAME = re.compile(r"(?:left(?:_alone)?|are_no_names)$")
_ID = re.compile(r"(tests/\S+?)::(\w+)\[(.*)\]$")


def _pair(test_id: str) -> tuple[str, str] | None:
    """(text, look_alike) from ``text-look_alike``: the first split whose right side occurs in the left
    (the longest look-alike: "Ward-Side Unit", not "Side Unit")."""
    for k in range(1, len(test_id)):
        left, right = test_id[:k], test_id[k + 1 :]
        if test_id[k] == "-" and right and right in left and len(left) > len(right):
            return left, right
    return None


def look_alikes(collected: list[str]) -> list[str]:
    """Marked records (sorted, unique) from pytest's ``--collect-only -q`` lines."""
    records = set()
    for line in collected:
        m = _ID.match(line.strip())
        if not m:
            continue
        name, test_id = m.group(2), m.group(3)
        outcome = name.split("_then_", 1)[1] if "_then_" in name else None
        negative = (
            _NEGATIVE_OUTCOME.match(outcome) and not _KEEPS_SOMETHING.search(outcome)
            if outcome
            else _NEGATIVE_NAME.search(name)
        )
        pair = _pair(test_id) if negative and "\\" not in test_id else None
        if pair is None or any(mark in pair[0] for mark in ("[[", "]]", "|", "\n")):
            continue
        text, look_alike = pair
        i = text.find(look_alike)
        records.add(f"{text[:i]}[[NOT|{look_alike}]]{text[i + len(look_alike):]}")
    return sorted(records)


def main() -> None:
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/anonymize"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    records = look_alikes(collected)
    OUT.write_text(
        "# Look-alikes of the detector tests' tables (marked NOT): negatives for the second look.\n"
        "# Written by tests/anonymize/second_look/harvest_look_alikes.py; never edit by hand.\n\n"
        + "\n\n".join(records) + "\n",
        encoding="utf-8",
    )
    print(f"{len(records)} look-alikes -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
