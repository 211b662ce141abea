"""The score panel on a profile's page (registered with register.hooks)."""

from django.http import HttpRequest
from django.template.loader import render_to_string

from register.models import ProcessProfile
from scoring.selectors import explain, rank_and_count


def score_panel(request: HttpRequest, profile: ProcessProfile) -> str:
    """The stored score, the place in the working list and each criterion's contribution."""
    tenant = request.tenant  # type: ignore[attr-defined]
    result = explain(tenant, profile)
    rank, ranked_count = rank_and_count(tenant, profile)
    return render_to_string(
        "scoring/_score_panel.html",
        {
            "profile": profile,
            "result": result,
            "rank": rank,
            "ranked_count": ranked_count,
        },
        request=request,
    )
