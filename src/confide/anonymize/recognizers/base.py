"""A Presidio recognizer driven by data: regexes with a reported group, context and validators.

Every custom recognizer of this package is an instance of :class:`RegexSpanRecognizer` built from
a plain dict (so it can be declared in YAML). Compared with Presidio's ``PatternRecognizer`` it
reports a named group (``pii``) instead of the whole match, checks context words in a character
window itself (independent of lemmas), can require context, and skips texts that fail a cheap
gate regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult

from confide.registry import Registry

Validator = Callable[[str, Mapping[str, Any]], bool]
_VALIDATORS: Registry[Validator] = Registry("validator", error=ValueError)


def register_validator(name: str, *, force: bool = False) -> Callable[[Validator], Validator]:
    """Decorator adding a span validator (value, params) -> keep? under ``name`` (a taken name needs ``force``)."""
    return _VALIDATORS.register(name, force=force)


def get_validator(name: str) -> Validator:
    """Return a registered validator; unknown names raise ValueError listing known ones."""
    return _VALIDATORS.get(name)


_FLAG_NAMES = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL}


@dataclass(frozen=True)
class CompiledPattern:
    """One regex with its score and the group that holds the identifier."""

    name: str
    regex: re.Pattern[str]
    score: float
    group: int | str
    validators: tuple[tuple[Validator, Mapping[str, Any]], ...] = ()
    gate: re.Pattern[str] | None = None


def _validators(specs: Sequence[Mapping[str, Any]]) -> tuple[tuple[Validator, Mapping[str, Any]], ...]:
    return tuple((get_validator(v["name"]), {k: x for k, x in v.items() if k != "name"}) for v in specs)


def compile_patterns(patterns: Sequence[Mapping[str, Any]]) -> list[CompiledPattern]:
    """Compile ``[{"name", "regex", "score", "group", "flags", "validators", "gate"}]`` dicts.

    ``flags`` is a list of names; a pattern's own ``validators`` apply to its matches only; a
    pattern's ``gate`` is a cheap regex that must match somewhere in the text for the pattern to run.
    """
    compiled = []
    for i, spec in enumerate(patterns):
        flags = 0
        for flag in spec.get("flags", []):
            if flag not in _FLAG_NAMES:
                raise ValueError(
                    f"pattern {i}: unknown regex flag {flag!r}; known: {sorted(_FLAG_NAMES)}"
                )
            flags |= _FLAG_NAMES[flag]
        regex = re.compile(spec["regex"], flags)
        group: int | str = spec.get("group", "pii" if "pii" in regex.groupindex else 0)
        compiled.append(
            CompiledPattern(
                str(spec.get("name", f"p{i}")),
                regex,
                float(spec.get("score", 0.85)),
                group,
                _validators(spec.get("validators", [])),
                re.compile(spec["gate"]) if spec.get("gate") else None,
            )
        )
    return compiled


class RegexSpanRecognizer(LocalRecognizer):
    """Regex recognizer reporting a group, with a context window, validators and a gate.

    Args:
        entity_type: the Presidio entity type reported.
        patterns: dicts with ``regex`` and optionally ``name``, ``score``, ``group``, ``flags``.
        name: recognizer name (shown in results' metadata).
        context: lower-case words; when one occurs within ``context_window`` characters before
            (or ``context_after`` after) a match, its score rises by ``context_boost``.
        require_context: drop matches that have no context word nearby.
        gate: cheap regex that must match somewhere in the text, else the recognizer is skipped.
        deny_list: literal phrases always reported (word-bounded, case-insensitive).
        validators: ``[{"name": ..., **params}]``; a match is kept only if all return True.
        exclude_before: regex searched in the 30 characters before a match; where it matches, the
            match is dropped (e.g. "pain" before "7/10").
    """

    def __init__(
        self,
        *,
        entity_type: str,
        patterns: Sequence[Mapping[str, Any]] = (),
        name: str | None = None,
        context: Sequence[str] = (),
        context_window: int = 40,
        context_after: int = 0,
        context_boost: float = 0.35,
        require_context: bool = False,
        gate: str | None = None,
        deny_list: Sequence[str] = (),
        deny_list_score: float = 0.9,
        validators: Sequence[Mapping[str, Any]] = (),
        exclude_before: str | None = None,
        supported_language: str = "en",
    ) -> None:
        self.exclude_before = re.compile(exclude_before) if exclude_before else None
        self.entity_type = entity_type
        self.patterns = compile_patterns(patterns)
        if deny_list:
            alternatives = "|".join(
                re.escape(w) for w in sorted(set(deny_list), key=len, reverse=True)
            )
            self.patterns.append(
                CompiledPattern(
                    "deny_list",
                    re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I),
                    deny_list_score,
                    0,
                )
            )
        self.context_words = [w.lower() for w in context]
        self._context_re = (
            re.compile(
                r"(?<![a-z])(?:"
                + "|".join(re.escape(w) for w in self.context_words)
                + r")(?![a-z])"
            )
            if self.context_words
            else None
        )
        self.context_window = context_window
        self.context_after = context_after
        self.context_boost = context_boost
        self.require_context = require_context
        self.gate = re.compile(gate) if gate else None
        self.validators = list(_validators(validators))
        super().__init__(
            supported_entities=[entity_type],
            name=name or f"{entity_type.title().replace('_', '')}Recognizer",
            supported_language=supported_language,
            context=list(context),
        )

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def _has_context(self, text: str, start: int, end: int) -> bool:
        if self._context_re is None:
            return False
        window = text[max(0, start - self.context_window) : start].lower()
        if self._context_re.search(window):
            return True
        if self.context_after:
            return bool(self._context_re.search(text[end : end + self.context_after].lower()))
        return False

    def find(self, text: str) -> list[tuple[int, int, float]]:
        """Return ``(start, end, score)`` of every accepted match (no Presidio objects)."""
        if self.gate is not None and not self.gate.search(text):
            return []
        found: dict[tuple[int, int], float] = {}
        for pattern in self.patterns:
            if pattern.gate is not None and not pattern.gate.search(text):
                continue
            for match in pattern.regex.finditer(text):
                start, end = match.span(pattern.group)
                if start < 0 or end <= start:
                    continue
                value = text[start:end]
                checks = (*self.validators, *pattern.validators)
                if not all(check(value, params) for check, params in checks):
                    continue
                if self.exclude_before is not None and self.exclude_before.search(
                    text[max(0, start - 30) : start]
                ):
                    continue
                score = pattern.score
                if self._context_re is not None:
                    if self._has_context(text, start, end):
                        score = min(1.0, score + self.context_boost)
                    elif self.require_context:
                        continue
                found[(start, end)] = max(score, found.get((start, end), 0.0))
        return [(s, e, sc) for (s, e), sc in sorted(found.items())]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Presidio entry point: matches as ``RecognizerResult`` already context-enhanced."""
        if entities and self.entity_type not in entities:
            return []
        return to_results(self, self.entity_type, self.find(text))


def to_results(
    recognizer: EntityRecognizer, entity_type: str, found: Iterable[tuple[int, int, float]]
) -> list[RecognizerResult]:
    """``(start, end, score)`` triples as Presidio results, marked as already context-scored."""
    return [
        RecognizerResult(
            entity_type=entity_type,
            start=s,
            end=e,
            score=sc,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
        for s, e, sc in found
    ]


# --- validators shared by several recognizers -------------------------------------------------


@register_validator("not_in")
def _not_in(value: str, params: Mapping[str, Any]) -> bool:
    words = {w.lower() for w in params.get("words", [])}
    return value.strip().lower() not in words


@register_validator("first_word_not_in")
def _first_word_not_in(value: str, params: Mapping[str, Any]) -> bool:
    words = {w.lower() for w in params.get("words", [])}
    parts = value.split()
    return bool(parts) and parts[0].lower() not in words


@register_validator("has_digit")
def _has_digit(value: str, params: Mapping[str, Any]) -> bool:
    return any(c.isdigit() for c in value)


@register_validator("min_digits")
def _min_digits(value: str, params: Mapping[str, Any]) -> bool:
    return sum(c.isdigit() for c in value) >= int(params.get("count", 1))


@register_validator("int_range")
def _int_range(value: str, params: Mapping[str, Any]) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    if not digits:
        return False
    number = int(digits)
    return int(params.get("min", 0)) <= number <= int(params.get("max", 10**18))
