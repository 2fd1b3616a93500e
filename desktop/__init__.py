"""The expert commission's desk: temporary export of cultural valuables."""

__version__ = "0.1.0"
APP_NAME = "export-commission"
"""The application's name in file system paths and settings."""
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
"""The languages the application speaks: Kazakh, Russian, English (here so that the
window can choose its language before the domain layer is loaded)."""
