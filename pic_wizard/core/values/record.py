"""Records: the small value classes of pic-wizard, declared as dataclasses are.

``@frozen`` makes of a class of annotated fields what ``@dataclass(frozen=True)`` makes:
an ``__init__`` taking the fields in order (with their defaults and
``field(default_factory=...)``, then calling ``__post_init__`` if the class has one),
``__repr__``, ``__eq__`` and ``__hash__`` over the fields, ``__match_args__``, and no
assignment once made (``FrozenInstanceError``).  ``@mutable`` is ``@dataclass``: the same,
assignable, not hashable.  A method the class defines itself is kept.  ``replace`` is
``dataclasses.replace``, ``fields`` is ``dataclasses.fields``.  Type checkers read these
classes as dataclasses (``typing.dataclass_transform``).

Why not ``dataclasses`` itself: a one-file ``pic-wizard-cli check`` takes about 90 ms, of
which importing cryptography is 64.  On Python 3.11, ``import dataclasses`` takes about
11 ms (it imports ``inspect``, which imports ``ast``, ``dis`` and ``tokenize``), and each
class about 0.5 ms (it writes and compiles the source of six methods): 23 ms for the 22
classes a check uses.  Here only ``__init__`` is compiled, once per class (it is what
makes a record fast to create, thousands of times in an audit); the other methods are
shared functions that read the class's field names.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")
_C = TypeVar("_C", bound=type)


class _Missing:
    """No default given (``None`` is a default like any other)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned or deleted."""


class Field:
    """One field of a record, as ``field()`` or its annotation declares it (made by
    ``field``, which takes its options by name)."""

    __slots__ = ("compare", "default", "default_factory", "hash", "init", "name", "repr")

    def __init__(
        self, default: Any, default_factory: Any, init: bool, repr: bool, compare: bool, hash: Any
    ) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, init={self.init})"


@overload
def field(
    *,
    default: _T,
    init: bool = ...,
    repr: bool = ...,
    compare: bool = ...,
    hash: bool | None = ...,
) -> _T: ...
@overload
def field(
    *,
    default_factory: Callable[[], _T],
    init: bool = ...,
    repr: bool = ...,
    compare: bool = ...,
    hash: bool | None = ...,
) -> _T: ...
@overload
def field(
    *,
    init: bool = ...,
    repr: bool = ...,
    compare: bool = ...,
    hash: bool | None = ...,
) -> Any: ...
def field(
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
    hash: bool | None = None,
) -> Any:
    """A field's options, as ``dataclasses.field``."""
    return Field(default, default_factory, init, repr, compare, hash)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: _C) -> _C:
    """The class as ``@dataclass(frozen=True)`` makes it."""
    return _make(cls, frozen=True)


@dataclass_transform(field_specifiers=(field,))
def mutable(cls: _C) -> _C:
    """The class as ``@dataclass`` makes it."""
    return _make(cls, frozen=False)


def fields(record: Any) -> tuple[Field, ...]:
    """The fields of a record or of its class, in order."""
    found: tuple[Field, ...] | None = getattr(record, "__record_fields__", None)
    if found is None:
        raise TypeError("fields() needs a record or a record class")
    return found


def replace(record: _T, /, **changes: Any) -> _T:
    """A copy of ``record`` with ``changes``, made by its ``__init__`` (as
    ``dataclasses.replace``)."""
    for f in fields(record):
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    f"field {f.name} is declared with init=False, it cannot be replaced"
                )
        elif f.name not in changes:
            changes[f.name] = getattr(record, f.name)
    return type(record)(**changes)


# What dataclasses refuses as a default shared by every instance.
_MUTABLE_DEFAULTS = (list, dict, set)


def _is_class_var(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", None) is not None and "ClassVar" in repr(annotation)


def _make(cls: _C, *, frozen: bool) -> _C:
    own: Mapping[str, Any] = cls.__dict__
    collected: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            collected[f.name] = f
    for name, annotation in own.get("__annotations__", {}).items():
        if _is_class_var(annotation):
            continue
        declared = own.get(name, MISSING)
        f = declared if isinstance(declared, Field) else field(default=declared)
        f.name = name
        if isinstance(f.default, _MUTABLE_DEFAULTS):
            raise ValueError(
                f"mutable default {type(f.default)} for field {name} is not allowed: "
                "use default_factory"
            )
        if isinstance(declared, Field):  # the class keeps a plain default, as dataclasses does
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        collected[name] = f
    all_fields = tuple(collected.values())
    setattr(cls, "__record_fields__", all_fields)  # noqa: B010
    setattr(cls, "__record_frozen__", frozen)  # noqa: B010

    _set_new(cls, "__init__", _init_function(cls, all_fields, frozen))
    shown = tuple(f.name for f in all_fields if f.repr)
    _set_new(cls, "__repr__", _repr_function(shown))
    compared = tuple(f.name for f in all_fields if f.compare)
    _set_new(cls, "__eq__", _eq_function(compared))
    _set_new(cls, "__match_args__", tuple(f.name for f in all_fields if f.init))

    # __hash__ as dataclasses decides it (eq=True, unsafe_hash=False): kept when the class
    # writes its own, over the fields when frozen, None (unhashable) when mutable.
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = class_hash is not MISSING and not (class_hash is None and "__eq__" in own)
    if not explicit_hash:
        if frozen:
            hashed = tuple(f.name for f in all_fields if (f.compare if f.hash is None else f.hash))
            setattr(cls, "__hash__", _hash_function(hashed))  # noqa: B010
        else:
            setattr(cls, "__hash__", None)  # noqa: B010

    if frozen:
        names = frozenset(f.name for f in all_fields)
        for method_name, method in (
            ("__setattr__", _frozen_setattr(cls, names)),
            ("__delattr__", _frozen_delattr(cls, names)),
        ):
            if method_name in own:
                raise TypeError(f"cannot overwrite attribute {method_name} in class {cls.__name__}")
            setattr(cls, method_name, method)
    return cls


def _set_new(cls: type, name: str, value: Any) -> None:
    """``value`` as the class's ``name``, unless the class defines its own."""
    if name not in cls.__dict__:
        if callable(value):
            value.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, value)


def _init_function(cls: type, all_fields: tuple[Field, ...], frozen: bool) -> Any:
    """``__init__``, written for the class's fields and compiled once, as dataclasses does:
    made thousands of times in an audit, a record is made at the speed of a hand-written
    ``__init__``."""
    scope: dict[str, Any] = {"MISSING": MISSING, "__builtins__": __builtins__}
    params: list[str] = []
    body: list[str] = []
    seen_default = False
    for f in all_fields:
        value = f.name
        if f.init:
            if f.default is not MISSING:
                scope[f"_default_{f.name}"] = f.default
                params.append(f"{f.name}=_default_{f.name}")
                seen_default = True
            elif f.default_factory is not MISSING:
                scope[f"_factory_{f.name}"] = f.default_factory
                params.append(f"{f.name}=MISSING")
                value = f"_factory_{f.name}() if {f.name} is MISSING else {f.name}"
                seen_default = True
            else:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                params.append(f.name)
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            value = f"_factory_{f.name}()"
        elif f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            value = f"_default_{f.name}"
        else:
            continue  # init=False and no default: set by __post_init__, if at all
        if frozen:
            body.append(f"    _object_setattr(self, {f.name!r}, {value})")
        else:
            body.append(f"    self.{f.name} = {value}")
    scope["_object_setattr"] = object.__setattr__
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass")
    namespace: dict[str, Any] = {}
    exec(source, scope, namespace)  # our own source, from the field names
    return namespace["__init__"]


def _repr_function(shown: tuple[str, ...]) -> Any:
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"

    return __repr__


def _key_function(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of the named fields, as dataclasses compares and hashes them."""
    if len(names) >= 2:
        return operator.attrgetter(*names)
    if len(names) == 1:
        (name,) = names
        return lambda record: (getattr(record, name),)
    return lambda record: ()


def _eq_function(compared: tuple[str, ...]) -> Any:
    key = _key_function(compared)

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _hash_function(hashed: tuple[str, ...]) -> Any:
    key = _key_function(hashed)

    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _frozen_setattr(owner: type, names: frozenset[str]) -> Any:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)  # a subclass's own attribute

    return __setattr__


def _frozen_delattr(owner: type, names: frozenset[str]) -> Any:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    return __delattr__
