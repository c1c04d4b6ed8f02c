"""The GUIDE's scoring rules on plain dicts: text normalization, matching, per-document scores.

Pure functions, no files and no parser, so every rule can be pinned by a small test. Inputs are a
gold dict and a predicted dict shaped like `PressRelease.model_dump(mode="json")`; extra keys
(mentions, evidence, warnings, url ...) are ignored. `evaluate.py` runs the parser and reports.

Decisions the GUIDE leaves open (kept here so the figures can be read correctly):
- Normalization: `scoring_text.norm` (shared with the resolver: NFKD, accents dropped, lower
  case, punctuation and symbols become spaces, "E-Commerce" = "E Commerce"), but dots vanish
  first ("U.S." = "US").
- Word-overlap F1 (titles, affiliations, organizations, initiatives, events) counts words as a
  multiset and ignores the stop words of `data/scoring_stopwords.txt`, unless a side has nothing
  else.
- A person's title/affiliation is scored for every matched person: null == null is correct, a
  value against null is wrong.
- Events match on "kind and start equal" only when start is not null.
- Primary event: n counts documents whose gold has a primary event. When the prediction has no
  primary event, or its (first) primary does not match the gold one by the event rule, primary_found
  and each of primary_kind/start/end/city/country count as wrong. Field values compare after
  normalization (null == null is correct).
- One-to-one matching is greedy, best score first, ties by gold order then predicted order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import lexicon
from .scoring_text import norm

STOPWORDS_FILE = "scoring_stopwords.txt"

ENTITY_TYPES: tuple[str, ...] = ("people", "organizations", "initiatives", "events")
PRIMARY_FIELDS: tuple[str, ...] = ("kind", "start", "end", "city", "country")
ACC_FIGURES: tuple[str, ...] = (
    "title", "published", "person_title", "person_affiliation", "primary_found",
    *(f"primary_{f}" for f in PRIMARY_FIELDS),
)
PRF_KEYS: tuple[str, ...] = ("p", "r", "f1", "tp", "fp", "fn")
ACC_KEYS: tuple[str, ...] = ("acc", "n")

PERSON_TITLE_MIN_F1 = 0.6
AFFILIATION_MIN_F1 = 0.6
ORGANIZATION_MIN_F1 = 0.8
INITIATIVE_MIN_F1 = 0.5
EVENT_MIN_F1 = 0.5

Item = Mapping[str, Any]


# ---------------------------------------------------------------- text

def normalize(text: object) -> str:
    """Comparison form of a value: the shared folding of `scoring_text.norm` (no accents, lower
    case, punctuation and symbols as spaces, single spaces), after dropping dots so that "U.S."
    equals "US" and "H.E." equals "HE"; anything but a string folds to ""."""
    if not isinstance(text, str) or not text:
        return ""
    return norm(text.replace(".", ""))


def tokens(text: object) -> list[str]:
    return normalize(text).split()


def content_words(text: object) -> list[str]:
    """Tokens without stop words; all tokens when only stop words are left."""
    toks = tokens(text)
    stop = lexicon.words(STOPWORDS_FILE)
    kept = [t for t in toks if t not in stop]
    return kept or toks


def word_f1(a: object, b: object) -> float:
    """F1 of the two texts' content words (multisets); 0.0 when either side is empty."""
    ca, cb = Counter(content_words(a)), Counter(content_words(b))
    if not ca or not cb:
        return 0.0
    common = sum((ca & cb).values())
    return 2.0 * common / (sum(ca.values()) + sum(cb.values()))


def _text(item: Item, key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) else None


def _items(record: Item, key: str) -> list[Item]:
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [x for x in value if isinstance(x, Mapping)]


def _keys(item: Item, fields: Sequence[str]) -> list[str]:
    """Normalized, non-empty values of the fields (list fields such as aliases included)."""
    out: list[str] = []
    for f in fields:
        value = item.get(f)
        values = value if isinstance(value, list) else [value]
        out.extend(k for v in values if (k := normalize(v)) and k not in out)
    return out


def same_value(gold: object, pred: object) -> bool:
    """Equal after normalization; null equals null (and the empty string)."""
    return normalize(gold) == normalize(pred)


# ---------------------------------------------------------------- matching rules

def _same_given(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def name_match(gold: object, pred: object) -> int:
    """How two person names match: 3 equal, 2 family + first given name (or initial) in any
    order, 1 one is the other's family name alone, 0 not at all."""
    ta, tb = tokens(gold), tokens(pred)
    if not ta or not tb:
        return 0
    if ta == tb:
        return 3
    if len(ta) == 1 or len(tb) == 1:
        short, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        return 1 if len(full) > 1 and short[0] in (full[0], full[-1]) else 0
    readings_a = ((ta[0], ta[-1]), (ta[-1], ta[0]))  # (given, family): western or family-first
    readings_b = ((tb[0], tb[-1]), (tb[-1], tb[0]))
    for given_a, family_a in readings_a:
        for given_b, family_b in readings_b:
            if family_a == family_b and _same_given(given_a, given_b):
                return 2
    return 0


def person_score(gold: Item, pred: Item) -> float:
    return float(name_match(gold.get("name"), pred.get("name")))


def organization_score(gold: Item, pred: Item) -> float:
    """>= 2 when a name/acronym is equal, else the best word F1 if >= 0.8, else 0."""
    gk, pk = _keys(gold, ("name", "acronym")), _keys(pred, ("name", "acronym"))
    name_f1 = word_f1(gold.get("name"), pred.get("name"))
    if set(gk) & set(pk):
        return 2.0 + name_f1
    best = max((word_f1(a, b) for a in gk for b in pk), default=0.0)
    return best if best >= ORGANIZATION_MIN_F1 else 0.0


def initiative_score(gold: Item, pred: Item) -> float:
    """Best word F1 of a gold name/acronym/alias with the predicted name/acronym, if >= 0.5."""
    gk, pk = _keys(gold, ("name", "acronym", "aliases")), _keys(pred, ("name", "acronym"))
    best = max((word_f1(a, b) for a in gk for b in pk), default=0.0)
    return best if best >= INITIATIVE_MIN_F1 else 0.0


def _kind_and_start(gold: Item, pred: Item) -> bool:
    start = normalize(gold.get("start"))
    return bool(start) and start == normalize(pred.get("start")) and same_value(gold.get("kind"), pred.get("kind"))


def event_score(gold: Item, pred: Item) -> float:
    """Name word F1 (+1 when kind and start agree); 0 unless F1 >= 0.5 or kind and start agree."""
    f1 = word_f1(gold.get("name"), pred.get("name"))
    ks = _kind_and_start(gold, pred)
    if f1 < EVENT_MIN_F1 and not ks:
        return 0.0
    return f1 + (1.0 if ks else 0.0)


def one_to_one(
    gold: Sequence[Item], pred: Sequence[Item], score: Callable[[Item, Item], float]
) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one matching; pairs (gold index, predicted index) in gold order."""
    pairs = sorted(
        ((s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if (s := score(g, p)) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            out.append((i, j))
    return sorted(out)


SCORERS: Mapping[str, Callable[[Item, Item], float]] = {
    "people": person_score,
    "organizations": organization_score,
    "initiatives": initiative_score,
    "events": event_score,
}


def title_correct(gold: object, pred: object) -> bool:
    """A matched person's title: null == null, else word F1 >= 0.6."""
    if not normalize(gold) or not normalize(pred):
        return not normalize(gold) and not normalize(pred)
    return word_f1(gold, pred) >= PERSON_TITLE_MIN_F1


def organization_ties(*org_lists: Iterable[Item]) -> list[frozenset[str]]:
    """For each organization entry, the set of its normalized name and acronym."""
    return [frozenset(k) for orgs in org_lists for org in orgs if len(k := _keys(org, ("name", "acronym"))) > 1]


def affiliation_correct(gold: object, pred: object, ties: Sequence[frozenset[str]] = ()) -> bool:
    """Same organization (equal, or tied by one org entry), or word F1 >= 0.6; null == null."""
    g, p = normalize(gold), normalize(pred)
    if not g or not p:
        return not g and not p
    if g == p or any(g in tie and p in tie for tie in ties):
        return True
    return word_f1(g, p) >= AFFILIATION_MIN_F1


# ---------------------------------------------------------------- per document

@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one entity type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Tally:
    """How many of n scored values were correct."""

    correct: int = 0
    n: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.n + other.n)


@dataclass
class DocScore:
    """One document's counts and tallies, with what was missed, spurious or wrong."""

    counts: dict[str, Counts] = field(default_factory=dict)
    tallies: dict[str, Tally] = field(default_factory=dict)
    missed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    spurious: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def check(self, figure: str, ok: bool, gold: object, pred: object, item: str | None = None) -> None:
        self.tallies[figure] = self.tallies.get(figure, Tally()) + Tally(int(ok), 1)
        if not ok:
            entry: dict[str, Any] = {"field": figure, "gold": gold, "pred": pred}
            if item is not None:
                entry["item"] = item
            self.wrong.append(entry)


_SCORED_KEYS: Mapping[str, tuple[str, ...]] = {
    "people": ("name", "honorific", "title", "affiliation", "country"),
    "organizations": ("name", "acronym"),
    "initiatives": ("name", "acronym", "kind", "aliases"),
    "events": ("name", "kind", "start", "end", "venue", "city", "country", "primary"),
}


def _plain(kind: str, item: Item) -> dict[str, Any]:
    """The item without mentions/evidence, for reports."""
    return {k: item[k] for k in _SCORED_KEYS[kind] if k in item}


def _primary(events: Sequence[Item]) -> Item | None:
    return next((e for e in events if e.get("primary") is True), None)


def _score_people_fields(doc: DocScore, gold: Item, pred: Item, pairs: list[tuple[int, int]]) -> None:
    gp, pp = _items(gold, "people"), _items(pred, "people")
    ties = organization_ties(_items(gold, "organizations"), _items(pred, "organizations"))
    for i, j in pairs:
        who = _text(gp[i], "name")
        g_title, p_title = gp[i].get("title"), pp[j].get("title")
        doc.check("person_title", title_correct(g_title, p_title), g_title, p_title, who)
        g_aff, p_aff = gp[i].get("affiliation"), pp[j].get("affiliation")
        doc.check("person_affiliation", affiliation_correct(g_aff, p_aff, ties), g_aff, p_aff, who)


def _score_primary(doc: DocScore, gold: Item, pred: Item) -> None:
    g = _primary(_items(gold, "events"))
    if g is None:
        return
    p = _primary(_items(pred, "events"))
    found = p is not None and event_score(g, p) > 0
    doc.check("primary_found", found, _text(g, "name"), None if p is None else _text(p, "name"))
    for f in PRIMARY_FIELDS:
        p_value = p.get(f) if p is not None and found else None
        doc.check(f"primary_{f}", found and same_value(g.get(f), p_value), g.get(f), p_value, _text(g, "name"))


def score_document(gold: Item, pred: Item) -> DocScore:
    """Score one predicted record against its gold record."""
    doc = DocScore()
    for kind in ENTITY_TYPES:
        gi, pi = _items(gold, kind), _items(pred, kind)
        pairs = one_to_one(gi, pi, SCORERS[kind])
        doc.counts[kind] = Counts(len(pairs), len(pi) - len(pairs), len(gi) - len(pairs))
        matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        doc.missed[kind] = [_plain(kind, g) for i, g in enumerate(gi) if i not in matched_g]
        doc.spurious[kind] = [_plain(kind, p) for j, p in enumerate(pi) if j not in matched_p]
        if kind == "people":
            _score_people_fields(doc, gold, pred, pairs)
    for f in ("title", "published"):
        doc.check(f, same_value(gold.get(f), pred.get(f)), gold.get(f), pred.get(f))
    _score_primary(doc, gold, pred)
    return doc


# ---------------------------------------------------------------- aggregation

def prf(c: Counts) -> dict[str, Any]:
    """P/R/F1 with the GUIDE's convention: nothing predicted gives P = 1, nothing to find R = 1."""
    p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 1.0
    r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": c.tp, "fp": c.fp, "fn": c.fn}


def accuracy(t: Tally) -> dict[str, Any]:
    return {"acc": round(t.correct / t.n, 4) if t.n else None, "n": t.n}


def aggregate(docs: Iterable[DocScore]) -> dict[str, Any]:
    """The GUIDE's figures, micro-averaged over the documents."""
    counts = {k: Counts() for k in ENTITY_TYPES}
    tallies = {k: Tally() for k in ACC_FIGURES}
    n_docs = 0
    for d in docs:
        n_docs += 1
        for k in ENTITY_TYPES:
            counts[k] = counts[k] + d.counts.get(k, Counts())
        for k in ACC_FIGURES:
            tallies[k] = tallies[k] + d.tallies.get(k, Tally())
    figures: dict[str, Any] = {k: prf(counts[k]) for k in ENTITY_TYPES}
    micro = Counts()
    for k in ENTITY_TYPES:
        micro = micro + counts[k]
    figures["entities_micro"] = prf(micro)
    figures.update({k: accuracy(tallies[k]) for k in ACC_FIGURES})
    figures["docs"] = n_docs
    return figures


def score(gold: Item, pred: Item) -> dict[str, Any]:
    """Figures for a single document (convenience for tests and notebooks)."""
    return aggregate([score_document(gold, pred)])
