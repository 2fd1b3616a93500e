"""The identification annex inside the signed conclusion: photos chosen by the commission,
signed with the conclusion, and no photo can be swapped afterwards unnoticed."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.domain.documents import PageKind
from desktop.domain.examination_rules import PageLink, PageRole
from desktop.services.conclusions import ConclusionService
from desktop.services.documents import DocumentService
from desktop.services.examination import ExaminationService
from desktop.services.workflow import WorkflowService
from desktop.signing import verify_pdf
from desktop.storage.database import Database
from tests.support import pdftools
from tests.support import report_samples as samples
from tests.support.commission import Commission
from tests.support.examination import complete, under_examination, word_application
from tests.support.pki import TestPki


def _photographed_application(db: Database, staff, tmp_path: Path) -> int:
    """Three items, each photographed (an overall view with a scale and a detail), the
    photos chosen for the annex in the agreed record, and the examination finished."""
    app = under_examination(db, staff, items=3, scanned=True)
    documents, examination = DocumentService(db), ExaminationService(db)
    for position, item_id in enumerate(app.item_ids, start=1):
        files = []
        for k in range(2):
            path = tmp_path / f"item{position}-{k}.jpg"
            path.write_bytes(samples.camera_photo(position * 10 + k, (2400, 1800)))
            files.append(path)
        report = documents.import_files(staff["clerk"], app.application_id, files,
                                        PageKind.PHOTO, item_id=item_id)
        assert report.ok, report.rejections
        overall, detail = report.page_ids
        pages = (PageLink(overall, PageRole.OVERALL, shows_scale=True, for_annex=True),
                 PageLink(detail, PageRole.INSCRIPTION, for_annex=True, note="таңба"))
        examination.save(staff["chair"], item_id, complete(pages=pages), None)
    word_application(db, staff, app.application_id)
    WorkflowService(db).advance(staff["chair"], app.application_id, "finish_examination")
    return app.application_id


def _sign_all(service: ConclusionService, commission: Commission, conclusion_id: int) -> None:
    for member, key in zip(commission.members, ("member", "member2"), strict=True):
        service.sign(member, conclusion_id, commission.keys[key])
    service.sign(commission.chair, conclusion_id, commission.keys["chair"])


@pytest.fixture
def signed_annex(db: Database, staff, commission: Commission, tmp_path: Path) -> bytes:
    app_id = _photographed_application(db, staff, tmp_path)
    service = ConclusionService(db)
    draft = service.draft(staff["member"], app_id)
    _sign_all(service, commission, draft.id)
    assert all(r.ok for r in service.verify(staff["clerk"], draft.id).values())
    return service.document(staff["clerk"], draft.id, "kk")


def test_the_signed_conclusion_carries_the_annex(signed_annex: bytes, pki: TestPki) -> None:
    report = verify_pdf(signed_annex, [pki.root_pem])
    assert report.ok, [s.reason for s in report.signatures]
    text = " ".join(pdftools.text(signed_annex).split())
    for place in (1, 2, 3):
        assert f"{place}-зат, барлығы 3" in text and f"Предмет {place} из 3" not in text
    # The Kazakh annex is wholly Kazakh: a member's working note on a photo is not printed.
    assert "жалпы көрінісі, масштаб сызғышымен" in text and "жазуы" in text
    assert "жазуы, таңба" not in text
    with pikepdf.open(io.BytesIO(signed_annex)) as pdf:
        images = [image for page in pdf.pages for image in page.get_images().values()]
    assert len(images) == 6
    assert all(image.Filter == "/DCTDecode" for image in images)
    # Printed from the 2400×1800 scans at 200 dpi, not embedded at full size.
    assert sorted({int(image.Width) for image in images}) == [399, 984]


def _first_photo(pdf: bytes) -> tuple[int, bytes]:
    """The object number and the raw bytes of the first annex photo."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for image in page.get_images().values():
                return image.objgen[0], image.read_raw_bytes()
    raise AssertionError("no photo in the document")


def test_changing_one_photo_in_place_breaks_every_signature(signed_annex: bytes,
                                                            pki: TestPki) -> None:
    _number, raw = _first_photo(signed_annex)
    start = signed_annex.index(raw) + len(raw) // 2
    tampered = bytearray(signed_annex)
    tampered[start:start + 8] = bytes(b ^ 0x5A for b in tampered[start:start + 8])

    report = verify_pdf(bytes(tampered), [pki.root_pem])

    assert not report.ok
    assert all(not s.intact for s in report.signatures)
    assert all(s.reason and "hash does not match" in s.reason for s in report.signatures)


def test_a_photo_swapped_in_a_later_revision_is_not_accepted(signed_annex: bytes,
                                                             pki: TestPki) -> None:
    number, _raw = _first_photo(signed_annex)
    other = samples.annex_photo(samples.camera_photo(77, (2400, 1800))).jpeg
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_annex))
    original = writer.get_object(generic.Reference(number, 0, writer))
    swapped = generic.StreamObject(dict(original.items()), encoded_data=other)
    writer.mark_update(generic.Reference(number, 0, writer))
    writer.objects[(0, number)] = swapped
    out = io.BytesIO()
    writer.write(out)
    changed = out.getvalue()
    assert PdfFileReader(io.BytesIO(changed)).xrefs.total_revisions > \
        PdfFileReader(io.BytesIO(signed_annex)).xrefs.total_revisions

    report = verify_pdf(changed, [pki.root_pem])

    assert not report.ok
    assert any(s.disallowed_changes for s in report.signatures)


def test_the_member_sees_what_the_annex_lacks(db: Database, staff, tmp_path: Path) -> None:
    app = under_examination(db, staff, items=2)
    path = tmp_path / "photo.jpg"
    path.write_bytes(samples.camera_photo(5, (800, 600)))
    (page,) = DocumentService(db).import_files(staff["clerk"], app.application_id, [path],
                                               PageKind.PHOTO).page_ids
    examination = ExaminationService(db)
    first, second = app.item_ids
    examination.save(staff["chair"], first, complete(pages=(
        PageLink(page, PageRole.OVERALL, shows_scale=True, for_annex=True),)), None)
    examination.save(staff["chair"], second, complete(pages=(
        PageLink(page, PageRole.DETAIL, for_annex=True),)), None)

    rows = {row.item_id: row for row in examination.items(staff["member"],
                                                          app.application_id)}

    assert rows[first].annex_lacks == ()
    assert rows[second].annex_lacks == ("overall_view", "scale")
