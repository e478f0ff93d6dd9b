"""Coordinated phrases that share what one of their parts names (used by ``_resolve``).

- "Hezbollah and other armed groups": the other groups are of the named one's country;
- "Chadian and Nigerien troops": both demonyms modify the role noun, so both are troops.
"""
from __future__ import annotations

from spacy.tokens import Span

from detente.records import Actor, ActorMention


def other_like_conjunct(span: Span, by_token: dict[int, ActorMention]) -> Actor | None:
    """The actor of X in "X and other <role noun>": more of the same kind, from X's country."""
    root = span.root
    if root.dep_ != "conj" or not any(child.lower_ == "other" for child in root.children):
        return None
    found = by_token.get(root.head.i)
    return found.actor if found is not None and found.actor.country and not found.person else None


def shared_head_role(demonym: ActorMention, ent: Span, by_token: dict[int, ActorMention]) -> str | None:
    """The role a lone demonym shares with the phrase it is conjoined to: "Chadian" in
    "Chadian and Nigerien troops" is MIL, like "Nigerien troops"."""
    for conjunct in ent.root.conjuncts:
        partner = by_token.get(conjunct.i)
        if partner is not None and partner is not demonym and partner.actor.role and not partner.person \
                and partner.start == conjunct.idx and " " in partner.mention:
            return partner.actor.role  # the conjunct begins a longer phrase: it modifies the head
    return None
