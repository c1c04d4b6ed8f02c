"""The dev corpus is for measuring: no person named in it, and no run of its text, may appear in
the package's code or data, the tests or the fixtures. Skipped when the corpus is not there."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCANNED = [p for d in ("src", "tests", "fixtures", "holdout", "benchmarks", "scripts") for p in (ROOT / d).rglob("*")
           if p.is_file() and p.suffix in {".py", ".txt", ".json", ".md", ".toml", ".html"}
           and p.name not in {"cities.json", "countries.json"}]
RUN = 10  # words, as the before-stop hook counts them
DATA = ROOT / "src" / "pressparse" / "data"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _corpus_files(suffix: str) -> list[Path]:
    return sorted(p for p in CORPUS.glob(f"*/*{suffix}") if p.parent.name != "seed")


@pytest.fixture(scope="module")
def project_text() -> dict[Path, str]:
    if not CORPUS.is_dir():
        pytest.skip("corpus not present")
    return {p: p.read_text(encoding="utf-8", errors="ignore") for p in SCANNED}


def test_no_person_from_the_corpus(project_text: dict[Path, str]) -> None:
    names: set[str] = set()
    for gold in _corpus_files(".gold.json"):
        for person in json.loads(gold.read_text(encoding="utf-8")).get("people", []):
            if len(person["name"].split()) >= 2:
                names.add(person["name"])
    hits = [f"{p.relative_to(ROOT)}: {n}" for p, t in project_text.items() for n in names if n in t]
    assert not hits, hits


def test_no_text_run_from_the_corpus(project_text: dict[Path, str]) -> None:
    runs: set[str] = set()
    for txt in _corpus_files(".txt"):
        w = _words(txt.read_text(encoding="utf-8", errors="ignore"))
        runs.update(" ".join(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
    # Official names of organizations and instruments (domain knowledge) may be long.
    for gaz in ("organizations.json", "instruments.json"):
        w = _words((DATA / gaz).read_text(encoding="utf-8"))
        runs.difference_update(" ".join(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
    hits = []
    for p, t in project_text.items():
        w = _words(t)
        n = sum(" ".join(w[i : i + RUN]) in runs for i in range(len(w) - RUN + 1))
        if n:
            hits.append(f"{p.relative_to(ROOT)}: {n} runs of {RUN} words")
    assert not hits, hits
