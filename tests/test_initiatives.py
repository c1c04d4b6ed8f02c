"""Initiatives: table-driven cases on invented sentences, rejects, grouping, data-file lint."""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import lexicon
from pressparse.document import Document
from pressparse.initiative_rules import initials_match, vocab
from pressparse.initiatives import find_initiatives, gazetteer
from pressparse.models import Initiative, InitiativeKind, Organization
from pressparse.orgs import find_organizations


def run(text: str, orgs: list[Organization] | None = None) -> list[Initiative]:
    return find_initiatives(Document.from_text(text), orgs or [], "en", [])


def names(text: str, orgs: list[Organization] | None = None) -> list[str]:
    return [i.name for i in run(text, orgs)]


# (sentence, expected name, expected kind, expected acronym)
FOUND = [
    ("Ms. Amara Okafor welcomed the Ruritania Declaration on Integrity last week.",
     "Ruritania Declaration on Integrity", "declaration", None),
    ("The Committee adopted the Valdoria Resolution on the Guiding Principles for Postal Traffic, drafted in May.",
     "Valdoria Resolution on the Guiding Principles for Postal Traffic", "resolution", None),
    ("He cited the Communication from the Global Customs Community on Cross-Border E-Commerce addressed to Ministers.",
     "Communication from the Global Customs Community on Cross-Border E-Commerce", "publication", None),
    ("The launch of the Regional Trade Help Desk was welcomed.", "Regional Trade Help Desk", "platform", None),
    ("Both bodies maintain a joint Tariff Database for Members.", "Tariff Database", "database", None),
    ("Operation NORTHWIND III ran for ten days in 12 ports.", "Operation NORTHWIND III", "operation", None),
    ("Seizures rose during Operation Kestrel last spring.", "Operation Kestrel", "operation", None),
    ("Ratification of the WTO Trade Facilitation Agreement (TFA) went fast.",
     "WTO Trade Facilitation Agreement", "agreement", "TFA"),
    ("Members discussed the WCO Anti-Smuggling and Border Integrity (A-SBI) Programme in depth.",
     "WCO Anti-Smuggling and Border Integrity Programme", "programme", "A-SBI"),
    ("A \"Senior Analyst Program (SAP)\" was opened for officers.", "Senior Analyst Program", "programme", "SAP"),
    ("The Convention on the Conservation of Migratory Species of Wild Animals (CMS) was cited.",
     "Convention on the Conservation of Migratory Species of Wild Animals", "convention", "CMS"),
    ("Resolution 71/209, adopted by the General Assembly, was quoted.", "Resolution 71/209", "resolution", None),
    ("Delegates praised the Project on Border Management for West Africa and its results.",
     "Project on Border Management for West Africa", "project", None),
    ("The Customs Co-operation Fund/Korea (CCF/Korea) paid for it this year.",
     "Customs Co-operation Fund/Korea", "other", "CCF/Korea"),
    ("A Study on the Use of Blockchain in Origin Certification was tabled.",
     "Study on the Use of Blockchain in Origin Certification", "publication", None),
    ("A Memorandum of Understanding was signed by the two administrations.", "Memorandum of Understanding", "agreement", None),
    ("The Organization declared 2025 its Year of Integrity, said Mr. Tomasz Wielicki.", "Year of Integrity", "campaign", None),
    ("Auditors rely on the WCO Guide to Customs Audit and Risk Profiling daily.",
     "WCO Guide to Customs Audit and Risk Profiling", "guidelines", None),
    ("The Director recalled the Harbour City resolution on security adopted in December.", "Harbour City resolution", "resolution", None),
    ("Officials demonstrated the Tradelink system at the border.", "Tradelink", "tool", None),
    ("They backed the \"Smart Ports Together\" initiative launched by the region.", "Smart Ports Together", "other", None),
    ("Officers completed the \"BLUE SHIELD Operation Sahel\" without incident.", "BLUE SHIELD Operation Sahel", "operation", None),
    ("He spoke at length about the Revised Kyoto Convention and the Harmonized System (HS).", "Harmonized System", "standard", "HS"),
    ("The WCO Customs Enforcement Network (CEN) holds seizure data.", "WCO Customs Enforcement Network", "database", "CEN"),
    ("In 2031 the WCO's theme, \"Customs at the Heart of Green Trade\", guided the work.",
     "Customs at the Heart of Green Trade", "campaign", None),
    ("Everyone knew \"Borders that Connect,\" the WCO theme for 2032, by heart.",
     "Borders that Connect", "campaign", None),
    ("Each January the WCO marks International Customs Day (ICD). This year the chosen slogan is \"Data for Trust.\"",
     "Data for Trust", "campaign", None),
    ("The WCO celebrated International Customs Day under the theme \u201cCustoms Building Bridges\u201d in 2034.",
     "Customs Building Bridges", "campaign", None),
    ("A Customs Reform Action Plan is being drafted by the country.",
     "Customs Reform Action Plan", "other", None),
    ("The Minister thanked Mr. Pedro Alves for the Interim Report on Tariff Reform.", "Interim Report on Tariff Reform", "publication", None),
    ("The Operation STOP (Seizures of Tobacco and Other Products) ended.", "Operation STOP", "operation", "STOP"),
    # a name followed by a lower-case kind word: a coined name, a long acronym, a capitalized phrase
    ("Trainees log in to the KesTrain e-learning platform each week.", "KesTrain", "platform", None),
    ("Courses are on the WCO Harbour Lessons platform.", "WCO Harbour Lessons", "platform", None),
    ("Data moved through the SIGMAR clearance system in hours.", "SIGMAR", "tool", None),
    ("Carriers adopted the Parcel-EDI messaging standards last year.", "Parcel-EDI", "standard", None),
    ("Trainees log in to the Bordex! platform each week.", "Bordex!", "platform", None),
    ("Officers now log seizures in the case tool, SEIZA, every day.", "SEIZA", "tool", None),
    # heads for systems, facilities, arrangements, trade areas, acts and surveys
    ("The Harbour Monitoring System (HMS) tracks parcels.", "Harbour Monitoring System", "tool", "HMS"),
    ("Funds came from the Border Reform Facility (BRF) this year.", "Border Reform Facility", "programme", "BRF"),
    ("The Regional Mutual Recognition Arrangement was signed.", "Regional Mutual Recognition Arrangement", "agreement", None),
    ("Members welcomed the Pacific Island Free Trade Area in May.", "Pacific Island Free Trade Area", "agreement", None),
    ("The Ruritania Customs Management Act was amended.", "Ruritania Customs Management Act", "other", None),
    ("Officers filled in the Integrity Climate Survey.", "Integrity Climate Survey", "tool", None),
    ("Exporters now file through the Portal Nacional.", "Portal Nacional", "platform", None),
    # well-known instruments by their short names
    ("Parties to the HS Convention apply the Harmonized System.", "HS Convention", "convention", None),
    ("The UPU Convention sets the rules for postal items.", "UPU Convention", "convention", None),
    ("Ministers backed the African Continental Free Trade Area (AfCFTA) again.",
     "African Continental Free Trade Area", "agreement", "AfCFTA"),
    ("WCO Certificates of Merit were handed to five officers.", "WCO Certificates of Merit", "award", None),
    # a proper name or coined word before a lower-case kind word, with or without a descriptor
    ("Officers showed the Valquíria clearance system at the border.", "Valquíria", "tool", None),
    ("Officers use the Kestrel clearance system.", "Kestrel", "tool", None),
    ("The KORVANA project started in May.", "KORVANA project", "project", None),
    ("Officers used the PORTIX World system daily.", "PORTIX World", "tool", None),
    ("Brokers file in the PORTIX World clearance system.", "PORTIX World", "tool", None),
    ("Ruritania's GCNet system went live in June.", "GCNet", "tool", None),
    ("Brokers praised the iCMS system of the port.", "iCMS", "tool", None),
    # a plural head that names one scheme; a publication with two owners joined by a slash
    ("The Staff Excellence Recognition Awards went to ten officers.",
     "Staff Excellence Recognition Awards", "award", None),
    ("The WCO/FAO HS Classification Reference for Fertilizers was published.",
     "WCO/FAO HS Classification Reference for Fertilizers", "publication", None),
    # a capitalized head after a short form names one programme
    ("The Ruritania AEO Programme was launched.", "Ruritania AEO Programme", "programme", None),
    # spelled out in capitals, a concept's programme is named (the short form alone is not)
    ("Traders joined the Authorized Economic Operator (AEO) programme.",
     "Authorized Economic Operator programme", "programme", "AEO"),
    # no head word: a defined name governed by a cue word, followed by a kind word, or coined
    ("Member States agreed to implement the Valdoria Customs Union Territory (VCUT) by 2030.",
     "Valdoria Customs Union Territory", "other", "VCUT"),
    ("Goods moved under the Single Transit Corridor (STC) last year.", "Single Transit Corridor", "other", "STC"),
    ("The Ruritania Trade Gateway (RTG) was launched in May.", "Ruritania Trade Gateway", "other", "RTG"),
    ("Brokers use the Advance Cargo Notice (ACN) system daily.", "Advance Cargo Notice", "tool", "ACN"),
    ("Work started on the electronic Harbour Release Note (eHRN) with the carriers.",
     "electronic Harbour Release Note", "other", "eHRN"),
]


@pytest.mark.parametrize("text, name, kind, acronym", FOUND, ids=[f[1][:40] for f in FOUND])
def test_finds(text: str, name: str, kind: str, acronym: str | None) -> None:
    found = {i.name: i for i in run(text)}
    assert name in found, f"{name!r} not in {list(found)}"
    assert found[name].kind == kind
    assert found[name].acronym == acronym


# (sentence, name that must not be returned)
REJECTED = [
    ("The 15th WTO Ministerial Conference opened in Quito.", "Ministerial Conference"),
    ("The 3rd Global AEO Conference was held in Madrid.", "Global AEO Conference"),
    ("The Council discussed a framework of standards and other WCO tools.", "framework of standards"),
    ("WCO tools help Members a lot.", "WCO tools"),
    ("The Forum theme, \"Customs Renewal\", was popular.", "Customs Renewal"),
    ("The Committee met with \"Secure Borders, Open Trade\" as its theme.", "Secure Borders, Open Trade"),
    ("At the start, the Chair introduced this year's theme, \"Enforcement in a Connected Age\".",
     "Enforcement in a Connected Age"),
    ("Members signed several Free Trade Agreements in 2019.", "Free Trade Agreements"),
    ("The United Nations Environment Programme (UNEP) attended.", "United Nations Environment Programme"),
    ("Experts from the International Monetary Fund (IMF) spoke.", "International Monetary Fund"),
    ("The Programme Manager, Ms. Amara Okafor, spoke first.", "Programme Manager"),
    ("Project Manager Mr. Tomasz Wielicki presented the plan.", "Project Manager Mr"),
    ("The CITES Secretariat and the HS Committee were informed.", "CITES"),
    ("They discussed the Kenya programme and the Customs programme on risk.", "Kenya programme"),
    ("Delegates looked at the national Single Window system.", "Single Window system"),
    ("Delegates looked at the Coordinated Border Management concept.", "Coordinated Border Management"),
    ("The Basel Convention Secretariat sent experts.", "Basel Convention"),
    ("She heads the Operation Support Unit of the Directorate.", "Operation Support"),
    ("Experts reviewed the Regional Report from the Task Groups (TGs).", "Report from the Task Groups"),
    ("WCO Launches New Strategy to Boost Global Operation Results\n\nThe text follows here.", "Global Operation"),
    ("The delegation also praised the new WCO Capacity Building Programme", "WCO Capacity Building Programme"),
    ("\"We will work with the Mercator Programme team,\" he said, citing \"Tools for the Revised Kyoto Convention\".",
     "Revised Kyoto Convention"),
    # kind words after a short acronym, a place, a body or a generic word name nothing
    ("The new IPR tool helps officers.", "IPR"),
    ("Members looked at the Kenyan system and the Kenya platform.", "Kenyan"),
    ("Members looked at the Kenyan system and the Kenya platform.", "Kenya"),
    ("Members can use a WCO platform for this.", "WCO"),
    ("The SMART borders concept guided them.", "SMART"),
    ("He praised the Customs system of the region.", "Customs"),
    ("Countries apply WCO standards and Harbour Union standards.", "Harbour Union"),
    ("Officers use the National clearance system.", "National"),
    ("Members praised the Global project.", "Global project"),
    ("The Port community system went live.", "Port"),
    ("The National Single Window clearance system works.", "National Single Window"),
    ("The Government clearance system works.", "Government"),
    # a two- or three-letter short form before a lower-case head names a kind of programme
    ("Members discussed the PCA programme.", "PCA programme"),
    ("Each Member runs an AEO programme of its own.", "AEO programme"),
    ("The national AEO programme of Ruritania grew.", "AEO programme"),
    # owners and descriptions before a lower-case head; a known instrument's short form
    ("The EU-funded project ended.", "EU-funded project"),
    ("The WCO-EU project ended in May.", "WCO-EU project"),
    ("The SAFE programme helps traders.", "SAFE programme"),
    ("Two RILOs system upgrades were made.", "RILOs"),
    ("The Free Trade Areas of the region grew.", "Free Trade Areas"),
    # a defined name without a head word and without a cue names no initiative; nor does a meeting
    ("Representatives of Ruritania TradeLink (RTL) attended.", "Ruritania TradeLink"),
    ("Ministers met at the Ministerial Conference (MC14) in June.", "Ministerial Conference"),
]

# French releases: (sentence, expected name, expected kind, expected acronym)
FOUND_FR = [
    ("L'OMD a présenté le Programme Mercator aux délégués.", "Programme Mercator", "programme", None),
    ("Les Membres appliquent la Convention sur la simplification des régimes douaniers depuis 2006.",
     "Convention sur la simplification des régimes douaniers", "convention", None),
    ("Le Conseil a adopté le Plan d'action régional, qui couvre quatre ans.", "Plan d'action régional", "other", None),
    ("L'Opération KESTREL a permis de saisir 3 tonnes de tabac.", "Opération KESTREL", "operation", None),
    ("Il a rappelé la résolution 1234 du Conseil de sécurité des Nations Unies.",
     "résolution 1234 du Conseil de sécurité des Nations Unies", "resolution", None),
    ("Le Guide sur la gestion harmonisée des contrôles a été publié.",
     "Guide sur la gestion harmonisée des contrôles", "guidelines", None),
    ("L'Étude sur les délais de dédouanement (EDD) sera menée en mai.",
     "Étude sur les délais de dédouanement", "publication", "EDD"),
    ("Il a cité l'enquête “Global Trade Outlook” de la Banque.", "Global Trade Outlook", "publication", None),
    ("Le pays lancera un programme de Guichet unique national (GUN) en 2026.", "Guichet unique national", "programme", "GUN"),
    ("Le thème retenu par l'OMD pour l'année est « douane et sécurité durable ».",
     "douane et sécurité durable", "campaign", None),
    ("La Valdoria Trade Act a été modifiée.", "Valdoria Trade Act", "other", None),
]

REJECTED_FR = [
    ("Pour cet événement, le thème choisi était « Une douane au service de tous ».", "Une douane au service de tous"),
    ("Le Comité du Système harmonisé s'est réuni.", "Système harmonisé"),  # a body named after it
    ("Le projet pilote relatif aux langues a été approuvé.", "projet pilote"),
    ("Le Programme Mercator lancé en 2014 et salué par tous continue.", "Programme Mercator lancé"),
    ("Communiqué de presse\nLe texte suit.", "Communiqué de presse"),
]


@pytest.mark.parametrize("text, name, kind, acronym", FOUND_FR, ids=[f[1][:40] for f in FOUND_FR])
def test_finds_french(text: str, name: str, kind: str, acronym: str | None) -> None:
    found = {i.name: i for i in find_initiatives(Document.from_text(text), [], "fr", [])}
    assert name in found, f"{name!r} not in {list(found)}"
    assert (found[name].kind, found[name].acronym) == (kind, acronym)


@pytest.mark.parametrize("text, name", REJECTED_FR, ids=[r[1][:40] for r in REJECTED_FR])
def test_rejects_french(text: str, name: str) -> None:
    orgs = find_organizations(Document.from_text(text), "fr", [])
    assert name not in [i.name for i in find_initiatives(Document.from_text(text), orgs, "fr", [])]


def test_french_shorter_form_joins_the_full_name() -> None:
    text = "Le Plan stratégique 2030-2034 est prêt. Le Conseil a adopté le Plan stratégique de l'OMD pour la période."
    found = [i.name for i in find_initiatives(Document.from_text(text), [], "fr", [])]
    assert found == ["Plan stratégique de l'OMD"]


@pytest.mark.parametrize("text, name", REJECTED, ids=[r[1][:40] for r in REJECTED])
def test_rejects(text: str, name: str) -> None:
    assert name not in names(text)


def test_organizations_are_not_initiatives() -> None:
    orgs = [Organization(name="Regional Trade Programme", acronym="RTP")]
    assert "Regional Trade Programme" not in names("The Regional Trade Programme (RTP) hosted the meeting.", orgs)


def test_one_entry_per_initiative_with_all_mentions() -> None:
    text = (
        "The WCO Mercator Programme supports Members. Under the Mercator Programme, missions were held; "
        "the Programme also funds training. The Revised Kyoto Convention (RKC) was discussed, and RKC accession grew."
    )
    found = {i.name: i for i in run(text)}
    assert set(found) == {"Mercator Programme", "Revised Kyoto Convention"}
    assert len(found["Mercator Programme"].mentions) == 3
    assert found["Revised Kyoto Convention"].acronym == "RKC"
    assert [m.text for m in found["Revised Kyoto Convention"].mentions] == ["Revised Kyoto Convention", "RKC", "RKC"]


def test_short_name_wins_and_formal_title_is_an_alias() -> None:
    text = ("The International Convention on the Simplification and Harmonization of Customs Procedures "
            "(Revised Kyoto Convention) is a key instrument.")
    (rkc,) = run(text)
    assert rkc.name == "Revised Kyoto Convention"
    assert rkc.aliases == ["International Convention on the Simplification and Harmonization of Customs Procedures"]


def test_known_as_makes_two_names_one_initiative() -> None:
    text = ("Delegates discussed the Agreement on Tariff Classification of Fish, commonly known as the "
            "Fish Tariff Agreement, and its annex.")
    (fta,) = run(text)
    assert fta.name == "Fish Tariff Agreement"
    assert fta.aliases == ["Agreement on Tariff Classification of Fish"]


def test_hs_convention_is_not_the_harmonized_system() -> None:
    found = {i.name: i.kind for i in run("Parties to the HS Convention apply the Harmonized System (HS).")}
    assert found == {"HS Convention": "convention", "Harmonized System": "standard"}


def test_defined_acronym_is_followed_later() -> None:
    (map_,) = run("They took part in the Master Analyst Programme (MAP). The MAP builds a pool of trainers.")
    assert map_.acronym == "MAP" and [m.text for m in map_.mentions] == ["Master Analyst Programme", "MAP", "MAP"]


def test_bare_head_refers_back() -> None:
    (op,) = run("Customs seized cocaine in Operation SKYFALL 2. Later, the Operation was reviewed.")
    assert [m.text for m in op.mentions] == ["Operation SKYFALL 2", "Operation"]


def test_standalone_communication() -> None:
    assert names("Members welcomed the Communication and its annex.") == ["Communication"]


def test_name_cut_off_by_the_end_of_the_text_is_dropped() -> None:
    assert names("Its report closes by praising the WCO Customs Co-operation") == []


def test_title_case_headline_needs_a_short_form() -> None:
    text = "Customs Officers Seize Ivory in New Global Operation\n\nOfficers joined the ECA Regional Strategy on \"Shared Laboratories\"."
    assert names(text) == ['ECA Regional Strategy on "Shared Laboratories"']


def test_mentions_are_source_slices_and_curly_quotes_are_kept() -> None:
    text = "Members back the ECA Regional Strategy on \u201cMobile Trainers\u201d and the \u2018Framework of Standards on Rail Freight\u2019."
    doc = Document.from_text(text)
    found = find_initiatives(doc, [], "en", [])
    assert [i.name for i in found] == ["ECA Regional Strategy on \u201cMobile Trainers\u201d", "Framework of Standards on Rail Freight"]
    for i in found:
        for m in i.mentions + list(i.evidence.values()):
            assert m.text == text[m.start : m.end]


def test_initials_match() -> None:
    join = vocab("en").join
    assert initials_match("Partnership in Customs Academic Research and Development".split(), "PICARD", join)
    assert initials_match("Anti-Corruption and Integrity Promotion".split(), "A-CIP", join)
    assert not initials_match("Regional Seizure Network".split(), "CCF", join)


def test_initiative_words_file_is_clean() -> None:
    raw = [e.partition("=")[0].strip() for e in lexicon.entries("en/initiative_words.txt")]
    assert len(raw) == len(set(raw)), sorted({w for w in raw if raw.count(w) > 1})
    kinds = set(get_args(InitiativeKind))
    for word, head in vocab("en").heads.items():
        assert head.kind in kinds, word


def test_instruments_gazetteer_is_clean() -> None:
    data = lexicon.load_json("instruments.json")
    kinds = set(get_args(InitiativeKind))
    seen: set[str] = set()
    for e in data["instruments"]:
        assert e["kind"] in kinds, e["name"]
        for n in (e["name"], *e["aliases"], *e["fr"], *e["acronyms"]):
            assert n == " ".join(n.split()) and n not in seen, n
            seen.add(n)
    assert gazetteer().entries


PIECES = ["Operation", "Programme", "programme", "of", "the", "on", "and", "WCO", "TFA", "Kyoto", "Revised",
          "Convention", "(", ")", "(XY)", '"', "'", "'s", ",", ".", "\n", "theme", "Year", "Fund/Korea", "IV", "42/1",
          "\u201c", "\u2019", "Help Desk", "initiative", "system", "Tradelink", "-", "Study", "The"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map(" ".join))
def test_never_raises_and_spans_hold(text: str) -> None:
    doc = Document.from_text(text)
    for i in find_initiatives(doc, [], "en", []):
        for m in i.mentions:
            assert m.text == text[m.start : m.end]
