"""The public API: what `import negatives as neg` promises."""

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import negatives as neg

REQUIRED = {
    "Load", "kg", "lb", "Phase", "Tempo", "Muscle", "Exercise", "Rep", "Set", "Session",
    "Setup", "Athlete", "Prescription", "TrainingLog", "to_json", "from_json",
    "make_converter", "NegativesError", "ValidationError", "ParseError", "NegativesWarning",
}  # fmt: skip


def test_all_is_sorted_and_unique() -> None:
    assert list(neg.__all__) == sorted(set(neg.__all__))


def test_required_names_are_exported() -> None:
    assert set(neg.__all__) >= REQUIRED


@pytest.mark.parametrize("name", neg.__all__)
def test_every_public_name_is_importable_and_documented(name: str) -> None:
    obj = getattr(neg, name)
    assert inspect.getdoc(obj), f"{name} has no docstring"


@pytest.mark.parametrize("name", [n for n in neg.__all__ if callable(getattr(neg, n))])
def test_every_public_callable_is_typed(name: str) -> None:
    obj = getattr(neg, name)
    if inspect.isclass(obj):
        if issubclass(obj, BaseException) or issubclass(obj, __import__("enum").Enum):
            return
        obj = obj.__init__
    hints = inspect.get_annotations(obj)
    assert "return" in hints, f"{name} has no return annotation"


def test_version_comes_from_metadata() -> None:
    from importlib.metadata import version

    assert neg.__version__ == version("negatives")
    with pytest.raises(AttributeError):
        _ = neg.no_such_name


def test_errors_derive_from_the_base_and_the_builtin() -> None:
    for error in (neg.ValidationError, neg.ParseError, neg.UnitError, neg.SchemaVersionError):
        assert issubclass(error, neg.NegativesError)
        assert issubclass(error, ValueError)
    assert issubclass(neg.MissingDependencyError, ImportError)
    assert issubclass(neg.NegativesWarning, UserWarning)


def test_import_loads_no_optional_dependency() -> None:
    code = (
        "import sys, negatives; "
        "print(sorted(m for m in ('hypothesis', 'numpy', 'pandas', 'matplotlib') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


EXPORT = Path(__file__).parent / "data" / "exports" / "hevy-basic.csv"


def _fresh(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_io_and_schema_load_on_first_attribute_access_not_on_import() -> None:
    code = (
        "import sys\n"
        "import negatives as neg\n"
        "print([m for m in ('negatives.io', 'negatives.schema', 'negatives.cli', "
        "'negatives.testing') if m in sys.modules])\n"
        f"result = neg.io.read_export({str(EXPORT)!r})\n"
        "print(len(result.sessions), 'negatives.io' in sys.modules)\n"
        "print(neg.schema.json_schema(neg.Set)['title'], 'negatives.schema' in sys.modules)\n"
        "print(neg.cli.main(['schema', '--list']) == 0)\n"
    )
    lines = _fresh(code).splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "1 True"
    assert lines[2] == "Set True"
    assert lines[-1] == "True"


def test_the_lazy_modules_are_listed_and_typed_like_attributes() -> None:
    assert {"io", "schema", "cli", "testing"} <= set(dir(neg))
    assert neg.io is __import__("negatives.io").io
    with pytest.raises(AttributeError, match="no attribute 'plotting'"):
        _ = neg.plotting
