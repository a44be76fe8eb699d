"""The picture of a plan for a report made outside the wizard (``pic-wizard-cli report``),
drawn by the wizard's own Qt code in the language asked for.

The command line imports this module only when it writes a report, and only if PySide6 is
there: it imports neither Qt nor ``pic_wizard.ui`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.rules.plan import CertificatePlan


def plan_picture_png(
    plan: CertificatePlan,
    language: str,
    present: list[str] | None = None,
    common_name: str | None = None,
) -> bytes:
    from .report_pdf import ensure_application
    from .ui.i18n import install_translators
    from .ui.plan_picture import picture_png

    ensure_application()
    install_translators(language)
    return picture_png(plan, present, common_name=common_name)
