"""Countries, cities and venues, from generated gazetteers."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .models import Mention
from .rules import Rule

RULES: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    mention: Mention                  # the whole place expression
    city: str | None = None           # as written
    country: str | None = None        # as written, or the country of an unambiguous city
    city_mention: Mention | None = None
    country_mention: Mention | None = None


def find_places(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> list[PlaceMention]:
    return []


def country_of_city(city: str) -> str | None:
    return None


def canonical_country(name: str) -> str | None:
    """The English short name of a country named `name` (any known form), else None."""
    return None
