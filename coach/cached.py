"""`cached_property` without the lock that Python 3.11's functools version takes on every first
read (removed in 3.12: it serialised all instances of a class, not one).

Computed on first read and kept in the instance's `__dict__` (so later reads never reach the
descriptor); `del obj.name` or `obj.__dict__.pop(name)` forgets it. A draft's items and their
facts are read by one review at a time, so two threads never race on one instance; if they
did, both would compute the same value and one would be kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_property(Generic[T]):
    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value
