"""pic-wizard's records behave as the dataclasses they replace: each class is declared twice,
once with ``dataclasses`` (the judge) and once with ``record``, and both are asked the same."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any, ClassVar

import pytest

from pic_wizard.core.values.record import (
    FrozenInstanceError,
    field,
    fields,
    frozen,
    mutable,
    replace,
)


def _point(make: Any, make_field: Any) -> Any:
    class Point:
        """A point."""

        x: int
        y: int = 0
        tags: tuple[str, ...] = ()
        notes: dict[str, int] = make_field(default_factory=dict, compare=False, repr=False)
        label: str = make_field(default="p", hash=False)
        double: int = make_field(init=False, compare=False, repr=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "double", 2 * self.x)

    return make(Point)


OURS = _point(frozen, field)
THEIRS = _point(dataclasses.dataclass(frozen=True), dataclasses.field)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, 2), {}), ((1,), {"tags": ("a",), "label": "q"}), ((0, -1, ()), {})],
)
def test_a_frozen_record_is_what_the_frozen_dataclass_is(
    args: tuple[Any, ...], kwargs: Any
) -> None:
    ours, theirs = OURS(*args, **kwargs), THEIRS(*args, **kwargs)
    assert repr(ours) == repr(theirs).replace("THEIRS", "OURS")
    assert hash(ours) == hash(theirs)
    assert ours.double == theirs.double == 2 * args[0]
    assert ours == OURS(*args, **kwargs)
    assert ours != OURS(args[0] + 1)
    assert ours != theirs  # another class, as two dataclasses
    assert OURS.__match_args__ == THEIRS.__match_args__
    assert [f.name for f in fields(ours)] == [f.name for f in dataclasses.fields(theirs)]
    assert replace(ours, y=7) == OURS(args[0], 7, *(ours.tags,), label=ours.label)
    assert repr(replace(ours, y=7)) == repr(dataclasses.replace(theirs, y=7)).replace(
        "THEIRS", "OURS"
    )
    assert copy.deepcopy(ours) == ours


@frozen
class Pickled:
    """At module level, as pickle finds classes (the audit's workers receive records)."""

    a: int
    b: tuple[str, ...] = ()
    c: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "c", self.a + 1)


def test_a_record_survives_pickle_and_copies() -> None:
    value = Pickled(1, ("x",))
    for copied in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert copied == value
        assert copied.c == 2
        assert repr(copied) == "Pickled(a=1, b=('x',), c=2)"


def test_fields_not_compared_are_neither_in_equality_nor_in_the_hash() -> None:
    a, b = OURS(1, notes={"a": 1}), OURS(1, notes={"b": 2})
    assert a == b and hash(a) == hash(b)
    assert OURS(1, label="a") != OURS(1, label="b")  # compared, not hashed
    assert hash(OURS(1, label="a")) == hash(OURS(1, label="b"))


def test_each_record_gets_its_own_default_made_by_the_factory() -> None:
    assert OURS(1).notes is not OURS(1).notes


def test_a_frozen_record_refuses_assignment_and_deletion() -> None:
    point = OURS(1)
    with pytest.raises(FrozenInstanceError):
        point.x = 2
    with pytest.raises(FrozenInstanceError):
        point.other = 2  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        del point.x
    assert isinstance(FrozenInstanceError("x"), AttributeError)


def test_a_mutable_record_is_assignable_and_not_hashable() -> None:
    @mutable
    class Bag:
        items: list[int] = field(default_factory=list)
        size: int = 0

    bag = Bag()
    bag.items.append(1)
    bag.size = 3
    assert bag == Bag([1], 3)
    assert (
        repr(bag)
        == "test_a_mutable_record_is_assignable_and_not_hashable.<locals>.Bag(items=[1], size=3)"
    )
    assert Bag.__hash__ is None
    with pytest.raises(TypeError):
        hash(bag)


def test_what_the_class_writes_itself_is_kept() -> None:
    @frozen
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

        def __hash__(self) -> int:
            return hash(self.name.lower())

    assert repr(Named("A")) == "<A>"
    assert Named("A") == Named("a") and hash(Named("A")) == hash(Named("a"))


def test_a_class_with_its_own_eq_and_no_hash_is_hashed_over_its_fields_when_frozen() -> None:
    """As dataclasses: ``__eq__`` written in the class sets ``__hash__`` to None, which
    ``frozen`` replaces."""

    @frozen
    class Pair:
        a: int

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Pair) and other.a == self.a

    assert hash(Pair(1)) == hash((1,))


def test_declarations_dataclasses_refuses_are_refused() -> None:
    with pytest.raises(ValueError, match="mutable default"):

        @frozen
        class Shared:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="non-default argument 'b' follows default"):

        @frozen
        class Order:
            a: int = 0
            b: int  # type: ignore[misc]

    with pytest.raises(ValueError, match="both default and default_factory"):
        field(default=1, default_factory=int)
    with pytest.raises(ValueError, match="init=False"):
        replace(OURS(1), double=4)
    with pytest.raises(TypeError):
        OURS()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        fields(object())


def test_a_subclass_record_adds_its_fields_after_its_base_s() -> None:
    @frozen
    class Base:
        a: int
        b: int = 1

    @frozen
    class Child(Base):
        c: int = 2

    assert [f.name for f in fields(Child)] == ["a", "b", "c"]
    assert repr(Child(0)) == (
        "test_a_subclass_record_adds_its_fields_after_its_base_s.<locals>.Child(a=0, b=1, c=2)"
    )
    assert Child(0) != Base(0)


def test_class_variables_are_not_fields() -> None:
    @frozen
    class Counted:
        limit: ClassVar[int] = 3
        a: int = 0

    assert [f.name for f in fields(Counted)] == ["a"]
    assert Counted.limit == 3
