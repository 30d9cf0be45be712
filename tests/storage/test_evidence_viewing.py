"""Opening evidence: a copy under its original name, so the system picks the right program."""

from __future__ import annotations

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
