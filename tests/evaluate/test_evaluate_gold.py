"""read_gold(): reading a folder of *.gold.json files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.evaluate import read_gold

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_read_gold_sorted_with_resolved_paths(tmp_path):
    _write(tmp_path, "b.gold.json", {"id": "b", "file": "b.txt", "events": []})
    _write(tmp_path, "a.gold.json", {"file": "pages/a.html"})
    _write(tmp_path, "notes.json", {"file": "x"})  # not a gold file
    golds = read_gold(tmp_path)
    assert [g["id"] for g in golds] == ["a", "b"]  # id defaults to the file name
    assert golds[0]["path"] == (tmp_path / "pages" / "a.html").resolve()
    assert golds[0]["gold_path"] == (tmp_path / "a.gold.json").resolve()
    assert golds[0]["events"] == [] and golds[0]["metadata"] == {}


def test_read_gold_empty_folder_raises(tmp_path):
    with pytest.raises(InputError, match=r"no \*\.gold\.json"):
        read_gold(tmp_path)


def test_read_gold_missing_folder_raises(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_gold(tmp_path / "nowhere")


def test_read_gold_invalid_json_names_the_file(tmp_path):
    _write(tmp_path, "a.gold.json", {"file": "a.txt"})
    _write(tmp_path, "broken.gold.json", '{"file": "b.txt", ')
    with pytest.raises(InputError, match=r"broken\.gold\.json.*not valid JSON"):
        read_gold(tmp_path)


def test_read_gold_without_file_key_raises(tmp_path):
    _write(tmp_path, "a.gold.json", {"id": "a"})
    with pytest.raises(InputError, match=r"a\.gold\.json.*\"file\""):
        read_gold(tmp_path)


def test_read_gold_non_object_raises(tmp_path):
    _write(tmp_path, "a.gold.json", [1, 2])
    with pytest.raises(InputError, match="JSON object"):
        read_gold(tmp_path)


def test_read_gold_reads_the_shared_devset():
    if not DEVSET.is_dir():
        pytest.skip(f"the shared dev set is not here ({DEVSET}); it is present in CI, absent in a fresh clone")
    golds = read_gold(DEVSET)
    assert len(golds) >= 31
    assert all(g["path"].exists() for g in golds)
    assert sum(len(g["events"]) for g in golds) > 0
    assert {"seed", "doc01"} <= {g["id"] for g in golds}
