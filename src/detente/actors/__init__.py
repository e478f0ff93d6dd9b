"""actors: parsed article -> ActorMention list.

Takes a spaCy Doc parsed with the gazetteer EntityRuler (see ``detente.nlp``) and the
article's date; gives every mention of a political actor resolved to a country (ISO
3166-1 alpha-3, or UNO/NAT/EUR/IGO for international bodies) and a CAMEO role, with
the span and the rule or registry row that resolved it. Unknown names stay
unresolved. Rejects nothing.

Dictionaries are TSV data files in ``actors/data/`` (see their headers).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.actors._dictionaries import read_entries
from detente.actors._resolve import resolve
from detente.records import Actor, ActorMention, Article

__all__ = ["entity_patterns", "place_actor", "resolve_actors"]

_LABELS = {"state": "GPE", "capital": "GPE", "demonym": "NORP", "person": "PERSON"}
# Korean (and other East Asian) romanised names: "Choi Mi-rae", "Lee Jae-myung". The family
# name must be a proper noun, so "The French-led mission" is no name; a given-name syllable
# may be tagged as an English word ("Do", "In", "Won"), and the last part must not be a
# word that ends a compound adjective ("Hong Kong-based") or a title ("Prime Minister-elect").
COMPOUND_ENDINGS = ["based", "led", "backed", "run", "held", "owned", "born", "made", "style", "like", "wide",
                    "era", "bound", "linked", "funded", "armed", "aided", "level", "class", "scale", "elect",
                    "area", "eve"]
NAME_SHAPES = [{"label": "PERSON", "pattern": [
    {"IS_TITLE": True, "POS": {"IN": ["PROPN", "ADJ"]}}, {"IS_TITLE": True, "POS": {"NOT_IN": ["DET", "PRON", "CCONJ", "PUNCT"]}},
    {"ORTH": "-"},
    {"IS_LOWER": True, "LENGTH": {"<=": 5}, "POS": {"NOT_IN": ["VERB"]}, "LOWER": {"NOT_IN": COMPOUND_ENDINGS}}]}]


def resolve_actors(doc: Doc, article: Article) -> list[ActorMention]:
    """Resolve the actor mentions of one parsed article.

    Args:
        doc: the article text parsed by ``detente.nlp.parse_texts``.
        article: the article; its id is kept on every mention, its date picks dated office
            holders, its dateline and authors give context.

    Returns:
        Mentions in text order, each with its span, actor, kind and rule.
    """
    return resolve(doc, article)


def entity_patterns() -> list[dict]:
    """EntityRuler patterns for every gazetteer phrase (``id`` is ``kind|country|role|name``),
    plus name shapes the small model misses ("Ahn Do-hyun": family name, hyphenated given name)."""
    return [
        {"label": _LABELS.get(entry.kind, "ORG"), "pattern": entry.phrase,
         "id": f"{entry.kind}|{entry.country}|{entry.role}|{entry.name}"}
        for entry in read_entries()
    ] + NAME_SHAPES


def place_actor(token: Token) -> Actor | None:
    """The government of the state or capital a gazetteer token names, used as a place.

    Args:
        token: a token of a parsed text.

    Returns:
        ``Actor(country, "GOV")`` when the token belongs to a state or capital entity, else None.
    """
    kind, country, _role, name = (token.ent_id_.split("|") + ["", "", "", ""])[:4]
    return Actor(country, "GOV", name) if kind in {"state", "capital"} else None
