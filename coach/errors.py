"""Typed errors for input the coach cannot review."""

from __future__ import annotations

from typing import Literal

InputErrorCode = Literal[
    "empty",
    "no_objective",
    "too_long",
    "too_many_objectives",
    "too_many_key_results",
    "binary",
    "invalid_structure",
    "bad_option",
    "no_grades",
    "no_checkin",
]


class OKRCoachError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(OKRCoachError, ValueError):
    """The input cannot be reviewed. `code` says why, `str(err)` says it to a person."""

    def __init__(self, code: InputErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: InputErrorCode = code
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # picklable (a process pool sends errors back), whatever the subclass
        return (type(self), (self.code, self.message))


class InputTooLarge(InputError):
    """The input is over a configured size limit."""


class ConfigError(OKRCoachError, ValueError):
    """A configuration file, option or rule selection is wrong."""


class DataFileError(OKRCoachError, ValueError):
    """A shipped or user word list is malformed; the message names the file and line."""
