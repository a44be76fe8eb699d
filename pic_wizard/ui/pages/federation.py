"""Federation and public IM connectivity (PIC)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ...core.values.policy import DEFAULT_POLICY, now
from ...core.values.topology import PicProvider
from ..common import ProblemLabel, WizardPage, standing_errors, why_label

if TYPE_CHECKING:
    from ..state import WizardState


class FederationPage(WizardPage):
    scrolls = True

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Federation and public IM connectivity"))
        self.setSubTitle(self.tr("Who your users talk to outside your organization."))
        # Said again for the plan's day whenever the page is shown (refresh).
        self.help_text, aol_note = self.client_auth_words(self._plan_day())

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
        yahoo_end = DEFAULT_POLICY.pic_service_end[PicProvider.YAHOO].date().isoformat()
        notes = {
            PicProvider.AOL: aol_note,
            PicProvider.SKYPE: self.tr("No change to the certificate."),
            PicProvider.YAHOO: self.tr("The service ended on {date}.").format(date=yahoo_end),
        }
        self.notes: dict[PicProvider, QLabel] = {}
        for provider, box in self.providers.items():
            pic_layout.addWidget(box)
            self.notes[provider] = why_label(notes[provider])
            pic_layout.addWidget(self.notes[provider])
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

    def _plan_day(self) -> dt.datetime:
        """The day the plan is judged on (``--at`` in tests), as the Review page's plan."""
        return self.state.answers.at or now()

    def client_auth_words(self, at: dt.datetime) -> tuple[str, str]:
        """The page's help and the note under AOL: what choosing AOL costs on ``at``.  The
        core decides (EKU-CLIENT-SUNSET's severity on that day, from its policy's dates);
        the page only words it."""
        from ...core.rules.content_rules import client_auth_cutoffs_text, client_auth_sunset
        from ...core.values.findings import Severity

        policy = DEFAULT_POLICY
        sunset = client_auth_sunset(policy, at)
        forbidden_now = sunset is not None and sunset.severity is Severity.ERROR
        aol_end = policy.pic_service_end[PicProvider.AOL].date().isoformat()
        cutoffs = client_auth_cutoffs_text(policy)
        ends = policy.client_auth_ends
        forbidden = ends.date().isoformat() if ends is not None else ""
        help_text = self.tr(
            "PIC certificates are like any other Edge certificate, with one exception: AOL "
            "requires the Client Authentication enhanced key usage besides Server "
            "Authentication, on the certificate of every Edge Server.\n\nAOL and Yahoo! "
            "public IM connectivity ended on {date}, and no Microsoft page asks for Client "
            "Authentication for any other federation. Public CAs are ending it in TLS "
            "certificates ({cutoffs}). A mutual-TLS peer that needs it needs a certificate "
            "from a private CA."
        ).format(date=aol_end, cutoffs=cutoffs)
        if forbidden_now:
            note = self.tr(
                "Adds Client Authentication to the certificate, which no public CA may issue "
                "since {forbidden}: pic-wizard will not write the request. The AOL service "
                "ended on {date}: leave AOL off."
            )
        elif ends is not None:
            note = self.tr(
                "Adds Client Authentication to the certificate. The AOL service ended on "
                "{date}, and public CAs are ending Client Authentication ({cutoffs}); from "
                "{forbidden} no public CA may issue it and pic-wizard will not write the "
                "request. Leave AOL off unless you know why you need it."
            )
        else:
            note = self.tr(
                "Adds Client Authentication to the certificate. The AOL service ended on "
                "{date}, and public CAs are ending Client Authentication ({cutoffs})."
            )
        return help_text, note.format(date=aol_end, cutoffs=cutoffs, forbidden=forbidden)

    def refresh(self) -> None:
        self.help_text, aol_note = self.client_auth_words(self._plan_day())
        self.notes[PicProvider.AOL].setText(aol_note)
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

    def isComplete(self) -> bool:
        """Next waits while an XMPP domain is not a name, or while XMPP federation is
        asked of a product that has none (the page's own answers, as each page's)."""
        from ...core.values.findings import RuleId

        findings = self.state.answers.plan.findings
        return not standing_errors(findings, ("XMPP domain",), (RuleId.XMPP_UNSUPPORTED,))

    def _show_xmpp_problem(self) -> None:
        t = self.state.answers.topology
        self.xmpp_domains.setEnabled(t.xmpp_federation)
        from ...core.values.findings import RuleId

        # The plan's findings in the core's words, not a rule or a text of this page: the
        # product's, and those of each XMPP domain typed.
        self.xmpp_problem.show_findings(
            [
                f
                for f in self.state.answers.plan.findings
                if f.rule is RuleId.XMPP_UNSUPPORTED or f.params.get("field") == "XMPP domain"
            ]
        )
