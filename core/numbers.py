"""Exact-to-display conversions. Compute with fractions; round only when showing."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

__all__ = ["fmt_bytes", "fmt_number", "fmt_signed", "round_half_away"]


def round_half_away(x: Fraction | Decimal | int, places: int = 1) -> Decimal:
    """Round half away from zero, exactly: 93.75 → 93.8, -0.05 → -0.1, 45.4545… → 45.5."""
    f = Fraction(x)
    # floor(|x|·10^p + ½) in integers: ⌊(2n + d) / 2d⌋ with n/d = |x|·10^p (Fraction arithmetic is slow).
    n, d = abs(f.numerator) * 10**places, f.denominator
    magnitude = (2 * n + d) // (2 * d)
    signed = -magnitude if f < 0 else magnitude
    return Decimal(signed).scaleb(-places)


def fmt_number(x: Fraction | Decimal | int, places: int = 1) -> str:
    value = round_half_away(x, places)
    return f"{value:.{places}f}" if value != 0 else f"{Decimal(0):.{places}f}"


def fmt_signed(x: Fraction | Decimal | int, places: int = 1) -> str:
    """A delta with its sign: +3.0, -12.0, and 0.0 for zero."""
    value = round_half_away(x, places)
    if value == 0:
        return f"{Decimal(0):.{places}f}"
    return f"{value:+.{places}f}"


def fmt_bytes(n: int) -> str:
    """A file size for people: 512 B, 18.4 KB, 3.2 MB."""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
