"""Reading a schema-valid register file into unsaved model objects, with every problem collected.

Each section becomes model objects with their final UUIDs (the file's, or new ones when the file's are taken
in this installation) and is checked like the services check a form: ``full_clean`` for the fields, the
extra rules of ``register.services.profiles``, attribute values against the definitions in the file,
references between the sections, the global catalogue keys against this installation, and the scoring
scheme with ``scoring.services.specs_validate``. Nothing is written here.
"""

import copy
import datetime
import uuid as uuid_module
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogues.choices import CatalogKind
from catalogues.models import CatalogEntry
from catalogues.search import document_of
from catalogues.services.versions import identity
from core.trees import MAX_DEPTH
from interchange.services.register_json_checks import at, chunks
from organisation.models import OrgUnit, Position
from register.choices import AttributeType
from register.models import AttributeDefinition, AttributeGroup, Folder, ProcessProfile, TemplateVersion
from register.services.attributes import clean_attribute_value
from register.services.profiles import PROFILE_FIELDS
from scoring.services import CriterionSpec, specs_validate
from tenants.models import Tenant

RELATIONS = ("folder", "owner_unit", "process_owner")
DATES = ("last_review", "next_review")
SCALARS = tuple(f for f in PROFILE_FIELDS if f not in RELATIONS and f not in DATES)
_CHOICE_TYPES = (AttributeType.CHOICE, AttributeType.MULTIPLE_CHOICE)


class RegisterReader:
    """Reads a schema-valid document into unsaved model objects, collecting every problem (German)."""

    def __init__(self, *, tenant: Tenant, document: dict[str, Any], renew: bool) -> None:
        self.tenant, self.document, self.renew = tenant, document, renew
        self.problems: list[str] = []
        self.notices: list[str] = []
        self.units: dict[str, OrgUnit] = {}
        self.positions: dict[str, Position] = {}
        self.folders: dict[str, Folder] = {}
        self.groups: dict[str, AttributeGroup] = {}
        self.definitions: dict[str, AttributeDefinition] = {}
        self.entries: dict[str, tuple[str, CatalogEntry]] = {}  # file UUID → (kind, entry)
        self.profiles: dict[str, ProcessProfile] = {}
        self.participating: list[tuple[str, str]] = []  # (profile, unit), file UUIDs
        self.predecessors: list[tuple[str, str]] = []
        self.context_links: list[tuple[str, str]] = []  # (profile, entry), file UUIDs
        self.global_links: list[tuple[str, int]] = []  # (profile, entry id)
        self.global_texts: dict[int, list[str]] = {}
        self.scheme: dict[str, Any] | None = None
        self.origin: dict[str, Any] | None = None
        self.origin_version: TemplateVersion | None = None
        self.flagged: list[str] = []  # profiles (file UUIDs) marked as coming from the template

    def problem(self, path: str, message: str) -> None:
        self.problems.append(at(path, message))

    def new_uuid(self, value: str) -> uuid_module.UUID:
        return uuid_module.uuid4() if self.renew else uuid_module.UUID(value)

    def read(self) -> None:
        self._duplicate_uuids()
        self._units()
        self._positions()
        self._folders()
        self._attributes()
        self._context_entries()
        self._profiles()
        self._catalog_links()
        self._scheme()
        self._origin()
        if self.renew:
            self.notices.append(
                _(
                    "Some identifiers (UUIDs) of the file already exist in this installation, e.g. because "
                    "the register was exported here. Every organisational unit, position, folder, context "
                    "entry and process therefore received a new UUID; links to the old ones do not lead to "
                    "the copy."
                )
            )

    def clean(self, obj: models.Model, path: str, exclude: list[str]) -> None:
        try:
            obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.problem(path if field == "__all__" else f"{path}.{field}", message)

    def _duplicate_uuids(self) -> None:
        counts = Counter(
            item["uuid"]
            for section in ("units", "positions", "folders", "context_entries", "profiles")
            for item in self.document[section]
        )
        for value, count in counts.items():
            if count > 1:
                self.problem(
                    _("file"),
                    _("the UUID %(uuid)s occurs %(count)d times.") % {"uuid": value, "count": count},
                )

    def _tree_order(self, section: str) -> list[int]:
        """Indexes of a section's items with every parent before its children; problems for parents not in
        the file, cycles and trees deeper than MAX_DEPTH."""
        items = self.document[section]
        index_of = {item["uuid"]: index for index, item in enumerate(items)}
        children: dict[str, list[int]] = defaultdict(list)
        roots, dangling = [], []
        for index, item in enumerate(items):
            parent = item["parent"]
            if parent is None:
                roots.append(index)
            elif parent not in index_of:
                self.problem(
                    f"{section}[{index}].parent",
                    _("names a parent (%(uuid)s) that is not in the file.") % {"uuid": parent},
                )
                dangling.append(index)
            else:
                children[parent].append(index)
        # A node whose parent is missing is read as a root, so what refers to it is still checked.
        order: list[int] = []
        depth = dict.fromkeys(roots + dangling, 0)
        queue = roots + dangling
        while queue:
            index = queue.pop()
            if depth[index] < MAX_DEPTH:
                order.append(index)
            elif depth[index] == MAX_DEPTH:  # reported once, at the first level too many
                self.problem(
                    f"{section}[{index}]", _("the hierarchy is deeper than %(n)d levels.") % {"n": MAX_DEPTH}
                )
            for child in children.get(items[index]["uuid"], []):
                if child not in depth:
                    depth[child] = depth[index] + 1
                    queue.append(child)
        in_cycles = [index for index in range(len(items)) if index not in depth]
        for index in in_cycles:
            self.problem(f"{section}[{index}].parent", _("the parents form a cycle."))
        # Read last (nothing is written anyway), so what refers to them is still checked.
        return sorted(order, key=lambda index: depth[index]) + in_cycles

    def _units(self) -> None:
        items = self.document["units"]
        for index in self._tree_order("units"):
            item = items[index]
            unit = OrgUnit(
                tenant=self.tenant,
                uuid=self.new_uuid(item["uuid"]),
                parent=self.units.get(item["parent"]) if item["parent"] else None,
                name=item["name"],
                short_code=item["short_code"],
                kind=item["kind"],
                position=item["position"],
                origin_uuid=item["origin_uuid"],
            )
            unit.compute_path()
            self.clean(unit, f"units[{index}]", ["tenant", "parent"])
            self.units[item["uuid"]] = unit
        codes = Counter(item["short_code"] for item in items if item["short_code"])
        for code, count in codes.items():
            if count > 1:
                self.problem(
                    "units",
                    _("the short code “%(code)s” is used %(count)d times.") % {"code": code, "count": count},
                )

    def _positions(self) -> None:
        for index, item in enumerate(self.document["positions"]):
            unit = self.units.get(item["unit"])
            if unit is None:
                self.problem(
                    f"positions[{index}].unit",
                    _("names an organisational unit (%(uuid)s) that is not in the file.")
                    % {"uuid": item["unit"]},
                )
                continue
            position = Position(
                tenant=self.tenant,
                uuid=self.new_uuid(item["uuid"]),
                unit=unit,
                name=item["name"],
                pay_group=item["pay_group"],
                fte=Decimal(item["fte"]),
            )
            self.clean(position, f"positions[{index}]", ["tenant", "unit"])
            self.positions[item["uuid"]] = position

    def _folders(self) -> None:
        items = self.document["folders"]
        for index in self._tree_order("folders"):
            item = items[index]
            folder = Folder(
                tenant=self.tenant,
                uuid=self.new_uuid(item["uuid"]),
                parent=self.folders.get(item["parent"]) if item["parent"] else None,
                name=item["name"],
                position=item["position"],
                origin_uuid=item["origin_uuid"],
            )
            folder.compute_path()
            self.clean(folder, f"folders[{index}]", ["tenant", "parent"])
            self.folders[item["uuid"]] = folder

    def _attributes(self) -> None:
        for index, item in enumerate(self.document["attribute_groups"]):
            if item["name"] in self.groups:
                self.problem(
                    f"attribute_groups[{index}].name",
                    _("the group “%(name)s” appears twice.") % {"name": item["name"]},
                )
                continue
            group = AttributeGroup(tenant=self.tenant, name=item["name"], position=item["position"])
            self.clean(group, f"attribute_groups[{index}]", ["tenant"])
            self.groups[item["name"]] = group
        for index, item in enumerate(self.document["attribute_definitions"]):
            path = f"attribute_definitions[{index}]"
            group_of = self.groups.get(item["group"])
            if group_of is None:
                self.problem(
                    f"{path}.group", _("the group “%(name)s” is not in the file.") % {"name": item["group"]}
                )
                continue
            if item["key"] in self.definitions:
                self.problem(
                    f"{path}.key", _("the attribute “%(key)s” appears twice.") % {"key": item["key"]}
                )
                continue
            if item["type"] in _CHOICE_TYPES and not item["choices"]:
                self.problem(f"{path}.choices", _("Give at least one choice, one per line."))
            if item["type"] not in _CHOICE_TYPES and item["choices"]:
                self.problem(f"{path}.choices", _("only choice attributes have choices."))
            definition = AttributeDefinition(
                tenant=self.tenant,
                group=group_of,
                key=item["key"],
                label=item["label"],
                type=item["type"],
                choices=list(item["choices"]),
                required=item["required"],
                help_text=item["help_text"],
                position=item["position"],
            )
            self.clean(definition, path, ["tenant", "group"])
            self.definitions[item["key"]] = definition

    def _context_entries(self) -> None:
        items = self.document["context_entries"]
        for index in self._tree_order("context_entries"):
            item = items[index]
            parent = self.entries.get(item["parent"]) if item["parent"] else None
            if parent is not None and parent[0] != item["kind"]:
                self.problem(
                    f"context_entries[{index}].parent", _("the parent belongs to another catalogue.")
                )
            entry = CatalogEntry(
                uuid=self.new_uuid(item["uuid"]),
                parent=parent[1] if parent else None,
                key=item["key"],
                name=item["name"],
                description=item["description"],
                url=item["url"],
                synonyms=list(item["synonyms"]),
                extra=dict(item["extra"]),
                is_retired=item["retired"],
            )
            entry.compute_path()
            self.clean(entry, f"context_entries[{index}]", ["catalog", "parent", "retired_in"])
            entry.search_document = document_of(entry)
            self.entries[item["uuid"]] = (item["kind"], entry)

    def _profiles(self) -> None:
        items = self.document["profiles"]
        numbers = Counter(item["number"] for item in items)
        file_profiles = {item["uuid"] for item in items}
        lenient = {key: _optional(definition) for key, definition in self.definitions.items()}
        kept: Counter[str] = Counter()
        reported: set[str] = set()
        for index, item in enumerate(items):
            path = f"profiles[{index}]"
            if numbers[item["number"]] > 1 and item["number"] not in reported:
                reported.add(item["number"])
                self.problem(
                    f"{path}.number",
                    _("the process number %(number)s occurs %(count)d times in the file.")
                    % {"number": item["number"], "count": numbers[item["number"]]},
                )
            profile = ProcessProfile(
                tenant=self.tenant,
                uuid=self.new_uuid(item["uuid"]),
                **{field: item[field] for field in SCALARS},
                folder=self._related(self.folders, item, "folder", path),
                owner_unit=self._related(self.units, item, "owner_unit", path),
                process_owner=self._related(self.positions, item, "process_owner", path),
                origin_uuid=item["origin_uuid"],
            )
            for field in DATES:
                setattr(profile, field, self._date(item[field], f"{path}.{field}"))
            profile.attributes = self._attribute_values(item["attributes"], lenient, kept, path)
            self.clean(profile, path, ["tenant", "folder", "owner_unit", "process_owner", "origin_version"])
            self._profile_rules(profile, path)
            for unit in item["participating_units"]:
                if unit in self.units:
                    self.participating.append((item["uuid"], unit))
                else:
                    self.problem(
                        f"{path}.participating_units",
                        _("names an organisational unit (%(uuid)s) that is not in the file.")
                        % {"uuid": unit},
                    )
            for other in item["predecessors"]:
                if other == item["uuid"]:
                    self.problem(f"{path}.predecessors", _("A process cannot precede itself."))
                elif other in file_profiles:
                    self.predecessors.append((item["uuid"], other))
                else:
                    self.problem(
                        f"{path}.predecessors",
                        _("names a process (%(uuid)s) that is not in the file.") % {"uuid": other},
                    )
            for entry in item["context_entries"]:
                if entry in self.entries:
                    self.context_links.append((item["uuid"], entry))
                else:
                    self.problem(
                        f"{path}.context_entries",
                        _("names a context entry (%(uuid)s) that is not in the file.") % {"uuid": entry},
                    )
            if item["from_template"]:
                self.flagged.append(item["uuid"])
            self.profiles[item["uuid"]] = profile
        for key, count in kept.items():
            self.notices.append(
                ngettext(
                    "%(count)d value of the attribute “%(label)s” is no longer among its choices; "
                    "it was kept as it is.",
                    "%(count)d values of the attribute “%(label)s” are no longer among its choices; "
                    "they were kept as they are.",
                    count,
                )
                % {"count": count, "label": self.definitions[key].label}
            )

    def _related(self, objects: dict[str, Any], item: dict[str, Any], field: str, path: str) -> Any:
        value = item[field]
        if value is None:
            return None
        if value not in objects:
            names = {
                "folder": _("names a folder (%(uuid)s) that is not in the file."),
                "owner_unit": _("names an organisational unit (%(uuid)s) that is not in the file."),
                "process_owner": _("names a position (%(uuid)s) that is not in the file."),
            }
            self.problem(f"{path}.{field}", names[field] % {"uuid": value})
            return None
        return objects[value]

    def _date(self, value: str | None, path: str) -> datetime.date | None:
        if value is None:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.problem(path, _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": value})
            return None

    def _attribute_values(
        self,
        values: dict[str, Any],
        definitions: dict[str, AttributeDefinition],
        kept: Counter[str],
        path: str,
    ) -> dict[str, Any]:
        """The cleaned values; a value no longer among its attribute's choices is kept (and counted)."""
        cleaned: dict[str, Any] = {}
        for key, value in values.items():
            definition = definitions.get(key)
            if definition is None:
                self.problem(f"{path}.attributes.{key}", _("this attribute is not defined in the file."))
                continue
            if isinstance(value, list) and definition.type != AttributeType.MULTIPLE_CHOICE:
                self.problem(f"{path}.attributes.{key}", _("must be a single value, not a list."))
                continue
            try:
                value = clean_attribute_value(definition, value)
            except ValidationError as error:
                stale = (definition.type == AttributeType.CHOICE and isinstance(value, str)) or (
                    definition.type == AttributeType.MULTIPLE_CHOICE and isinstance(value, list)
                )
                if not stale:
                    self.problem(f"{path}.attributes.{key}", " ".join(error.messages))
                    continue
                kept[key] += 1
            if value is not None:
                cleaned[key] = value
        return cleaned

    def _profile_rules(self, profile: ProcessProfile, path: str) -> None:
        """The rules ``register.services.profiles`` adds to the model's own (same messages)."""
        if profile.documentation_state == "waived" and not profile.waiver_reason.strip():
            self.problem(f"{path}.waiver_reason", _("Give the reason why the documentation duty is waived."))
        if profile.manual_priority is not None and not profile.priority_reason.strip():
            self.problem(f"{path}.priority_reason", _("Give the reason for the manual priority."))
        if profile.manual_priority is None:
            profile.priority_reason = ""
        if profile.online_assistant_url and not profile.online_assistant:
            self.problem(
                f"{path}.online_assistant_url", _("A link is only possible when an assistant exists.")
            )

    def _catalog_links(self) -> None:
        """Find the global catalogue entries named by key (or, without a key, by name) here."""
        wanted: dict[tuple[str, str], list[str]] = defaultdict(list)  # (kind, identity) → profiles
        for item in self.document["profiles"]:
            for ref in item["catalog_entries"]:
                wanted[(ref["catalog"], identity(key=ref["key"], name=ref.get("name", "")))].append(
                    item["uuid"]
                )
        if not wanted:
            return
        kinds = sorted({kind for kind, _ident in wanted})
        keys = sorted({ident for _kind, ident in wanted if not ident.startswith("name:")})
        rows: list[tuple[Any, ...]] = []
        fields = ("pk", "catalog__kind", "key", "name", "synonyms", "is_retired")
        entries = CatalogEntry.objects.filter(catalog__tenant__isnull=True, catalog__kind__in=kinds)
        for chunk in chunks(keys):
            rows.extend(entries.filter(key__in=chunk).values_list(*fields))
        if any(ident.startswith("name:") for _kind, ident in wanted):
            rows.extend(entries.filter(key="").values_list(*fields))
        found: dict[tuple[str, str], tuple[Any, ...]] = {}
        # Where a catalogue holds an identity twice, an entry still in use wins, then the oldest.
        for row in sorted(rows, key=lambda r: (r[5], r[0]), reverse=True):
            found[(row[1], identity(key=row[2], name=row[3]))] = row
        unknown: dict[str, list[str]] = defaultdict(list)
        for (kind, ident), profiles in wanted.items():
            match = found.get((kind, ident))
            if match is None:
                unknown[kind].append(ident.removeprefix("name:"))
                continue
            self.global_texts[match[0]] = [match[2], match[3], *(match[4] or [])]
            self.global_links.extend((profile, match[0]) for profile in profiles)
        for kind, idents in sorted(unknown.items()):
            shown = ", ".join(sorted(idents)[:10]) + (" …" if len(idents) > 10 else "")
            message = _(
                "Entries of the catalogue “%(catalog)s” that are not known in this installation "
                "(%(count)d): %(keys)s. Import the catalogue (or its newer version) first."
            )
            self.problem(
                "profiles.catalog_entries",
                message % {"count": len(idents), "catalog": str(CatalogKind(kind).label), "keys": shown},
            )

    def _scheme(self) -> None:
        data = self.document["scoring_scheme"]
        if data is None:
            return
        # Throwaway copies with distinct ids: specs_validate tells criteria apart by their attribute's id.
        stand_ins = {}
        for number, (key, definition) in enumerate(self.definitions.items(), start=1):
            stand_in = copy.copy(definition)
            stand_in.pk = -number
            stand_ins[key] = stand_in
        specs = []
        for index, item in enumerate(data["criteria"]):
            attribute = None
            if item["attribute"] is not None:
                attribute = stand_ins.get(item["attribute"])
                if attribute is None:
                    self.problem(
                        f"scoring_scheme.criteria[{index}].attribute",
                        _("the attribute “%(key)s” is not in the file.") % {"key": item["attribute"]},
                    )
                    return
            specs.append(
                CriterionSpec(
                    kind=item["kind"],
                    weight=item["weight"],
                    points=item["points"],
                    missing_points=item["missing_points"],
                    attribute=attribute,
                )
            )
        try:
            specs_validate(tenant=self.tenant, specs=specs)
        except ValidationError as error:
            for message in error.messages:
                self.problem("scoring_scheme", message)
            return
        self.scheme = data

    def _origin(self) -> None:
        self.origin = self.document["template_origin"]
        if self.origin is None:
            if self.flagged:
                self.problem(
                    "profiles",
                    ngettext(
                        "%(count)d process is marked “from_template”, but the file names no template origin.",
                        "%(count)d processes are marked “from_template”, "
                        "but the file names no template origin.",
                        len(self.flagged),
                    )
                    % {"count": len(self.flagged)},
                )
            return
        self.origin_version = TemplateVersion.objects.filter(uuid=self.origin["version_uuid"]).first()
        if self.origin_version is None:
            self.notices.append(
                _(
                    "The template the register came from (“%(template)s”, version %(version)d) is not "
                    "known in this installation; the origin is kept with this import."
                )
                % {"template": self.origin["template"], "version": self.origin["version"]}
            )


def _optional(definition: AttributeDefinition) -> AttributeDefinition:
    """The definition without its ``required``: the exported register may lack values it asks for."""
    optional = copy.copy(definition)
    optional.required = False
    return optional
