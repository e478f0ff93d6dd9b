"""Article.outlet_country: the outlet table first, then the page's place cues, else None."""
from __future__ import annotations

from detente.extract import extract_article
from detente.records import Article


def _article(read_fixture, name: str) -> Article:
    article = extract_article(read_fixture(name))
    assert isinstance(article, Article)
    return article


def test_outlet_country_from_outlet_table(read_fixture):
    # The menu names Korea first, but the masthead is a known outlet: the table decides.
    article = _article(read_fixture, "country_known_outlet.txt")
    assert article.outlet == "The Japan Times"
    assert article.outlet_country == "JPN"
    assert "outlet_country: JPN from outlet The Japan Times" in article.notes


def test_outlet_country_from_footer_address_when_zone_came_from_abbreviation(read_fixture):
    # The time carries BST and the story is about Britain; the footer address says Malaysia.
    article = _article(read_fixture, "country_footer.txt")
    assert article.outlet == "Harbourline Courier"
    assert article.published == "2016-06-24T09:15:00+01:00"
    assert article.outlet_country == "MYS"
    assert "outlet_country: MYS inferred from footer address" in article.notes


def test_outlet_country_none_without_evidence(read_fixture):
    article = _article(read_fixture, "country_none.txt")
    assert article.outlet == "Quietwater Bulletin"
    assert article.outlet_country is None
    assert not any(note.startswith("outlet_country") for note in article.notes)


def test_outlet_country_in_metadata(read_fixture):
    metadata = _article(read_fixture, "country_footer.txt").metadata()
    assert metadata["outlet_country"] == "MYS"
    assert list(metadata).index("outlet_country") == list(metadata).index("outlet") + 1


def test_outlet_country_from_wire_agency(raw_from_bytes):
    text = (
        "Leaders sign accord in Hanoi\n\n"
        "HANOI, March 1 (Yonhap) - The two governments signed a trade accord on Friday after two days of talks.\n\n"
        "Officials said the accord would take effect next year.\n"
    )
    article = extract_article(raw_from_bytes(text.encode()))
    assert isinstance(article, Article)
    assert article.outlet == "Yonhap"
    assert article.outlet_country == "KOR"
