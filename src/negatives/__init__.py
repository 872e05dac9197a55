"""negatives: typed models, calculators and safety rules for eccentric strength training.

The core vocabulary is importable from the package itself; capabilities live in modules
reached by name: ``negatives.analysis``, ``negatives.strength``, ``negatives.overload``,
``negatives.plates``, ``negatives.catalog``, ``negatives.safety``, ``negatives.progressions``;
``negatives.io`` (app exports in, JSON and CSV out), ``negatives.schema`` (JSON Schemas),
``negatives.cli``, ``negatives.plot`` (matplotlib figures, with the ``plot`` extra),
``negatives.frame`` (pandas and polars DataFrames, with the ``pandas`` or ``polars`` extra),
``negatives.reporting`` (the self-contained HTML report) and ``negatives.testing`` (hypothesis
strategies, with the ``testing`` extra) are imported on first attribute access
(``neg.io.read_export(...)``), so that ``import negatives`` does not pay for them.

Examples:
    >>> import negatives as neg
    >>> bench = neg.Exercise("bench-press", "Bench Press", muscles=[neg.Muscle.CHEST],
    ...                      equipment="barbell", starts_with="eccentric")
    >>> s = neg.Set(bench, reps=8, load=neg.kg(80), tempo="4-0-2-0")
    >>> neg.analysis.volume(s)
    Load(640.0, 'kg')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import analysis, catalog, overload, plates, progressions, safety, strength
from .errors import (
    CatalogError,
    MissingDependencyError,
    NegativesError,
    NegativesWarning,
    ParseError,
    PluginError,
    PolicyError,
    SchemaVersionError,
    UnitError,
    ValidationError,
)
from .model import (
    Athlete,
    Basis,
    BodyPart,
    Checkin,
    Equipment,
    Exercise,
    LimbMode,
    LoadConvention,
    Method,
    MethodCategory,
    Muscle,
    Prescription,
    Rep,
    RepPhase,
    RepRange,
    RiskClass,
    Screening,
    Session,
    Set,
    SetType,
    Setup,
    Sex,
    Source,
    TrainingLog,
)
from .serialization import from_dict, from_json, make_converter, to_dict, to_json
from .tempo import Phase, Tempo
from .units import Load, Unit, kg, lb

if TYPE_CHECKING:
    from . import cli as cli
    from . import frame as frame
    from . import io as io
    from . import schema as schema
    from . import testing as testing

    __version__: str

__all__ = [
    "Athlete",
    "Basis",
    "BodyPart",
    "CatalogError",
    "Checkin",
    "Equipment",
    "Exercise",
    "LimbMode",
    "Load",
    "LoadConvention",
    "Method",
    "MethodCategory",
    "MissingDependencyError",
    "Muscle",
    "NegativesError",
    "NegativesWarning",
    "ParseError",
    "Phase",
    "PluginError",
    "PolicyError",
    "Prescription",
    "Rep",
    "RepPhase",
    "RepRange",
    "RiskClass",
    "SchemaVersionError",
    "Screening",
    "Session",
    "Set",
    "SetType",
    "Setup",
    "Sex",
    "Source",
    "Tempo",
    "TrainingLog",
    "Unit",
    "UnitError",
    "ValidationError",
    "analysis",
    "catalog",
    "from_dict",
    "from_json",
    "io",
    "kg",
    "lb",
    "make_converter",
    "overload",
    "plates",
    "progressions",
    "safety",
    "schema",
    "strength",
    "to_dict",
    "to_json",
]

#: Modules imported on first attribute access (PEP 562), not by ``import negatives``.
_LAZY_MODULES = frozenset({"cli", "frame", "io", "plot", "reporting", "schema", "testing"})


def __getattr__(name: str) -> Any:
    if name in _LAZY_MODULES:
        import importlib

        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module  # later accesses do not come back here
        return module
    # The version comes from the installed metadata, read only when asked for (as attrs does).
    if name == "__version__":
        from importlib.metadata import version

        return version("negatives")
    raise AttributeError(f"module 'negatives' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_MODULES, "__version__"})
