"""Replacement operators, one per name, configurable per entity type.

An operator maps the found value to its replacement given an :class:`OperatorContext`.
Register more with :func:`register_operator`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from confide.anonymize.dates import shift_date_text
from confide.anonymize.pseudonym import keyed_digest, pseudonym
from confide.anonymize.spans import Span
from confide.registry import Registry


@dataclass(frozen=True)
class OperatorContext:
    """What an operator may use besides the value: key, person and per-person date offset."""

    key: bytes
    entity_type: str
    group_id: str = ""
    date_shift_days: int = 0
    params: Mapping[str, Any] = field(default_factory=dict)


Operator = Callable[[str, OperatorContext], str]
_OPERATORS: Registry[Operator] = Registry("operator", error=ValueError)


def register_operator(name: str, *, force: bool = False) -> Callable[[Operator], Operator]:
    """Decorator adding an operator under ``name`` (refuses to overwrite one unless ``force=True``)."""
    return _OPERATORS.register(name, force=force)


def get_operator(name: str) -> Operator:
    """Return the operator called ``name``; unknown names raise ValueError listing known ones."""
    return _OPERATORS.get(name)


@register_operator("tag")
def _tag(value: str, ctx: OperatorContext) -> str:
    return str(ctx.params.get("template", "<{entity_type}>")).format(entity_type=ctx.entity_type)


@register_operator("pseudonym")
def _pseudonym(value: str, ctx: OperatorContext) -> str:
    scope = ctx.group_id if ctx.params.get("scope", "global") == "person" else ""
    return pseudonym(
        value,
        key=ctx.key,
        entity_type=ctx.entity_type,
        length=int(ctx.params.get("length", 8)),
        scope=scope,
    )


@register_operator("mask")
def _mask(value: str, ctx: OperatorContext) -> str:
    char = str(ctx.params.get("char", "*"))[:1] or "*"
    keep = int(ctx.params.get("keep_last", 0))
    cut = max(len(value) - keep, 0)
    return "".join(c if c.isspace() else char for c in value[:cut]) + value[cut:]


@register_operator("hash")
def _hash(value: str, ctx: OperatorContext) -> str:
    return keyed_digest(value, key=ctx.key, purpose="hash_operator")[
        : int(ctx.params.get("length", 16))
    ]


@register_operator("redact")
def _redact(value: str, ctx: OperatorContext) -> str:
    return ""


@register_operator("date_shift")
def _date_shift(value: str, ctx: OperatorContext) -> str:
    shifted = shift_date_text(value, ctx.date_shift_days) if ctx.date_shift_days else None
    if shifted is None or shifted == value.strip():
        return _tag(value, ctx)
    lead = value[: len(value) - len(value.lstrip())]
    trail = value[len(value.rstrip()) :]
    return lead + shifted + trail


def apply_operators(
    text: str,
    spans: list[Span],
    *,
    operators: Mapping[str, Mapping[str, Any]],
    key: bytes,
    group_id: str = "",
    date_shift_days: int = 0,
) -> str:
    """Replace every (non-overlapping) span of ``text`` using the operator of its entity type.

    Args:
        text: original text.
        spans: non-overlapping spans (see :func:`merge_overlapping`).
        operators: entity type -> ``{"operator": name, **params}``; key ``DEFAULT`` is the fallback.
        key: secret key for pseudonyms and hashes.
        group_id: the person the text belongs to (for date shifts and person-scoped pseudonyms).
        date_shift_days: this person's date offset.
    """
    default = operators.get("DEFAULT", {"operator": "tag"})
    parts: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):
        spec = operators.get(span.entity_type, default)
        params = {k: v for k, v in spec.items() if k != "operator"}
        ctx = OperatorContext(
            key=key,
            entity_type=span.entity_type,
            group_id=group_id,
            date_shift_days=date_shift_days,
            params=params,
        )
        parts.append(text[cursor : span.start])
        parts.append(
            get_operator(str(spec.get("operator", "tag")))(text[span.start : span.end], ctx)
        )
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)
