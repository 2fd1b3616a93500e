"""Scanning paper documents through SANE: plain Python, no Qt, and optional.

The pages it yields go through the same storing path as imported files:
:meth:`desktop.services.documents.DocumentService.import_images`.
"""

from desktop.scanning.sane_scanner import (
    Availability,
    ScanMode,
    ScannerDevice,
    ScannerError,
    ScanSettings,
    ScanSource,
    available,
    list_devices,
    scan_pages,
)

__all__ = [
    "Availability",
    "ScanMode",
    "ScanSettings",
    "ScanSource",
    "ScannerDevice",
    "ScannerError",
    "available",
    "list_devices",
    "scan_pages",
]
