"""``import-scans``: attach scanned files to an application from the command line."""

from __future__ import annotations

import argparse

from desktop.cli.context import CliError, Context, add_command
from desktop.domain.documents import PageKind
from desktop.domain.errors import DomainError
from desktop.services.documents import MAX_DPI, MIN_DPI, DocumentService
from desktop.services.page_text import PageTextService

__all__ = ["register"]


def import_scans(ctx: Context) -> int:
    args = ctx.args
    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise CliError(f"--dpi must be {MIN_DPI} to {MAX_DPI}", reason="dpi",
                       values=(MIN_DPI, MAX_DPI))
    actor = ctx.sign_in()
    service = DocumentService(ctx.database())
    try:
        application_id = service.application_id(actor, args.number)
        report = service.import_files(actor, application_id, args.files,
                                      PageKind(args.kind), dpi=args.dpi)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    stored = len(args.files) - len(report.rejections)
    ctx.say("scans.stored", args.number, len(report.page_ids), stored, len(args.files))
    for _file, refusal in report.rejections:
        ctx.err(ctx.refusal(refusal))
    if not args.no_ocr and report.page_ids:
        _read_text(ctx, PageTextService(ctx.database()), report.page_ids)
    return 0 if report.ok else 2


def read_scans(ctx: Context) -> int:
    actor = ctx.sign_in()
    try:
        application_id = DocumentService(ctx.database()).application_id(actor, ctx.args.number)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    service = PageTextService(ctx.database())
    return _read_text(ctx, service, service.unread(actor, application_id))


def scans_pdf(ctx: Context) -> int:
    actor = ctx.sign_in()
    try:
        application_id = DocumentService(ctx.database()).application_id(actor, ctx.args.number)
        pdf = PageTextService(ctx.database()).scans_pdf(actor, application_id)
    except DomainError as exc:
        raise CliError(str(exc), reason="refused", values=(ctx.refusal(exc),)) from exc
    out = ctx.output(ctx.args.output)
    ctx.write(out, pdf.data)
    number = ctx.args.number
    if pdf.with_text == pdf.pages:
        ctx.say("scans.pdf", number, out)
        return 0
    ctx.say("scans.pdf_partial", number, out, pdf.with_text, pdf.pages)
    if pdf.unread:
        ctx.say("scans.pdf_unread", pdf.unread, number)
    if pdf.failed:
        ctx.say("scans.pdf_failed", pdf.failed)
    return 0


def _read_text(ctx: Context, service: PageTextService, page_ids: list[int]) -> int:
    """OCR of the stored pages; the pages stay stored whatever it says. 0 when every page
    was read, 1 when OCR is missing or a page could not be read."""
    reading = service.read_pages(ctx.sign_in(), page_ids)
    if reading.missing:
        ctx.err(ctx.refusal(reading.not_installed()))
        return 1
    ctx.say("scans.read", reading.read)
    for page_id, reason in reading.failed:
        ctx.err(ctx.words.line("scans.not_read", page_id, reason))
    return 1 if reading.failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "import-scans", import_scans,
                    help="attach scanned files (JPEG, PNG, TIFF, PDF) to an application")
    p.add_argument("number", metavar="NUMBER", help="registration number, e.g. AKM-2026-00001")
    p.add_argument("files", metavar="FILE", nargs="+", help="the files, in page order")
    p.add_argument("--kind", choices=[k.value for k in PageKind], default=PageKind.FORM.value,
                   help="what the pages are (default: form)")
    p.add_argument("--dpi", type=int, default=300,
                   help="resolution to store and to render PDFs at (default 300)")
    p.add_argument("--no-ocr", action="store_true",
                   help="store the pages without reading their text (OCR)")
    p = add_command(sub, "read-scans", read_scans,
                    help="read the text (OCR) of an application's pages not read yet")
    p.add_argument("number", metavar="NUMBER", help="registration number, e.g. AKM-2026-00001")
    p = add_command(sub, "scans-pdf", scans_pdf,
                    help="write an application's scans as one searchable PDF/A (the text "
                         "read from them invisible under each page)")
    p.add_argument("number", metavar="NUMBER", help="registration number, e.g. AKM-2026-00001")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
