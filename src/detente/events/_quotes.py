"""Direct quotations and who said them."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from detente.records import ActorMention, Quote

# Straight or curly double quotes around at least one character, on one line; a quote
# mark right after a digit is an inch mark (22" long), not an opening quote.
QUOTE_RE = re.compile(r'(?<!\d)["“]([^"“”\n]{1,1000}?)["”]')
SPEECH_VERBS = {"say", "tell", "add", "state", "note", "call", "describe", "insist", "stress", "warn",
                "write", "declare", "emphasize", "emphasise", "argue", "vow", "pledge", "accuse", "urge",
                "announce", "reply", "respond", "ask", "deny", "brand", "dismiss", "condemn", "label", "tweet"}
PRONOUNS = {"he", "she", "they", "it"}
# Kinds of mentions that can speak: people and named bodies ("the foreign ministry"), not bare states.
SPEAKING_KINDS = {"role_noun", "role_context", "institution", "igo", "seat"}


def find_quotes(doc: Doc, mentions: list[ActorMention], *, article_id: str) -> list[Quote]:
    """Every quoted passage with its speaker: the subject of the speech verb of its
    sentence (a person or a named body), else the person last named before it."""
    by_token: dict[int, ActorMention] = {}
    for mention in mentions:
        if mention.start is None:
            continue  # byline-only reporters say nothing in the text
        for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
            by_token[token.i] = mention
    quotes = []
    for match in QUOTE_RE.finditer(doc.text):
        start, end = match.span(1)
        name, country = _speaker(doc, by_token, start)
        quotes.append(Quote(article_id, name, country, match.group(1), start, end))
    return quotes


def _speaker(doc: Doc, by_token: dict[int, ActorMention], start: int) -> tuple[str | None, str | None]:
    first = _token_at(doc, start)
    sentence = first.sent
    for verb in sorted((t for t in sentence if t.lemma_ in SPEECH_VERBS), key=lambda t: abs(t.i - first.i)):
        subject = _subject(verb)
        if subject is not None and (found := _named(subject, by_token, doc)) != (None, None):
            return found
        if subject is None and (found := _last_person(by_token, verb.i, since=sentence.start)) != (None, None):
            return found  # "In Nairobi, the UN envoy praised ..., saying": the parse lost the subject
    return _last_person(by_token, sentence.start)


def _token_at(doc: Doc, char: int) -> Token:
    """The token at or after character ``char`` (quotes may open on a space: “ I love it”)."""
    index = bisect.bisect_right([t.idx for t in doc], char) - 1
    return doc[max(index, 0)]


def _subject(verb: Token) -> Token | None:
    """The speech verb's subject; "..., asking a reporter" and "and added" take their head's."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"advcl", "conj", "xcomp"}:
            return subject
        verb = verb.head
    return None


def _named(subject: Token, by_token: dict[int, ActorMention], doc: Doc) -> tuple[str | None, str | None]:
    if subject.lower_ in PRONOUNS:
        return _last_person(by_token, subject.i) if subject.lower_ in {"he", "she"} else (None, None)
    phrase = [t for t in subject.subtree if t.dep_ not in {"relcl", "appos"} and t.i <= subject.i]
    people = [by_token[t.i] for t in phrase if t.i in by_token and by_token[t.i].person]
    if people:
        mention = people[-1]
        return _full_name(mention), mention.actor.country
    bodies = [by_token[t.i] for t in phrase if t.i in by_token and by_token[t.i].kind in SPEAKING_KINDS]
    if bodies:
        return bodies[-1].mention, bodies[-1].actor.country
    if subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON":  # an unknown person: name, no country
        names = [t.text for t in phrase if t.pos_ == "PROPN"]
        return " ".join(names), None
    return None, None


def _last_person(by_token: dict[int, ActorMention], before: int, *, since: int = 0) -> tuple[str | None, str | None]:
    people = [m for i, m in sorted(by_token.items()) if since <= i < before and m.person]
    return (_full_name(people[-1]), people[-1].actor.country) if people else (None, None)


def _full_name(mention: ActorMention) -> str:
    return mention.actor.name or mention.mention
