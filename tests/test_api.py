"""The public API: what `import negatives as neg` promises."""

import inspect
import subprocess
import sys

import pytest

import negatives as neg

REQUIRED = {
    "Load", "kg", "lb", "Phase", "Tempo", "Muscle", "Exercise", "Rep", "Set", "Session",
    "Setup", "Athlete", "Prescription", "TrainingLog", "to_json", "from_json",
    "make_converter", "NegativesError", "ValidationError", "ParseError", "NegativesWarning",
}  # fmt: skip


def test_all_is_sorted_and_unique():
    assert list(neg.__all__) == sorted(set(neg.__all__))


def test_required_names_are_exported():
    assert set(neg.__all__) >= REQUIRED


@pytest.mark.parametrize("name", neg.__all__)
def test_every_public_name_is_importable_and_documented(name):
    obj = getattr(neg, name)
    assert inspect.getdoc(obj), f"{name} has no docstring"


@pytest.mark.parametrize("name", [n for n in neg.__all__ if callable(getattr(neg, n))])
def test_every_public_callable_is_typed(name):
    obj = getattr(neg, name)
    if inspect.isclass(obj):
        if issubclass(obj, BaseException) or issubclass(obj, __import__("enum").Enum):
            return
        obj = obj.__init__
    hints = inspect.get_annotations(obj)
    assert "return" in hints, f"{name} has no return annotation"


def test_version_comes_from_metadata():
    from importlib.metadata import version

    assert neg.__version__ == version("negatives")
    with pytest.raises(AttributeError):
        _ = neg.no_such_name


def test_errors_derive_from_the_base_and_the_builtin():
    for error in (neg.ValidationError, neg.ParseError, neg.UnitError, neg.SchemaVersionError):
        assert issubclass(error, neg.NegativesError)
        assert issubclass(error, ValueError)
    assert issubclass(neg.MissingDependencyError, ImportError)
    assert issubclass(neg.NegativesWarning, UserWarning)


def test_import_loads_no_optional_dependency():
    code = (
        "import sys, negatives; "
        "print(sorted(m for m in ('hypothesis', 'numpy', 'pandas', 'matplotlib') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
