"""Data classes whose ``__init__`` is written out for speed must take exactly their fields.

``@dataclass`` generates ``__init__`` as Python source at import time, which the
compiled core (setup.py) cannot compile: a figure's quantity, a place mention or
a sentence built in C then ran an interpreted ``__init__``, a few percent of
extraction.  The hot ones spell it out instead (and ``Record``, not compiled,
sets its frozen fields in one step); ``@dataclass`` keeps an ``__init__`` a
class defines, so a field added to the class but not to its ``__init__`` would
silently never be set.  This test says so.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import inspect
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def compiled_modules() -> list[str]:
    """The modules setup.py compiles, by name."""
    spec = importlib.util.spec_from_file_location("chitieu_setup", ROOT / "setup.py")
    assert spec and spec.loader
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)
    names = ["desktop.core.records"]  # not compiled, but its Record is made for every candidate figure
    for path in setup.COMPILED:
        name = path.removesuffix(".py").replace("/", ".")
        if path.endswith(".py"):
            names.append(name)
        else:
            package = importlib.import_module(name)
            names += [name, *(f"{name}.{m.name}" for m in pkgutil.iter_modules(package.__path__))]
    return names


def written_out() -> list[type]:
    """The data classes of the compiled modules whose ``__init__`` is not the generated one."""
    found = []
    for name in compiled_modules():
        for value in vars(importlib.import_module(name)).values():
            if (
                inspect.isclass(value)
                and value.__module__ == name
                and dataclasses.is_dataclass(value)
                and value.__init__.__code__.co_filename != "<string>"  # dataclasses' generated source
            ):
                found.append(value)
    return found


def test_the_hot_data_classes_write_out_their_init():
    names = {cls.__name__ for cls in written_out()}
    assert {
        "Quantity",
        "Hit",
        "PlaceMention",
        "Figure",
        "Sentence",
        "Candidate",
        "Mention",
        "_Chain",
    } <= names


@pytest.mark.parametrize("cls", written_out(), ids=lambda cls: cls.__qualname__)
def test_a_written_out_init_takes_the_fields_with_their_defaults(cls):
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        expected = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert parameter.default == expected, field.name
        assert field.default_factory is dataclasses.MISSING, f"{field.name}: a factory needs its own code"


@pytest.mark.parametrize("cls", written_out(), ids=lambda cls: cls.__qualname__)
def test_a_written_out_init_sets_every_field(cls):
    values = {f.name: object() for f in dataclasses.fields(cls) if f.init}
    made = cls(**values)
    assert {name: getattr(made, name) for name in values} == values
    for field in dataclasses.fields(cls):
        if not field.init and field.default_factory is not dataclasses.MISSING:  # as its factory would
            assert getattr(made, field.name) == field.default_factory(), field.name
        elif not field.init:  # derived from the other fields by the ``__init__`` itself
            assert hasattr(made, field.name), field.name
    assert dataclasses.replace(made) == made
