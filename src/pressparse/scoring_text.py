"""Text folding shared by matching and scoring: lower case, no accents, no punctuation."""

from __future__ import annotations

import unicodedata

import regex

_PUNCT = regex.compile(r"[\p{P}\p{S}]")
_SPACE = regex.compile(r"\s+")


def strip_accents(text: str) -> str:
    """"Lomé" -> "Lome": accents dropped, case kept."""
    if text.isascii():  # NFKD leaves ASCII as it is; most words of a release are ASCII
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm(text: str) -> str:
    """Fold text the way the GUIDE compares it."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", strip_accents(text).lower())).strip()
