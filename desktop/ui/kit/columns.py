"""The columns of a list whose widths follow the interface language.

A Kazakh or Russian title is often twice as long as the English one, so widths chosen for one
language clip another's titles ("редметы") and values. The header's state (widths, order,
sort) is kept for each language apart, the first time a language is used its widths come
from its own words, and no section is left narrower than its title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QStyle

from desktop.ui.kit import settings
from desktop.ui.kit.language import interface_language

__all__ = ["LanguageColumns", "title_width"]


def title_width(header: QHeaderView, logical: int) -> int:
    """The width section *logical* needs to show its whole title, sort mark included."""
    style = header.style()
    title = str(header.model().headerData(logical, header.orientation()) or "")
    width = header.fontMetrics().horizontalAdvance(title) + 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return width + 4


class LanguageColumns:
    """Keeps *header*'s state under ``<name>/header/<language>``; *fit* sizes the columns
    for the interface language when it has no state kept yet."""

    def __init__(self, header: QHeaderView, name: str, fit: Callable[[], None]) -> None:
        self.header = header
        self.name = name
        self.fit = fit
        self.language = interface_language()
        self.restored = self._restore()

    def _setting(self, language: str) -> settings.Setting[QByteArray]:
        return settings.header_state(self.name, language)

    def _restore(self) -> bool:
        """The state kept for the interface language, else widths from its words; whether
        a kept state was restored (its sort with it)."""
        self.fit()
        saved = self._setting(self.language).get()
        restored = not saved.isEmpty() and self.header.restoreState(saved)
        self.widen_to_titles()
        return restored

    def widen_to_titles(self) -> None:
        """No section narrower than its title (the stretched last one included: on a
        narrow screen the others leave it less room than its title needs)."""
        header = self.header
        for logical in range(header.count()):
            if header.isSectionHidden(logical) or \
                    header.sectionResizeMode(logical) != QHeaderView.ResizeMode.Interactive:
                continue
            needed = title_width(header, logical)
            if header.sectionSize(logical) < needed:
                header.resizeSection(logical, needed)

    def save(self) -> None:
        self._setting(self.language).set(self.header.saveState())

    def switch_language(self) -> bool:
        """After a language change: keep the widths of the language left, take those of
        the new one; whether a kept state (and its sort) was restored."""
        new = interface_language()
        if new == self.language:
            self.widen_to_titles()
            return False
        self.save()
        self.language = new
        return self._restore()


