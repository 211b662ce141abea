from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModellingConfig(AppConfig):
    name = "modelling"
    verbose_name = _("Process models")

    def ready(self) -> None:
        from modelling.panels import model_panel, model_print_section
        from register.hooks import add_print_section, add_profile_panel

        add_profile_panel(model_panel)
        add_print_section(model_print_section)
