"""The comparison helpers behind the metadata, quote and evidence scores."""
from __future__ import annotations

import pytest

from detente.evaluate._normalise import contains, norm_text, same_instant, same_name_list, same_person, same_text


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("2024-04-27T15:30:25+09:00", "2024-04-27T06:30:25+00:00", True),
        ("2024-04-27T15:30:25+09:00", "2024-04-27T06:30:25Z", True),
        ("2020-09-16T08:00:00-04:00", "2020-09-16T12:00:00+00:00", True),
        ("2024-04-27T15:30:25+09:00", "2024-04-27T15:30:25+00:00", False),
        ("2024-04-27T15:30:25+09:00", "2024-04-27T15:30:25", False),  # naive prediction
        ("2024-04-27T15:30:25+09:00", None, False),
        (None, "2024-04-27T15:30:25+09:00", False),
        (None, None, True),
        (None, "", True),
        ("2024-04-27T15:30:25+09:00", "last Saturday", False),
    ],
)
def test_same_instant_compares_moments(gold, predicted, expected):
    assert same_instant(gold, predicted) is expected


def test_same_text_strips_and_ignores_case():
    assert same_text("HANOI, March 1", " Hanoi,  march 1 ")
    assert same_text("Don\u2019t look back", "don't look back")
    assert not same_text("Hanoi", None)
    assert same_text(None, "  ")


def test_same_name_list_ignores_order_and_case():
    assert same_name_list(["A B", "C D"], ["c d", "a b"])
    assert not same_name_list(["A B", "C D"], ["A B"])
    assert same_name_list([], None)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Chang Ho-jin", "Chang Ho-jin", True),
        ("Chang Ho-jin", "Chang", True),
        ("Chang", "Chang Ho-jin", True),
        ("Chang Ho-jin", "Kim", False),
        ("Chang Ho-jin", None, False),
        (None, None, True),
    ],
)
def test_same_person_accepts_surname(gold, predicted, expected):
    assert same_person(gold, predicted) is expected


def test_contains_normalises_whitespace_and_quotes():
    assert contains("He said \u201cno\u201d\n\nto   them.", 'said "no" to them')
    assert not contains("anything", "")
    assert norm_text("  a\u00a0 b\n") == "a b"
