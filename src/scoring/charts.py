"""Small server-rendered SVG charts: horizontal bars with their labels and numbers written out.

No JavaScript and no colour-only information: every bar carries its label above it and its number at its end,
the chart is one image (``role="img"``) named by its ``<title>`` and described by its ``<desc>``, and the page
shows the same numbers in a table beside it. Every text is escaped; sizes are in a ``viewBox`` so the chart
scales with its column.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 480  # viewBox units; the stylesheet caps the drawn width so text is never larger than 14px
VALUE_SPACE = 110  # room right of the longest bar for its number
ROW_HEIGHT = 46
LABEL_BASELINE = 16
BAR_OFFSET = 22
BAR_HEIGHT = 18
FONT_SIZE = 14
MAX_LABEL_CHARS = 54  # longer labels are cut with an ellipsis in the chart (the table shows them whole)
BAR_COLOUR = "#0b4f8a"  # --brand: 8.6:1 against white
TEXT_COLOUR = "#1b1f24"  # --ink


@dataclass(frozen=True)
class Bar:
    """One bar: what it counts, how many, and the number as shown at its end (the value when empty)."""

    label: str
    value: int | Decimal | float
    text: str = ""


def _shorten(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def _number(value: float) -> str:
    """A coordinate as SVG wants it: dot decimal, never localised, no exponent."""
    return f"{value:.1f}".removesuffix(".0")


def bar_widths(values: Sequence[int | Decimal | float], span: float) -> list[float]:
    """Bar lengths proportional to the values, the largest filling ``span`` (all 0 when nothing counts)."""
    numbers = [max(float(v), 0.0) for v in values]
    largest = max(numbers, default=0.0)
    if largest <= 0:
        return [0.0 for _ in numbers]
    return [span * n / largest for n in numbers]


def bar_chart(
    *, chart_id: str, title: str, description: str, bars: Sequence[Bar], empty_text: str = ""
) -> SafeString:
    """A horizontal bar chart as inline SVG; ``empty_text`` is written in the chart when there are no bars."""
    widths = bar_widths([bar.value for bar in bars], WIDTH - VALUE_SPACE)
    rows = []
    for index, (bar, width) in enumerate(zip(bars, widths, strict=True)):
        top = index * ROW_HEIGHT
        rows.append(
            (
                top + LABEL_BASELINE,
                _shorten(bar.label),
                top + BAR_OFFSET,
                _number(width),
                BAR_HEIGHT,
                BAR_COLOUR,
                _number(width + 6),
                top + BAR_OFFSET + BAR_HEIGHT - 4,
                bar.text or str(bar.value),
            )
        )
    body = format_html_join(
        "",
        '<g class="bar"><text x="0" y="{}">{}</text>'
        '<rect x="0" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" class="bar-value">{}</text></g>',
        rows,
    )
    if not bars:
        body = format_html('<text x="0" y="{}">{}</text>', ROW_HEIGHT // 2 + 5, empty_text)
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" width="100%" '
        'viewBox="0 0 {width} {height}" aria-labelledby="{id}-title {id}-desc" focusable="false" '
        'font-size="{font}" fill="{ink}">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        width=WIDTH,
        height=max(len(bars), 1) * ROW_HEIGHT + 4,
        id=chart_id,
        font=FONT_SIZE,
        ink=TEXT_COLOUR,
        title=title,
        desc=description,
        body=body,
    )
