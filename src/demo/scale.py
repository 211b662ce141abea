"""Scale data for the benchmark: many authorities, each with its own register from the template.

``scale_populate(profiles=N)`` adds tenants ``bench-001``, ``bench-002``, … until they hold at least N
profiles. Each is instantiated from the demo template with the real service and then tailored the way a
municipality would: its own case counts (scaled by its size class), digitalisation levels (some not yet
collected), processes marked not relevant, processes handed to other units, and values of the custom
attributes. Everything is seeded (``seed`` and the tenant's slug), so the same call builds the same data,
and it is written in bulk: one batched UPDATE per tenant, never one save per row.
"""

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from core.bulk import update_rows
from demo.services import DEMO_PASSWORD, demo_template
from organisation.models import OrgUnit
from register.models import ProcessProfile, TemplateVersion
from register.services.templates import template_instantiate
from scoring.services import scores_recompute
from tenants.choices import Role, SizeClass, TenantKind
from tenants.models import Membership, Tenant

PREFIX = "bench-"
# Cases per year relative to the template's municipality of 5,000–20,000 inhabitants.
CASE_FACTOR = {
    SizeClass.GK_5000: 0.4,
    SizeClass.GK_5000_V: 0.35,
    SizeClass.GK_10000: 0.8,
    SizeClass.GK_20000: 1.5,
    SizeClass.GK_50000: 3.0,
    SizeClass.GK_100000: 6.0,
    SizeClass.GK_100001: 12.0,
}
SIZE_WEIGHTS = [30, 10, 25, 18, 10, 5, 2]  # small municipalities are the many
ROLES = (("admin", Role.ADMINISTRATOR), ("modellierer", Role.MODELLER), ("betrachter", Role.VIEWER))
PAYMENT_METHODS = ["bar", "EC-Karte", "Überweisung", "E-Payment"]
REMARKS = [
    "",
    "",
    "Wird mit der Nachbargemeinde gemeinsam bearbeitet.",
    "Fallzahl geschätzt, Erhebung im nächsten Quartal.",
    "Online-Antrag in Vorbereitung.",
    "Zuständigkeit wird im Zuge der Reorganisation geprüft.",
]


@dataclass(frozen=True)
class ScaleResult:
    """What a run did and what the database holds afterwards."""

    tenants_created: int
    bench_tenants: int
    bench_profiles: int
    all_profiles: int
    seconds: float


def bench_slug(index: int) -> str:
    return f"{PREFIX}{index:03d}"


def scale_populate(
    *, profiles: int, seed: int = 1, progress: Callable[[str, int, float], None] | None = None
) -> ScaleResult:
    """Add bench tenants until they hold at least ``profiles`` profiles (at least one tenant)."""
    started = time.perf_counter()
    version = demo_template()
    per_tenant = max(1, version.profile_count)
    wanted = max(1, math.ceil(profiles / per_tenant))
    existing = set(Tenant.objects.filter(slug__startswith=PREFIX).values_list("slug", flat=True))
    missing = [index for index in range(1, wanted + 1) if bench_slug(index) not in existing]
    # One Argon2 hash for every bench user: hashing per user would cost more than the registers.
    password_hash = make_password(DEMO_PASSWORD) if missing else ""
    for index in missing:
        tenant_started = time.perf_counter()
        tenant = _bench_tenant(index, version, seed, password_hash)
        if progress is not None:
            count = ProcessProfile.objects.for_tenant(tenant).count()
            progress(tenant.slug, count, time.perf_counter() - tenant_started)
    bench = Tenant.objects.filter(slug__startswith=PREFIX)
    return ScaleResult(
        tenants_created=len(missing),
        bench_tenants=bench.count(),
        bench_profiles=ProcessProfile.all_tenants.filter(tenant__in=bench).count(),
        all_profiles=ProcessProfile.all_tenants.count(),
        seconds=time.perf_counter() - started,
    )


@transaction.atomic
def _bench_tenant(index: int, version: TemplateVersion, seed: int, password_hash: str) -> Tenant:
    slug = bench_slug(index)
    rng = random.Random(f"{seed}-{slug}")
    size_class = rng.choices(list(CASE_FACTOR), weights=SIZE_WEIGHTS)[0]
    tenant = Tenant.objects.create(
        slug=slug,
        name=f"Gemeinde Bench {index:03d}",
        kind=TenantKind.MUNICIPALITY,
        size_class=size_class,
    )
    template_instantiate(tenant=tenant, version=version, actor=None)
    _tailor(tenant, rng, CASE_FACTOR[size_class])
    _members(tenant, password_hash)
    return tenant


def _tailor(tenant: Tenant, rng: random.Random, case_factor: float) -> None:
    """Give the copied register this tenant's own figures, relevance, units and attribute values."""
    units = list(OrgUnit.objects.for_tenant(tenant).filter(depth__gte=1).values_list("pk", flat=True))
    not_relevant_share = rng.uniform(0.10, 0.25)
    profiles = list(
        ProcessProfile.objects.for_tenant(tenant)
        .only("pk", "number", "case_count", "processing_minutes", "owner_unit_id", "attributes")
        .order_by("number")
    )
    for profile in profiles:
        if profile.case_count is not None:
            profile.case_count = max(0, round(profile.case_count * case_factor * rng.uniform(0.6, 1.4)))
        if profile.processing_minutes is not None:
            profile.processing_minutes = max(1, round(profile.processing_minutes * rng.uniform(0.7, 1.3)))
        profile.digitalisation_level = None if rng.random() < 0.10 else rng.choice([0, 1, 1, 2, 2, 3, 4])
        profile.relevant = rng.random() >= not_relevant_share
        if units and rng.random() < 0.05:
            profile.owner_unit_id = rng.choice(units)
        profile.attributes = _attributes(profile.attributes, rng)
    # Through the driver: Django's bulk_update builds a CASE per field and row, which costs more than the
    # whole template copy.
    update_rows(
        ProcessProfile,
        profiles,
        ["case_count", "processing_minutes", "digitalisation_level", "relevant", "owner_unit", "attributes"],
    )
    scores_recompute(tenant=tenant)


def _attributes(values: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    varied = dict(values)
    varied["gebuehrenpflichtig"] = rng.random() < 0.6
    varied["zahlungsart"] = sorted(rng.sample(PAYMENT_METHODS, rng.randint(1, 3)), key=PAYMENT_METHODS.index)
    remark = rng.choice(REMARKS)
    if remark:
        varied["bemerkung"] = remark
    else:
        varied.pop("bemerkung", None)
    return varied


def _members(tenant: Tenant, password_hash: str) -> None:
    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        [
            user_model(
                username=f"{tenant.slug}-{suffix}",
                first_name="Bench",
                last_name=suffix,
                password=password_hash,
            )
            for suffix, _role in ROLES
        ]
    )
    Membership.objects.bulk_create(
        [
            Membership(tenant=tenant, user=user, role=role)
            for user, (_suffix, role) in zip(users, ROLES, strict=True)
        ]
    )
