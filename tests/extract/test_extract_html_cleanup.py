"""News furniture removed from HTML bodies (_cleanup.py), with real paragraphs kept.

The pages are written for these tests; each shows one rule.
"""
from __future__ import annotations

import pytest

from detente.extract import extract_article
from detente.extract._cleanup import clean_paragraphs, is_news_furniture, table_row_text
from detente.records import Article

STORY = [
    "The harbour authority in the northern port said on Tuesday that it would reopen the eastern pier after a month of repairs to its loading cranes.",
    "Officials told reporters that ferry traffic to the islands would resume on a reduced timetable while the last inspections were completed by engineers.",
    "Local traders, who had moved their stalls to the old fish market during the works, welcomed the decision but asked for help with the cost of moving back.",
    "The council is expected to vote next week on a plan to widen the coastal road that leads to the pier, a project first proposed three years ago.",
]


def _page(*blocks: str) -> bytes:
    body = "\n".join(blocks)
    return (
        "<!doctype html><html lang='en'><head><title>Eastern pier to reopen after repairs</title></head>"
        f"<body><article><h1>Eastern pier to reopen after repairs</h1>{body}</article></body></html>"
    ).encode()


def _story_html() -> list[str]:
    return [f"<p>{text}</p>" for text in STORY]


@pytest.mark.parametrize("line, rule", [
    ("Photo: Jane Rivers/Harbour Times", "credit"),
    ("(Image credit: Port Authority)", "credit"),
    ("Cranes at the eastern pier / Getty Images", "credit"),
    ("By Anna Marsh and Tom Reed", "byline"),
    ("9:15 AM EST 03/04/2025 by Anna Marsh", "byline"),
    ("Read more: Ferry operators warn of winter delays", "teaser"),
    ("Related: Five things to know about the harbour works", "teaser"),
    ("Sign up for our free morning newsletter to get the day's top stories in your inbox.", "promo"),
    ("Follow the Harbour Times on Twitter, Facebook and Instagram.", "promo"),
    ("Email Anna Marsh at anna@example.org or follow her on social media.", "promo"),
    ("© 2025 Harbour Times Media. All rights reserved.", "promo"),
    ("Advertisement", "heading"),
    ("Comments", "heading"),
    ("(Reporting by Anna Marsh; Editing by Tom Reed)", "wire credit"),
    ("Tom Reed contributed reporting from the islands.", "wire credit"),
    ("Updated at 4:05 p.m.", "date stamp"),
    ("Pier repairs run over budget [VIDEO]", "tagged headline"),
])
def test_furniture_line_is_named(line, rule):
    assert is_news_furniture(line) == rule


@pytest.mark.parametrize("line", STORY + [
    "More than two hundred boats use the pier in a normal week.",
    "Ferry crews said they would follow the new safety course on Mondays before the season starts.",
    "The port's own newsletter said the works were finished ahead of schedule, according to the council.",
    "Repairs and timetable",  # a sub-heading inside the story
])
def test_story_line_is_kept(line):
    assert is_news_furniture(line) is None
    assert clean_paragraphs([line], title=None) == [line]


def test_related_list_is_skipped_and_story_after_it_kept():
    paragraphs = [STORY[0], "Most Read", "Bridge closed for a week", "Weather warning for the coast",
                  STORY[1], STORY[2]]
    assert clean_paragraphs(paragraphs, title=None) == [STORY[0], STORY[1], STORY[2]]


def test_table_rows_become_cell_text():
    assert table_row_text("| Pier | Berths | Reopens |") == "Pier Berths Reopens"
    assert table_row_text("|---|---|---|") == ""
    assert table_row_text(STORY[0]) is None
    rows = ["| Pier | Berths |", "|---|---|", "| East | 12 |"]
    assert clean_paragraphs([STORY[0], *rows], title=None) == [STORY[0], "Pier Berths", "East 12"]


def test_html_page_loses_caption_byline_and_related_list(raw_from_bytes):
    html = _page(
        "<p>By Anna Marsh</p>",
        "<figure><img src='pier.jpg' alt='A crane lifts a container at the eastern pier'>"
        "<figcaption>Photo: Jane Rivers/Harbour Times</figcaption></figure>",
        *_story_html()[:2],
        "<p>Read more: Ferry operators warn of winter delays</p>",
        *_story_html()[2:],
        "<p>Sign up for our free morning newsletter to get the day's top stories in your inbox.</p>",
        "<p>(Reporting by Anna Marsh; Editing by Tom Reed)</p>",
    )
    article = extract_article(raw_from_bytes(html, "text/html"))
    assert isinstance(article, Article)
    for sentence in STORY:
        assert sentence in article.text
    for furniture in ("By Anna Marsh", "Jane Rivers", "Read more", "newsletter", "Reporting by",
                      "A crane lifts a container"):
        assert furniture not in article.text
