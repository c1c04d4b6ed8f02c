"""Named programmes, instruments, tools, databases, operations and campaigns."""

from __future__ import annotations

from .document import Document
from .models import Initiative, Organization
from .rules import Rule

RULES: tuple[Rule, ...] = ()


def find_initiatives(
    doc: Document, orgs: list[Organization], lang: str = "en", warnings: list[str] | None = None
) -> list[Initiative]:
    return []
