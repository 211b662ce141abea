"""Extension points for apps above register (the Nutzwert-Score in `scoring`).

Register cannot import the apps built on it, yet some of them keep data derived from profiles (the stored
score) or belong in a template snapshot (the scoring scheme). They subscribe here in their
``AppConfig.ready()``; register's services call the subscribers explicitly, inside their own transaction,
so derived data is never a commit behind.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from django.http import HttpRequest

from tenants.models import Tenant

if TYPE_CHECKING:
    from register.models import AttributeDefinition, ProcessProfile


class ProfilesChanged(Protocol):
    def __call__(self, *, tenant: Tenant, profile_ids: list[int] | None) -> None: ...


@dataclass(frozen=True)
class SnapshotSection:
    """A part of a template snapshot owned by another app: written on publishing, read on instantiating."""

    key: str
    export: Callable[[Tenant], Any]
    instantiate: Callable[[Tenant, Any], None]


class ProfilePanel(Protocol):
    def __call__(self, request: HttpRequest, profile: "ProcessProfile") -> str: ...


class AttributeChangeCheck(Protocol):
    def __call__(self, *, tenant: Tenant, definition: "AttributeDefinition", new_type: str) -> list[str]: ...


_profiles_changed: list[ProfilesChanged] = []
_attribute_checks: list[AttributeChangeCheck] = []
_profile_panels: list[ProfilePanel] = []
_print_sections: list[ProfilePanel] = []
_snapshot_sections: dict[str, SnapshotSection] = {}


def on_profiles_changed(callback: ProfilesChanged) -> None:
    """Call ``callback(tenant=…, profile_ids=…)`` after any write to profiles (None: all of them)."""
    if callback not in _profiles_changed:
        _profiles_changed.append(callback)


def profiles_changed(*, tenant: Tenant, profile_ids: Iterable[int] | None = None) -> None:
    """Tell the subscribers which profiles a service has just written (None: possibly all of them)."""
    ids = None if profile_ids is None else list(profile_ids)
    if ids is not None and not ids:
        return
    for callback in _profiles_changed:
        callback(tenant=tenant, profile_ids=ids)


def add_snapshot_section(section: SnapshotSection) -> None:
    """Let an app contribute a keyed section to every published template version."""
    _snapshot_sections[section.key] = section


def snapshot_sections() -> list[SnapshotSection]:
    """The registered sections, in registration order."""
    return list(_snapshot_sections.values())


def add_profile_panel(panel: ProfilePanel) -> None:
    """Show ``panel(request, profile)`` (safe HTML, e.g. the score explained) on every profile page."""
    if panel not in _profile_panels:
        _profile_panels.append(panel)


def profile_panels(request: HttpRequest, profile: "ProcessProfile") -> list[str]:
    """The rendered panels of the apps above register for one profile page."""
    return [panel(request, profile) for panel in _profile_panels]


def add_print_section(section: ProfilePanel) -> None:
    """Show ``section(request, profile)`` (safe HTML, e.g. the main model) in every profile's print view."""
    if section not in _print_sections:
        _print_sections.append(section)


def print_sections(request: HttpRequest, profile: "ProcessProfile") -> list[str]:
    """The rendered sections of the apps above register for one profile's print view."""
    return [section(request, profile) for section in _print_sections]


def on_attribute_change(check: AttributeChangeCheck) -> None:
    """Let an app refuse a change of an attribute's type (it returns German messages, empty when fine)."""
    if check not in _attribute_checks:
        _attribute_checks.append(check)


def attribute_change_problems(
    *, tenant: Tenant, definition: "AttributeDefinition", new_type: str
) -> list[str]:
    """What the subscribers say against changing ``definition`` to ``new_type``."""
    return [
        problem
        for check in _attribute_checks
        for problem in check(tenant=tenant, definition=definition, new_type=new_type)
    ]
