"""Header layouts: boilerplate, title, dateline, repeated title, place-dateline (invented releases)."""

from __future__ import annotations

import pytest

from pressparse.document import Document
from pressparse.header import complete_year, is_boilerplate, looks_like_title, read_dateline, read_header
from pressparse.header_lines import is_kicker

BODY = "The Council of the Harbour Customs Union met to agree a plan for faster clearance of goods at ports."

# (release text, title, published, first words of the body)
LAYOUTS: list[tuple[str, str | None, str | None, str]] = [
    (f"Harbour Customs Union adopts a new plan\n\n13 December 2017\n\n{BODY}\n",
     "Harbour Customs Union adopts a new plan", "2017-12-13", "The Council"),
    (f"13 December 2017\n\nHarbour Customs Union adopts a new plan\n\n13 December 2017\n\nA subtitle line\n\n{BODY}",
     "Harbour Customs Union adopts a new plan", "2017-12-13", "A subtitle"),
    (f"Harbour Customs Union meets\n\n09 January 2011\n\nHarbour Customs Union meets\n\nLisbon, 8 January 2011\n\n{BODY}",
     "Harbour Customs Union meets", "2011-01-09", "The Council"),
    (f"Regional heads of Customs gather\n\n11 March 2014\n\nRegional heads of Customs gather\n\nTallinn, 8-9 March 2014\n\n{BODY}",
     "Regional heads of Customs gather", "2014-03-11", "The Council"),
    (f"Harbour Customs Union meets\nValletta, 3 February 2012\nPress Release\n{BODY}",
     "Harbour Customs Union meets", "2012-02-03", "The Council"),
    (f"Regional heads of Customs gather\nCosta Verde, 29 April - 2 May 2013\n{BODY}",
     "Regional heads of Customs gather", "2013-05-02", "The Council"),
    (f"Harbour Customs Union meets\n\n18 December 2015\n\nOslo, 18 December 2015\n\nPress Release\n\n{BODY}",
     "Harbour Customs Union meets", "2015-12-18", "The Council"),
    ("Welcome to the website of the Harbour Customs Union, your gateway to our work\n\n"
     f"Ports agree a plan\n\n13 December 2017\n\n{BODY}", "Ports agree a plan", "2017-12-13", "The Council"),
    ("\u8be5\u9875\u65e0\u4e2d\u6587\u7248 Chinese : \u4e2d\u6587 English : English\n\n"
     f"Ports agree a plan\n\n17 \u4e09\u6708 2016\n\n{BODY}", "Ports agree a plan", "2016-03-17", "The Council"),
    ("Esta p\u00e1gina no est\u00e1 en el idioma pedido Spanish : Espa\u00f1ol, se muestra en English : English.\n\n"
     f"Ports agree a plan\n\n23 octubre 2014\n\n{BODY}", "Ports agree a plan", "2014-10-23", "The Council"),
    ("La page n'existe pas dans la langue choisie French : Fran\u00e7ais, affich\u00e9e en English : English\n\n"
     f"Ports agree a plan\n\n02 \u0430\u043f\u0440\u0435\u043b\u044f 2017\n\n{BODY}", "Ports agree a plan", "2017-04-02",
     "The Council"),
    (f"Ports agree a plan\n\n20 \u043c\u0430\u0440\u0442\u0430 2013\n\nAccra, 18-19 March 2013\n\n{BODY}",
     "Ports agree a plan", "2013-03-20", "The Council"),
    (f"Ports agree a plan\n\nFebruary 2018\n\n{BODY}", "Ports agree a plan", "2018-02", "The Council"),
    (f"Ports agree a plan\n\n{BODY}\n\n13 December 2017", "Ports agree a plan", None, "The Council"),
    (f"{BODY}\nA second paragraph follows here.", None, None, "The Council"),
    ("The 12th Session of the Harbour Sub-Committee, held from 3 to 5 May 2016, brought together "
     "staff from 40 administrations.\nMore text.", None, None, "The 12th"),
    (f"Harbour Day celebrated by the Union!\n\n27 June 2011\n\n{BODY}",
     "Harbour Day celebrated by the Union!", "2011-06-27", "The Council"),
    (f"5 to 9 October 2020: Harbour Workshop in Suva, Fiji\n\n23 octubre 2020\n\n{BODY}",
     "5 to 9 October 2020: Harbour Workshop in Suva, Fiji", "2020-10-23", "The Council"),
    ("Au port, une r\u00e9union d'information\n12 janvier 2010\nAllocution du Pr\u00e9sident\n",
     "Au port, une r\u00e9union d'information", "2010-01-12", "Allocution"),
    ("Le port adopte un plan\n\nBruxelles, le 25 juin 2012\n\nCommuniqu\u00e9 de presse\n\nLe Conseil s'est r\u00e9uni.",
     "Le port adopte un plan", "2012-06-25", "Le Conseil"),
    ("Home > Media > Newsroom\n\nMembers of the Harbour Customs Union agree a plan for faster clearance.\n\n"
     f"13 December 2017\n\n{BODY}", "Members of the Harbour Customs Union agree a plan for faster clearance.",
     "2017-12-13", "The Council"),
    (f"Ports agree a plan\n\nValletta, Malta - 3 February 2012\n\n{BODY}", "Ports agree a plan", "2012-02-03",
     "The Council"),
    ("", None, None, ""),
    ("\n\n   \n", None, None, ""),
    # Web pages: furniture before the headline, which is the line that a dateline follows.
    (f"HARBOUR CUSTOMS SERVICE\nAbout us Topics Media Resources Contact\nPorts agree a plan\n"
     f"Tuesday, 3 May 2022\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    ("Press Releases | Harbour Customs Union\nHome  /  Media Centre  /  Press Releases\n\nPorts agree a plan\n\n"
     "Tuesday, 3 May 2022\n\nValletta - The Union this week opened a second border post on the coast, its first in a "
     "decade.\n", "Ports agree a plan", "2022-05-03", "Valletta - The Union"),
    (f"MEDIA RELEASE\n\nPorts agree a plan\n\nMonday, 12 September 2022\n\n{BODY}", "Ports agree a plan",
     "2022-09-12", "The Council"),
    (f"Harbour Customs Union\nNews\nPress release\n\nPorts agree a plan\n\nOslo, 21 November 2023\n\n{BODY}",
     "Ports agree a plan", "2023-11-21", "The Council"),
    (f"Harbour Union  |  2023 News items\nPORT POLICY\n\nPorts agree a plan\n\nGeneva, 9 October 2023 - {BODY}\n",
     "Ports agree a plan", "2023-10-09", "Geneva, 9 October 2023 - The Council"),
    (f"Ports agree a plan\n\nOslo, 9 October 2023 \u2013 {BODY}", "Ports agree a plan", "2023-10-09", "Oslo, 9 October"),
    (f"NEWS ITEM\n\n7 October 2021\n\nPorts agree a plan\n\n{BODY}", "Ports agree a plan", "2021-10-07", "The Council"),
    (f"Home > Media > Newsroom > 2023\nPorts agree a plan\nMonday 6 March\n{BODY}", "Ports agree a plan",
     "2023-03-06", "The Council"),
    (f"Home / News\nPorts agree a plan\nJanuary 27, 2026\n{BODY}", "Ports agree a plan", "2026-01-27", "The Council"),
    (f"Home > News\n3 May 2022\nPorts agree a plan\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    ("We use cookies to improve your visit. By browsing on, you accept them.\nSkip to main content\nGOV.UK\n"
     "Ports agree a plan\nThe Union will open a second post next year to cut waiting times at its borders.\n"
     f"From: Harbour Customs Union\nPublished 14 February 2024\nLast updated 15 February 2024\nShare this page\n{BODY}",
     "Ports agree a plan", "2024-02-14", "The Council"),
    (f"Ports agree a plan\nLast updated 15 February 2024\n{BODY}", "Ports agree a plan", "2024-02-15", "The Council"),
    ("gov.xy   Harbour Revenue\nServices   Access to Information   Legislation   Accessibility\n"
     "Subjects > News > 2022 > December\n\nPorts agree a plan\n\nOver 900 delegates from 70 countries met on the coast "
     "to discuss trusted trade and data\n\nPublicado em 05/12/2022 17h40   Atualizado em 06/12/2022 09h12\n\n"
     f"Compartilhe: Facebook  Twitter  WhatsApp\n\n{BODY}", "Ports agree a plan", "2022-12-05", "The Council"),
    (f"Ports agree a plan\n\n05/12/2022\n\n{BODY}", "Ports agree a plan", None, "The Council"),
    (f"Ports agree a plan\nPublished: 12/25/2022\n{BODY}", "Ports agree a plan", "2022-12-25", "The Council"),
    (f"Ports agree a plan\n2022-05-03\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    (f"\u0420\u0443\u0441\u0441\u043a\u0438\u0439  |  English  |  Fran\u00e7ais  |  Espa\u00f1ol\n"
     f"\u0412\u0435\u0440\u0441\u0438\u044f \u0433\u043e\u0442\u043e\u0432\u0438\u0442\u0441\u044f.\n"
     f"Ports agree a plan\n18 \u043c\u0430\u044f 2022\n{BODY}", "Ports agree a plan", "2022-05-18", "The Council"),
    (f"Ports agree a plan\n03 \u4e94\u6708 2022\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    (f"Esta noticia solo est\u00e1 disponible en ingl\u00e9s.\nPorts agree a plan\n11 mayo 2023\n{BODY}",
     "Ports agree a plan", "2023-05-11", "The Council"),
    (f"Cette page n'est pas disponible dans la langue choisie.\nPorts agree a plan\n11 de mayo de 2023\n{BODY}",
     "Ports agree a plan", "2023-05-11", "The Council"),
    (f"Ports agree a plan\nter\u00e7a-feira, 3 de maio de 2022\n{BODY}", "Ports agree a plan", "2022-05-03",
     "The Council"),
    (f"Ports agree a plan\nPublished: Tue, 3 May 2022 10:30\n{BODY}", "Ports agree a plan", "2022-05-03",
     "The Council"),
    (f"Ports agree a plan\nThe Union will open two more posts on the coast next year.\n3 May 2022\n{BODY}",
     "Ports agree a plan", "2022-05-03", "The Council"),
    (f"Photo: Harbour Union\nPorts agree a plan\nMs. Amara Okafor (left) and Mr. Tomasz Wielicki at the signing\n"
     f"3 May 2022\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    (f"Skip to main content\nShare: Facebook Twitter LinkedIn\nPorts agree a plan\n{BODY}", "Ports agree a plan",
     None, "The Council"),
    # Rejects: no headline-like line, or only furniture and kickers; a weekday that no year fits.
    (f"HARBOUR CUSTOMS SERVICE\n{BODY}", None, None, "The Council"),
    (f"Home > News\n{BODY}", None, None, "The Council"),
    (f"Ports agree a plan\nMonday 6 March\n{BODY} It met in 2024.", "Ports agree a plan", None, "The Council"),
    (f"Ports agree a plan\nSunday 6 March\n{BODY} It met in 2023.", "Ports agree a plan", None, "The Council"),
    (f"Ports agree a plan\nMonday 6 March\n{BODY} It met in 2023.", "Ports agree a plan", "2023-03-06", "The Council"),
]


@pytest.mark.parametrize("text, title, published, body", LAYOUTS, ids=[f"layout{i}" for i in range(len(LAYOUTS))])
def test_layouts(text: str, title: str | None, published: str | None, body: str) -> None:
    doc = Document.from_text(text)
    head = read_header(doc)
    assert (head.title.text if head.title else None) == title
    assert head.published == published
    assert text[head.body_start :].startswith(body)
    for m in (head.title, head.published_mention, head.place_dateline, *head.boilerplate):
        if m is not None:
            assert text[m.start : m.end] == m.text


BODY_FR = "Le Conseil de l\u2019Union douani\u00e8re portuaire s\u2019est r\u00e9uni pour adopter un plan de d\u00e9douanement."

# Web pages laid out one link per line: menus, breadcrumbs, cookie banners, labels, sharing links.
# (language, page, title, published, first words of the body)
WEB_PAGES: list[tuple[str, str, str | None, str | None, str]] = [
    # GOV.UK-style: cookie banner, menu entries, "Press release", standfirst, "From:" and "Published"
    # each alone on a line above their value.
    ("en", "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
     "We would like to set additional cookies to understand how you use the site and improve our services.\n"
     "Accept additional cookies\nReject additional cookies\nView cookies\nSkip to main content\nGOV.UK\nMenu\n"
     "Search GOV.UK\nHome\nBusiness and industry\nTrade and investment\nPress release\n"
     "Ports agree a plan to speed up border checks\n"
     "The Union will open a second border post next year to cut waiting times at its borders.\n"
     "From:\nHarbour Customs Union and Department for Ports\nPublished\n14 February 2024\nLast updated\n"
     f"15 February 2024\nGet emails about this page\nPrint this page\n{BODY}",
     "Ports agree a plan to speed up border checks", "2024-02-14", "The Council"),
    ("en", "Home\nAbout the Union\nOur work\nNews\nPress release\nPorts agree a plan\nLast updated:\n4 May 2022\n"
     f"Share\nFacebook\nX\n{BODY}", "Ports agree a plan", "2022-05-04", "The Council"),
    ("en", f"Home\nOur work\nWho we serve\nPress release\nPorts agree a plan\nShare this page\n{BODY}",
     "Ports agree a plan", None, "The Council"),
    # French: menu one entry per line (some unknown to the data files), language switcher,
    # breadcrumb, "Communiqu\u00e9 de presse", a long headline, "Publi\u00e9 le ...", sharing links.
    ("fr", "Aller au contenu principal\nMenu\nAccueil\n\u00c0 propos de l\u2019Union\nNos missions\nActualit\u00e9s\n"
     "Rechercher\nEnglish | Espa\u00f1ol\nAccueil > Actualit\u00e9s > Communiqu\u00e9s de presse > Plan portuaire\n"
     "Communiqu\u00e9 de presse\n"
     "Le port adopte un plan pour acc\u00e9l\u00e9rer le d\u00e9douanement des marchandises aux fronti\u00e8res du pays\n"
     f"Publi\u00e9 le 3 mai 2022\nPartager\nFacebook\nX\nLinkedIn\nCourriel\n{BODY_FR}",
     "Le port adopte un plan pour acc\u00e9l\u00e9rer le d\u00e9douanement des marchandises aux fronti\u00e8res du pays",
     "2022-05-03", "Le Conseil"),
    ("fr", "Ce site utilise des cookies pour mesurer l\u2019audience. En poursuivant votre navigation, vous acceptez "
     "leur utilisation.\nTout accepter\nTout refuser\nPersonnaliser\nAccueil\nPresse\nAgenda\nContact\n"
     "Vous \u00eates ici : Accueil / Presse / Communiqu\u00e9s\nLe port adopte un plan\nDe :\nMinist\u00e8re des Ports\n"
     f"Publi\u00e9 le\n03/05/2022\nMis \u00e0 jour le 4 mai 2022\nImprimer\nPartager sur Facebook\n{BODY_FR}",
     "Le port adopte un plan", "2022-05-03", "Le Conseil"),
    ("en", f"This website uses cookies. Read our cookie policy.\nAccept\nMenu\nPorts agree a plan\nBy Amara Okafor\n"
     f"3 May 2022\n{BODY}", "Ports agree a plan", "2022-05-03", "The Council"),
    ("fr", f"Aller au contenu\nNos missions\nEspace membres\nAccueil\nPresse\nLe port adopte un plan\n{BODY_FR}",
     "Le port adopte un plan", None, "Le Conseil"),
]


@pytest.mark.parametrize("lang, text, title, published, body", WEB_PAGES, ids=[f"web{i}" for i in range(len(WEB_PAGES))])
def test_web_pages(lang: str, text: str, title: str | None, published: str | None, body: str) -> None:
    head = read_header(Document.from_text(text), lang)
    assert (head.title.text if head.title else None) == title
    assert head.published == published
    assert text[head.body_start :].startswith(body)


def test_published_mention_is_the_date() -> None:
    text = f"Ports agree a plan\n\nOslo, 18 December 2015\n\n{BODY}"
    head = read_header(Document.from_text(text))
    assert head.published_mention is not None and head.published_mention.text == "18 December 2015"
    assert head.place_dateline is not None and head.place_dateline.text == "Oslo, 18 December 2015"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Press Release", True),
        ("PRESS RELEASE", True),
        ("Home > Media > News", True),
        ("Spanish : Espa\u00f1ol ... English : English", True),
        ("Homeland security on the agenda", False),
        ("French Customs: a new strategy", False),
        ("Ports agree a plan", False),
        # Web-page furniture.
        ("About us Topics Media Resources Contact", True),
        ("Home / News", True),
        ("Home  /  Media Centre  /  Press Releases", True),
        ("Subjects > News > 2022 > December", True),
        ("Inicio \u00bb Noticias", True),
        ("Press Releases | Harbour Customs Union", True),
        ("Harbour Union  |  2023 News items", True),
        ("We use cookies to give you the best experience on our website.", True),
        ("This website uses cookies to remember your choices", True),
        ("GOV.UK", True),
        ("gov.xy   Harbour Revenue", True),
        ("Services   Access to Information   Legislation   Accessibility", True),
        ("English | Fran\u00e7ais | Espa\u00f1ol", True),
        ("\u0420\u0443\u0441\u0441\u043a\u0438\u0439  |  English", True),
        ("Esta p\u00e1gina no est\u00e1 disponible en el idioma seleccionado", True),
        ("Cette page n'est pas disponible dans la langue s\u00e9lectionn\u00e9e", True),
        ("Diese Seite ist in der ausgew\u00e4hlten Sprache nicht verf\u00fcgbar", True),
        ("Esta p\u00e1gina n\u00e3o est\u00e1 dispon\u00edvel no idioma selecionado", True),
        ("This story is only available in English", True),
        ("\u0412\u0435\u0440\u0441\u0438\u044f \u043d\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u043c "
         "\u044f\u0437\u044b\u043a\u0435 \u0433\u043e\u0442\u043e\u0432\u0438\u0442\u0441\u044f.", True),
        ("Skip to main content", True),
        ("Share this page", True),
        ("Share: Facebook Twitter LinkedIn", True),
        ("Compartilhe: Facebook  Twitter  WhatsApp", True),
        ("From: Harbour Customs Union", True),
        ("Photo: Harbour Customs Union", True),
        ("Ms. Amara Okafor (left) and Mr. Tomasz Wielicki sign the plan", True),
        ("MEDIA RELEASE", True),
        ("NEWS ITEM", True),
        # One menu entry or sharing link per line; labels alone; cookie banners.
        ("Home", True),
        ("Rechercher", True),
        ("\u00c0 propos", True),
        ("Facebook", True),
        ("From:", True),
        ("De :", True),
        ("Published", True),
        ("Publi\u00e9 le", True),
        ("Accept additional cookies", True),
        ("We use some essential cookies to make this website work.", True),
        ("Tout accepter", True),
        ("Ce site utilise des cookies pour mesurer l'audience.", True),
        ("Communiqu\u00e9 de presse", True),
        ("By Amara Okafor", True),
        ("Par Amara Okafor, attach\u00e9e de presse", True),
        # Headlines are not furniture, even with a menu word or a bar-free list of capitals.
        ("Harbour Union launches Media Resources portal", False),
        ("New Customs guide available in Spanish and French", False),
        ("Data not available for most ports, study finds", False),
        ("Ports and Customs share data", False),
        ("Share of e-commerce in trade keeps growing", False),
        ("Photo exhibition opens at the Harbour Union", False),
        ("Asia/Pacific ports meet in Lisbon", False),
        ("WCO Council Opens Its 2017 Session", False),
        ("HARBOUR UNION AND PORTS SIGN AGREEMENT", False),
        ("English-speaking Members meet in Accra", False),
        ("From the port to the border: a new plan", False),
        ("Published works on trade law", False),
        ("Rechercher les fraudes au port", False),
        ("By 2030, ports will be paperless", False),
        ("Par ailleurs, le Conseil adopte un plan", False),
    ],
)
def test_boilerplate(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ports agree a plan", True),
        ("International Harbour Day 2019 - Message from the Union", True),
        ("\"Smart ports\" on the agenda", True),
        (BODY, False),
        ("x" * 300, False),
        ("lower-case start is body text", False),
        ("***", False),
    ],
)
def test_title_shape(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("HARBOUR CUSTOMS SERVICE", True),
        ("PORT POLICY", True),
        ("Harbour Customs Union", True),
        ("Bank of the Coast", True),
        ("Ports agree a plan", False),
        ("2009 Harbour Conference", False),
        ("Harbour Union: New Plan", False),
        ("Harbour Union Council meets in Accra to agree a plan", False),
        ("Rechercher", True),
    ],
)
def test_kicker(line: str, expected: bool) -> None:
    """Lines above a headline: capitals, a bare name or one word; they lose to a real headline."""
    assert is_kicker(line) is expected


# (header line, kind, ISO value, the date as written)
DATELINES: list[tuple[str, str | None, str | None, str | None]] = [
    ("13 December 2017", "bare", "2017-12-13", "13 December 2017"),
    ("Tuesday, 3 May 2022", "bare", "2022-05-03", "3 May 2022"),
    ("Tuesday, January 27, 2026", "bare", "2026-01-27", "January 27, 2026"),
    ("Tue 3 May 2022 - 10:30 CET", "bare", "2022-05-03", "3 May 2022"),
    ("Published 14 February 2024", "published", "2024-02-14", "14 February 2024"),
    ("Published on: Monday, 12 February 2024", "published", "2024-02-12", "12 February 2024"),
    ("Last updated 15 February 2024", "updated", "2024-02-15", "15 February 2024"),
    ("Publicado em 05/12/2022 17h40   Atualizado em 06/12/2022 09h12", "published", "2022-12-05", "05/12/2022"),
    ("Atualizado em 06/12/2022 09h12 | Publicado em 05/12/2022 17h40", "published", "2022-12-05", "05/12/2022"),
    ("Publi\u00e9 le 3 mai 2022", "published", "2022-05-03", "3 mai 2022"),
    ("Date: 2024-02-14", "published", "2024-02-14", "2024-02-14"),
    ("05/12/2022", "numeric", None, "05/12/2022"),
    ("Berne, 21 November 2023", "place", "2023-11-21", "21 November 2023"),
    ("BERNE, Tuesday 21 November 2023", "place", "2023-11-21", "21 November 2023"),
    ("Geneva, 9 October 2023 - The Committee met to review the plan.", "lead", "2023-10-09", "9 October 2023"),
    ("9 October 2023 - The Committee met to review the plan.", "lead", "2023-10-09", "9 October 2023"),
    ("Monday 6 March", "yearless", None, "Monday 6 March"),
    ("News | 3 May 2022", "bare", "2022-05-03", "3 May 2022"),
    ("By Ms. Amara Okafor | Tuesday, 3 May 2022 | 4 min read", "bare", "2022-05-03", "3 May 2022"),
    ("18 \u043c\u0430\u044f 2022", "bare", "2022-05-18", "18 \u043c\u0430\u044f 2022"),
    ("03 \u4e94\u6708 2022", "bare", "2022-05-03", "03 \u4e94\u6708 2022"),
    ("11 mayo 2023", "bare", "2023-05-11", "11 mayo 2023"),
    ("5 de dezembro de 2022", "bare", "2022-12-05", "5 de dezembro de 2022"),
    # Rejects.
    ("Kampala - The Authority opened a new office on the lake shore, its first in the region.", None, None, None),
    ("On 9 October 2023 - a date to remember", None, None, None),
    ("The Council met on 9 October 2023.", None, None, None),
    ("Unpublished 14 February 2024", None, None, None),
    ("The report, published 14 February 2024, shows more trade.", None, None, None),
    ("Resolution 2017/12", None, None, None),
    ("Monday", None, None, None),
    ("Harbour Union adopts a new plan", None, None, None),
]


@pytest.mark.parametrize("line, kind, value, written", DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_read_dateline(line: str, kind: str | None, value: str | None, written: str | None) -> None:
    doc = Document.from_text(line)
    found = read_dateline(doc, doc.lines[0])
    got = (found.kind, found.value, found.date.text) if found else (None, None, None)
    assert got == (kind, value, written)
    if found is not None:
        assert line[found.date.start : found.date.end] == found.date.text


def test_yearless_dateline_takes_a_year_the_weekday_confirms() -> None:
    assert complete_year((3, 6, 1), [], [2022, 2023]) == "2023-03-06"
    assert complete_year((3, 6, 1), [2024], []) is None
    assert complete_year((3, 6, None), [2023], [2024]) == "2023-03-06"
    assert complete_year((3, 6, None), [], [2023]) is None
    assert complete_year((2, 30, None), [2023], []) is None


def test_memo_works_an_answer_out_once() -> None:
    from pressparse.header_datelines import Memo

    memo, calls = Memo(), []
    assert memo.get(("k",), lambda: calls.append(1) or 7) == 7 and memo.get(("k",), lambda: calls.append(1) or 8) == 7
    assert calls == [1]


@pytest.mark.parametrize("line", ["Home | News | 2023", "About   Topics   Contact", "News · Events", "Plain line",
                                  "a  |  b", "x\u3000\u3000y"])
def test_segment_breaks_skip_only_lines_without_breaks(line: str) -> None:
    from pressparse.header_lines import HEADER_SEGMENT_BREAK, segment_breaks

    whole = HEADER_SEGMENT_BREAK.finditer(line)
    assert [m.span() for m in segment_breaks(line, 0, len(line), None)] == [m.span() for m in whole]
    assert [m.span() for m in segment_breaks(line, 0, len(line), None, bars_only=True)] == [
        m.span() for m in whole if m.group().strip()]
