"""Errors raised for bad arguments and unreadable input; odd text is never an error."""

from __future__ import annotations


class PressparseError(ValueError):
    """Base class of every error pressparse raises on purpose."""


class InputError(PressparseError):
    """A file could not be read or decoded; the message names the file."""


class InputTooLarge(PressparseError):
    """The input is larger than `pressparse.MAX_INPUT_CHARS`."""


#: Largest text `parse` accepts, in characters (about 10 MB of English text).
MAX_INPUT_CHARS = 10_000_000
