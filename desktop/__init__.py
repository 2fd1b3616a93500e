"""The expert commission's desk: temporary export of cultural valuables."""

__version__ = "0.1.0"
