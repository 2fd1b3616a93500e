"""The return check: the examination's photos of an item beside photos of the item returned."""

from desktop.ui.returns.photo_pair import PhotoPair

__all__ = ["PhotoPair"]
