"""Placeholder until implemented."""


def import_template(request):  # type: ignore[no-untyped-def]
    raise NotImplementedError


register_view_export = register_export = import_template
