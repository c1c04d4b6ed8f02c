"""Reading inputs for the command line: bytes -> text the parser sees, or a typed error.

Text files (.txt, .md) are UTF-8, a BOM tolerated (UTF-16 with a BOM is the one safe fallback).
Saved web pages (.html, .htm) go through trafilatura (the optional extra `pressparse[html]`):
the article body is kept, menus, sidebars and footers are dropped, and the headline and dateline
are put back on top, so the text reads like a plain-text release. Offsets in a record then refer
to that extracted text, which batch records keep under `text`.

Every failure is an `InputError` subclass whose class name is the error record's `type`.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .errors import InputError, InputTooLarge

Kind = Literal["auto", "text", "html"]

#: Default limit on the size of one input file, in bytes (5 MB).
DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

__all__ = [
    "DEFAULT_MAX_BYTES", "INPUT_SUFFIXES", "BinaryInput", "EmptyInput", "HtmlExtraMissing",
    "InputTooLarge", "NotUTF8", "Source", "Unreadable", "decode", "load_bytes", "read_input",
    "sha256_file", "source_from_bytes",
]


class Unreadable(InputError):
    """The file does not exist, is a folder, or the OS refused to read it."""


class EmptyInput(InputError):
    """Nothing to parse: an empty file, only white space, or a page without article text."""


class BinaryInput(InputError):
    """The bytes are not text (NUL bytes or control characters)."""


class NotUTF8(InputError):
    """Text that is not UTF-8 and declares no other encoding."""


class HtmlExtraMissing(InputError):
    """An HTML input while trafilatura (the `pressparse[html]` extra) is not installed."""


@dataclass(frozen=True)
class Source:
    """One input, decoded: `text` is exactly what the parser sees."""

    label: str
    sha256: str
    text: str
    is_html: bool = False
    url: str | None = None


def load_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes; `Unreadable` or `InputTooLarge` (checked before reading it all)."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return _read_limited(fh, max_bytes, str(p))
    except IsADirectoryError as exc:
        raise Unreadable(f"{p}: is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise Unreadable(f"{p}: no such file") from exc
    except OSError as exc:
        raise Unreadable(f"{p}: cannot read file ({exc.strerror or exc})") from exc


def _read_limited(fh: BinaryIO, max_bytes: int, name: str) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{name}: larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


def read_stream(fh: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "<stdin>") -> bytes:
    """Bytes of an open stream (stdin), with the same size limit as files."""
    return _read_limited(fh, max_bytes, name)


def sha256_file(path: str | Path) -> str | None:
    """Hash of a file read in chunks (for inputs too large to load); None if unreadable."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def kind_of(name: str, data: bytes, kind: Kind = "auto") -> Literal["text", "html"]:
    """HTML by suffix; for other names, by a sniff of the first bytes."""
    if kind != "auto":
        return kind
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return mark binary data.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 text (BOM dropped); UTF-16 with a BOM; else the `declared` charset; else NotUTF8."""
    if not data.strip():
        raise EmptyInput(f"{name}: empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise NotUTF8(f"{name}: starts with a {codec} byte-order mark but does not decode ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{name}: binary data (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        if declared:
            try:
                return _checked(data.decode(declared), name)
            except (UnicodeDecodeError, LookupError):
                pass
        bad = data[exc.start : exc.start + 1].hex()
        raise NotUTF8(f"{name}: not UTF-8 text (byte 0x{bad} at offset {exc.start}) and no declared encoding") from exc


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise EmptyInput(f"{name}: only white space")
    controls = len(_CONTROL.findall(text[:8192]))
    if controls > max(2, len(text[:8192]) // 100):
        raise BinaryInput(f"{name}: binary data ({controls} control characters), not text")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top, if it is a known codec."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def source_from_bytes(data: bytes, label: str, kind: Kind = "auto") -> Source:
    """Decode (and for HTML, extract) one input; raises an InputError subclass on failure."""
    digest = hashlib.sha256(data).hexdigest()
    if kind_of(label, data, kind) == "html":
        page = decode(data, label, declared_charset(data))
        article = extract_article(page, label)
        return Source(label=label, sha256=digest, text=article.text, is_html=True, url=article.url)
    return Source(label=label, sha256=digest, text=decode(data, label))


def read_input(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, kind: Kind = "auto",
               label: str | None = None) -> Source:
    """Read and decode one input file."""
    name = label if label is not None else str(path)
    return source_from_bytes(load_bytes(path, max_bytes), name, kind)


# --- saved web pages -------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def _class_or_id_has(*words: str) -> str:
    tests = [f"contains({_LOWER.format(attr)}, '{w}')" for w in words for attr in ("@class", "@id")]
    return " or ".join(tests)


#: Page regions that are never the article, pruned before trafilatura picks the main text:
#: landmarks by element or ARIA role, and the class/id words newsroom templates use for them.
_PRUNE = (
    "//nav",
    "//aside",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']",
    "//*[" + _class_or_id_has("menu", "breadcrumb", "sidebar", "navigation", "navbar", "topnav",
                              "language", "cookie") + "]",
)
#: Never prune a region that holds the article itself (a `<body class="has-sidebar">`, say).
_KEEP = "[not(self::html or self::body or self::main or self::article or .//h1 or .//main or .//article)]"
_DATE_NODES = "//time | //*[" + _class_or_id_has("date") + "]"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    dateline: str | None
    url: str | None


def _trafilatura() -> Any:
    import importlib
    import logging

    try:
        module = importlib.import_module("trafilatura")
    except ImportError as exc:
        raise HtmlExtraMissing(
            f"reading HTML needs the optional extra: pip install 'pressparse[html]' ({exc})"
        ) from exc
    for name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    return module


def _norm(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


def extract_article(page: str, name: str) -> Article:
    """Article text of a saved page: headline, dateline, then the body paragraphs."""
    traf = _trafilatura()
    tree = traf.load_html(page)
    if tree is None:
        raise EmptyInput(f"{name}: not an HTML page that can be read")
    head_title = _norm(" ".join(tree.xpath("//head/title//text()")))
    headings = [_norm(h.text_content()) for h in tree.xpath("//h1 | //h2")[:20]]
    date_nodes = [(_norm(n.text_content()), n.get("datetime") or "") for n in tree.xpath(_DATE_NODES)[:50]]
    doc, body = _main_text(traf, page, [p + _KEEP for p in _PRUNE])
    if not body:  # the pruning was too eager for this template: let trafilatura judge alone
        doc, body = _main_text(traf, page, None)
    if doc is None or not body:
        raise EmptyInput(f"{name}: no article text found in the page")
    meta_title = _norm(doc.title) or None
    title = _pick_title(meta_title, headings, head_title)
    dateline = _pick_dateline(doc.date, date_nodes)
    body, title = _take_line(body, title)
    body, dateline = _take_line(body, dateline, contains=True)
    text = "\n\n".join(part for part in (title, dateline, *body) if part)
    return Article(text=text, title=title, dateline=dateline, url=doc.url or None)


def _main_text(traf: Any, page: str, prune: list[str] | None) -> tuple[Any, list[str]]:
    doc = traf.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, prune_xpath=prune,
    )
    lines = [_norm(line) for line in (doc.text if doc is not None and doc.text else "").splitlines()]
    lines = [line for line in lines if line]
    # Menu items and link lists are short; an article has at least one sentence-long line.
    return doc, lines if any(len(line.split()) >= 6 for line in lines) else []


def _pick_title(meta: str | None, headings: list[str], head_title: str) -> str | None:
    """The headline: a page heading when it agrees with the metadata or the <title>."""
    folded = [h.casefold() for h in headings]
    if meta and meta.casefold() in folded:
        return meta
    longer = len(meta or "")
    for heading in headings:
        if len(heading) > max(longer, 12) and heading.casefold() in head_title.casefold():
            return heading
    return meta or next((h for h in headings if h), None)


def _pick_dateline(iso: str | None, nodes: list[tuple[str, str]]) -> str | None:
    """The dateline as the page writes it; failing that, the metadata date spelled out."""
    day = iso[:10] if iso and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", iso) else None
    for text, attr in nodes:
        if not (4 <= len(text) <= 80 and re.search(r"\d", text)):
            continue
        if day is None or attr[:10] == day or _same_day(text, day):
            return text
    if day is None:
        return None
    year, month, dom = (int(x) for x in day.split("-"))
    return f"{dom} {_MONTHS[month - 1]} {year}"


def _same_day(text: str, iso: str) -> bool:
    import datetime as dt
    import importlib

    parser: Any = importlib.import_module("dateutil.parser")
    try:
        parsed = parser.parse(text, fuzzy=True, dayfirst=True, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return False
    return bool(parsed.date().isoformat() == iso)


def _take_line(body: list[str], wanted: str | None, contains: bool = False) -> tuple[list[str], str | None]:
    """Lift the headline (or dateline) out of the body's first lines, with any menu crumbs above it."""
    if not wanted:
        return body, wanted
    key = wanted.casefold()
    for i, line in enumerate(body[:6]):
        here = line.casefold()
        if here == key or (contains and key in here and len(line) <= 100):
            if all(len(above) <= 100 for above in body[:i]):
                return body[i + 1 :], line
            return body, wanted
    return body, wanted
