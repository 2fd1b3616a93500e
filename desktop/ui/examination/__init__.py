"""The examination form: an item's record, with undo, drafts and conflicts."""

from desktop.ui.examination.conflict import ConflictChoice, ConflictDialog
from desktop.ui.examination.form import ExaminationForm

__all__ = ["ConflictChoice", "ConflictDialog", "ExaminationForm"]
