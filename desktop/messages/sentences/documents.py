"""Sentences for refusals of scans, photos, pages and their stored bytes, and the scanner."""

from __future__ import annotations

from desktop.messages.marks import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- a file to import, or a photo to compare (%1 names it) --
    "file.empty": QT_TRANSLATE_NOOP("Errors", "%1: the file is empty."),
    "file.folder": QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a file."),
    "file.special": QT_TRANSLATE_NOOP("Errors", "%1 is not an ordinary file (a pipe, a device "
                                      "or a socket); it was not opened."),
    "file.missing": QT_TRANSLATE_NOOP("Errors", "%1: the file does not exist."),
    "file.too_big": QT_TRANSLATE_NOOP("Errors", "%1: the file is %2 MB, more than the limit of "
                                      "%3 MB."),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "%1: the file cannot be read (%2)."),
    "file.unknown_format": QT_TRANSLATE_NOOP("Errors", "%1: the format is not known; accepted "
                                             "are %2."),
    "file.too_large": QT_TRANSLATE_NOOP("Errors", "%1: the image is too large to open "
                                        "safely."),
    "file.too_many_pixels": QT_TRANSLATE_NOOP("Errors", "%1: the image is %2×%3 pixels (%4 "
                                              "megapixels), more than the limit of %5 "
                                              "megapixels."),
    "file.no_memory": QT_TRANSLATE_NOOP("Errors", "%1: there is not enough memory to open the "
                                        "image."),
    "file.truncated": QT_TRANSLATE_NOOP("Errors", "%1: the image is cut off (the file is "
                                        "incomplete)."),
    "file.damaged": QT_TRANSLATE_NOOP("Errors", "%1: the image data is damaged (%2)."),
    "file.tiff_pages": QT_TRANSLATE_NOOP("Errors", "%1: the TIFF has %2 pages, more than the "
                                         "limit of %3."),
    "file.pdf_password": QT_TRANSLATE_NOOP("Errors", "%1: the PDF is protected by a password; "
                                           "save an unprotected copy and import that."),
    "file.pdf_damaged": QT_TRANSLATE_NOOP("Errors", "%1: the PDF is damaged or not a PDF "
                                          "(%2)."),
    "file.pdf_no_pages": QT_TRANSLATE_NOOP("Errors", "%1: the PDF has no pages."),
    "file.pdf_pages": QT_TRANSLATE_NOOP("Errors", "%1: the PDF has %2 pages, more than the "
                                        "limit of %3."),
    "file.pdf_page": QT_TRANSLATE_NOOP("Errors", "%1: page %2 of the PDF cannot be drawn "
                                       "(%3)."),
    "file.not_stored": QT_TRANSLATE_NOOP("Errors", "%1 could not be stored (%2)."),
    # -- the pages of an application --
    "documents_locked.decided": QT_TRANSLATE_NOOP("Errors", "Application %1 is decided (%2): "
                                                  "its documents can no longer change."),
    "documents_locked.return_photos": QT_TRANSLATE_NOOP("Errors", "Application %1 is «%2»: "
                                                        "photos of returned items are added "
                                                        "while its agreed export is open."),
    "domain.page_kind": QT_TRANSLATE_NOOP("Errors", "There is no kind of page «%1» (known: "
                                          "%2)."),
    "domain.page_kind_fixed": QT_TRANSLATE_NOOP("Errors", "Page %1 is a photo of a returned "
                                                "item; its kind cannot be changed."),
    "domain.page_image": QT_TRANSLATE_NOOP("Errors", "Page %1 never had this image; it "
                                           "cannot be shown again."),
    "domain.dpi": QT_TRANSLATE_NOOP("Errors", "The resolution must be %1 to %2 dpi, not %3."),
    "domain.page_position": QT_TRANSLATE_NOOP("Errors", "Position %1 is outside the pages 1 to "
                                              "%2."),
    "page_edit.angle": QT_TRANSLATE_NOOP("Errors", "A page turns by 90, 180 or 270 degrees, "
                                         "not %1."),
    "page_edit.crop_box": QT_TRANSLATE_NOOP("Errors", "A crop frame has four numbers: left, "
                                            "top, right, bottom."),
    "page_edit.crop_outside": QT_TRANSLATE_NOOP("Errors", "The crop frame reaches outside the "
                                                "page."),
    "page_edit.crop_small": QT_TRANSLATE_NOOP("Errors", "The crop frame is smaller than "
                                              "%1×%1 pixels."),
    "page_edit.gray_already": QT_TRANSLATE_NOOP("Errors", "The page is already in shades of "
                                                "gray."),
    "page_edit.skew": QT_TRANSLATE_NOOP("Errors", "The page is turned by %1°, more than the "
                                        "±%2° straightening corrects: rotate it first."),
    "unreadable_page.undecodable": QT_TRANSLATE_NOOP("Errors", "The stored image of this page "
                                                     "cannot be opened (%1)."),
    "blob_corrupted.hash": QT_TRANSLATE_NOOP("Errors", "The stored file %1 is damaged: its "
                                             "contents no longer match their checksum. "
                                             "Restore it from a backup."),
    # -- the scanner --
    "scanner.no_sane": QT_TRANSLATE_NOOP("Errors", "Scanning needs the python-sane package "
                                         "and the SANE library (libsane1): %1"),
    "scanner.sane_start": QT_TRANSLATE_NOOP("Errors", "The SANE library could not start: %1"),
    "scanner.list": QT_TRANSLATE_NOOP("Errors", "The scanners cannot be listed: %1"),
    "scanner.no_setting": QT_TRANSLATE_NOOP("Errors", "The scanner %1 does not offer this "
                                            "setting (it offers: %2)."),
    "scanner.no_feeder": QT_TRANSLATE_NOOP("Errors", "The scanner %1 has no document "
                                           "feeder."),
    "scanner.resolution": QT_TRANSLATE_NOOP("Errors", "The scanner %1 scans at %2 dpi, not at "
                                            "%3."),
    "scanner.open": QT_TRANSLATE_NOOP("Errors", "The scanner %1 cannot be opened: %2"),
    "scanner.settings": QT_TRANSLATE_NOOP("Errors", "The scanner %1 refused the settings: %2"),
    "scanner.feeder_empty": QT_TRANSLATE_NOOP("Errors", "The document feeder of %1 is empty: "
                                              "put the pages in and scan again."),
    "scanner.failed": QT_TRANSLATE_NOOP("Errors", "The scanner %1 reported a problem: %2"),
    "scanner.read_page": QT_TRANSLATE_NOOP("Errors", "Page %1 could not be read from the "
                                           "scanner: %2"),
    "ocr.not_installed": QT_TRANSLATE_NOOP("Errors", "OCR is not installed (missing: %1): "
                                           "the pages are stored without their text."),
    "ocr.failed": QT_TRANSLATE_NOOP("Errors", "The text of the page could not be read: %1"),
    "ocr.timeout": QT_TRANSLATE_NOOP("Errors", "The text of the page could not be read in %1 "
                                     "seconds."),
    "not_found.scans": QT_TRANSLATE_NOOP("Errors", "Application %1 has no scanned pages."),
}
