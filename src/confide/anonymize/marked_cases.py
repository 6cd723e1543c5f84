"""Hand-written marked case files: one record per paragraph, identifiers marked ``[[TYPE|value]]``.

The format of ``tests/anonymize/cases/*.txt`` and the held-out sets; read by the tests, the benchmarks
and the trainer of the second look (``second_look_train``). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def read_marked_cases(path: Path | str) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """Return (records as ``{record_id, text}``, gold spans with offsets into the unmarked text)."""
    path = Path(path)
    body = "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    records, spans = [], []
    for i, para in enumerate(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()):
        rid = f"{path.stem}-{i:03d}"
        text, pos = [], 0
        for m in _MARK.finditer(para):
            text.append(para[pos : m.start()])
            start = sum(map(len, text))
            text.append(m.group(2))
            spans.append({"record_id": rid, "start": start, "end": start + len(m.group(2)),
                          "entity_type": m.group(1), "value": m.group(2)})
            pos = m.end()
        text.append(para[pos:])
        records.append({"record_id": rid, "text": "".join(text)})
    return records, spans
