from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from register.models import ProcessProfile
from register.tests.factories import ProfileFactory
from scoring.selectors import scheme_for

pytestmark = pytest.mark.django_db


def test_it_scores_every_profile_and_creates_the_default_scheme(cast):
    ProfileFactory(tenant=cast.tenant, recommended=True)
    ProfileFactory(tenant=cast.other_tenant)
    assert scheme_for(cast.tenant) is None
    out = StringIO()
    call_command("recompute_scores", stdout=out)
    assert scheme_for(cast.tenant) is not None and scheme_for(cast.other_tenant) is not None
    assert not ProcessProfile.all_tenants.filter(score__isnull=True).exists()
    assert "teststadt: Standardschema angelegt, alle Prozesse bewertet" in out.getvalue()


def test_it_recomputes_one_tenant_and_reports_nothing_changed_the_second_time(cast):
    ProfileFactory(tenant=cast.tenant)
    call_command("recompute_scores", "--tenant", "teststadt", stdout=StringIO())
    out = StringIO()
    call_command("recompute_scores", "--tenant", "teststadt", stdout=out)
    assert "teststadt: 0 Scores geändert" in out.getvalue()
    assert scheme_for(cast.other_tenant) is None


def test_an_unknown_tenant_is_an_error():
    with pytest.raises(CommandError, match="Keine Behörde"):
        call_command("recompute_scores", "--tenant", "gibt-es-nicht", stdout=StringIO())
