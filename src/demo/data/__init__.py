"""Example data (Beispieldaten) for the demo Musterprozessregister.

Our own invented data, not official catalogues.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CatalogItem:
    """One entry of a hierarchical catalogue (LeiKa, OZG, KGSt, Rechnungshof, product plan)."""

    key: str
    name: str
    parent_key: str | None = None
    description: str = ""
    synonyms: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitItem:
    """An organisational unit of the model organigram."""

    code: str
    name: str
    kind: str  # "dezernat" | "amt" | "sachgebiet"
    parent_code: str | None
    positions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContextItem:
    """An entry of an authority's own context catalogue (documents, IT systems, laws, partners)."""

    name: str
    description: str = ""
    url: str = ""


@dataclass(frozen=True)
class ProfileItem:
    """A process profile of the example Musterprozessregister."""

    number: str
    name: str
    short_description: str
    process_type: str  # "fuehrung" | "kern" | "unterstuetzung"
    folder: tuple[str, ...]
    owner_unit: str
    participating_units: tuple[str, ...]
    trigger: str
    result: str
    addressees: tuple[str, ...]
    ozg_topic: str
    case_count: int | None
    processing_minutes: int | None
    lead_time_days: int | None
    digitalisation_level: int | None
    online_assistant: bool
    online_assistant_url: str
    recommended: bool
    leika_keys: tuple[str, ...]
    ozg_id: str | None
    kgst_key: str | None
    srh_key: str | None
    documents: tuple[str, ...]
    legal_bases: tuple[str, ...]
    it_systems: tuple[str, ...]
