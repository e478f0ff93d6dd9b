"""Shared fixtures: a real DuckDB store per test and hand-built coded documents.

The sentences below are written for these tests; they describe no real article.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.records import Actor, ActorMention, Article, CodedDocument, Event, Quote, Rejection
from detente.store import open_store


@pytest.fixture
def db(tmp_path):
    """A fresh DuckDB file in tmp_path with every migration applied."""
    con = open_store(tmp_path / "detente.duckdb")
    yield con
    con.close()


def to_actor(code: str | None) -> Actor | None:
    """``"KORGOV"`` -> Actor("KOR", "GOV"); ``"RUS"`` -> Actor("RUS")."""
    if code is None:
        return None
    return Actor(country=code[:3], role=code[3:] or None, name=f"{code} actor")


def make_event(
    source: str | None,
    target: str | None,
    *,
    sentence: str = "Seoul and Moscow agreed to hold talks.",
    start: int = 0,
    cameo: str = "036",
    quad: int = 1,
    goldstein: float = 4.0,
    negated: bool = False,
    hypothetical: bool = False,
    speaker: str | None = None,
    article_id: str = "",
) -> Event:
    """An event between two actor codes; the sentence span starts at ``start``."""
    return Event(
        article_id=article_id,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        source=to_actor(source),
        target=to_actor(target),
        cameo=cameo,
        root=cameo[:2],
        quad=quad,
        goldstein=goldstein,
        negated=negated,
        hypothetical=hypothetical,
        speaker=speaker,
        trigger="agreed",
    )


def make_document(
    article_id: str,
    *,
    text: str | None = None,
    published: str | None = "2024-04-27T10:00:00+09:00",
    events: tuple[Event, ...] = (),
    title: str | None = None,
    with_extras: bool = False,
) -> CodedDocument:
    """A coded document; ``with_extras`` adds one mention and one quote."""
    text = text if text is not None else f"Article {article_id}. Seoul and Moscow agreed to hold talks."
    article = Article(
        article_id=article_id,
        uri=f"tests/{article_id}.txt",
        text=text,
        title=title or f"Title of {article_id}",
        published=published,
        authors=("Kim Min-ji",),
        outlet="Test Wire",
        notes=("published: written by hand for tests",),
    )
    mentions: tuple[ActorMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    if with_extras:
        mentions = (
            ActorMention(article_id, "Seoul", 0, 5, Actor("KOR", "GOV", "South Korea"),
                         kind="capital", rule="capitals.v1"),
            ActorMention(article_id, "the two sides", 40, 53, Actor(None), kind="group",
                         rule="groups.v1", members=(Actor("KOR", "GOV"), Actor("RUS", "GOV"))),
        )
        quotes = (Quote(article_id, "Park", "KOR", "We are ready to talk", 10, 30),)
    return CodedDocument(
        article_id=article_id,
        uri=article.uri,
        article=article,
        mentions=mentions,
        events=tuple(make_event_for(article_id, event) for event in events),
        quotes=quotes,
    )


def make_event_for(article_id: str, event: Event) -> Event:
    """The same event, carrying the document's article id."""
    return replace(event, article_id=article_id)


def make_rejection(article_id: str, *, reason: str = "empty_text", stage: str = "extract") -> CodedDocument:
    """A coded document that a stage rejected."""
    uri = f"tests/{article_id}.txt"
    rejection = Rejection(article_id, uri, stage, reason, detail="no body text after cleaning")
    return CodedDocument(article_id=article_id, uri=uri, article=None, rejected=rejection)


class _Builders:
    actor = staticmethod(to_actor)
    event = staticmethod(make_event)
    document = staticmethod(make_document)
    rejection = staticmethod(make_rejection)


@pytest.fixture
def build():
    """Record builders: ``build.document(...)``, ``build.event(...)``, ``build.rejection(...)``."""
    return _Builders
