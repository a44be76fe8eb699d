"""The Country list speaks the user's language and is sorted as that language sorts."""

from __future__ import annotations

from pic_wizard.core.values.countries import ISO_3166_ALPHA2
from pic_wizard.core.values.topology import seed_example
from pic_wizard.ui.wizard import PageId, PicWizard


def test_country_names_in_the_wizard_language(qtbot, language: str) -> None:
    wizard = PicWizard(seed_example())
    qtbot.addWidget(wizard)
    wizard.restart_at(PageId.ORGANISATION)
    combo = wizard.currentPage().country
    items = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(items) == len(ISO_3166_ALPHA2)
    assert combo.currentData() == "US"  # the seed example's C=US, whatever the language
    if language == "fr":
        assert combo.currentText() == "États-Unis (US)"
        # "É" sorts among the "E", not after "Z"
        assert items.index("Espagne (ES)") < items.index("États-Unis (US)")
        assert items.index("États-Unis (US)") < items.index("Fidji (FJ)")
        assert "Allemagne (DE)" in items and "Germany (DE)" not in items
    else:
        assert combo.currentText() == "United States (US)"
        assert items.index("Spain (ES)") < items.index("Sweden (SE)")
