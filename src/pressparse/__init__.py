"""pressparse: typed, source-grounded records from WCO-style press releases."""

from __future__ import annotations

from .errors import InputError, InputTooLarge, PressparseError
from .models import Event, Initiative, Mention, Organization, Person, PressRelease
from .pipeline import MAX_INPUT_CHARS, parse, parse_file

__version__ = "0.1.0"

__all__ = [
    "MAX_INPUT_CHARS",
    "Event",
    "Initiative",
    "InputError",
    "InputTooLarge",
    "Mention",
    "Organization",
    "Person",
    "PressRelease",
    "PressparseError",
    "__version__",
    "parse",
    "parse_file",
]
