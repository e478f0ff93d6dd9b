"""Bylines, sign-offs and datelines."""
from __future__ import annotations

import pytest

from detente.extract._people import read_byline, read_dateline, read_signoff


@pytest.mark.parametrize(
    "text,authors",
    [
        ("By Jana Novak, Prague correspondent", ("Jana Novak",)),
        ("By Li Wei and Sarah O'Neill", ("Li Wei", "Sarah O'Neill")),
        ("Choi Min-ho, Staff Reporter", ("Choi Min-ho",)),
        ("Ahmed Al-Sayed/Doha", ("Ahmed Al-Sayed",)),
        ("By Rahul Mehta | Mumbai | Published: May 2, 2019", ("Rahul Mehta",)),
    ],
)
def test_read_byline_authors(text, authors):
    assert read_byline(text).authors == authors


@pytest.mark.parametrize("text", ["Middle East", "World News", "By Reuters staff"])
def test_read_byline_rejects_non_names(text):
    assert read_byline(text) is None


@pytest.mark.parametrize(
    "text,author,outlet",
    [
        ("Lee Min-ji, KBS World Radio News.", "Lee Min-ji", "KBS World Radio News"),
        ("Lee Min-ji reports.", "Lee Min-ji", None),
        ("Jana Novak (Prague), with agencies", "Jana Novak", None),
        ("Jana Novak can be reached at jana@example.org", "Jana Novak", None),
    ],
)
def test_read_signoff_author_and_outlet(text, author, outlet):
    byline = read_signoff(text)
    assert (byline.authors[0], byline.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "text",
    ["The talks ended without a statement.", "Two soldiers died.", "Share this article: Facebook | Email"],
)
def test_read_signoff_ignores_sentences(text):
    assert read_signoff(text) is None


@pytest.mark.parametrize(
    "text,dateline,agency",
    [
        ("GENEVA, Nov 19 (Reuters) - The talks opened.", "GENEVA, Nov 19", "Reuters"),
        ("NEW DELHI, Sept 29 (AFP) -- Troops moved.", "NEW DELHI, Sept 29", "AFP"),
        ("BELFAST — The parties agreed.", "BELFAST", None),
    ],
)
def test_read_dateline_place_and_agency(text, dateline, agency):
    found = read_dateline(text)
    assert (found.text, found.agency) == (dateline, agency)


@pytest.mark.parametrize("text", ["U.S. officials said - nothing", "Talks - the latest round", "NATO - an alliance"])
def test_read_dateline_needs_a_place(text):
    assert read_dateline(text) is None
