"""Placeholder until implemented."""


def overview(request):  # type: ignore[no-untyped-def]
    raise NotImplementedError
