"""Entry-point plugins, found without importing and loaded only by name.

Listing reads distribution metadata only; loading imports exactly the entry point named. Nothing
third-party runs on ``import negatives``. Failures raise `PluginError` naming the
distribution and its version (the pattern of flake8's plugin finder).

A plugin whose import fails in any way, ``sys.exit()`` (`SystemExit`) included, is a
`PluginError`: a plugin cannot end the program that loads it. Only `KeyboardInterrupt` (and
the other base exceptions that are not errors, such as `GeneratorExit`) pass through: a user
who presses Ctrl-C while a plugin imports means to stop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import metadata

import attrs

from .errors import PluginError

__all__ = ["PluginInfo", "available", "declared", "find", "load"]


@attrs.frozen
class PluginInfo:
    """An entry point as listed, before anything is imported.

    Attributes:
        name: the entry point's name (what users load it by).
        group: the entry-point group (``"negatives.rules"``).
        value: where it points, ``"package.module:attribute"``.
        distribution: the distribution that declares it, if known.
        version: that distribution's version, if known.
        builtin: whether it is one of ``negatives``' own (listed with the plugins, never
            loaded from an entry point).
    """

    name: str
    group: str
    value: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = attrs.field(default=False, kw_only=True)

    @property
    def origin(self) -> str:
        """``"negatives-extra 1.2.0"``: who provides the plugin, for messages."""
        if self.distribution is None:
            return f"an unnamed distribution ({self.value})"
        return f"{self.distribution} {self.version or '(unknown version)'}"


def _entry_points(
    group: str, entry_points: Iterable[metadata.EntryPoint] | None
) -> list[metadata.EntryPoint]:
    if entry_points is not None:
        return [ep for ep in entry_points if ep.group == group]
    return list(metadata.entry_points(group=group))


def _info(ep: metadata.EntryPoint) -> PluginInfo:
    dist = getattr(ep, "dist", None)
    name = version = None
    if dist is not None:
        try:
            name = dist.metadata["Name"]
            version = dist.version
        except Exception:  # broken metadata: still listable
            name = name or None
    return PluginInfo(ep.name, ep.group, ep.value, name, version)


def available(
    group: str, *, entry_points: Iterable[metadata.EntryPoint] | None = None
) -> tuple[PluginInfo, ...]:
    """Every plugin of ``group``, sorted by name, without importing any of them."""
    return tuple(
        sorted((_info(ep) for ep in _entry_points(group, entry_points)), key=lambda i: i.name)
    )


def declared(
    group: str, name: str, *, entry_points: Iterable[metadata.EntryPoint] | None = None
) -> bool:
    """Whether an installed distribution declares a plugin ``name`` in ``group``.

    Nothing is imported: this reads the distributions' metadata only.
    """
    return any(ep.name == name for ep in _entry_points(group, entry_points))


def find(
    group: str,
    name: str,
    *,
    builtin: Iterable[str] = (),
    entry_points: Iterable[metadata.EntryPoint] | None = None,
) -> tuple[PluginInfo, metadata.EntryPoint]:
    """The one entry point called ``name`` in ``group``.

    Raises:
        PluginError: no such plugin, two distributions declaring it, or a name that a built-in
            already has.
    """
    matches = [ep for ep in _entry_points(group, entry_points) if ep.name == name]
    if not matches:
        known = ", ".join(sorted({ep.name for ep in _entry_points(group, entry_points)}))
        raise PluginError(
            f"no {group} plugin named {name!r} is installed"
            + (f" (installed: {known})" if known else "")
        )
    infos = [_info(ep) for ep in matches]
    if len(matches) > 1:
        both = " and ".join(info.origin for info in infos)
        raise PluginError(f"two {group} plugins are named {name!r}: from {both}")
    if name in set(builtin):
        raise PluginError(
            f"the {group} plugin {name!r} from {infos[0].origin} has the name of a built-in; "
            "its distribution must rename it"
        )
    return infos[0], matches[0]


def load(
    group: str,
    name: str,
    *,
    check: Callable[[object, PluginInfo], None],
    builtin: Iterable[str] = (),
    entry_points: Iterable[metadata.EntryPoint] | None = None,
) -> object:
    """Import the plugin ``name`` of ``group`` and check its shape with ``check``.

    ``check(obj, info)`` raises `PluginError` (or returns) for an object of the wrong shape.

    Raises:
        PluginError: not found, ambiguous, failing to import, or of the wrong shape.
    """
    info, ep = find(group, name, builtin=builtin, entry_points=entry_points)
    try:
        obj = ep.load()
    except (Exception, SystemExit) as error:  # a plugin cannot end the program loading it
        raise PluginError(
            f"could not load the {group} plugin {name!r} from {info.origin}: "
            f"{type(error).__name__}: {error}"
        ) from error
    check(obj, info)
    return obj
