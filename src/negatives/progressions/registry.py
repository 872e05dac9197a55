"""Third-party progressions, exposed under the entry-point group ``negatives.progressions``.

A distribution declares its progressions in its ``pyproject.toml``::

    [project.entry-points."negatives.progressions"]
    wave = "negatives_wave:Wave"

The entry point's name is the progression's ``kind``. `available_progressions` lists them,
after the built-ins, without importing anything; `load_progression` returns a built-in by its
kind, or imports exactly the plugin named and checks its shape. Nothing third-party runs on
``import negatives``.

Examples:
    >>> [info.name for info in available_progressions() if info.builtin]
    ['deload', 'double', 'eccentric_ramp', 'linear', 'rpe', 'tempo_ramp']
    >>> load_progression("linear").__name__
    'Linear'
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import metadata

import attrs

from .. import _plugins
from .._plugins import PluginInfo
from ..errors import PluginError

__all__ = [
    "PROGRESSIONS_GROUP",
    "available_progressions",
    "check_progression_class",
    "load_progression",
    "progression_kinds",
]

#: The entry-point group of third-party progressions.
PROGRESSIONS_GROUP = "negatives.progressions"


def available_progressions(
    *, builtin: bool = True, entry_points: Iterable[metadata.EntryPoint] | None = None
) -> tuple[PluginInfo, ...]:
    """The progressions `load_progression` loads: the built-ins, then the installed plugins.

    Each by name (its ``kind``), with where it comes from: ``negatives`` itself
    (``info.builtin``) or a distribution and its version. Sorted by name within each group.
    Nothing third-party is imported: plugins are listed from the distributions' metadata only.

    Args:
        builtin: list the built-in progressions too (``False``: the plugins only).
        entry_points: entry points to list instead of the installed ones (for tests).
    """
    plugins = _plugins.available(PROGRESSIONS_GROUP, entry_points=entry_points)
    if not builtin:
        return plugins
    from .builtin import BUILTIN_PROGRESSIONS

    version = _own_version()
    own = tuple(
        PluginInfo(
            kind,
            PROGRESSIONS_GROUP,
            f"{cls.__module__}:{cls.__qualname__}",
            "negatives",
            version,
            builtin=True,
        )
        for kind, cls in sorted(BUILTIN_PROGRESSIONS.items())
    )
    return own + plugins


def _own_version() -> str | None:
    try:
        return metadata.version("negatives")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return None


def check_progression_class(obj: object, kind: str | None, origin: str) -> type:
    """Check that ``obj`` is a progression class.

    An attrs class whose ``kind`` is a string (equal to ``kind`` when given) and whose
    ``propose`` is callable.

    ``issubclass`` against the `Progression` protocol cannot do this (a protocol with data
    members does not support it), so the check is structural.

    Raises:
        PluginError: naming ``origin`` and what is wrong.
    """
    if not isinstance(obj, type) or not attrs.has(obj):
        raise PluginError(
            f"the progression {kind!r} from {origin} is not an attrs class "
            f"(got {type(obj).__name__}): progressions are attrs classes, so their "
            "configuration is plain data"
        )
    declared = getattr(obj, "kind", None)
    if not isinstance(declared, str) or not declared:
        raise PluginError(
            f"the progression class {obj.__name__} from {origin} has no class-level 'kind' string"
        )
    if kind is not None and declared != kind:
        raise PluginError(
            f"the progression {kind!r} from {origin} declares kind {declared!r}; a "
            "progression's entry-point name must be its kind"
        )
    if not callable(getattr(obj, "propose", None)):
        raise PluginError(f"the progression {declared!r} from {origin} has no propose(ctx) method")
    return obj


def progression_kinds(extra: Iterable[type], origin: str) -> dict[str, type]:
    """The built-in progressions and ``extra`` (each checked), by kind.

    Raises:
        PluginError: a class in ``extra`` is not a progression (naming ``origin``), or two
            different classes share a kind.
    """
    from .builtin import BUILTIN_PROGRESSIONS

    kinds: dict[str, type] = dict(BUILTIN_PROGRESSIONS)
    for cls in extra:
        check_progression_class(cls, None, origin)
        kind: str = cls.kind  # type: ignore[attr-defined]
        known = kinds.get(kind)
        if known is not None and known is not cls:
            raise PluginError(
                f"two progressions have the kind {kind!r}: {known.__module__}."
                f"{known.__qualname__} and {cls.__module__}.{cls.__qualname__}"
            )
        kinds[kind] = cls
    return kinds


def load_progression(
    name: str, *, entry_points: Iterable[metadata.EntryPoint] | None = None
) -> type:
    """The progression class called ``name``: a built-in, or a plugin, imported.

    A built-in's kind (``"linear"``) gives the built-in class; any other name imports exactly
    the plugin declared under it. Pass a plugin's class to ``make_converter(progressions=[...])``
    to read and write programs that use it.

    Raises:
        PluginError: not installed, declared by two distributions, named like a built-in (the
            name is then ambiguous: refused rather than guessed), failing to import (even by
            ``sys.exit()``), or of the wrong shape (not an attrs class, ``kind`` missing or
            not equal to ``name``, no ``propose``), naming the distribution and its version.
    """
    from .builtin import BUILTIN_PROGRESSIONS

    if not isinstance(name, str):
        raise TypeError(f"load_progression() takes a name, got {type(name).__name__}")
    builtin = BUILTIN_PROGRESSIONS.get(name)
    if builtin is not None and not _plugins.declared(
        PROGRESSIONS_GROUP, name, entry_points=entry_points
    ):
        return builtin

    loaded: list[type] = []

    def check(obj: object, info: PluginInfo) -> None:
        loaded.append(check_progression_class(obj, name, info.origin))

    _plugins.load(
        PROGRESSIONS_GROUP,
        name,
        check=check,
        builtin=BUILTIN_PROGRESSIONS,
        entry_points=entry_points,
    )
    return loaded[0]
