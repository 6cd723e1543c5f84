"""Named plug-ins of one kind (models, attacks, operators ...), with one behaviour everywhere.

As Opacus's grad-sampler registry does, a name registered twice is refused unless the caller
says ``force=True``: a plug-in that silently replaced a built-in would change results unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """A name -> entry table; ``error`` is the exception an unknown name raises."""

    def __init__(self, kind: str, *, error: type[Exception] = KeyError) -> None:
        self.kind = kind
        self._error = error
        self._entries: dict[str, T] = {}

    def add(self, name: str, entry: T, *, force: bool = False) -> T:
        """Register ``entry`` under ``name``; a second registration needs ``force=True``."""
        if name in self._entries and not force:
            raise ValueError(f"{self.kind} {name!r} is already registered; pass force=True to replace it")
        self._entries[name] = entry
        return entry

    def register(self, name: str, *, force: bool = False) -> Callable[[T], T]:
        """Decorator form of :meth:`add`."""
        return lambda entry: self.add(name, entry, force=force)

    def get(self, name: str) -> T:
        """The entry registered as ``name``; an unknown name raises ``error`` listing the known."""
        try:
            return self._entries[name]
        except KeyError:
            raise self._error(f"unknown {self.kind} {name!r}; known: {', '.join(self.names())}") from None

    def names(self) -> tuple[str, ...]:
        """Registered names, sorted."""
        return tuple(sorted(self._entries))

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self._entries)
