"""Shared fixtures for the extract-stage tests: raw documents from bytes and files."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from detente.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"
DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def _raw(data: bytes, content_type: str = "text/plain", uri: str = "mem://doc") -> RawDocument:
    return RawDocument(hashlib.sha256(data).hexdigest()[:32], uri, data, content_type)


@pytest.fixture
def raw_from_bytes():
    """Build a RawDocument from bytes, as ingest would."""
    return _raw


@pytest.fixture
def read_fixture():
    """Read a file of tests/fixtures/extract into a RawDocument."""

    def read(name: str) -> RawDocument:
        path = FIXTURES / name
        kind = "text/html" if path.suffix == ".html" else "text/plain"
        return _raw(path.read_bytes(), kind, str(path))

    return read


@pytest.fixture
def devset_dir() -> Path:
    """The shared devset; skips the test when it is absent (a fresh clone)."""
    if not DEVSET.is_dir():
        pytest.skip(f"devset not found at {DEVSET}: it lives in ../shared beside the repo")
    return DEVSET
