"""manage.py scale_populate: many authorities with registers from the template, for the benchmark."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from demo.scale import scale_populate


class Command(BaseCommand):
    help = (
        "Legt Benchmark-Mandanten bench-001, bench-002, … aus der Vorlage an, bis sie zusammen mindestens "
        "--profiles Prozesssteckbriefe enthalten (reproduzierbar über --seed; fehlende werden ergänzt)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--profiles", type=int, required=True, help="Mindestzahl der Steckbriefe")
        parser.add_argument("--seed", type=int, default=1, help="Startwert der Zufallsvariation (Standard 1)")

    def handle(self, *args: Any, **options: Any) -> None:
        def progress(slug: str, count: int, seconds: float) -> None:
            self.stdout.write(f"  {slug}: {count} Steckbriefe in {seconds:.2f} s")

        result = scale_populate(profiles=options["profiles"], seed=options["seed"], progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.tenants_created} Mandanten neu angelegt; {result.bench_tenants} Benchmark-Mandanten"
                f" mit {result.bench_profiles} Steckbriefen, {result.all_profiles} Steckbriefe insgesamt "
                f"({result.seconds:.1f} s)."
            )
        )
