"""Numbers as German users type them: ``1.200`` is twelve hundred, ``2,5`` two and a half."""

import re
from decimal import Decimal, InvalidOperation

_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")  # 1.200 or 12.000,5
_PLAIN = re.compile(r"^[+-]?\d+([,.]\d+)?$")  # 1200, 2,5 and 2.5


def grouped(value: int) -> str:
    """A whole number with German thousands separators: ``1200`` → ``"1.200"``."""
    return f"{value:,}".replace(",", ".")


def parse_german_number(text: str) -> Decimal | None:
    """The number in ``text``, or None when it is not one (empty text included).

    Spaces (also narrow no-break spaces) group digits; dots group thousands when every group has three
    digits, else a single dot is a decimal point as in ``2.5``.
    """
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text or "")
    if not cleaned:
        return None
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(".", "")
    elif not _PLAIN.match(cleaned):
        return None
    try:
        number = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
