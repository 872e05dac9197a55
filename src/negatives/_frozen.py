"""An immutable, hashable mapping, so that model objects holding mappings can be hashed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(Mapping[K, V], Generic[K, V]):
    """A read-only ``dict``: equal to any mapping with the same items, hashable, picklable.

    Examples:
        >>> d = FrozenDict({"bench": 1})
        >>> d == {"bench": 1}, hash(d) == hash(FrozenDict({"bench": 1}))
        (True, True)
    """

    __slots__ = ("_data", "_hash")

    _data: dict[K, V]
    _hash: int | None

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        self._data = dict(items) if items is not None else {}
        self._hash = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))


def freeze(items: Mapping[K, V] | None) -> FrozenDict[K, V]:
    """Return ``items`` as a `FrozenDict` (the same object when it already is one)."""
    if isinstance(items, FrozenDict):
        return items
    return FrozenDict(items)
