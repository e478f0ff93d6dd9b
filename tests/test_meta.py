"""Meta-tests that keep the docs and the public surface honest (STYLE.md, section 6).

Every CLI command has help ending in an example and a section in docs/cli.md, which is
exactly what scripts/gen_cli_docs.py generates; every exported name exists and every
public definition is exported; every stage package says what it does; every setting is
documented.
"""
from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
import inspect
import io
import re
import tokenize
from pathlib import Path

import pytest

import detente
from detente.config import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG_PY = ROOT / "src" / "detente" / "config.py"
STAGES = ("ingest", "extract", "nlp", "actors", "events", "store", "analyse", "run", "evaluate")


def _load_generator():
    """scripts/gen_cli_docs.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen_cli_docs = _load_generator()
# Every command under the root group: (full name, command, context).
COMMANDS = {name: (command, ctx) for name, command, ctx in list(gen_cli_docs.iter_commands())[1:]}


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _section(markdown: str, heading: str) -> str:
    """The body of the ``## heading`` section of a markdown text, '' if absent."""
    match = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", markdown, flags=re.M | re.S)
    return match.group(1) if match else ""


def test_cli_has_commands():
    assert COMMANDS, "gen_cli_docs.iter_commands() found no commands under `detente`"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_command_help_ends_with_example(name):
    command, _ = COMMANDS[name]
    paragraphs = _paragraphs(command.help or "")
    assert paragraphs, f"`{name}` has no help text: give its function a docstring"
    assert paragraphs[-1].startswith(f"Example: {name}"), (
        f"the last paragraph of `{name} --help` must start with 'Example: {name} ...' "
        f"(STYLE.md 7); it is: {paragraphs[-1]!r}"
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_command_has_docs_section(name):
    cli_docs = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"\n## {name}\n" in cli_docs, f"docs/cli.md has no '## {name}' section: run scripts/gen_cli_docs.py"


def test_cli_docs_match_help():
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == gen_cli_docs.render_cli_docs(), (
        "docs/cli.md is out of date with `--help`: run .venv/bin/python scripts/gen_cli_docs.py"
    )


@pytest.mark.parametrize("name", detente.__all__)
def test_all_name_exists(name):
    assert hasattr(detente, name), f"detente.__all__ lists {name!r}, which detente does not define"


def test_all_has_no_duplicates():
    assert len(detente.__all__) == len(set(detente.__all__))


def test_all_lists_public_definitions():
    defined = {
        name for name, value in vars(detente).items()
        if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == detente.__name__
    }
    missing = sorted(defined - set(detente.__all__))
    assert not missing, f"public names defined in detente/__init__.py but not in __all__: {missing}"


@pytest.mark.parametrize("stage", STAGES)
def test_stage_package_has_docstring(stage):
    module = importlib.import_module(f"detente.{stage}")
    assert (module.__doc__ or "").strip(), f"detente.{stage} has no module docstring saying what it takes and gives"


def _setting_help() -> dict[str, str | None]:
    """Settings field -> the comment on its line in config.py (its help), or None."""
    source = CONFIG_PY.read_text(encoding="utf-8")
    comments = {
        token.start[0]: token.string.lstrip("#").strip()
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    settings_class = next(node for node in ast.walk(ast.parse(source))
                          if isinstance(node, ast.ClassDef) and node.name == Settings.__name__)
    return {
        node.target.id: comments.get(node.lineno)
        for node in settings_class.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


SETTINGS = [field.name for field in dataclasses.fields(Settings)]


@pytest.mark.parametrize("name", SETTINGS)
def test_setting_has_help_comment(name):
    assert _setting_help().get(name), f"Settings.{name} has no help comment on its line in config.py (STYLE.md 8)"


@pytest.mark.parametrize("name", SETTINGS)
def test_setting_documented_in_usage(name):
    section = _section((DOCS / "usage.md").read_text(encoding="utf-8"), "Settings")
    assert section, "docs/usage.md has no '## Settings' section"
    assert f"`{name}`" in section, f"Settings.{name} is not listed in the Settings section of docs/usage.md"
    help_text = _setting_help().get(name)
    if help_text:
        assert help_text in section, (
            f"the help of Settings.{name} in docs/usage.md differs from config.py: {help_text!r}"
        )
