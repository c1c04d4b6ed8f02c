"""Reading inputs: text decoding, typed errors, and article extraction from saved web pages."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import Any

import pytest

from pressparse.errors import InputError, InputTooLarge
from pressparse.reading import (
    BinaryInput,
    EmptyInput,
    HtmlExtraMissing,
    NotUTF8,
    Unreadable,
    declared_charset,
    decode,
    kind_of,
    load_bytes,
    read_input,
    source_from_bytes,
)
from pressparse.records import make_record

PAGES = Path(__file__).parent / "data" / "pages"
RELEASE = "Workshop on risk held in Lisbon\n\n4 May 2021\n\nMs. Amara Okafor opened the workshop.\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (RELEASE.encode("utf-8"), RELEASE),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), RELEASE),
        (codecs.BOM_UTF16_LE + RELEASE.encode("utf-16-le"), RELEASE),
        (codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"), RELEASE),
        ("Réunion à Genève\tdu 3 mai\r\n".encode(), "Réunion à Genève\tdu 3 mai\r\n"),
    ],
)
def test_decode_accepts_text(data: bytes, text: str) -> None:
    assert decode(data, "x.txt") == text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"  \n\t\n", EmptyInput),
        (codecs.BOM_UTF8 + b"   ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        (bytes(range(1, 9)) * 50, BinaryInput),
        ("Caf\u00e9 in Li\u00e8ge".encode("latin-1"), NotUTF8),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", NotUTF8),  # a lone surrogate
    ],
)
def test_decode_rejects_with_a_type(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error, match="x.txt"):
        decode(data, "x.txt")


def test_declared_charset_is_a_safe_fallback() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>Café</body></html>'.encode("cp1252")
    assert declared_charset(page) == "cp1252"
    assert "Café" in decode(page, "p.html", declared_charset(page))
    assert declared_charset(b"<html><meta charset='no-such-codec'>") is None


def test_load_bytes_limits_and_errors(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    assert len(load_bytes(big, max_bytes=101)) == 101
    with pytest.raises(InputTooLarge, match="100"):
        load_bytes(big, max_bytes=100)
    with pytest.raises(Unreadable, match="no such file"):
        load_bytes(tmp_path / "missing.txt")
    with pytest.raises(Unreadable, match="folder"):
        load_bytes(tmp_path)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a.html", b"plain", "html"),
        ("a.HTM", b"plain", "html"),
        ("a.txt", b"<html>", "text"),
        ("a.md", b"# Title", "text"),
        ("-", b"\xef\xbb\xbf  <!DOCTYPE html><html>", "html"),
        ("noext", b"<html lang=en>", "html"),
        ("noext", b"Title\n\nBody", "text"),
    ],
)
def test_kind_by_suffix_or_sniff(name: str, data: bytes, kind: str) -> None:
    assert kind_of(name, data) == kind


def test_text_source_keeps_the_decoded_text(tmp_path: Path) -> None:
    p = tmp_path / "r.md"
    p.write_bytes(codecs.BOM_UTF8 + RELEASE.encode())
    src = read_input(p)
    assert src.text == RELEASE and not src.is_html and len(src.sha256) == 64


# --- saved web pages --------------------------------------------------------------------------

#: page -> (headline, dateline, a sentence of the body, strings of the page chrome that must go)
PAGE_EXPECTATIONS = {
    "customs-workshop-lisbon.html": (
        "Customs experts gather in Lisbon for a workshop on risk management",
        "18 March 2019",
        "The workshop was opened by Ms. Amara Okafor, Director of Capacity Building",
        ["Français", "About us", "Latest news", "Privacy policy", "Share this page", "cookies", "Home >"],
    ),
    "capacity-building-mission-html5.html": (
        "Technical mission supports the modernization of Customs laboratories",
        "09 June 2021",
        "The mission was led by Dr. Ingrid Solberg",
        ["Skip to main content", "Who we are", "Related articles", "Follow us", "Tags:", "EN | FR"],
    ),
    "origin-seminar-legacy-cp1252.html": (
        "Seminar on origin rules held in Montevideo",
        "Brussels, 22 October 2008",
        "Mr. Andrés Valcourt, Deputy Director for Trade Facilitation",
        ["Subscribe to the newsletter", "Disclaimer", "Home > Press releases", "Last updated", "Español"],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGE_EXPECTATIONS))
def test_html_page_gives_headline_dateline_and_body_only(name: str) -> None:
    pytest.importorskip("trafilatura")
    headline, dateline, sentence, chrome = PAGE_EXPECTATIONS[name]
    src = read_input(PAGES / name)
    paragraphs = src.text.split("\n\n")
    assert src.is_html
    assert paragraphs[0] == headline
    assert paragraphs[1] == dateline
    assert sentence in src.text
    for junk in chrome:
        assert junk not in src.text, junk


def test_html_record_keeps_text_and_offsets_refer_to_it() -> None:
    pytest.importorskip("trafilatura")
    src = read_input(PAGES / "customs-workshop-lisbon.html")
    record = make_record(src)
    assert record["text"] == src.text
    assert record["url"].endswith("customs-experts-gather-in-lisbon.aspx")
    assert record["title"] == "Customs experts gather in Lisbon for a workshop on risk management"

    def spans(value: object) -> list[dict[str, Any]]:
        if isinstance(value, dict):
            if {"start", "end", "text"} <= set(value):
                return [value]
            return [s for v in value.values() for s in spans(v)]
        if isinstance(value, list):
            return [s for v in value for s in spans(v)]
        return []

    found = spans({k: v for k, v in record.items() if k != "text"})
    assert found, "the headline at least is evidence"
    for s in found:
        assert src.text[s["start"] : s["end"]] == s["text"]


def test_html_without_article_text_is_an_error() -> None:
    pytest.importorskip("trafilatura")
    page = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(EmptyInput, match="no article text"):
        source_from_bytes(page, "menu.html")


def test_html_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    with pytest.raises(HtmlExtraMissing, match=r"pip install 'pressparse\[html\]'"):
        read_input(PAGES / "customs-workshop-lisbon.html")
