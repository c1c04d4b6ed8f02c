"""`pressparse schema` and `pressparse validate`: the record's JSON Schema, and a check of stored
records (a JSONL file or a folder of NAME.json) that names each bad record and field.

Validation goes through pydantic (`PressRelease.model_validate`), the same model that produced
the records; the batch keys (source, sha256, pressparse_version, text) are checked here, and an
error record is valid when it is well formed.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .models import PressRelease

_SHA256 = re.compile(r"[0-9a-f]{64}")
_BATCH_PROPS: dict[str, Any] = {
    "source": {"type": "string", "description": "The input as named on the command line."},
    "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the input bytes."},
    "pressparse_version": {"type": "string", "description": "Version of pressparse that made the record."},
    "text": {"type": "string", "description": "Text extracted from an HTML page; offsets refer to it."},
}


def record_schema(batch: bool = False) -> dict[str, Any]:
    """The PressRelease JSON Schema; with `batch`, the stored-record form (batch keys, error records)."""
    schema = PressRelease.model_json_schema()
    if not batch:
        return schema
    parsed = copy.deepcopy(schema)
    defs = parsed.pop("$defs", {})
    parsed["properties"] = {**_BATCH_PROPS, **parsed["properties"]}
    parsed["required"] = ["source", "sha256", "pressparse_version"]
    error = {
        "title": "ErrorRecord", "type": "object", "additionalProperties": False,
        "required": ["source", "sha256", "pressparse_version", "error"],
        "properties": {
            **{k: v for k, v in _BATCH_PROPS.items() if k != "text"},
            "error": {
                "type": "object", "additionalProperties": False, "required": ["type", "message"],
                "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    }
    return {"$defs": defs, "title": "StoredRecord", "anyOf": [parsed, error]}


def _check_batch_keys(rec: dict[str, Any]) -> Iterator[str]:
    if "source" in rec and not isinstance(rec["source"], str):
        yield "source: must be a string"
    sha = rec.get("sha256")
    if "sha256" in rec and sha is not None and not (isinstance(sha, str) and _SHA256.fullmatch(sha)):
        yield "sha256: must be 64 lower-case hex digits or null"
    if "pressparse_version" in rec and not isinstance(rec["pressparse_version"], str):
        yield "pressparse_version: must be a string"
    if "text" in rec and not isinstance(rec["text"], str):
        yield "text: must be a string"


def _check_error_record(rec: dict[str, Any]) -> Iterator[str]:
    extra = set(rec) - {"source", "sha256", "pressparse_version", "error"}
    if extra:
        yield f"{min(extra)}: not allowed in an error record"
    err = rec["error"]
    if not isinstance(err, dict):
        yield "error: must be an object with type and message"
        return
    for key in ("type", "message"):
        if not isinstance(err.get(key), str):
            yield f"error.{key}: must be a string"
    if set(err) - {"type", "message"}:
        yield f"error.{min(set(err) - {'type', 'message'})}: not allowed"


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def _spans_match(value: Any, text: str, path: str) -> Iterator[str]:
    """With the extracted text at hand, every span must slice to its own text."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            if text[value["start"] : value["end"]] != value["text"]:
                yield f"{path}: span {value['start']}-{value['end']} does not slice to {value['text']!r}"
            return
        for k, v in value.items():
            yield from _spans_match(v, text, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _spans_match(v, text, f"{path}[{i}]")


def problems(rec: Any) -> list[str]:
    """Why a stored record is not valid, one item per field; empty when it is."""
    if not isinstance(rec, dict):
        return ["(record): not a JSON object"]
    found = list(_check_batch_keys(rec))
    if "error" in rec:
        return found + list(_check_error_record(rec))
    body = {k: v for k, v in rec.items() if k not in ("source", "sha256", "pressparse_version", "text")}
    try:
        PressRelease.model_validate(body)
    except ValidationError as exc:
        found.extend(f"{_loc(e['loc'])}: {e['msg']}" for e in exc.errors())
    if isinstance(rec.get("text"), str) and not found:
        found.extend(_spans_match(body, rec["text"], ""))
    return found


def stored_records(path: Path) -> Iterator[tuple[str, str]]:
    """(where, raw JSON) for each record in a JSONL file, a JSON file or a folder of JSON files."""
    if path.is_dir():
        for f in sorted(path.rglob("*.json")):
            if not f.name.startswith("."):
                yield str(f), f.read_text(encoding="utf-8")
        for f in sorted(path.rglob("*.jsonl")):
            yield from stored_records(f)
    elif path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield f"{path}:{n}", line
    else:
        yield str(path), path.read_text(encoding="utf-8")


def run_validate(paths: list[Path], out: IO[str]) -> int:
    """0 when every record is valid, 1 otherwise; one line per bad field."""
    from .batch import UsageError

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or folder")
    total = bad = 0
    for path in paths:
        for where, raw in stored_records(path):
            total += 1
            try:
                rec = json.loads(raw)
            except ValueError as exc:
                issues = [f"(record): not valid JSON ({exc})"]
            else:
                issues = problems(rec)
                if isinstance(rec, dict) and isinstance(rec.get("source"), str):
                    where += f" ({rec['source']})"
            if issues:
                bad += 1
                for issue in issues:
                    print(f"{where}: {issue}", file=out)
    print(f"pressparse validate: {total} records, {total - bad} valid, {bad} invalid", file=out)
    return 1 if bad or not total else 0
