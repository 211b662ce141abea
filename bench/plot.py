"""The growth plot of the benchmark as a self-contained, accessible SVG (no plotting library)."""

import math
from typing import Any
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 860, 480
LEFT, RIGHT, TOP, BOTTOM = 70, 300, 40, 60
COLOURS = ["#0b5394", "#b45f06", "#38761d", "#990000", "#674ea7"]  # distinguishable, AA on white


def growth_svg(report: dict[str, Any], pages: dict[str, str]) -> str:
    """p95 (ms, linear) against total profile count (log) per page; SQLite dashed, PostgreSQL solid."""
    series = []
    for database, data in report["databases"].items():
        for index, page in enumerate(pages):
            points = [(step["profiles"], step["pages"][page]["p95"]) for step in data["steps"]]
            series.append((database, page, COLOURS[index % len(COLOURS)], points))
    xs = [x for *_, points in series for x, _ in points] or [1000]
    ys = [y for *_, points in series for _, y in points] or [1]
    x_min, x_max = math.log10(min(xs)), math.log10(max(xs))
    if x_max - x_min < 1e-9:
        x_min, x_max = x_min - 0.5, x_max + 0.5
    y_max = _nice(max(ys) * 1.1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return LEFT + (math.log10(x) - x_min) / (x_max - x_min) * plot_w

    def sy(y: float) -> float:
        return TOP + plot_h - y / y_max * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="12">',
        '<title id="title">Benchmark: p95 server time against the number of profiles</title>',
        '<desc id="desc">'
        + escape(
            "; ".join(
                f"{'PostgreSQL' if db == 'postgresql' else 'SQLite'}, {pages[page]}: "
                + ", ".join(f"{x:,} profiles {y:.1f} ms" for x, y in points)
                for db, page, _, points in series
            )
        )
        + "</desc>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    for step in range(6):
        value = y_max * step / 5
        y = sy(value)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="#dddddd"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    for exponent in range(math.floor(x_min), math.ceil(x_max) + 1):
        x_value = 10**exponent
        if x_min - 1e-9 <= exponent <= x_max + 1e-9:
            x = sx(x_value)
            out.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + plot_h}" stroke="#eeeeee"/>')
            out.append(f'<text x="{x:.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">{x_value:,}</text>')
    out.append(
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#333333"/>'
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 15}" text-anchor="middle">profiles in the database '
        f"(log scale)</text>"
        f'<text transform="translate(18 {TOP + plot_h / 2}) rotate(-90)" text-anchor="middle">'
        "p95 server time (ms)</text>"
    )
    for database, _page, colour, points in series:
        dash = ' stroke-dasharray="6 4"' if database == "sqlite" else ""
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for x, y in points:
            out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{colour}"/>')
    legend_x = LEFT + plot_w + 20
    for index, label in enumerate(pages.values()):
        y = TOP + 10 + index * 36
        colour = COLOURS[index % len(COLOURS)]
        out.append(
            f'<line x1="{legend_x}" y1="{y}" x2="{legend_x + 24}" y2="{y}" '
            f'stroke="{colour}" stroke-width="3"/>'
        )
        out.append(f'<text x="{legend_x + 30}" y="{y + 4}">{escape(_short(label))}</text>')
    y = TOP + 10 + len(pages) * 36
    out.append(
        f'<line x1="{legend_x}" y1="{y}" x2="{legend_x + 24}" y2="{y}" stroke="#333333" stroke-width="2"/>'
    )
    out.append(f'<text x="{legend_x + 30}" y="{y + 4}">PostgreSQL (solid)</text>')
    out.append(
        f'<line x1="{legend_x}" y1="{y + 20}" x2="{legend_x + 24}" y2="{y + 20}" stroke="#333333" '
        f'stroke-width="2" stroke-dasharray="6 4"/>'
    )
    out.append(f'<text x="{legend_x + 30}" y="{y + 24}">SQLite (dashed)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _short(label: str) -> str:
    return label if len(label) <= 38 else label[:37] + "…"


def _nice(value: float) -> float:
    """A round axis maximum at or above ``value``."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude
