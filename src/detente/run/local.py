"""The local runner: chains ingest -> extract -> nlp -> actors -> events in one process.

Articles are parsed by spaCy in batches (``Settings.batch_size``) and yielded in input
order. One article's failure never stops the batch: it becomes a Rejection.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from detente.actors import resolve_actors
from detente.config import Settings
from detente.events import code_events
from detente.extract import extract_article
from detente.nlp import parse_texts
from detente.records import Article, CodedDocument, RawDocument, Rejection

log = logging.getLogger(__name__)


def code_documents(
    items: Iterable[RawDocument | Rejection], *, settings: Settings | None = None
) -> Iterator[CodedDocument]:
    """Run every stage on each input and yield one CodedDocument per input, in order.

    Args:
        items: RawDocuments (or ingest Rejections, passed through) from ``detente.ingest``.
        settings: run settings.

    Returns:
        An iterator of CodedDocuments; a rejected input has ``rejected`` set.
    """
    settings = settings or Settings()
    iterator = iter(items)
    while batch := list(islice(iterator, settings.batch_size)):
        yield from _code_batch(batch, settings)


def _code_batch(batch: list[RawDocument | Rejection], settings: Settings) -> Iterator[CodedDocument]:
    stage_one = [item if isinstance(item, Rejection) else _extract(item) for item in batch]
    articles = [a for a in stage_one if isinstance(a, Article)]
    docs = iter(parse_texts((a.text for a in articles), model=settings.spacy_model, batch_size=settings.batch_size))
    for item in stage_one:
        if isinstance(item, Rejection):
            yield CodedDocument(item.article_id, item.uri, None, rejected=item)
            continue
        yield _code_article(item, next(docs))


def _extract(raw: RawDocument) -> Article | Rejection:
    try:
        return extract_article(raw)
    except Exception as err:  # a batch never dies on one bad article
        log.exception("extract failed on %s", raw.uri)
        return Rejection(raw.article_id, raw.uri, "extract", "internal_error", f"{type(err).__name__}: {err}")


def _code_article(article: Article, doc) -> CodedDocument:
    try:
        mentions = resolve_actors(doc, article)
        events, quotes = code_events(doc, mentions, article_id=article.article_id)
    except Exception as err:  # a batch never dies on one bad article
        log.exception("coding failed on %s", article.uri)
        rejection = Rejection(article.article_id, article.uri, "events", "internal_error", f"{type(err).__name__}: {err}")
        return CodedDocument(article.article_id, article.uri, article, rejected=rejection)
    return CodedDocument(article.article_id, article.uri, article, tuple(mentions), tuple(events), tuple(quotes))
