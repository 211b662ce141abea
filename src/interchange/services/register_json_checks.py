"""Checks of a register file before anything is read into objects: size, encoding, JSON syntax, format and
version, the JSON Schema (docs/schemas/register-v1.schema.json), with every problem as a German sentence that
names its place in the file (``profiles[3].case_count``)."""

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from catalogues.models import CatalogEntry
from organisation.models import OrgUnit, Position
from register.models import AttributeDefinition, AttributeGroup, Folder, ProcessProfile
from tenants.models import Tenant

FORMAT = "offene-prozessplattform/register"
VERSION = 1
SCHEMA_FILE = "register-v1.schema.json"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PROBLEMS = 100
LOOKUP_CHUNK = 2000  # values per ``IN (…)`` when looking UUIDs and keys up
# Models whose rows must not exist yet for an import (as for a template): the register is empty.
_REGISTER_MODELS: tuple[type[models.Model], ...] = (
    ProcessProfile,
    OrgUnit,
    Folder,
    AttributeGroup,
    AttributeDefinition,
)


def limited(problems: list[str]) -> list[str]:
    """The problems without repeats, at most MAX_PROBLEMS of them and a note when there are more."""
    unique = list(dict.fromkeys(problems))
    if len(unique) <= MAX_PROBLEMS:
        return unique
    more = _("Only the first %(n)d problems are shown; correct them and check the file again.")
    return [*unique[:MAX_PROBLEMS], more % {"n": MAX_PROBLEMS}]


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def parse_register_file(data: bytes) -> dict[str, Any]:
    """The file as JSON data, after the size, encoding, syntax, format and version checks (else a
    ValidationError with one German message)."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if not data.strip():
        raise ValidationError(_("The file is empty."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("The file is not encoded as UTF-8 (at byte %(position)d). Save it as UTF-8 and try again.")
            % {"position": error.start + 1}
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()):
            message = _(
                "The file ends too early (line %(line)d): it seems to be incomplete. Export it again."
            ) % {"line": error.lineno}
        else:
            message = _("The file is not valid JSON: error in line %(line)d, column %(column)d.") % {
                "line": error.lineno,
                "column": error.colno,
            }
        raise ValidationError(message) from None
    except RecursionError:
        raise ValidationError(_("The file is nested too deeply to be a register file.")) from None
    except ValueError:  # NaN, Infinity or a number with thousands of digits
        raise ValidationError(_("The file contains a number that JSON does not allow.")) from None
    if not isinstance(document, dict):
        raise ValidationError(
            _("The file does not contain a register: a JSON object with “format” and “version” is expected.")
        )
    if document.get("format") != FORMAT:
        raise ValidationError(
            _("This is not a register file of the Open Process Platform: “format” must be “%(format)s”.")
            % {"format": FORMAT}
        )
    version = document.get("version")
    if isinstance(version, bool) or version != VERSION:
        shown = version if isinstance(version, int | str) and not isinstance(version, bool) else "?"
        raise ValidationError(
            _("The file has version %(version)s; this installation reads version %(supported)d.")
            % {"version": str(shown)[:20], "supported": VERSION}
        )
    return document


@lru_cache(maxsize=1)
def register_schema() -> dict[str, Any]:
    """The published JSON Schema of the format (docs/schemas/register-v1.schema.json)."""
    path = settings.BASE_DIR / "docs" / "schemas" / SCHEMA_FILE
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    # The same schema with every local "$ref" replaced by its definition: resolving references at run
    # time took a third of the validation of a large file.
    schema = register_schema()
    return Draft202012Validator(_inlined(schema, schema.get("$defs", {})))


def _inlined(node: Any, definitions: dict[str, Any]) -> Any:
    """A schema (without recursive definitions) with its ``#/$defs/…`` references written out."""
    if isinstance(node, list):
        return [_inlined(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _inlined(value, definitions) for key, value in node.items() if key != "$ref"}
    reference = node.get("$ref")
    if not isinstance(reference, str) or not reference.startswith("#/$defs/"):
        if reference is not None:
            result["$ref"] = reference
        return result
    target = _inlined(definitions[reference.removeprefix("#/$defs/")], definitions)
    if set(target) & set(result):  # both constrain the same keyword: both must hold
        return {"allOf": [result, target]}
    return {**result, **target}


def schema_problems(document: dict[str, Any]) -> list[str]:
    try:
        errors = list(islice(_validator().iter_errors(document), MAX_PROBLEMS + 1))
    except RecursionError:
        return [_("The file is nested too deeply to be a register file.")]
    return [at(_json_path(error.absolute_path), _schema_message(error)) for error in errors]


def _json_path(parts: Iterable[str | int]) -> str:
    """A place in the file as ``profiles[3].case_count``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def at(path: str, problem: str) -> str:
    return _("%(path)s: %(problem)s") % {"path": path or _("file"), "problem": problem}


_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _type_names() -> dict[str, str]:
    return {
        "string": _("text"),
        "integer": _("a whole number"),
        "number": _("a number"),
        "boolean": _("true or false"),
        "array": _("a list"),
        "object": _("an object"),
        "null": _("null (empty)"),
    }


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"


def _schema_message(error: SchemaError) -> str:
    """A JSON Schema error as a German sentence (without its place)."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        names = _type_names()
        types = expected if isinstance(expected, list) else [expected]
        return _("must be %(expected)s.") % {"expected": _(" or ").join(str(names.get(t, t)) for t in types)}
    if kind == "required":
        missing = [name for name in expected if isinstance(value, dict) and name not in value]
        return ngettext(
            "the field %(names)s is missing.", "the fields %(names)s are missing.", len(missing)
        ) % {"names": ", ".join(missing)}
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
        unknown = sorted(set(value) - known) if isinstance(value, dict) else []
        return ngettext("unknown field %(names)s.", "unknown fields %(names)s.", len(unknown)) % {
            "names": ", ".join(unknown)
        }
    if kind == "enum":
        return _("“%(value)s” is not allowed; allowed are: %(allowed)s.") % {
            "value": _shown(value),
            "allowed": ", ".join(_shown(v) for v in expected),
        }
    if kind == "const":
        return _("must be “%(value)s”.") % {"value": _shown(expected)}
    if kind == "pattern":
        if expected == _UUID_PATTERN:
            return _("“%(value)s” is not a UUID (written like 3f2b8c1e-5d4a-4b6f-9a0e-1c2d3e4f5a6b).") % {
                "value": _shown(value)
            }
        if expected == _DATE_PATTERN:
            return _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": _shown(value)}
        return _("“%(value)s” does not have the expected form.") % {"value": _shown(value)}
    if kind == "minLength":
        return _("must not be empty.") if expected == 1 else _("is too short.")
    if kind == "maxLength":
        return _("is longer than %(max)d characters.") % {"max": expected}
    if kind == "minimum":
        return _("must be at least %(min)s.") % {"min": expected}
    if kind == "maximum":
        return _("must be at most %(max)s.") % {"max": expected}
    if kind == "uniqueItems":
        return _("contains the same value twice.")
    if kind == "maxItems":
        return _("has more than %(max)d entries.") % {"max": expected}
    if kind == "minItems":
        return ngettext("needs at least %(min)d entry.", "needs at least %(min)d entries.", expected) % {
            "min": expected
        }
    return _("is not valid (rule “%(rule)s”).") % {"rule": kind}


def register_is_empty(tenant: Tenant) -> bool:
    register = any(model.objects.for_tenant(tenant).exists() for model in _REGISTER_MODELS)  # type: ignore[attr-defined]
    return not register and not CatalogEntry.objects.filter(catalog__tenant=tenant).exists()


def not_empty_message(tenant: Tenant) -> str:
    message = _(
        "The register of %(tenant)s is not empty. "
        "A register file can only be imported into an empty register."
    )
    return message % {"tenant": tenant.name}


def chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), LOOKUP_CHUNK):
        yield values[start : start + LOOKUP_CHUNK]


def uuids_taken(document: dict[str, Any]) -> bool:
    """Whether any UUID of the file already exists here (then the import gives everything new UUIDs)."""
    sections: list[tuple[Any, str]] = [
        (OrgUnit.objects.unscoped(), "units"),
        (Position.objects.unscoped(), "positions"),
        (Folder.objects.unscoped(), "folders"),
        (CatalogEntry.objects.all(), "context_entries"),
        (ProcessProfile.objects.unscoped(), "profiles"),
    ]
    for queryset, section in sections:
        uuids = list({item["uuid"] for item in document[section]})
        if any(queryset.filter(uuid__in=chunk).exists() for chunk in chunks(uuids)):
            return True
    return False
