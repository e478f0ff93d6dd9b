"""Line features of the scraped-text classifier."""
from __future__ import annotations

import pytest

from detente.extract._lines import describe_line, strip_script_mark


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry said on Monday that talks with its neighbour would resume next week.",
        "Both delegations agreed to meet again in Vienna before the end of the year.",
    ],
)
def test_describe_line_prose(text):
    assert describe_line(text).prose


@pytest.mark.parametrize(
    "text",
    [
        "Home | World | Business | Sport",
        "News  Europe  Asia  Africa  Opinion",
        "Share: [Facebook] [Twitter] [Email]",
        "Go Top",
        "Skip to main content",
        "Photo : Agency pool",
        "We use cookies to improve your experience. By browsing you accept them.",
        "(c) 2020 Example Media Ltd. All rights reserved.",
        "READ ALSO: A look back at the last summit",
    ],
)
def test_describe_line_furniture_is_not_prose(text):
    features = describe_line(text)
    assert not features.prose
    assert features.furniture or features.nav_like or features.credit


@pytest.mark.parametrize("text", ["Editor's Pick", "Most Read", "Trending in Asia", "Related articles:"])
def test_describe_line_list_heading(text):
    assert describe_line(text).list_heading


@pytest.mark.parametrize("text", ["Leaders Agree to Resume Talks After Border Clash"])
def test_describe_line_title_case_headline_is_not_prose(text):
    assert not describe_line(text).prose


@pytest.mark.parametrize(
    "text,expected",
    [("Anchor: The summit opened today.", "The summit opened today."),
     ("Report: Talks began at noon.", "Talks began at noon."),
     ("Reporters said the talks began at noon.", "Reporters said the talks began at noon.")],
)
def test_strip_script_mark_keeps_sentence(text, expected):
    assert strip_script_mark(text) == expected
