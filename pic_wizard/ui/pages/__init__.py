"""One module per page; ``build_pages`` makes all but the welcome page for a wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:
    from ..wizard import PageId, PicWizard


def build_pages(wizard: PicWizard) -> dict[PageId, QWizardPage]:
    from ..wizard import PageId
    from .check import CheckInputPage, CheckResultPage
    from .complete import CompletePage
    from .domains import DomainsPage
    from .edge import EdgePage
    from .federation import FederationPage
    from .generate import GeneratePage
    from .organisation import OrganisationPage
    from .product import ProductPage
    from .review import ReviewPage

    return {
        PageId.PRODUCT: ProductPage(wizard),
        PageId.DOMAINS: DomainsPage(wizard),
        PageId.EDGE: EdgePage(wizard),
        PageId.FEDERATION: FederationPage(wizard),
        PageId.ORGANISATION: OrganisationPage(wizard),
        PageId.REVIEW: ReviewPage(wizard),
        PageId.GENERATE: GeneratePage(wizard),
        PageId.CHECK_INPUT: CheckInputPage(wizard),
        PageId.CHECK_RESULT: CheckResultPage(wizard),
        PageId.COMPLETE: CompletePage(wizard),
    }
