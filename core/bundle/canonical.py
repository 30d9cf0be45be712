"""Canonical JSON out, strict JSON in.

Out: sorted keys, no spaces, UTF-8 (Thai stays readable), so the same content
always gives the same bytes and hashes. In: duplicate keys and NaN/Infinity are
refused, because two parsers could disagree on what such a document says.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["StrictJSONError", "canonical_json", "strict_loads"]


class StrictJSONError(ValueError):
    """The bytes are not one well-formed, unambiguous UTF-8 JSON document."""


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # built in C; a shorter dict means a key came twice (the common case stays fast)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJSONError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _no_constants(name: str) -> Any:
    raise StrictJSONError(f"{name} is not allowed")


def strict_loads(data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StrictJSONError("not UTF-8") from exc
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise StrictJSONError(f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise StrictJSONError("nested too deeply") from exc
    except ValueError as exc:  # an integer longer than Python converts (sys.int_info.str_digits_check_threshold)
        raise StrictJSONError(f"a number is too long: {exc}") from exc
