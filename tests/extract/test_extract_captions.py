"""Photo captions and credits leave the body but are kept in ``Article.captions``."""
from __future__ import annotations

from detente.extract import extract_article
from detente.extract._cleanup import clean_paragraphs
from detente.records import Article

STORY = "Work crews finished the eastern pier of the city harbour on Monday, two months ahead of schedule."


def test_html_figcaption_and_credit_line_are_kept_out_of_the_body(read_fixture):
    article = extract_article(read_fixture("captions.html"))
    assert isinstance(article, Article)
    assert article.captions == ("Cranes stand over the new eastern pier on Monday. Photo: Jane Rivers/Harbour Times",
                                "Image credit: Port Authority archive")
    for caption_words in ("Jane Rivers", "Port Authority archive", "Cranes stand over"):
        assert caption_words not in article.text
    assert "twelve berths" in article.text
    assert article.metadata()["captions"] == list(article.captions)


def test_plain_text_caption_and_photo_credits_are_kept(read_fixture):
    article = extract_article(read_fixture("captions.txt"))
    assert isinstance(article, Article)
    assert article.captions == ("Cranes stand over the new eastern pier on Monday.",
                                "Photo : Jane Rivers / Harbour Times",
                                "Photo : Port Authority archive")
    assert article.text.startswith("Work crews finished")
    for caption_words in ("Jane Rivers", "Port Authority archive", "Cranes stand over"):
        assert caption_words not in article.text
    assert article.authors == ("Anna Marsh",)


def test_clean_paragraphs_reports_dropped_credits_only():
    captions: list[str] = []
    kept = clean_paragraphs([STORY, "Photo: Jane Rivers/Harbour Times", "Read more: Ferry delays",
                             "Photos", "Jane Doe / Getty Images"], title=None, captions=captions)
    assert kept == [STORY]
    assert captions == ["Photo: Jane Rivers/Harbour Times", "Jane Doe / Getty Images"]


def test_article_without_captions_has_an_empty_tuple(read_fixture):
    article = extract_article(read_fixture("wire.txt"))
    assert article.captions == ()
    assert article.metadata()["captions"] == []
