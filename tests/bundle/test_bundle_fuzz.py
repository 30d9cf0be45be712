"""Fuzzing the reader with mutated copies of a valid file (hypothesis).

The property, for every mutation: read_submission either refuses the file
with a BundleError (never any other exception), or accepts it only when the
content is unchanged. Two kinds of mutation:

- a few raw edits to the file's bytes: accepted only if the bytes come out
  identical to the original. The container checks (fixed headers, contiguous
  layout, deflate streams that end exactly where declared) catch such edits;
- one member's content edited and the file packed again: accepted only if
  that content is unchanged.

What is signed is the manifest, which gives each member's SHA-256 and size:
the content, not the zip container. A file unpacked and zipped again with
other compression is a different file with the same content, and is
accepted by design.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.bundle.errors import BundleError
from core.bundle.keys import SigningKey
from core.bundle.reader import read_submission
from tests.bundle.factory import members_of, pack, write_example

pytestmark = pytest.mark.slow
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    path = write_example(folder, SigningKey.generate()).path
    return folder, path.read_bytes()


def _accepted(folder: Path, data: bytes) -> bool:
    target = folder / "mutant.kao"
    target.write_bytes(data)
    try:
        read_submission(target)
    except BundleError as exc:
        assert exc.message.en and "\n" not in exc.message.en
        return False
    return True


@st.composite
def mutations(draw: st.DrawFn, size: int) -> list[tuple[str, int, int, bytes]]:
    ops = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "overwrite"]))
        at = draw(st.integers(0, size - 1))
        n = draw(st.integers(1, 64))
        blob = draw(st.binary(min_size=1, max_size=64))
        bit = draw(st.integers(0, 7))
        ops.append((kind, at, n if kind != "flip" else bit, blob))
    return ops


def _apply(data: bytes, ops: list[tuple[str, int, int, bytes]]) -> bytes:
    buf = bytearray(data)
    for kind, at, n, blob in ops:
        at = min(at, max(len(buf) - 1, 0))
        if kind == "flip" and buf:
            buf[at] ^= 1 << n
        elif kind == "set" and buf:
            buf[at] = blob[0]
        elif kind == "truncate":
            del buf[at:]
        elif kind == "insert":
            buf[at:at] = blob
        elif kind == "delete":
            del buf[at : at + n]
        elif kind == "overwrite":
            buf[at : at + len(blob)] = blob
    return bytes(buf)


def test_unmodified_file_is_accepted(original: tuple[Path, bytes]):
    folder, data = original
    assert _accepted(folder, data)


@FUZZ
@given(data=st.data())
def test_byte_mutations_are_refused_unless_nothing_changed(original: tuple[Path, bytes], data: st.DataObject):
    folder, valid = original
    mutant = _apply(valid, data.draw(mutations(len(valid))))
    assert _accepted(folder, mutant) == (mutant == valid)


@FUZZ
@given(data=st.data())
def test_every_byte_position_is_covered(original: tuple[Path, bytes], data: st.DataObject):
    """One bit flipped anywhere: a systematic complement to the random edits above."""
    folder, valid = original
    at = data.draw(st.integers(0, len(valid) - 1))
    bit = data.draw(st.integers(0, 7))
    mutant = bytearray(valid)
    mutant[at] ^= 1 << bit
    assert not _accepted(folder, bytes(mutant))


@FUZZ
@given(data=st.data())
def test_member_content_mutations_are_refused(original: tuple[Path, bytes], data: st.DataObject):
    """Edit one member's content and repack cleanly: only the manifest and its signature can object."""
    folder, valid = original
    (folder / "base.kao").write_bytes(valid)
    members = members_of(folder / "base.kao")
    index = data.draw(st.integers(0, len(members) - 1))
    name, content = members[index]
    ops = data.draw(mutations(max(len(content), 1)))
    changed = _apply(content, ops)
    members[index] = (name, changed)
    stored = frozenset(n for n, _ in members if n.startswith("evidence/"))
    rebuilt = pack(folder / "rebuilt.kao", members, stored=stored).read_bytes()
    with zipfile.ZipFile(folder / "rebuilt.kao") as zf:
        assert zf.read(name) == changed
    assert _accepted(folder, rebuilt) == (changed == content)
