"""Telling English from French releases by their function words (pressparse.language)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse
from pressparse import PressparseError, language

ROOT = Path(__file__).resolve().parent.parent

FRENCH = (
    "Le Secrétaire général de l’Organisation mondiale des douanes a ouvert la réunion du Comité "
    "technique, qui s’est tenue au siège de l’OMD à Bruxelles. Les délégués ont examiné les "
    "propositions des Membres et ont adopté une recommandation sur la coopération douanière."
)
ENGLISH = (
    "The Secretary General of the World Customs Organization opened the meeting of the Technical "
    "Committee, which was held at WCO headquarters in Brussels. Delegates examined the proposals "
    "of Members and adopted a recommendation on Customs cooperation."
)


@pytest.mark.parametrize(("text", "lang"), [
    (FRENCH, "fr"),
    (ENGLISH, "en"),
    ("", "en"),
    ("2019 — 12 — 31", "en"),
    ("Bruxelles, 22 octubre 2015\n" + ENGLISH, "en"),      # a Spanish dateline on an English page
    ("16 三月 2015\n" + ENGLISH, "en"),
    ("La OMD y la OMC", "en"),                            # too few words to leave the default
    (FRENCH.upper(), "fr"),
])
def test_detect(text: str, lang: str) -> None:
    assert language.detect(text) == lang


def _gold_language(txt: Path) -> str:
    gold = txt.with_name(txt.stem + ".gold.json")
    return str(json.loads(gold.read_text(encoding="utf-8")).get("language", "en")) if gold.exists() else "en"


def test_every_release_of_the_project_gets_its_gold_language() -> None:
    paths = sorted(ROOT.glob("fixtures/*.txt")) + sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("holdout/*.txt"))
    langs = {p.name: _gold_language(p) for p in paths}
    assert {"en", "fr"} <= set(langs.values())
    wrong = [p.name for p in paths if language.detect(p.read_text(encoding="utf-8")) != langs[p.name]]
    assert not wrong


def test_only_the_start_of_a_long_page_counts() -> None:
    text = ENGLISH + " " * language.SAMPLE_CHARS + FRENCH * 5
    assert language.detect(text) == "en"


def test_parse_records_the_detected_language() -> None:
    assert pressparse.parse(FRENCH).language == "fr"
    assert pressparse.parse(ENGLISH).language == "en"
    assert pressparse.parse(FRENCH, lang="en").language == "en"


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(PressparseError, match="lang must be one of en, fr"):
        pressparse.parse(ENGLISH, lang="xx")


def test_function_word_lists_do_not_overlap() -> None:
    assert not language.function_words("en") & language.function_words("fr")
