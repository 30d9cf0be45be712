"""Hard limits on what a submission file may contain, checked before anything is decompressed."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "Limits"]

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_archive_bytes: int = 1200 * MiB  # the .kao file itself, as it lies on disk
    max_members: int = 2000
    max_total_bytes: int = 1024 * MiB  # all members, uncompressed
    max_evidence_bytes: int = 50 * MiB  # one evidence file
    max_json_bytes: int = 16 * MiB  # answers.json, audit.json
    max_manifest_bytes: int = 1 * MiB
    max_ratio: int = 200  # uncompressed ÷ compressed, for members above ratio_floor_bytes
    ratio_floor_bytes: int = 64 * 1024  # tiny members compress absurdly well and are harmless
    max_in_memory_bytes: int = 64 * MiB  # a larger file is verified from a temporary copy, not in memory


DEFAULT_LIMITS = Limits()
