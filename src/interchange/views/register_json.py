"""Placeholder until implemented."""


def register_json_export(request):  # type: ignore[no-untyped-def]
    raise NotImplementedError


register_json_import = register_json_export
