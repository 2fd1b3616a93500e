"""The expert commission's desk: temporary export of cultural valuables."""

import warnings

__version__ = "0.1.0"
APP_NAME = "export-commission"
"""The application's name in file system paths and settings."""
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
"""The languages the application speaks: Kazakh, Russian, English (here so that the
window can choose its language before the domain layer is loaded)."""

# pyHanko imports cryptography's DSA classes, which recent cryptography releases deprecate on
# import. We never sign or accept DSA, so the notice would only reach users' terminals
# (and the stderr of every command); silence exactly that one.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")
