"""Where extractors meet: overlaps between entity types, and cross-links, as small named rules."""

from __future__ import annotations

from .models import Event, Initiative, Organization, Person


def resolve(
    people: list[Person],
    orgs: list[Organization],
    initiatives: list[Initiative],
    events: list[Event],
) -> tuple[list[Person], list[Organization], list[Initiative], list[Event]]:
    return people, orgs, initiatives, events
