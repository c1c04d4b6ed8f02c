"""The people extractor on invented sentences: who is found, and with which title and affiliation."""

from __future__ import annotations

import pytest
import regex

from pressparse.document import Document
from pressparse.models import Mention, Organization, Person
from pressparse.people import contact_lines, find_people
from pressparse.person_names import Ctx, joined, post_nominal, tokenize
from pressparse.person_words import grammar, trie_alternation
from pressparse.rules import alternation
from pressparse.places import PlaceMention, find_places

# (text, organizations the orgs extractor would report, expected people as
#  (name, honorific, title, affiliation, country))
Row = tuple[str, str | None, str | None, str | None, str | None]

CASES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The forum was opened by Ms. Amara Okafor, Director General of Customs, who welcomed delegates.",
        (),
        [("Amara Okafor", "Ms.", "Director General of Customs", None, None)],
    ),
    (
        "WCO Secretary General Tomasz Wielicki attended the meeting. Secretary General Wielicki thanked the hosts.",
        ("WCO",),
        [("Tomasz Wielicki", None, "Secretary General", "WCO", None)],
    ),
    (
        "Invited by Director General Ingrid Solberg of Norway Customs, the delegates met in Oslo.",
        ("Norway Customs",),
        [("Ingrid Solberg", None, "Director General", "Norway Customs", "Norway")],
    ),
    (
        "Opening the meeting, Deputy Prime Minister Farid Kamalov of Azerbaijan spoke about reform.",
        (),
        [("Farid Kamalov", None, "Deputy Prime Minister", "Azerbaijan", "Azerbaijan")],
    ),
    (
        "Lena Varga, Chair of the WCO Council, and Mr. Kofi Mensah met the press.",
        ("WCO Council",),
        [("Lena Varga", None, "Chair", "WCO Council", None), ("Kofi Mensah", "Mr.", None, None, None)],
    ),
    (
        "Customs was represented by Mr. Pablo Ortega, AFIP's Director General of Customs, and Mr. Wei Zhang, "
        "Deputy Director of Xiamen Customs in China and Co-Chair of the Working Group.",
        ("AFIP",),
        [
            ("Pablo Ortega", "Mr.", "Director General of Customs", "AFIP", None),
            ("Wei Zhang", "Mr.", "Deputy Director", "Xiamen Customs", "China"),
        ],
    ),
    (
        "Speakers included Mr. Dario Fenn, Head of Global Public Policy - Kestrel Logistics, and "
        "Ms. Mei Tanaka, Director of the Innovation Centre - Pacific Parcel Union.",
        (),
        [
            ("Dario Fenn", "Mr.", "Head of Global Public Policy", "Kestrel Logistics", None),
            ("Mei Tanaka", "Ms.", "Director of the Innovation Centre", "Pacific Parcel Union", None),
        ],
    ),
    (
        "The Co-Chairpersons Mr. Jun Park (Korea) and Ms. Ruth Adler (the Private Sector Consultative Group) spoke.",
        ("Private Sector Consultative Group",),
        [
            ("Jun Park", "Mr.", "Co-Chairperson", "Korea", "Korea"),
            ("Ruth Adler", "Ms.", "Co-Chairperson", "Private Sector Consultative Group", None),
        ],
    ),
    (
        "The session was chaired by Ms. Hye Jin Seo from Korea Customs Service.",
        ("Korea Customs Service",),
        [("Hye Jin Seo", "Ms.", None, "Korea Customs Service", "Korea")],
    ),
    (
        "The welcome address was given by the WCO's Deputy Secretary General, Marco Bellini, who stressed integrity.",
        ("WCO",),
        [("Marco Bellini", None, "Deputy Secretary General", "WCO", None)],
    ),
    (
        "Heading the delegation was Ms. Dara Phan, Director General of Customs, accompanied by her "
        "predecessor, Sombat Rattana, and other officials.",
        (),
        [("Dara Phan", "Ms.", "Director General of Customs", None, None), ("Sombat Rattana", None, None, None, None)],
    ),
    (
        "Hon. Mr. Desmond Clarke, State Minister of Finance & the Public Service of Jamaica, spoke.",
        (),
        [("Desmond Clarke", "Hon. Mr.", "State Minister of Finance & the Public Service", "Jamaica", "Jamaica")],
    ),
    (
        "Chad's Minister of Finance and Budget, Mr.Abakar Mahamat ZAKARIA, presided over the ceremony.",
        (),
        [("Abakar Mahamat ZAKARIA", "Mr.", "Minister of Finance and Budget", "Chad", "Chad")],
    ),
    (
        "Pia Lund, President and Chief Operating Officer (COO) of SEALINK, gave a keynote.",
        ("SEALINK",),
        [("Pia Lund", None, "President and Chief Operating Officer", "SEALINK", None)],
    ),
    (
        "Mr. Rik van Damme, Deputy Director of Europol and Head of its Analysis Department, spoke.",
        ("Europol",),
        [("Rik van Damme", "Mr.", "Deputy Director", "Europol", None)],
    ),
    (
        "The Committee met under Ilze Berzina, the Chair of the Committee and Deputy Head of the "
        "State Revenue Service of Latvia, who opened the session.",
        ("Committee", "State Revenue Service of Latvia"),
        [("Ilze Berzina", None, "Chair", "State Revenue Service of Latvia", "Latvia")],
    ),
    (
        "H.E Maria N. Chanda Mwale, Ambassador of the Republic of Zambia to Belgium, gave the address.",
        (),
        [("Maria N. Chanda Mwale", "H.E", "Ambassador", "Republic of Zambia", "Zambia")],
    ),
    (
        "Mr. Ahmed Al Mansoori, President of Oman Customs, chaired the meeting. Mr. Al Mansoori closed it.",
        ("Oman Customs",),
        [("Ahmed Al Mansoori", "Mr.", "President", "Oman Customs", "Oman")],
    ),
    (
        "Mr. Bruno Keller, Director of Aviation Security at the Global Aviation Body, also spoke.",
        ("Global Aviation Body",),
        [("Bruno Keller", "Mr.", "Director of Aviation Security", "Global Aviation Body", None)],
    ),
    (
        "Mr. Luis Ortiz, Commissioner of Customs and Border Control of the RVA, closed the event.",
        ("RVA",),
        [("Luis Ortiz", "Mr.", "Commissioner of Customs and Border Control", "RVA", None)],
    ),
    (
        "Chinese Minister of Customs Mr. Chen Guolin met the delegation. Minister Chen thanked the WCO.",
        ("WCO",),
        [("Chen Guolin", "Mr.", "Minister of Customs", "China", "China")],
    ),
    (
        "Mr. Anil Rao, Deputy National Superintendent of Customs (SUNAD) for Peru, also attended.",
        ("SUNAD",),
        [("Anil Rao", "Mr.", "Deputy National Superintendent of Customs", "SUNAD", "Peru")],
    ),
    (
        "Press enquiries\nAnouk Dubois\nanouk.dubois(at)example.org\n",
        (),
        [("Anouk Dubois", None, None, None, None)],
    ),
    (
        "Ms. Nadia Haddad, the WCO Director of Capacity Building, welcomed delegates. Director Haddad then left.",
        ("WCO",),
        [("Nadia Haddad", "Ms.", "Director of Capacity Building", "WCO", None)],
    ),
    (
        "Dr. Eli Navarro, Chief Executive Officer of Clearwater International, spoke on ethics.",
        ("Clearwater International",),
        [("Eli Navarro", "Dr.", "Chief Executive Officer", "Clearwater International", None)],
    ),
    (
        "Mr. Paulo Reis, who is the Director of Operations of the Brazilian Federal Revenue, led the visit.",
        (),
        [("Paulo Reis", "Mr.", "Director of Operations", "Brazilian Federal Revenue", "Brazil")],
    ),
    (
        "Dr. Sara Lind, Professor of Economics at the University of Tartu, spoke.",
        (),
        [("Sara Lind", "Dr.", "Professor of Economics", "University of Tartu", None)],
    ),
    (
        "The ceremony was addressed by HE Omar Haddad, Ambassador of Egypt to Belgium.",
        (),
        [("Omar Haddad", "HE", "Ambassador", "Egypt", "Egypt")],
    ),
    (
        "Mr. Bogdan Ilie, Deputy Director General of the Romanian Customs Authority, and "
        "Ms. Karin Holm, Head of Unit, Swedish Customs, attended.",
        (),
        [
            ("Bogdan Ilie", "Mr.", "Deputy Director General", "Romanian Customs Authority", "Romania"),
            ("Karin Holm", "Ms.", "Head of Unit", "Swedish Customs", "Sweden"),
        ],
    ),
    (
        "The meeting heard Ms. Ana Costa from Icelan",
        (),
        [("Ana Costa", "Ms.", None, None, None)],
    ),
    # -- employers after a name: universities, academies, institutes, companies ---------------
    (
        "The keynote was given by Dr. Lena Moravec from the University of Bergen, who presented her study.",
        (),
        [("Lena Moravec", "Dr.", None, "University of Bergen", None)],
    ),
    (
        "Mr. Tomasz Wielicki of the Polish Customs Academy delivered the training.",
        (),
        [("Tomasz Wielicki", "Mr.", None, "Polish Customs Academy", "Poland")],
    ),
    (
        "Prof. Amara Okafor at the University of Lagos presented the findings.",
        (),
        [("Amara Okafor", "Prof.", None, "University of Lagos", None)],
    ),
    (
        "Ms. Ingrid Solberg, a PhD candidate at the University of Oslo, won the prize.",
        (),
        [("Ingrid Solberg", "Ms.", "PhD candidate", "University of Oslo", None)],
    ),
    (
        "Ms. Hana Kim, a researcher at the Korea Customs Research Institute, spoke.",
        (),
        [("Hana Kim", "Ms.", "researcher", "Korea Customs Research Institute", "Korea")],
    ),
    (
        "Mr. Kofi Mensah, Chief Economist at Meridian Shipping Ltd, also spoke.",
        (),
        [("Kofi Mensah", "Mr.", "Chief Economist", "Meridian Shipping Ltd", None)],
    ),
    (
        "Mr. Kwame Asante, a representative of the Ghana Revenue Authority, spoke.",
        (),
        [("Kwame Asante", "Mr.", None, "Ghana Revenue Authority", "Ghana")],
    ),
    (
        "Ms. Ilse Berg, Customs Attaché at the Embassy of Norway in Brussels, attended.",
        (),
        [("Ilse Berg", "Ms.", "Customs Attaché", "Embassy of Norway", "Norway")],
    ),
    (
        "Mr. Ivo Marek from Czechia's General Directorate of Customs spoke.",
        ("General Directorate of Customs",),
        [("Ivo Marek", "Mr.", None, "General Directorate of Customs", "Czechia")],
    ),
    # -- long titles before the name, with an acronym and a country ----------------------------
    (
        "The meeting was opened by the Director General of the General Directorate of Customs (DGA) of the "
        "Dominican Republic, Ms. Rosa Delgado Marte.",
        ("General Directorate of Customs", "DGA"),
        [("Rosa Delgado Marte", "Ms.", "Director General", "General Directorate of Customs", "Dominican Republic")],
    ),
    (
        "The Commissioner General of the Uganda Revenue Authority, Mr. Peter Okello Wamala, welcomed delegates.",
        ("Uganda Revenue Authority",),
        [("Peter Okello Wamala", "Mr.", "Commissioner General", "Uganda Revenue Authority", "Uganda")],
    ),
    (
        "It was opened by the Special Secretary of the Federal Revenue of Brazil, Mr. Caio Tavares Lins.",
        (),
        [("Caio Tavares Lins", "Mr.", "Special Secretary", "Federal Revenue of Brazil", "Brazil")],
    ),
    (
        "Mr. Ravi Menon, Director General of Customs and Central Excise, India, said so.",
        (),
        [("Ravi Menon", "Mr.", "Director General of Customs and Central Excise", "India", "India")],
    ),
    (
        "Mr. Tae-ho Lim, Director, Tariff and Trade Affairs, WCO, presented the tools.",
        ("WCO",),
        [("Tae-ho Lim", "Mr.", "Director, Tariff and Trade Affairs", "WCO", None)],
    ),
    (
        "Mr. Samuel Kiprono, Deputy Commissioner, Customs Services, Kenya Revenue Authority, spoke.",
        (),
        [("Samuel Kiprono", "Mr.", "Deputy Commissioner, Customs Services", "Kenya Revenue Authority", "Kenya")],
    ),
    (
        "Uganda's Minister of State for Finance (Planning), Hon. Grace Atim, opened it.",
        (),
        [("Grace Atim", "Hon.", "Minister of State for Finance (Planning)", "Uganda", "Uganda")],
    ),
    # -- "to" in titles, post-nominal letters --------------------------------------------------
    (
        "Exchequer Secretary to the Treasury Oliver Pemberton MP opened the conference.",
        (),
        [("Oliver Pemberton", None, "Exchequer Secretary to the Treasury", None, None)],
    ),
    (
        "Mr. Oliver Pemberton MP, Exchequer Secretary to the Treasury, opened the conference.",
        (),
        [("Oliver Pemberton", "Mr.", "Exchequer Secretary to the Treasury", None, None)],
    ),
    (
        "H.E. Ms. Dana Aliyeva, Ambassador of Kazakhstan to Belgium, attended.",
        (),
        [("Dana Aliyeva", "H.E. Ms.", "Ambassador", "Kazakhstan", "Kazakhstan")],
    ),
    (
        "The award went to Sir Ralph Whitby OBE, who led the project, and to Ms. Jane Aldous, PhD, Head of Research.",
        (),
        [("Ralph Whitby", "Sir", None, None, None), ("Jane Aldous", "Ms.", "Head of Research", None, None)],
    ),
    (
        "Leah Rowntree MBE, Director of Border Operations, closed the day.",
        (),
        [("Leah Rowntree", None, "Director of Border Operations", None, None)],
    ),
    # -- lower-case positions: kept as written, only beside a name found otherwise -------------
    (
        "Also present was the head of Customs, Mr. Arturo Benitez, who welcomed the delegation.",
        (),
        [("Arturo Benitez", "Mr.", "head of Customs", None, None)],
    ),
    (
        "The country's finance minister, Ms. Nadia Farah, thanked the WCO.",
        ("WCO",),
        [("Nadia Farah", "Ms.", "finance minister", None, None)],
    ),
    (
        "Mr. Juho Lehto, head of the Customs unit, explained the reform.",
        (),
        [("Juho Lehto", "Mr.", "head of the Customs unit", None, None)],
    ),
    (
        "The head of the WCO, Mr. Anselm Varga, spoke. Its director, Ms. Ana Lobo, replied.",
        ("WCO",),
        [("Anselm Varga", "Mr.", "head", "WCO", None), ("Ana Lobo", "Ms.", "director", None, None)],
    ),
    (
        "Kenya's trade minister, Ms. Amina Wafula, met Mr. Jon Berg, director of the Nordic Trade Institute.",
        (),
        [("Amina Wafula", "Ms.", "trade minister", "Kenya", "Kenya"), ("Jon Berg", "Mr.", "director", "Nordic Trade Institute", None)],
    ),
    # -- position and name without a comma -----------------------------------------------------
    (
        "Minister of Finance Daniel Mwangi Otieno opened the workshop.",
        (),
        [("Daniel Mwangi Otieno", None, "Minister of Finance", None, None)],
    ),
    (
        "The Commissioner General of the Uganda Revenue Authority Joseph Kato Lwanga spoke.",
        ("Uganda Revenue Authority",),
        [("Joseph Kato Lwanga", None, "Commissioner General", "Uganda Revenue Authority", "Uganda")],
    ),
    (
        "Deputy Comptroller Marcus Fenwick and Assistant Comptroller-General Aisha Bello led the team.",
        (),
        [
            ("Marcus Fenwick", None, "Deputy Comptroller", None, None),
            ("Aisha Bello", None, "Assistant Comptroller-General", None, None),
        ],
    ),
    (
        "Comptroller-General Col. Tanko Musa (Rtd) opened the meeting.",
        (),
        [("Tanko Musa", "Col.", "Comptroller-General", None, None)],
    ),
    (
        "The delegation was led by Mr. ZHANG Wei, Director General of the Anti-Smuggling Bureau.",
        ("Anti-Smuggling Bureau",),
        [("ZHANG Wei", "Mr.", "Director General", "Anti-Smuggling Bureau", None)],
    ),
    # -- programmes are never employers ----------------------------------------------------------
    (
        "Mr. Ravi Patel (A-PROG) explained the work of the Advanced Programme for Revenue Operations (A-PROG).",
        ("A-PROG",),
        [("Ravi Patel", "Mr.", None, None, None)],
    ),
    (
        "Ms. Lea Brunner, Programme Manager for the Border Integrity Promotion (BIP) Programme, spoke.",
        ("BIP",),
        [("Lea Brunner", "Ms.", "Programme Manager", None, None)],
    ),
    (
        "Mr. Omar Said of the Mercator Programme presented the plan.",
        (),
        [("Omar Said", "Mr.", None, None, None)],
    ),
    # -- bodies named around the sentence ------------------------------------------------------
    (
        "The WCO was represented by Mr. Ravi Patel, Technical Officer, and Ms. Ana Lobo, Senior Analyst.",
        ("WCO",),
        [("Ravi Patel", "Mr.", "Technical Officer", "WCO", None), ("Ana Lobo", "Ms.", "Senior Analyst", "WCO", None)],
    ),
    (
        "A delegation from the State Tax Committee of Ruritania, led by its Deputy Chairperson, Ms. Irina Volkova, "
        "visited the WCO. The delegation also included Mr. Pavel Orlov, Director of the Risk Department.",
        ("State Tax Committee of Ruritania", "WCO"),
        [
            ("Irina Volkova", "Ms.", "Deputy Chairperson", "State Tax Committee of Ruritania", None),
            ("Pavel Orlov", "Mr.", "Director of the Risk Department", "State Tax Committee of Ruritania", None),
        ],
    ),
    (
        "Mr. Ernani Costa, Director of Capacity Building, and Mr. Taro Ueda, Senior Analyst, represented the WCO.",
        ("WCO",),
        [("Ernani Costa", "Mr.", "Director of Capacity Building", "WCO", None), ("Taro Ueda", "Mr.", "Senior Analyst", "WCO", None)],
    ),
    (
        "She was joined by the WCO Regional Vice-Chair, Mr. Tendai Moyo (Zimbabwe).",
        ("WCO",),
        [("Tendai Moyo", "Mr.", "Regional Vice-Chair", "Zimbabwe", "Zimbabwe")],
    ),
    (
        "It was facilitated by Ms. Lerato Dlamini, a WCO-accredited expert from the South African Revenue Service (SARS).",
        ("South African Revenue Service", "SARS"),
        [("Lerato Dlamini", "Ms.", None, "South African Revenue Service", "South Africa")],
    ),
    (
        "Speakers:\n- Mr. Diego Alvarez, Head of Customs Affairs, Mercado Digital\n- Ms. Priya Nair, Trade Adviser, Kestrel Freight\n\nThe day closed at noon.",
        (),
        [
            ("Diego Alvarez", "Mr.", "Head of Customs Affairs", "Mercado Digital", None),
            ("Priya Nair", "Ms.", "Trade Adviser", "Kestrel Freight", None),
        ],
    ),
    (
        "H.E. Ambassador Tomas Ruiz Vega and Brig Gen Ali Musa attended.",
        (),
        [("Tomas Ruiz Vega", "H.E.", "Ambassador", None, None), ("Ali Musa", "Brig Gen", None, None, None)],
    ),
    # -- press contacts ------------------------------------------------------------------------
    (
        "For more information, contact: Jane Doe, Media Officer, jane.doe@example.org",
        (),
        [("Jane Doe", None, "Media Officer", None, None)],
    ),
    (
        "Media contact\nKerstin Halvorsen\nCommunications Officer\nTel. +41 31 350 31 11\npress(at)example.org\n",
        (),
        [("Kerstin Halvorsen", None, "Communications Officer", None, None)],
    ),
]

#: A role taken on, written after the name ("as Vice-Chair", "was elected Chair of ..."): the title
#: is the role; the affiliation is the person's own body when the text states one, else the body
#: the role belongs to.
AS_ROLES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The Committee elected its Bureau, with Mr. Tomasz Wielicki (Nigeria) as Vice-Chair.",
        (),
        [("Tomasz Wielicki", "Mr.", "Vice-Chair", "Nigeria", "Nigeria")],
    ),
    (
        "The Committee elected Ms. Amara Okafor of SARS as its new Chairperson.",
        ("SARS",),
        [("Amara Okafor", "Ms.", "Chairperson", "SARS", None)],
    ),
    (
        "The Council re-appointed Mr. Kofi Mensah as Chairperson of the Finance Committee.",
        ("Finance Committee",),
        [("Kofi Mensah", "Mr.", "Chairperson", "Finance Committee", None)],
    ),
    (
        "The Council elected Ms. Lena Varga (Hungary) as Chairperson and Mr. Ivo Dane (Peru) as Vice-Chairperson.",
        (),
        [("Lena Varga", "Ms.", "Chairperson", "Hungary", "Hungary"), ("Ivo Dane", "Mr.", "Vice-Chairperson", "Peru", "Peru")],
    ),
    (
        "Mr. Ivo Dane, in his capacity as Chair of the Policy Commission, opened the meeting.",
        ("Policy Commission",),
        [("Ivo Dane", "Mr.", "Chair", "Policy Commission", None)],
    ),
    (
        "Ms. Lena Varga, who was elected Chairperson of the Policy Commission in June, thanked Members.",
        ("Policy Commission",),
        [("Lena Varga", "Ms.", "Chairperson", "Policy Commission", None)],
    ),
    (
        "Ms. Amara Okafor took office as Director General of the Ruritania Revenue Authority in May.",
        ("Ruritania Revenue Authority",),
        [("Amara Okafor", "Ms.", "Director General", "Ruritania Revenue Authority", None)],
    ),
    (
        "Ms. Amara Okafor of SARS, Chair of the Policy Commission, spoke first.",
        ("SARS", "Policy Commission"),
        [("Amara Okafor", "Ms.", "Chair", "SARS", None)],
    ),
    (
        "The Chair: Ms. Amara Okafor (Kenya); Vice-Chair: Mr. Ivo Dane (Peru).",
        (),
        [("Amara Okafor", "Ms.", "Chair", "Kenya", "Kenya"), ("Ivo Dane", "Mr.", "Vice-Chair", "Peru", "Peru")],
    ),
    (
        "The new Chair is Ms. Amara Okafor of the Kenya Revenue Authority.",
        ("Kenya Revenue Authority",),
        [("Amara Okafor", "Ms.", "Chair", "Kenya Revenue Authority", "Kenya")],
    ),
    (  # "as well as" introduces another person, not a role
        "Mr. Tomasz Wielicki as well as Director General Amara Okafor attended.",
        (),
        [("Tomasz Wielicki", "Mr.", None, None, None), ("Amara Okafor", None, "Director General", None, None)],
    ),
    (  # a chair named with "chaired by" holds no title in the text's words
        "The round table was chaired by Ms. Hye Jin Seo from Korea Customs Service.",
        ("Korea Customs Service",),
        [("Hye Jin Seo", "Ms.", None, "Korea Customs Service", "Korea")],
    ),
]

#: Titles with "for/on/in" complements, units kept in the title, the last body of an of-chain
#: as the employer.
LONG_TITLES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The meeting was addressed by Ms. Lena Varga, Team Lead for Supply Chain at WHO.",
        (),
        [("Lena Varga", "Ms.", "Team Lead for Supply Chain", "WHO", None)],
    ),
    (
        "The course was delivered by Mr. Ravi Patel, a WCO Expert on Valuation.",
        ("WCO",),
        [("Ravi Patel", "Mr.", "Expert on Valuation", "WCO", None)],
    ),
    (
        "Ms. Hye Jin Seo, Technical Officer in the Compliance and Facilitation Directorate, presented the tool.",
        (),
        [("Hye Jin Seo", "Ms.", "Technical Officer in the Compliance and Facilitation Directorate", None, None)],
    ),
    (
        "Ms. Hye Jin Seo, Technical Officer in the Tariff Directorate of the WCO, presented the tool.",
        ("WCO",),
        [("Hye Jin Seo", "Ms.", "Technical Officer in the Tariff Directorate", "WCO", None)],
    ),
    (
        "Mr. Wei Zhang, Director General of the Department of International Cooperation of the General "
        "Administration of China Customs, opened the event.",
        ("General Administration of China Customs",),
        [(
            "Wei Zhang", "Mr.", "Director General of the Department of International Cooperation",
            "General Administration of China Customs", "China",
        )],
    ),
    (  # the organizations extractor also reports the department: it still stays in the title
        "Mr. Wei Zhang, Director of the Policy Division of the Ministry of Finance, opened the event.",
        ("Policy Division", "Ministry of Finance"),
        [("Wei Zhang", "Mr.", "Director of the Policy Division", "Ministry of Finance", None)],
    ),
    (
        "Ms. Dara Phan, Head of the Risk Management Bureau of the State Customs Committee, opened the event.",
        ("Risk Management Bureau", "State Customs Committee"),
        [("Dara Phan", "Ms.", "Head of the Risk Management Bureau", "State Customs Committee", None)],
    ),
    (  # a department named with its country is the body itself
        "Ms. Dara Phan, Director General of the Customs Department of Thailand, opened the event.",
        ("Customs Department",),
        [("Dara Phan", "Ms.", "Director General", "Customs Department of Thailand", "Thailand")],
    ),
    (
        "Mr. Wei Zhang, Director of the Tariff Division of the Ruritania Revenue Authority, opened the event.",
        (),
        [("Wei Zhang", "Mr.", "Director of the Tariff Division", "Ruritania Revenue Authority", None)],
    ),
    (
        "Mr. Wei Zhang, Director of the Audit Department in the Ruritania Revenue Authority, opened the event.",
        ("Ruritania Revenue Authority",),
        [("Wei Zhang", "Mr.", "Director of the Audit Department", "Ruritania Revenue Authority", None)],
    ),
    (
        "Mr. Sami Haddad, Lead Risk Management Specialist at the Meridian Bank, presented the study.",
        (),
        [("Sami Haddad", "Mr.", "Lead Risk Management Specialist", "Meridian Bank", None)],
    ),
    (
        "Mr. Ravi Patel, Senior Policy Adviser for Digital Trade at the OECD, moderated the panel.",
        ("OECD",),
        [("Ravi Patel", "Mr.", "Senior Policy Adviser for Digital Trade", "OECD", None)],
    ),
    (
        "Ms. Mei Tanaka, Technical Attaché from Japan Customs, spoke.",
        ("Japan Customs",),
        [("Mei Tanaka", "Ms.", "Technical Attaché", "Japan Customs", "Japan")],
    ),
    (
        "Mr. Ivo Dane, the newly appointed Director of Customs of Ruritania, visited the WCO.",
        ("WCO",),
        [("Ivo Dane", "Mr.", "Director of Customs", "Ruritania", None)],
    ),
    (
        "Ambassador Lena Varga, Permanent Representative of Hungary to the WTO, chaired the session.",
        ("WTO",),
        [("Lena Varga", None, "Ambassador", "Hungary", "Hungary")],
    ),
    (
        "Mr. Pablo Ortega (Senior Technical Officer) gave the closing remarks.",
        (),
        [("Pablo Ortega", "Mr.", "Senior Technical Officer", None, None)],
    ),
]

#: Countries in brackets or after "of", with accents, apostrophes and several words.
COUNTRIES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The session heard Mr. Koffi Yao (C\u00f4te d'Ivoire) and Ms. Ana Lima (S\u00e3o Tom\u00e9 and Pr\u00edncipe).",
        (),
        [
            ("Koffi Yao", "Mr.", None, "C\u00f4te d'Ivoire", "C\u00f4te d'Ivoire"),
            ("Ana Lima", "Ms.", None, "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "S\u00e3o Tom\u00e9 and Pr\u00edncipe"),
        ],
    ),
    (
        "The session heard Mr. Koffi Yao (Cote d\u2019Ivoire).",
        (),
        [("Koffi Yao", "Mr.", None, "Cote d\u2019Ivoire", "Cote d\u2019Ivoire")],
    ),
    (
        "Mr. Jean Mbala (Democratic Republic of the Congo) and Ms. Ho Wing (Hong Kong, China) spoke.",
        (),
        [
            ("Jean Mbala", "Mr.", None, "Democratic Republic of the Congo", "Democratic Republic of the Congo"),
            ("Ho Wing", "Ms.", None, "Hong Kong, China", "Hong Kong, China"),
        ],
    ),
    (
        "Mr. Koffi Yao, Director General of Customs of C\u00f4te d'Ivoire, spoke.",
        (),
        [("Koffi Yao", "Mr.", "Director General of Customs", "C\u00f4te d'Ivoire", "C\u00f4te d'Ivoire")],
    ),
]

#: A body named for a group ("two WCO experts, ...", "For the WCO, ..."), and plural honorifics.
GROUPS: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The workshop was facilitated by two WCO experts, Mr. Pablo Ortega and Ms. Mei Tanaka.",
        ("WCO",),
        [("Pablo Ortega", "Mr.", None, "WCO", None), ("Mei Tanaka", "Ms.", None, "WCO", None)],
    ),
    (
        "WCO experts Mr. Pablo Ortega and Ms. Mei Tanaka facilitated the workshop.",
        ("WCO",),
        [("Pablo Ortega", "Mr.", None, "WCO", None), ("Mei Tanaka", "Ms.", None, "WCO", None)],
    ),
    (
        "Mr. Pablo Ortega and Ms. Mei Tanaka, two WCO experts, facilitated the workshop.",
        ("WCO",),
        [("Pablo Ortega", "Mr.", None, "WCO", None), ("Mei Tanaka", "Ms.", None, "WCO", None)],
    ),
    (
        "Mr. Pablo Ortega and Ms. Mei Tanaka, both experts from the WCO, facilitated the workshop.",
        ("WCO",),
        [("Pablo Ortega", "Mr.", None, "WCO", None), ("Mei Tanaka", "Ms.", None, "WCO", None)],
    ),
    (
        "The WCO's experts, Mr. Pablo Ortega and Ms. Mei Tanaka, facilitated the workshop.",
        ("WCO",),
        [("Pablo Ortega", "Mr.", None, "WCO", None), ("Mei Tanaka", "Ms.", None, "WCO", None)],
    ),
    ("For the WCO, Mr. Dario Fenn presented the new guidance.", ("WCO",), [("Dario Fenn", "Mr.", None, "WCO", None)]),
    ("On behalf of Japan, Ms. Mei Tanaka thanked the hosts.", (), [("Mei Tanaka", "Ms.", None, "Japan", "Japan")]),
    (
        "Messrs. Dario Fenn and Ivo Dane attended the meeting.",
        (),
        [("Dario Fenn", "Messrs.", None, None, None), ("Ivo Dane", "Messrs.", None, None, None)],
    ),
    (
        "Messrs. Dario Fenn, Ivo Dane and Kofi Mensah, WCO Technical Officers, attended.",
        ("WCO",),
        [
            ("Dario Fenn", "Messrs.", "Technical Officer", "WCO", None),
            ("Ivo Dane", "Messrs.", "Technical Officer", "WCO", None),
            ("Kofi Mensah", "Messrs.", "Technical Officer", "WCO", None),
        ],
    ),
    # rejects: no body is named for the group
    ("For his part, Mr. Dario Fenn presented the guidance.", (), [("Dario Fenn", "Mr.", None, None, None)]),
    (
        "HS experts Mr. Pablo Ortega and Ms. Mei Tanaka facilitated the workshop.",
        (),
        [("Pablo Ortega", "Mr.", None, None, None), ("Mei Tanaka", "Ms.", None, None, None)],
    ),
]

#: Organization names in another language after a comma are the employer; a place is not.
FOREIGN: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "Ms. Luisa Prado, Head of Innovation, Receita Federal do Brasil, presented the project.",
        (),
        [("Luisa Prado", "Ms.", "Head of Innovation", "Receita Federal do Brasil", None)],
    ),
    (
        "Mr. Juan Soto, Director of Risk Management, Servicio Nacional de Aduanas, presented the project.",
        (),
        [("Juan Soto", "Mr.", "Director of Risk Management", "Servicio Nacional de Aduanas", None)],
    ),
    (
        "Mr. Jean Dupont, Head of Training, Direction G\u00e9n\u00e9rale des Douanes, presented the project.",
        (),
        [("Jean Dupont", "Mr.", "Head of Training", "Direction G\u00e9n\u00e9rale des Douanes", None)],
    ),
    (
        "Mr. Jean Dupont, Head of Training, Rio de Janeiro, presented the project.",
        (),
        [("Jean Dupont", "Mr.", "Head of Training", None, None)],
    ),
]

#: A body named elsewhere in the sentence, when nothing next to the name names one.
IMPLIED: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "Leading the team was Ms. Dara Voss, Director General of Customs, who came with officials of the "
        "Customs Department.",
        ("Customs Department",),
        [("Dara Voss", "Ms.", "Director General of Customs", "Customs Department", None)],
    ),
    (
        "The workshop, hosted by the Customs administration of Ghana, was opened by the Commissioner of "
        "Customs, Mr. Kojo Mensah.",
        (),
        [("Kojo Mensah", "Mr.", "Commissioner of Customs", "Customs administration of Ghana", "Ghana")],
    ),
    (
        "The visit took him to Hanoi, Viet Nam, where he met Vice Minister Tran Duc Minh.",
        (),
        [("Tran Duc Minh", None, "Vice Minister", "Viet Nam", "Viet Nam")],
    ),
    (
        "The event, organized by the Ruritania Customs Service, was opened by its Comptroller-General, Mr. Ade Bello.",
        ("Ruritania Customs Service",),
        [("Ade Bello", "Mr.", "Comptroller-General", "Ruritania Customs Service", None)],
    ),
    (
        "Mr. Jan Holub and Ms. Eva Dvorak, from the Czech Customs Administration, delivered the training.",
        (),
        [
            ("Jan Holub", "Mr.", None, "Czech Customs Administration", "Czechia"),
            ("Eva Dvorak", "Ms.", None, "Czech Customs Administration", "Czechia"),
        ],
    ),
    (
        "Speakers included Ms. Lena Ruiz (UPU) and Mr. Omar Saleh, of the WCO, who spoke last.",
        (),
        [("Lena Ruiz", "Ms.", None, "UPU", None), ("Omar Saleh", "Mr.", None, "WCO", None)],
    ),
    # rejects: two administrations, or a minister in a sentence naming two countries
    (
        "Ms. Dara Voss, Director General of Customs, met Japan Customs and Korea Customs.",
        (),
        [("Dara Voss", "Ms.", "Director General of Customs", None, None)],
    ),
    (
        "In Brussels, Belgium, Minister Tran Duc Minh of Viet Nam met Vice Minister Ivo Dane.",
        (),
        [("Tran Duc Minh", None, "Minister", "Viet Nam", "Viet Nam"), ("Ivo Dane", None, "Vice Minister", None, None)],
    ),
]

#: Sentences that name nobody.
REJECTS = [
    "Opening the meeting, the Customs Union Group of the Council discussed the agenda.",
    "Member Administrations attended the Single Window Forum in Brussels.",
    "The Secretary General welcomed participants and the Director General of Customs replied.",
    "The workshop was co-facilitated by an Expert Trainer on Customs Valuation from Ruritania Customs.",
    "The CBC noted the report presented by the Director Capacity Building.",
    "Regional Workshop on Risk Management Held by WCO",
    "Directors General also decided to keep the present membership of the Finance Committee.",
    "Vice-Chair: Oman; Finance Committee Members: Jordan and Qatar.",
    "Dr. Kunio Mikur",
    "The Heads of Customs of the region met the Regional Vice-Chair for the Americas.",
    "New Deputy Director General Appointed\n\nThe Council met in June.",
    "The closing ceremony took place at the President Mandela International Convention Centre.",
    "Secretary General Visits Kenya Revenue Authority",
    'Regional Strategy on "Managers Roster" Adopted',
    "The Partner States of the East African Community agreed on the plan.",
    "The Director of Trade Facilitation Programme Development spoke.",
    "The experts, the head of the unit and the director met in Brussels.",
    "He was appointed Director of Customs Operations Division last year.",
    "A representative of the private sector, a member of the Council and an official attended.",
    "For further information, please visit the website.\nmedia@example.org",
    "WCO Communications Service\nTel: +32 2 209 94 41\ncommunication@example.org",
    "Rue du Marché 30\nB-1210 Brussels\nBelgium\n+32 2 209 92 11",
    "The Minister of Finance Expert Group met in June.",
    "The programme was led by its Steering Committee, which met in March.",
    "Customs to Lead Reform in Region",
    "The Committee elected a new Bureau, with Nigeria as Vice-Chair.",
    "Two WCO experts, the Director and a Technical Officer, facilitated the workshop.",
]


def test_a_home_town_is_no_affiliation() -> None:
    text = "Ms. Jo Hale of Geneva and Mr. Ivo Dane of Denmark spoke."
    doc = Document.from_text(text)
    start = text.index("Geneva")
    geneva = PlaceMention(mention=doc.mention(start, start + 6, "t"), city="Geneva", country="Switzerland")
    found = find_people(doc, [], [geneva], "en", [])
    assert [_row(p) for p in found] == [
        ("Jo Hale", "Ms.", None, None, None), ("Ivo Dane", "Mr.", None, "Denmark", "Denmark")
    ]


def test_country_from_an_acronym_s_full_name() -> None:
    text = "Mr. Dawit Bekele, Director General of ERCA, welcomed the delegates."
    doc = Document.from_text(text)
    start = text.index("ERCA")
    erca = Organization(
        name="Ethiopian Revenue and Customs Authority", acronym="ERCA", mentions=[doc.mention(start, start + 4, "t")]
    )
    (person,) = find_people(doc, [erca], [], "en", [])
    assert (person.title, person.affiliation, person.country) == ("Director General", "ERCA", "Ethiopia")


def _orgs(text: str, names: tuple[str, ...]) -> list[Organization]:
    doc = Document.from_text(text)
    out = []
    for name in names:
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(doc.mention(pos, pos + len(name), "test"))
            pos = text.find(name, pos + 1)
        out.append(Organization(name=name, mentions=mentions))
    return out


def _people(text: str, orgs: tuple[str, ...] = ()) -> list[Person]:
    warnings: list[str] = []
    doc = Document.from_text(text)
    found = find_people(doc, _orgs(text, orgs), find_places(doc, "en", []), "en", warnings)
    assert warnings == []
    return found


def _row(p: Person) -> Row:
    return (p.name, p.honorific, p.title, p.affiliation, p.country)


ALL_CASES = CASES + AS_ROLES + LONG_TITLES + COUNTRIES + GROUPS + FOREIGN + IMPLIED


@pytest.mark.parametrize(("text", "orgs", "expected"), ALL_CASES, ids=[c[2][0][0] for c in ALL_CASES])
def test_people(text: str, orgs: tuple[str, ...], expected: list[Row]) -> None:
    assert [_row(p) for p in _people(text, orgs)] == expected


@pytest.mark.parametrize("text", REJECTS)
def test_nobody(text: str) -> None:
    assert _people(text) == []


def test_later_mentions_join_the_first() -> None:
    text = (
        "Ms. Amara Okafor, Director of the Tariff Directorate, opened the session. Okafor said the "
        "work was urgent, and Director Okafor thanked Ms. Okafor's team."
    )
    (person,) = _people(text)
    assert person.name == "Amara Okafor"
    assert [m.text for m in person.mentions] == ["Amara Okafor", "Okafor", "Okafor", "Okafor"]


def test_family_name_alone_is_a_person_when_never_named_in_full() -> None:
    (person,) = _people("Secretary General Wielicki gave an overview of the work.")
    assert (person.name, person.title) == ("Wielicki", "Secretary General")


def test_same_family_name_goes_to_the_nearest_person() -> None:
    text = (
        "Director General Aydan Rustamov of Baku Customs hosted the event. President Elnur Rustamov "
        "received the delegates. Rustamov underlined the role of Customs."
    )
    people = _people(text)
    assert [p.name for p in people] == ["Aydan Rustamov", "Elnur Rustamov"]
    assert len(people[1].mentions) == 2


def test_evidence_spans_are_source_slices() -> None:
    text = "Mr. Pablo Ortega, AFIP\u2019s Director General of Customs, and Mr. Wei Zhang (China) attended."
    for p in _people(text, ("AFIP",)):
        for field, m in p.evidence.items():
            assert isinstance(m, Mention)
            assert text[m.start : m.end] == m.text, field
        assert p.evidence["name"].text == p.name
        if p.title:
            assert p.evidence["title"].text == p.title
        if p.honorific:
            assert p.evidence["honorific"].text == p.honorific
    assert {p.name: p.affiliation for p in _people(text, ("AFIP",))} == {"Pablo Ortega": "AFIP", "Wei Zhang": "China"}


@pytest.mark.parametrize(
    "text",
    ["", "Mr.", "Mr. ", "Dr. Mr. H.E.", "Secretary General", "Director of the", ", Chair of", "Mr. A (", "\n\nMs.\n\nX"],
)
def test_odd_text_never_raises(text: str) -> None:
    _people(text)


@pytest.mark.parametrize(
    ("text", "at", "taken"),
    [("Oliver Pemberton MP, Secretary", 2, 1), ("Jane Aldous Ph.D., Head", 2, 3), ("Jane Aldous, PhD", 3, 1), ("Ann Mpala", 1, 0)],
)
def test_post_nominal_letters(text: str, at: int, taken: int) -> None:
    assert post_nominal(tokenize(text), at, text, "en") == taken


def test_contact_lines_cover_a_block_above_the_address() -> None:
    text = "Last paragraph.\n\nMedia contact\nAnne Roe\nTel. +41 31 350 31 11\npress(at)example.org\n"
    lines = {text[s:e] for s, e in contact_lines(text, [])}
    assert {"Media contact", "Anne Roe"} <= lines and "Last paragraph." not in lines


# -- the shortcuts taken for speed read the same as the plain forms ------------------------------
@pytest.mark.parametrize(
    "text",
    ["Co-Chairs and Chairpersons", "Directorate Director Directors", "Chair-Chairman Chairwoman", "Dir Direct", ""],
)
def test_trie_alternation_matches_like_a_plain_alternation(text: str) -> None:
    words = ("Chair", "Chairman", "Chairperson", "Chairwoman", "Director", "Dir", "Direct")
    plain = regex.compile(r"(?<!\p{L})" + alternation(words) + r"s?(?!\p{L})", regex.VERSION1)
    trie = regex.compile(r"(?<!\p{L})" + trie_alternation(words) + r"s?(?!\p{L})", regex.VERSION1)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie_alternation(()) == "(?!)"


@pytest.mark.parametrize("text", ["Rt  Hon. Ann Roe", "Vice Admiral Ann Roe", "H.E. Ann Roe", "HE Ann Roe", "Brigadier   General Roe"])
def test_honorifics_with_spaces_are_read_whole(text: str) -> None:
    first = tokenize(text)[0]
    assert first.kind == "hon" and text[first.end :].lstrip().startswith(("Ann", "Roe"))


def test_context_lookups_agree_with_the_plain_checks() -> None:
    text = "The Chair of the Board,  a researcher at\tthe Ministry's office   (Dr.  Ann Roe) and d'Ivoire"
    doc = Document.from_text(text)
    text = doc.text
    toks = tokenize(text)
    ctx = Ctx.make(doc, toks, "en", [], {})
    n = len(toks)
    for i in range(-1, n + 1):
        for kind in ("article", "tail", "join", "indefinite", "owner", "at"):
            assert ctx.is_(i, kind) == (0 <= i < n and toks[i].text in grammar("en", kind))
        for j in (i - 1, i + 1, i + 2):
            assert ctx.near(i, j) == (0 <= i < n and 0 <= j < n and joined(text, toks[i], toks[j]))
    assert ctx.where("article") == [i for i, t in enumerate(toks) if t.text in grammar("en", "article")]
    assert ctx.where_text("(") == [i for i, t in enumerate(toks) if t.text == "("]


def test_a_text_without_an_address_sign_has_no_contact_block() -> None:
    assert contact_lines("Anne Roe\nPress Officer\nexample.org\n", []) == []


# -- French ---------------------------------------------------------------------------------------
#: French shapes: name then position, position then name, lower-case positions and fields,
#: elided articles, nationality adjectives after the noun, forms of address with an article.
FR_CASES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "Mme Amara Okafor, Secrétaire générale de l’OMD, a ouvert la séance.",
        ("OMD",),
        [("Amara Okafor", "Mme", "Secrétaire générale", "OMD", None)],
    ),
    (
        "Le Directeur général adjoint de l'OMC, M. Tomasz Wielicki, a salué les délégués.",
        ("OMC",),
        [("Tomasz Wielicki", "M.", "Directeur général adjoint", "OMC", None)],
    ),
    (
        "Le ministre des finances et du commerce de Belgique, Marc Lenoir, a pris la parole.",
        (),
        [("Marc Lenoir", None, "ministre des finances et du commerce", "Belgique", "Belgique")],
    ),
    (
        "M. Kofi Mensah, Directeur général des douanes ghanéennes, a présidé la réunion.",
        (),
        [("Kofi Mensah", "M.", "Directeur général", "douanes ghanéennes", "Ghana")],
    ),
    (
        "M. Ivo Dane, Directeur général des douanes de la République de Ruritanie, a parlé.",
        (),
        [("Ivo Dane", "M.", "Directeur général des douanes", "République de Ruritanie", None)],
    ),
    (
        "La séance a réuni M. Jun Park (UPU), Mme Ruth Adler (OMC) et M. Ali Kaya (Turquie).",
        ("UPU", "OMC"),
        [
            ("Jun Park", "M.", None, "UPU", None),
            ("Ruth Adler", "Mme", None, "OMC", None),
            ("Ali Kaya", "M.", None, "Turquie", "Turquie"),
        ],
    ),
    (
        "Présidée par Mme Lena Varga (Directrice à l'OMD), la table ronde a duré une heure.",
        ("OMD",),
        [("Lena Varga", "Mme", "Directrice", "OMD", None)],
    ),
    (
        "C'est son Altesse le Cheikh Omar Al Rashid, actuel Président de Gulf Port Holdings, qui a ouvert "
        "la conférence.",
        ("Gulf Port Holdings",),
        [("Omar Al Rashid", "son Altesse", "Président", "Gulf Port Holdings", None)],
    ),
    (
        "L'ancien Président français, Jean Moreau, s'est adressé au Conseil.",
        (),
        [("Jean Moreau", None, "Président français", "France", "France")],
    ),
    (
        "Les travaux ont été dirigés par Lena Varga, actuelle Présidente du Conseil de l'OMD, par "
        "ailleurs Directrice générale du Service des douanes de Ruritanie.",
        ("Conseil de l'OMD",),
        [("Lena Varga", None, "Présidente", "Service des douanes de Ruritanie", None)],
    ),
    (
        "Le ministre d'État et ministre de la Justice, S.E. Paul Mbeki, a ouvert les travaux.",
        (),
        [("Paul Mbeki", "S.E.", "ministre d'État", None, None)],
    ),
    (
        "Ont pris la parole la Chambre de commerce mondiale, en la personne de son actuel Secrétaire "
        "général, M. John W. H. Roe AO, puis deux experts.",
        ("Chambre de commerce mondiale",),
        [("John W. H. Roe", "M.", "Secrétaire général", "Chambre de commerce mondiale", None)],
    ),
    (
        "Ses deux présidents, à savoir M. Jun Park, des douanes coréennes, et son homologue issue des "
        "douanes chiliennes, Mme Ruth Adler, ont conclu.",
        (),
        [
            ("Jun Park", "M.", "président", "douanes coréennes", "République de Corée"),
            ("Ruth Adler", "Mme", None, "douanes chiliennes", "Chili"),
        ],
    ),
    (
        "Mme Ana B.Reyes, Directrice de la Division de la technologie de la CNUCED, a conclu. Mme Reyes a remercié "
        "les participants.",
        ("CNUCED",),
        [("Ana B.Reyes", "Mme", "Directrice de la Division de la technologie", "CNUCED", None)],
    ),
    (
        "M. Ali Kaya, Directeur général de l'Administration des douanes et impôts indirects (ADRI) du "
        "Maroc, a conclu.",
        (),
        [("Ali Kaya", "M.", "Directeur général", "Administration des douanes et impôts indirects", "Maroc")],
    ),
    (
        "Le discours d'accueil du Secrétaire d'Etat aux recettes, M. A.B. Rao, a ouvert la journée.",
        (),
        [("A.B. Rao", "M.", "Secrétaire d'Etat aux recettes", None, None)],
    ),
    (
        "Le Président de la République, Son Excellence M. Paul Mbeki, a reçu la délégation.",
        (),
        [("Paul Mbeki", "Son Excellence M.", "Président de la République", None, None)],
    ),
]

#: French sentences that name nobody.
FR_REJECTS = [
    "Les Directeurs généraux des douanes de la région se sont réunis à Dakar.",
    "Excellences, Mesdames et Messieurs les Ambassadeurs, chers invités.",
    "La Journée internationale de la douane a été célébrée le 26 janvier à Bruxelles.",
    "Le projet est financé par l'Agence suédoise de coopération (ASDI) et le MERCOSUR.",
    "Le Secrétaire général a remercié le ministre et la Présidente du Conseil.",
    "Cette réunion a rassemblé 45 délégués venus de 20 pays d'Afrique.",
]


def _people_fr(text: str, orgs: tuple[str, ...] = ()) -> list[Person]:
    warnings: list[str] = []
    doc = Document.from_text(text)
    found = find_people(doc, _orgs(text, orgs), find_places(doc, "fr", []), "fr", warnings)
    assert warnings == []
    return found


@pytest.mark.parametrize(("text", "orgs", "expected"), FR_CASES, ids=[c[2][0][0] for c in FR_CASES])
def test_people_fr(text: str, orgs: tuple[str, ...], expected: list[Row]) -> None:
    assert [_row(p) for p in _people_fr(text, orgs)] == expected


@pytest.mark.parametrize("text", FR_REJECTS)
def test_nobody_fr(text: str) -> None:
    assert _people_fr(text) == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("de l'OMD", ["de", "l'", "OMD"]),
        ("d’Ousmane Diallo", ["d'", "Ousmane", "Diallo"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("N'Diaye", ["N'Diaye"]),
        ("son Altesse le Cheikh Omar", ["son Altesse", "le", "Cheikh", "Omar"]),
        ("le MERCOSUR", ["le", "MERCOSUR"]),
    ],
)
def test_french_tokens(text: str, tokens: list[str]) -> None:
    doc = Document.from_text(text)
    assert [t.text for t in tokenize(doc.text, [], "fr")] == tokens


def test_an_elided_word_is_joined_to_the_next() -> None:
    text = "de l'OMD"
    a, b, c = tokenize(text, [], "fr")
    assert a.kind == "word" and b.kind == "elis" and joined(text, b, c) and not joined(text, c, b)


def test_english_tokens_are_unchanged_by_french_rules() -> None:
    assert [t.text for t in tokenize("Mr. O'Connor of l'OMD")] == ["Mr.", "O'Connor", "of", "l'OMD"]
