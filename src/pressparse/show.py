"""`pressparse show`: one self-contained HTML page that shows what was extracted, and where.

The release text is shown with every span of the record highlighted (entity mentions and the
evidence of each scalar field), coloured by type, the record's JSON beside it. Each highlight's
`title` names the field it fed (`people[0].name`, `events[1].start`). Spans that cross are split
into pieces that share one `data-span` number; spans inside others are nested. The page loads
nothing from the network (a Content-Security-Policy forbids it).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = ("people", "organizations", "initiatives", "events", "dates", "places", "other")
COLOURS = {
    "people": ("#ffd8a8", "#e8590c"), "organizations": ("#c3fae8", "#0ca678"),
    "initiatives": ("#d0ebff", "#1c7ed6"), "events": ("#e5dbff", "#7048e8"),
    "dates": ("#ffdeeb", "#d6336c"), "places": ("#fff3bf", "#f59f00"), "other": ("#e9ecef", "#868e96"),
}
_DATE_KEYS = {"start", "end", "published", "date"}
_PLACE_KEYS = {"venue", "city", "country", "place", "location"}
_ORG_KEYS = {"affiliation"}
_LAST_KEY = re.compile(r"([A-Za-z_]+)(?:\[\d+\])?$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    rule: str | None
    field: str
    kind: str


def _field_of(path: str) -> str:
    """`people[0].mentions[3]` -> `people[0].name`; `events[1].evidence.start` -> `events[1].start`."""
    field = re.sub(r"\.mentions\[\d+\]$", ".name", path)
    field = re.sub(r"(^|\.)evidence\.", r"\1", field)
    return field


def _kind_of(field: str) -> str:
    m = _LAST_KEY.search(field)
    last = m.group(1) if m else field
    if last in _DATE_KEYS:
        return "dates"
    if last in _PLACE_KEYS:
        return "places"
    if last in _ORG_KEYS:
        return "organizations"
    group = re.match(r"[A-Za-z_]+", field)
    return group.group(0) if group and group.group(0) in KINDS else "other"


def _is_mention(value: Any) -> bool:
    return (
        isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int)
        and isinstance(value.get("text"), str)
    )


def collect_spans(record: Any, path: str = "") -> list[Span]:
    """Every Mention anywhere in the record (JSON form), with the field it fed."""
    if _is_mention(record):
        field = _field_of(path)
        rule = record.get("rule")
        return [Span(record["start"], record["end"], record["text"], rule if isinstance(rule, str) else None,
                     field, _kind_of(field))]
    spans: list[Span] = []
    if isinstance(record, dict):
        for key, value in record.items():
            if key != "text" or path:
                spans.extend(collect_spans(value, f"{path}.{key}" if path else key))
    elif isinstance(record, list):
        for i, value in enumerate(record):
            spans.extend(collect_spans(value, f"{path}[{i}]"))
    return spans


def _tooltip(span: Span) -> str:
    rule = f" (rule {span.rule})" if span.rule else ""
    return f"{span.field}: {span.text!r}{rule}"


def highlight(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """The text as escaped HTML with nested <mark> elements; also the spans that did not fit."""
    good = [s for s in spans if 0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text]
    bad = [s for s in spans if s not in good]
    order = sorted(range(len(good)), key=lambda i: (good[i].start, -good[i].end, good[i].field))
    rank = {i: r for r, i in enumerate(order)}
    starts: dict[int, list[int]] = {}
    for i in order:
        starts.setdefault(good[i].start, []).append(i)
    bounds = sorted({0, len(text)} | {s.start for s in good} | {s.end for s in good})
    pieces = [0] * len(good)
    out: list[str] = []
    stack: list[int] = []
    active: set[int] = set()

    def open_tag(i: int) -> str:
        s = good[i]
        pieces[i] += 1
        part = f' data-part="{pieces[i]}"' if pieces[i] > 1 else ""
        cls = f"hl k-{s.kind}" + (" cont" if pieces[i] > 1 else "") + (" empty" if s.start == s.end else "")
        return (f'<mark class="{cls}" data-span="{rank[i]}" data-field="{html.escape(s.field)}"{part} '
                f'title="{html.escape(_tooltip(s))}">')

    for n, pos in enumerate(bounds):
        active = {i for i in active if good[i].end > pos}
        active.update(i for i in starts.get(pos, []) if good[i].end > pos)
        desired = sorted(active, key=lambda i: rank[i])
        keep = 0
        while keep < min(len(stack), len(desired)) and stack[keep] == desired[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        out.extend(open_tag(i) + "</mark>" for i in starts.get(pos, []) if good[i].end == pos)
        out.extend(open_tag(i) for i in desired[keep:])
        stack = desired
        if n + 1 < len(bounds):
            out.append(html.escape(text[pos : bounds[n + 1]]))
    out.extend("</mark>" for _ in stack)
    return "".join(out), bad


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#212529;background:#f8f9fa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #dee2e6}
h1{font-size:1.2rem;margin:0 0 4px} h2{font-size:1rem;margin:0 0 8px}
.meta{font-size:.8rem;color:#6c757d;margin:0 0 8px;word-break:break-all}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:12px;font-size:.85rem}
.legend .sw{display:inline-block;width:14px;height:14px;vertical-align:middle;margin-right:4px;border-radius:3px}
.cols{display:flex;gap:16px;padding:16px 20px;align-items:flex-start}
.cols>section{flex:1 1 50%;min-width:0;background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:12px}
pre{white-space:pre-wrap;word-wrap:break-word;margin:0}
#release-text{font-family:Georgia,serif;font-size:1rem;line-height:1.7}
#record-json{font-size:.78rem;line-height:1.4;max-height:85vh;overflow:auto}
mark.hl{color:inherit;border-radius:2px;padding:1px 0;cursor:help}
mark.hl mark.hl{padding:0}
mark.empty{display:inline-block;width:2px;height:1em}
.warn{color:#c92a2a;font-size:.85rem}
"""


def _style() -> str:
    rules = [f"mark.k-{k},.sw.k-{k}{{background:{bg};box-shadow:inset 0 -2px 0 {line}}}"
             for k, (bg, line) in COLOURS.items()]
    return _CSS + "\n".join(rules)


def record_json(record: dict[str, Any]) -> str:
    """Indented JSON of the record, each span on one line so the structure stays readable."""
    spans: list[str] = []

    def fold(value: Any) -> Any:
        if _is_mention(value):
            spans.append(json.dumps(value, ensure_ascii=False))
            return f"\x00{len(spans) - 1}\x00"
        if isinstance(value, dict):
            return {k: fold(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fold(v) for v in value]
        return value

    dumped = json.dumps(fold(record), ensure_ascii=False, indent=2)
    return re.sub(r'"\\u0000(\d+)\\u0000"', lambda m: spans[int(m.group(1))], dumped)


def render_page(text: str, record: dict[str, Any]) -> tuple[str, int]:
    """The page, and how many spans it highlights."""
    spans = collect_spans(record)
    body, bad = highlight(text, spans)
    shown = {k: v for k, v in record.items() if k != "text"}
    counts = {k: sum(1 for s in spans if s.kind == k and s not in bad) for k in KINDS}
    legend = "".join(
        f'<li><span class="sw k-{k}"></span>{k} ({counts[k]})</li>' for k in KINDS if k != "other" or counts[k]
    )
    title = record.get("title") or record.get("source") or "release"
    meta = " · ".join(
        html.escape(f"{k}: {record[k]}") for k in ("source", "sha256", "pressparse_version") if record.get(k)
    )
    warn = (f'<p class="warn">{len(bad)} spans do not match the text and are not shown: '
            + html.escape(", ".join(s.field for s in bad[:20])) + "</p>") if bad else ""
    page = f"""<!DOCTYPE html>
<html lang="{html.escape(str(record.get('language') or 'en'))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pressparse: {html.escape(str(title))}</title>
<style>{_style()}</style>
</head>
<body>
<header>
<h1>{html.escape(str(title))}</h1>
<p class="meta">{meta} · {len(spans) - len(bad)} highlighted spans</p>
<ul class="legend">{legend}</ul>
{warn}
</header>
<main class="cols">
<section class="text"><h2>Release text</h2><pre id="release-text">{body}</pre></section>
<section class="record"><h2>Record</h2><pre id="record-json">{html.escape(record_json(shown))}</pre></section>
</main>
</body>
</html>
"""
    return page, len(spans) - len(bad)


def load_for_show(path: Path, max_bytes: int) -> tuple[str, dict[str, Any]]:
    """(text, record) from a release file, or from a stored record (.json) and its source."""
    from .errors import InputError
    from .reading import decode, load_bytes, read_input, source_from_bytes
    from .records import make_record

    if path.suffix.lower() != ".json":
        source = read_input(path, max_bytes=max_bytes)
        return source.text, make_record(source)
    record = json.loads(decode(load_bytes(path, max_bytes), str(path)))
    if not isinstance(record, dict) or "error" in record:
        raise InputError(f"{path}: not a parsed record (an error record or not a JSON object)")
    if isinstance(record.get("text"), str):
        return record["text"], record
    label = str(record.get("source") or "")
    src = source_from_bytes(load_bytes(label, max_bytes), label) if label else None
    if src is None or (record.get("sha256") and src.sha256 != record["sha256"]):
        raise InputError(f"{path}: its source {label!r} is missing or changed since the record was made")
    return src.text, record
