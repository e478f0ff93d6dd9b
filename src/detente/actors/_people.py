"""Words around a person's name that say whose the person is (used by ``_resolve`` and ``_persons``).

The resolver codes a person by a title, an apposition or the registry. This module reads
the other cues newsrooms give for people with no office:

- a demonym right before the name, maybe with a relative noun: "the Ghanaian Kwame
  Mensah", "her Peruvian husband, Diego Salas" -> a private person (CVL) of that country;
- a relative or a leader noun tied by "of"/"to" to someone already resolved: "the
  nephew of X" is a private person of X's country, "the head of Y's navy" holds Y's role;
- a military rank between a title and the name: "fleet spokeswoman Cmdr. X" keeps the title;
- a counterpart holds the office of the person it is paired with.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.actors._dictionaries import read_roles
from detente.records import Actor, ActorMention

# Relatives: a relative of a politician is a private person of the politician's country.
KIN_NOUNS = {
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "nephew", "niece",
    "cousin", "uncle", "aunt", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "widow",
    "grandson", "granddaughter", "partner", "stepson", "stepdaughter", "sibling",
}
# Nouns that make a person the head of what follows "of": "the chief of X's navy" holds the
# navy's role (MIL), where "an aide to X" keeps the aide's own role.
LEADER_NOUNS = {"head", "chief", "leader", "director", "commander", "boss"}
# Spokespeople speak for their body: a military command's spokesman is MIL, a ministry's GOV.
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
COUNTERPART_NOUNS = {"counterpart", "counterparts"}
# Rank abbreviations; their full stop is a token of its own ("Cmdr", ".").
ABBREVIATED_RANKS = {"capt", "col", "gen", "lt", "maj", "adm", "cmdr", "sgt", "brig", "cpl", "ens"}
# Rank words and abbreviations that may sit between a title and a name
# ("fleet spokeswoman Cmdr. X").
RANKS = ABBREVIATED_RANKS | {
    "captain", "colonel", "general", "lieutenant", "major", "admiral", "commander", "sergeant", "corporal",
    "rear", "vice",
}
# Proper nouns before a PERSON entity that the small model leaves out of the name (the
# first part of a three-part name the model cut short); more would reach into the clause before.
MAX_NAME_PREFIX = 2


def name_start(ent: Span) -> int:
    """The first token of a person's name, counting up to MAX_NAME_PREFIX capitalised proper
    nouns right before the entity that belong to no other entity."""
    doc, start = ent.doc, ent.start
    while start > max(0, ent.start - MAX_NAME_PREFIX) and _bare_name_word(doc[start - 1]):
        start -= 1
    return start


def origin_demonym(ent: Span) -> Span | None:
    """The demonym entity right before a person's name, or before a relative noun that comes
    before it: "the Ghanaian Kwame Mensah", "her Peruvian husband, Diego Salas"."""
    doc = ent.doc
    i = name_start(ent) - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in KIN_NOUNS:
        i -= 1
    if i >= 0 and doc[i].lower_ in KIN_NOUNS:
        i -= 1
    if i < 0 or not doc[i].ent_id_.startswith("demonym|"):
        return None
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def after_ranks(doc: Doc, i: int) -> int:
    """The index of the first token at or after ``i`` that is not a rank word. A full stop
    counts only right after a rank abbreviation: any other ends the sentence, and the name
    after it has no title ("... the Japanese ambassador. Kim Min-ho, a farmer, ...")."""
    while i < len(doc) and (doc[i].lower_ in RANKS or (
            doc[i].text == "." and i > 0 and doc[i - 1].lower_ in ABBREVIATED_RANKS)):
        i += 1
    return i


def principal_tokens(role: Token) -> list[Token]:
    """The tokens of the phrase after "to"/"of"/"for" that a role serves, nearest to its head
    first: "an envoy of Lula" -> [Lula]; "the chief of Egypt's navy" -> [navy, 's, Egypt, ...]."""
    tokens: list[Token] = []
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "of", "for"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    tokens += reversed(pobj.doc[pobj.left_edge.i:pobj.i + 1])
    return tokens


def _bare_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.lower_ not in RANKS \
        and token.lower_ not in read_roles()


def match_counterparts(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A counterpart holds the same kind of office as the person it is paired with, the last
    one named before it in the sentence: a general's "Indian counterpart" is MIL, a foreign
    minister's GOV. Counterparts with no person before them keep their title's role."""
    matched = []
    for mention in mentions:
        if mention.kind == "role_noun" and mention.start is not None \
                and mention.mention.lower().split()[-1] in COUNTERPART_NOUNS:
            sentence = doc.char_span(mention.start, mention.end, alignment_mode="expand").sent
            people = [m for m in mentions if m.person and m.start is not None
                      and sentence.start_char <= m.start < mention.start and m.actor.role not in {None, "ELI"}]
            if people and people[-1].actor.role != mention.actor.role:
                actor = Actor(mention.actor.country, people[-1].actor.role, mention.actor.name)
                mention = replace(mention, actor=actor, rule=f"{mention.rule}+role of {people[-1].mention}")
        matched.append(mention)
    return matched
