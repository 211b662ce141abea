"""The tenant's start page: recording progress, the top of the working list and where the relevant processes
lie (Themenfeld, Digitalisierungsgrad, org unit), each chart beside a table with the same numbers."""

from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from scoring import statistics
from scoring.charts import Bar, bar_chart
from scoring.selectors import recording_progress
from scoring.statistics import Distribution
from tenants.access import tenant_view
from tenants.choices import Role


@dataclass(frozen=True)
class ChartPanel:
    """A distribution drawn as a bar chart, with the headings of the table beside it."""

    key: str
    heading: str
    title: str
    label_heading: str
    distribution: Distribution
    svg: SafeString
    note: str = ""


def _percent(value: Decimal | int) -> str:
    return number_format(value, decimal_pos=1)


def _panel(
    key: str, heading: str, title: str, label_heading: str, distribution: Distribution, note: str = ""
) -> ChartPanel:
    count = len(distribution.shares)
    parts = [
        ngettext(
            "Bar chart of %(total)s relevant processes in %(count)s category.",
            "Bar chart of %(total)s relevant processes in %(count)s categories.",
            count,
        )
        % {"total": distribution.total, "count": count}
    ]
    largest = distribution.largest
    if largest is not None and largest.count:
        parts.append(
            _("The largest is “%(label)s” with %(number)s (%(percent)s %%).")
            % {"label": largest.label, "number": largest.count, "percent": _percent(largest.percent)}
        )
    parts.append(_("The table beside the chart lists every number."))
    description = " ".join(parts)
    bars = [
        Bar(share.label, share.count, f"{share.count} ({_percent(share.percent)} %)")
        for share in distribution.shares
    ]
    svg = bar_chart(
        chart_id=f"chart-{key}",
        title=title,
        description=description,
        bars=bars,
        empty_text=_("No relevant processes."),
    )
    return ChartPanel(key, heading, title, label_heading, distribution, svg, note)


@tenant_view()
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Start page of a tenant: key figures, recording progress, top 10, distributions as charts and tables."""
    tenant = request.tenant  # type: ignore[attr-defined]
    counts = statistics.register_counts(tenant)
    context: dict[str, object] = {
        "counts": counts,
        "can_record": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
        "can_set_up": request.membership.has_role(Role.ADMINISTRATOR),  # type: ignore[attr-defined]
    }
    if counts.relevant:
        progress, unit_progress = recording_progress(tenant)
        context |= {
            "progress": progress,
            "unit_progress": unit_progress,
            "top": statistics.top_processes(tenant),
            "panels": [
                _panel(
                    "topic",
                    _("By OZG topic"),
                    _("Relevant processes by OZG topic"),
                    _("OZG topic"),
                    statistics.by_topic(tenant),
                ),
                _panel(
                    "level",
                    _("By digitalisation level"),
                    _("Relevant processes by digitalisation level"),
                    _("Digitalisation level"),
                    statistics.by_level(tenant),
                ),
                _panel(
                    "unit",
                    _("By responsible unit"),
                    _("Relevant processes by responsible unit"),
                    _("Office or unit"),
                    statistics.by_unit(tenant),
                    _("Processes of a section count for the office above it."),
                ),
            ],
        }
    return render(request, "scoring/dashboard.html", context)
