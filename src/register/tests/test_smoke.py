from django.urls import reverse

from register.tests.factories import ProfileFactory


def test_the_register_lists_profiles_of_the_tenant(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    ProfileFactory(tenant=cast.other_tenant, name="Geheimer Prozess")
    response = cast.client_for(cast.viewer).get(reverse("register:profile_list", args=["teststadt"]))
    assert response.status_code == 200
    assert "Hund anmelden" in response.content.decode()
    assert "Geheimer Prozess" not in response.content.decode()
