"""The main window: menus, the status bar, the registry and the applications opened from it.

The registry is the first tab and cannot be closed; each application opened from it (a
double-click or Enter on its row) gets a tab of its own, and opening it again only brings
that tab forward.

The window is shown before the database is open, so that it appears at once (the
database layer, SQLAlchemy and the ORM, takes most of a cold start to load): it is a frame
saying "Opening the database…" until :meth:`MainWindow.open_session`. For that, the
modules that need the database are imported when the session opens, not with this one.

Each screen refreshes itself when the session says something changed; the window only
places them.

The classes the session's screens and menus need are imported where the session opens:
importing a Qt class from PySide builds its enums, and the frame's first paint needs few.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop import __version__
from desktop.ui.kit import settings
from desktop.ui.kit.screen import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.ui.admin.users import UsersWidget
    from desktop.ui.application import ApplicationView
    from desktop.ui.audit import AuditWidget
    from desktop.ui.backup_dialog import BackupDialog
    from desktop.ui.calendar_dialog import CalendarDialog
    from desktop.ui.conclusions import VerifyDialog
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.journal import JournalWidget
    from desktop.ui.kit.session import Session
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.password_dialog import PasswordDialog
    from desktop.ui.registration import RegistrationDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.shortcuts_overlay import ShortcutOverlay
    from desktop.ui.trust_dialog import TrustDialog

__all__ = ["DEFAULT_SIZE", "MainWindow"]

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 850)
ANNOUNCED_MS = 30_000
"""How long the status bar says what an act did (drafted, signed, a step taken)."""



def _loaded_class(module: str, name: str) -> type | None:
    """The class *name* of *module* if the module is loaded, else None: no widget of it
    can exist yet, and asking costs no import."""
    loaded = sys.modules.get(module)
    return getattr(loaded, name, None) if loaded is not None else None


def _delete_on_close(dialog: QWidget) -> None:
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class MainWindow(QMainWindow):
    """What a signed-in user works in; the window remembers its geometry between sessions.

    Made with a session, it opens it at once; made without, it is the frame shown while
    the database opens, and :meth:`open_session` fills it.
    """

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")  # saveState() needs names
        self.setWindowTitle(self.tr("Expert commission — registry of applications"))
        self.opening = QLabel(self.tr("Opening the database…"), self)
        # Centred by style sheet: the frame paints before PySide builds its ``Qt`` enums.
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(self.opening)
        self.session_open = False
        fit_to_screen(self, *DEFAULT_SIZE)
        geometry = settings.MAIN_WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if session is not None:
            self.open_session(session)

    def wait_for_sign_in(self) -> None:
        """The frame's text while the sign-in is asked for over it."""
        self.opening.setText(self.tr("Waiting for the sign-in…"))

    def open_session(self, session: Session) -> None:
        """Fill the window for the session's user: the registry, the menus, the status bar."""
        from PySide6.QtWidgets import QTabBar, QTabWidget

        from desktop.ui.dashboard import StartPage
        from desktop.ui.registry import RegistryWidget
        from desktop.ui.returns.tracking import TrackingWidget

        self.session = session
        self.actor = session.actor
        self.registry = RegistryWidget(session, self)
        self.tabs = QTabWidget(self)
        self._views: list[ApplicationView] = []
        """The applications open in tabs; kept here so that asking which are open (as
        closing the window does) never loads the application view's heavy modules."""
        self.journal: JournalWidget | None = None
        """The journal's tab, while it is open."""
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.start = StartPage(session, self)
        self.start.applicationChosen.connect(self.open_application)
        self.start.backupRequested.connect(self.open_backups)
        self.start.conclusionChosen.connect(self.open_conclusion)
        self.tabs.addTab(self.start, "")
        self.tabs.addTab(self.registry, "")
        self.tracking = TrackingWidget(session, self)
        self.tracking.openRequested.connect(self.open_application)
        self.tabs.addTab(self.tracking, "")
        for fixed in (0, 1, 2):  # the start page, the registry and the tracking list stay
            self.tabs.tabBar().setTabButton(fixed, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.tabBar().setTabButton(fixed, QTabBar.ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)  # the "opening" label goes with it
        self.registration_dialog: RegistrationDialog | None = None
        self.registry.table.activated.connect(self._row_activated)
        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self.session_open = True
        self.retranslate_ui()

        state = settings.MAIN_WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def _create_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QApplication

        from desktop.domain.roles import Action

        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self._refresh)

        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_application)
        self.new_action.setVisible(self.actor.can(Action.REGISTER))
        self.new_action.setEnabled(self.actor.can(Action.REGISTER))

        self.close_tab_action = QAction(self)
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_tab_action.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))

        self.verify_action = QAction(self)
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_action.triggered.connect(self.verify_document)

        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)

        self.sign_out_action = QAction(self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out)

        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.open_audit)
        self.audit_action.setVisible(self.actor.can(Action.READ_AUDIT))

        self.journal_action = QAction(self)
        self.journal_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.journal_action.triggered.connect(self.open_journal)
        self.journal_action.setVisible(self.actor.can(Action.READ_JOURNAL))

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)

        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)

        self.settings_action = QAction(self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)

        self.calendar_action = QAction(self)
        self.calendar_action.triggered.connect(self.open_calendar)

        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.open_backups)
        self.backup_action.setVisible(self.actor.can(Action.MANAGE_BACKUPS))

        self.trust_action = QAction(self)
        self.trust_action.triggered.connect(self.open_trust)
        self.trust_action.setVisible(self.actor.can(Action.MANAGE_TRUST))

        self.users_action = QAction(self)  # the administrator's accounts and seats
        self.users_action.triggered.connect(self.open_users)
        self.users_action.setVisible(self.actor.can(Action.MANAGE_USERS))

        self.audit_action.setShortcut(QKeySequence("Ctrl+J"))  # the journal
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.shortcut_overlay: ShortcutOverlay | None = None
        self._set_icons()

    def _set_icons(self) -> None:
        from desktop.ui.kit.icons import icon  # with the session: the frame shows sooner

        for action, name in (
            (self.new_action, "new-application"), (self.close_tab_action, "close-tab"),
            (self.verify_action, "verify"), (self.export_action, "export"),
            (self.password_action, "password"), (self.settings_action, "settings"),
            (self.sign_out_action, "sign-out"),
            (self.calendar_action, "calendar"), (self.backup_action, "save"),
            (self.trust_action, "sign"),
            (self.quit_action, "quit"), (self.refresh_action, "refresh"),
            (self.find_action, "search"), (self.audit_action, "audit"),
            (self.journal_action, "verify"),
            (self.shortcuts_action, "shortcuts"), (self.about_action, "about"),
        ):
            action.setIcon(icon(name))

    @Slot()
    def show_shortcuts(self) -> ShortcutOverlay:
        """F1: every shortcut of the window's actions over the window (F1 again closes it)."""
        from desktop.ui.shortcuts_overlay import ShortcutOverlay

        if self.shortcut_overlay is None:
            self.shortcut_overlay = ShortcutOverlay(self)
        self.shortcut_overlay.toggle()
        return self.shortcut_overlay

    @Slot()
    def verify_document(self) -> VerifyDialog:
        from desktop.ui.conclusions import VerifyDialog

        dialog = VerifyDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.close_tab_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.password_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.calendar_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.trust_action)
        self.file_menu.addAction(self.users_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.audit_action)
        self.view_menu.addAction(self.journal_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.database_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.database_label)
        self.session.announced.connect(lambda text: status.showMessage(text, ANNOUNCED_MS))

    def retranslate_ui(self) -> None:
        """Every text of the window and its menus in the interface language (again)."""
        from desktop.ui.kit.labels import role_name

        # Their modules load with their first tab: none is open before (at sign-in).
        audit_class = _loaded_class("desktop.ui.audit", "AuditWidget")
        users_class = _loaded_class("desktop.ui.admin.users", "UsersWidget")

        self.setWindowTitle(self.tr("Expert commission — registry of applications"))
        self.tabs.setTabText(self.tabs.indexOf(self.start), self.tr("Start"))
        self.tabs.setTabText(self.tabs.indexOf(self.registry), self.tr("Registry"))
        self.tabs.setTabText(self.tabs.indexOf(self.tracking), self.tr("Exports abroad"))
        self.start.retranslate_ui()
        for index in range(self.tabs.count()):
            if audit_class and isinstance(self.tabs.widget(index), audit_class):
                self.tabs.setTabText(index, self.tr("Audit journal"))
            elif self.journal is not None and self.tabs.widget(index) is self.journal:
                self.tabs.setTabText(index, self.tr("Journal of documents"))
            elif users_class and isinstance(self.tabs.widget(index), users_class):
                self.tabs.setTabText(index, self.tr("Users and seats"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.new_action.setText(self.tr("&New application…"))
        self.close_tab_action.setText(self.tr("&Close the tab"))
        self.close_tab_action.setStatusTip(self.tr(
            "Close the tab shown; the application stays in the registry"))
        self.close_tab_action.setToolTip(self.close_tab_action.statusTip())
        self.verify_action.setText(self.tr("&Verify a signed document…"))
        self.password_action.setText(self.tr("Change the &password…"))
        self.sign_out_action.setText(self.tr("Sign &out (switch user)…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.calendar_action.setText(self.tr("Working-day &calendar…"))
        self.backup_action.setText(self.tr("&Backups…"))
        self.trust_action.setText(self.tr("&Trusted certificates…"))
        self.users_action.setText(self.tr("&Users and seats…"))
        self.export_action.setText(self.tr("&Export the registry or the journal…"))
        self.audit_action.setText(self.tr("&Audit journal"))
        self.journal_action.setText(self.tr("&Journal of documents"))
        self.find_action.setText(self.tr("&Search"))
        self.about_action.setText(self.tr("&About"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.user_label.setText(self.tr("%1 · %2").replace("%1", self.actor.full_name).replace(
            "%2", role_name(self.actor.role)))
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        # A local file by its name (the whole path is in the tooltip); a server by its URL.
        services = self.session.services
        self.database_label.setText(self.tr("Database: %1").replace("%1",
                                                                     services.display_name))
        self.database_label.setToolTip(services.display_url)
        self.database_label.setAccessibleName(self.tr("Database"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.session_open:
                self.retranslate_ui()
            else:
                self.setWindowTitle(self.tr("Expert commission — registry of applications"))
        super().changeEvent(event)

    @Slot()
    def open_export(self) -> ExportDialog:
        """The registry or the journal of conclusions for a period, to XLSX or CSV."""
        from desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """The settings dialog; a new language takes effect when it is accepted."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_calendar(self) -> CalendarDialog:
        """The working-day calendar of the year; the administrator amends it there."""
        from desktop.ui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_backups(self) -> BackupDialog | None:
        """Back the database up, or restore it (the administrator)."""
        from desktop.domain.roles import Action
        from desktop.ui.backup_dialog import BackupDialog

        if not self.actor.can(Action.MANAGE_BACKUPS):
            return None
        dialog = BackupDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_trust(self) -> TrustDialog | None:
        """The trusted roots and revocation lists (the administrator)."""
        from desktop.domain.roles import Action
        from desktop.ui.trust_dialog import TrustDialog

        if not self.actor.can(Action.MANAGE_TRUST):
            return None
        dialog = TrustDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    # -- applications in tabs --------------------------------------------------------------

    def application_views(self) -> list[ApplicationView]:
        """The open applications, in the order of their tabs."""
        return sorted(self._views, key=self.tabs.indexOf)

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        from desktop.ui.registry.model import ROW_ID_ROLE

        app_id = index.data(ROW_ID_ROLE)
        if app_id is not None:
            view = self.open_application(int(app_id))
            view.viewer.highlight(self.registry.scan_search())

    def open_application(self, application_id: int) -> ApplicationView:
        """Show the application in its tab, opening one if it has none yet."""
        from desktop.ui.application import ApplicationView

        for view in self.application_views():
            if view.application_id == application_id:
                self.tabs.setCurrentWidget(view)
                return view
        view = ApplicationView(self.session, application_id, self)
        self._views.append(view)
        index = self.tabs.addTab(view, view.number)
        self.tabs.setTabToolTip(index, view.applicant_label.text())
        self.tabs.setCurrentIndex(index)
        return view

    def open_conclusion(self, application_id: int) -> ApplicationView:
        """The application at its Conclusion tab (from the conclusions waiting for the
        user's signature)."""
        from desktop.ui.application.view import Tab

        view = self.open_application(application_id)
        view.tabs.setCurrentIndex(Tab.CONCLUSION)
        return view

    @Slot()
    def change_password(self) -> PasswordDialog:
        from desktop.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.session, self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    @Slot()
    def sign_out(self) -> LoginDialog:
        """File ▸ Sign out: the user's tabs close (their drafts are kept for them), nothing
        of theirs stays on screen or is offered to the next person, and the sign-in is
        asked for over the empty frame; cancelling it ends the program."""
        from desktop.ui.kit.session import Change, Session
        from desktop.ui.login_dialog import LoginDialog

        services, actor = self.session.services, self.actor
        self.session.write(lambda _p: services.users.logout(actor), Change.ACCOUNT).start()
        self._close_session()  # after the writes queued before, this one included
        settings.LAST_USERNAME.reset()  # the next person types their own name
        dialog = LoginDialog(services.users, self)
        _delete_on_close(dialog)
        dialog.accepted.connect(lambda: self.open_session(Session(services, dialog.actor,
                                                                  self)))
        dialog.rejected.connect(self.close)
        dialog.open()
        return dialog

    def _close_session(self) -> None:
        """Back to the frame of the start: the session ends, its screens and menus go."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction

        self._save_session_state()
        self.session.end()
        self.session_open = False
        self._views = []
        self.journal = None
        self.menuBar().clear()
        actions = self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for part in (*actions, self.file_menu, self.view_menu, self.help_menu, self.user_label,
                     self.database_label, self.shortcut_overlay, self.session):
            if part is not None:
                part.deleteLater()
        self.opening = QLabel(self.tr("Waiting for the sign-in…"), self)
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(self.opening)  # the tabs go with it

    def _save_session_state(self) -> None:
        for view in self.application_views():
            view.close_view()  # drafts are kept, nothing typed is lost
        self.session.wait_for_writes()
        settings.MAIN_WINDOW_STATE.set(self.saveState())
        self.registry.save_state()
        self.tracking.save_state()

    @Slot()
    def open_audit(self) -> AuditWidget | None:
        """The whole audit journal in its own tab (chairperson and administrator)."""
        from desktop.domain.roles import Action
        from desktop.ui.audit import AuditWidget

        if not self.actor.can(Action.READ_AUDIT):
            return None
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, AuditWidget):
                self.tabs.setCurrentIndex(index)
                return widget
        widget = AuditWidget(self.session, self)
        self.tabs.setCurrentIndex(self.tabs.addTab(widget, self.tr("Audit journal")))
        return widget

    @Slot()
    def open_journal(self) -> JournalWidget | None:
        """Every numbered document in its own tab (chairperson, members, administrator)."""
        from desktop.domain.roles import Action
        from desktop.ui.journal import JournalWidget

        if not self.actor.can(Action.READ_JOURNAL):
            return None
        if self.journal is None:
            self.journal = JournalWidget(self.session, self)
            self.journal.openRequested.connect(self.open_application)
            self.tabs.addTab(self.journal, self.tr("Journal of documents"))
        self.tabs.setCurrentWidget(self.journal)
        return self.journal

    @Slot()
    def open_users(self) -> UsersWidget | None:
        """The accounts and the commission's seats in their own tab (administrator)."""
        from desktop.domain.roles import Action
        from desktop.ui.admin.users import UsersWidget

        if not self.actor.can(Action.MANAGE_USERS):
            return None
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, UsersWidget):
                self.tabs.setCurrentIndex(index)
                return widget
        widget = UsersWidget(self.session, self)
        self.tabs.setCurrentIndex(self.tabs.addTab(widget, self.tr("Users and seats")))
        return widget

    @Slot(int)
    def close_tab(self, index: int) -> None:
        from desktop.ui.admin.users import UsersWidget
        from desktop.ui.audit import AuditWidget

        widget = self.tabs.widget(index)
        if isinstance(widget, AuditWidget | UsersWidget) or (
                widget is not None and widget is self.journal):
            if widget is self.journal:
                self.journal = None
            self.tabs.removeTab(index)
            widget.deleteLater()
            return
        view = next((v for v in self._views if v is widget), None)
        if view is None:
            return  # the registry stays
        self._views.remove(view)
        view.close_view()
        self.tabs.removeTab(index)
        view.deleteLater()

    @Slot()
    def new_application(self) -> RegistrationDialog | None:
        """Open the registration form; a registered application opens in its tab."""
        from desktop.domain.roles import Action
        from desktop.ui.registration import RegistrationDialog

        if not self.actor.can(Action.REGISTER):
            return None
        if self.registration_dialog is not None:
            self.registration_dialog.raise_()
            self.registration_dialog.activateWindow()
            return self.registration_dialog
        dialog = RegistrationDialog(self.session, self)
        dialog.registered.connect(self._registered)
        dialog.finished.connect(lambda _result: self._registration_closed(dialog))
        self.registration_dialog = dialog
        dialog.open()
        return dialog

    def _registration_closed(self, dialog: RegistrationDialog) -> None:
        if self.registration_dialog is dialog:
            self.registration_dialog = None
        dialog.deleteLater()

    @Slot(str, int)
    def _registered(self, number: str, application_id: int) -> None:
        self.open_application(application_id)  # the lists heard of it from the session
        self.session.announce(self.tr("Application %1 registered").replace("%1", number))

    @Slot()
    def _refresh(self) -> None:
        """F5: read the tab shown again (a list, or the application)."""
        current = self.tabs.currentWidget()
        view = next((v for v in self._views if v is current), None)
        if view is not None:
            view.reload()
        elif self.journal is not None and current is self.journal:
            self.journal.refresh()
        elif current is self.start:
            self.start.refresh()
        elif current is self.tracking:
            self.tracking.refresh()
        else:
            self.registry.refresh()

    @Slot()
    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.registry)
        self.registry.search.setFocus()
        self.registry.search.selectAll()

    @Slot()
    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
        if self.session_open:
            self._save_session_state()
        super().closeEvent(event)
