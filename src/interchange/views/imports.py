"""Placeholder until implemented."""


def import_upload(request):  # type: ignore[no-untyped-def]
    raise NotImplementedError


import_preview = import_mapping = import_progress = import_discard = import_upload
