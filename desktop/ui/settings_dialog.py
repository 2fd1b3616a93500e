"""The settings dialog: the interface language and the appearance (light or dark).

Accepting a new language switches the running interface at once (see
:mod:`desktop.ui.kit.language`); nothing open is closed, so no typed text is lost. A new
appearance switches the application palette at once too (see :mod:`desktop.ui.kit.theme`).
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

from desktop.domain.regions import LANGUAGES
from desktop.ui.kit import settings
from desktop.ui.kit.language import LANGUAGE_NAMES, apply_language, system_language
from desktop.ui.kit.theme import DARK, LIGHT, SYSTEM, apply_color_scheme, color_scheme

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Choose the interface language (the system's, Kazakh, Russian or English) and the
    appearance (the system's, light or dark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.appearance = QComboBox(self)
        for scheme in (SYSTEM, LIGHT, DARK):
            self.appearance.addItem("", scheme)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(color_scheme())))
        self.appearance_label = QLabel(self)
        self.appearance_label.setBuddy(self.appearance)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.appearance_label, self.appearance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 210)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language.setItemText(0, self.tr("System default (%1)").replace(
            "%1", LANGUAGE_NAMES[system_language()]))
        self.appearance_label.setText(self.tr("&Appearance:"))
        self.appearance.setItemText(0, self.tr("System default"))
        self.appearance.setItemText(1, self.tr("Light"))
        self.appearance.setItemText(2, self.tr("Dark"))
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

    def chosen_scheme(self) -> str:
        """The appearance chosen: "system", "light" or "dark"."""
        return str(self.appearance.currentData() or SYSTEM)

    def accept(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if self.chosen_language() != settings.LANGUAGE.get():
            apply_language(app, self.chosen_language())
        if self.chosen_scheme() != color_scheme():
            apply_color_scheme(app, self.chosen_scheme())
        super().accept()
