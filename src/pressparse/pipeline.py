"""One release from text to record, top to bottom: normalize, header, extract, resolve, build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import regex

from . import dates, events, header, initiatives, language, orgs, people, places
from .document import Document
from .errors import MAX_INPUT_CHARS, InputError, InputTooLarge, PressparseError
from .models import Mention, PressRelease
from .resolve import resolve
from .rules import collect_warnings

_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _reference_date(published: dt.date | str | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published)
    except ValueError as exc:
        raise PressparseError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}") from exc


def _dateline_reference(published: str | None) -> dt.date | None:
    """The day relative dates count from: the dateline, or the middle of a month-only one."""
    if published is None or len(published) == 4:
        return None
    return dt.date.fromisoformat(published if len(published) == 10 else published + "-15")


def parse(
    text: str, *, published: dt.date | str | None = None, url: str | None = None, lang: str | None = None
) -> PressRelease:
    """Parse one release. `published` supplies or overrides the dateline for relative dates;
    `lang` ("en", "fr") is told from the text when not given."""
    if not isinstance(text, str):
        raise PressparseError(f"parse() takes a str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLarge(f"input has {len(text):,} characters; the limit is {MAX_INPUT_CHARS:,}")
    # Lone surrogates cannot be encoded: one U+FFFD each keeps every offset.
    text = _SURROGATE.sub("\ufffd", text)
    given = _reference_date(published)
    if lang is None:
        lang = language.detect(text)
    elif lang not in language.LANGUAGES:
        raise PressparseError(f"lang must be one of {', '.join(language.LANGUAGES)}, got {lang!r}")
    warnings: list[str] = []
    with collect_warnings(warnings):
        doc = Document.from_text(text)
        head = header.read_header(doc, lang, warnings)
        reference = given or _dateline_reference(head.published)
        found_dates = dates.find_dates(doc, reference, lang, warnings)
        found_places = places.find_places(doc, lang, warnings)
        found_orgs = orgs.find_organizations(doc, lang, warnings)
        found_inits = initiatives.find_initiatives(doc, found_orgs, lang, warnings)
        found_people = people.find_people(doc, found_orgs, found_places, lang, warnings)
        found_events = events.find_events(
            doc, head, found_dates, found_places, found_orgs, found_inits, lang, warnings)
        found_people, found_orgs, found_inits, found_events = resolve(
            doc, found_people, found_orgs, found_inits, found_events, lang)
    evidence: dict[str, Mention] = {}
    if head.title is not None:
        evidence["title"] = head.title
    if head.published_mention is not None:
        evidence["published"] = head.published_mention
    return PressRelease(
        title=head.title.text if head.title else None,
        published=given.isoformat() if given else head.published,
        language=lang,
        events=found_events,
        people=found_people,
        organizations=found_orgs,
        initiatives=found_inits,
        url=url,
        evidence=evidence,
        warnings=warnings,
    )


def read_text(path: str | Path) -> str:
    """UTF-8 text of a file (a BOM is dropped); InputError naming the file otherwise."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read file ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (byte {exc.start})") from exc


def parse_file(
    path: str | Path, *, published: dt.date | str | None = None, url: str | None = None, lang: str | None = None
) -> PressRelease:
    """Parse a UTF-8 text file; unreadable files raise InputError naming the file."""
    return parse(read_text(path), published=published, url=url, lang=lang)
