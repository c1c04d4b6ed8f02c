"""pressparse: typed, source-grounded records from WCO-style press releases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evaluation import EvalReport

from .errors import MAX_INPUT_CHARS, InputError, InputTooLarge, PressparseError
from .models import Event, Initiative, Mention, Organization, Person, PressRelease


def parse(
    text: str, *, published: dt.date | str | None = None, url: str | None = None, lang: str | None = None
) -> PressRelease:
    """Parse one release. `published` supplies or overrides the dateline for relative dates;
    `lang` ("en", "fr") is told from the text when not given.

    The extractors are imported on the first call, so that `import pressparse` stays fast for
    programs that only need the models or the command line's help.
    """
    from .pipeline import parse as _parse

    return _parse(text, published=published, url=url, lang=lang)


def parse_file(
    path: str | Path, *, published: dt.date | str | None = None, url: str | None = None, lang: str | None = None
) -> PressRelease:
    """Parse a UTF-8 text file; unreadable files raise InputError naming the file."""
    from .pipeline import parse_file as _parse_file

    return _parse_file(path, published=published, url=url, lang=lang)


def evaluate(dirs: Sequence[str | Path], **kwargs: Any) -> EvalReport:
    """Score the parser on every NAME.txt with a NAME.gold.json in `dirs` (the GUIDE's scoring).

    Imported lazily so that `import pressparse` stays fast; see `pressparse.evaluation`.
    """
    from .evaluation import evaluate as _evaluate

    return _evaluate(dirs, **kwargs)

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
    "evaluate",
    "parse",
    "parse_file",
]
