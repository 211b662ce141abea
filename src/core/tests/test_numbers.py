from decimal import Decimal

import pytest

from core.numbers import parse_german_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1200", Decimal(1200)),
        ("1.200", Decimal(1200)),
        ("1.200.000", Decimal(1200000)),
        ("12.000,5", Decimal("12000.5")),
        ("2,5", Decimal("2.5")),
        ("2.5", Decimal("2.5")),
        (" 1 200 ", Decimal(1200)),
        ("1\u202f200", Decimal(1200)),
        ("-3", Decimal(-3)),
        ("0", Decimal(0)),
    ],
)
def test_it_reads_numbers_as_germans_type_them(text, expected):
    assert parse_german_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "1,2,3", "1.20.0", "1e5", "NaN", "Infinity", "--1", "1.2,3.4"]
)
def test_it_answers_none_for_what_is_not_a_number(text):
    assert parse_german_number(text) is None
