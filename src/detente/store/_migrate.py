"""Numbered schema migrations, tracked in a ``migrations`` table.

Like sqlite-utils' migrations: each ``migrations/NNNN_name.sql`` file runs once,
in number order, inside its own transaction together with the row that records it,
so a store is never left half-migrated.
"""
from __future__ import annotations

import re
from importlib import resources

import duckdb

MIGRATIONS_PACKAGE = "detente.store.migrations"
# "0001_initial.sql": four digits so that name order is number order.
MIGRATION_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

CREATE_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name       VARCHAR PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
)
"""


def list_migrations() -> list[tuple[str, str]]:
    """Return ``(name, sql)`` for every migration file, in number order."""
    folder = resources.files(MIGRATIONS_PACKAGE)
    found = []
    for entry in folder.iterdir():
        match = MIGRATION_FILE.match(entry.name)
        if match:
            found.append((entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8")))
    return sorted(found)


def read_applied(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the migrations already recorded in the store."""
    return {row[0] for row in con.execute("SELECT name FROM migrations").fetchall()}


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied, in order."""
    con.execute(CREATE_MIGRATIONS_TABLE)
    applied = read_applied(con)
    done = []
    for name, sql in list_migrations():
        if name in applied:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("INSERT INTO migrations (name) VALUES (?)", [name])
        except duckdb.Error:
            con.rollback()
            raise
        con.commit()
        done.append(name)
    return done
