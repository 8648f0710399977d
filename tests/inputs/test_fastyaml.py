"""The fast YAML path never changes what a file means: same data (same types) or it bails out.

Every comparison is against yamlio.parse_with_libyaml, the libyaml path that was the only
reader before. NTM_FUZZ_EXAMPLES=3000 runs a longer search.
"""

from __future__ import annotations

import math
import os
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ntm_cli.inputs import yaml_text as yamlio
from ntm_cli.inputs.fastyaml import NOT_SIMPLE, parse_simple
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import InputError
from ntm_cli.report.template import Scope, yaml_template

from helpers import EXAMPLES, ROOT, TOY_SETS, run

REJECTED = object()
EXAMPLES_COUNT = int(os.environ.get("NTM_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES_COUNT,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def slow(text: str) -> Any:
    """What the libyaml path reads, or REJECTED when it refuses the text."""
    try:
        return yamlio.parse_with_libyaml(text, "x.yaml")
    except Exception:  # any refusal (InputError, or an error libyaml lets through)
        return REJECTED


def assert_same(fast: Any, reference: Any, where: str = "$") -> None:
    """Deep equality that also compares types: 1, 1.0, True and "1" all differ."""
    assert type(fast) is type(reference), f"{where}: {fast!r} vs {reference!r}"
    if isinstance(reference, dict):
        assert list(fast) == list(reference), f"{where}: keys {list(fast)} vs {list(reference)}"
        for key in reference:
            assert_same(fast[key], reference[key], f"{where}.{key}")
    elif isinstance(reference, list):
        assert len(fast) == len(reference), f"{where}: {len(fast)} vs {len(reference)} items"
        for index, (a, b) in enumerate(zip(fast, reference, strict=True)):
            assert_same(a, b, f"{where}[{index}]")
    elif isinstance(reference, float):
        assert (math.isnan(fast) and math.isnan(reference)) or (
            fast == reference and math.copysign(1, fast) == math.copysign(1, reference)
        ), f"{where}: {fast!r} vs {reference!r}"
    else:
        assert fast == reference, f"{where}: {fast!r} vs {reference!r}"


def assert_agrees(text: str) -> Any:
    """The fast path bails out or reads what libyaml reads; return its result."""
    fast = parse_simple(text)
    if fast is NOT_SIMPLE:
        return fast
    reference = slow(text)
    assert reference is not REJECTED, f"fast path accepted text libyaml refuses: {text!r}"
    assert_same(fast, reference)
    return fast


def assert_fast(text: str) -> Any:
    """The fast path handles text (no bail out) and agrees with libyaml."""
    fast = assert_agrees(text)
    assert fast is not NOT_SIMPLE, f"fast path bailed out on:\n{text}"
    return fast


# Files in the repository ------------------------------------------------------------------

YAML_FILES = sorted(
    p.relative_to(ROOT)
    for pattern in ("*.yaml", "*.yml")
    for folder in ("examples", "criteria_sets", "tests", "benchmarks")
    for p in (ROOT / folder).rglob(pattern)
)


@pytest.mark.parametrize("name", YAML_FILES, ids=[str(p) for p in YAML_FILES])
def test_fast_path_agrees_with_libyaml_on_every_repository_file(name: Path) -> None:
    try:
        text = yamlio.read_text(ROOT / name)
    except InputError:
        return  # binary or wrongly encoded: refused before any parsing
    assert_agrees(text)  # which also means: if libyaml refuses the file, the fast path bails


def _templates() -> list[tuple[str, str]]:
    """`ntm template` output for every bundled set, and for the fixture sets."""
    bundled = Registry().ids()
    texts = [(set_id, run("template", "--set", set_id).stdout) for set_id in bundled]
    fixtures = Registry([TOY_SETS])
    for set_id in fixtures.ids():
        if set_id not in bundled:
            text = yaml_template(fixtures.get(set_id), Scope(year=2023, region="btb"))
            texts.append((set_id, text))
    return texts


TEMPLATES = _templates()


@pytest.mark.parametrize("set_id,text", TEMPLATES, ids=[t[0] for t in TEMPLATES])
def test_fast_path_reads_every_blank_template(set_id: str, text: str) -> None:
    assert text.startswith("# yaml-language-server")
    assert_fast(text)


# The shapes that matter for speed are taken by the fast path ----------------------------

KINDS = ["percent", "qualitative", "number", "count"]


def bench_record(index: int, rng: random.Random) -> dict[str, Any]:
    """A commune record like benchmarks/bench_batch.py writes."""
    indicators: dict[str, Any] = {}
    for criterion in range(1, 20):
        for part in range(1, 4):
            kind = KINDS[(criterion + part) % 4]
            if kind == "qualitative":
                value: Any = rng.choice(["đạt", "chưa đạt"])
            elif kind == "count":
                value = rng.randint(0, 5)
            elif kind == "number" or rng.random() < 0.5:
                value = round(rng.uniform(0, 100), rng.choice([0, 1, 2]))
            else:
                value = {"achieved": rng.randint(0, 900), "total": rng.randint(900, 3000)}
            indicators[f"{criterion}.{part}"] = value
    return {
        "commune": f"Xã Số {index}",
        "district": f"Huyện {index % 12 + 1}",
        "province": f"Tỉnh {index % 3 + 1}",
        "region": rng.choice(["tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb", "dbscl"]),
        "year": 2023,
        "criteria_set": "bench-xa",
        "indicators": indicators,
        "criteria": {str(c): rng.choice(["đạt", "chưa đạt", "na"]) for c in range(1, 20)},
    }


def test_fast_path_reads_safe_dump_commune_records() -> None:
    rng = random.Random(318)
    for index in range(50):
        record = bench_record(index, rng)
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
        assert_same(assert_fast(text), record)
        ascii_flow = yaml.safe_dump(record, sort_keys=False, default_flow_style=None)
        assert_agrees(ascii_flow)


def test_fast_path_reads_multi_commune_files() -> None:
    rng = random.Random(1)
    records = [bench_record(i, rng) for i in range(3)]
    as_list = yaml.safe_dump(records, allow_unicode=True, sort_keys=False)
    assert as_list.startswith("- commune: Xã Số 0\n  district:")
    assert_same(assert_fast(as_list), records)
    shared = {"province": "Quảng Bình", "year": 2023, "communes": records}
    assert_same(assert_fast(yaml.safe_dump(shared, allow_unicode=True, sort_keys=False)), shared)
    by_hand = (
        "# hai xã\nprovince: Quảng Bình   # tỉnh\nyear: 2023\ncommunes:\n"
        "- commune: An\n  indicators:\n    '3.1': 87.5\n    '9.1': {achieved: 380, total: 1000}\n"
        '\n- commune: Bình\n  criteria:\n    "1": đạt\n'
    )
    assert assert_fast(by_hand) == {
        "province": "Quảng Bình",
        "year": 2023,
        "communes": [
            {"commune": "An", "indicators": {"3.1": 87.5, "9.1": {"achieved": 380, "total": 1000}}},
            {"commune": "Bình", "criteria": {"1": "đạt"}},
        ],
    }


TYPED = {"percent": "85,5", "number": "60", "count": "0", "qualitative": "đạt"}


def test_fast_path_reads_a_filled_template() -> None:
    criteria_set = Registry().get("qd318-xa-ntm")
    kinds = {key: ind.kind for key, ind in criteria_set.indicators().items()}
    lines = []
    for line in yaml_template(criteria_set, Scope(year=2024, region="btb")).splitlines():
        match = re.match(r'^  "([^"]+)":$', line)
        if line.startswith("commune:"):
            line = "commune: Thử  # tên xã"
        elif match:
            line += " " + (TYPED[kinds[match.group(1)]] if match.group(1) in kinds else "đạt")
            if match.group(1) == "3.1":
                line = '  "3.1": {achieved: 380, total: 1000}'
        lines.append(line)
    data = assert_fast("\n".join(lines) + "\n")
    assert data["commune"] == "Thử"
    assert data["indicators"]["3.1"] == {"achieved": 380, "total": 1000}
    assert data["indicators"]["9.1"] == 0


def test_fast_path_reads_the_example_communes() -> None:
    for name in ("xa-thach-hoa-2023.yaml", "xa-minh-hoa-2026.yaml", "xa-thanh-huong-2022.yaml"):
        assert_fast(yamlio.read_text(EXAMPLES / name))


def test_parse_yaml_uses_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    text = yaml.safe_dump(bench_record(0, random.Random(2)), allow_unicode=True)

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("libyaml was called")

    monkeypatch.setattr(yamlio.yaml, "load", refuse)
    assert yamlio.parse_yaml(text, "x.yaml")["year"] == 2023


def test_errors_still_come_from_libyaml_with_their_location() -> None:
    with pytest.raises(InputError) as caught:
        yamlio.parse_yaml("commune: An\nyear: 2023\nyear: 2024\n", "x.yaml")
    assert str(caught.value) == "x.yaml:3:1: duplicate key 'year': keep one of the two entries"
    with pytest.raises(InputError, match=r"x\.yaml:2:\d+: YAML syntax"):
        yamlio.parse_yaml("a: 1\n b: 2\n", "x.yaml")


# Hand-picked corners --------------------------------------------------------------------

ACCEPTED = {
    "": None,
    "# only a comment\n\n   # indented one\n": None,
    "a: 1\r\nb: x\r\n": {"a": 1, "b": "x"},
    "a:\n- x\n- 'y'\nb: 2\n": {"a": ["x", "y"], "b": 2},
    "a:\n  - b: 1\n    c:\n    - 2\n  - -1\n": {"a": [{"b": 1, "c": [2]}, -1]},
    "- - a\n  - b\n-\n- c: d\n": [["a", "b"], None, {"c": "d"}],
    "a: 012\nb: +1\nc: -0.0\nd: 1.\ne: .5\nf: 1e3\ng: 1.5e-3\n": {
        "a": 12,
        "b": 1,
        "c": -0.0,
        "d": 1.0,
        "e": 0.5,
        "f": "1e3",
        "g": 0.0015,
    },
    "a: yes\nb: no\nc: True\nd: FALSE\ne: ~\nf: Null\ng:\nh: 2023-01-01\n": {
        "a": "yes",
        "b": "no",
        "c": True,
        "d": False,
        "e": None,
        "f": None,
        "g": None,
        "h": "2023-01-01",
    },
    "14.10: x\n\"14.2\": y\n'14.3': z\n": {"14.10": "x", "14.2": "y", "14.3": "z"},
    "a: b:c\nd: e#f  # g\nh: 'it''s' # i\nj: \"k # l\"\n": {
        "a": "b:c",
        "d": "e#f",
        "h": "it's",
        "j": "k # l",
    },
    "key with spaces: chưa đạt   \n": {"key with spaces": "chưa đạt"},
    "a: x\u00a0\n": {"a": "x\u00a0"},
    "a: {b: [1, 'c', \"d\"], e: {}}  # flow\n": {"a": {"b": [1, "c", "d"], "e": {}}},
    "plain top-level scalar\n": "plain top-level scalar",
    "a:b\n": "a:b",
    "  a: 1\n  b: 2\n": {"a": 1, "b": 2},
}


@pytest.mark.parametrize("text", list(ACCEPTED), ids=range(len(ACCEPTED)))
def test_fast_path_reads_these_corners(text: str) -> None:
    assert_same(assert_fast(text), ACCEPTED[text])


BAILS = [
    "a:\tb\n",
    "---\na: 1\n",
    "a: 1\n...\n",
    "%YAML 1.2\n---\na: 1\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "? a\n: b\n",
    "<<: {a: 1}\n",
    "a: |\n  text\n",
    "a: >\n  text\n",
    "a: one\n  two\n",
    "a: 'one\n  two'\n",
    'a: "one\n  two"\n',
    "a: {b: 1,\n  c: 2}\n",
    "a: b: c\n",
    "a: b:\n",
    "a: 1\na: 2\n",
    "a: {b: 1, b: 2}\n",
    'a: "\\u0041"\n',
    "a: 1\x85b: 2\n",
    "a: 1\u2028b: 2\n",
    "a: 1\u2029\n",
    "\ufeffa: 1\n",
    "a: \ufeff1\n",
    "a: \x01\n",
    "a: \x7f\n",
    "a: 1\rb: 2\n",
    "a: - b\n",
    "a: [b, c,]\n",
    "- a\nb: 1\n",
    "a: 1\n- b\n",
    "a:\n  b: 1\n c: 2\n",
    "x" * 300 + ": 1\n",
    "a: " + "1" * 5000 + "\n",
    "".join(" " * i + f"k{i}:\n" for i in range(30)),
    "[" * 30 + "]" * 30 + "\n",
    "a: @x\n",
    "a: `x`\n",
    "a: %x\n",
]


@pytest.mark.parametrize("text", BAILS, ids=range(len(BAILS)))
def test_fast_path_bails_out_on_these(text: str) -> None:
    assert parse_simple(text) is NOT_SIMPLE


# Hypothesis: whatever safe_dump writes, and mutations of valid files ------------------------

TRICKY = [
    *("yes", "no", "on", "off", "y", "n", "012", "0o12", "0x1F", "1_000", "1e3", "1.5e3", ".5"),
    *("5.", "+1", "-0", "-0.0", ".inf", "-.inf", ".nan", "~", "null", "Null", "NULL", "true"),
    *("True", "FALSE", "", " ", "-", "--", "---", "...", "- a", "-a", "?", "? a", ":", "a:"),
    *("a: b", "a:b", "a :b", "#x", "a #b", "a#b", "a, b", "[x]", "{y: 1}", "&a", "*a", "!t"),
    *("|", ">", "%x", "@x", "`x`", "'q'", '"dq"', "it's", " lead", "trail ", "a  b", "<<", "="),
    *("đạt", "chưa đạt", "Xã Số 1", "87,5", "87.5%", "2023-01-01", "12:30", "1:2:3", "a\tb"),
    *("a\nb", "\u00a0", "x\u00a0", "\x85", "\u2028", "\ufeff", "\x07", "日本", "14.10"),
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.sampled_from(TRICKY),
    st.text(max_size=10),
    st.text(alphabet="ab1.:-# '\"", max_size=8),
)
KEYS = st.one_of(st.sampled_from(TRICKY), st.text(max_size=8), st.integers(-5, 20))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=20,
)


@FUZZ
@given(
    DOCUMENTS,
    st.sampled_from([False, True, None]),
    st.booleans(),
    st.sampled_from([2, 4]),
)
def test_fast_path_agrees_on_whatever_safe_dump_writes(
    document: Any, flow: bool | None, unicode: bool, indent: int
) -> None:
    text = yaml.safe_dump(
        document, default_flow_style=flow, allow_unicode=unicode, sort_keys=False, indent=indent
    )
    assert_agrees(text)


SEEDS = [
    yaml.safe_dump(bench_record(7, random.Random(7)), allow_unicode=True, sort_keys=False),
    yaml.safe_dump(
        [bench_record(i, random.Random(i)) for i in range(2)],
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
    ),
    TEMPLATES[0][1][:1500],
    *list(ACCEPTED)[2:],
    "a:\n- x\n- y: 1\n  z:\n  - 2\nb: {c: 1, d: 'e'}  # f\n",
]
INSERTS = [
    *" :-#'\"[]{},&*!|>?%@`~.01aođ\t\r\n",
    "\r\n",
    ": ",
    "- ",
    " #",
    "\x85",
    "\u2028",
    "\ufeff",
    "\x00",
    "\u00a0",
    "---",
]
MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "duplicate", "drop line", "copy line", "indent"]),
        st.integers(0, 10**6),
        st.sampled_from(INSERTS),
    ),
    min_size=1,
    max_size=4,
)


def mutate(text: str, mutations: list[tuple[str, int, str]]) -> str:
    for action, where, piece in mutations:
        lines = text.split("\n")
        at = where % (len(text) + 1)
        line = where % len(lines)
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + 1 :]
        elif action == "duplicate":
            text = text[:at] + text[at : at + 1] * 2 + text[at + 1 :]
        elif action == "drop line":
            text = "\n".join(lines[:line] + lines[line + 1 :])
        elif action == "copy line":
            text = "\n".join([*lines[:line], lines[line], *lines[line:]])
        else:
            text = "\n".join([*lines[:line], " " + lines[line], *lines[line + 1 :]])
    return text


@FUZZ
@given(st.sampled_from(SEEDS), MUTATIONS)
def test_fast_path_agrees_on_mutated_files(
    seed: str, mutations: list[tuple[str, int, str]]
) -> None:
    assert_agrees(mutate(seed, mutations))


def test_repeated_values_read_the_same_and_collections_are_never_shared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Value texts seen before are remembered (a batch repeats "đạt" and the same numbers);
    # what comes back must be what a first reading gives, and a list or mapping must be a
    # new object every time (the loader merges and copies them).
    from ntm_cli.inputs import fastyaml

    monkeypatch.setattr(fastyaml, "_KNOWN_VALUES", {})
    monkeypatch.setattr(fastyaml, "_MAX_KNOWN_VALUES", 4)
    text = "a: 87.5\nb: đạt\nc: 2023\nd: true\ne: '087'\nf: [1, 2]\ng: {x: 1}\nh: ~\n"
    first, second = parse_simple(text), parse_simple(text)
    assert first == second == yaml.load(text, Loader=yaml.CSafeLoader)
    assert [type(v) for v in second.values()] == [
        float,
        str,
        int,
        bool,
        str,
        list,
        dict,
        type(None),
    ]
    assert first["f"] is not second["f"] and first["g"] is not second["g"]
    assert len(fastyaml._KNOWN_VALUES) <= 4  # cleared when full, never unbounded
