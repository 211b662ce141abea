"""manage.py import_bpmn: import BPMN files as the import page does, with the same checks. Every problem goes
to stderr; then the exit code is 1 and nothing is written.

    manage.py import_bpmn anmeldung.bpmn --tenant musterstadt --profile P-0001
    manage.py import_bpmn modelle/*.bpmn --tenant musterstadt --create-profiles --user mmuster
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from modelling.services.imports import (
    BpmnImportError,
    ImportFile,
    bpmn_files_check,
    import_summary,
    models_import,
    upload_limit_problems,
)
from register.models import ProcessProfile
from tenants.management.lookup import tenant_by_slug
from tenants.models import Membership, Tenant


class Command(BaseCommand):
    help = (
        "Import BPMN 2.0 files: as models of one process (--profile NUMBER) or as new processes, one per "
        "process or participant in the files (--create-profiles). If any file is refused, nothing is written."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="BPMN files (.bpmn, .xml)")
        parser.add_argument("--tenant", required=True, help="slug of the authority")
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--profile", metavar="NUMBER", help="number of the process the models belong to")
        target.add_argument(
            "--create-profiles", action="store_true", help="create one process per process or participant"
        )
        parser.add_argument("--user", metavar="USERNAME", help="recorded as the author of the versions")

    def handle(self, *args: Any, **options: Any) -> None:
        # The messages in the language of the user interface (commands start without one).
        with translation.override(settings.LANGUAGE_CODE):
            tenant = tenant_by_slug(options["tenant"])
            user = _user(tenant, options["user"]) if options["user"] else None
            profile = _profile(tenant, options["profile"]) if options["profile"] else None
            files, problems = self._read(options["files"])
            if problems and files:
                problems += bpmn_files_check(files).problems  # every problem at once, not one run per fix
            if not problems:
                try:
                    result = models_import(
                        tenant=tenant,
                        user=user,
                        files=files,
                        profile=profile,
                        create_profiles=profile is None,
                    )
                except BpmnImportError as error:
                    problems = error.problems
            if problems:
                for problem in problems:
                    self.stderr.write(problem)
                raise CommandError(_("The files were not imported; nothing was changed."))
            for imported in result.files:
                for entry in imported.models:
                    notes = ngettext("%(count)d note", "%(count)d notes", entry.findings) % {
                        "count": entry.findings
                    }
                    self.stdout.write(
                        f"{imported.name} → {entry.profile.number} {entry.profile.name}: "
                        f"{entry.model.name} ({notes})"
                    )
            self.stdout.write(self.style.SUCCESS(import_summary(result)))

    def _read(self, paths: list[Path]) -> tuple[list[ImportFile], list[str]]:
        """The files' contents, or every reason why they cannot be read (none is read when they are too many
        or too large together; a single file too large is refused by the import, naming it)."""
        sizes = [path.stat().st_size if path.is_file() else 0 for path in paths]
        problems = upload_limit_problems(len(paths), sum(sizes))
        if problems:
            return [], problems
        files = []
        for path in paths:
            if not path.is_file():
                problems.append(_("There is no file %(path)s.") % {"path": path})
                continue
            try:
                files.append(ImportFile(name=path.name, data=path.read_bytes()))
            except OSError as error:
                problems.append(
                    _("The file %(path)s cannot be read: %(reason)s")
                    % {"path": path, "reason": error.strerror}
                )
        return files, problems


def _user(tenant: Tenant, username: str) -> User:
    user = get_user_model().objects.filter(username=username).first()
    if user is None or not Membership.objects.filter(tenant=tenant, user=user).exists():
        raise CommandError(
            _("The authority “%(tenant)s” has no member with the user name “%(username)s”.")
            % {"tenant": tenant.slug, "username": username}
        )
    return user


def _profile(tenant: Tenant, number: str) -> ProcessProfile:
    profile = ProcessProfile.objects.for_tenant(tenant).filter(number=number.strip()).first()
    if profile is None:
        raise CommandError(
            _("There is no process with the number “%(number)s” in this register.") % {"number": number}
        )
    return profile
