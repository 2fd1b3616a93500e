"""What a window shows as text, measured against the room it has, and compared with the
catalogue of translations (``resources/translations/*.ts``).

:func:`shown_texts` lists every visible text a user reads: labels, buttons, tab labels,
group titles and the headers of lists and tables. :func:`clipped` measures each with its
widget's font against the width the widget gives it; :func:`StaleWords` knows, for a switch
from one language to another, which texts belong to the language left behind.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop.resources import resources_dir

__all__ = ["ELIDES", "Shown", "StaleWords", "cell_texts", "clipped", "shown_texts"]

ELIDES = "elides"
"""A widget with this dynamic property set shortens its text by design (the whole text in
its tooltip): it is not measured."""

_TOLERANCE = 1


@dataclass(frozen=True)
class Shown:
    """One visible text: the widget it is on (type and object name) and the text."""

    where: str
    text: str
    widget: QWidget


def _name(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}{f' {name!r}' if name else ''}"


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and (
        widget.window() is window)


def shown_texts(window: QWidget) -> Iterator[Shown]:
    """Every text of *window* a user can see now (widgets hidden or in hidden tabs left out)."""
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.text():
            yield Shown(_name(widget), widget.text(), widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and widget.toolButtonStyle() \
                    == Qt.ToolButtonStyle.ToolButtonIconOnly and not widget.icon().isNull():
                continue
            yield Shown(_name(widget), widget.text(), widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            yield Shown(_name(widget), widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.tabText(index):
                    yield Shown(f"tab {index} of {_name(widget.parentWidget() or widget)}",
                                widget.tabText(index), widget)
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for logical in range(widget.count()):
                if widget.isSectionHidden(logical) or widget.sectionSize(logical) == 0:
                    continue
                text = widget.model().headerData(logical, widget.orientation())
                if isinstance(text, str) and text:
                    yield Shown(f"header section {logical} of "
                                f"{_name(widget.parentWidget() or widget)}", text, widget)


def cell_texts(window: QWidget, rows: int = 30) -> Iterator[Shown]:
    """The texts of the first *rows* rows of every visible list, table and tree (their
    cells shorten long texts by design, so they are compared, not measured)."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not _visible(view, window):
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model that keeps its columnCount() to itself
            columns = 1
        for row in range(min(rows, model.rowCount(QModelIndex()))):
            for column in range(columns):
                text = model.index(row, column).data()
                if isinstance(text, str) and text:
                    yield Shown(f"row {row}, column {column} of {_name(view)}", text, view)


def _plain(text: str) -> str:
    """The text as painted: a mnemonic's ``&`` is not drawn, ``&&`` draws one."""
    return re.sub(r"&(.)", r"\1", text)


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in _plain(text).split("\n")),
               default=0)


def _label_problem(label: QLabel) -> int | None:
    """How many pixels the label's text lacks (None: it fits or wraps by design)."""
    if label.wordWrap() or label.property(ELIDES):
        return None
    room = label.contentsRect().width() - 2 * label.margin()
    if label.indent() > 0:
        room -= label.indent()
    metrics = label.fontMetrics()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        needed = int(document.idealWidth() + 0.999)
    else:
        needed = _advance(metrics, label.text())
    return needed - room if needed > room + _TOLERANCE else None


def _button_problem(button: QAbstractButton) -> int | None:
    if button.property(ELIDES):
        return None
    style = button.style()
    needed = _advance(button.fontMetrics(), button.text())
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        metric = QStyle.PixelMetric
        indicator = metric.PM_IndicatorWidth if isinstance(button, QCheckBox) \
            else metric.PM_ExclusiveIndicatorWidth
        spacing = metric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) \
            else metric.PM_RadioButtonLabelSpacing
        needed += style.pixelMetric(indicator, None, button) + style.pixelMetric(
            spacing, None, button)
        room = button.width()
    elif isinstance(button, QPushButton):
        room = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin,
                                                      None, button)
        if button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    else:
        room = button.width() - 4
    return needed - room if needed > room + _TOLERANCE else None


def _tab_problem(bar: QTabBar, index: int) -> int | None:
    style = bar.style()
    rect: QRect = bar.tabRect(index)
    if not bar.usesScrollButtons():  # squeezed into the bar, not scrolled along it
        rect = rect.intersected(bar.rect())
    room = rect.width() - style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
        button = bar.tabButton(index, side)
        if button is not None and button.isVisibleTo(bar):
            room -= button.width()
    needed = _advance(bar.fontMetrics(), bar.tabText(index))
    if not bar.tabIcon(index).isNull():
        needed += bar.iconSize().width() + 4
    return needed - room if needed > room + _TOLERANCE else None


def _header_problem(header: QHeaderView, logical: int, text: str) -> int | None:
    style = header.style()
    room = header.sectionSize(logical) - 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    needed = _advance(header.fontMetrics(), text)
    return needed - room if needed > room + _TOLERANCE else None


def _combo_problem(combo: QComboBox, text: str) -> int | None:
    """How many pixels *text*, chosen, would lack in the combo box's field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 2  # the style draws the label 1 px in from either side
    needed = _advance(combo.fontMetrics(), text)
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index >= 0 and not combo.itemIcon(index).isNull():
        needed += combo.iconSize().width() + 4
    return needed - room if needed > room + _TOLERANCE else None


def _combo_texts(window: QWidget) -> Iterator[tuple[QComboBox, str]]:
    """Each visible combo box that is chosen from (not typed in) with its longest item: any
    item may be the one shown."""
    for combo in window.findChildren(QComboBox):
        if combo.isEditable() or combo.count() == 0 or not _visible(combo, window) \
                or combo.property(ELIDES):
            continue
        yield combo, max((combo.itemText(i) for i in range(combo.count())),
                         key=lambda text: _advance(combo.fontMetrics(), text))


def clipped(window: QWidget, name: str) -> list[str]:
    """Every visible text of *window* wider than the room its widget gives it, by widget
    and text, and the longest item of every combo box chosen from; word-wrapped labels
    and widgets that elide by design (:data:`ELIDES`) are left out."""
    problems = []
    for combo, longest in _combo_texts(window):
        lacking = _combo_problem(combo, longest)
        if lacking is not None:
            problems.append(f"{name}: {_name(combo)} item {longest!r} lacks {lacking} px")
    for shown in shown_texts(window):
        widget = shown.widget
        lacking: int | None
        if isinstance(widget, QLabel):
            lacking = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            lacking = _button_problem(widget)
        elif isinstance(widget, QTabBar):
            index = next(i for i in range(widget.count()) if widget.tabText(i) == shown.text)
            lacking = _tab_problem(widget, index)
        elif isinstance(widget, QHeaderView):
            logical = next(i for i in range(widget.count())
                           if widget.model().headerData(i, widget.orientation()) == shown.text)
            lacking = _header_problem(widget, logical, shown.text)
        else:
            lacking = None  # a group box's title widens the box itself
        if lacking is not None:
            problems.append(f"{name}: {shown.where} {shown.text!r} lacks {lacking} px")
    return problems


def _catalogue(language: str) -> list[tuple[str, list[str]]]:
    """Each message of the language's catalogue: its source and its translation(s)."""
    path = Path(resources_dir()) / "translations" / f"export_commission_{language}.ts"
    messages = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if not forms:
            forms = [translation.text or source]
        messages.append((source, forms))
    return messages


def _pattern(text: str) -> re.Pattern[str] | None:
    """A text with %1…%9 or %n as a pattern of what it looks like once filled in, if enough
    of it is fixed words to tell it from other texts (at least four letters)."""
    parts = re.split(r"(%[1-9n])", text)
    fixed = "".join(parts[0::2])
    if sum(ch.isalpha() for ch in fixed) < 4:
        return None
    body = "".join(r"\d+" if part == "%n" else ".+" if re.fullmatch(r"%[1-9]", part)
                   else re.escape(part) for part in parts)
    return re.compile(f"^{body}$", re.DOTALL)


class StaleWords:
    """The texts of language *old* that language *new* words otherwise: seeing one after the
    switch means a widget was not translated again."""

    def __init__(self, old: str, new: str) -> None:
        new_words = dict(_catalogue(new))
        self.current: set[str] = {form for forms in new_words.values() for form in forms}
        self.exact: set[str] = set()
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for source, forms in _catalogue(old):
            for form in forms:
                if form in new_words.get(source, []) or form in self.current:
                    continue
                if re.search(r"%[1-9n]", form):
                    pattern = _pattern(form)
                    if pattern is not None:
                        self.patterns.append((pattern, form))
                elif any(ch.isalpha() for ch in form):  # not a dash or a number
                    self.exact.add(form)

    def source_of(self, text: str) -> str | None:
        """The old language's message *text* is (or was filled in from), if it is one."""
        if text in self.current:
            return None
        if text in self.exact:
            return text
        return next((form for pattern, form in self.patterns if pattern.match(text)), None)
