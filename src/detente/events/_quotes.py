"""Direct quotations and who said them."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from detente.records import ActorMention, Quote

# Straight or curly double quotes around at least one character, on one line.
QUOTE_RE = re.compile(r'["“]([^"“”\n]{1,1000}?)["”]')
SPEECH_VERBS = {"say", "tell", "add", "state", "note", "call", "describe", "insist", "stress", "warn",
                "write", "declare", "emphasize", "emphasise", "argue", "vow", "pledge", "accuse", "urge"}


def find_quotes(doc: Doc, mentions: list[ActorMention], *, article_id: str) -> list[Quote]:
    """Every quoted passage with its speaker: the person who is the subject of the
    sentence's speech verb, else the last person named before the quote.
    """
    mentions = [m for m in mentions if m.start is not None]  # byline-only reporters say nothing in the text
    quotes = []
    for match in QUOTE_RE.finditer(doc.text):
        start, end = match.span(1)
        mention = _speaker(doc, mentions, start)
        quotes.append(Quote(article_id, (mention.actor.name or mention.mention) if mention else None,
                            mention.actor.country if mention else None, match.group(1), start, end))
    return quotes


def _speaker(doc: Doc, mentions: list[ActorMention], start: int) -> ActorMention | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    for token in sentence:
        if token.lemma_ in SPEECH_VERBS:
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    head = child.left_edge
                    found = [m for m in mentions if head.idx <= m.start < child.idx + len(child.text) + 1 and m.person]
                    if found:
                        return found[-1]
    earlier = [m for m in mentions if m.person and m.start < start]
    return earlier[-1] if earlier else None
