"""Walk every span a record holds, with the path of the field it fed."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from .models import Mention


def iter_mentions(model: BaseModel, path: str = "") -> Iterator[tuple[str, Mention]]:
    """Yield (field path, Mention) for every Mention anywhere inside `model`."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = f"{path}.{name}" if path else name
        yield from _walk(value, here)


def _walk(value: object, path: str) -> Iterator[tuple[str, Mention]]:
    if isinstance(value, Mention):
        yield path, value
    elif isinstance(value, BaseModel):
        yield from iter_mentions(value, path)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}")
