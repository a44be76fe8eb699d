"""Federation and public IM connectivity (PIC)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ...core.values.policy import DEFAULT_POLICY
from ...core.values.topology import PicProvider
from ..common import ProblemLabel, WizardPage, why_label

if TYPE_CHECKING:
    from ..state import WizardState


class FederationPage(WizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Federation and public IM connectivity"))
        self.setSubTitle(self.tr("Who your users talk to outside your organization."))
        policy = DEFAULT_POLICY
        aol_end = policy.pic_service_end[PicProvider.AOL].date().isoformat()
        cutoffs = ", ".join(
            f"{c.who} {c.date.date().isoformat()}" for c in policy.client_auth_cutoffs
        )
        self.help_text = self.tr(
            "PIC certificates are like any other Edge certificate, with one exception: AOL "
            "requires the Client Authentication enhanced key usage besides Server "
            "Authentication, on the certificate of every Edge Server.\n\nAOL and Yahoo! "
            "public IM connectivity ended on {date}. Public CAs are dropping Client "
            "Authentication from TLS certificates ({cutoffs}): after issuance, pic-wizard "
            "checks whether it was dropped."
        ).format(date=aol_end, cutoffs=cutoffs)

        self.sip = QCheckBox(self.tr("S&IP federation with partner organizations"))
        self.form.addWidget(self.sip)
        self.form.addWidget(why_label(self.tr("Uses the Access Edge name: nothing more to add.")))

        pic = QGroupBox(self.tr("Public IM connectivity providers"))
        pic_layout = QVBoxLayout(pic)
        self.providers: dict[PicProvider, QCheckBox] = {
            PicProvider.AOL: QCheckBox(self.tr("&AOL")),
            PicProvider.SKYPE: QCheckBox(self.tr("S&kype / Windows Live")),
            PicProvider.YAHOO: QCheckBox(self.tr("&Yahoo!")),
        }
        notes = {
            PicProvider.AOL: self.tr(
                "Adds Client Authentication to the certificate. The service ended on {date}; "
                "public CAs stop issuing Client Authentication ({cutoffs})."
            ).format(date=aol_end, cutoffs=cutoffs),
            PicProvider.SKYPE: self.tr("No change to the certificate."),
            PicProvider.YAHOO: self.tr("The service ended on {date}.").format(date=aol_end),
        }
        for provider, box in self.providers.items():
            pic_layout.addWidget(box)
            pic_layout.addWidget(why_label(notes[provider]))
            box.toggled.connect(self._changed)
        self.form.addWidget(pic)

        xmpp = QGroupBox(self.tr("XMPP federation"))
        xmpp_form = QFormLayout(xmpp)
        self.xmpp = QCheckBox(self.tr("&Enable XMPP federation (port 5269)"))
        xmpp_form.addRow(self.xmpp)
        self.xmpp_domains = QLineEdit()
        self.xmpp_domains.setAccessibleName(self.tr("XMPP domains"))
        label = QLabel(self.tr("XMPP &domains:"))
        label.setBuddy(self.xmpp_domains)
        xmpp_form.addRow(label, self.xmpp_domains)
        self.xmpp_problem = ProblemLabel()
        xmpp_form.addRow(self.xmpp_problem)
        xmpp_form.addRow(why_label(self.tr(
            "Each XMPP domain is added to the SAN (default: your default SIP domain). Not "
            "supported in Skype for Business Server 2019 nor in Subscription Edition."
        )))  # fmt: skip
        self.form.addWidget(xmpp)
        self.form.addStretch(1)
        self.sip.toggled.connect(self._changed)
        self.xmpp.toggled.connect(self._changed)
        self.xmpp_domains.textEdited.connect(self._changed)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        t = self.state.answers.topology
        self.sip.setChecked(t.sip_federation)
        for provider, box in self.providers.items():
            box.setChecked(provider in t.pic_providers)
        self.xmpp.setChecked(t.xmpp_federation)
        self.xmpp_domains.setText(", ".join(t.xmpp_domains))
        self.xmpp_domains.setPlaceholderText(t.default_domain)
        self._loading = False
        self._show_xmpp_problem()

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        domains = tuple(
            d.strip() for d in self.xmpp_domains.text().replace(";", ",").split(",") if d.strip()
        )
        self.xmpp_domains.setEnabled(self.xmpp.isChecked())
        self.state.answers.update(
            sip_federation=self.sip.isChecked(),
            pic_providers=frozenset(p for p, box in self.providers.items() if box.isChecked()),
            xmpp_federation=self.xmpp.isChecked(),
            xmpp_domains=domains,
        )
        self._show_xmpp_problem()

    def _show_xmpp_problem(self) -> None:
        t = self.state.answers.topology
        self.xmpp_domains.setEnabled(t.xmpp_federation)
        from ...core.values.findings import RuleId

        # The plan's finding in the core's words, not a rule or a text of this page.
        self.xmpp_problem.show_findings(
            [f for f in self.state.answers.plan.findings if f.rule is RuleId.XMPP_UNSUPPORTED]
        )
