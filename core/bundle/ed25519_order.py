"""Ed25519 point decoding and a small-order test, in plain integers (RFC 8032 §5.1).

Why: cryptography (OpenSSL) verifies signatures under any public key that
decodes, including the eight points whose order divides 8. Under the identity
point ``01 00 … 00`` the signature ``01 00 … 00 | 00 … 00`` verifies for every
message, so a file "signed" that way needs no private key at all.
:func:`core.bundle.keys.decode_public_key` refuses such keys with this module.

Nothing here is secret and it runs once per file, so the arithmetic is the
textbook one: neither constant-time nor fast.
"""

from __future__ import annotations

__all__ = ["Point", "decode_point", "has_small_order"]

P = 2**255 - 19
D = -121665 * pow(121666, -1, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)  # a square root of -1 mod p

# Extended coordinates (X, Y, Z, T): x = X/Z, y = Y/Z, x·y = T/Z.
Point = tuple[int, int, int, int]


def decode_point(raw: bytes) -> Point | None:
    """The point a 32-byte encoding names (RFC 8032 §5.1.3), or None if it names none.

    Non-canonical encodings are refused as well: y ≥ p, and x = 0 with the sign bit set.
    """
    if len(raw) != 32:
        return None
    n = int.from_bytes(raw, "little")
    sign = n >> 255
    y = n & ((1 << 255) - 1)
    if y >= P:
        return None
    # x² = u/v; candidate root x = u·v³·(u·v⁷)^((p-5)/8). v is never 0: d is not a square.
    u = (y * y - 1) % P
    v = (D * y * y + 1) % P
    x = u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P) % P
    vxx = v * x * x % P
    if vxx == u:
        pass
    elif vxx == (-u) % P:
        x = x * SQRT_M1 % P
    else:
        return None  # u/v is not a square: no point has this y
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


def _double(point: Point) -> Point:
    """2·point (RFC 8032 §5.1.4); complete on this curve, small-order points included."""
    x1, y1, z1, _ = point
    a = x1 * x1 % P
    b = y1 * y1 % P
    c = 2 * z1 * z1 % P
    h = (a + b) % P
    e = (h - (x1 + y1) * (x1 + y1)) % P
    g = (a - b) % P
    f = (c + g) % P
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def has_small_order(point: Point) -> bool:
    """Whether 8·point is the identity: one of the eight points of order 1, 2, 4 or 8."""
    for _ in range(3):
        point = _double(point)
    x, y, z, _ = point
    return x == 0 and y == z
