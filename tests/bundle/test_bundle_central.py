"""Central mode: hostile files change nothing, idempotence, supersede with history, office keys."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path
from typing import Any

import pytest

from core.bundle.central import CentralOffice, ImportStatus, import_submissions, open_central
from core.bundle.errors import OtherKeyError
from core.bundle.keys import SigningKey
from core.bundle.limits import DEFAULT_LIMITS, Limits
from tests.bundle.factory import members_of, pack, resign, write_example
from tests.bundle.hostile import CASES
from tests.bundle.offices import snapshot

OFFICE = SigningKey.generate()
ATTACKER = SigningKey.generate()


def dated(valid: Path, out: Path, created_at: str, key: SigningKey = OFFICE) -> Path:
    """The same submission with another creation time (and so another bundle id), signed by ``key``."""
    def edit(m: dict[str, Any]) -> None:
        m["created_at"] = created_at
        m["bundle_id"] = hashlib.md5(created_at.encode()).hexdigest()[:8] + m["bundle_id"][8:]

    return pack(out, resign(members_of(valid), key, edit))


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_rejected_and_nothing_changes(case: str, central: CentralOffice, tmp_path: Path):
    # A central office that already knows this office and holds one submission from it.
    valid = write_example(tmp_path, OFFICE).path
    [first] = import_submissions([valid], central)
    assert first.status is ImportStatus.IMPORTED
    before = snapshot(central)
    spec = CASES[case]
    hostile = spec.build(valid, tmp_path, ATTACKER)
    limited = CentralOffice(central.data_dir, central.store, central.checklist, spec.limits)
    if hostile == valid:  # the oversize case: the office's own file, over this central office's limit
        hostile = tmp_path / "copy.kao"
        hostile.write_bytes(valid.read_bytes())
    [res] = import_submissions([hostile], limited)
    assert res.status is ImportStatus.REJECTED
    assert res.error is not None and spec.reason in res.error.message.en
    assert "\n" not in res.error.message.en and "\n" not in res.error.message.th
    assert snapshot(central) == before


def test_file_resigned_with_another_key_is_refused_unless_accepted(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    import_submissions([valid], central)
    before = snapshot(central)
    # Valid signature, but by a key this office never used: refused without the operator's word.
    other = dated(valid, tmp_path / "other.kao", "2026-12-01T00:00:00Z", key=ATTACKER)
    [res] = import_submissions([other], central)
    assert res.status is ImportStatus.REJECTED and isinstance(res.error, OtherKeyError)
    assert (res.error.pinned, res.error.presented) == (OFFICE.fingerprint, ATTACKER.fingerprint)
    assert f"signs with key {OFFICE.fingerprint}" in res.error.message.en
    # The key that signed it is not shown: the operator types it as the office reads it out.
    assert "accept the new key only as the office reads it out" in res.error.message.en
    assert ATTACKER.fingerprint not in res.error.message.en and ATTACKER.fingerprint not in res.error.message.th
    assert snapshot(central) == before
    # Confirmed by phone: that key, and only that key, is accepted. An impostor's file in the
    # same batch carries a third key and stays refused.
    impostor = dated(valid, tmp_path / "impostor.kao", "2026-12-03T00:00:00Z", key=SigningKey.generate())
    res, refused = import_submissions([other, impostor], central, accept_keys={("1001", ATTACKER.fingerprint)})
    assert refused.status is ImportStatus.REJECTED and isinstance(refused.error, OtherKeyError)
    assert res.status is ImportStatus.IMPORTED
    assert (res.new_key, res.replaced_key) == (ATTACKER.fingerprint, OFFICE.fingerprint)
    keys = {(k.fingerprint, k.how, k.retired_at is None) for k in central.store.office_keys()}
    assert keys == {(OFFICE.fingerprint, "first-file", False), (ATTACKER.fingerprint, "operator", True)}

    # ... and now the old key is the stranger.
    late = dated(valid, tmp_path / "late.kao", "2026-12-02T00:00:00Z", key=OFFICE)
    [res] = import_submissions([late], central)
    assert res.status is ImportStatus.REJECTED


def test_a_new_key_confirmed_for_one_agency_does_not_speak_for_another(central: CentralOffice, tmp_path: Path):
    """One computer may send for several agencies; a key confirmed with agency 1001's office must
    not let that computer replace agency 2002's key with a file made in 2002's name."""
    own = write_example(tmp_path / "a", OFFICE).path
    other_office = SigningKey.generate()
    other = write_example(tmp_path / "b", other_office, code="2002").path
    import_submissions([own, other], central)
    before = snapshot(central)
    moved = dated(own, tmp_path / "moved.kao", "2026-12-01T00:00:00Z", key=ATTACKER)
    in_their_name = dated(other, tmp_path / "theirs.kao", "2026-12-02T00:00:00Z", key=ATTACKER)
    [refused] = import_submissions([in_their_name], central, accept_keys={("1001", ATTACKER.fingerprint)})
    assert isinstance(refused.error, OtherKeyError) and refused.error.agency == "2002"
    assert snapshot(central) == before
    ok, refused = import_submissions([moved, in_their_name], central, accept_keys={("1001", ATTACKER.fingerprint)})
    assert ok.status is ImportStatus.IMPORTED and refused.status is ImportStatus.REJECTED
    in_force = {(k.agency_code, k.fingerprint) for k in central.store.office_keys() if k.retired_at is None}
    assert in_force == {("1001", ATTACKER.fingerprint), ("2002", other_office.fingerprint)}


def test_first_file_pins_the_key(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    [res] = import_submissions([valid], central)
    assert res.new_key == OFFICE.fingerprint
    [key] = central.store.office_keys()
    assert (key.agency_code, key.fingerprint, key.public_key) == ("1001", OFFICE.fingerprint, OFFICE.public_b64)


def test_import_is_idempotent_on_bundle_id(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    [first] = import_submissions([valid], central)
    before = snapshot(central)
    copy = tmp_path / "same-again.kao"
    copy.write_bytes(valid.read_bytes())
    again = import_submissions([valid, copy], central)
    assert [r.status for r in again] == [ImportStatus.DUPLICATE, ImportStatus.DUPLICATE]
    assert {r.bundle_id for r in again} == {first.bundle_id}
    assert snapshot(central) == before


def test_same_bundle_id_different_content_is_refused(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    import_submissions([valid], central)
    before = snapshot(central)

    def edit(m: dict[str, Any]) -> None:
        m["created_at"] = "2026-12-01T00:00:00Z"  # bundle id kept

    twin = pack(tmp_path / "twin.kao", resign(members_of(valid), OFFICE, edit))
    [res] = import_submissions([twin], central)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert "same bundle id" in res.error.message.en
    assert snapshot(central) == before


def test_newer_supersedes_older_and_history_is_kept(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    jan = dated(valid, tmp_path / "jan.kao", "2027-01-10T00:00:00Z")
    mar = dated(valid, tmp_path / "mar.kao", "2027-03-10T00:00:00Z")
    feb = dated(valid, tmp_path / "feb.kao", "2027-02-10T00:00:00Z")
    r_jan, r_mar, r_feb = import_submissions([jan, mar, feb], central)
    assert r_mar.superseded == r_jan.bundle_id and not r_mar.history_only
    assert r_feb.history_only and r_feb.superseded is None  # arrived late: kept, not in force
    everything = {s.bundle_id: s.superseded_by for s in central.store.list_submissions(include_superseded=True)}
    assert everything == {r_jan.bundle_id: r_mar.bundle_id, r_mar.bundle_id: None, r_feb.bundle_id: r_mar.bundle_id}
    [current] = central.store.list_submissions()
    assert current.bundle_id == r_mar.bundle_id


def test_other_year_and_other_agency_do_not_supersede(central: CentralOffice, tmp_path: Path):
    a = write_example(tmp_path / "a", OFFICE, year=2568).path
    b = write_example(tmp_path / "b", OFFICE, year=2569).path
    c = write_example(tmp_path / "c", SigningKey.generate(), code="2002").path
    results = import_submissions([a, b, c], central)
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 3
    assert all(r.superseded is None for r in results)
    assert len(central.store.list_submissions()) == 3


def test_many_files_one_result_each_with_progress(central: CentralOffice, tmp_path: Path):
    good = write_example(tmp_path / "g", OFFICE).path
    bad = tmp_path / "bad.kao"
    bad.write_bytes(b"PK not really")
    missing = tmp_path / "missing.kao"
    seen: list[tuple[int, int]] = []
    results = import_submissions([bad, good, missing], central, progress=lambda d, t: seen.append((d, t)))
    assert [r.status for r in results] == [ImportStatus.REJECTED, ImportStatus.IMPORTED, ImportStatus.REJECTED]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert results[2].error is not None and "file not found" in results[2].error.message.en


def test_oversize_archive_is_not_even_copied(central: CentralOffice, tmp_path: Path):
    valid = write_example(tmp_path, OFFICE).path
    before = snapshot(central)
    small = CentralOffice(central.data_dir, central.store, central.checklist,
                          type(DEFAULT_LIMITS)(max_archive_bytes=1000))
    [res] = import_submissions([valid], small)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert "larger than allowed" in res.error.message.en
    assert snapshot(central) == before


@pytest.mark.parametrize("case", ["zip slip", "hash mismatch", "bad signature", "truncated file"])
def test_large_file_path_also_changes_nothing(case: str, central: CentralOffice, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch):
    """Files too big for memory are verified from a temporary copy, which must not be left behind."""
    central = CentralOffice(central.data_dir, central.store, central.checklist, Limits(max_in_memory_bytes=0))
    valid = write_example(tmp_path, OFFICE).path
    [first] = import_submissions([valid], central)
    assert first.status is ImportStatus.IMPORTED
    assert (central.submissions_dir / f"{first.bundle_id}.kao").read_bytes() == valid.read_bytes()
    before = snapshot(central)
    [res] = import_submissions([CASES[case].build(valid, tmp_path, ATTACKER)], central)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert CASES[case].reason in res.error.message.en
    assert snapshot(central) == before


def test_kept_files_folder_removed_during_a_batch_is_made_again(central: CentralOffice, tmp_path: Path):
    """The folder is made once per batch; if someone removes it meanwhile, the next file still lands."""
    import shutil

    first = write_example(tmp_path / "a", OFFICE, year=2568).path
    second = write_example(tmp_path / "b", OFFICE, year=2569).path

    def remove_folder(done: int, total: int) -> None:
        if done == 1:
            shutil.rmtree(central.submissions_dir)

    results = import_submissions([first, second], central, progress=remove_folder)
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 2
    assert (central.submissions_dir / f"{results[1].bundle_id}.kao").read_bytes() == second.read_bytes()


def test_stop_leaves_the_remaining_files_alone(central: CentralOffice, tmp_path: Path):
    files = [write_example(tmp_path / str(year), OFFICE, year=year).path for year in (2567, 2568, 2569)]
    seen: list[int] = []
    results = import_submissions(files, central, progress=lambda d, t: seen.append(d), stop=lambda: len(seen) >= 1)
    assert [r.path for r in results] == files[:1] and results[0].status is ImportStatus.IMPORTED
    assert len(central.store.list_submissions(include_superseded=True)) == 1


def test_disk_full_while_keeping_the_file_changes_nothing(central: CentralOffice, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    """The kept file is written inside the transaction: if it fails halfway, the rows and the file both go."""
    import errno

    import core.bundle.central as central_module

    valid = write_example(tmp_path, OFFICE).path
    before = snapshot(central)

    def half_then_full(final: Path, data: bytes) -> None:
        final.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(central_module, "_write_kept", half_then_full)
    [res] = import_submissions([valid], central)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert "full" in res.error.message.en and "เต็ม" in res.error.message.th
    assert snapshot(central) == before


def test_partial_kept_file_left_by_a_crash_is_overwritten(central: CentralOffice, tmp_path: Path):
    """A crash before the commit can leave part of a kept file that no row names; importing again replaces it."""
    valid = write_example(tmp_path, OFFICE).path
    [first] = import_submissions([valid], central)
    kept = central.submissions_dir / f"{first.bundle_id}.kao"
    with open_central(tmp_path / "other", backup=False) as fresh:
        fresh.submissions_dir.mkdir(parents=True)
        (fresh.submissions_dir / kept.name).write_bytes(b"PK\x03\x04 half a file")
        [again] = import_submissions([valid], fresh)
        assert again.status is ImportStatus.IMPORTED
        assert (fresh.submissions_dir / kept.name).read_bytes() == valid.read_bytes()


def test_opening_a_central_folder_checks_the_database_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The integrity check reads every page (75 ms at 2,000 submissions); the second connection skips it."""
    import core.storage.db as db

    with open_central(tmp_path / "c", backup=False):
        pass  # creates the folder: a new file is not checked
    checks: list[str] = []
    real = db._quick_check

    def counting(conn: Any) -> str | None:
        checks.append(conn.execute("PRAGMA database_list").fetchone()[2])
        return real(conn)

    monkeypatch.setattr(db, "_quick_check", counting)
    with open_central(tmp_path / "c", backup=False):
        pass
    assert checks == [str(tmp_path / "c" / "kao.sqlite")]


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_device_is_refused_before_any_of_it_is_read(central: CentralOffice, in_memory: bool):
    """/dev/zero has size 0 and never ends: it was read up to the size limit (1.2 GB) before being refused."""
    limits = Limits(max_archive_bytes=1024 * 1024, max_in_memory_bytes=1024 * 1024 if in_memory else -1)
    before = snapshot(central)
    [res] = import_submissions([Path("/dev/zero")], CentralOffice(central.data_dir, central.store,
                                                                  central.checklist, limits))
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert "/dev/zero is not a regular file" in res.error.message.en
    assert snapshot(central) == before


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_kept_files_folder_that_is_not_a_folder_fails_each_file_not_the_batch(central: CentralOffice,
                                                                                tmp_path: Path, in_memory: bool):
    """Any file-system error keeping a file (here ENOTDIR, EEXIST) is that file's one-line result."""
    limits = DEFAULT_LIMITS if in_memory else Limits(max_in_memory_bytes=0)
    central = CentralOffice(central.data_dir, central.store, central.checklist, limits)
    files = [write_example(tmp_path / str(year), OFFICE, year=year).path for year in (2568, 2569)]
    central.submissions_dir.write_bytes(b"")  # a file where the folder of kept files belongs
    before = snapshot(central)
    results = import_submissions(files, central)
    assert [r.status for r in results] == [ImportStatus.REJECTED] * 2
    for r in results:
        assert r.error is not None
        assert f"cannot keep the file in the folder {central.submissions_dir}" in r.error.message.en
        assert "\n" not in r.error.message.en and "\n" not in r.error.message.th
    assert snapshot(central) == before


@pytest.mark.parametrize(("err", "says"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "is read-only"),
                                           (errno.EIO, "cannot keep the file in the folder")])
def test_a_failed_write_of_the_large_file_copy_blames_the_data_folder_not_the_file(
        central: CentralOffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, says: str):
    """The private copy of a file too big for memory could not be written (a full disk): the file
    itself was fine, so the message must not say it cannot be read; no partial copy stays behind."""
    central = CentralOffice(central.data_dir, central.store, central.checklist, Limits(max_in_memory_bytes=0))
    valid = write_example(tmp_path, OFFICE).path
    before = snapshot(central)
    real_fdopen = os.fdopen

    class FailingWrites(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: Any) -> int:
            raise OSError(err, os.strerror(err))

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode:  # the temporary copy: its writes fail, its descriptor is still closed
            os.close(fd)
            return io.BufferedWriter(FailingWrites())
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)
    [res] = import_submissions([valid], central)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert says in res.error.message.en
    assert str(central.submissions_dir) in res.error.message.en
    assert "cannot read" not in res.error.message.en and str(valid) not in res.error.message.en
    assert "อ่านไฟล์" not in res.error.message.th
    assert "\n" not in res.error.message.en and "\n" not in res.error.message.th
    assert snapshot(central) == before
    assert not list(central.submissions_dir.iterdir())  # no half-written .incoming- copy


def test_a_failed_read_of_a_large_file_still_names_the_file(central: CentralOffice, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    """The other side of the split: the source going bad while it is copied is the file's problem."""
    import core.bundle.receive as receive

    central = CentralOffice(central.data_dir, central.store, central.checklist, Limits(max_in_memory_bytes=0))
    valid = write_example(tmp_path, OFFICE).path
    before = snapshot(central)

    class FailingReads(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, b: Any) -> int:
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(receive, "open_regular", lambda path: io.BufferedReader(FailingReads()))
    [res] = import_submissions([valid], central)
    assert res.status is ImportStatus.REJECTED and res.error is not None
    assert f"cannot read {valid} ({os.strerror(errno.EIO)})" == res.error.message.en
    assert snapshot(central) == before
    assert not list(central.submissions_dir.iterdir())


def test_a_replaced_file_gets_no_new_receipt_but_one_made_before_is_handed_out_again(
    central: CentralOffice, tmp_path: Path
):
    # A receipt accepts a file: the central office must not accept one an agency has since replaced
    # (the app's button is disabled on it; the command line reaches the same function).
    from core.bundle.errors import ReceiptError
    from core.bundle.receipts import issue_receipt

    valid = write_example(tmp_path, OFFICE).path
    jan = dated(valid, tmp_path / "jan.kao", "2027-01-10T00:00:00Z")
    feb = dated(valid, tmp_path / "feb.kao", "2027-02-10T00:00:00Z")
    mar = dated(valid, tmp_path / "mar.kao", "2027-03-10T00:00:00Z")
    [r_jan] = import_submissions([jan], central)
    first = issue_receipt(central, r_jan.bundle_id, tmp_path / "r1")  # made while it was in force
    r_feb, _r_mar = import_submissions([feb, mar], central)
    before = snapshot(central)
    with pytest.raises(ReceiptError, match="replaced by a newer file"):
        issue_receipt(central, r_feb.bundle_id, tmp_path / "r2")
    assert snapshot(central) == before and not (tmp_path / "r2").exists()
    again = issue_receipt(central, r_jan.bundle_id, tmp_path / "r3")
    assert again.read_bytes() == first.read_bytes()
