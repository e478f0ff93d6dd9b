"""Reading a folder of ``*.gold.json`` annotations."""
from __future__ import annotations

import json
from pathlib import Path

from detente.errors import InputError

_LIST_KEYS = ("body_must_contain", "body_must_not_contain", "actors", "events", "quotes")


def read_gold(gold_dir: Path) -> list[dict]:
    """Every ``*.gold.json`` in ``gold_dir`` (sorted by file name).

    Each dict is the file's JSON plus ``path`` (the document file, ``file`` resolved
    against the folder) and ``gold_path`` (the annotation file). Missing list keys
    default to ``[]``, a missing ``metadata`` to ``{}`` and a missing ``id`` to the file
    name without ``.gold.json``.
    """
    folder = Path(gold_dir)
    if not folder.exists():
        raise InputError(f"gold folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"gold folder {folder} is not a directory")
    files = sorted(p for p in folder.glob("*.gold.json") if p.is_file())
    if not files:
        raise InputError(f"gold folder {folder} has no *.gold.json files")
    golds = []
    for gold_path in files:
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{gold_path}: not valid JSON ({exc})") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{gold_path}: cannot be read ({exc})") from exc
        if not isinstance(data, dict):
            raise InputError(f"{gold_path}: expected a JSON object, got {type(data).__name__}")
        file = data.get("file")
        if not isinstance(file, str) or not file.strip():
            raise InputError(f'{gold_path}: missing "file" (the document the annotation belongs to)')
        for key in _LIST_KEYS:
            value = data.get(key)
            if value is None:
                data[key] = []
            elif not isinstance(value, list):
                raise InputError(f'{gold_path}: "{key}" must be a list')
        if data.get("metadata") is None:
            data["metadata"] = {}
        elif not isinstance(data["metadata"], dict):
            raise InputError(f'{gold_path}: "metadata" must be an object')
        for i, event in enumerate(data["events"]):
            if not isinstance(event, dict) or not isinstance(event.get("evidence"), str):
                raise InputError(f'{gold_path}: event {i} has no "evidence" string')
        data.setdefault("id", gold_path.name[: -len(".gold.json")])
        data["path"] = (folder / file).resolve()
        data["gold_path"] = gold_path.resolve()
        golds.append(data)
    return golds
