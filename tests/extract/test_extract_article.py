"""extract_article on our fixtures, the seed page and bad input."""
from __future__ import annotations

import pytest

from detente.extract import extract_article
from detente.records import Article, Rejection

EXPECTED = {
    "scrape_pipes.txt": {
        "title": "Berlin Wall Opens as East Germany Lifts Travel Curbs Overnight",
        "outlet": "The Rhine Herald",
        "section": "Diplomacy",
        "published": "1989-11-10T07:45:00+01:00",
        "updated": "1989-11-10T12:30:00+01:00",
        "authors": ["Anna Becker"],
        "dateline": None,
    },
    "scrape_broadcast.txt": {
        "title": "Seoul and Tokyo Leaders Agree to Resume Shuttle Diplomacy",
        "outlet": "KBS World Radio",
        "section": "Politics",
        "published": "2023-03-16T21:10:05+09:00",
        "updated": "2023-03-16T22:02:40+09:00",
        "authors": ["Lee Min-ji"],
        "dateline": None,
    },
    "scrape_spaces.txt": {
        "title": "Leaders of China and Taiwan Shake Hands in First Meeting Since 1949",
        "outlet": "Merlion Gazette",
        "section": "ASIA",
        "published": "2015-11-07T16:20:00+08:00",
        "updated": "2015-11-07T19:45:00+08:00",
        "authors": ["Tan Wei Ling"],
        "dateline": None,
    },
    "wire.txt": {
        "title": "Reagan and Gorbachev hold first summit in Geneva",
        "outlet": "Reuters",
        "section": None,
        "published": None,
        "updated": None,
        "authors": [],
        "dateline": "GENEVA, Nov 19",
    },
    "article.html": {
        "title": "Britain and Ireland sign Good Friday peace deal",
        "outlet": "The Liffey Chronicle",
        "section": "Politics",
        "published": "1998-04-10T17:36:00+01:00",
        "updated": None,
        "authors": ["Siobhan Walsh"],
        "dateline": "BELFAST",
    },
}
KEPT = {
    "scrape_pipes.txt": ["East Germany opened its border crossings to the West late on Thursday",
                         "Washington welcomed the decision and urged Moscow and East Berlin to continue reforms."],
    "scrape_broadcast.txt": ["The leaders of South Korea and Japan agreed on Thursday",
                             "President Yoon Suk Yeol and Prime Minister Fumio Kishida held talks in Tokyo"],
    "scrape_spaces.txt": ["Chinese President Xi Jinping and Taiwan's President Ma Ying-jeou met",
                          "Opposition politicians in Taipei protested against the meeting"],
    "wire.txt": ["U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev met for the first time",
                 "Reagan said the United States was ready to work for deep cuts in nuclear arsenals."],
    "article.html": ["The British and Irish governments and eight Northern Ireland parties reached",
                     "Voters in both parts of Ireland will be asked to approve the deal in May."],
}
DROPPED = {
    "scrape_pipes.txt": ["Skip to main content", "Home | Germany", "Sign in", "Photo: Rhine Herald",
                         "READ ALSO", "Anna Becker, Rhine Herald, Berlin.", "Share this article", "Most Read",
                         "Ten quiet lakes", "Back to top", "All rights reserved", "We use cookies",
                         "Posted:", "By Anna Becker"],
    "scrape_broadcast.txt": ["Menu", "Go Top", "Written:", "Photo : Pool", "Anchor:", "Report:",
                             "Lee Min-ji reports.", "KBS World Radio News", "Editor's Pick", "Close",
                             "This website uses cookies"],
    "scrape_spaces.txt": ["Skip to content", "News  Singapore", "Log in", "Posted :", "Share :",
                          "ADVERTISEMENT", "tanwl@", "Editor's Pick", "hawker dishes", "Go Top",
                          "Pte Ltd", "This site uses cookies"],
    "wire.txt": ["(Reuters)", "GENEVA, Nov 19"],
    "article.html": ["We use cookies", "Sign up for our morning briefing", "Share this story",
                     "Most read", "Rain to return", "All rights reserved", "Photo: Chronicle staff", "BELFAST —"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_article_reads_metadata(read_fixture, name):
    article = extract_article(read_fixture(name))
    assert isinstance(article, Article)
    got = article.metadata()
    assert {key: got[key] for key in EXPECTED[name]} == EXPECTED[name]


@pytest.mark.parametrize("name,snippet", [(n, s) for n, snippets in KEPT.items() for s in snippets])
def test_extract_article_keeps_story(read_fixture, name, snippet):
    assert snippet in extract_article(read_fixture(name)).text


@pytest.mark.parametrize("name,snippet", [(n, s) for n, snippets in DROPPED.items() for s in snippets])
def test_extract_article_drops_furniture(read_fixture, name, snippet):
    assert snippet not in extract_article(read_fixture(name)).text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_article_paragraphs_match_text(read_fixture, name):
    article = extract_article(read_fixture(name))
    assert article.text == "\n\n".join(article.paragraphs)
    assert all(p.strip() == p and p for p in article.paragraphs)


def test_extract_article_notes_inferred_offset(read_fixture):
    article = extract_article(read_fixture("scrape_broadcast.txt"))
    assert "published: offset +09:00 inferred from outlet KBS World Radio" in article.notes


def test_extract_article_notes_page_cue_offset(read_fixture):
    article = extract_article(read_fixture("scrape_spaces.txt"))
    assert any(note.startswith("published: offset +08:00 inferred from page mentions of Singapore")
               for note in article.notes)


def test_extract_article_seed_matches_gold(devset_dir, raw_from_bytes):
    raw = raw_from_bytes((devset_dir / "seed.txt").read_bytes())
    article = extract_article(raw)
    assert article.title == ("[KBS Exclusive] Top Security Adviser Hopeful Seoul, Moscow to Restore Ties "
                             "after End of Ukraine War")
    assert (article.outlet, article.section) == ("KBS World Radio", "International")
    assert article.published == "2024-04-27T15:30:25+09:00"
    assert article.updated == "2024-04-27T16:42:53+09:00"
    assert article.authors == ("Choi You Sun",)
    for furniture in ("Menu Content", "Go Top", "Editor's Pick", "cookies", "Photo : YONHAP News",
                      "Choi You Sun", "Anchor:", "Report:"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    "data,content_type,reason",
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "text/plain", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html", "binary"),
        (b"text with a \x00 NUL byte in it", "text/plain", "binary"),
        (bytes(range(1, 9)) * 200, "text/plain", "binary"),
        (bytes(range(128, 256)) * 20, "text/plain", "bad_encoding"),
        (b"\xff\xfe\x00\xd8" * 50, "text/plain", "bad_encoding"),
        (b"   \n\n\t  \n", "text/plain", "empty_text"),
        (b"Menu\nGo Top\nSubscribe | Sign in\nBack to top\n", "text/plain", "empty_text"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html", "no_article"),
    ],
)
def test_extract_article_rejects_bad_input(raw_from_bytes, data, content_type, reason):
    result = extract_article(raw_from_bytes(data, content_type))
    assert isinstance(result, Rejection)
    assert (result.stage, result.reason) == ("extract", reason)
    assert result.detail


def test_extract_article_decodes_legacy_charset(raw_from_bytes):
    text = ("Le président a rencontré son homologue à Genève mardi pour des entretiens sur la sécurité régionale.\n\n"
            "Les deux délégations ont prévu de se revoir à Paris le mois prochain pour poursuivre le dialogue.\n")
    article = extract_article(raw_from_bytes(text.encode("cp1252")))
    assert isinstance(article, Article)
    assert "président a rencontré" in article.text


def test_extract_article_respects_meta_charset(raw_from_bytes):
    html = ("<html><head><meta charset='iso-8859-1'><title>Minister visits Zürich</title></head><body><article>"
            "<h1>Minister visits Zürich</h1>"
            "<p>The foreign minister arrived in Zürich on Monday for talks with Swiss officials on trade and security.</p>"
            "<p>Both sides said the meeting in the old town café was friendly and that they would meet again soon.</p>"
            "<p>The minister will travel on to Geneva on Tuesday to meet the heads of two United Nations agencies.</p>"
            "</article></body></html>")
    article = extract_article(raw_from_bytes(html.encode("latin-1"), "text/html"))
    assert isinstance(article, Article)
    assert "Zürich on Monday" in article.text


def test_extract_article_reads_a_bare_wire_item_without_headline(raw_from_bytes):
    raw = raw_from_bytes(b"NAIROBI, May 9 (Eastern Wire) - Kenya recalled its envoy to Uganda on Friday.", "text/plain")
    article = extract_article(raw)
    assert isinstance(article, Article)
    assert article.text == "Kenya recalled its envoy to Uganda on Friday."
    assert (article.title, article.dateline, article.outlet) == (None, "NAIROBI, May 9", "Eastern Wire")
