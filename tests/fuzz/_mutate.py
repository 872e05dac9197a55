"""Mutations of real inputs: byte-level for files and text, structural for JSON documents."""

from __future__ import annotations

import copy
import json
import re
from typing import Any, TypeAlias

from hypothesis import strategies as st

Json: TypeAlias = Any
Path_: TypeAlias = tuple[str | int, ...]

# -- byte-level --------------------------------------------------------------------------------

#: What is inserted: separators, quotes, line breaks, NUL, a BOM, non-ASCII digits (Arabic-Indic
#: three, fullwidth one, mathematical bold seven, Devanagari five), signs, exponents, words.
NASTY: tuple[str, ...] = (
    ",",
    ";",
    "\t",
    '"',
    "'",
    '""',
    "\r",
    "\n",
    "\r\n",
    "\x00",
    "\ufeff",
    "\u0663",
    "\uff11",
    "\U0001d7d5",
    "\u096b",
    "\u00e9",
    "\u2212",
    "-",
    "+",
    ".",
    "e",
    "1e308",
    "1e-400",
    "9" * 40,
    "nan",
    "inf",
    "0",
    "-0",
    "x",
    "X",
    "13/",
    "/13/",
    "2024-02-30",
    "0001-01-01",
    "9999-12-31 23:59",
    "24:00",
    "lb",
    "kg",
    "W",
    "Rest Timer",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\\",
    " ",
    "",
)


#: A separator, quote, line break, NUL, odd digit or short text, as UTF-8 (or a few bytes).
NASTY_BYTES: st.SearchStrategy[bytes] = st.sampled_from(NASTY).map(str.encode) | st.binary(
    min_size=1, max_size=3
)


def mutate_bytes(draw: st.DrawFn, data: bytes, *, max_mutations: int = 6) -> bytes:
    """``data`` after 1 to ``max_mutations`` byte-level mutations.

    Deletions and duplications of a range (often a whole line), insertions of separators,
    quotes, CR, NUL and non-ASCII digits, overwritten bytes, two lines swapped, two columns
    swapped, and truncation.
    """
    out = bytearray(data)
    for _ in range(draw(st.integers(1, max_mutations))):
        kind = draw(
            st.sampled_from(
                [
                    "insert",
                    "delete",
                    "duplicate",
                    "overwrite",
                    "truncate",
                    "swap-lines",
                    "swap-columns",
                    "duplicate-line",
                    "delete-line",
                ]
            )
        )
        at = draw(st.integers(0, len(out)))
        if kind == "insert":
            out[at:at] = draw(NASTY_BYTES)
        elif kind == "delete":
            del out[at : at + draw(st.integers(1, 40))]
        elif kind == "duplicate":
            piece = out[at : at + draw(st.integers(1, 80))]
            out[at:at] = piece
        elif kind == "overwrite" and out:
            out[min(at, len(out) - 1)] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del out[at:]
        elif kind in ("swap-lines", "duplicate-line", "delete-line"):
            lines = bytes(out).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if kind == "swap-lines":
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == "duplicate-line":
                lines.insert(j, lines[i])
            elif len(lines) > 1:
                del lines[i]
            out = bytearray(b"\n".join(lines))
        elif kind == "swap-columns":
            out = bytearray(
                swap_columns(bytes(out), draw(st.integers(0, 30)), draw(st.integers(0, 30)))
            )
    return bytes(out)


def swap_columns(data: bytes, i: int, j: int) -> bytes:
    """Every line with cells ``i`` and ``j`` swapped (cells split on the line's separator).

    The split is naive (a quoted separator splits too), as a careless spreadsheet edit is.
    """
    lines = data.split(b"\n")
    for index, line in enumerate(lines):
        sep = b";" if line.count(b";") > line.count(b",") else b","
        cells = line.split(sep)
        if i < len(cells) and j < len(cells):
            cells[i], cells[j] = cells[j], cells[i]
            lines[index] = sep.join(cells)
    return b"\n".join(lines)


def mutate_text(draw: st.DrawFn, text: str, *, max_mutations: int = 4) -> str:
    """``text`` after byte-level mutations, decoded back (bad UTF-8 replaced)."""
    data = mutate_bytes(draw, text.encode("utf-8", "surrogatepass"), max_mutations=max_mutations)
    return data.decode("utf-8", errors="replace")


# -- JSON values and documents -------------------------------------------------------------------

_SCALARS: st.SearchStrategy[Json] = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, 1, -1, 2, 7, 8, 60, 61, 1000, 1001, 10**6, 2**63, -(2**63), 10**20]),
    st.integers(),
    st.sampled_from([0.0, -0.0, 0.5, 1.0, 2.5, 1e-320, 1e308, -1e308, 4.9e-324, 59.999999]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            "kg",
            "lb",
            "X",
            "x",
            "3-1-2-0",
            "31X0",
            "2026-11-23",
            "2026-02-30",
            "0001-01-01",
            "9999-12-31",
            "9999-12-31T23:59:59-12:00",
            "0001-01-01T00:00:00+14:00",
            "2026-11-23T10:30:00+01:00",
            "2026-11-23T10:30:00",
            "10:30",
            "bench-press",
            "barbell-curl",
            "custom-thing",
            "partner_assisted",
            "eccentric",
            "working",
            "warning",
            "error",
            "biceps",
            "barbell",
            "standard",
            "NEG401",
            "\x00",
            "\ud800",
            "\u0663",
            "\U0001d7d5",
            "é" * 3,
        ]
    ),
    st.text(max_size=12),
)


#: Any JSON value, favouring the scalars a negatives document holds.
JSON_VALUES: st.SearchStrategy[Json] = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "value", "unit", "reps", "x", ""]), inner, max_size=3
        )
    ),
    max_leaves=6,
)


def paths(tree: Json, prefix: Path_ = ()) -> list[Path_]:
    """Every path into ``tree`` (the root is ``()``), in document order."""
    found: list[Path_] = [prefix]
    if isinstance(tree, dict):
        for key, item in tree.items():
            found.extend(paths(item, (*prefix, key)))
    elif isinstance(tree, list):
        for index, item in enumerate(tree):
            found.extend(paths(item, (*prefix, index)))
    return found


def get(tree: Json, path: Path_) -> Json:
    for step in path:
        tree = tree[step]
    return tree


def _set(tree: Json, path: Path_, value: Json) -> Json:
    if not path:
        return value
    get(tree, path[:-1])[path[-1]] = value
    return tree


def mutate_document(draw: st.DrawFn, document: Json, *, max_mutations: int = 4) -> Json:
    """A deep copy of a parsed JSON document after 1 to ``max_mutations`` structural mutations.

    A value replaced (by any JSON value, or by another part of the same document), a key or
    list item removed, a list item duplicated, a key added or renamed, a string or number
    nudged.
    """
    tree = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, max_mutations))):
        every = paths(tree)
        path = draw(st.sampled_from(every))
        node = get(tree, path)
        kind = draw(
            st.sampled_from(
                ["replace", "graft", "remove", "duplicate", "add-key", "rename", "nudge", "wrap"]
            )
        )
        if kind == "replace":
            tree = _set(tree, path, draw(JSON_VALUES))
        elif kind == "graft":
            tree = _set(tree, path, copy.deepcopy(get(tree, draw(st.sampled_from(every)))))
        elif kind == "remove" and path:
            parent = get(tree, path[:-1])
            del parent[path[-1]]
        elif kind == "duplicate" and path and isinstance(get(tree, path[:-1]), list):
            get(tree, path[:-1]).insert(int(path[-1]), copy.deepcopy(node))
        elif kind == "add-key" and isinstance(node, dict):
            key = draw(st.sampled_from(["extra", "id", "value", "kind", "schema", "notes", "x"]))
            node[key] = draw(JSON_VALUES)
        elif kind == "rename" and path and isinstance(get(tree, path[:-1]), dict):
            parent = get(tree, path[:-1])
            parent[str(path[-1]) + draw(st.sampled_from(["s", "_", "", "X"]))] = parent.pop(
                path[-1]
            )
        elif kind == "nudge":
            tree = _set(tree, path, _nudged(draw, node))
        elif kind == "wrap":
            tree = _set(tree, path, [node] if draw(st.booleans()) else {"value": node})
    return tree


def _nudged(draw: st.DrawFn, value: Json) -> Json:
    if isinstance(value, bool):
        return draw(st.sampled_from([not value, int(value), str(value).lower()]))
    if isinstance(value, int):
        return draw(
            st.sampled_from([value + 1, value - 1, -value, value * 1000, float(value), str(value)])
        )
    if isinstance(value, float):
        return draw(st.sampled_from([value + 0.1, -value, value * 1e300, round(value), str(value)]))
    if isinstance(value, str):
        if _DATE.match(value) and draw(st.booleans()):
            # a date moved to the calendar's ends, where date arithmetic overflows
            return draw(st.sampled_from(_EDGE_DATES)) + value[10:]
        return mutate_text(draw, value, max_mutations=2)
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EDGE_DATES = ("0001-01-01", "0001-01-03", "0001-01-20", "9999-12-20", "9999-12-31")


def dumps(tree: Json) -> str:
    """``tree`` as JSON text, as another program might write it (non-ASCII kept)."""
    return json.dumps(tree, ensure_ascii=False)
