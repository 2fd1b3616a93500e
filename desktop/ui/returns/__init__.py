"""The return check: the examination's photos of an item beside photos of the item returned.

The photo pair (and the page viewer under it, which loads the PDF renderer) loads on first
use: the exports-abroad tab, built at sign-in, lives in this package too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy import lazy_attributes

if TYPE_CHECKING:
    from desktop.ui.returns.photo_pair import PhotoPair

__getattr__ = lazy_attributes(__name__, {"PhotoPair": "desktop.ui.returns.photo_pair"})

__all__ = ["PhotoPair"]
