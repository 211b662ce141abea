"""The SVG bar charts: valid markup, proportional bars, escaped text, an accessible name, empty data."""

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from scoring.charts import BAR_HEIGHT, MAX_LABEL_CHARS, VALUE_SPACE, WIDTH, Bar, bar_chart, bar_widths

SVG = "{http://www.w3.org/2000/svg}"


def _chart(bars, **kwargs):
    options = {"chart_id": "chart-test", "title": "Prozesse nach Amt", "description": "Balkendiagramm."}
    return bar_chart(**(options | kwargs), bars=bars)


def _parse(markup):
    return ET.fromstring(str(markup))  # noqa: S314 (our own markup, not untrusted input)


def test_a_chart_is_well_formed_svg_named_by_its_title_and_description():
    root = _parse(_chart([Bar("Ordnungsamt", 7, "7 (70,0 %)"), Bar("Hauptamt", 3, "3 (30,0 %)")]))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox") == f"0 0 {WIDTH} {2 * 46 + 4}"
    assert root.get("width") == "100%"
    assert root.get("aria-labelledby") == "chart-test-title chart-test-desc"
    assert root.find(f"{SVG}title").get("id") == "chart-test-title"
    assert root.find(f"{SVG}title").text == "Prozesse nach Amt"
    assert root.find(f"{SVG}desc").get("id") == "chart-test-desc"
    assert root.find(f"{SVG}desc").text == "Balkendiagramm."


def test_every_bar_carries_its_label_and_its_number_as_text():
    root = _parse(_chart([Bar("Ordnungsamt", 7, "7 (70,0 %)"), Bar("Hauptamt", 3)]))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Ordnungsamt", "7 (70,0 %)", "Hauptamt", "3"]
    values = [t for t in root.iter(f"{SVG}text") if t.get("class") == "bar-value"]
    rects = list(root.iter(f"{SVG}rect"))
    # The number stands right of its bar's end.
    for value, rect in zip(values, rects, strict=True):
        assert float(value.get("x")) == pytest.approx(float(rect.get("width")) + 6)


def test_bars_are_proportional_and_the_largest_fills_the_span():
    root = _parse(_chart([Bar("a", 10), Bar("b", 5), Bar("c", 0), Bar("d", Decimal("2.5"))]))
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    span = WIDTH - VALUE_SPACE
    assert widths == pytest.approx([span, span / 2, 0, span / 4], abs=0.1)
    assert {rect.get("height") for rect in root.iter(f"{SVG}rect")} == {str(BAR_HEIGHT)}


def test_bar_widths_never_divide_by_zero_and_ignore_negative_values():
    assert bar_widths([], 100) == []
    assert bar_widths([0, 0], 100) == [0.0, 0.0]
    assert bar_widths([-3, 6], 100) == [0.0, 100.0]


def test_bars_have_a_colour_with_enough_contrast_and_no_inline_styles():
    markup = str(_chart([Bar("a", 1)]))
    root = _parse(markup)
    assert [rect.get("fill") for rect in root.iter(f"{SVG}rect")] == ["#0b4f8a"]
    assert "style=" not in markup


def test_labels_title_and_description_are_escaped():
    evil = '<script>alert("x")</script> & <b>'
    markup = str(_chart([Bar(evil, 1, evil)], title=evil, description=evil))
    assert "<script>" not in markup
    assert "<b>" not in markup
    root = _parse(markup)  # still well-formed
    assert root.find(f"{SVG}title").text == evil
    assert root.find(f"{SVG}desc").text == evil
    assert [t.text for t in root.iter(f"{SVG}text")] == [evil, evil]


def test_a_long_label_is_shortened_in_the_chart():
    label = "Geschäftsbereich I – Bürgermeister und Zentrale Verwaltung, Personal, Organisation und Finanzen"
    root = _parse(_chart([Bar(label, 1)]))
    shown = next(root.iter(f"{SVG}text")).text
    assert len(shown) == MAX_LABEL_CHARS
    assert shown.endswith("…")
    assert label.startswith(shown[:-1])


def test_an_empty_chart_says_so_and_is_still_valid():
    root = _parse(_chart([], empty_text="Keine relevanten Prozesse."))
    assert list(root.iter(f"{SVG}rect")) == []
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Keine relevanten Prozesse."]
    assert root.get("viewBox") == f"0 0 {WIDTH} 50"
    assert root.find(f"{SVG}title").text == "Prozesse nach Amt"


def test_a_chart_of_zeros_draws_empty_bars_with_their_numbers():
    root = _parse(_chart([Bar("a", 0), Bar("b", 0)]))
    assert [rect.get("width") for rect in root.iter(f"{SVG}rect")] == ["0", "0"]
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "bar-value"] == ["0", "0"]
