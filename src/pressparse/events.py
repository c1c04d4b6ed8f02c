"""Events: kind, name, dates, venue and place, and the one the release is mainly about."""

from __future__ import annotations

from .dates import DateMention
from .document import Document
from .header import Header
from .models import Event, Initiative, Organization
from .places import PlaceMention
from .rules import Rule

RULES: tuple[Rule, ...] = ()


def find_events(
    doc: Document,
    header: Header,
    dates: list[DateMention],
    places: list[PlaceMention],
    orgs: list[Organization],
    initiatives: list[Initiative],
    lang: str = "en",
    warnings: list[str] | None = None,
) -> list[Event]:
    return []
