"""write_coded and has_article: one transaction per document, nothing twice, nothing lost."""
from __future__ import annotations

from datetime import date

import pytest

from detente.errors import StoreError
from detente.records import CodedDocument
from detente.store import (
    DUPLICATE_REASON, has_article, read_counts, read_events, read_rejections, write_coded,
)


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_write_coded_stores_document_and_rows(db, build):
    doc = build.document("a1", events=(build.event("KORGOV", "RUS"),), with_extras=True)
    assert write_coded(db, doc) is True
    assert [count(db, t) for t in ("documents", "mentions", "events", "quotes", "rejections")] == [1, 2, 1, 1, 0]
    row = db.execute("SELECT uri, title, published, authors, notes, outlet FROM documents").fetchone()
    assert row == ("tests/a1.txt", "Title of a1", "2024-04-27T10:00:00+09:00", ["Kim Min-ji"],
                   ["published: written by hand for tests"], "Test Wire")


def test_write_coded_mention_and_quote_columns(db, build):
    write_coded(db, build.document("a1", with_extras=True))
    seoul, group = db.execute(
        'SELECT article_id, mention, "start", "end", country, role, name, code, kind, rule, person, members '
        "FROM mentions ORDER BY seq"
    ).fetchall()
    quote = db.execute('SELECT article_id, speaker, speaker_country, text, "start", "end" FROM quotes').fetchone()
    assert seoul == ("a1", "Seoul", 0, 5, "KOR", "GOV", "South Korea", "KORGOV", "capital", "capitals.v1",
                     False, [])
    assert (group[1], group[7], group[11]) == ("the two sides", "---", ["KORGOV", "RUSGOV"])
    assert quote == ("a1", "Park", "KOR", "We are ready to talk", 10, 30)


def test_write_coded_event_columns(db, build):
    event = build.event("KORGOV", "RUS", cameo="112", quad=3, goldstein=-2.0, negated=True, speaker="Chang")
    write_coded(db, build.document("a1", events=(event,)))
    (row,) = read_events(db)
    assert row["event_id"] == "a1-0"
    assert (row["source_country"], row["source_role"], row["source_code"]) == ("KOR", "GOV", "KORGOV")
    assert (row["target_country"], row["target_role"], row["target_code"]) == ("RUS", None, "RUS")
    assert (row["cameo"], row["root"], row["quad"], row["goldstein"]) == ("112", "11", 3, -2.0)
    assert (row["negated"], row["hypothetical"], row["speaker"], row["coder"]) == (True, False, "Chang", "rules.v1")
    assert (row["sentence"], row["sent_start"], row["sent_end"]) == (event.sentence, 0, len(event.sentence))


def test_write_coded_event_without_target_has_null_target(db, build):
    write_coded(db, build.document("a1", events=(build.event("KORGOV", None),)))
    (row,) = read_events(db)
    assert row["target_country"] is None and row["target_code"] is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # 07:00 in Seoul is still the previous day in UTC; the article's own date wins.
        ("2024-04-27T07:00:00+09:00", date(2024, 4, 27)),
        ("2024-04-27", date(2024, 4, 27)),
        ("2024-04-27T23:30:00Z", date(2024, 4, 27)),
        (None, None),
        ("last Tuesday", None),
    ],
)
def test_write_coded_event_date_is_published_date(db, build, published, expected):
    write_coded(db, build.document("a1", published=published, events=(build.event("KOR", "RUS"),)))
    assert read_events(db)[0]["event_date"] == expected


def test_write_coded_same_document_twice_stores_once(db, build):
    doc = build.document("a1", events=(build.event("KOR", "RUS"),), with_extras=True)
    assert write_coded(db, doc) is True
    assert write_coded(db, doc) is False
    assert [count(db, t) for t in ("documents", "mentions", "events", "quotes", "rejections")] == [1, 2, 1, 1, 0]


def test_write_coded_stores_rejection_with_reason(db, build):
    assert write_coded(db, build.rejection("r1", reason="empty_text")) is True
    (row,) = read_rejections(db)
    assert (row["article_id"], row["uri"], row["stage"], row["reason"]) == ("r1", "tests/r1.txt", "extract", "empty_text")
    assert row["detail"] == "no body text after cleaning"
    assert row["rejected_at"] is not None
    assert count(db, "documents") == 0


def test_write_coded_same_rejection_twice_stores_once(db, build):
    assert write_coded(db, build.rejection("r1")) is True
    assert write_coded(db, build.rejection("r1")) is False
    assert count(db, "rejections") == 1


def test_write_coded_rejection_of_stored_article_is_skipped(db, build):
    write_coded(db, build.document("a1"))
    assert write_coded(db, build.rejection("a1")) is False
    assert count(db, "rejections") == 0


def test_write_coded_document_replaces_earlier_rejection(db, build):
    write_coded(db, build.rejection("a1", reason="fetch_failed", stage="ingest"))
    assert write_coded(db, build.document("a1")) is True
    assert (count(db, "documents"), count(db, "rejections")) == (1, 0)


def test_write_coded_folds_identical_text(db, build):
    text = "Seoul and Moscow agreed to hold talks.\n\nThe talks start in May."
    assert write_coded(db, build.document("a1", text=text, events=(build.event("KOR", "RUS"),))) is True
    copy = build.document("a2", text="  Seoul and Moscow agreed to hold talks.\nThe talks   start in May. ",
                          events=(build.event("KOR", "RUS"),))
    assert write_coded(db, copy) is False
    assert (count(db, "documents"), count(db, "events")) == (1, 1)
    (row,) = read_rejections(db)
    assert (row["article_id"], row["stage"], row["reason"]) == ("a2", "store", DUPLICATE_REASON)
    assert "a1" in row["detail"]


def test_write_coded_articles_in_equal_stored_plus_rejected(db, build):
    inputs = [
        build.document("a1", events=(build.event("KOR", "RUS"),)),
        build.document("a2"),
        build.document("a3", text="Article a1. Seoul and Moscow agreed to hold talks."),  # same text as a1
        build.rejection("r1", reason="empty_text"),
        build.rejection("r2", reason="not_english"),
    ]
    for doc in inputs + inputs:  # a resumed run sees everything again
        write_coded(db, doc)
    counts = read_counts(db)
    assert counts["documents"] + counts["rejected"] == len(inputs)
    assert counts["rejections"] == {"duplicate": 1, "empty_text": 1, "not_english": 1}


def test_write_coded_without_article_or_rejection_raises(db):
    doc = CodedDocument(article_id="x1", uri="tests/x1.txt", article=None)
    with pytest.raises(StoreError, match="neither an article nor a rejection") as caught:
        write_coded(db, doc)
    assert "x1" in str(caught.value)
    assert count(db, "documents") + count(db, "rejections") == 0


def test_write_coded_failed_write_leaves_nothing(db, build):
    # Two events with the same event id cannot happen through write_coded; force one by
    # pre-inserting the id the document's first event will get.
    db.execute("INSERT INTO events (event_id, article_id, seq, sentence, sent_start, sent_end, cameo, root, quad, goldstein, coder) "
               "VALUES ('a1-0', 'other', 0, 's', 0, 1, '010', '01', 1, 0.0, 'rules.v1')")
    with pytest.raises(StoreError, match="nothing of it was written"):
        write_coded(db, build.document("a1", events=(build.event("KOR", "RUS"),), with_extras=True))
    assert (count(db, "documents"), count(db, "mentions"), count(db, "quotes")) == (0, 0, 0)


@pytest.mark.parametrize(
    ("article_id", "include_rejected", "expected"),
    [("a1", True, True), ("r1", True, True), ("r1", False, False), ("zz", True, False)],
)
def test_has_article(db, build, article_id, include_rejected, expected):
    write_coded(db, build.document("a1"))
    write_coded(db, build.rejection("r1"))
    assert has_article(db, article_id, include_rejected=include_rejected) is expected


def test_write_coded_inside_open_transaction_raises(db, build):
    db.begin()
    with pytest.raises(StoreError, match="outside one"):
        write_coded(db, build.document("a1"))
    db.rollback()
