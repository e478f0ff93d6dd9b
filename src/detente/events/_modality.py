"""Modality of an event: negated, hypothetical, its refusal and intent codes, and
whether a verb is only the content of an outer act. Part of the events stage."""
from __future__ import annotations

from spacy.tokens import Token

from detente.events._dictionary import Pattern

MODALS = {"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "wo"}
# Verbs whose complement has not happened yet: "plans to visit", "hopes to sign".
IRREALIS_VERBS = {"plan", "intend", "want", "hope", "seek", "expect", "aim", "prepare", "propose",
                  "consider", "try", "attempt", "wish", "threaten", "offer", "agree", "able", "likely",
                  "ready", "willing", "open", "set", "schedule", "mull", "weigh", "urge", "ask", "call"}
# Nouns whose infinitive has not happened yet: "plans to visit", "an offer to mediate".
IRREALIS_NOUNS = {"plan", "intention", "offer", "proposal", "readiness", "willingness", "bid", "attempt",
                  "threat", "pledge", "promise", "hope", "aim", "goal"}
NEGATING_VERBS = {"refuse", "decline", "fail", "reject", "deny", "avoid", "halt", "stop", "cease"}
# Acts whose negation CAMEO codes as another act (devset README, convention 5):
# approval -> disapproval, intent to cooperate -> rejection, yielding -> refusing to yield.
NEGATED_CODES = {"013": "110", "050": "110", "051": "110", "030": "120", "031": "121", "036": "125",
                 "080": "124", "081": "1241", "082": "1242", "083": "124", "084": "1243", "085": "1244",
                 "086": "1245", "087": "1246", "0351": "1241", "0352": "1242", "0353": "1243",
                 "0354": "1244", "0355": "1245", "0356": "1246"}
# Future or offered cooperation -> the matching 03x intent code (CAMEO 030–039).
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Unspecified cooperation ("will work with", "will coordinate with") is unspecified intent (030).
# The other acts have a parallel intent code in CAMEO: "would release" 084 -> 0353, "would halt
# fire" 0871 -> 0356, "would send weapons" 072 -> 0332.
INTENT_BY_CODE = {"050": "030", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
                  "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                  "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
                  "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
# Verbs that report speech: what they report is coded with its speaker, not suppressed.
REPORTING_VERBS = {"say", "tell", "add", "state", "note", "claim", "insist", "stress", "emphasize",
                   "emphasise", "argue", "assert", "believe", "report", "explain", "write", "tweet",
                   "confirm", "announce", "assess", "suggest", "indicate", "reiterate", "recall", "think"}


def refusal_code(cameo: str) -> str | None:
    """The CAMEO code of refusing ``cameo``: exact sub-code, else its base code's."""
    return NEGATED_CODES.get(cameo) or NEGATED_CODES.get(cameo[:3])


def irrealis_noun(verb: Token) -> Token | None:
    """The plan, offer or intention a verb spells out: "its plan to build", "no intention of
    supplying"."""
    noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head
    if verb.dep_ in {"acl", "pcomp"} and noun.lemma_.lower() in IRREALIS_NOUNS:
        return noun
    return None


def is_denied(verb: Token) -> bool:
    """Whether the verb itself is negated: "did not", "never", "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "never"
               or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for c in verb.children)


def has_aux(trigger: Token, words: set[str]) -> bool:
    """Whether the trigger has one of these auxiliaries ("could not agree")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in trigger.children)


def inside_another_act(token: Token, matched: dict[int, Pattern]) -> bool:
    """Whether ``token`` is the content of an outer coded act (its complement, at any
    depth), not of a reporting verb: "hopeful Oslo can revive the talks" is one
    optimistic comment; "said Oslo will revive the talks" codes the reviving."""
    current = token
    if token.dep_ == "acl" and token.head.dep_ in {"dobj", "nsubjpass"} and token.head.head.i in matched:
        return True  # "spurned Rome's proposal to host a summit": the proposal is what was spurned
    while (current.dep_ in {"ccomp", "xcomp", "acomp"} or is_purpose(current)) and current.head.i != current.i:
        current = current.head
        if current.i in matched:
            return True
        if current.lemma_ in REPORTING_VERBS:
            return False
    return False


def is_purpose(token: Token) -> bool:
    """ "summoned the ambassador to protest": an infinitive of purpose is part of the act."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def intent_code(cameo: str) -> str:
    """A future or offered cooperative act is coded as intent (devset README, convention 13)."""
    return INTENT_BY_CODE.get(cameo) or INTENT_BY_CODE.get(cameo[:3]) or INTENT_BY_ROOT.get(cameo[:2], cameo)


def is_negated(trigger: Token) -> bool:
    """Negated by its own "not", its copula's ("is not pleased"), or a governing "refuse to"/"fail to"."""
    if (noun := irrealis_noun(trigger)) is not None and any(c.lower_ == "no" for c in noun.children):
        return True  # "has no plans to send troops", "no intention of supplying arms"
    current = trigger
    for _ in range(3):
        if any(c.dep_ == "neg" or c.dep_ in {"preconj", "cc"} and c.lower_ in {"neither", "nor"}
               for c in current.children):
            return True  # "did not accept", "neither endorses nor supports"
        if current.dep_ in {"xcomp", "ccomp"} and current.head.lemma_ in NEGATING_VERBS:
            return True
        if current.dep_ not in {"xcomp", "conj", "acomp", "attr"}:
            break
        if current.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in current.children):
            break  # "did not give details, but released footage": the contrast is not negated
        current = current.head
    return False


def is_hypothetical(trigger: Token, pattern: Pattern) -> bool:
    if "hypothetical" in pattern.flags:
        return True
    if pattern.cameo.startswith("03") and trigger.pos_ == "ADJ":
        return True  # "is open to talks", "ready to negotiate"
    if irrealis_noun(trigger) is not None:
        return True  # "its plan to build a base", "an offer to mediate"
    current = trigger
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "aux" and (child.lower_ in MODALS or child.tag_ == "MD"):
                return True
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"}:
                return True
        if current.dep_ == "xcomp" and current.head.lemma_ in IRREALIS_VERBS and current.i != trigger.i:
            return True
        if current.dep_ == "xcomp" and current.head.lemma_ in IRREALIS_VERBS:
            return True
        if current.dep_ not in {"xcomp", "conj"}:
            break
        current = current.head
    return False
