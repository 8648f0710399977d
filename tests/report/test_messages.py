"""The message catalogue: both languages for every key, the same fields, every key used."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import ntm_cli
from ntm_cli.report.messages import AREAS, MESSAGES, message

SOURCE = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(ntm_cli.__file__).parent.rglob("*.py")
)
# Keys built at run time: message(f"status.{status}", ...), message("template." + key, ...)
# and the like. A key of these namespaces counts as used when its namespace is used so.
DYNAMIC = re.compile(r"""message\(\s*(?:f["']([a-z_]+)\.\{|["']([a-z_]+)\.["']\s*\+)""")
LITERAL = re.compile(r"""(?:message|said|help_text)\(\s*["']([a-z_]+\.[a-z0-9_]+)["']""")
PREFIXED = re.compile(r"""f["']([a-z_]+)\.([a-z0-9_]+)\{""")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_have_the_key_with_the_same_fields(key: str) -> None:
    vi, en = MESSAGES[key]
    assert vi.strip() and en.strip(), key
    if "{" in vi and ":" not in vi:  # phrases with fields (template hints hold literal braces)
        assert _fields(vi) == _fields(en), key


def test_vietnamese_texts_are_vietnamese() -> None:
    # A Vietnamese text equal to its English one is either a code or a word both share.
    shared = {k for k, (vi, en) in MESSAGES.items() if vi == en}
    # Phrases that only join fields ("{path}: {problem}") are shared too.
    words = {k: re.sub(r"\{[a-z_]+\}", "", MESSAGES[k][0]) for k in shared}
    assert all(len(w) <= 14 for w in words.values()), sorted(shared)


def test_every_key_the_code_asks_for_exists() -> None:
    asked = set(LITERAL.findall(SOURCE))
    assert asked, "no literal message keys found: the scan is broken"
    assert sorted(asked - set(MESSAGES)) == []


def test_every_key_is_used() -> None:
    literal = set(LITERAL.findall(SOURCE))
    namespaces = {a or b for a, b in DYNAMIC.findall(SOURCE)}
    prefixes = {f"{ns}.{head}" for ns, head in PREFIXED.findall(SOURCE)}
    unused = [
        key
        for key in MESSAGES
        if key not in literal
        and f'"{key}"' not in SOURCE  # a key named in a table before it is looked up
        and key.split(".")[0] not in namespaces
        and not any(key.startswith(p) for p in prefixes)
        and f'"{key.split(".", 1)[1]}"' not in SOURCE  # a column or key listed by name
    ]
    assert unused == []


def test_message_fills_fields_only_when_given() -> None:
    assert message("word.commune_named", "vi", name="Thạch Hóa") == "Xã Thạch Hóa"
    assert message("word.commune_named", "en", name="Thạch Hóa") == "Thạch Hóa commune"
    assert message("word.commune_named", "vi") == "Xã {name}"  # as the template hints need


def test_no_key_is_defined_in_two_areas() -> None:
    keys = [key for area in AREAS for key in area.PHRASES]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
