"""open_store: file creation, migrations, and clear errors on files it cannot use."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from detente import store

from detente.errors import StoreError
from detente.store import open_store, read_counts, write_coded

MIGRATIONS = sorted(
    path.stem for path in (Path(store.__file__).parent / "migrations").glob("[0-9][0-9][0-9][0-9]_*.sql")
)
TABLES = {"migrations", "documents", "mentions", "events", "quotes", "rejections"}


def read_migrations(con) -> list[tuple]:
    return con.execute("SELECT name, applied_at FROM migrations ORDER BY name").fetchall()


def test_open_store_creates_file_and_tables(tmp_path):
    path = tmp_path / "new" / "detente.duckdb"
    con = open_store(path)
    names = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert path.is_file()
    assert TABLES <= names


def test_open_store_records_each_migration_once(db):
    rows = read_migrations(db)
    assert [name for name, _ in rows] == MIGRATIONS
    assert MIGRATIONS[0] == "0001_initial"
    assert all(applied_at is not None for _, applied_at in rows)


def test_open_store_reopen_applies_nothing_new(tmp_path):
    path = tmp_path / "detente.duckdb"
    con = open_store(path)
    first = read_migrations(con)
    con.close()
    con = open_store(path)
    second = read_migrations(con)
    con.close()
    assert second == first


def test_open_store_keeps_data_across_reopen(tmp_path, build):
    path = tmp_path / "detente.duckdb"
    con = open_store(path)
    write_coded(con, build.document("a1"))
    con.close()
    con = open_store(path)
    assert read_counts(con)["documents"] == 1
    con.close()


def test_open_store_memory():
    con = open_store(":memory:")
    assert [name for name, _ in read_migrations(con)] == MIGRATIONS
    con.close()


def test_open_store_not_duckdb_file_raises(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"these are not the bytes of a database\x00\x01\x02" * 200)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = str(caught.value)
    assert str(path) in message
    assert "not a DuckDB database" in message
    assert "another path" in message


def test_open_store_folder_raises(tmp_path):
    with pytest.raises(StoreError, match="it is a folder"):
        open_store(tmp_path)


def test_open_store_locked_file_raises(tmp_path):
    path = tmp_path / "detente.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            open_store(path)
    finally:
        holder.kill()
        holder.wait()
    message = str(caught.value)
    assert str(path) in message
    assert "another process" in message


def test_open_store_applies_only_pending_migrations(tmp_path):
    path = tmp_path / "detente.duckdb"
    con = open_store(path)
    # Turn the file back into a store made before 0002 existed.
    con.execute("ALTER TABLE mentions DROP COLUMN members")
    con.execute("DELETE FROM migrations WHERE name = '0002_mention_members'")
    before = dict(read_migrations(con))
    con.close()
    con = open_store(path)
    after = dict(read_migrations(con))
    columns = [row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'mentions'").fetchall()]
    con.close()
    assert after["0001_initial"] == before["0001_initial"]
    assert "0002_mention_members" in after
    assert "members" in columns
