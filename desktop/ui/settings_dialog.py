"""The settings dialog: the interface language.

Accepting a new language switches the running interface at once (see
:mod:`desktop.ui.language`); nothing open is closed, so no typed text is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.regions import LANGUAGES
from desktop.ui import settings
from desktop.ui.language import LANGUAGE_NAMES, apply_language, system_language

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Choose the interface language: the system's, Kazakh, Russian or English."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 180)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language.setItemText(0, self.tr("System default (%1)").replace(
            "%1", LANGUAGE_NAMES[system_language()]))
        self.note.setText(self.tr("Dates, numbers and the names of countries follow the "
                                  "language. Open windows switch at once; nothing typed is "
                                  "lost."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        """The code chosen ("kk", "ru", "en"), or empty for the system's language."""
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        if self.chosen_language() != settings.LANGUAGE.get():
            app = QApplication.instance()
            assert app is not None
            apply_language(app, self.chosen_language())
        super().accept()
