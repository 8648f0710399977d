"""Numbers and names as Vietnamese officials type them: read as meant, or refused clearly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntm_cli.inputs.yaml_text import parse_yaml
from ntm_cli.model.errors import SaidValueError
from ntm_cli.model.regions import parse_region
from ntm_cli.model.sets import Commune
from ntm_cli.model.values import _parse_number_text, parse_flag, parse_number_text
from ntm_cli.report.messages import say
from ntm_cli.report.wording import number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17,33", 17.33),
        ("17.33", 17.33),
        ("85%", 85.0),
        ("85 %", 85.0),
        ("87,5%", 87.5),
        (" 90 ", 90.0),
        ("\u00a090\u00a0", 90.0),  # non-breaking spaces pasted from Word or a web page
        ("90\u00a0%", 90.0),
        ("1\u202f234\u202f567", 1234567.0),  # narrow no-break spaces as thousands
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234 567", 1234567.0),
        ("0,760", 0.76),  # a leading zero cannot be a thousands group
        (",5", 0.5),
        ("-3", -3.0),
        ("+4,5", 4.5),
        ("100", 100.0),
    ],
    ids=repr,
)
def test_numbers_are_read_as_vietnamese_users_mean_them(text: str, expected: float) -> None:
    assert parse_number_text(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("2.760", "type 2760 for the whole number, or 2,76 for the decimal"),
        ("1,234", "type 1234 for the whole number, or 1,2340 for the decimal"),
        ("12.500", "type 12500 for the whole number, or 12,5 for the decimal"),
    ],
)
def test_ambiguous_thousands_are_refused_with_both_readings(text: str, advice: str) -> None:
    with pytest.raises(SaidValueError, match="ambiguous") as caught:
        parse_number_text(text)
    assert advice in say(caught.value.said, "en")
    assert "gõ " + advice.removeprefix("type ").split(" for")[0] in say(caught.value.said, "vi")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "%", "abc", "1.2.3", "1,2,3", "12..5", "1.234,5,6", "nan", "inf", "1e400", "--5"],
    ids=repr,
)
def test_non_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number_text(text)


def test_ambiguous_number_in_a_commune_file_keeps_the_advice() -> None:
    with pytest.raises(ValueError, match="2760"):
        Commune.model_validate({"commune": "A", "year": 2023, "indicators": {"14.2": "2.760"}})


def test_text_numbers_in_a_commune_become_numbers() -> None:
    commune = Commune.model_validate(
        {"commune": "A", "year": 2023, "indicators": {"a": "17,33", "b": " 85% ", "c": "1.234,5"}}
    )
    assert commune.indicators == {"a": 17.33, "b": 85.0, "c": 1234.5}


@pytest.mark.parametrize(
    "text",
    [
        "Bắc Trung Bộ",
        "bac trung bo",
        "BTB",
        "btb",
        "BẮC TRUNG BỘ",
        " Bắc  Trung  Bộ ",
        "North Central Coast",
    ],
)
def test_region_names_in_any_case_and_with_or_without_diacritics(text: str) -> None:
    assert parse_region(text) == "btb"


def test_region_spellings_reach_the_commune_model() -> None:
    commune = Commune.model_validate(
        {"commune": "A", "year": 2023, "region": "đồng bằng sông cửu long"}
    )
    assert commune.region == "dbscl"


def test_unknown_region_names_the_accepted_spellings() -> None:
    with pytest.raises(SaidValueError) as caught:
        parse_region("Trung Bộ Bắc Nam")
    assert "'Bắc Trung Bộ'" in say(caught.value.said, "vi")
    assert say(caught.value.said, "en").startswith("unknown region 'Trung Bộ Bắc Nam'; use one of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đạt", True),
        ("Đạt", True),
        ("dat", True),
        ("chưa đạt", False),
        ("Không đạt", False),
        ("CHUA DAT", False),
        ("na", "na"),
        ("không áp dụng", "na"),
        ("không", None),
        ("no", None),
    ],
)
def test_flags_are_read_leniently_but_never_from_a_bare_khong(text: str, expected: object) -> None:
    assert parse_flag(text) == expected


def test_empty_text_value_is_a_clear_error_not_a_crash() -> None:
    with pytest.raises(ValueError, match=r"value\.not_a_value"):
        Commune.model_validate({"commune": "A", "year": 2023, "indicators": {"14.2": ""}})


def test_plain_yaml_numbers_use_the_decimal_point() -> None:
    # The YAML contract: an unquoted number is a YAML number ("87.5", "18.125"), as scripts
    # write them; only text ("2.760" in quotes, spreadsheet text cells) gets the Vietnamese
    # reading and the ambiguity check.
    assert parse_yaml("a: 18.125\nb: 0.760\nc: 87.5\n", "x") == {"a": 18.125, "b": 0.76, "c": 87.5}
    quoted = parse_yaml('v: "2.760"\n', "x")["v"]
    with pytest.raises(ValueError, match="ambiguous"):
        Commune.model_validate({"commune": "A", "year": 2023, "indicators": {"1": quoted}})


@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
@settings(max_examples=300, deadline=None)
def test_numbers_as_ntm_prints_them_read_back_or_are_refused_never_misread(value: object) -> None:
    shown = number(float(value), "vi")  # type: ignore[arg-type]  # "1.234,5", "2.760"
    try:
        parsed = parse_number_text(shown)
    except ValueError as exc:
        assert "ambiguous" in str(exc)  # "2.760": refused, never read as 2.76
    else:
        assert parsed == pytest.approx(float(value))  # type: ignore[arg-type]


@given(st.from_regex(r"[0-9]{1,15}(\.[0-9]{1,2})?", fullmatch=True))
def test_plain_numbers_read_the_same_through_the_shortcut_and_the_full_analysis(
    text: str,
) -> None:
    # The common case skips the locale analysis; it must never read a number differently.
    assert parse_number_text(text) == _parse_number_text(text)
