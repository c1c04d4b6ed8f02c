"""Organizations in French releases: head-first names, elided forms, short forms, rejects."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.document import Document
from pressparse.org_head_first import TOKEN, find_names, vocab
from pressparse.orgs import find_organizations, org_from_phrase


def pairs(text: str) -> set[tuple[str, str | None]]:
    return {(o.name, o.acronym) for o in find_organizations(Document.from_text(text), "fr", [])}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the head first, then adjectives and complements; the short form from the brackets
        ("Selon l\u2019Agence nationale de lutte contre la fraude (ANLF), tout est prêt. L\u2019ANLF a signé.",
         {("Agence nationale de lutte contre la fraude", "ANLF")}),
        ("La Direction générale des douanes et droits indirects (DGDDI) reçoit l'Autorité fiscale du Maroc.",
         {("Direction générale des douanes et droits indirects", "DGDDI"), ("Autorité fiscale du Maroc", None)}),
        ("Le ministère de l'Économie et des Finances du Sénégal a salué l'accord.",
         {("ministère de l'Économie et des Finances du Sénégal", None)}),
        ("Un représentant du gouvernement du Canada était présent.", {("gouvernement du Canada", None)}),
        ("L'Ambassade du Maroc en Suisse a organisé la réception.", {("Ambassade du Maroc en Suisse", None)}),
        # the gazetteer's French names and short forms, elided or not
        ("L'Organisation mondiale des douanes (OMD) et l'OMC ont signé. D\u2019après l\u2019OMD, c'est un succès.",
         {("Organisation mondiale des douanes", "OMD"), ("OMC", "OMC")}),
        ("Elle a travaillé avec d'INTERPOL et la Banque mondiale.", {("INTERPOL", "INTERPOL"), ("Banque mondiale", None)}),
        # a body named after a known organization, written two ways, is one body
        ("Le Conseil de l'Organisation mondiale des douanes a siégé. Le Conseil de l'OMD a adopté le texte.",
         {("Conseil de l'Organisation mondiale des douanes", None)}),
        # the Customs of a country, named by its nationality adjective
        ("La douane marocaine et les douanes suisses ont coopéré.", {("douane marocaine", None), ("douanes suisses", None)}),
        # the longest name before the brackets defines the short form
        ("Le Groupe de la Banque mondiale (GBM) a publié une étude ; le GBM la présente.",
         {("Groupe de la Banque mondiale", "GBM")}),
        # a name written with and without its place is one body
        ("L'Administration générale des douanes du Maroc a reçu l'équipe. L'Administration générale des douanes a remercié.",
         {("Administration générale des douanes du Maroc", None)}),
        # a short form in brackets after a person's name names the body the person speaks for
        ("La table ronde a réuni M. Paulo da Silva (OMC) et Mme Anna Berg (ICC).", {("OMC", "OMC"), ("ICC", "ICC")}),
        # an English name in a French release
        ("Le Président d'Acme Logistics Group a pris la parole.", {("Acme Logistics Group", None)}),
    ],
)
def test_finds(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Secrétariat de l'OMD a préparé le rapport pour le Conseil.",  # a secretariat of a body
        "Les Autorités nationales compétentes ont été consultées.",  # a class of bodies
        "La Division des affaires tarifaires a présenté ses travaux.",  # a part of a body
        "Le ministère de la santé et les administrations douanières ont coopéré.",  # described in lower case
        "Les douanes nationales ont renforcé leurs contrôles.",  # Customs in general
        "Le Directeur général a ouvert la session au Sénégal en présence des Membres.",
        "Il a rencontré le Président de la République du Sénégal.",
        "",
        "l' d' (( )) , . Organisation",
    ],
)
def test_rejects(text: str) -> None:
    assert {n for n, _ in pairs(text)} - {"OMD"} == set()


def test_name_ends_where_the_clause_goes_on() -> None:
    text = "L'Office national des recettes du Maroc accueille la réunion, qui porte sur la fraude."
    (name,) = find_names(Document.from_text(text).text, "fr")
    assert text[name.start : name.end] == "Office national des recettes du Maroc"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("l'Administration des douanes du Maroc", "Administration des douanes du Maroc"),
        ("les douanes suisses", "douanes suisses"),
        ("République du Sénégal", None),  # a state, not a body
        ("la coopération", None),
    ],
)
def test_org_from_phrase(phrase: str, expected: str | None) -> None:
    doc = Document.from_text(phrase)
    org = org_from_phrase(doc, 0, len(doc.text), "fr")
    assert (org.name if org else None) == expected


def test_vocabulary_is_read_from_data() -> None:
    v = vocab("fr")
    assert v is not None and v.heads["Organisation"] == "body" and v.connectors["de"] == "tail"
    assert "belges" in v.nationalities and v.adjective("mondiale") and not v.adjective("signent")
    assert vocab("en") is None  # English names end in their head


def test_tokens_split_elided_articles() -> None:
    assert [m.group() for m in TOKEN.finditer("l'OMD (OMD) d'Afrique")] == ["l'", "OMD", "(OMD)", "d'", "Afrique"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Organisation", "mondiale", "des", "douanes", "de", "l'", "OMD", "(OMD)", "Conseil",
                                 "ministère", "Maroc", "et", "la", ",", ".", "douane", "suisse", "Secrétariat", "en"]),
                max_size=40).map(" ".join))
def test_never_raises_and_spans_hold(text: str) -> None:
    doc = Document.from_text(text)
    for org in find_organizations(doc, "fr", []):
        assert org.name and all(doc.source[m.start : m.end] == m.text for m in org.mentions)
