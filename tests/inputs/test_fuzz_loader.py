"""Random bytes and random YAML never crash the loader: only located input errors escape.

NTM_FUZZ_EXAMPLES=3000 runs a longer search (the default keeps the suite fast).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ntm_cli.inputs import yaml_text
from ntm_cli.inputs.files import load_commune_file
from ntm_cli.inputs.registry import Registry
from ntm_cli.model.errors import InputError, InputErrors
from ntm_cli.report.messages import error_line
from ntm_cli.run.check import check_file

from helpers import TOY_SETS as FIXTURE_SETS

REGISTRY = Registry([FIXTURE_SETS])
_SCRATCH = tempfile.TemporaryDirectory(prefix="ntm-fuzz-")  # removed at exit
FOLDER = Path(_SCRATCH.name)
FUZZ = settings(
    max_examples=int(os.environ.get("NTM_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

KEYS = [
    "commune",
    "district",
    "region",
    "group",
    "year",
    "criteria_set",
    "indicators",
    "criteria",
    "communes",
    "achieved",
    "total",
    "1.1",
    "2.1",
    "2.2",
    "3.1",
    "5",
    "x",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["đạt", "chưa đạt", "na", "17,33", "2.760", "120%", "btb", "toy-xa", "2023"]),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=25,
)
YAML_ALPHABET = st.sampled_from([*"ab1.:,-[]{}&*!|>'\"#%@`? \n\t", "đạt", "\ufeff", "---"])


def _load_everything(data: bytes) -> None:
    path = FOLDER / "case.yaml"
    path.write_bytes(data)
    try:
        load_commune_file(path)
    except (InputError, InputErrors) as exc:
        assert "Traceback" not in str(exc)
        for line in str(exc).splitlines():
            assert line.startswith(f"{path}:")
    report = check_file(path, REGISTRY)
    for problem in report.problems:  # check_file never raises: problems are values
        for lang in ("vi", "en"):
            assert "\n" not in error_line(problem, lang)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_loader(data: bytes) -> None:
    _load_everything(data)


@FUZZ
@given(st.lists(YAML_ALPHABET, max_size=80).map("".join))
def test_random_yaml_like_text_never_crashes_the_loader(text: str) -> None:
    _load_everything(text.encode("utf-8"))


@FUZZ
@given(DOCUMENTS)
def test_random_yaml_documents_never_crash_the_loader(document: Any) -> None:
    _load_everything(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


COMMUNES = st.fixed_dictionaries(
    {
        "commune": st.just("Thử"),
        "region": st.sampled_from(["btb", "Bắc Trung Bộ", "xyz"]),
        "year": st.sampled_from([2023, 2024, 1800]),
        "criteria_set": st.sampled_from(["toy-xa", "nope"]),
        "indicators": st.dictionaries(st.sampled_from(KEYS), DOCUMENTS, max_size=5),
        "criteria": st.dictionaries(st.sampled_from(KEYS), SCALARS, max_size=3),
    }
)


@FUZZ
@given(COMMUNES)
def test_random_commune_values_never_crash_validation(document: Any) -> None:
    _load_everything(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


CSV_ALPHABET = st.sampled_from(
    [*"ab1.,;:%\"' \n\t-", "đạt", "2.760", "commune", "year", "2.1", "tc5"]
)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200), st.lists(CSV_ALPHABET, max_size=60).map("".join).map(str.encode)
    )
)
@example(b'"\x01\n\x01"')  # a title cell with a line break, quoted back in the message
def test_random_csv_never_crashes_validate(data: bytes) -> None:
    path = FOLDER / "case.csv"
    path.write_bytes(data)
    report = check_file(path, REGISTRY)
    for problem in report.problems:  # as the user reads it, in either language
        for lang in ("vi", "en"):
            line = error_line(problem, lang)
            assert "\n" not in line
            assert line.startswith(f"{path}:")


# Text made of YAML's indicators, spaces, names and the characters an anchor may follow.
ANCHOR_TEXT = st.text(alphabet=list("&*&&!:?-,[]{}\"' \n\tab1_-#|>%.;=/ộQ"), max_size=40)


@FUZZ
@given(ANCHOR_TEXT)
@example("[&a x, *a]")
@example('{"k":&a [1], b: *a}')
@example("{?&a k: 1}")
@example("--- &a\n- 1")
@example("- !!str &a x\n- *a")
def test_every_anchor_libyaml_sees_is_found_by_the_quick_test(text: str) -> None:
    # A file the quick test passes is parsed without the alias expansion check: libyaml
    # must find no anchor in it, wherever the "&" stands.
    anchors = []
    with contextlib.suppress(yaml.YAMLError):
        for event in yaml.parse(text, Loader=yaml_text._Loader):
            if not isinstance(event, yaml.AliasEvent) and getattr(event, "anchor", None):
                anchors.append(event.anchor)
    if anchors:
        assert yaml_text.may_hold_anchors(text)
