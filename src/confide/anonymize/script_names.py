"""A person's name in its own script beside the romanised one ("WANG Lihua (王丽华)", "KIM Min-jun / 김민준").

Forms and letters from East Asia give both; the romanised name is found by the name rules, and the characters in the
bracket or after the slash that follows it are the same person's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confide.anonymize.spans import Span

# Han, kana and Hangul, two to six characters (a family and a given name).
_SCRIPT_NAME = re.compile(
    r"[ \t]*(?:\(|/|,)[ \t]*(?P<name>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,6})[ \t]*(?=\)|[,;.\s]|$)"
)


def script_names_after_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """PERSON spans for a name in Han, kana or Hangul in a bracket or after a slash right after a detected person."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON" and (m := _SCRIPT_NAME.match(text, span.end)) is not None:
            out.append(Span(m.start("name"), m.end("name"), "PERSON", span.score, "ScriptNameAfterName"))
    return out
