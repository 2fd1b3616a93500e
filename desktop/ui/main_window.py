"""The main window: menus, the status bar and the registry of applications."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from desktop import __version__
from desktop.services.actor import Actor
from desktop.services.registry import RegistryService
from desktop.storage.database import Database
from desktop.ui import settings
from desktop.ui.labels import role_name
from desktop.ui.registry import RegistryWidget

__all__ = ["DEFAULT_SIZE", "MainWindow"]

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 850)


class MainWindow(QMainWindow):
    """What a signed-in user works in; the window remembers its geometry between sessions."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")  # saveState() needs names
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Expert commission — registry of applications"))

        self.registry = RegistryWidget(RegistryService(db), actor, self)
        self.setCentralWidget(self.registry)
        self._create_actions()
        self._create_menus()
        self._create_status_bar()

        self.resize(*DEFAULT_SIZE)
        geometry = settings.MAIN_WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.MAIN_WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.registry.refresh)

        self.find_action = QAction(self.tr("&Search"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)

        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self._about)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.find_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _create_status_bar(self) -> None:
        self.user_label = QLabel(
            self.tr("%1 · %2").replace("%1", self.actor.full_name).replace(
                "%2", role_name(self.actor.role)
            ),
            self,
        )
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", self.db.display_url), self
        )
        self.database_label.setAccessibleName(self.tr("Database"))
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.database_label)

    @Slot()
    def _focus_search(self) -> None:
        self.registry.search.setFocus()
        self.registry.search.selectAll()

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<h3>Expert commission on the temporary export of cultural valuables</h3>"
                "<p>Version %1</p>"
                "<p>Registers applications for the certificate for the right to temporarily "
                "export cultural valuables, supports the commission's examination and issues "
                "the signed conclusion.</p>"
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.MAIN_WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.MAIN_WINDOW_STATE.set(self.saveState())
        self.registry.save_state()
        super().closeEvent(event)
