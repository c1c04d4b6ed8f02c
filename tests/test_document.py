from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressparse.document import Document, normalize


@given(st.text())
def test_normalize_keeps_length(s: str) -> None:
    assert len(normalize(s)) == len(s)


def test_normalize_maps_typographic_characters() -> None:
    assert normalize("\u201cAFIP\u2019s\u201d \u2013 10\u00a0May") == "\"AFIP's\" - 10 May"


def test_mention_text_is_source_slice_and_trimmed() -> None:
    doc = Document.from_text("Hello  \u201cWorld\u201d  ")
    m = doc.mention(5, len(doc.source), "r")
    assert m.text == "\u201cWorld\u201d"
    assert doc.source[m.start : m.end] == m.text


def test_sentences_skip_abbreviations() -> None:
    doc = Document.from_text("Opening remarks by Dr. Ann Lee followed. Mr. Bo spoke next.\n\nNew paragraph here.")
    texts = [doc.source[s.start : s.end] for s in doc.sentences]
    assert texts == ["Opening remarks by Dr. Ann Lee followed.", "Mr. Bo spoke next.", "New paragraph here."]


def test_paragraphs_split_on_blank_lines_and_single_line_layouts() -> None:
    doc = Document.from_text("Title line\n\n13 May 2020\n\nFirst para. Still first.\nSecond para.")
    texts = [doc.source[p.start : p.end] for p in doc.paragraphs]
    assert texts == ["Title line", "13 May 2020", "First para. Still first.", "Second para."]
