"""Words for refusals, in the reader's language, for the window and the command line alike.

Every refusal the application raises carries a stable ``code`` (its family: ``return``,
``conclusion``, ``signing``…), often a ``reason`` (which refusal of the family) and
``values`` (the file, the number, the date… that fill ``%1``, ``%2``). :data:`MESSAGES` maps
``code.reason`` (or ``code`` alone) to an English sentence; Qt Linguist collects those
sentences into the ``.ts`` files, the window translates them with Qt and the command line
with :class:`Words`, which reads the same files without Qt.
"""

from desktop.messages.catalog import MESSAGES, message_key
from desktop.messages.refusals import describe, fill, is_refusal, said, sentence
from desktop.messages.words import LANGUAGES, Words, cli_language

__all__ = ["LANGUAGES", "MESSAGES", "Words", "cli_language", "describe", "fill",
           "is_refusal", "message_key", "said", "sentence"]
