"""Start: what the admin came to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..common import SELECTABLE_BY_MOUSE, WizardPage, tab_to_checked, why_label, wrapped_label
from ..i18n import SETTING, chosen_language, installed_language, remember_language
from ..state import Mode, PageId

if TYPE_CHECKING:
    from ..state import WizardState


# What the admin came to do: the first page of its path, and the state's mode.
FIRST_PAGE = {
    Mode.REQUEST: PageId.PRODUCT,
    Mode.CHECK: PageId.CHECK_INPUT,
    Mode.COMPLETE: PageId.COMPLETE,
    Mode.ROOTS: PageId.ROOTS_INPUT,
    Mode.PROBE: PageId.PROBE_INPUT,
}


class WelcomePage(WizardPage):
    show_preview = False
    expanding = False  # its choices are alone in their row
    openProfile = Signal()  # "Open a saved profile…": the wizard asks for it

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "The external certificate of your Edge Servers carries remote access, "
                "federation and public IM connectivity. Get it right the first time."
            )
        )
        self.help_text = self.tr(
            "Request a new certificate: answer a few questions about your Edge topology; "
            "pic-wizard writes the private key and the request (.req) for a public "
            "certification authority.\n\nCheck: open a certificate, a chain, a PFX or a "
            "request and see whether it is right for your Edge Servers.\n\nComplete: when "
            "the CA answers, put its certificate and your key together in a PFX for "
            "Import-CsCertificate on every Edge Server.\n\nCheck the Edge's Trusted Root "
            "store: open the export of the store and see which certificates are misplaced, "
            "doubled, expired or missing.\n\nTest a deployed Edge: look up the SIP domains' "
            "SRV records, connect to the Edge as federation partners and remote users do, "
            "and judge the certificate it serves."
        )
        self.group = QButtonGroup(self)
        choices = [
            (Mode.REQUEST, self.tr("&Request a new certificate"),
             self.tr("Plan the names and usages, then write the key and the request.")),
            (Mode.CHECK, self.tr("&Check a certificate, request or CA reply"),
             self.tr("Before you install it: names, usages, chain, key, dates.")),
            (Mode.COMPLETE, self.tr("Co&mplete a request"),
             self.tr("The CA's certificate and your key become a PFX for every Edge Server.")),
            (Mode.ROOTS, self.tr("Check the Edge's &Trusted Root store"),
             self.tr("Misplaced intermediates, copies, expired roots, missing roots.")),
            (Mode.PROBE, self.tr("Test a &deployed Edge"),
             self.tr("DNS SRV records, TLS and the certificate the Edge serves, as partners "
                     "see them.")),
        ]  # fmt: skip
        layout: QVBoxLayout = self.form
        for mode, text, why in choices:
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.group.addButton(button, int(FIRST_PAGE[mode]))
            layout.addWidget(button)
            layout.addWidget(why_label(why, fitted=False))
        self.group.button(int(FIRST_PAGE[state.mode])).setChecked(True)
        self.group.idToggled.connect(self._chosen)
        state.modeChanged.connect(self.refresh)
        open_button = QPushButton(self.tr("O&pen a saved profile…"))
        open_button.clicked.connect(self.openProfile)
        import_button = QPushButton(self.tr("&Import a topology…"))
        import_button.setToolTip(
            self.tr("A Topology Builder file or Management Shell output pre-fills the answers.")
        )
        import_button.clicked.connect(self._import)
        layout.addSpacing(12)
        layout.addWidget(open_button)
        layout.addWidget(import_button)
        renew_button = QPushButton(self.tr("Renew from the c&urrent certificate…"))
        renew_button.setToolTip(
            self.tr(
                "The certificate being replaced pre-fills the answers; the Review page shows "
                "what changes. A new key is made in any case."
            )
        )
        renew_button.clicked.connect(self._renew)
        layout.addWidget(renew_button)
        self.read_back = why_label("", fitted=False)  # what an import or a renewal read
        self.read_back.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.read_back.hide()
        layout.addWidget(self.read_back)
        layout.addSpacing(12)
        language_row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        remembered = str(QSettings().value(SETTING, "") or "")
        # The language spoken now (pic-wizard --lang fr) unless it is the remembered one.
        speaking = installed_language()
        shown = remembered if chosen_language(remembered) == speaking else speaking
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        self.language_note = why_label(
            self.tr("pic-wizard speaks the chosen language from its next start."), fitted=False
        )
        self.language_note.hide()
        layout.addWidget(self.language_note)
        self.language.currentIndexChanged.connect(self._language_chosen)
        layout.addSpacing(18)
        note = wrapped_label(
            self.tr(
                "The internal Edge interface has its own certificate (from your internal "
                "CA, subject the internal Edge FQDN, no SAN needed): it is not planned here."
            )
        )
        layout.addWidget(note)
        layout.addStretch(1)

    def painted(self) -> None:
        """Once the window is painted (the wizard calls it): Tab into the choices lands
        on the chosen one."""
        tab_to_checked(self.group)

    def _language_chosen(self) -> None:
        remember_language(str(self.language.currentData() or ""))
        self.language_note.show()

    def refresh(self) -> None:
        button = self.group.button(int(FIRST_PAGE[self.state.mode]))
        if not button.isChecked():
            button.setChecked(True)

    def _chosen(self, page_id: int, checked: bool) -> None:
        if checked:
            mode = next(m for m, first in FIRST_PAGE.items() if first == page_id)
            self.state.set_mode(mode)

    def nextId(self) -> int:
        return FIRST_PAGE[self.state.mode]

    def _import(self) -> None:
        from ..import_topology import import_topology

        if import_topology(self, self.state):
            self.state.set_mode(Mode.REQUEST)
            self._show_read_back()

    def _renew(self) -> None:
        from ..renew import renew_from_certificate

        if renew_from_certificate(self, self.state):
            self.state.set_mode(Mode.REQUEST)
            self._show_read_back()

    def _show_read_back(self) -> None:
        self.read_back.setText(self.state.read_back)
        self.read_back.setVisible(bool(self.state.read_back))
