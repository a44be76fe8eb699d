"""Edge services: the external FQDNs of Access, Web Conferencing and A/V Edge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from ...core.rules.names import judge
from ..common import ProblemLabel, WizardPage, standing_errors, why_label

if TYPE_CHECKING:
    from ...core.rules.plan import CertificatePlan
    from ..state import WizardState


class EdgePage(WizardPage):
    scrolls = True

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Edge services"))
        self.setSubTitle(
            self.tr("The external names of your Edge Servers, as in Topology Builder.")
        )
        self.help_text = self.tr(
            "The subject of the certificate is the Access Edge external FQDN and is repeated "
            "as the first subject alternative name: TLS ignores the subject and reads only "
            "the SAN. The Web Conferencing Edge FQDN must be in the SAN. The A/V Edge FQDN "
            "is not needed: the A/V Authentication service does not use the subject or the "
            "SAN. Wildcards are not supported on the external Edge interface."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.fields: dict[str, tuple[QLineEdit, ProblemLabel, str]] = {}
        rows = [
            ("access_edge_fqdn", self.tr("&Access Edge:"), self.tr("Access Edge FQDN"),
             self.tr("Becomes the subject, and is repeated as the first SAN entry.")),
            ("web_conferencing_edge_fqdn", self.tr("&Web Conferencing Edge:"),
             self.tr("Web Conferencing Edge FQDN"),
             self.tr("Meetings from outside: must be in the SAN.")),
            ("av_edge_fqdn", self.tr("A/&V Edge:"), self.tr("A/V Edge FQDN"),
             self.tr("Not in the certificate: the A/V service does not use its names.")),
            ("subject_name", self.tr("Sub&ject name (optional):"), self.tr("Subject name"),
             self.tr("Only to use the pool's FQDN as the subject; Microsoft recommends the "
                     "Access Edge FQDN.")),
        ]  # fmt: skip
        for key, label_text, field, why in rows:
            edit = QLineEdit()
            edit.setAccessibleName(field)
            edit.setClearButtonEnabled(True)
            label = QLabel(label_text)
            label.setBuddy(edit)
            problem = ProblemLabel()
            form.addRow(label, edit)
            form.addRow("", problem)
            form.addRow("", why_label(why))
            self.fields[key] = (edit, problem, field)
            edit.textEdited.connect(lambda text, key=key: self._edited(key, text))
        self.extra = QLineEdit()
        self.extra.setAccessibleName(self.tr("Extra names"))
        self.extra.setPlaceholderText(self.tr("none"))
        extra_label = QLabel(self.tr("E&xtra names:"))
        extra_label.setBuddy(self.extra)
        self.extra_problem = ProblemLabel()
        form.addRow(extra_label, self.extra)
        form.addRow("", self.extra_problem)
        form.addRow("", why_label(self.tr("Other names the certificate must carry, separated "
                                          "by commas. Each one costs a SAN entry.")))  # fmt: skip
        self.extra.textEdited.connect(self._extra_edited)
        state.answers.planChanged.connect(self._placeholders)
        self.form.addStretch(1)
        self._waiting = False  # Next was pressed: move on when the check is done
        state.checkFinished.connect(self._check_finished)
        state.checkFailed.connect(self._check_failed)

    def refresh(self) -> None:
        t = self.state.answers.topology
        self._placeholders(self.state.answers.plan)
        for key, (edit, problem, field) in self.fields.items():
            value = getattr(t, key)
            if edit.text() != value:
                edit.setText(value)
            problem.show_findings(judge(value, field).findings if value.strip() else [])
        self.extra.setText(", ".join(t.extra_sans))

    def _placeholders(self, plan: CertificatePlan) -> None:
        """What an empty field stands for, as the plan has it now (the subject follows the
        Access Edge name as it is typed)."""
        from ...core.rules.expected import default_edge_names

        edge = plan.edge
        default = default_edge_names(edge.default_domain)  # the core's sip./webcon./av.
        defaults = {
            "access_edge_fqdn": default.access_edge,
            "web_conferencing_edge_fqdn": default.web_conferencing_edge,
            "av_edge_fqdn": default.av_edge,
            "subject_name": edge.access_edge,
        }
        for key, (edit, _problem, _field) in self.fields.items():
            edit.setPlaceholderText(defaults[key])

    def _edited(self, key: str, text: str) -> None:
        _edit, problem, field = self.fields[key]
        problem.show_findings(judge(text, field).findings if text.strip() else [])
        self.state.answers.update(**{key: text.strip()})  # Next follows the new plan

    def _extra_edited(self, text: str) -> None:
        names = tuple(n.strip() for n in text.replace(";", ",").split(",") if n.strip())
        findings = [f for n in names for f in judge(n, self.tr("Extra name")).findings]
        self.extra_problem.show_findings(findings)
        self.state.answers.update(extra_sans=names)

    def nextId(self) -> int:
        from ..state import PageId

        # Checking a file with answers read from it: the questions end here.
        return PageId.CHECK_RESULT if self.state.asks_answers_for_check else PageId.FEDERATION

    def validatePage(self) -> bool:
        """Checking a file against answers read from it: the check runs on a worker with
        the answers as they now stand; Next moves on once its result has arrived."""
        if not self.state.asks_answers_for_check:
            return True
        if self.state.check_outcome() is not None:
            return True
        self._waiting = True
        self.state.start_check()
        return False

    def _check_finished(self) -> None:
        if self._waiting and self.isVisible():
            self._waiting = False
            self.wizard().next()

    def _check_failed(self, exc: BaseException) -> None:
        from ...core.values.errors import PicWizardError
        from ..common import show_error

        if not (self._waiting and self.isVisible()):
            return
        self._waiting = False
        if isinstance(exc, PicWizardError):
            show_error(self, self.tr("The file cannot be checked"), exc)
        else:
            raise exc

    # The fields of this page, as the core names them in its findings.
    FIELDS = (
        "Access Edge FQDN",
        "Web Conferencing Edge FQDN",
        "A/V Edge FQDN",
        "Subject name",
        "Extra name",
    )

    def isComplete(self) -> bool:
        return not standing_errors(self.state.answers.plan.findings, self.FIELDS)
