"""The register's filter panel: one FilterSet drives the list page (and later export and API)."""

from typing import Any

import django_filters
from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from catalogues.models import CatalogEntry
from catalogues.selectors import entries_for_tenant
from core.forms import RowChoiceField, render_selects_in_python
from organisation.models import OrgUnit
from register.choices import DigitalisationLevel, OzgTopic, ProcessType, ReleaseStatus
from register.models import CatalogLink, Folder, ProcessProfile
from register.search import search_profiles
from register.selectors import folder_choices, profiles_in_unit_subtree, unit_choices
from tenants.models import Tenant

YES_NO = (("yes", _("yes")), ("no", _("no")))
RELEVANCE = (("", _("relevant only")), ("no", _("not relevant only")), ("all", _("all")))
NOT_COLLECTED = "none"


class TreeChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = RowChoiceField


class ProfileFilterSet(django_filters.FilterSet):
    """Filters of the register list; the tenant scopes every choice."""

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        max_length=settings.SEARCH_QUERY_MAX_LENGTH,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("e.g. Hundesteuer"), "autocomplete": "off"}
        ),
    )
    folder = TreeChoiceFilter(
        label=_("Folder"),
        to_field_name="uuid",
        method="filter_folder",
        queryset=Folder.objects.none(),
        empty_label=_("all folders"),
    )
    unit = TreeChoiceFilter(
        label=_("Organisational unit (with sub-units)"),
        to_field_name="uuid",
        method="filter_unit",
        queryset=OrgUnit.objects.none(),
        empty_label=_("all units"),
    )
    process_type = django_filters.MultipleChoiceFilter(
        distinct=False,  # own columns: no join can repeat a row, and DISTINCT would sort whole rows
        label=_("Process type"),
        choices=ProcessType.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    ozg_topic = django_filters.MultipleChoiceFilter(
        distinct=False,  # own columns: no join can repeat a row, and DISTINCT would sort whole rows
        label=_("OZG topic"),
        choices=OzgTopic.choices,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    digitalisation_level = django_filters.MultipleChoiceFilter(
        distinct=False,  # own columns: no join can repeat a row, and DISTINCT would sort whole rows
        label=_("Digitalisation level"),
        method="filter_level",
        choices=[*DigitalisationLevel.choices, (NOT_COLLECTED, _("not yet collected"))],
        widget=forms.CheckboxSelectMultiple,
    )
    release_status = django_filters.MultipleChoiceFilter(
        distinct=False,  # own columns: no join can repeat a row, and DISTINCT would sort whole rows
        label=_("Release status"),
        choices=ReleaseStatus.choices,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    online_assistant = django_filters.ChoiceFilter(
        label=_("Online assistant available"), choices=YES_NO, method="filter_yes_no", empty_label=_("any")
    )
    recommended = django_filters.ChoiceFilter(
        label=_("Recommended by the digital pilots"),
        choices=YES_NO,
        method="filter_yes_no",
        empty_label=_("any"),
    )
    relevant = django_filters.ChoiceFilter(
        label=_("Relevance"), choices=RELEVANCE[1:], method="filter_relevant", empty_label=RELEVANCE[0][1]
    )
    # Set from a catalogue entry's page ("Im Register anzeigen"); the list shows it as a removable notice.
    katalogeintrag = django_filters.UUIDFilter(
        label=_("Catalogue entry"), method="filter_catalog_entry", widget=forms.HiddenInput
    )

    class Meta:
        model = ProcessProfile
        fields: list[str] = []

    catalog_entry: CatalogEntry | None = None  # the entry of the katalogeintrag filter, once applied

    def __init__(self, *args: Any, tenant: Tenant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tenant = tenant
        self.filters["folder"].queryset = folder_choices(tenant)
        self.filters["unit"].queryset = unit_choices(tenant)

    @property
    def form(self) -> forms.Form:
        form = super().form
        render_selects_in_python(form)
        return form

    @property
    def qs(self) -> QuerySet[ProcessProfile]:
        queryset = super().qs
        # The working list hides profiles marked not relevant unless the filter asks for them.
        if not self.is_bound or not (self.form.is_valid() and self.form.cleaned_data.get("relevant")):
            queryset = queryset.filter(relevant=True)
        return queryset

    def filter_search(
        self, queryset: QuerySet[ProcessProfile], name: str, value: str
    ) -> QuerySet[ProcessProfile]:
        return search_profiles(queryset, value, tenant=self.tenant) if value.strip() else queryset

    def filter_folder(
        self, queryset: QuerySet[ProcessProfile], name: str, value: Folder
    ) -> QuerySet[ProcessProfile]:
        return queryset.filter(folder__path__startswith=value.path) if value else queryset

    def filter_unit(
        self, queryset: QuerySet[ProcessProfile], name: str, value: OrgUnit
    ) -> QuerySet[ProcessProfile]:
        return profiles_in_unit_subtree(queryset, value) if value else queryset

    def filter_level(
        self, queryset: QuerySet[ProcessProfile], name: str, value: list[str]
    ) -> QuerySet[ProcessProfile]:
        if not value:
            return queryset
        from django.db.models import Q

        levels = [int(v) for v in value if v != NOT_COLLECTED]
        condition = Q(digitalisation_level__in=levels)
        if NOT_COLLECTED in value:
            condition |= Q(digitalisation_level__isnull=True)
        return queryset.filter(condition)

    def filter_yes_no(
        self, queryset: QuerySet[ProcessProfile], name: str, value: str
    ) -> QuerySet[ProcessProfile]:
        return queryset.filter(**{name: value == "yes"}) if value else queryset

    def filter_catalog_entry(
        self, queryset: QuerySet[ProcessProfile], name: str, value: Any
    ) -> QuerySet[ProcessProfile]:
        """Profiles linked to the entry or to an entry below it (an unknown entry matches nothing)."""
        if not value:
            return queryset
        self.catalog_entry = (
            entries_for_tenant(self.tenant)
            .select_related("catalog")
            .defer("search_document")
            .filter(uuid=value)
            .first()
        )
        if self.catalog_entry is None:
            return queryset.none()
        links = CatalogLink.objects.for_tenant(self.tenant).filter(
            entry__catalog_id=self.catalog_entry.catalog_id, entry__path__startswith=self.catalog_entry.path
        )
        return queryset.filter(pk__in=links.values("profile_id"))

    @property
    def catalog_entry_requested(self) -> bool:
        """Whether the list is narrowed to a catalogue entry (known or not)."""
        return bool(self.is_bound and self.data.get("katalogeintrag"))

    def query_without_catalog_entry(self) -> str:
        """The list's query string without the entry filter (and page), for the notice's remove link."""
        params = self.data.copy() if isinstance(self.data, QueryDict) else QueryDict(mutable=True)
        for key in ("katalogeintrag", "page"):
            params.pop(key, None)
        return params.urlencode()

    def filter_relevant(
        self, queryset: QuerySet[ProcessProfile], name: str, value: str
    ) -> QuerySet[ProcessProfile]:
        if value == "no":
            return queryset.filter(relevant=False)
        return queryset  # "all"; the default (relevant only) is applied in qs
