"""Applicants and how their requests arrive."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ApplicantKind", "Channel", "PaperDocument"]


class ApplicantKind(StrEnum):
    INDIVIDUAL = "individual"
    COMPANY = "company"


class Channel(StrEnum):
    PAPER = "paper"
    PORTAL = "portal"


class PaperDocument(StrEnum):
    """The documents the clerk ticks as received on paper (the regulation's list)."""

    APPLICATION_FORM = "application_form"
    ID_COPY = "id_copy"
    COMPANY_REGISTRATION = "company_registration"
    ITEM_PHOTOS = "item_photos"
    ITEM_LIST = "item_list"
    OWNERSHIP_PROOF = "ownership_proof"
    INVITATION = "invitation"
