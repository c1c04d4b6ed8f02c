"""Organizations extractor: table-driven cases on invented sentences, with rejects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import org_rules
from pressparse.acronyms import definition_long_form, long_form_start
from pressparse.document import Document
from pressparse.models import Organization
from pressparse.org_rules import find_in_words
from pressparse.org_words import split_words
from pressparse.orgs import find_organizations, org_from_phrase

# A small stand-in for the places gazetteer, so these cases do not depend on its data.
_COUNTRIES = {"Norway", "Japan", "Ruritania", "Indonesia", "Senegal", "Finland", "Malaysia", "Brazil"}
_CITIES = {"Ningbo": "China", "Vienna": "Austria"}


@pytest.fixture(autouse=True)
def fake_places(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(org_rules, "canonical_country", lambda n: n if n in _COUNTRIES else None)
    monkeypatch.setattr(org_rules, "country_of_city", lambda n: _CITIES.get(n))
    monkeypatch.setattr("pressparse.org_employers.canonical_country", lambda n: n if n in _COUNTRIES else None)
    yield


def orgs(text: str) -> list[Organization]:
    return find_organizations(Document.from_text(text), "en", [])


def pairs(text: str) -> set[tuple[str, str | None]]:
    return {(o.name, o.acronym) for o in orgs(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # acronym definitions, later uses, possessives and plurals
        (
            "The Ruritanian Revenue Authority (RRA) hosted the event. RRA's experts spoke.",
            {("Ruritanian Revenue Authority", "RRA")},
        ),
        (
            "Several Regional Intelligence Liaison Offices (RILOs) helped; the RILO in Vienna led.",
            {("Regional Intelligence Liaison Offices", "RILOs")},
        ),
        (
            "Experts of the National Office of Border Revenue (ONRF) of Ruritania met ONRF staff.",
            {("National Office of Border Revenue", "ONRF")},
        ),
        # the gazetteer: the fullest form written, the short form used
        ("The WCO welcomed delegates.", {("WCO", "WCO")}),
        (
            "The World Customs Organization (WCO) met. The WCO's Secretary General spoke.",
            {("World Customs Organization", "WCO")},
        ),
        (
            "The World Trade Organization (WTO) Information Technology Agreement (ITA) was extended.",
            {("World Trade Organization", "WTO")},
        ),
        ("Officers shared data with INTERPOL and Europol.", {("INTERPOL", "INTERPOL"), ("Europol", "Europol")}),
        # Customs administrations need a place
        (
            "Officers of Finnish Customs and Ningbo Customs met Finland Customs.",
            {("Finnish Customs", None), ("Ningbo Customs", None)},
        ),
        (
            "Mr. Tomasz Wielicki, Deputy Director General of Norwegian Customs, spoke.",
            {("Norwegian Customs", None)},
        ),
        ("The Royal Malaysian Customs Department hosted it; Malaysian Customs thanked the WCO.", {
            ("Royal Malaysian Customs Department", None), ("WCO", "WCO")}),
        # standing bodies, with and without the owner's prefix
        (
            "The WCO Policy Commission met; the Policy Commission then adopted it.",
            {("WCO Policy Commission", None)},  # "WCO" inside the name is no mention
        ),
        (
            "The Enforcement Committee (EC) met, and the European Commission attended.",
            {("Enforcement Committee", "EC"), ("European Commission", None)},
        ),
        ("She chairs the WCO Working Group on E-Commerce.", {("WCO Working Group on E-Commerce", None)}),
        # government bodies with an "of" tail
        ("The Ministry of Finance and the University of Ruritania signed.", {
            ("Ministry of Finance", None), ("University of Ruritania", None)}),
        (
            "The Tariff Working Party of the Council of the African Union met.",
            {("Tariff Working Party of the Council of the African Union", None), ("African Union", None)},
        ),
        ("Delegates from the Secretariat of the Abuja, Lima and Oslo Conventions came.", {
            ("Secretariat of the Abuja, Lima and Oslo Conventions", None)}),
        (("The Ministry of Trade, Industry and Tourism and the Ministry of Finance, Japan Customs and "
          "Korea Customs Service met."), {("Ministry of Trade, Industry and Tourism", None),
         ("Ministry of Finance", None), ("Japan Customs", None), ("Korea Customs Service", None)}),
        ("The Ruritania Customs and Excise Department and the Ruritania School of Revenue Administration met.",
         {("Ruritania Customs and Excise Department", None), ("Ruritania School of Revenue Administration", None)}),
        # a Customs unit of a named body is that country's Customs administration; other units are not bodies
        ("The Ghana Revenue Authority (GRA) and the Customs Division of the GRA hosted it.",
         {("Ghana Revenue Authority", "GRA"), ("Customs Division of the GRA", None)}),
        ("The Ghana Revenue Authority (GRA) and the Tariff Division of the GRA hosted it.",
         {("Ghana Revenue Authority", "GRA")}),
        # employers named in a person's title
        (
            (
                "Ms. Amara Okafor, Head of Trade Policy - Zentrix, and Mr. Tomasz Wielicki, "
                "Director - Global Shippers Association."
            ),
            {("Zentrix", None), ("Global Shippers Association", None)},
        ),
        ("Mr. Tomasz Wielicki, Vice-President of Lumora Commerce, said so.", {("Lumora Commerce", None)}),
        ("Mr. Tomasz Wielicki, Director of the Data Centre - Acme Post, spoke.", {("Acme Post", None)}),
        ("Ruritania Revenue Authority Commissioner General Amara Okafor met the WCO Council Chair.",
         {("Ruritania Revenue Authority", None), ("WCO Council", None)}),
        ("The Vienna-based Ruritania Revenue Authority and Norway's Customs Department met.",
         {("Ruritania Revenue Authority", None), ("Norway's Customs Department", None)}),
        # a regional office named by its region
        ("Support came from the RILO Eastern Europe.", {("RILO Eastern Europe", None)}),
        ("Staff of the Customs Department of the kingdom attended.", {("Customs Department", None)}),
        # a secretariat of an organization is the organization's, not a body of its own
        ("The WTO Secretariat and the UPU International Bureau prepared it.", {("WTO", "WTO"), ("UPU", "UPU")}),
        ("The Secretariat of the Abuja Convention sent experts.", {("Secretariat of the Abuja Convention", None)}),
        # a conference centre is a venue, and no body is named inside it
        ("Delegates met at the United Nations Conference Centre, hosted by the Ruritania Revenue Authority.",
         {("Ruritania Revenue Authority", None)}),
        # a known body before "and" is a name of its own
        ("The WCO and World Bank forum opened.", {("WCO", "WCO"), ("World Bank", None)}),
        ("The Ruritania Customs and Excise Department met.", {("Ruritania Customs and Excise Department", None)}),
        # two regions joined by "and the" stay in one name
        ("The Regional Office for Asia and the Pacific (ROAP) met.",
         {("Regional Office for Asia and the Pacific", "ROAP")}),
        ("The Ministry of Finance and the Ruritania Revenue Authority met.",
         {("Ministry of Finance", None), ("Ruritania Revenue Authority", None)}),
        # the same body written head-last and head-first
        ("The Port Security Committee met. Later the Committee on Port Security agreed.",
         {("Committee on Port Security", None)}),
        # a country's possessive is its owner, not part of its name
        ("Ruritania's National Revenue Office hosted it.", {("National Revenue Office", None)}),
        # "&" for "and", a plural possessive, and heads that need a place
        ("HM Revenue & Customs (HMRC) funded it.", {("HM Revenue & Customs", "HMRC")}),
        ("The Ruritania Shippers' Council met.", {("Ruritania Shippers' Council", None)}),
        ("Norway Post and the Norwegian Federal Revenue met.", {("Norway Post", None), ("Norwegian Federal Revenue", None)}),
        ("The Brazilian Federal Revenue (RFB) and later the Federal Revenue of Brazil spoke.",
         {("Brazilian Federal Revenue", "RFB")}),
        ("The National Customs Service of Japan attended.", {("National Customs Service of Japan", None)}),
        ("The GRA Customs Division took part.", {("GRA Customs Division", None)}),
    ],
)
def test_finds(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Digital Customs and Green Customs were the themes of International Customs Day.",
        "Ms. Amara Okafor, Director General of Customs, opened it.",
        "Member Customs Administrations and customs administrations of the region agreed.",
        "The WCO Secretariat and the WCO Europe Region prepared it.",
        "The Mercator Programme supports the Revised Kyoto Convention.",
        "The Minister of Economy and Planning spoke to the Heads of Customs.",
        "Mr. Tomasz Wielicki, Head of the Compliance Department, spoke.",
        "It lets a Customs Administration measure release times.",
        "The Time Release Study (TRS) was presented by the Organization.",
        "Ms. Amara Okafor, President of Norway, spoke.",
        "The Customs Enforcement Network (CEN) holds seizure data.",
        "The Revenue Package and Smart Customs were discussed.",
        "The WCO Communications Service issued the note.",
        "Home / Media Centre / News\n\nA plan was agreed.",
        "Delegates met at the Harbour Convention Center.",
        "The State Minister of Finance and the Public Service of Ruritania spoke.",
        "",
        "((((( )))))  - - - ,,,",
    ],
)
def test_rejects(text: str) -> None:
    found = [o.name for o in orgs(text) if o.name != "WCO"]
    assert found == []


def test_mentions_are_source_slices_and_all_recorded() -> None:
    text = "The Federal Administration of Public Revenue (AFIP) hosted it. AFIP\u2019s head and AFIP staff came."
    doc = Document.from_text(text)
    (org,) = find_organizations(doc, "en", [])
    assert (org.name, org.acronym) == ("Federal Administration of Public Revenue", "AFIP")
    assert [m.text for m in org.mentions] == ["Federal Administration of Public Revenue", "AFIP", "AFIP", "AFIP"]
    assert all(doc.source[m.start : m.end] == m.text for m in org.mentions)


def test_french_release_uses_the_gazetteer() -> None:
    found = find_organizations(
        Document.from_text("Selon l'Organisation mondiale des douanes (OMD), tout est prêt. L'OMD a salué l'OMC."), "fr", []
    )
    assert {(o.name, o.acronym) for o in found} == {("Organisation mondiale des douanes", "OMD"), ("OMC", "OMC")}


def test_ambiguous_short_form_needs_context() -> None:
    assert pairs("The ICC met.") == set()
    assert pairs("The International Chamber of Commerce (ICC) met. The ICC agreed.") == {
        ("International Chamber of Commerce", "ICC")
    }


# Third pass: one body written in one long form, parts of bodies, venues, treaty roles.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a defined long form that ends in a Customs administration's common name is one body
        ("Experts of the General Administration of Ruritania Customs (GARC) met. GARC thanked them.",
         {("General Administration of Ruritania Customs", "GARC")}),
        ("The General Administration of Ruritania Customs hosted the WCO.",
         {("General Administration of Ruritania Customs", None), ("WCO", "WCO")}),
        ("The Customs and Excise Tax Administration of Senegal (ADTS) hosted it.",
         {("Customs and Excise Tax Administration of Senegal", "ADTS")}),
        ("The Directorate General of Customs and Excise of Ruritania (DGCER) welcomed them.",
         {("Directorate General of Customs and Excise of Ruritania", "DGCER")}),
        # a short form belongs to the long form right before it, if it spells it or is its entry's
        ("The Customs Co-operation Council (WCO) was set up in 1952.",
         {("Customs Co-operation Council", None), ("WCO", "WCO")}),
        ("The Customs Co-operation Council (CCC) became the World Customs Organization (WCO).",
         {("Customs Co-operation Council", "CCC"), ("World Customs Organization", "WCO")}),
        # one standing body written two ways: owner first or after "of"
        ("Ms. Amara Okafor, Chair of the Council of the World Customs Organization, spoke. The WCO Council agreed.",
         {("Council of the World Customs Organization", None), ("World Customs Organization", None)}),
        ("The Policy Commission of the WCO met and the WCO Policy Commission agreed.",
         {("Policy Commission of the WCO", None), ("WCO", "WCO")}),
        ("The Tariff Group of the Council of the European Union met; the Tariff Group of the EU Council agreed.",
         {("Tariff Group of the Council of the European Union", None), ("European Union", "EU")}),
        ("The Council of the European Union and the WCO Council met.",
         {("Council of the European Union", None), ("European Union", None), ("WCO Council", None)}),
        # a unit named with the body it belongs to: only the body
        ("Ms. Amara Okafor of the Foreign Relations Bureau of the Ruritania Revenue Authority spoke.",
         {("Ruritania Revenue Authority", None)}),
        ("The Department of Audit and Inspection of Ningbo Customs hosted it.", {("Ningbo Customs", None)}),
        ("The Audit Department (AD) of Ningbo Customs hosted it.", {("Ningbo Customs", None)}),
        ("Mr. Tomasz Wielicki, Director of the Tariff Department of the Ruritania Revenue Authority, spoke.",
         {("Ruritania Revenue Authority", None)}),
        ("The Bureau of Customs of Ruritania and the Federal Bureau of Investigation (FBI) met.",
         {("Bureau of Customs of Ruritania", None), ("Federal Bureau of Investigation", "FBI")}),
        # a training institution: a venue after "at", an employer after a position
        ("Mr. Tomasz Wielicki, Professor at the Ruritania Customs Academy, spoke.", {("Ruritania Customs Academy", None)}),
        ("Officers of the Ruritania Customs Academy attended.", {("Ruritania Customs Academy", None)}),
        # a name in another language after a title and a comma
        ("Mr. Tomasz Wielicki, Head of Audit, Receita Aduaneira da Ruritania, spoke.", {("Receita Aduaneira da Ruritania", None)}),
        ("Ms. Amara Okafor, Director of Risk, Agence des Douanes du Senegal, spoke.", {("Agence des Douanes du Senegal", None)}),
        # a Customs academy is not the Customs administration of the same country
        ("Finland Customs and the Finnish Customs Academy signed it.",
         {("Finland Customs", None), ("Finnish Customs Academy", None)}),
        # "General Department of <country> Customs" is one administration; a press office is none
        ("The General Department of Ruritania Customs hosted it.", {("General Department of Ruritania Customs", None)}),
        ("Write to the Press Office of the Ruritania Revenue Authority or the WCO Press Office.",
         {("Ruritania Revenue Authority", None), ("WCO", "WCO")}),
        # the secretariat of a convention, written two ways, is one body
        ("Mr. Tomasz Wielicki of the Secretariat of the Basel Convention spoke; the Basel Convention Secretariat agreed.",
         {("Secretariat of the Basel Convention", None)}),
        # a name without a head word, defined and listed among bodies or employing people
        ("It gathered Finnish Customs, Ruritania TradeLink (RTL), the Ministry of Transport and traders.",
         {("Finnish Customs", None), ("Ruritania TradeLink", "RTL"), ("Ministry of Transport", None)}),
        ("Acme Parcel Lines (APL) joined. The Director of APL spoke.", {("Acme Parcel Lines", "APL")}),
    ],
)
def test_third_pass_finds(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Enforcement and Integrity Directorate prepared the study.",
        "The workshop took place at the National Customs School in Vienna.",
        "The seminar was hosted at its Customs Training Centre.",
        "Another course was held in the Ruritania Customs Training Centre.",
        "Each Contracting Party and the Contracting Parties agreed; Member administrations and Members too.",
        "Member Administrations and States Parties replied.",
        "Ms. Amara Okafor, Head of the Office of the Secretary General, spoke.",
        "Ms. Amara Okafor, Director of Risk Management, said it worked in Rio de janeiro, Ruritania.",
        "Ms. Amara Okafor, Head of Unit, Ruritania, and Mr. Tomasz Wielicki spoke.",
        "Kenya launched the Ruritania Single Window (RSW) in May.",  # a defined name with no body around it
    ],
)
def test_third_pass_rejects(text: str) -> None:
    assert pairs(text) == set()


def test_org_from_phrase() -> None:
    doc = Document.from_text("Head of Policy - Amazon; the Kenya Revenue Authority; Japan; the customs; Council")
    amazon = org_from_phrase(doc, 17, 23)
    assert amazon is not None and amazon.name == "Amazon" and amazon.mentions[0].text == "Amazon"
    kra = org_from_phrase(doc, 25, 52)
    assert kra is not None and kra.name == "Kenya Revenue Authority"
    assert org_from_phrase(doc, 54, 59) is None  # a country
    assert org_from_phrase(doc, 61, 72) is None  # lower case
    assert org_from_phrase(doc, 74, 81) is None  # a body word alone
    doc = Document.from_text("Ruritania Revenue Authority's Commissioner")
    owner = org_from_phrase(doc, 0, len(doc.text))
    assert owner is not None and owner.name == "Ruritania Revenue Authority"
    doc = Document.from_text("A-CIP")  # a programme's short form is no employer
    assert org_from_phrase(doc, 0, len(doc.text)) is None
    doc = Document.from_text("Ruritania Revenue Authority, and Mr")  # the name stops at the comma
    cut = org_from_phrase(doc, 0, len(doc.text))
    assert cut is not None and cut.name == "Ruritania Revenue Authority"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Receita Aduaneira da Ruritania", "Receita Aduaneira da Ruritania"),  # lower-case particles inside
        ("the Agence des Douanes du Senegal", "Agence des Douanes du Senegal"),
        ("Dirección de Aduanas y Impuestos", "Dirección de Aduanas y Impuestos"),
        ("da Ruritania", None),  # a particle never opens a name
        ("Receita Aduaneira da", None),  # nor closes one
        ("Aduaneira da", None),
        ("the Risk Management Division", None),  # a unit of a body
        ("Risk Management Division of the Ruritania Revenue Authority", None),
    ],
)
def test_org_from_phrase_foreign_and_units(phrase: str, expected: str | None) -> None:
    doc = Document.from_text(phrase)
    org = org_from_phrase(doc, 0, len(doc.text))
    assert (org.name if org else None) == expected


@pytest.mark.parametrize(
    "phrase, acronym, expected",
    [
        ("Regional Centre for Border Studies for Northern and Eastern Europe", "RCBS-NEE",
         "Regional Centre for Border Studies for Northern and Eastern Europe"),
        ("the Federal Administration of Public Revenue", "AFIP", "Federal Administration of Public Revenue"),
        ("Director General of the Ruritanian Revenue Authority", "RRA", "Ruritanian Revenue Authority"),
        ("the Trade Facilitation Agreement", "TFA", None),
    ],
)
def test_definition_long_form(phrase: str, acronym: str, expected: str | None) -> None:
    words = split_words(phrase, 0, len(phrase))
    found = definition_long_form(words, acronym)
    got = None if found is None else phrase[words[found.first].start : words[found.last].end]
    assert got == expected


def test_long_form_start_aligns_letters() -> None:
    words = split_words("the United Nations Office on Drugs and Crime", 0, 44)
    assert long_form_start(words, "UNODC") == 1
    assert long_form_start(words, "XYZ") is None


def test_runs_split_two_names_joined_by_and() -> None:
    text = "Ningbo Customs and Acme Freight Company"
    names = [" ".join(w.text for w in split_words(text, 0, len(text))[f.first : f.last + 1])
             for f in find_in_words(split_words(text, 0, len(text)))]
    assert names == ["Ningbo Customs", "Acme Freight Company"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaBbCc WCO()-,.'\u2019\n&ofthe")), max_size=200))
def test_never_raises_and_spans_hold(text: str) -> None:
    doc = Document.from_text(text)
    for org in find_organizations(doc, "en", []):
        assert org.name
        assert all(doc.source[m.start : m.end] == m.text for m in org.mentions)


def test_gazetteer_schema() -> None:
    from pressparse import lexicon

    data = lexicon.load_json("organizations.json")
    allowed = {"name", "acronym", "aliases", "short_aliases", "fr_name", "fr_acronym", "fr_aliases", "needs_context", "regional"}
    names: list[str] = []
    for e in data["organizations"]:
        assert set(e) <= allowed and isinstance(e["name"], str) and "acronym" in e, e
        assert all(isinstance(a, str) and a.strip() == a for a in (*e.get("aliases", ()), *e.get("short_aliases", ())))
        names.extend([e["name"], *e.get("aliases", ())])
    assert len(names) == len(set(names)), "a name or alias is listed twice"
    assert "WCO Secretariat" not in names


@pytest.mark.parametrize("name", ["modifier_heads", "place_heads", "unit_heads", "administration_heads"])
def test_special_heads_are_heads(name: str) -> None:
    from pressparse import lexicon

    assert lexicon.words(f"en/org_{name}.txt") <= lexicon.words("en/org_words.txt")


def test_every_gazetteer_form_is_matched_whole() -> None:
    from pressparse.acronyms import GAZETTEER
    from pressparse.org_words import gazetteer_forms

    for form in gazetteer_forms():
        m = GAZETTEER.search(f"with {form} today")
        assert m is not None and m.group(0) == form, form
