"""Opening evidence: a copy under its original name, so the system picks the right program."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.paths import fit_name
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text


def test_viewing_copy_has_the_original_name_and_bytes(tmp_path):
    source = tmp_path / "คำสั่งแต่งตั้ง CIO.pdf"
    source.write_bytes(b"%PDF-1.4 order")
    with open_service(tmp_path / "data") as service:
        agency = service.save_agency(Agency("A1", Text("กรมทดสอบ", "Test"), AgencyKind.DEPARTMENT, ministry="ก"))
        detail = service.create_assessment(agency.id, 2569, ())
        stored = service.attach_evidence(detail.id, "C01", source)
        stored_path = service.evidence_path(stored.sha256)
        view = service.evidence_for_viewing(stored.sha256, stored.filename)
        assert view.name == "คำสั่งแต่งตั้ง CIO.pdf" and view.suffix == ".pdf"
        assert view.read_bytes() == b"%PDF-1.4 order"
        assert view != stored_path and stored_path.suffix == ""
        # A hostile name cannot escape the temporary folder.
        sneaky = service.evidence_for_viewing(stored.sha256, "../../etc/passwd")
        assert sneaky.parent == view.parent and sneaky.name == "passwd"


def _attached(service, tmp_path, name):
    source = tmp_path / name
    # Content of this run only: an earlier run's viewing copy (same hash) would skip the copying.
    source.write_bytes(b"%PDF-1.4 " + str(tmp_path).encode())
    agency = service.save_agency(Agency("A1", Text("กรมทดสอบ", "Test"), AgencyKind.DEPARTMENT, ministry="ก"))
    detail = service.create_assessment(agency.id, 2569, ())
    return service.attach_evidence(detail.id, "C01", source), source.read_bytes()


def test_a_name_near_the_limit_opens_under_that_name(tmp_path):
    name = "ก" * 83 + ".pdf"  # 253 bytes: attachable, but "<name>.part" is 258
    with open_service(tmp_path / "data") as service:
        stored, content = _attached(service, tmp_path, name)
        view = service.evidence_for_viewing(stored.sha256, stored.filename)
        assert view.name == name and view.read_bytes() == content
        assert [p.name for p in view.parent.iterdir()] == [name]  # no partial file left behind


def test_a_name_over_the_limit_is_cut_keeping_its_extension(tmp_path):
    # Another office's file may carry a name this system cannot hold (Windows allows 255 Thai letters).
    long_name = "ค" * 200 + ".docx"
    with open_service(tmp_path / "data") as service:
        stored, content = _attached(service, tmp_path, "short.docx")
        view = service.evidence_for_viewing(stored.sha256, long_name)
        assert view.suffix == ".docx" and view.name.startswith("ค" * 80) and "…" in view.name
        assert len(view.name.encode()) <= 255 and view.read_bytes() == content


@given(st.text(min_size=1, max_size=400), st.sampled_from(["", ".pdf", ".jpeg", ".a-very-long-not-extension"]))
def test_fitted_names_fit_and_keep_a_short_extension(stem, ext):
    name = stem + ext
    fitted = fit_name(name)
    assert len(fitted.encode("utf-8", "surrogatepass")) <= 255
    if len(name.encode("utf-8", "surrogatepass")) <= 255:
        assert fitted == name
    elif ext in (".pdf", ".jpeg"):
        assert fitted.endswith(ext)


def test_on_windows_the_whole_path_of_the_copy_fits_the_path_limit(tmp_path, monkeypatch):
    # Windows refuses a path over 259 characters (no long paths on an old office PC): a name that
    # fits on its own can still be too long inside %TEMP%\kao-evidence\…
    from core import paths

    long_name = "ค" * 70 + ".pdf"  # 214 bytes: a legal name anywhere
    with open_service(tmp_path / "data") as service:
        stored, content = _attached(service, tmp_path, "short.pdf")
        folder = service.evidence_for_viewing(stored.sha256, "short.pdf").parent
        monkeypatch.setattr(paths, "MAX_PATH", len(str(folder)) + 1 + 100)
        view = service.evidence_for_viewing(stored.sha256, long_name)
        assert len(str(view).encode()) <= paths.MAX_PATH
        assert view.suffix == ".pdf" and view.name.startswith("ค" * 20) and "…" in view.name
        assert view.read_bytes() == content
