"""actors: a table of resolution cases (cases.tsv), each a news sentence with one mention.

Columns: text, date, mention, country, role, note[, xfail]. ``country`` "-" means the
mention must not be resolved (a place, an unknown person, an ambiguous bare name). A row with
a seventh column ("xfail: <what the resolver did>") is a known failure of the resolver: it is
marked xfail(strict=True), so a fix shows up as XPASS and the row's mark should then be removed.

The sentences are written for these tests about real actors and offices; they quote no article.
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from detente.actors import resolve_actors
from detente.nlp import parse_texts
from detente.records import ActorMention, Article

CASES = Path(__file__).with_name("cases.tsv")


def _read_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = []
        for line in reader:
            if not line or not line[0].strip():
                continue
            row = dict(zip(header, line[:6]))
            mark = line[6].strip() if len(line) > 6 else ""
            row["xfail"] = mark.removeprefix("xfail:").strip() or ("known failure" if mark else "")
            rows.append(row)
    return rows


ROWS = _read_cases()


def _params():
    params = []
    for row in ROWS:
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row["xfail"] else []
        params.append(pytest.param(row, id=row["note"] or row["mention"], marks=marks))
    return params


@functools.cache
def _docs() -> dict[str, object]:
    """Every distinct text parsed once, in one batch."""
    texts = list(dict.fromkeys(row["text"] for row in ROWS))
    return dict(zip(texts, parse_texts(texts)))


def _mentions(text: str, date: str) -> list[ActorMention]:
    article = Article(article_id="t", uri="t", text=text, published=date or None)
    return resolve_actors(_docs()[text], article)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def test_case_table_is_well_formed():
    assert len(ROWS) >= 150
    assert len({row["note"] for row in ROWS}) == len(ROWS), "notes are the test ids: keep them unique"
    for row in ROWS:
        assert row["mention"] in row["text"], row["note"]
        assert (row["country"] == "-") == (row["role"] == "-"), row["note"]


@pytest.mark.parametrize("case", _params())
def test_actor_case(case):
    mentions = _mentions(case["text"], case["date"])
    wanted = _strip_possessive(case["mention"])
    same_text = [m for m in mentions if _strip_possessive(m.mention) == wanted]
    got = [(m.mention, m.actor.code, m.rule) for m in mentions]
    if case["country"] == "-":
        resolved = [m for m in same_text if m.actor is not None and m.actor.country]
        assert not resolved, f"{wanted!r} should stay unresolved; got {got}"
    else:
        assert any(m.actor.country == case["country"] and m.actor.role == case["role"] for m in same_text), \
            f"{wanted!r} should be {case['country']}{case['role']}; got {got}"
