"""Users extend the actor dictionaries with their own folders (DETENTE_ACTOR_DATA)."""
import json
import os
import subprocess
import sys

TEXT = "Governor Adaeze Okafor-Bello met the Chinese ambassador in Lagos on Monday."
PEOPLE = ("name\taliases\tcountry\trole\toffice\tstart\tend\tsource\n"
          "Adaeze Okafor-Bello\t\tNGA\tGOV\tState governor\t2023-05-29\t\ttest fixture\n")


def _actors(env: dict) -> dict[str, str]:
    code = ("import json, sys, detente; d = detente.code(sys.argv[1]).to_dict(); "
            "print(json.dumps({a['mention']: a['code'] for a in d['actors']}))")
    done = subprocess.run([sys.executable, "-c", code, TEXT], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_user_folder_adds_people_to_the_registry(tmp_path):
    (tmp_path / "people.tsv").write_text(PEOPLE, encoding="utf-8")
    env = {**os.environ, "DETENTE_ACTOR_DATA": str(tmp_path)}
    assert _actors(env).get("Adaeze Okafor-Bello") == "NGAGOV"


def test_without_user_folder_the_person_stays_unknown():
    env = {k: v for k, v in os.environ.items() if k != "DETENTE_ACTOR_DATA"}
    assert "Adaeze Okafor-Bello" not in _actors(env)
