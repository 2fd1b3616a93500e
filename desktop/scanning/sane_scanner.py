"""Scanning through SANE (``python-sane``), an optional extra: ``pip install '.[scan]'``.

Everything here works without it: :func:`available` then says why scanning is off, and the
other functions raise :class:`ScannerError` with the same reason.

SANE reads its configuration (``SANE_CONFIG_DIR``, ``dll.conf``) once, at the first
``sane.init()`` in the process; this module calls it on first use and never again.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import DomainError

if TYPE_CHECKING:  # Pillow loads with the first scan, not with the scan modes' names
    from PIL import Image

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

log = logging.getLogger(__name__)

ScanProgress = Callable[[int, int, int], None]
"""``progress(page, lines_done, lines_total)`` while a page is being read (page from 1)."""

_NO_DOCS = "Document feeder out of documents"
_INIT_LOCK = threading.Lock()
_state: dict[str, Any] = {}


class ScannerError(DomainError):
    """SANE or the scanner refused; ``values`` name the scanner and what it said."""

    code = "scanner"


class ScanMode(StrEnum):
    COLOR = "color"
    GRAY = "gray"
    LINEART = "lineart"


class ScanSource(StrEnum):
    FLATBED = "flatbed"
    ADF = "adf"


@dataclass(frozen=True)
class ScanSettings:
    device: str
    resolution: int = 300
    mode: ScanMode = ScanMode.GRAY
    source: ScanSource = ScanSource.FLATBED


@dataclass(frozen=True)
class ScannerDevice:
    name: str
    """What :class:`ScanSettings` wants, e.g. ``"epson2:libusb:001:004"``."""
    vendor: str
    model: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model}".strip() or self.name


@dataclass(frozen=True)
class Availability:
    """Whether scanning works here; false with the refusal that says why (``bool()``
    works)."""

    ok: bool
    problem: ScannerError | None = None

    def __bool__(self) -> bool:
        return self.ok

    @property
    def reason(self) -> str:
        """Why not, in English (for logs)."""
        return str(self.problem or "")


def _sane() -> ModuleType:
    """The initialised ``sane`` module, or :class:`ScannerError` saying why not."""
    with _INIT_LOCK:
        if "module" in _state:
            return _state["module"]  # type: ignore[no-any-return]
        if "error" in _state:
            failed: ScannerError = _state["error"]
            raise failed.with_traceback(None)
        try:
            module = importlib.import_module("sane")
        except ImportError as exc:
            # A missing python-sane, or a _sane extension that cannot find libsane.so.1.
            _state["error"] = ScannerError(
                "scanning needs the python-sane package and the SANE library (libsane1): "
                f"{exc}", exc, reason="no_sane")
            raise _state["error"] from exc
        try:
            version = module.init()
        except Exception as exc:  # _sane.error: the library is present but unusable
            _state["error"] = ScannerError(f"the SANE library could not start: {exc}", exc,
                                           reason="sane_start")
            raise _state["error"] from exc
        log.info("SANE %s initialised", ".".join(str(v) for v in version[1:]))
        _state["module"] = module
        return module


def available() -> Availability:
    """True when SANE can be used; otherwise False and the reason to show in the menu."""
    try:
        _sane()
    except ScannerError as exc:
        return Availability(False, exc)
    return Availability(True)


def list_devices() -> list[ScannerDevice]:
    """The scanners SANE finds now (network scanners too, which can take seconds)."""
    sane = _sane()
    try:
        found = sane.get_devices()
    except Exception as exc:
        raise ScannerError(f"cannot list the scanners: {exc}", exc, reason="list") from exc
    return [ScannerDevice(*(str(v) for v in entry)) for entry in found]


def _pick(option: Any, wanted: tuple[str, ...], setting: str, device: str) -> str:
    """The first of the device's choices for *option* that contains one of *wanted*."""
    choices = [c for c in (option.constraint or []) if isinstance(c, str)]
    for word in wanted:
        for choice in choices:
            if word in choice.lower():
                return choice
    raise ScannerError(f"the scanner {device} offers no {setting} ({', '.join(choices)})",
                       device, ", ".join(choices), reason="no_setting")


def _configure(dev: Any, settings: ScanSettings) -> bool:
    """Apply *settings*; True when line art must be thresholded in software."""
    opts = dev.opt
    soft_lineart = False
    if "mode" in opts:
        if settings.mode == ScanMode.LINEART:
            try:
                dev.mode = _pick(opts["mode"], ("lineart", "binary", "black & white"),
                                 "line-art mode", settings.device)
            except ScannerError:
                dev.mode = _pick(opts["mode"], ("gray", "grey"), "gray mode", settings.device)
                depths = opts["depth"].constraint if "depth" in opts else None
                if isinstance(depths, list) and 1 in depths:
                    dev.depth = 1
                else:
                    soft_lineart = True
        else:
            colours = ("color", "colour") if settings.mode == ScanMode.COLOR else ("gray", "grey")
            dev.mode = _pick(opts["mode"], colours, f"{settings.mode} mode", settings.device)
            if "depth" in opts and isinstance(opts["depth"].constraint, list) \
                    and 8 in opts["depth"].constraint:
                dev.depth = 8
    if "source" in opts:
        wanted: tuple[str, ...] = ("flatbed", "normal") if settings.source == ScanSource.FLATBED \
            else ("automatic document feeder", "adf", "feeder")
        dev.source = _pick(opts["source"], wanted, f"{settings.source} source", settings.device)
    elif settings.source == ScanSource.ADF:
        raise ScannerError(f"the scanner {settings.device} has no document feeder",
                           settings.device, reason="no_feeder")
    if "resolution" in opts:
        _set_resolution(dev, opts["resolution"], settings)
    # The whole glass (or the longest sheet the feeder takes).
    for name, end in (("tl_x", 0), ("tl_y", 0), ("br_x", 1), ("br_y", 1)):
        option = opts.get(name)
        if option is not None and option.is_active() and isinstance(option.constraint, tuple):
            setattr(dev, name, option.constraint[end])
    return soft_lineart


def _set_resolution(dev: Any, option: Any, settings: ScanSettings) -> None:
    constraint = option.constraint
    value = settings.resolution
    if isinstance(constraint, tuple) and not constraint[0] <= value <= constraint[1]:
        raise ScannerError(f"the scanner {settings.device} scans at {constraint[0]:g} to "
                           f"{constraint[1]:g} dpi, not {value}", settings.device,
                           f"{constraint[0]:g}–{constraint[1]:g}", value,
                           reason="resolution")
    if isinstance(constraint, list) and value not in constraint:
        offered = ", ".join(f"{v:g}" for v in constraint)
        raise ScannerError(f"the scanner {settings.device} offers {offered} dpi, not {value}",
                           settings.device, offered, value, reason="resolution")
    dev.resolution = value


def _threshold(img: Image.Image) -> Image.Image:
    return img.convert("L").point(lambda v: 255 if v >= 128 else 0)


def scan_pages(
    settings: ScanSettings,
    progress: ScanProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Image.Image]:
    """Scan and yield pages: one from the flatbed, or the feeder's until it is empty.

    Each image carries ``info["dpi"]``. When *cancelled* turns true, the page being read
    is dropped and the generator ends. Errors (jam, cover open, no such device) raise
    :class:`ScannerError`.
    """
    sane = _sane()
    stop = cancelled or (lambda: False)
    try:
        dev = sane.open(settings.device)
    except Exception as exc:
        raise ScannerError(f"cannot open the scanner {settings.device}: {exc}",
                           settings.device, exc, reason="open") from exc
    try:
        try:
            soft_lineart = _configure(dev, settings)
        except (AttributeError, TypeError, sane._sane.error) as exc:
            raise ScannerError(f"the scanner {settings.device} refused the settings: {exc}",
                               settings.device, exc, reason="settings") from exc
        adf = settings.source == ScanSource.ADF
        page = 0
        while not stop():
            page += 1
            try:
                dev.start()
            except sane._sane.error as exc:
                if str(exc) == _NO_DOCS and (page > 1 or not adf):
                    break  # the feeder is empty: the batch is complete
                if str(exc) == _NO_DOCS:
                    raise ScannerError("the document feeder is empty", settings.device,
                                       reason="feeder_empty") from exc
                raise ScannerError(f"the scanner {settings.device} failed: {exc}",
                                   settings.device, exc, reason="failed") from exc
            image = _read_page(dev, page, progress, no_cancel=adf)
            if stop():
                log.info("scan cancelled during page %d; the page is dropped", page)
                break
            resolution = float(dev.resolution) if "resolution" in dev.opt \
                else float(settings.resolution)
            if soft_lineart:
                image = _threshold(image)
            image.info["dpi"] = (resolution, resolution)
            yield image
            if not adf:
                break
    finally:
        try:
            dev.cancel()
        finally:
            dev.close()


def _read_page(dev: Any, page: int, progress: ScanProgress | None, *,
               no_cancel: bool) -> Image.Image:
    def report(done: int, total: int) -> None:
        # Called from inside the C extension: an exception escaping here would crash it.
        if progress is None:
            return
        try:
            progress(page, done, total)
        except Exception:
            log.exception("scan progress callback failed")

    try:
        return dev.snap(no_cancel, progress=report)  # type: ignore[no-any-return]
    except Exception as exc:
        raise ScannerError(f"reading page {page} from the scanner failed: {exc}", page, exc,
                           reason="read_page") from exc
