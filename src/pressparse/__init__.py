"""pressparse: typed, source-grounded records from WCO-style press releases."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evaluation import EvalReport

from .errors import InputError, InputTooLarge, PressparseError
from .models import Event, Initiative, Mention, Organization, Person, PressRelease
from .pipeline import MAX_INPUT_CHARS, parse, parse_file


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
