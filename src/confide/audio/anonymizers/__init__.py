"""Registry of voice anonymizers: ``register_anonymizer`` / ``create_anonymizer``.

An anonymizer is a callable ``(wav, *, sample_rate, speaker) -> wav`` that returns a waveform of
the same length. Each lives in its own module and registers itself by name; the registry imports
those modules the first time it is asked for a name.

Example:
    >>> from confide.audio.anonymizers import create_anonymizer
    >>> anonymize = create_anonymizer("mcadams", options={"alpha": 0.8}, key=b"k" * 32)
    >>> import numpy as np
    >>> len(anonymize(np.random.default_rng(0).normal(size=800), sample_rate=8000, speaker="s1"))
    800
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import numpy as np

from confide.registry import Registry

MODULES = ("mcadams", "mcadams_per_speaker", "mcadams_per_utterance", "mcadams_pitch", "pitch_shift", "vtln")


class Anonymizer(Protocol):
    """A voice anonymizer: same-length waveform out, ``speaker`` for per-speaker choices."""

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:  # noqa: D102
        ...


def keyed_uniform(value: str, *, key: bytes, purpose: str, low: float, high: float) -> float:
    """A number uniform on ``[low, high]`` drawn from the keyed hash of ``value`` (reproducible under ``key``).

    Without the key it cannot be predicted; under another key it is an independent draw.
    """
    from confide.anonymize.pseudonym import keyed_digest

    unit = int(keyed_digest(str(value), key=key, purpose=purpose)[:13], 16) / 16**13
    return low + (high - low) * unit


def waveform_digest(wav: np.ndarray) -> str:
    """SHA-256 of the samples (float32): names one utterance by its content, for per-utterance draws."""
    import hashlib

    return hashlib.sha256(np.ascontiguousarray(np.asarray(wav, dtype=np.float32)).tobytes()).hexdigest()


AnonymizerFactory = Callable[..., Anonymizer]
_REGISTRY: Registry[AnonymizerFactory] = Registry("anonymizer", error=ValueError)


def register_anonymizer(name: str, *, force: bool = False) -> Callable[[AnonymizerFactory], AnonymizerFactory]:
    """Class decorator that registers a factory ``(**options, key) -> Anonymizer`` under ``name``.

    A name already registered is refused unless ``force=True``.
    """
    return _REGISTRY.register(name, force=force)


def known_anonymizers() -> list[str]:
    """Names of every registered anonymizer."""
    for module in MODULES:
        importlib.import_module(f"confide.audio.anonymizers.{module}")
    return list(_REGISTRY.names())


def is_reference(name: str) -> bool:
    """Whether ``name`` is a reference condition (easy to invert), not protection."""
    return name in known_anonymizers() and bool(getattr(_REGISTRY.get(name), "reference_only", False))


def is_study_only(name: str) -> bool:
    """Whether ``name`` is registered for study only: it destroys the spoken content (``vtln``)."""
    return name in known_anonymizers() and bool(getattr(_REGISTRY.get(name), "study_only", False))


#: What the report and MLflow say of an anonymizer that is not for use, by kind.
REFERENCE_LABEL = "reference, easy to invert"
STUDY_ONLY_LABEL = "study only, destroys the content"


def caveat(name: str) -> str | None:
    """The report's label for an anonymizer that is not for use (reference or study only), else None."""
    if is_reference(name):
        return REFERENCE_LABEL
    if is_study_only(name):
        return STUDY_ONLY_LABEL
    return None


def create_anonymizer(name: str, *, options: Mapping[str, Any], key: bytes) -> Anonymizer:
    """Build the anonymizer ``name`` with its ``options`` and the secret ``key``.

    A reference condition (:func:`is_reference`) warns: it is there for comparison only. So does
    a study-only anonymizer (:func:`is_study_only`): it destroys the spoken content.

    Raises:
        ValueError: unknown name (the known ones are listed) or options it does not take.
    """
    known_anonymizers()  # imports every anonymizer module, so the registry is complete
    factory = _REGISTRY.get(name)
    if is_reference(name):
        warnings.warn(f"voice anonymizer {name!r} is a reference condition, not protection: it is easy to "
                      "invert; do not release speech anonymized only by it", UserWarning, stacklevel=2)
    if is_study_only(name):
        warnings.warn(f"voice anonymizer {name!r} is registered for study only: it destroys the spoken content "
                      "(content accuracy near chance in bench/audio.py, see README's Speech section); do not use "
                      "it to anonymize speech whose content matters", UserWarning, stacklevel=2)
    try:
        return factory(**dict(options), key=key)
    except TypeError as exc:
        raise ValueError(f"anonymizer {name!r}: bad options {sorted(options)} ({exc})") from exc
