"""manage.py load_demo: create the demo (idempotent) and print the logins."""

from typing import Any

from django.core.management.base import BaseCommand

from demo.services import demo_load


class Command(BaseCommand):
    help = "Loads the demo (example catalogues, template, Musterstadt, Neudorf, users) and prints the logins."

    def handle(self, *args: Any, **options: Any) -> None:
        summary = demo_load()
        for line in summary.created:
            self.stdout.write(f"  angelegt: {line}")
        if not summary.created:
            self.stdout.write("  Demo-Daten sind bereits vollständig vorhanden.")
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS("Demo: http://127.0.0.1:8000/  –  Anmeldedaten (Benutzer / Passwort):")
        )
        for username, password, roles in summary.logins:
            self.stdout.write(f"  {username:<12} {password:<15} {roles}")
        self.stdout.write("")
