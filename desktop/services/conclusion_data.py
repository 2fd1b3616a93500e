"""From the database to what the renderer prints: one function per part of the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop import reports
from desktop.documents.encode import print_photo
from desktop.domain.appeal import appeal_terms
from desktop.domain.applications import ApplicantKind
from desktop.domain.countries import country_name
from desktop.domain.examination_rules import (
    Coded,
    ExaminationKind,
    ExaminationRecord,
    PageLink,
    Recommendation,
    annex_choice,
)
from desktop.domain.languages import Bilingual
from desktop.domain.refusals import RefusalGround
from desktop.domain.regions import RegionProfile
from desktop.domain.returns import ReturnOutcome, compare_records
from desktop.domain.vocabulary import Vocabulary
from desktop.models.application import Application, Item
from desktop.models.attendance import ConclusionAbsence
from desktop.models.conclusion import Conclusion, ConclusionDocument, ConclusionSigner
from desktop.models.document import DocumentPage
from desktop.models.examination import Examination, to_record
from desktop.models.returns import ItemReturn
from desktop.services.examination import live_links, removed_pages
from desktop.services.returns import return_records
from desktop.services.vocabulary import current_vocabulary
from desktop.services.wording import document_wording
from desktop.storage.blobs import BlobStore


def agreed_records(s: Session, application_id: int) -> dict[int, ExaminationRecord]:
    """The chair's agreed record of every item, by item id."""
    rows = s.execute(
        select(Examination).join(Item)
        .where(Item.application_id == application_id,
               Examination.kind == ExaminationKind.AGREED.value)
        .options(selectinload(Examination.measurements), selectinload(Examination.page_links))
    ).scalars()
    return {row.item_id: to_record(row) for row in rows}


def all_recommended(records: Sequence[ExaminationRecord]) -> bool:
    return bool(records) and all(r.recommendation == Recommendation.RECOMMENDED
                                 for r in records)


def applicant_data(app: Application, lang: str) -> reports.ApplicantData:
    """Points 1–3: the applicant, the occupation in the commission's wording for *lang*."""
    applicant = app.applicant
    occupation = document_wording(app).occupation.get(lang)
    if applicant.kind == ApplicantKind.COMPANY:
        return reports.ApplicantData(
            name=applicant.display_name, kind="company", iin_bin=applicant.iin_bin,
            requisites=applicant.requisites or "", occupation=occupation)
    return reports.ApplicantData(
        name=applicant.display_name, kind="individual", iin_bin=applicant.iin_bin,
        citizenship=country_name(applicant.citizenship, lang) if applicant.citizenship else "",
        id_document_number=applicant.id_document_number or "",
        id_document_issued=applicant.id_document_issued, occupation=occupation)


def _code(value: object) -> str | None:
    return None if value is None else str(value)


Sizing = Callable[..., tuple[int, int]]
"""``(width_px, height_px, role=…) -> (width_px, height_px)``: the size to print a photo at."""


class AnnexPhotos:
    """The annex photos of a document being drafted, prepared for print once per page even
    when the document is rendered in two languages; ``sizing`` gives their pixel size (the
    conclusion's annex by default, the certificate's smaller photo otherwise)."""

    def __init__(self, s: Session, blobs: BlobStore, application_id: int,
                 sizing: Sizing | None = None) -> None:
        self.s = s
        self.blobs = blobs
        self.sizing = sizing or reports.print_pixels
        self.removed = removed_pages(s, application_id)
        self._prepared: dict[int, tuple[bytes, int, int]] = {}

    def photo(self, link: PageLink) -> reports.AnnexPhoto:
        if link.page_id not in self._prepared:
            page = self.s.get_one(DocumentPage, link.page_id)
            self._prepared[link.page_id] = print_photo(
                self.blobs.get(self.s, page.blob_sha256),
                partial(self.sizing, role=str(link.role)), reports.PRINT_DPI)
        jpeg, width, height = self._prepared[link.page_id]
        return reports.AnnexPhoto(jpeg, width, height, role=str(link.role),
                                  shows_scale=link.shows_scale, note=link.note)

    def for_record(self, record: ExaminationRecord
                   ) -> tuple[reports.AnnexPhoto | None, tuple[reports.AnnexPhoto, ...]]:
        """The overall view and the detail photos the record chose for the annex."""
        choice = annex_choice(live_links(record, self.removed))
        overall = self.photo(choice.overall) if choice.overall else None
        return overall, tuple(self.photo(link) for link in choice.details)

    def overall(self, record: ExaminationRecord) -> reports.AnnexPhoto | None:
        """Only the overall view the record chose (the certificate's identification photo)."""
        choice = annex_choice(live_links(record, self.removed))
        return self.photo(choice.overall) if choice.overall else None


class RecordWords:
    """An examination record's values in one document's language: texts from their
    language, terms from the vocabulary. What the record lacks in that language prints
    as nothing (a dash); drafting refuses such a record first."""

    def __init__(self, vocabulary: Vocabulary, lang: str) -> None:
        self.vocabulary = vocabulary
        self.lang = lang

    def text(self, value: Bilingual) -> str:
        return value.get(self.lang)

    def term(self, kind: str, value: Coded) -> str:
        if isinstance(value, Bilingual):  # text from before the vocabulary
            return value.get(self.lang)
        return self.vocabulary.label(kind, value, self.lang) if value else ""

    def terms(self, kind: str, values: tuple[Coded, ...]) -> str:
        return ", ".join(t for t in (self.term(kind, v) for v in values) if t)

    def item_name(self, item: Item, record: ExaminationRecord | None) -> str:
        """The commission's name of the item in this language, else the applicant's."""
        return (record.title.get(self.lang) if record is not None else "") or item.name


def item_data(item: Item, record: ExaminationRecord | None, words: RecordWords,
              photos: AnnexPhotos | None = None) -> reports.ItemData:
    """Points 5 and 6 of the form for one item, from its agreed record in the words'
    language, and the photos of its annex page when ``photos`` is given."""
    name = words.item_name(item, record)
    if record is None:
        return reports.ItemData(item.position, name, item.quantity)
    weight = (reports.Weight(record.weight_value, str(record.weight_unit))
              if record.weight_value and record.weight_unit else None)
    text = words.text
    description = reports.ItemDescription(
        originality=_code(record.originality),
        object_type=words.term("object_type", record.object_type),
        title=text(record.title),
        subject=text(record.subject),
        maker=", ".join(p for p in (record.maker_name, text(record.maker)) if p),
        dating=text(record.dating),
        place_of_creation=text(record.place_of_creation),
        material=words.terms("material", record.material),
        technique=words.terms("technique", record.technique),
        measurements=tuple(reports.Measure(str(m.dimension), m.value, str(m.unit))
                           for m in record.measurements),
        weight=weight,
        condition=_code(record.condition),
        condition_note=text(record.condition_note),
        completeness=_code(record.completeness),
        inscriptions=text(record.inscriptions),
        features=text(record.features),
        hazards=text(record.hazards),
        summary=text(record.description),
        cultural_value=_code(record.cultural_value),
        recommendation=_code(record.recommendation),
        remarks=text(record.remarks),
    )
    overall, details = photos.for_record(record) if photos else (None, ())
    return reports.ItemData(item.position, name, item.quantity, description,
                            overall_photo=overall, detail_photos=details)


def _signatory(signer: ConclusionSigner) -> reports.Signatory:
    return reports.Signatory(signer.full_name, signer.field_name, signer.user.iin or "")


def _header(conclusion: Conclusion, app: Application, profile: RegionProfile,
            lang: str) -> dict[str, object]:
    """What both documents open with: number, date, the body, the city, the applicant."""
    return {
        "number": conclusion.number,
        "date": conclusion.issued_on,
        "lang": lang,
        "executive_body": profile.executive_body.get(lang),
        "department": profile.department.get(lang) if profile.department else "",
        "city": profile.signing_city.get(lang),
        "applicant": applicant_data(app, lang),
    }


def _chair(conclusion: Conclusion) -> reports.Signatory:
    return _signatory(next(sig for sig in conclusion.signers if sig.seat == "chair"))


def conclusion_data(s: Session, conclusion: Conclusion, app: Application,
                    profile: RegionProfile, lang: str,
                    photos: AnnexPhotos | None = None) -> reports.ConclusionData:
    records = agreed_records(s, app.id)
    words = RecordWords(current_vocabulary(s), lang)
    corrects = s.get(Conclusion, conclusion.corrects_id) if conclusion.corrects_id else None
    return reports.ConclusionData(
        **_header(conclusion, app, profile, lang),  # type: ignore[arg-type]
        purpose=document_wording(app).purpose.get(lang) or "—",
        destination_country=country_name(app.destination_country, lang),
        destination_place=app.destination_place,
        export_from=app.export_from,
        export_until=app.export_until,
        items=tuple(item_data(item, records.get(item.id), words, photos)
                    for item in app.items),
        agreed=bool(conclusion.agreed),
        chair=_chair(conclusion),
        members=tuple(_signatory(sig) for sig in conclusion.signers if sig.seat == "member"),
        corrects=(reports.Correction(corrects.number, corrects.issued_on)
                  if corrects is not None else None),
        remarks=conclusion.note,
        absent=tuple(s.execute(select(ConclusionAbsence.full_name)
                               .where(ConclusionAbsence.conclusion_id == conclusion.id)
                               .order_by(ConclusionAbsence.id)).scalars()),
    )


def refusal_data(conclusion: Conclusion, app: Application, profile: RegionProfile,
                 lang: str) -> reports.RefusalData:
    """The letter cites its ground and says how to appeal, as the law stood on its date."""
    header = _header(conclusion, app, profile, lang)
    return reports.RefusalData(
        **header,  # type: ignore[arg-type]
        application_number=app.number,
        application_date=app.received,
        ground=conclusion.ground or RefusalGround.OTHER.value,
        reasons=tuple(conclusion.reasons),
        appeal=appeal_terms(conclusion.issued_on).text(lang, str(header["executive_body"])),
        chair=_chair(conclusion),
    )


def _note(value: object, lang: str) -> str:
    """A return's note as the act in *lang* prints it: in that language only (drafting
    waits until each note is written in every language of the act)."""
    return Bilingual.from_json(value).get(lang)


def return_act_data(s: Session, act: Conclusion, app: Application, profile: RegionProfile,
                    lang: str) -> reports.ReturnActData:
    """The act of the return check: each item's return and the member's verdict, with the
    fields in which the return record differs from the agreed one."""
    issued = s.execute(select(Conclusion).where(
        Conclusion.application_id == app.id, Conclusion.kind == "conclusion",
        Conclusion.status == "issued")).scalars().first()
    if issued is None:
        raise reports.ReportDataError("conclusion", f"application {app.number} has no issued "
                                      "conclusion", app.number, reason="no_issued_conclusion")
    returns = {r.item_id: r for r in s.execute(select(ItemReturn).where(
        ItemReturn.application_id == app.id)).scalars()}
    original, back = agreed_records(s, app.id), return_records(s, app.id)
    words = RecordWords(current_vocabulary(s), lang)
    items = []
    for item in app.items:
        row = returns[item.id]
        name = words.item_name(item, original.get(item.id))
        if row.outcome == ReturnOutcome.LOST:
            items.append(reports.ReturnedItem(item.position, name, item.quantity, "lost",
                                              row.returned_on, note=_note(row.note, lang)))
            continue
        before, after = original.get(item.id), back.get(item.id)
        differences = tuple(f.field for f in compare_records(before, after) if f.differs) \
            if before is not None and after is not None else ()
        items.append(reports.ReturnedItem(
            item.position, name, item.quantity, "returned", row.returned_on,
            presented_by=row.presented_by, place=row.place, note=_note(row.note, lang),
            result=str(row.check_result), differences=differences,
            check_note=_note(row.check_note, lang)))
    return reports.ReturnActData(
        **_header(act, app, profile, lang),  # type: ignore[arg-type]
        application_number=app.number,
        application_date=app.received,
        conclusion_number=issued.number,
        conclusion_date=issued.issued_on,
        destination_country=country_name(app.destination_country, lang),
        destination_place=app.destination_place,
        export_from=app.export_from,
        export_until=app.export_until,
        items=tuple(items),
        chair=_chair(act),
        members=tuple(_signatory(sig) for sig in act.signers if sig.seat == "member"),
    )


def certificate_data(s: Session, certificate: Conclusion, conclusion: Conclusion,
                     app: Application, profile: RegionProfile, lang: str,
                     photos: AnnexPhotos) -> reports.CertificateData:
    """The certificate issued on *conclusion*: each item with its agreed description and
    overall view, the export's period, and the official who signs it."""
    issuer = profile.certificate_issuer
    if issuer is None or app.export_until is None:
        raise reports.ReportDataError("certificate", "needs the profile's issuer and the end "
                                                     "of the export period", reason="no_issuer")
    records = agreed_records(s, app.id)
    words = RecordWords(current_vocabulary(s), lang)
    items = []
    for item in app.items:
        record = records.get(item.id)
        data = item_data(item, record, words)
        items.append(replace(data, overall_photo=photos.overall(record)) if record else data)
    applicant = app.applicant
    official = certificate.signers[0]
    return reports.CertificateData(
        **_header(certificate, app, profile, lang),  # type: ignore[arg-type]
        holder_address=(applicant.address if applicant.kind == ApplicantKind.COMPANY
                        else applicant.residence) or "",
        purpose=document_wording(app).purpose.get(lang) or "—",
        destination_country=country_name(app.destination_country, lang),
        destination_place=app.destination_place,
        export_from=app.export_from,
        return_by=app.export_until,
        items=tuple(items),
        conclusion_number=conclusion.number,
        conclusion_date=conclusion.issued_on,
        issuer_body=issuer.body.get(lang),
        issuer_position=issuer.position.get(lang),
        official=_signatory(official),
    )


def attach_document(s: Session, blobs: BlobStore, document: Conclusion, lang: str,
                    data: reports.Document, rendered: reports.RenderedPdf) -> None:
    """Store one language's rendered PDF of *document*, with its digest and its fields."""
    sha = blobs.put(s, rendered.pdf, "application/pdf")
    document.documents.append(ConclusionDocument(
        lang=lang, unsigned_sha256=sha, current_sha256=sha,
        content_digest=reports.content_digest(data),
        fields=[{"name": f.name, "page": f.page, "box": list(f.box), "lock": f.lock}
                for f in rendered.signature_fields]))
