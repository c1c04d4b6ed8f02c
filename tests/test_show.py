"""`pressparse show`: spans collected from the record, highlighted once each, nested or split
where they overlap, on a self-contained page; rendered in headless Chromium when it is there."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pressparse.cli import main
from pressparse.show import KINDS, collect_spans, highlight, render_page

TEXT = "Ms. Amara Okafor of the Lisbon Customs Office opened the Risk Forum on 3 May 2022 in Lisbon."
#        0         1         2         3         4         5         6         7         8         9
#        0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890


def m(start: int, end: int, rule: str = "r") -> dict[str, object]:
    return {"start": start, "end": end, "text": TEXT[start:end], "rule": rule}


#: A hand-made record whose spans nest (org inside event name? no: city inside org), cross
#: (the event name overlaps the date) and coincide (person mention and title evidence).
RECORD: dict[str, object] = {
    "source": "x.txt",
    "title": None,
    "evidence": {"published": m(71, 81)},
    "people": [{"name": "Amara Okafor", "mentions": [m(4, 16)], "evidence": {"affiliation": m(24, 45)}}],
    "organizations": [{"name": "Lisbon Customs Office", "mentions": [m(24, 45)], "evidence": {}}],
    "events": [{"name": "Risk Forum", "mentions": [m(57, 74)],
                "evidence": {"start": m(71, 81), "city": m(85, 91)}}],
    "initiatives": [],
}


class Marks(HTMLParser):
    """Collects each <mark>: its attributes and the text inside it (nested marks included)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append({k: v or "" for k, v in attrs} | {"_text": ""})
            self.open.append(len(self.marks) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for i in self.open:
            self.marks[i]["_text"] += data


def marks_of(page: str) -> list[dict[str, str]]:
    parser = Marks()
    parser.feed(page)
    return parser.marks


def test_collect_spans_names_fields_and_kinds() -> None:
    got = {(s.field, s.kind, s.start) for s in collect_spans(RECORD)}
    assert got == {
        ("published", "dates", 71),
        ("people[0].name", "people", 4),
        ("people[0].affiliation", "organizations", 24),
        ("organizations[0].name", "organizations", 24),
        ("events[0].name", "events", 57),
        ("events[0].start", "dates", 71),
        ("events[0].city", "places", 85),
    }


def test_every_span_is_one_highlight_with_its_text() -> None:
    spans = collect_spans(RECORD)
    body, bad = highlight(TEXT, spans)
    assert bad == []
    marks = marks_of(body)
    ids = {mk["data-span"] for mk in marks}
    assert len(ids) == len(spans)
    for sid in ids:
        pieces = [mk for mk in marks if mk["data-span"] == sid]
        text = "".join(p["_text"] for p in pieces)
        span = next(s for s in spans if s.field == pieces[0]["data-field"] and text == s.text)
        assert pieces[0]["title"].startswith(span.field)
    assert re.sub(r"<[^>]+>", "", body) == TEXT  # nothing added or lost


def test_crossing_spans_are_split_and_nesting_is_kept() -> None:
    spans = collect_spans(RECORD)
    marks = marks_of(highlight(TEXT, spans)[0])
    split = [mk for mk in marks if mk.get("data-part")]
    assert split and all("cont" in mk["class"] for mk in split)
    assert sum(1 for mk in marks if mk["data-field"] in ("people[0].affiliation", "organizations[0].name")) == 2


def test_zero_length_and_stray_spans() -> None:
    spans = collect_spans({"evidence": {"a": {"start": 3, "end": 3, "text": "", "rule": None},
                                        "b": {"start": 5, "end": 999, "text": "zz", "rule": None},
                                        "c": {"start": 0, "end": 2, "text": "no", "rule": None}}})
    body, bad = highlight(TEXT, spans)
    assert [s.field for s in bad] == ["b", "c"]
    assert len(marks_of(body)) == 1 and "empty" in marks_of(body)[0]["class"]


def test_page_is_self_contained_with_a_legend() -> None:
    page, count = render_page(TEXT, RECORD)
    assert count == 7
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page
    for kind in KINDS[:-1]:
        assert f'class="sw k-{kind}"' in page
    record_json = re.search(r'<pre id="record-json">(.*?)</pre>', page, re.DOTALL)
    assert record_json is not None
    import html

    assert json.loads(html.unescape(record_json.group(1))) == RECORD


def test_show_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "r.txt"
    src.write_text(TEXT + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["show", str(src), "-o", str(out)]) == 0
    assert "spans highlighted" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Amara Okafor" in page


def test_show_a_stored_record(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["batch", str(src), "-o", str(tmp_path / "rec"), "-q", "-j", "1"]) == 0
    assert main(["show", str(tmp_path / "rec" / "r.json"), "-o", str(tmp_path / "p.html")]) == 0
    src.write_text(TEXT + " Changed.", encoding="utf-8")
    assert main(["show", str(tmp_path / "rec" / "r.json"), "-o", str(tmp_path / "p.html")]) == 1


CHROMIUM = Path("/usr/bin/chromium")


def chromium_dom(page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", page.resolve().as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium is not installed")
@pytest.mark.parametrize("kind", ["hand-made", "parsed"])
def test_chromium_shows_one_highlight_per_span(tmp_path: Path, kind: str) -> None:
    if kind == "hand-made":
        text, record = TEXT, RECORD
    else:
        from pressparse.reading import read_input
        from pressparse.records import make_record

        src = tmp_path / "r.txt"
        src.write_text("Risk forum held in Lisbon\n\n4 May 2022\n\n" + TEXT + "\n", encoding="utf-8")
        text, record = src.read_text(encoding="utf-8"), make_record(read_input(src))
    out = tmp_path / "page.html"
    out.write_text(render_page(text, record)[0], encoding="utf-8")
    dom = chromium_dom(out)
    marks = marks_of(dom)
    spans = collect_spans(record)
    assert len({mk["data-span"] for mk in marks}) == len(spans)
    assert sum(1 for mk in marks if "data-part" not in mk) == len(spans)  # one head piece each
    assert all(mk["title"] for mk in marks)
