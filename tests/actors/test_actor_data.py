"""The packaged actor dictionaries pass scripts/check_actor_data.py; bad rows are reported by line."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_actor_data.py"
_spec = importlib.util.spec_from_file_location("check_actor_data", SCRIPT)
check = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("check_actor_data", check)
_spec.loader.exec_module(check)


def test_packaged_actor_data_is_valid():
    problems, counts = check.validate()
    assert [str(p) for p in problems] == []
    assert set(counts) == set(check.COLUMNS)
    assert counts["countries.tsv"] == check.COUNTRY_ROWS
    assert all(n > 0 for n in counts.values())


def test_bad_rows_are_reported_with_line_numbers(tmp_path):
    shutil.copytree(check.DATA_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / "people.tsv").write_text(
        "# a small, deliberately broken people table\n"                                   # line 1
        "name\taliases\tcountry\trole\toffice\tstart\tend\tsource\n"                       # line 2
        "Jane Doe\t\tFRA\tGOV\tPresident\t2001-01-01\t2005-01-01\tpublic record\n"         # line 3: fine
        "John Roe\t\tXYZ\tGOV\tPresident\t2001-01-01\t\tpublic record\n"                   # line 4: unknown code
        "Max Muster\t\tDEU\tGOV\tChancellor\t2010-06-01\t2009-06-01\tpublic record\n",     # line 5: start > end
        encoding="utf-8",
    )
    problems, counts = check.validate(tmp_path)
    assert counts["people.tsv"] == 3
    got = {(p.file, p.line, p.message) for p in problems}
    assert got == {
        ("people.tsv", 4, "unknown country code 'XYZ'"),
        ("people.tsv", 5, "start 2010-06-01 after end 2009-06-01"),
    }
    assert check.main(["--data-dir", str(tmp_path)]) == 1
