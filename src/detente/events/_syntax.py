"""Shapes of the dependency parse the coder reads: predicates, noun phrases, nearby words.
Part of the events stage."""
from __future__ import annotations

from spacy.tokens import Token

# Nouns whose "of"-gerund is an act intended ("no intention of supplying arms").
INTENT_NOUNS = {"intention", "plan"}
# A gerund after these names a topic ("about engaging"), not an act ("by expelling" is one).
TOPIC_PREPOSITIONS = {"about", "of", "on", "over", "for", "against", "from", "without", "despite", "instead"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Clauses hanging under a verb that, with a subject of their own, tell another event.
SEPARATE_CLAUSES = {"advcl", "conj", "relcl", "parataxis"}


def is_predicate(token: Token) -> bool:
    """A verb or predicative adjective that states an act, not a modifier or a noun-like gerund."""
    if token.pos_ not in {"VERB", "ADJ"} and not (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        return False
    if token.dep_ in {"amod", "compound", "npadvmod"}:
        return False  # "China's growing influence", "storm-battered"
    if token.dep_ == "pcomp" and token.head.lower_ in TOPIC_PREPOSITIONS \
            and not (token.head.lower_ == "of" and token.head.head.lemma_.lower() in INTENT_NOUNS):
        return False  # "asked about engaging with", "accused of attacking": a topic, not an act
    if token.tag_ == "VBG" and any(
        c.dep_ in {"nsubj", "poss"} and any(g.dep_ == "case" for g in c.children) for c in token.children
    ):
        return False  # "China's growing trade" misparsed as a clause: a possessive marks a noun phrase
    if token.tag_ == "VBG" and any(c.dep_ == "compound" and c.i < token.i for c in token.children):
        return False  # "missile warning data": a noun before a gerund makes it a noun
    if token.pos_ == "ADJ" and token.dep_ not in {"acomp", "ROOT", "ccomp", "conj", "advcl", "xcomp", "oprd"}:
        return False
    if token.tag_ == "VBN" and token.dep_ in {"advcl", "acl"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "oprd"} for c in token.children
    ):
        # "Questioned about the deal, Park said": a passive participle, its subject is not the actor
        # (one with a direct object is a misparsed active verb: "Erdogan called Macron ...")
        return False
    return True


def own_clause(verb: Token) -> list[Token]:
    """Tokens of the verb's clause: its subtree without the clauses under it that have a subject
    of their own ("ordered a siege, as the army mustered after fighters stormed into X")."""
    keep: list[Token] = []
    queue = [verb]
    while queue:
        current = queue.pop()
        keep.append(current)
        queue.extend(c for c in current.children
                     if not (c.dep_ in SEPARATE_CLAUSES and any(g.dep_ in SUBJECT_DEPS for g in c.children)))
    return sorted(keep, key=lambda t: t.i)


def noun_phrase(token: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``token``, without its clauses, nearest to the head first."""
    keep: list[Token] = []
    queue = [token]
    while queue:
        current = queue.pop(0)
        for child in current.children:
            if child.dep_ in {"relcl", "ccomp", "advcl", "appos", "conj", "cc", "punct"}:
                continue
            if child.dep_ == "acl" and child.tag_ != "VBN":
                continue  # a clause, but "companies linked to Iran" still names Iran
            keep.append(child)
            queue.append(child)
    return keep


# Nouns that count or class what follows "of" ("millions of shells", "a shipment of rifles",
# "acts of hostility").
QUANTITIES = {"million", "thousand", "hundred", "dozen", "ton", "tonne", "batch", "shipment", "consignment",
              "number", "lot", "load", "cargo", "amount", "act"}


def nearby_lemmas(token: Token) -> dict[str, int]:
    """Lemmas and forms of the words within two dependency levels of ``token``, with their
    depth (1 = child, 2 = grandchild), so the closest required words can win a tie."""
    words: dict[str, int] = {}

    def add(word: Token, depth: int) -> None:
        for form in (word.lemma_.lower(), word.lower_):
            words[form] = min(depth, words.get(form, depth))

    if token.dep_ == "relcl":  # "the loans Kenya obtained": the noun is the object
        add(token.head, 1)
        for child in token.head.children:
            add(child, 2)
    for child in token.children:
        if child.dep_ in SEPARATE_CLAUSES and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            continue  # "left for Lima once the talks with Peru stalled": that clause's words are not this verb's
        add(child, 1)
        for grandchild in child.children:
            add(grandchild, 2)
        # "shipped millions of shells", "accused X of acts of hostility": what is counted counts
        for counted in _counted(child) + [c for g in child.children for c in _counted(g)]:
            add(counted, 2)
    return words


def _counted(noun: Token) -> list[Token]:
    """What a quantity or class noun counts: "millions of shells" -> shells."""
    if not (noun.like_num or noun.lemma_.lower() in QUANTITIES):
        return []
    return [g for c in noun.children if c.lower_ == "of" for g in c.children]
