"""The conclusion of an application on screen: draft, preview, sign, verify, save."""

from desktop.ui.conclusions.panel import ConclusionPanel
from desktop.ui.conclusions.sign_dialog import SignDialog
from desktop.ui.conclusions.verify_dialog import VerifyDialog

__all__ = ["ConclusionPanel", "SignDialog", "VerifyDialog"]
