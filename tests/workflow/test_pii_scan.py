"""The artifact scan finds identifiers wherever they stand, but not inside unrelated numbers."""

from __future__ import annotations

import pytest

from tests.workflow.pii_scan import contains_identifier


@pytest.mark.parametrize(("content", "value"), [
    (b"note: MRN 4821730 seen", b"4821730"),
    (b'{"id": "4821730"}', b"4821730"),
    (b"call 617-555-0134.", b"617-555-0134"),
    (b"seen by Maren Okonkwo today", b"Maren Okonkwo"),
    (b"Maren Okonkwo1", b"Maren Okonkwo"),  # a letter edge is matched as a plain substring
])
def test_when_an_identifier_stands_in_the_content_then_it_is_found(content: bytes, value: bytes) -> None:
    assert contains_identifier(content, value)


@pytest.mark.parametrize(("content", "value"), [
    (b'{"tpr": 0.14821730095112, "auc": 0.5}', b"4821730"),  # digits of a float
    (b'{"fpr": 0.4821730}', b"4821730"),  # a decimal fraction
    (b"id 94821730", b"4821730"),  # a longer number
    (b"1617-555-01345", b"617-555-0134"),
])
def test_when_the_digits_are_part_of_another_number_then_nothing_is_found(content: bytes, value: bytes) -> None:
    assert not contains_identifier(content, value)
