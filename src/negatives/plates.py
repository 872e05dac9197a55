"""Round a target load to one a gym can actually load: plates on a bar, dumbbells, stacks.

`round_to_plates` finds the loading (bar + the same plates on each side) nearest to a target,
or the heaviest at or below it, or the lightest at or above it, among *every* total the
inventory can build, within the number of plates the gym owns. `round_to_increment` does the
same for loads that come in fixed steps: a dumbbell rack, a machine stack.

Arithmetic is exact. A load's value is read as the decimal it prints as (``kg(0.1)`` is one
tenth of a kilogram, ``lb(2.5)`` two and a half pounds) and 1 lb is exactly 0.45359237 kg, so
loadings that mix kilogram and pound plates are compared and summed without rounding; only
the result is converted to a `Load` (a float).

Rules shared by both functions:

* ``mode="nearest"`` (the default) takes the closest load; a tie goes **down**, to the lighter
  load, which is the safer mistake.
* ``mode="down"`` takes the heaviest load at or below the target; it is an error when even the
  lightest possible load (the empty bar, the lightest dumbbell) is heavier than the target.
* ``mode="up"`` takes the lightest load at or above the target; it is an error when nothing
  reaches the target.
* ``"nearest"`` below the lightest load gives the lightest; above the heaviest, the heaviest.

Examples:
    >>> from negatives import kg, lb
    >>> print(round_to_plates(kg(102), bar=kg(20), plates=KG_PLATES))
    102.5 kg = 20 kg bar + 2 × (25 + 15 + 1.25) kg
    >>> print(round_to_plates(lb(135), bar=lb(45), plates=LB_PLATES))
    135 lb = 45 lb bar + 2 × 45 lb
    >>> round_to_increment(kg(23), options=dumbbell_rack(kg(2.5), kg(50), kg(2.5)))
    Load(22.5, 'kg')
"""

from __future__ import annotations

import bisect
import functools
import math
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Literal, TypeAlias

import attrs

from ._checks import as_int, describe, fmt_number, tuple_of
from .errors import Problem, UnitError, ValidationError
from .units import MAX_BAR_LOAD_KG, Load, Unit, bar_load_problem, kg, lb

__all__ = [
    "KG_PLATES",
    "LB_PLATES",
    "Loading",
    "MODES",
    "Mode",
    "PlateInventory",
    "Plates",
    "dumbbell_rack",
    "plates",
    "round_to_increment",
    "round_to_plates",
    "stack",
    "with_add_ons",
]

Mode: TypeAlias = Literal["nearest", "down", "up"]
"""How to round: to the closest load (ties go down), down, or up."""

#: The rounding modes, as `round_to_plates` and `round_to_increment` accept them.
MODES: tuple[Mode, ...] = ("nearest", "down", "up")

#: Standard kilogram plates (IWF/IPF colours: 25 red ... 1.25 chrome), heaviest first. A tuple of
#: plates means "as many pairs of each as needed"; for the plates a gym really owns, pass a
#: mapping ``{plate: number owned}`` or use `plates` with ``pairs=``.
KG_PLATES: tuple[Load, ...] = tuple(kg(v) for v in (25, 20, 15, 10, 5, 2.5, 1.25))

#: Standard pound plates, heaviest first; as many pairs of each as needed (see `KG_PLATES`).
LB_PLATES: tuple[Load, ...] = tuple(lb(v) for v in (45, 35, 25, 10, 5, 2.5))

#: Kilograms in one pound, exactly (International Yard and Pound Agreement, 1959).
_KG_PER_LB = Fraction(45359237, 100_000_000)

#: Per-side capacity (kg) of the first table built for an inventory with unlimited plates; the
#: table doubles when a heavier target needs it.
_FIRST_CAP_KG = 32

#: Most loads a rack or stack helper builds, and most add-on weights combined: beyond these the
#: input is a typing error (a step of 0.001 kg), not equipment.
_MAX_OPTIONS = 10_000
_MAX_ADD_ONS = 8

#: Most per-side loadings tabulated or listed for one inventory, a guard against typing errors:
#: the standard plates of one unit make 400 up to 500 kg a side, with 0.25 kg change plates 2000.
_MAX_TOTALS = 200_000


# -- exact masses ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _exact_kg(load: Load) -> Fraction:
    """The mass of ``load`` in kg, exactly, reading its value as the decimal it prints as."""
    value = Fraction(repr(load.value))
    return value if load.unit is Unit.KG else value * _KG_PER_LB


def _as_load(mass_kg: Fraction, unit: Unit) -> Load:
    """An exact mass expressed in ``unit`` (rounded to a float only here)."""
    return Load(float(mass_kg if unit is Unit.KG else mass_kg / _KG_PER_LB), unit)


def _mass_text(mass_kg: Fraction, unit: Unit) -> str:
    return str(_as_load(mass_kg, unit))


def _mode_problem(mode: object) -> Problem | None:
    if isinstance(mode, str) and mode in MODES:
        return None
    return Problem(("mode",), f"must be 'nearest', 'down' or 'up'; got {describe(mode)}")


def _load_problem(field: str | tuple[str | int, ...], load: object) -> Problem | None:
    message = bar_load_problem(load)
    if message is None:
        return None
    return Problem((field,) if isinstance(field, str) else field, message)


# -- the inventory --------------------------------------------------------------------------------


def _plate_problem(plate: object, what: str = "plate") -> str | None:
    if not isinstance(plate, Load):
        return f"must be a {what} such as kg(20) or lb(45), got {describe(plate)}"
    if plate.value <= 0:
        return f"a {what} must weigh more than 0, got {plate}"
    return bar_load_problem(plate)


def _canonical(entries: dict[Load, int | None]) -> tuple[tuple[Load, int | None], ...]:
    # Heaviest first; plates of the same mass in different units in a fixed order.
    def key(item: tuple[Load, int | None]) -> tuple[Fraction, str, float]:
        plate = item[0]
        return (-_exact_kg(plate), plate.unit.value, plate.value)

    return tuple(sorted(entries.items(), key=key))


_EXAMPLE = "e.g. {kg(20): 4, kg(10): 2}, or KG_PLATES for as many as needed"


def _read_plates(
    value: object, field: str
) -> tuple[list[Problem], tuple[tuple[Load, int | None], ...]]:
    """Every problem of a plate inventory, and its entries in canonical order."""
    if isinstance(value, PlateInventory):
        return [], value.owned
    problems: list[Problem] = []
    entries: dict[Load, int | None] = {}
    if isinstance(value, Mapping):
        for index, (plate, owned) in enumerate(value.items()):
            message = _plate_problem(plate)
            if message is not None:
                problems.append(Problem((field, index), message))
                continue
            count = as_int(owned)
            if count is not None and (
                not isinstance(count, int) or isinstance(count, bool) or count < 0
            ):
                problems.append(
                    Problem(
                        (field, index),
                        f"{plate}: the number owned must be a whole number >= 0 (None for as "
                        f"many as needed), got {describe(owned)}",
                    )
                )
                continue
            entries[plate] = count
    elif isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        problems.append(
            Problem(
                (field,),
                f"must be the plates the gym owns as {{plate: number owned}} or a list of "
                f"plates ({_EXAMPLE}); got {describe(value)}",
            )
        )
        return problems, ()
    else:
        for index, plate in enumerate(value):
            message = _plate_problem(plate)
            if message is not None:
                problems.append(Problem((field, index), message))
                continue
            assert isinstance(plate, Load)  # for mypy: _plate_problem checked it
            entries[plate] = None
    if not problems:
        if not entries:
            problems.append(
                Problem((field,), f"is empty: list the plates the gym owns ({_EXAMPLE})")
            )
        elif all(count is not None and count < 2 for count in entries.values()):
            problems.append(
                Problem(
                    (field,),
                    "has no pair of plates: a loading puts the same plates on both sides, so "
                    "a plate must be owned at least twice to be used",
                )
            )
    return problems, _canonical(entries) if not problems else ()


@attrs.frozen(init=False)
class PlateInventory:
    """The plates a gym owns, for `round_to_plates`. Hashable; equal contents compare equal.

    Built from a mapping ``{plate: number owned}`` (in total: a loading uses them in pairs, one
    on each side, so at most ``owned // 2`` go on a side; ``None`` means as many as needed) or
    from an iterable of plates (as many of each as needed). Kilogram and pound plates may be
    mixed. The table of what an inventory can build is computed once and cached.

    Attributes:
        owned: ``(plate, number owned)`` pairs, heaviest plate first; ``None`` for as many as
            needed.

    Raises:
        ValidationError: no plates, no pair of any plate, a plate that is not a positive `Load`,
            or a count that is not a whole number >= 0.

    Examples:
        >>> from negatives import kg, lb
        >>> gym = PlateInventory({kg(20): 4, kg(10): 2, lb(45): 2})
        >>> gym.plates
        (Load(45.0, 'lb'), Load(20.0, 'kg'), Load(10.0, 'kg'))
        >>> [str(total) for total in gym.buildable(kg(20), up_to=kg(70))]
        ['20 kg', '40 kg', '60 kg', '60.82 kg']
    """

    owned: tuple[tuple[Load, int | None], ...]

    def __init__(self, plates: Plates) -> None:
        problems, owned = _read_plates(plates, "plates")
        if problems:
            raise ValidationError(problems, "PlateInventory")
        self.__attrs_init__(owned)

    @property
    def plates(self) -> tuple[Load, ...]:
        """The kinds of plate owned, heaviest first."""
        return tuple(plate for plate, _ in self.owned)

    @property
    def limited(self) -> bool:
        """Whether every plate is counted (so that there is a heaviest loading)."""
        return all(count is not None for _, count in self.owned)

    def buildable(self, bar: Load, *, up_to: Load | None = None) -> tuple[Load, ...]:
        """Every total these plates can build on ``bar``, lightest first, in the bar's unit.

        Args:
            bar: the empty bar (or sled, or machine).
            up_to: the heaviest total to list; by default everything the inventory can build,
                up to 1000 kg when some plate is unlimited.

        Raises:
            ValidationError: ``bar`` or ``up_to`` is not a load from 0 to 1000 kg.
        """
        problems = [
            problem
            for problem in (
                _load_problem("bar", bar),
                None if up_to is None else _load_problem("up_to", up_to),
            )
            if problem is not None
        ]
        if problems:
            raise ValidationError(problems, "PlateInventory.buildable")
        grid = _grid(self)
        bar_kg = _exact_kg(bar)
        top_kg = Fraction(repr(MAX_BAR_LOAD_KG)) if up_to is None else _exact_kg(up_to)
        if top_kg < bar_kg:
            return ()
        most = math.floor((top_kg - bar_kg) / 2 / grid.step)
        if grid.most is not None:
            most = min(most, grid.most)
        totals = grid.totals(grid.tables(most), most)
        return tuple(_as_load(bar_kg + 2 * s * grid.step, bar.unit) for s in totals)


Plates: TypeAlias = PlateInventory | Mapping[Load, int | None] | Iterable[Load]
"""What the gym owns: a `PlateInventory`, ``{plate: number owned}`` (``None``: as many as
needed), or an iterable of plates (as many of each as needed)."""


def plates(*loads: Load, pairs: int | None = None) -> PlateInventory:
    """An inventory of ``loads`` with ``pairs`` pairs of each (``None``: as many as needed).

    Examples:
        >>> from negatives import kg
        >>> plates(kg(20), kg(10), pairs=2).owned
        ((Load(20.0, 'kg'), 4), (Load(10.0, 'kg'), 4))
    """
    if pairs is None:
        return PlateInventory(loads)
    count = as_int(pairs)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValidationError.single(
            "pairs",
            f"must be a whole number >= 1, or None for as many as needed; got {describe(pairs)}",
            "plates",
        )
    return PlateInventory(dict.fromkeys(loads, 2 * count))


# -- the table of achievable sums -----------------------------------------------------------------


def _add_plate(
    counts: dict[int, int], step: int, limit: int | None, cap: int
) -> tuple[dict[int, int], dict[int, int]]:
    """Bounded knapsack step: add up to ``limit`` plates of ``step`` to every sum in ``counts``.

    ``counts`` maps each achievable sum to the fewest plates that make it. Sums are grouped in
    chains ``r, r + step, r + 2 step, ...``; along a chain, position ``j`` is reached from an old
    sum at position ``i`` in ``[j - limit, j]`` with ``j - i`` new plates. The best ``i`` has the
    smallest ``counts - i`` (fewest plates) and then the smallest ``i`` (most of this plate, the
    heaviest so far): a key independent of ``j``, so a monotone queue finds it in O(1).
    """
    chains: dict[int, list[int]] = {}
    for total in sorted(counts):
        chains.setdefault(total % step, []).append(total // step)
    new_counts: dict[int, int] = {}
    layer: dict[int, int] = {}
    for rest, positions in chains.items():
        last = (cap - rest) // step
        window: deque[tuple[int, int]] = deque()
        index, size = 0, len(positions)
        j = positions[0]
        while j <= last:
            if index < size and positions[index] == j:
                key = counts[rest + j * step] - j
                while window and window[-1][0] > key:
                    window.pop()
                window.append((key, j))
                index += 1
            if limit is not None:
                while window and window[0][1] < j - limit:
                    window.popleft()
            if not window:
                if index == size:
                    break
                j = positions[index]
                continue
            key, i = window[0]
            total = rest + j * step
            new_counts[total] = key + j
            if j > i:
                layer[total] = j - i
            j += 1
    return new_counts, layer


def _check_size(count: int, listing: bool = False) -> None:
    if count > _MAX_TOTALS:
        hint = (
            "pass a lower up_to"
            if listing
            else "check the plate weights for typing errors (0.001 kg, or 20.01 kg for 20 kg)"
        )
        raise ValidationError.single(
            "plates",
            f"these plates make more than {_MAX_TOTALS} different loadings; {hint}",
            "PlateInventory",
        )


class _Table:
    """Every sum of one group's plates up to ``cap`` (group steps), and how to build each."""

    __slots__ = ("cap", "layers", "sums")

    def __init__(self, steps: tuple[int, ...], limits: tuple[int | None, ...], cap: int) -> None:
        # Sums are whole numbers up to cap, and combinations of so many of each plate: refuse
        # before tabulating when both bounds are too big.
        combinations = 1
        for step, limit in zip(steps, limits, strict=True):
            most = cap // step if limit is None else min(limit, cap // step)
            combinations = min(combinations * (most + 1), _MAX_TOTALS + 1)
        _check_size(min(cap + 1, combinations))
        counts = {0: 0}
        layers = []
        for step, limit in zip(steps, limits, strict=True):
            counts, layer = _add_plate(counts, step, limit, cap)
            layers.append(layer)
            _check_size(len(counts))
        self.cap = cap
        self.sums = sorted(counts)
        # layers[k][s]: copies of plate k in the best way to make s from plates 0..k (absent: 0).
        self.layers = layers


class _Group:
    """The usable plates of one unit, lightest first, as multiples of their own exact step.

    Kilogram plates share a coarse step (1.25 kg for the standard set) and so do pound plates,
    but together their common step is tiny (1/40 000 000 kg): each unit's sums are tabulated on
    its own coarse grid, and the two are only combined when a target is looked up.
    """

    __slots__ = ("limits", "plates", "scale", "steps")

    def __init__(self, usable: list[tuple[Load, int | None]], step: Fraction) -> None:
        masses = [_exact_kg(plate) for plate, _ in usable]
        own = _common_step(masses)
        self.plates = tuple(plate for plate, _ in usable)
        self.steps = tuple(int(mass / own) for mass in masses)
        self.limits: tuple[int | None, ...] = tuple(limit for _, limit in usable)
        #: Steps of the whole inventory in one step of this group.
        self.scale = int(own / step)

    def rebuild(self, table: _Table, total: int) -> list[Load]:
        """The plates of the best way to make ``total`` (in this group's steps)."""
        chosen: list[Load] = []
        for k in reversed(range(len(self.plates))):
            copies = table.layers[k].get(total, 0)
            chosen.extend([self.plates[k]] * copies)
            total -= copies * self.steps[k]
        return chosen


def _common_step(masses: list[Fraction]) -> Fraction:
    """The largest mass of which every mass is a whole multiple."""
    denominator = math.lcm(*(mass.denominator for mass in masses))
    return Fraction(math.gcd(*(int(mass * denominator) for mass in masses)), denominator)


#: A per-side loading: its total in steps of the grid, and the sum of each group in its steps.
_Side: TypeAlias = tuple[int, tuple[int, ...]]


class _Grid:
    """An inventory's usable plates as whole multiples of one exact step of mass."""

    __slots__ = ("_tables", "groups", "heaviest", "most", "order", "step")

    def __init__(self, inventory: PlateInventory) -> None:
        usable = [
            (plate, None if owned is None else owned // 2)
            for plate, owned in reversed(inventory.owned)  # lightest first
            if owned is None or owned >= 2
        ]
        masses = [_exact_kg(plate) for plate, _ in usable]
        #: kg in one step of the grid.
        self.step = _common_step(masses)
        self.groups = tuple(
            _Group(members, self.step)
            for unit in Unit
            if (members := [entry for entry in usable if entry[0].unit is unit])
        )
        #: Each plate's rank, heaviest first: the order of a loading's plates.
        self.order = {plate: rank for rank, (plate, _) in enumerate(inventory.owned)}
        self.heaviest = int(max(masses) / self.step)
        most: int | None = 0
        for mass, (_, limit) in zip(masses, usable, strict=True):
            most = None if most is None or limit is None else most + int(mass / self.step) * limit
        #: The heaviest per-side sum, in steps; None when some plate is unlimited.
        self.most = most
        self._tables: tuple[int, tuple[_Table, ...]] | None = None

    def tables(self, need: int) -> tuple[_Table, ...]:
        """Each group's table, holding every sum up to at least ``need`` steps of the grid."""
        cached = self._tables
        if cached is not None and (cached[0] >= need or cached[0] == self.most):
            return cached[1]
        cap = math.ceil(Fraction(_FIRST_CAP_KG) / self.step)
        while cap < need:
            cap *= 2
        # Any target is at most 1000 kg: half of it per side, plus a plate to reach past it.
        top = math.ceil(Fraction(repr(MAX_BAR_LOAD_KG)) / 2 / self.step) + self.heaviest
        cap = max(min(cap, top), need)
        if self.most is not None:
            cap = min(cap, self.most)
        tables = tuple(_Table(g.steps, g.limits, cap // g.scale) for g in self.groups)
        self._tables = (cap, tables)
        return tables

    def _better(self, tables: tuple[_Table, ...], new: _Side, old: _Side) -> bool:
        """Whether ``new`` beats ``old`` of the same total: fewer plates, then heavier first.

        The two are always different loadings (each comes from its own count of the first
        group's plates).
        """
        ranks = [sorted(self.order[p] for p in self.plates(tables, side)) for side in (new, old)]
        return (len(ranks[0]), ranks[0]) < (len(ranks[1]), ranks[1])

    def at_most(self, tables: tuple[_Table, ...], low: int) -> _Side:
        """The heaviest per-side loading of at most ``low`` steps (0 <= low)."""
        if len(tables) == 1:
            scale, sums = self.groups[0].scale, tables[0].sums
            part = sums[bisect.bisect_right(sums, low // scale) - 1]
            return part * scale, (part,)
        (first, second), (a_table, b_table) = self.groups, tables
        best: _Side | None = None
        for a in a_table.sums:
            base = a * first.scale
            if base > low:
                break
            sums = b_table.sums
            b = sums[bisect.bisect_right(sums, (low - base) // second.scale) - 1]
            side = (base + b * second.scale, (a, b))
            if (
                best is None
                or side[0] > best[0]
                or (side[0] == best[0] and self._better(tables, side, best))
            ):
                best = side
        assert best is not None  # the empty bar
        return best

    def at_least(self, tables: tuple[_Table, ...], high: int) -> _Side | None:
        """The lightest per-side loading of at least ``high`` steps, if any."""
        if len(tables) == 1:
            scale, sums = self.groups[0].scale, tables[0].sums
            index = bisect.bisect_left(sums, -(-high // scale))
            if index == len(sums):
                return None
            return sums[index] * scale, (sums[index],)
        (first, second), (a_table, b_table) = self.groups, tables
        best: _Side | None = None
        for a in a_table.sums:
            base = a * first.scale
            sums = b_table.sums
            index = bisect.bisect_left(sums, max(0, -(-(high - base) // second.scale)))
            if index < len(sums):
                side = (base + sums[index] * second.scale, (a, sums[index]))
                if (
                    best is None
                    or side[0] < best[0]
                    or (side[0] == best[0] and self._better(tables, side, best))
                ):
                    best = side
            if base >= high:
                break
        return best

    def totals(self, tables: tuple[_Table, ...], cap: int) -> list[int]:
        """Every per-side total up to ``cap`` steps, lightest first."""
        totals = {0}
        for group, table in zip(self.groups, tables, strict=True):
            combined: set[int] = set()
            for total in totals:
                end = bisect.bisect_right(table.sums, (cap - total) // group.scale)
                combined.update(total + part * group.scale for part in table.sums[:end])
                _check_size(len(combined), listing=True)
            totals = combined
        return sorted(totals)

    def plates(self, tables: tuple[_Table, ...], side: _Side) -> tuple[Load, ...]:
        """The plates of ``side``, heaviest first."""
        chosen: list[Load] = []
        for group, table, part in zip(self.groups, tables, side[1], strict=True):
            chosen.extend(group.rebuild(table, part))
        return tuple(sorted(chosen, key=self.order.__getitem__))


@functools.lru_cache(maxsize=128)
def _grid(inventory: PlateInventory) -> _Grid:
    return _Grid(inventory)


_Owned: TypeAlias = tuple[tuple[Load, int | None], ...]


@functools.lru_cache(maxsize=256)
def _read_plates_once(
    key: tuple[tuple[Load, int | None], ...], mapping: bool
) -> tuple[tuple[Problem, ...], _Owned]:
    problems, owned = _read_plates(dict(key) if mapping else [plate for plate, _ in key], "plates")
    return tuple(problems), owned


def _read_plates_cached(value: object) -> tuple[Sequence[Problem], _Owned]:
    """`_read_plates`, remembering the inventories a program uses over and over."""
    if isinstance(value, PlateInventory):
        return (), value.owned
    # Only exact Loads and int counts make the key: 4.0 or True must not pass for 4.
    key: tuple[tuple[Load, int | None], ...] | None = None
    if isinstance(value, Mapping):
        items = tuple(value.items())
        if all(type(p) is Load and (c is None or type(c) is int) for p, c in items):
            key = items
    elif isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        value = tuple(value)  # read an iterator once
        if all(type(plate) is Load for plate in value):
            key = tuple((plate, None) for plate in value)
    if key is None:
        return _read_plates(value, "plates")
    return _read_plates_once(key, isinstance(value, Mapping))


# -- loading a bar --------------------------------------------------------------------------------


_TIMES = "\N{MULTIPLICATION SIGN}"


def _plates_text(per_side: tuple[Load, ...]) -> str:
    units = {plate.unit for plate in per_side}
    if len(units) == 1:
        (unit,) = units
        numbers = [fmt_number(plate.value) for plate in per_side]
        if len(numbers) == 1:
            return f"2 {_TIMES} {numbers[0]} {unit.value}"
        return f"2 {_TIMES} ({' + '.join(numbers)}) {unit.value}"
    return f"2 {_TIMES} ({' + '.join(str(plate) for plate in per_side)})"


@attrs.frozen
class Loading:
    """A bar loaded with the same plates on each side, and how far it is from the target.

    ``str()`` reads like a gym note: ``102.5 kg = 20 kg bar + 2 × (25 + 15 + 1.25) kg``; plates
    of both units are written with their units: ``2 × (20 kg + 45 lb)``.

    Attributes:
        total: the bar plus twice the plates of one side, in the target's unit.
        bar: the bar, as given.
        per_side: the plates on ONE side, heaviest first, each as listed in the inventory.
        target: the load asked for.
        difference: ``total - target`` in the target's unit; negative when below the target.
    """

    total: Load = attrs.field(validator=attrs.validators.instance_of(Load))
    bar: Load = attrs.field(validator=attrs.validators.instance_of(Load))
    per_side: tuple[Load, ...] = attrs.field(
        converter=tuple_of,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Load)),
    )
    target: Load = attrs.field(validator=attrs.validators.instance_of(Load))
    difference: Load = attrs.field(validator=attrs.validators.instance_of(Load))

    def __str__(self) -> str:
        if not self.per_side:
            return f"{self.total} = empty {self.bar} bar"
        return f"{self.total} = {self.bar} bar + {_plates_text(self.per_side)}"


def round_to_plates(
    target: Load,
    *,
    bar: Load,
    plates: Plates,
    mode: Mode = "nearest",
) -> Loading:
    """The loading of ``bar`` with ``plates`` that best matches ``target``.

    Every total the inventory can build (the bar plus twice the plates of one side) is a
    candidate; a side holds at most half of each plate owned. ``mode`` picks among them (see
    the module): ``"nearest"`` (ties go down, to the lighter load), ``"down"`` or ``"up"``.
    Among loadings with the same total, the one with the fewest plates wins, then the one with
    heavier plates first (``25 + 15`` rather than ``20 + 20``).

    Args:
        target: the load wanted on the bar, bar included.
        bar: the empty bar (0 for a plate-loaded machine whose arms are not counted).
        plates: what the gym owns: ``{plate: number owned}`` (``None``: as many as needed), an
            iterable of plates (as many as needed, e.g. `KG_PLATES`), or a `PlateInventory`.
        mode: ``"nearest"``, ``"down"`` or ``"up"``.

    Returns:
        The `Loading`, its total in the target's unit.

    Raises:
        ValidationError: a bad input (every problem listed), ``mode="down"`` for a target
            lighter than the bar, or ``mode="up"`` for a target heavier than the inventory can
            build.

    Examples:
        >>> from negatives import kg, lb
        >>> loading = round_to_plates(kg(102), bar=kg(20), plates=KG_PLATES)
        >>> loading.total, loading.difference
        (Load(102.5, 'kg'), Load(0.5, 'kg'))
        >>> print(round_to_plates(kg(102), bar=kg(20), plates=KG_PLATES, mode="down"))
        100 kg = 20 kg bar + 2 × (25 + 15) kg

        Only one pair of 25s: 150 kg needs 20s.

        >>> print(round_to_plates(kg(150), bar=kg(20), plates={kg(25): 2, kg(20): 6}))
        150 kg = 20 kg bar + 2 × (25 + 20 + 20) kg

        Kilogram and pound plates together, exactly:

        >>> gym = {kg(20): 4, kg(10): 4, lb(45): 2, lb(10): 2}
        >>> print(round_to_plates(kg(81), bar=kg(20), plates=gym))
        80.82 kg = 20 kg bar + 2 × (45 lb + 10 kg)
    """
    problems = [
        problem
        for problem in (
            _load_problem("target", target),
            _load_problem("bar", bar),
            _mode_problem(mode),
        )
        if problem is not None
    ]
    plate_problems, owned = _read_plates_cached(plates)
    problems.extend(plate_problems)
    if problems:
        raise ValidationError(problems, "round_to_plates")

    grid = _grid(_inventory_from_owned(owned))
    target_kg, bar_kg = _exact_kg(target), _exact_kg(bar)
    unit = target.unit
    per_side = (target_kg - bar_kg) / 2 / grid.step  # in steps of the grid
    if per_side < 0:
        if mode == "down":
            raise ValidationError.single(
                "target",
                f"{target} is lighter than the {bar} bar, so no loading is at or below it; "
                "use mode='up' or 'nearest' (the empty bar), or a lighter bar",
                "round_to_plates",
            )
        chosen: _Side = (0, ())
        tables: tuple[_Table, ...] = ()
    else:
        low, high = math.floor(per_side), math.ceil(per_side)
        tables = grid.tables(high + grid.heaviest)
        below = grid.at_most(tables, low)
        above = None if mode == "down" else grid.at_least(tables, high)
        if mode == "up":
            if above is None:
                assert grid.most is not None  # unlimited plates reach any target
                heaviest = _mass_text(bar_kg + 2 * grid.most * grid.step, unit)
                raise ValidationError.single(
                    "target",
                    f"{target} is more than these plates can build on a {bar} bar: the "
                    f"heaviest loading is {heaviest}; use mode='down' or 'nearest', or add plates",
                    "round_to_plates",
                )
            chosen = above
        elif above is None or per_side - below[0] <= above[0] - per_side:
            chosen = below
        else:
            chosen = above
    total_kg = bar_kg + 2 * chosen[0] * grid.step
    return Loading(
        total=_as_load(total_kg, unit),
        bar=bar,
        per_side=grid.plates(tables, chosen) if chosen[0] else (),
        target=target,
        difference=_as_load(total_kg - target_kg, unit),
    )


def _inventory_from_owned(owned: tuple[tuple[Load, int | None], ...]) -> PlateInventory:
    inventory = PlateInventory.__new__(PlateInventory)
    inventory.__attrs_init__(owned)
    return inventory


# -- dumbbells and machine stacks -----------------------------------------------------------------


@functools.lru_cache(maxsize=128)
def _ladder(
    options: tuple[Load, ...],
) -> tuple[tuple[Problem, ...], tuple[Fraction, ...], tuple[Load, ...]]:
    """Problems of the options; the distinct masses (ascending) and the first option of each."""
    problems = tuple(
        Problem(("options", index), message)
        for index, option in enumerate(options)
        if (message := bar_load_problem(option)) is not None
    )
    if problems:
        return problems, (), ()
    first: dict[Fraction, Load] = {}
    for option in options:
        first.setdefault(_exact_kg(option), option)
    masses = tuple(sorted(first))
    return (), masses, tuple(first[mass] for mass in masses)


def round_to_increment(
    target: Load,
    *,
    options: Iterable[Load],
    mode: Mode = "nearest",
) -> Load:
    """The available load (a dumbbell, a stack position) that best matches ``target``.

    Same rules as `round_to_plates`: ``"nearest"`` (ties go down), ``"down"``, ``"up"``; below
    the lightest option ``"up"``/``"nearest"`` give the lightest, above the heaviest
    ``"down"``/``"nearest"`` give the heaviest. Comparisons are exact across units.

    Args:
        target: the load wanted.
        options: the loads that exist (`dumbbell_rack`, `stack`, `with_add_ons`, or any list).
        mode: ``"nearest"``, ``"down"`` or ``"up"``.

    Returns:
        The chosen option as listed (in its own unit); of options with the same mass, the first.

    Raises:
        ValidationError: a bad input (every problem listed), ``mode="down"`` below the lightest
            option, or ``mode="up"`` above the heaviest.

    Examples:
        >>> from negatives import kg, lb
        >>> weights = stack(kg(5), kg(5), 20)  # 5, 10, ... 100 kg
        >>> round_to_increment(kg(47.5), options=weights)  # a tie: down
        Load(45.0, 'kg')
        >>> round_to_increment(kg(47.5), options=weights, mode="up")
        Load(50.0, 'kg')
        >>> round_to_increment(kg(20), options=dumbbell_rack(lb(5), lb(100), lb(5)))
        Load(45.0, 'lb')
    """
    problems = [
        problem
        for problem in (_load_problem("target", target), _mode_problem(mode))
        if problem is not None
    ]
    masses: tuple[Fraction, ...] = ()
    loads: tuple[Load, ...] = ()
    if isinstance(options, (str, bytes, Mapping)) or not isinstance(options, Iterable):
        problems.append(
            Problem(
                ("options",),
                "must be the loads that exist, e.g. dumbbell_rack(kg(2.5), kg(50), kg(2.5)); "
                f"got {describe(options)}",
            )
        )
    else:
        items = tuple(options)
        wrong = [
            Problem(("options", index), f"must be a load such as kg(20), got {describe(item)}")
            for index, item in enumerate(items)
            if not isinstance(item, Load)
        ]
        if wrong:
            problems.extend(wrong)
        elif not items:
            problems.append(
                Problem(
                    ("options",),
                    "is empty: list the loads that exist, e.g. stack(kg(5), kg(5), 20)",
                )
            )
        else:
            option_problems, masses, loads = _ladder(items)
            problems.extend(option_problems)
    if problems:
        raise ValidationError(problems, "round_to_increment")

    wanted = _exact_kg(target)
    index = bisect.bisect_right(masses, wanted)
    if index and masses[index - 1] == wanted:
        return loads[index - 1]
    below = index - 1 if index else None
    above = index if index < len(masses) else None
    if mode == "down":
        if below is None:
            raise ValidationError.single(
                "target",
                f"{target} is lighter than the lightest option, {loads[0]}; use mode='up' or "
                "'nearest', or add a lighter option",
                "round_to_increment",
            )
        return loads[below]
    if mode == "up":
        if above is None:
            raise ValidationError.single(
                "target",
                f"{target} is heavier than the heaviest option, {loads[-1]}; use mode='down' or "
                "'nearest', or add heavier options",
                "round_to_increment",
            )
        return loads[above]
    if below is None:
        assert above is not None
        return loads[above]
    if above is None or wanted - masses[below] <= masses[above] - wanted:
        return loads[below]
    return loads[above]


def _items(values: object) -> tuple[object, ...]:
    """The items of a collection (a bare string, a mapping or a single load: itself)."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        return (values,)
    return tuple(values)


def _same_unit(owner: str, start: Load, **others: Load) -> None:
    for name, load in others.items():
        if load.unit is not start.unit:
            raise UnitError(
                f"{owner}: {name} ({load}) must be in the unit of start ({start.unit.value}); "
                f"convert it first, e.g. {name}.to({start.unit.value!r})"
            )


def _check_loads(owner: str, **loads: object) -> None:
    problems = []
    for name, load in loads.items():
        problem = _load_problem(name, load)
        if problem is None and name == "step" and isinstance(load, Load) and load.value <= 0:
            problem = Problem((name,), f"must be more than 0, got {load}")
        if problem is not None:
            problems.append(problem)
    if problems:
        raise ValidationError(problems, owner)


def dumbbell_rack(start: Load, stop: Load, step: Load) -> tuple[Load, ...]:
    """Every load from ``start`` to ``stop`` (included when a whole number of steps away).

    Built exactly, without float drift: ``dumbbell_rack(kg(0.5), kg(2), kg(0.1))`` ends with
    ``kg(2.0)``, not ``kg(1.9999999999999998)``.

    Raises:
        ValidationError: a load outside 0 to 1000 kg, ``step`` not above 0, ``stop`` below
            ``start``, or more than 10 000 loads.
        UnitError: ``stop`` or ``step`` in another unit than ``start``.

    Examples:
        >>> from negatives import kg
        >>> rack = dumbbell_rack(kg(2.5), kg(50), kg(2.5))
        >>> len(rack), rack[0], rack[-1]
        (20, Load(2.5, 'kg'), Load(50.0, 'kg'))
    """
    _check_loads("dumbbell_rack", start=start, stop=stop, step=step)
    _same_unit("dumbbell_rack", start, stop=stop, step=step)
    first, last, size = _exact_kg(start), _exact_kg(stop), _exact_kg(step)
    if last < first:
        raise ValidationError.single(
            "stop", f"must be at least start ({start}), got {stop}", "dumbbell_rack"
        )
    count = math.floor((last - first) / size) + 1
    if count > _MAX_OPTIONS:
        raise ValidationError.single(
            "step",
            f"{step} makes {count} loads from {start} to {stop}; at most {_MAX_OPTIONS} are built",
            "dumbbell_rack",
        )
    return tuple(_as_load(first + k * size, start.unit) for k in range(count))


def stack(start: Load, step: Load, count: int) -> tuple[Load, ...]:
    """A weight stack: ``count`` loads ``start, start + step, ...``, built exactly.

    Raises:
        ValidationError: a load outside 0 to 1000 kg, ``step`` not above 0, or ``count`` not a
            whole number from 1 to 10 000.
        UnitError: ``step`` in another unit than ``start``.

    Examples:
        >>> from negatives import lb
        >>> stack(lb(10), lb(10), 3)
        (Load(10.0, 'lb'), Load(20.0, 'lb'), Load(30.0, 'lb'))
    """
    _check_loads("stack", start=start, step=step)
    _same_unit("stack", start, step=step)
    number = as_int(count)
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= _MAX_OPTIONS:
        raise ValidationError.single(
            "count",
            f"must be a whole number from 1 to {_MAX_OPTIONS}, got {describe(count)}",
            "stack",
        )
    first, size = _exact_kg(start), _exact_kg(step)
    return tuple(_as_load(first + k * size, start.unit) for k in range(number))


def with_add_ons(options: Iterable[Load], add_ons: Iterable[Load]) -> tuple[Load, ...]:
    """Every option with any combination of ``add_ons`` (each used at most once), exactly.

    For a stack with add-on weights (a 2.5 kg magnet, a 1.25 kg pin plate). Each result is in
    the unit of its option; the results are sorted by mass, one per distinct mass.

    Raises:
        ValidationError: an option or add-on that is not a load from 0 to 1000 kg, an add-on
            that is not above 0, or more than 8 add-ons.

    Examples:
        >>> from negatives import kg
        >>> with_add_ons(stack(kg(5), kg(5), 2), [kg(2.5)])
        (Load(5.0, 'kg'), Load(7.5, 'kg'), Load(10.0, 'kg'), Load(12.5, 'kg'))
    """
    base = _items(options)
    extras = _items(add_ons)
    problems = [
        problem
        for index, option in enumerate(base)
        if (problem := _load_problem(("options", index), option)) is not None
    ]
    if not base:
        problems.append(Problem(("options",), "must list at least one load"))
    for index, extra in enumerate(extras):
        message = _plate_problem(extra, "weight")
        if message is not None:
            problems.append(Problem(("add_ons", index), message))
    if len(extras) > _MAX_ADD_ONS:
        problems.append(
            Problem(("add_ons",), f"at most {_MAX_ADD_ONS} add-on weights, got {len(extras)}")
        )
    if problems:
        raise ValidationError(problems, "with_add_ons")
    extra_sums = {Fraction(0)}
    for extra in extras:
        assert isinstance(extra, Load)  # checked above
        mass = _exact_kg(extra)
        extra_sums |= {total + mass for total in extra_sums}
    first: dict[Fraction, Load] = {}
    for option in base:
        assert isinstance(option, Load)  # checked above
        mass = _exact_kg(option)
        for extra_sum in sorted(extra_sums):
            first.setdefault(mass + extra_sum, _as_load(mass + extra_sum, option.unit))
    return tuple(first[mass] for mass in sorted(first))
