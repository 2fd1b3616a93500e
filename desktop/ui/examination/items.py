"""The application's items with the state of each one's examination."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.examination import ItemExamination, RecordState
from desktop.ui.kit.retranslate import translated
from desktop.ui.kit.theme import Tone, tone_colour
from desktop.ui.kit.vocabulary import annex_lack_name, field_name

__all__ = ["ItemsList"]

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TONE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The :class:`Tone` of an agreed item's state, so it is coloured again for a new palette."""


class ItemsList(QTreeWidget):
    """One line per item: number, name, and "not examined" / "opinions" / "agreed" with what
    the agreed result still lacks."""

    itemChosen = Signal(int)
    """The id of the item the user picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        self.rows: list[ItemExamination] = []
        self.currentItemChanged.connect(self._changed)
        translated(self, self._retranslate)

    def _retranslate(self) -> None:
        """The headers and each item's state in the interface language."""
        self.setAccessibleName(self.tr("Items"))
        self.setHeaderLabels([self.tr("No."), self.tr("Item"), self.tr("Examination")])
        for index, row in enumerate(self.rows):
            line = self.topLevelItem(index)
            if line is not None:
                line.setText(2, self.state_text(row))
                line.setToolTip(2, line.text(2))

    def set_items(self, rows: Sequence[ItemExamination], keep: int | None = None) -> None:
        """Show *rows*, keeping the item *keep* selected (default: the first)."""
        blocked = self.blockSignals(True)
        try:
            self.clear()
            self.rows = list(rows)
            chosen = None
            for row in self.rows:
                line = QTreeWidgetItem([str(row.position), f"{row.name} × {row.quantity}"
                                        if row.quantity > 1 else row.name, self.state_text(row)])
                line.setData(0, _ID_ROLE, row.item_id)
                line.setToolTip(2, self.state_text(row))
                if row.state == RecordState.AGREED:
                    tone = Tone.WARNING if row.missing or row.annex_lacks or row.untranslated \
                        else Tone.SUCCESS
                    line.setData(2, _TONE_ROLE, str(tone))
                    line.setForeground(2, QBrush(tone_colour(tone)))
                self.addTopLevelItem(line)
                if chosen is None or row.item_id == keep:
                    chosen = line
            if chosen is not None:
                self.setCurrentItem(chosen)
        finally:
            self.blockSignals(blocked)
        shown = max(2, min(len(self.rows), 6))
        self.setFixedHeight(self.header().sizeHint().height() + 6
                            + shown * max(self.sizeHintForRow(0), self.fontMetrics().height() + 4))

    def state_text(self, row: ItemExamination) -> str:
        if row.state == RecordState.NONE:
            text = self.tr("not examined yet")
        elif row.state == RecordState.OPINIONS:
            text = self.tr("opinions: %1").replace("%1", ", ".join(row.opinion_authors))
        elif row.missing:
            missing = ", ".join(field_name(f).lower() for f in row.missing)
            text = self.tr("agreed; missing: %1").replace("%1", missing)
        else:
            text = self.tr("agreed, complete")
        if row.state == RecordState.AGREED and row.untranslated:
            text += " · " + self.tr("not in both languages: %1").replace(
                "%1", ", ".join(field_name(f).lower() for f in row.untranslated))
        if row.state == RecordState.AGREED and row.annex_lacks:
            text += " · " + self.tr("annex photos: %1").replace(
                "%1", ", ".join(annex_lack_name(code) for code in row.annex_lacks))
        if row.has_my_draft:
            text += " · " + self.tr("unsaved draft")
        return text

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark): the states take their colours for it."""
        if event.type() == QEvent.Type.PaletteChange:
            for i in range(self.topLevelItemCount()):
                line = self.topLevelItem(i)
                tone = line.data(2, _TONE_ROLE) if line is not None else None
                if line is not None and tone:
                    line.setForeground(2, QBrush(tone_colour(Tone(tone))))
        super().changeEvent(event)

    def current_item_id(self) -> int | None:
        line = self.currentItem()
        return int(line.data(0, _ID_ROLE)) if line is not None else None

    def select_item(self, item_id: int) -> None:
        for i in range(self.topLevelItemCount()):
            line = self.topLevelItem(i)
            if line is not None and line.data(0, _ID_ROLE) == item_id:
                self.setCurrentItem(line)
                return

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.itemChosen.emit(int(current.data(0, _ID_ROLE)))
