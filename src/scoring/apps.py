from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScoringConfig(AppConfig):
    name = "scoring"
    verbose_name = _("Prioritisation")

    def ready(self) -> None:
        # Register's writes keep the stored scores fresh, and templates carry the scheme (register/hooks.py).
        from register import hooks
        from scoring import panels, services

        hooks.on_profiles_changed(services.scores_after_profiles_changed)
        hooks.on_attribute_change(services.attribute_type_check)
        hooks.add_snapshot_section(services.SNAPSHOT_SECTION)
        hooks.add_profile_panel(panels.score_panel)
