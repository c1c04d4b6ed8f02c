"""Title, dateline and the start of the body, from the first lines of a release as published.

A release opens with a few short lines before its first paragraph. Scraped from a web page, they
mix page furniture (menus, breadcrumbs, language notices, "Press Release", sharing bars) with the
headline, sometimes a standfirst, and one or more datelines: bare ("13 December 2017", "Tuesday,
3 May 2022", "18 мая 2022"), placed ("Brussels, 18 December 2015"), after a publication word
("Published 14 February 2024", "Publicado em 05/12/2022"), or opening the first paragraph
("Geneva, 9 October 2023 - The Committee ..."), or in one part of a barred line ("News | 3 May
2022"). `header_lines` holds the rules and judges furniture and headline shape; `header_datelines`
reads one line's dateline; `read_header` then decides:

- the header ends at the first line that reads as body text (a sentence), unless a dateline comes
  right after it (then it is a standfirst, or a headline written as a sentence);
- a label alone on its line makes the next line its value: the issuing body under "From:" is
  furniture, the date under "Published" is the published date;
- the title is the best headline candidate, not simply the first line left: the one right above a
  dateline (above its standfirst, if a longer line stands between, or a sentence a furniture line
  or two below), else the one right below a dateline; a repeated line counts more; kickers (all
  capitals, a bare name of a few words, one word) and sentences count less, and so do short lines
  with furniture above and below (menu entries the data files do not know); ties go to the earlier
  line; none at all gives no title;
- the date is the "Published" line's, else a bare dateline's (a yearless one completed from a year
  the page gives, which its weekday must confirm if it has one), else a placed one's (or the one
  that opens the body), else an "updated" line's;
- the body starts at the first line after the title and the datelines (skipping furniture and
  lines in capitals), or at the line a place-dateline opens (the first paragraph keeps its first
  sentence).
"""

from __future__ import annotations

from dataclasses import dataclass

from .date_windows import scan
from .document import Document, Span
from .header_datelines import Dateline, Memo, complete_year, dateline, labelled, read_dateline, years_in
from .header_lines import (
    HEADER_SENTENCE_END, MAX_DATELINE_CHARS, fold, is_all_caps, is_boilerplate, is_kicker, is_label, looks_like_title,
    published_label,
)
from .header_lines import RULES as LINE_RULES
from .models import Mention
from .rules import Rule

__all__ = ["RULES", "Dateline", "Header", "complete_year", "is_boilerplate", "looks_like_title", "read_dateline",
           "read_header"]

#: Lines looked at before giving up on finding the end of the header.
MAX_HEADER_LINES = 25
#: A sentence-like line is still part of the header (a standfirst) when a dateline follows it;
#: only up to this length.
MAX_STANDFIRST_CHARS = 400
#: A line under a headline with at least this many words (or ending as a sentence) is its standfirst.
STANDFIRST_MIN_WORDS = 12
#: How far past a yearless dateline the body is read for years that could complete it.
YEAR_LOOKAHEAD = 3000
#: Candidates scoring below this are no headline (a kicker alone: "HARBOUR CUSTOMS SERVICE", "Harbour Union").
MIN_TITLE_SCORE = -1
#: Furniture lines that may stand between a headline and its standfirst ("Share this page").
MAX_STANDFIRST_GAP = 2
#: A line of at most this many words between two furniture lines is likely a menu entry.
MENU_ENTRY_WORDS = 4
#: Which dateline gives the release's date, best first.
_DATE_ORDER = {"published": 0, "bare": 1, "yearless": 1, "place": 2, "lead": 2, "updated": 3}

RULES: tuple[Rule, ...] = LINE_RULES

@dataclass(frozen=True)
class Header:
    title: Mention | None = None
    published: str | None = None          # ISO date of the dateline
    published_mention: Mention | None = None
    body_start: int = 0                   # offset where the article body begins
    place_dateline: Mention | None = None  # "Brussels, 18 December 2015" (place and date), if any
    boilerplate: tuple[Mention, ...] = ()  # web furniture lines skipped


@dataclass(frozen=True)
class _Line:
    """One header line and what it was judged to be."""

    index: int                      # in doc.lines
    span: Span
    text: str
    chrome: bool = False
    dateline: Dateline | None = None
    candidate: bool = False         # may be the headline
    sentence: bool = False          # reads as a sentence (kept only because a dateline follows)


def _chrome(text: str, lang: str, warnings: list[str] | None, memo: Memo) -> bool:
    return memo.get(("chrome", text, lang), lambda: is_boilerplate(text, warnings, lang))


def _dated_next(doc: Document, head: tuple[Span, ...], i: int, lang: str, warnings: list[str] | None,
                memo: Memo) -> bool:
    """The next line that is not furniture is a dateline, and more text follows it (a date closing
    the text is no dateline)."""
    value = False  # the line is the value of a "From:" label
    for span in head[i + 1 :]:
        if dateline(doc, span, warnings, memo) is not None:
            return span.end < doc.lines[-1].end
        text = doc.text[span.start : span.end]
        if not (value or _chrome(text, lang, warnings, memo)):
            return False
        value = not value and is_label(text)
    return False


def _scan(doc: Document, lang: str, warnings: list[str] | None) -> tuple[list[_Line], int]:
    """The header's lines, judged, and the index (in doc.lines) of the first body line."""
    head = doc.lines[:MAX_HEADER_LINES]
    out: list[_Line] = []
    memo = Memo()
    label: str | None = None  # the line before was a label: "value" (of "From:") or a publication kind
    for i, span in enumerate(head):
        text = doc.text[span.start : span.end]
        dated = dateline(doc, span, warnings, memo)
        if dated is not None and label not in (None, "value"):
            dated = labelled(doc, span, dated, label or "", warnings)
        before, label = label, None
        if dated is not None:
            out.append(_Line(i, span, text, dateline=dated))
            if dated.kind == "lead":
                return out, i
        elif before == "value" and len(text) <= MAX_DATELINE_CHARS:  # "From:" / the issuing body
            out.append(_Line(i, span, text, chrome=True))
        elif _chrome(text, lang, warnings, memo):
            label = "value" if is_label(text) else published_label(text)
            out.append(_Line(i, span, text, chrome=True))
        elif looks_like_title(text, warnings):
            out.append(_Line(i, span, text, candidate=True))
        elif len(text) <= MAX_STANDFIRST_CHARS and _dated_next(doc, head, i, lang, warnings, memo):
            out.append(_Line(i, span, text, candidate=True, sentence=True))
        else:
            return out, i
    return out, len(head)


def _words(line: _Line) -> int:
    return len(line.text.split())


def _standfirst(title: _Line, line: _Line, warnings: list[str] | None) -> bool:
    """`line`, right under the headline `title`, is its standfirst: longer, and a sentence or long.
    With furniture between them (at most `MAX_STANDFIRST_GAP` lines), only a sentence is: a long
    headline below a menu entry is no standfirst."""
    gap = line.index - title.index - 1
    if not (title.candidate and line.candidate and 0 <= gap <= MAX_STANDFIRST_GAP and not is_kicker(title.text)
            and _words(line) > _words(title)):
        return False
    ends = line.sentence or bool(scan(HEADER_SENTENCE_END, line.text, warnings=warnings))
    return ends or (gap == 0 and _words(line) >= STANDFIRST_MIN_WORDS)


def _amid_chrome(lines: list[_Line], line: _Line) -> bool:
    """One of a few short lines with furniture right above and right below them: menu entries the
    data files do not know ("Our work" between "Home" and "News"). The last candidate of the header
    is spared: it is where the headline stands ("Press release" / headline / "Share")."""
    if _words(line) > MENU_ENTRY_WORDS or line is next((ln for ln in reversed(lines) if ln.candidate), None):
        return False
    k = lines.index(line)
    ends = []
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(lines) and lines[j + step].index == lines[j].index + step:
            j += step
            if not (lines[j].candidate and _words(lines[j]) <= MENU_ENTRY_WORDS):
                break
        ends.append(j != k and lines[j].chrome)
    return all(ends)


def _score(sig: list[_Line], k: int, warnings: list[str] | None, lines: list[_Line]) -> int:
    """How much a candidate looks like the headline, from its neighbours and its own shape."""
    line = sig[k]
    prev = sig[k - 1] if k > 0 else None
    nxt = sig[k + 1] if k + 1 < len(sig) else None
    after = sig[k + 2] if k + 2 < len(sig) else None
    score = 0
    if nxt is not None and nxt.dateline is not None:
        if not (prev is not None and _standfirst(prev, line, warnings)):
            score += 4
    elif nxt is not None and after is not None and after.dateline is not None and _standfirst(line, nxt, warnings):
        score += 4
    if prev is not None and prev.dateline is not None:
        score += 2
    if any(o is not line and o.candidate and fold(o.text) == fold(line.text) for o in sig):
        score += 3
    if is_all_caps(line.text):
        score -= 4
    elif is_kicker(line.text):
        score -= 3
    if line.sentence or (scan(HEADER_SENTENCE_END, line.text, warnings=warnings) and _words(line) >= 8):
        score -= 2
    if _amid_chrome(lines, line):
        score -= 1
    return score


def _title(lines: list[_Line], warnings: list[str] | None) -> _Line | None:
    """The best headline candidate (its first copy, if the page repeats it)."""
    sig = [ln for ln in lines if not ln.chrome]
    scored = [(_score(sig, k, warnings, lines), -ln.index, ln) for k, ln in enumerate(sig) if ln.candidate]
    if not scored:
        return None
    score, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if score < MIN_TITLE_SCORE:
        return None
    return next(ln for ln in sig if ln.candidate and fold(ln.text) == fold(best.text))


def _release_date(doc: Document, lines: list[_Line], warnings: list[str] | None) -> tuple[str, Mention] | None:
    """The release's date and where it is written, from the best dateline that gives one."""
    dated = sorted((ln for ln in lines if ln.dateline is not None),
                   key=lambda ln: (_DATE_ORDER.get(ln.dateline.kind, 9) if ln.dateline else 9, ln.index))
    for ln in dated:
        dl = ln.dateline
        if dl is None:
            continue
        value = dl.value
        if value is None and dl.month_day is not None:
            header_years = years_in(doc, 0, ln.span.start, warnings)
            body_years = years_in(doc, ln.span.end, min(len(doc.text), ln.span.end + YEAR_LOOKAHEAD), warnings)
            value = complete_year(dl.month_day, header_years, body_years)
        if value is not None:
            return value, dl.date
    return None


def _body_start(doc: Document, lines: list[_Line], end: int, title: _Line | None) -> int:
    """Where the article starts: after the title, the datelines and repeats of the title."""
    if lines and lines[-1].dateline is not None and lines[-1].dateline.kind == "lead":
        return lines[-1].span.start
    key = fold(title.text) if title else None
    last = max((ln.index for ln in lines if ln.dateline is not None or (key and ln.candidate and fold(ln.text) == key)),
               default=-1)
    nxt = next((ln for ln in lines if ln.index > last and not ln.chrome and ln.dateline is None
                and not (ln.candidate and is_all_caps(ln.text))), None)
    if nxt is not None:
        return nxt.span.start
    return doc.lines[end].start if end < len(doc.lines) else len(doc.text)


def read_header(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> Header:
    """Title, dateline and the start of the body, from the first lines of the release."""
    lines, end = _scan(doc, lang, warnings)
    title = _title(lines, warnings)
    published = _release_date(doc, lines, warnings)
    place = next((ln.dateline.place for ln in lines if ln.dateline is not None and ln.dateline.place), None)
    return Header(
        title=doc.mention(title.span.start, title.span.end, "header_title") if title else None,
        published=published[0] if published else None,
        published_mention=published[1] if published else None,
        body_start=_body_start(doc, lines, end, title),
        place_dateline=place,
        boilerplate=tuple(doc.mention(ln.span.start, ln.span.end, "header_boilerplate") for ln in lines if ln.chrome),
    )
