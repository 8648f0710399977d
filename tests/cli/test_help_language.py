"""`--help` of every command speaks NTM_LANG's language, with words (not types) for values."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

# Help is built when ntm is imported, in NTM_LANG's language: each language needs a fresh
# process. One process prints every command's help as JSON.
_DUMP = """
import json
from typer.main import get_command
from typer.testing import CliRunner
from ntm_cli.cli.app import app

def paths(command, prefix):
    yield prefix
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from paths(sub, [*prefix, name])

runner = CliRunner()
screens = {}
for path in paths(get_command(app), []):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, (path, result.output)
    screens[" ".join(["ntm", *path])] = result.output
print(json.dumps(screens, ensure_ascii=False))
"""


def _screens(lang: str) -> dict[str, str]:
    env = {**os.environ, "NTM_LANG": lang, "COLUMNS": "100"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP], env=env, capture_output=True, text=True, check=True
    )
    screens: dict[str, str] = json.loads(done.stdout)
    return screens


@pytest.fixture(scope="module")
def vietnamese() -> dict[str, str]:
    return _screens("vi")


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return _screens("en")


# Words an English sentence cannot do without; a Vietnamese help screen has none of them.
# (Vietnamese "in" means print and "to" big: they are left out.)
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|is|are|with|for|or|this|each|every|when|not|from|Usage|Options"
    r"|Arguments|Commands|Show|message|exit|default|required|write|file|files|folder"
    r"|commune|communes|criteria|set|sets)\b"
)
# Code the help names as it is typed: options, `commands`, file kinds, choices, keys.
CODE = re.compile(
    r"--[a-z-]+|[\w-]+(?:\|[\w-]+)+|\w+-\w+|`[^`]*`|'[^']*'|<[^>]*>|\[[a-z|;,]*\]|\b[a-z_]+\.[a-z]+\b|\w+_\w+"
)
VIETNAMESE_WORDS = re.compile(r"\b(của|và|các|tệp|hoặc|một|không|những|được|khi)\b")
TYPE_METAVAR = re.compile(r"<(bool|str|int|float|path|dir|file|text|Path|list\[[^>]*\])>")


def _prose(screen: str) -> str:
    """The help screen without the code it quotes (and the commands column: `sets`)."""
    screen = re.sub(r"│ [a-z]+ {2,}|\bntm( [a-z]+)*", " ", screen)
    return CODE.sub(" ", screen.replace("│", " "))


def test_every_command_has_help_in_both_languages(
    vietnamese: dict[str, str], english: dict[str, str]
) -> None:
    assert set(vietnamese) == set(english)
    assert {"ntm", "ntm evaluate", "ntm batch", "ntm sets show", "ntm sets check"} <= set(
        vietnamese
    )
    for path, screen in vietnamese.items():
        assert screen != english[path], path


def test_vietnamese_help_has_no_english(vietnamese: dict[str, str]) -> None:
    for path, screen in vietnamese.items():
        found = ENGLISH_WORDS.findall(_prose(screen))
        assert not found, f"{path}: {sorted(set(found))}\n{screen}"
        assert "Cách dùng:" in screen and "Tùy chọn" in screen, path
        assert "OPTIONS" not in screen and "COMMAND" not in screen, path


def test_english_help_has_no_vietnamese(english: dict[str, str]) -> None:
    for path, screen in english.items():
        found = VIETNAMESE_WORDS.findall(_prose(screen))
        assert not found, f"{path}: {sorted(set(found))}\n{screen}"
        assert "Usage:" in screen and "Options" in screen, path


def test_values_are_named_by_words_not_python_types(
    vietnamese: dict[str, str], english: dict[str, str]
) -> None:
    for screens in (vietnamese, english):
        for path, screen in screens.items():
            assert not TYPE_METAVAR.search(screen), f"{path}:\n{screen}"
            usage = next(line for line in screen.splitlines() if "ntm" in line)
            assert not re.search(r"[\[{][a-z_]+[\]}]", usage), f"{path}: {usage}"
    assert re.search(r"--output\s+-o\s+TỆP ", vietnamese["ntm evaluate"])
    assert re.search(r"--output\s+-o\s+FILE ", english["ntm evaluate"])


def test_version() -> None:
    from ntm_cli import __version__

    from helpers import run

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"ntm {__version__}\n"


@pytest.mark.parametrize(
    ("args", "vietnamese", "english"),
    [
        (["evaluate", "--bogus", "x"], "Không có tùy chọn --bogus", "No such option: --bogus"),
        (["sets", "show"], "Thiếu tham số 'MÃ'", "Missing argument"),
        (
            ["evaluate", "-f", "zzz", "x"],
            "'zzz' không phải một trong các giá trị",
            "'zzz' is not one of",
        ),
    ],
)
def test_command_line_mistakes_are_told_in_the_users_language(
    args: list[str], vietnamese: str, english: str
) -> None:
    from helpers import run

    def words(output: str) -> str:  # the error panel wraps lines
        return " ".join(output.replace("│", " ").split())

    said = run(*args)
    assert said.exit_code == 2
    assert vietnamese in words(said.output) and "Traceback" not in said.output
    told = run(*args, "--lang", "en")
    assert told.exit_code == 2
    assert english in words(told.output)
