"""One input to one record: a parsed record carrying `source`, the `sha256` of the input bytes and
the `pressparse_version` (plus the extracted `text` for HTML), or an error record
`{"source", "sha256", "pressparse_version", "error": {"type", "message"}}`. Never raises.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .errors import InputTooLarge
from .reading import (
    DEFAULT_MAX_BYTES,
    Source,
    load_bytes,
    sha256_file,
    source_from_bytes,
)

#: Keys every stored record carries besides the PressRelease fields.
BATCH_KEYS = ("source", "sha256", "pressparse_version", "text", "error")


def version() -> str:
    from . import __version__

    return __version__


def make_record(source: Source, published: str | None = None, lang: str | None = None) -> dict[str, Any]:
    """Parse a decoded input; the record keeps the extracted text when it is not the file's."""
    from .pipeline import parse

    release = parse(source.text, published=published, url=source.url, lang=lang)
    record: dict[str, Any] = {"source": source.label, "sha256": source.sha256, "pressparse_version": version()}
    record.update(release.model_dump(mode="json"))
    if source.is_html:
        record["text"] = source.text
    return record


def error_record(label: str, sha256: str | None, exc: BaseException) -> dict[str, Any]:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    message = message.removeprefix(f"{label}: ")  # the record names the source already
    return {
        "source": label, "sha256": sha256, "pressparse_version": version(),
        "error": {"type": type(exc).__name__, "message": message},
    }


def convert_path(
    path: str | Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES, lang: str | None = None
) -> dict[str, Any]:
    """One input file to one record; never raises (a failure becomes an error record)."""
    sha: str | None = None
    try:
        data = load_bytes(path, max_bytes)
    except InputTooLarge as exc:
        return error_record(label, sha256_file(path), exc)
    except Exception as exc:  # noqa: BLE001 - any failure is recorded, never raised
        return error_record(label, None, exc)
    try:
        source = source_from_bytes(data, label)
        sha = source.sha256
        return make_record(source, lang=lang)
    except Exception as exc:  # noqa: BLE001
        return error_record(label, sha or hashlib.sha256(data).hexdigest(), exc)
