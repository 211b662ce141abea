"""Small helpers for views: htmx detection and pagination limits."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


def is_htmx(request: HttpRequest) -> bool:
    """Whether htmx asked for a fragment (not a full page, not a history restore)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def paginate(request: HttpRequest, queryset: QuerySet, *, sizes: tuple[int, ...], default: int) -> Page:
    """The requested page (clamped to the existing ones) at one of the allowed page sizes."""
    try:
        per_page = int(request.GET.get("per_page", default))
    except ValueError:
        per_page = default
    if per_page not in sizes:
        per_page = default
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("page"))


def query_without(request: HttpRequest, *keys: str) -> str:
    """The current query string without the given keys (for sort and page links)."""
    params = request.GET.copy()
    for key in keys:
        params.pop(key, None)
    return params.urlencode()
