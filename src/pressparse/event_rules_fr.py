"""The French twins of the patterns of `event_rules`: what reports an event as held or planned,
its venue ("au siège de l'OMD"), its theme ("intitulée : « ... »"), the verbs that stand for an
event ("a signé le protocole", "a été lancé"), a standing body that sits ("qui s'est réunie à"),
the place-dateline ("Bruxelles, le 26 juin 2010"). Their words come from `data/fr/event_words.txt`
and `venue_words.txt`; the few small words of a pattern's frame are in the pattern, as in English.
"""

from __future__ import annotations

from functools import partial

import regex

from .event_vocab import longest_phrase, section_pattern, verb_rule_words, vocab
from .rules import Rule, spaced_alternation

_FR = vocab("fr")
assert _FR is not None, "the French event word list is part of the package"

#: A space, or none after an elided word ("l'" + "atelier").
_S = r"\s{1,3}"
_ART = r"(?:(?:le|la|les)\s{1,3}|l'\s{0,2})"
_ACR = r"\([^()\n]{1,40}\)"
#: A participle in any gender and number ("tenu", "tenue", "tenus", "tenues").
_PP = r"(?:e?s?)"


_words = partial(section_pattern, "fr")


_ADVERBS = _words("adverbs")


STRONG_BEFORE = Rule(
    name="event_fr_strong_before",
    pattern=(rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.strong)})"
             rf"(?:\s{{1,3}}{_ADVERBS})?"
             r"(?:[\s,]{1,3}[^,;.:!?\n]{1,60},){0,2}\s{1,3}\Z"),
    flags=regex.IGNORECASE,
    examples=("l'OMD a organisé ", "a pris part à ", "Le 1er octobre s'est tenue ", "a tenu en son Siège, à Bruxelles, ",
              "ont organisé les 2 et 3 mai 2025, au Palais des Congrès à Lomé, "),
    rejects=("l'organisé ", "les participants ", "a organisé. "),
    doc="Ends the text just before an event noun phrase: a verb that reports the event as held (a date or "
        "place, up to two phrases ending in a comma, may follow it).",
)

WEAK_BEFORE = Rule(
    name="event_fr_weak_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.weak)})\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("est intervenu lors de ", "en marge de ", "présent à "),
    rejects=("cela ", "le chat "),
    doc="Ends the text just before a named event: a preposition that places something in it.",
)

OCCASION_BEFORE = Rule(
    name="event_fr_occasion_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.extra.get('occasion', ()))})\s{{0,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("organisée en marge de ", "à l'occasion de "),
    rejects=("à ", "l'occasion "),
    doc="Ends just before a standing body: something happened at its sitting, which is so an event.",
)

THEME_OF_BEFORE = Rule(
    name="event_fr_theme_of_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.extra.get('theme words', ()))})\s{{1,3}}(?:de|pour)\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("retenu comme thème de ", "le mot d'ordre pour "),
    rejects=("le thème est ", "thèmes de "),
    doc="Ends just before an observance whose theme is told: the day is not an event of the release.",
)

CONTAINS_BEFORE = Rule(
    name="event_fr_contains_before",
    pattern=(rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.extra.get('contains', ()))})(?:\s{{1,3}}{_words('contains adverbs')})?"
             rf"\s{{1,3}}(?:(?:un|une|des|{_words('contains numbers')})\s{{1,3}})?\Z"),
    flags=regex.IGNORECASE,
    examples=("Le Forum comprenait une ", "s'est articulée autour de trois "),
    rejects=("le Forum a ouvert ", "compris "),
    doc="Ends just before an event noun: the object of a verb of containment, a part of its subject.",
)

AFTER_TRIGGER = Rule(
    name="event_fr_after_trigger",
    pattern=(
        rf"\G[\s,]{{0,4}}(?:{_ACR}[\s,]{{0,4}})?(?:(?:qui|et)\s{{1,3}})?"
        rf"(?:{_ADVERBS}\s{{1,3}})?"
        rf"(?:{spaced_alternation(_FR.after)})(?![\p{{L}}])"
    ),
    flags=regex.IGNORECASE,
    examples=(", qui a eu lieu", " tenue", " (CCD), organisée", " s'est déroulé", ", qui s'est tenue"),
    rejects=(" thème", ", présidée par", " sur tenue"),
    doc="Starts just after an event noun phrase: a participle or verb that reports it as held.",
)

THEME = Rule(
    name="event_fr_theme",
    pattern=(rf"\G\s{{0,3}}(?:,\s{{0,3}})?(?:(?:et\s{{1,3}})?{_words('theme intro')}"
             r"\s{0,3}(?::\s{0,3})?|:\s{0,3})?\"(?P<theme>[^\"\n]{3,200})\""),
    flags=regex.IGNORECASE,
    examples=(' intitulée : "Perspectives nouvelles"', ' sur le thème "Douane et commerce"', ': "Douane verte"'),
    rejects=(" sur le commerce", ' de "pool"x'),
    doc="A quoted title right after an event noun (the text's « » are read as quotes): the event's theme.",
)
THEME_REACH = 260

VERB_SIGNED = Rule(
    name="event_fr_verb_signed",
    pattern=(rf"(?<![\p{{L}}])(?:(?P<passive>(?:a|ont|avait|avaient)\s{{1,3}}été\s{{1,3}}(?:{_words('signed adverbs')}\s{{1,3}})?"
             rf"{_words('signed')})"
             rf"|(?:a|ont|avait|avaient)\s{{1,3}}(?:{_words('signed active adverbs')}\s{{1,3}})?{_words('signed active')}"
             r"(?=\s{1,3}(?:le|la|les|un|une|l')))"),
    examples=("un protocole a été conclu le 3 mai", "le Ministre a signé le protocole", "l'accord a été signée"),
    rejects=("les accords déjà signés", "une copie signée", "a signé."),
    doc="A signing reported by a verb: active with an object, or passive with its subject.",
)

VERB_LAUNCHED = Rule(
    name="event_fr_verb_launched",
    pattern=(rf"(?<![\p{{L}}])(?:(?P<passive>(?:a|ont|avait|avaient)\s{{1,3}}été\s{{1,3}}(?:{_words('launched adverbs')}\s{{1,3}})?"
             rf"{_words('launched')})"
             rf"|(?:a|ont|avait|avaient)\s{{1,3}}(?:{_words('launched adverbs')}\s{{1,3}})?{_words('launched active')}"
             r"(?=\s{1,3}(?:(?:le|la|les|un|une)\s{1,3}\p{Lu}|l'\p{Lu})))"),
    examples=("le Réseau avait été lancé officiellement", "l'OMD a lancé le Programme"),
    rejects=("les initiatives lancées par", "a lancé un appel"),
    doc="A launch reported by a verb: passive, or active with a capitalized object.",
)

VERB_VISITED = Rule(
    name="event_fr_verb_visited",
    pattern=(rf"(?<![\p{{L}}])(?:(?:a|ont|avait|avaient)\s{{1,3}}(?:{_words('visited adverbs')}\s{{1,3}})?{_words('visited')}"
             r"(?=\s{1,3}(?:(?:le|la|les)\s{1,3}|l')?\p{Lu})"
             rf"|(?:s'est|se\s{{1,3}}sont)\s{{1,3}}{_words('went')}\s{{1,3}}(?:au|à\s{{1,3}}la|à\s{{1,3}}l')"
             rf"(?=\s{{0,3}}(?i:{spaced_alternation(_FR.venues)})(?![\p{{L}}])))"),
    examples=("la délégation a visité le Port de Lomé", "il s'est rendu au siège de l'OMD"),
    rejects=("le site le plus visité", "ils ont visité plusieurs ports", "s'est rendu à Bruxelles"),
    doc="'X a visité <Lieu>', 's'est rendu au <bâtiment>' report a visit.",
)

#: The verbs that stand for an event: (rule, kind, name prefix, a word one of which every match holds).
VERB_RULES: tuple[tuple[Rule, str, str, tuple[str, ...]], ...] = tuple(
    (rule, kind, *verb_rule_words(_FR, kind))
    for rule, kind in ((VERB_SIGNED, "signing"), (VERB_LAUNCHED, "launch"), (VERB_VISITED, "visit")))

_VENUE_WORDS = spaced_alternation(_FR.venues)
VENUE = Rule(
    name="event_fr_venue",
    pattern=(
        rf"(?<![\p{{L}}])(?i:au|à\s{{1,3}}la|à\s{{1,3}}l'|{_words('venue openers')})\s{{0,3}}"
        rf"(?P<venue>(?=[^.;,:\n]{{0,60}}?\p{{Lu}})(?i:{_VENUE_WORDS})(?![\p{{L}}])"
        r"(?:\s{1,3}(?!(?:des|du|les|aux|et|sur|pour|en|par|qui|que|dont)(?![\p{L}]))\p{Ll}[\p{Ll}\-]{2,20}(?<!é|ée|és|ées)){0,2}"
        r"(?:\s{1,3}(?:de\s{1,3}la\s{1,3}|de\s{1,3}l'|du\s{1,3}|des\s{1,3}|de\s{1,3}|d')"
        r"(?:\p{Lu}[\p{L}\p{N}\-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}\p{N}\-]{0,30}){0,2}|\p{Ll}[\p{Ll}\-]{2,20})){0,3})"
    ),
    examples=("au siège de l'OMD", "dans les locaux du Centre international de conférences de Lomé", "en son Siège, à Bruxelles",
              "au siège des Nations Unies"),
    rejects=("le siège de l'OMD", "au centre de la réflexion", "à Bruxelles"),
    doc="A building or site after 'au', 'à la', 'dans les locaux du', 'en son': '<lieu> (adjectifs) (de <Nom>)', "
        "with a capital in it or just after.",
)

DATELINE_PLACE = Rule(
    name="event_fr_dateline_place",
    pattern=r"\G(?P<place>\p{Lu}[\p{L}'\-. ]{1,40}?)\s{0,3}[,\-]\s{0,3}(?:le\s{1,3})?(?=\d)",
    examples=("Bruxelles, le 26 juin 2010", "Ndjamena, 14-16 novembre 2011"),
    rejects=("26 juin 2010", "Communiqué de presse"),
    doc="The place before the date on a dateline line ('Bruxelles, le 26 juin 2010').",
)

LINK = Rule(
    name="event_fr_link",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.link)})(?![\p{{L}}])",
    flags=regex.IGNORECASE,
    examples=("À cette occasion, un accord a été signé", "En marge de la Conférence"),
    rejects=("l'occasionnel", "marges"),
    doc="A phrase that ties what follows to the event named just before.",
)

NOT_A_DATE_BEFORE = Rule(
    name="event_fr_not_date_before",
    pattern=rf"(?<![\p{{L}}]){_words('deadline')}\s{{0,3}}(?:le\s{{1,3}})?\Z",
    flags=regex.IGNORECASE,
    examples=("observée depuis ", "applicable à compter du "),
    rejects=("tenue le ", "a eu lieu en "),
    doc="A date right after these words is a deadline or a starting point, not an event's date.",
)

_HELD = _words("held")

PLACE_GAP = Rule(
    name="event_fr_place_gap",
    pattern=(rf"\G[\s,]{{0,3}}(?:{_ACR}[\s,]{{0,3}})?(?:(?:qui\s{{1,3}}(?:s'est|se\s{{1,3}}sont|a|ont)\s{{1,3}})?{_HELD}\s{{1,3}})?"
             rf"(?:à|au|aux|en|dans)\s{{1,3}}{_ART}?\Z"),
    flags=regex.IGNORECASE,
    examples=(" à ", ", tenue à ", " (CCD), qui s'est tenue à "),
    rejects=(" de ", ", présidée par le Ministre à "),
    doc="Between an event (or standing body) and a place that says where it sat.",
)

DATE_GAP = Rule(
    name="event_fr_date_gap",
    pattern=(rf"\G[\s,]{{0,3}}(?:{_ACR}[\s,]{{0,3}})?(?:(?:qui\s{{1,3}}(?:s'est|se\s{{1,3}}sont|a|ont)\s{{1,3}})?{_HELD}\s{{1,3}})?"
             r"(?:le|les|du|en|de|entre|au\s{1,3}mois\s{1,3}de)?\s{0,3}\Z"),
    flags=regex.IGNORECASE,
    examples=(" ", " en ", ", tenue le ", " (CCD), qui s'est déroulée du ", ", célébrée le "),
    rejects=(" par le Secrétaire en ", " et la "),
    doc="Between an event (or standing body) and a date that says when it sat.",
)

FROM_BEFORE = Rule(
    name="event_fr_from_before",
    pattern=(rf"(?<![\p{{L}}]){_words('from')}(?:\s{{1,3}}{_ART}?|(?<=')\s{{0,2}})\Z"
             r"|(?<![\p{L}])\p{Lu}[\p{L}\-]{1,30}\s{1,3}en\s{1,3}\Z"),
    flags=regex.IGNORECASE,
    examples=("une délégation venue du ", "le Gouvernement de la ", "avec ", "le Ministre d'",
              "l'Ambassade du Japon en "),
    rejects=("tenue à ", "visite au ", "à Brazzaville, en "),
    doc="A place right after these words is where someone comes from or who takes part, not where an event is; "
        "nor one right after a name and 'en' (an embassy 'du Japon en Belgique').",
)

PLACE_IN_BRACKETS_BEFORE = Rule(
    name="event_fr_place_in_brackets_before",
    pattern=(r"(?<![\p{L}])(?:à|au|en|près\s{1,3}de)\s{1,3}\p{Lu}[\p{L}'\-.]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'\-.]{0,30}){0,2}"
             r"\s{0,2}\(\s{0,2}\Z"),
    examples=("tenue à Grand-Bassam (", "à Port-Vila ("),
    rejects=("présidée par M. Jean Dupont (", "le Comité ("),
    doc="Before a country in brackets: a place ('à Grand-Bassam (Côte d'Ivoire)'), whose country it gives.",
)

PURPOSE_BEFORE = Rule(
    name="event_fr_purpose_before",
    pattern=r"(?<![\p{L}])(?:pour|en)\s{1,3}\Z",
    flags=regex.IGNORECASE,
    examples=("s'est rendu à Bruxelles pour ", "venu en "),
    rejects=("après ", "avant une "),
    doc="Before 'une visite d'étude' after a visit verb: the visit's purpose, the same visit.",
)

CLAUSE_BREAK = Rule(
    name="event_fr_clause_break",
    pattern=rf";|,\s{{0,3}}(?:{_words('clause breaks elided')}|{_words('clause breaks')}(?![\p{{L}}]))",
    flags=regex.IGNORECASE,
    examples=(" à Accra, tandis qu'un atelier", " en mai ; un séminaire", ", et un séminaire a eu lieu"),
    rejects=(" à Suva, Fidji, du", ", qui s'est tenue à"),
    doc="Between an event and a later date or place: a break that starts another clause.",
)

TOLD_HELD_AT = Rule(
    name="event_fr_told_held_at",
    pattern=(r"\G(?:[^.;!?\n]|(?<=\b\p{Lu}\p{Ll}{0,2})\.){0,120}?(?<![\p{L}])"
             rf"{_words('held there')}(?![\p{{L}}])[^.;!?\n]{{0,100}}\Z"),
    flags=regex.IGNORECASE,
    examples=(", ouverte par le Ministre, s'est tenue au Centre à ", " a eu lieu à "),
    rejects=(" a été organisée à la demande du bureau de ", " s'est tenue. Elle a quitté "),
    doc="Between a mention that refers back and a date or place far after it: a verb that says the event was held there.",
)
TOLD_HELD_AT_REACH = 240

BODY_VERB = Rule(
    name="event_fr_body_verb",
    pattern=(
        r"\G\s{0,2}(?:\([\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}\)\s{0,2})?(?:"
        rf"(?:,\s{{0,3}})?(?:qui\s{{1,3}})?(?:{_words('body verb adverbs')}\s{{1,3}})?"
        rf"(?P<verb>{spaced_alternation(_FR.body_verbs)})(?![\p{{L}}])"
        rf"(?!\s{{1,3}}{_words('frequency')}(?![\p{{L}}]))"
        r"(?P<when>\s{1,3}(?:le|les|du|en|à|au|aux|pendant|entre)\s{1,3}(?-i:[\p{Lu}\p{N}]))?"
        rf"|,\s{{0,3}}(?P<sitting>{_words('sitting')})\s{{1,3}}(?:à|au|en|le|du)(?![\p{{L}}]))"
    ),
    flags=regex.IGNORECASE,
    examples=(" s'est réunie à Mumbai", ", qui a siégé le mois dernier", " (CPG), qui se réunira en Juin", ", réunie à Bakou"),
    rejects=(" s'est réuni avec le Ministre", " réunion", ", réunissant"),
    doc="Right after a standing body: a verb that reports it as sitting ('s'est réunie', 'a siégé', ', réunie à').",
)
BODY_VERB_REACH = 100 + longest_phrase(_FR.body_verbs)

AGAIN = Rule(
    name="event_fr_again",
    pattern=(rf"\G[^.;:!?\n]{{1,120}}?(?<![\p{{L}}])(?:et|puis)\s{{1,3}}(?P<again>{_words('again')})"
             r"(?=\s{1,3}(?:le|les|à|en|au|du|pendant)\s)"),
    flags=regex.IGNORECASE,
    examples=(" à Bakou en décembre 2021 et à nouveau à Bruxelles le 24 juin 2022",),
    rejects=(" à Bakou. Elle s'est réunie à nouveau à Rome", " et à nouveau souligné"),
    doc="After a standing body that sat: 'et à nouveau à/le ...' tells another sitting of it.",
)
AGAIN_REACH = 160

INVITE_BEFORE = Rule(
    name="event_fr_invite_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.invite)})(?![\p{{L}}])[^.;:!?\n]{{0,80}}(?<![\p{{L}}])à\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("a invité les experts à ", "encourage les Membres à "),
    rejects=("a accepté à ", "invité. Ils sont venus à "),
    doc="Ends just before 'visiter'/'une visite': an invitation, which is not an event.",
)

PARTICIPANTS_BEFORE = Rule(
    name="event_fr_participants_before",
    pattern=(rf"(?<![\p{{L}}])(?:{spaced_alternation(_FR.participants)})(?:\s{{1,3}}(?:ont|ont\s{{1,3}}également|ont\s{{1,3}}ensuite"
             r"|ont\s{1,3}aussi))?\s{1,3}\Z"),
    flags=regex.IGNORECASE,
    examples=("Les participants ont également ", "les délégués "),
    rejects=("les ministres ont ",),
    doc="Ends just before 'ont visité': the people taking part in an event, whose visits are part of it.",
)

PLANNED_AFTER = Rule(
    name="event_fr_planned_after",
    pattern=(rf"\G[\s,]{{0,4}}(?:{_ACR}[\s,]{{0,4}})?(?:qui\s{{1,3}})?(?:{spaced_alternation(tuple(_FR.extra.get('planned after', ())))})"
             r"(?![\p{L}])"),
    flags=regex.IGNORECASE,
    examples=(" se tiendra", ", qui aura lieu", " prévue"),
    rejects=(" s'est tenue", " a eu lieu"),
    doc="Starts just after an event noun phrase: reports it as planned.",
)

PLANNED_BEFORE = Rule(
    name="event_fr_planned_before",
    pattern=(rf"(?<![\p{{L}}])(?:\p{{L}}{{2,20}}{_words('future endings')}|{_words('future auxiliaries')}\s{{0,3}}\p{{L}}{{2,20}}"
             rf"{_words('infinitive endings')})"
             r"\s{1,3}(?:(?:un|une|le|la|les|sa|son|ses|leur|leurs)\s{1,3}|l'\s{0,2})?\Z"),
    flags=regex.IGNORECASE,
    examples=("l'OMD organisera un ", "accueillera la ", "va organiser l'"),
    rejects=("a organisé un ", "organise "),
    doc="Ends just before an event noun phrase: a verb in the future, a planned event.",
)

ONLINE = Rule(
    name="event_fr_online",
    pattern=rf"(?<![\p{{L}}]){_words('online')}(?![\p{{L}}])",
    flags=regex.IGNORECASE,
    examples=("tenue en ligne le 10 mai", "une réunion virtuelle", "par visioconférence"),
    rejects=("virtualité", "lignes"),
    doc="An event held online: it has no city, and takes none from the dateline.",
)

UNTIL_BEFORE = Rule(
    name="event_fr_until_before",
    pattern=r"(?<![\p{L}])(?:jusqu'au|jusqu'à|jusqu'en)\s{0,3}\Z",
    flags=regex.IGNORECASE,
    examples=("et se poursuit jusqu'au ",),
    rejects=("depuis le ",),
    doc="Ends just before the last day of an event the sentence has opened.",
)

HELD_BETWEEN = Rule(
    name="event_fr_held_between",
    pattern=(rf"\G[\s,]{{0,3}}(?:{_ACR}[\s,]{{0,3}})?(?:qui\s{{1,3}})?"
             r"(?:(?:s'était|s'est|se\s{1,3}sont|se\s{1,3}étaient|avait|a|ont|avaient)\s{1,3})?"
             rf"(?:{_words('first time')}\s{{1,3}})?"
             rf"{_words('held before')}(?![\p{{L}}])"
             r"[^.;:!?\n]{0,80}\Z"),
    flags=regex.IGNORECASE,
    examples=(", tenue à Bruxelles le ", " s'est tenue à Lima le ", ", qui s'était réunie à Bakou en ",
              ", organisée à New York le "),
    rejects=(" adoptée le ", " se tiendra le "),
    doc="Between an event and a date long before the release: the text says it was held then.",
)

#: Between two places of a list ("Bénin, Ghana et Togo"): a comma, "et", or both.
LIST_GAP = regex.compile(r"\s{0,2}(?:,\s{0,3}(?:et\s{1,3})?|\s{1,3}et\s{1,3})")

RULES: tuple[Rule, ...] = (
    STRONG_BEFORE, WEAK_BEFORE, OCCASION_BEFORE, THEME_OF_BEFORE, CONTAINS_BEFORE, AFTER_TRIGGER, THEME, VERB_SIGNED, VERB_LAUNCHED, VERB_VISITED, VENUE,
    DATELINE_PLACE, LINK, NOT_A_DATE_BEFORE, PLACE_GAP, DATE_GAP, FROM_BEFORE, PLACE_IN_BRACKETS_BEFORE,
    PURPOSE_BEFORE, CLAUSE_BREAK, TOLD_HELD_AT, BODY_VERB, AGAIN, INVITE_BEFORE, PARTICIPANTS_BEFORE,
    PLANNED_AFTER, PLANNED_BEFORE, ONLINE, UNTIL_BEFORE, HELD_BETWEEN,
)
