"""One module per page; ``build_pages`` makes all but the welcome page, each reading and
editing the wizard's state (never another page, never the wizard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizardPage

from ..state import PageId

if TYPE_CHECKING:
    from ..state import WizardState


def build_pages(state: WizardState) -> dict[PageId, QWizardPage]:
    from .check import CheckInputPage, CheckResultPage
    from .complete import CompletePage
    from .domains import DomainsPage
    from .edge import EdgePage
    from .federation import FederationPage
    from .generate import GeneratePage
    from .organisation import OrganisationPage
    from .probe import ProbeInputPage, ProbeResultPage
    from .product import ProductPage
    from .review import ReviewPage
    from .roots import RootsInputPage, RootsResultPage

    return {
        PageId.PRODUCT: ProductPage(state),
        PageId.DOMAINS: DomainsPage(state),
        PageId.EDGE: EdgePage(state),
        PageId.FEDERATION: FederationPage(state),
        PageId.ORGANISATION: OrganisationPage(state),
        PageId.REVIEW: ReviewPage(state),
        PageId.GENERATE: GeneratePage(state),
        PageId.CHECK_INPUT: CheckInputPage(state),
        PageId.CHECK_RESULT: CheckResultPage(state),
        PageId.COMPLETE: CompletePage(state),
        PageId.ROOTS_INPUT: RootsInputPage(state),
        PageId.ROOTS_RESULT: RootsResultPage(state),
        PageId.PROBE_INPUT: ProbeInputPage(state),
        PageId.PROBE_RESULT: ProbeResultPage(state),
    }
