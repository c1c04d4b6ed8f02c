"""The typed record: field names follow the annotation GUIDE so a dump compares with gold directly."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventKind = Literal[
    "conference", "meeting", "session", "round table", "workshop", "seminar", "forum",
    "training", "visit", "mission", "launch", "signing", "ceremony", "summit", "webinar",
    "panel", "other",
]
InitiativeKind = Literal[
    "programme", "project", "convention", "agreement", "resolution", "declaration", "standard",
    "framework", "guidelines", "tool", "database", "platform", "operation", "campaign", "award",
    "publication", "other",
]

#: ISO 8601 at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD.
ISO_PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Frozen):
    """Where a value was read: `text == source[start:end]` always holds."""

    start: int = Field(ge=0, description="Offset of the first character in the parsed text.")
    end: int = Field(ge=0, description="Offset just past the last character in the parsed text.")
    text: str = Field(description="The exact slice source[start:end].")
    rule: str | None = Field(default=None, description="Name of the rule that found it.")


Evidence = dict[str, Mention]

_EVIDENCE_DOC = "For each scalar field read from the text, the span it was read from."
_MENTIONS_DOC = "Every place in the text that refers to this item, in text order."


class Event(_Frozen):
    """Something that took place or will take place."""

    name: str = Field(description="Proper name of the event, or a short description in the text's words.")
    kind: EventKind = Field(description="Kind of event, from the GUIDE's fixed list.")
    start: str | None = Field(default=None, pattern=ISO_PARTIAL, description="First day (ISO, partial allowed).")
    end: str | None = Field(default=None, pattern=ISO_PARTIAL, description="Last day (ISO, partial allowed).")
    venue: str | None = Field(default=None, description="Building or site, as written.")
    city: str | None = Field(default=None, description="City, as written.")
    country: str | None = Field(default=None, description="Country where it takes place.")
    primary: bool = Field(default=False, description="True for the one event the release is mainly about.")
    mentions: list[Mention] = Field(default_factory=list, description=_MENTIONS_DOC)
    evidence: Evidence = Field(default_factory=dict, description=_EVIDENCE_DOC)


class Person(_Frozen):
    """A named individual; one entry however often the text names them."""

    name: str = Field(description="Given name(s) and family name as written, without honorific.")
    honorific: str | None = Field(default=None, description="Mr., Ms., Dr., H.E. ... as written.")
    title: str | None = Field(default=None, description="Position as first stated in full.")
    affiliation: str | None = Field(default=None, description="Organization or government (as a country) represented.")
    country: str | None = Field(default=None, description="Country the person comes from or represents.")
    mentions: list[Mention] = Field(default_factory=list, description=_MENTIONS_DOC)
    evidence: Evidence = Field(default_factory=dict, description=_EVIDENCE_DOC)


class Organization(_Frozen):
    """An organization, administration, company or standing body."""

    name: str = Field(description="Fullest form of the name in the text.")
    acronym: str | None = Field(default=None, description="Short form used in the text, if any.")
    mentions: list[Mention] = Field(default_factory=list, description=_MENTIONS_DOC)
    evidence: Evidence = Field(default_factory=dict, description=_EVIDENCE_DOC)


class Initiative(_Frozen):
    """A named programme, instrument, tool, operation, campaign or publication."""

    name: str = Field(description="The name the text uses most.")
    acronym: str | None = Field(default=None, description="Short form used in the text, if any.")
    kind: InitiativeKind = Field(description="Kind of initiative, from the GUIDE's fixed list.")
    aliases: list[str] = Field(default_factory=list, description="Other names the text uses for it.")
    mentions: list[Mention] = Field(default_factory=list, description=_MENTIONS_DOC)
    evidence: Evidence = Field(default_factory=dict, description=_EVIDENCE_DOC)


class PressRelease(_Frozen):
    """What one release says, every value tied to the text it came from."""

    title: str | None = Field(default=None, description="Headline as written.")
    published: str | None = Field(default=None, pattern=ISO_PARTIAL, description="Date of the dateline (ISO).")
    language: str = Field(default="en", description="ISO 639-1 code of the release's language.")
    events: list[Event] = Field(default_factory=list, description="Events held, attended or planned.")
    people: list[Person] = Field(default_factory=list, description="Named individuals.")
    organizations: list[Organization] = Field(default_factory=list, description="Organizations named.")
    initiatives: list[Initiative] = Field(default_factory=list, description="Named programmes and instruments.")
    url: str | None = Field(default=None, description="Where the release was published, if given.")
    evidence: Evidence = Field(default_factory=dict, description=_EVIDENCE_DOC)
    warnings: list[str] = Field(default_factory=list, description="Rules that gave up on this text, and why.")
