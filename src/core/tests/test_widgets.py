"""The Python-rendered selects produce the same HTML as Django's template-rendered ones."""

import pytest
from django import forms
from django.test.html import parse_html

from core import widgets
from core.forms import render_selects_in_python

CHOICES = [("", "– alle –"), ("a", "Ämter"), ("b<", 'Bau & "Wohnen" <script>'), ("c", "Kita")]
GROUPED = [("", "–"), ("Gruppe <1>", [("x", "X"), ("y", "Y")]), ("z", "Z")]


@pytest.mark.parametrize(
    ("django_widget", "ours", "choices", "value", "attrs"),
    [
        (forms.Select, widgets.Select, CHOICES, "b<", {"id": "id_f"}),
        (
            forms.Select,
            widgets.Select,
            CHOICES,
            None,
            {"id": "id_f", "aria-invalid": "true", "required": True},
        ),
        (forms.Select, widgets.Select, GROUPED, "y", {"id": "id_f"}),
        (forms.SelectMultiple, widgets.SelectMultiple, CHOICES, ["a", "c"], {"size": 4}),
        (forms.SelectMultiple, widgets.SelectMultiple, GROUPED, ["x", "z"], {"id": "id_f"}),
        (forms.SelectMultiple, widgets.SelectMultiple, CHOICES, None, {"id": "id_f"}),
    ],
)
def test_the_html_equals_djangos(django_widget, ours, choices, value, attrs):
    expected = django_widget(choices=choices).render("field", value, attrs=attrs)
    actual = ours(choices=choices).render("field", value, attrs=attrs)
    assert parse_html(actual) == parse_html(expected)
    assert "<script>" not in actual


@pytest.mark.parametrize(
    ("choices", "value", "attrs"),
    [
        (CHOICES[1:], ["a", "b<"], {"id": "id_f"}),
        (CHOICES[1:], None, {"id": "id_f", "class": "inline", "aria-describedby": "id_f_helptext"}),
        (GROUPED[1:], ["y"], {"id": "id_f"}),
        (CHOICES[1:], ["c"], {}),
    ],
)
def test_the_checkboxes_equal_djangos(choices, value, attrs):
    expected = forms.CheckboxSelectMultiple(choices=choices).render("field", value, attrs=attrs)
    actual = widgets.CheckboxSelectMultiple(choices=choices).render("field", value, attrs=attrs)
    assert parse_html(actual) == parse_html(expected)
    assert "<script>" not in actual


def test_a_single_select_marks_only_the_first_equal_value():
    html = widgets.Select(choices=[("a", "A"), ("a", "A again")]).render("f", "a")
    assert html.count("selected") == 1


class _Form(forms.Form):
    plain = forms.ChoiceField(choices=CHOICES)
    many = forms.MultipleChoiceField(choices=CHOICES)
    boxes = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    flag = forms.NullBooleanField()


def test_render_selects_in_python_switches_selects_and_checkbox_groups_only():
    form = _Form()
    render_selects_in_python(form)
    assert type(form.fields["plain"].widget) is widgets.Select
    assert type(form.fields["many"].widget) is widgets.SelectMultiple
    assert type(form.fields["boxes"].widget) is widgets.CheckboxSelectMultiple
    assert type(form.fields["flag"].widget) is forms.NullBooleanSelect
    bound = _Form({"plain": "zzz"})
    render_selects_in_python(bound)
    assert not bound.is_valid()
    assert 'aria-invalid="true"' in str(bound["plain"])
