"""What a form's marks mean, the same on every screen.

- A red asterisk marks a field that must be filled in; :class:`RequiredNote` says so at the
  top of the form that has them, where the eye meets it before the fields.
- A field the user may not change looks it: :func:`show_read_only` gives it the window's
  background instead of the white of an editable box.
- A question that can throw work away puts the destructive icon on the destructive button
  and none on the button that keeps the work (:func:`ask_before_losing`): a red cross on
  "Continue editing" said the opposite of what the button does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.kit.icons import icon
from desktop.ui.kit.theme import Tone, tone_colour

__all__ = ["DESTRUCTIVE_ICON", "READ_ONLY", "RequiredNote", "ask_before_losing", "asterisk",
           "mark_destructive", "mark_required", "show_read_only"]

DESTRUCTIVE_ICON = "delete"
"""The icon of a button that throws something away."""
READ_ONLY = "readOnlyLook"
"""Set (True) on a field shown as read-only by :func:`show_read_only`."""


def asterisk() -> str:
    """The red asterisk of a required field, as rich text."""
    return f"<span style='color:{tone_colour(Tone.ERROR).name()}'>*</span>"


def mark_required(label: QLabel, text: str) -> None:
    """Show *text*, a field's name with " *" for a required field ("Surname *:"), on
    *label* with the asterisk in red."""
    if " *" in text:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(escape(text).replace(" *", f" {asterisk()}", 1))
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)


class RequiredNote(QLabel):
    """"* required" (or the form's own words for it) at the top of a form with asterisks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequiredNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def say(self, words: str) -> None:
        """*words* after the asterisk: what a required field is needed for."""
        self.setText(f"{asterisk()} {words}")


Editable = QLineEdit | QPlainTextEdit | QTextEdit


def show_read_only(field: Editable, read_only: bool) -> None:
    """Make *field* read-only or editable, and look it: a read-only one takes the window's
    colour (the text stays selectable and copyable)."""
    field.setReadOnly(read_only)
    field.setProperty(READ_ONLY, read_only)
    palette = QPalette()  # no role of its own: the application's palette
    if read_only:
        palette = field.palette()
        palette.setBrush(QPalette.ColorRole.Base, palette.brush(QPalette.ColorRole.Window))
    field.setPalette(palette)


def mark_destructive(button: QAbstractButton) -> None:
    button.setIcon(icon(DESTRUCTIVE_ICON))
    button.setProperty("destructive", True)


def ask_before_losing(parent: QWidget, title: str, text: str, lose: str,
                      keep: str) -> tuple[QMessageBox, QAbstractButton]:
    """A question whose answers lose the work (*lose*, with the destructive icon) or keep
    it (*keep*, no icon, the default and Escape); the box and its *lose* button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    losing = box.addButton(lose, QMessageBox.ButtonRole.DestructiveRole)
    mark_destructive(losing)
    keeping = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    keeping.setIcon(QIcon())
    box.setDefaultButton(keeping)
    box.setEscapeButton(keeping)
    return box, losing
