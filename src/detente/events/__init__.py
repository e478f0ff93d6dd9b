"""events: parsed sentences + actor mentions -> Events and Quotes.

Takes a spaCy Doc and its resolved ActorMentions; gives CAMEO events (source,
target, code, root, quad class, Goldstein value, negated/hypothetical flags,
speaker, trigger, evidence sentence and span) and direct quotations with their
speakers. Coded by the dependency-pattern coder named in ``CODER``, whose verb
patterns are the data file ``events/data/verbs.tsv``. Rejects nothing.
"""
from __future__ import annotations

from spacy.tokens import Doc

from detente.events._code import CODER, code_sentences
from detente.events._quotes import find_quotes
from detente.records import ActorMention, Event, Quote

__all__ = ["CODER", "code_events"]


def code_events(doc: Doc, mentions: list[ActorMention], *, article_id: str) -> tuple[list[Event], list[Quote]]:
    """Code every event and quotation in one parsed article.

    Args:
        doc: the parsed article text.
        mentions: its resolved actor mentions (``detente.actors.resolve_actors``).
        article_id: the article's content hash, kept on every record.

    Returns:
        The events in text order, and the direct quotes with their speakers.
    """
    return code_sentences(doc, mentions, article_id=article_id), find_quotes(doc, mentions, article_id=article_id)
