"""Organization and key: the subject's other fields, and what key to make."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit

from ...core.values.countries import ISO_3166_ALPHA2
from ...core.values.country_names import COUNTRY_NAMES
from ...core.values.record import replace
from ...core.values.topology import KEY_CHOICES, ORGANIZATION_LIMITS, Organization
from ..common import ProblemLabel, WizardPage, why_label

if TYPE_CHECKING:
    from ..state import WizardState


def country_name(code: str) -> str:
    """The country's name in the user's language (context "Countries" of the .ts)."""
    english = COUNTRY_NAMES.get(code)
    return QCoreApplication.translate("Countries", english) if english else code


def country_items() -> list[tuple[str, str]]:
    """(name, code) of every country, in the alphabetical order of the user's language
    (in French "États-Unis" among the E)."""
    from ..i18n import installed_language

    collator = QCollator(QLocale(installed_language()))
    names = [(country_name(c), c) for c in ISO_3166_ALPHA2]
    return sorted(names, key=lambda item: collator.sortKey(item[0]))


class OrganisationPage(WizardPage):
    scrolls = True

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Organization and key"))
        self.setSubTitle(self.tr("Who the certificate is for, and the key it is made with."))
        self.help_text = self.tr(
            "Public CAs check the organization fields against your company's records. The "
            "key: RSA 2048 is what Lync Server 2013 and every federation partner accept; "
            "RSA 3072 is not listed by Lync; EC keys are listed but rarely tested with "
            "partners. The private key must be exportable: every Edge Server of a pool "
            "imports the same one."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.texts: dict[str, QLineEdit] = {}
        for key, text, name in (
            ("organization", self.tr("Or&ganization (O):"), self.tr("Organization")),
            ("organizational_unit", self.tr("Organizational &unit (OU):"),
             self.tr("Organizational unit")),
            ("locality", self.tr("&City or locality (L):"), self.tr("City or locality")),
            ("state", self.tr("S&tate or province (ST):"), self.tr("State or province")),
        ):  # fmt: skip
            edit = QLineEdit()
            edit.setMaxLength(ORGANIZATION_LIMITS[key])  # the core's (RFC 5280's) limits
            edit.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textEdited.connect(self._changed)
            self.texts[key] = edit
        form.addRow("", why_label(self.tr("As registered: the CA checks them. Write the state "
                                          "in full (Washington, not WA).")))  # fmt: skip

        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem("", "")
        for name, code in country_items():
            self.country.addItem(f"{name} ({code})", code)
        completer = self.country.completer()
        if completer is not None:  # type "fr" or "France": both find France (FR)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        country_label = QLabel(self.tr("Countr&y (C):"))
        country_label.setBuddy(self.country)
        form.addRow(country_label, self.country)
        self.country_problem = ProblemLabel()
        form.addRow("", self.country_problem)
        self.country.currentIndexChanged.connect(self._changed)
        typed = self.country.lineEdit()
        if typed is not None:  # a name or a code typed, then Tab: that country, or a problem
            typed.editingFinished.connect(self._country_typed)

        self.friendly = QLineEdit()
        self.friendly.setAccessibleName(self.tr("Friendly name"))
        friendly_label = QLabel(self.tr("Friend&ly name:"))
        friendly_label.setBuddy(self.friendly)
        form.addRow(friendly_label, self.friendly)
        form.addRow("", why_label(self.tr("How the certificate shows in the Windows certificate "
                                          "store and in Set-CsCertificate.")))  # fmt: skip
        self.friendly.textEdited.connect(self._changed)

        self.key = QComboBox()
        self.key.setAccessibleName(self.tr("Key type and size"))
        for spec in KEY_CHOICES:
            self.key.addItem(spec.description)
        key_label = QLabel(self.tr("&Key:"))
        key_label.setBuddy(self.key)
        form.addRow(key_label, self.key)
        form.addRow("", why_label(self.tr("RSA 2048 unless you know why: every partner "
                                          "accepts it.")))  # fmt: skip
        self.exportable = QCheckBox(self.tr("Private key is e&xportable"))
        form.addRow("", self.exportable)
        self.exportable_why = why_label("")
        form.addRow("", self.exportable_why)
        self.key.currentIndexChanged.connect(self._changed)
        self.exportable.toggled.connect(self._changed)
        self.form.addStretch(1)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        t = self.state.answers.topology
        org = t.organization
        for key, edit in self.texts.items():
            edit.setText(getattr(org, key))
        self.country.setCurrentIndex(max(0, self.country.findData(org.country)))
        # The answers' country, not a text typed before.
        self.country.setEditText(self.country.itemText(self.country.currentIndex()))
        self.country_problem.hide()
        self.completeChanged.emit()
        self.friendly.setText(t.friendly_name)
        for i, spec in enumerate(KEY_CHOICES):
            if spec.description == t.key.description:  # the algorithm and its size or curve
                self.key.setCurrentIndex(i)
        from ...core.rules.plan import must_be_exportable

        pool = t.deployment.is_pool
        required = must_be_exportable(t.deployment, self.state.answers.plan.key_origin)
        self.exportable.setChecked(t.key.exportable or required)
        self.exportable.setEnabled(not required)
        self.exportable_why.setText(
            self.tr("Required: every member of the Edge pool imports the same key.")
            if pool
            else self.tr(
                "Microsoft requires it even on a single Edge Server: the key is "
                "moved with the certificate, and kept as a backup."
            )
        )
        self._loading = False

    def country_index(self, typed: str) -> int | None:
        """The entry of the list the text typed names (in any case): as the list shows
        it, the country's name alone, or its two-letter code; empty is no country.
        None: no country of the list."""
        text = " ".join(typed.split()).casefold()
        if not text:
            return 0
        for index in range(1, self.country.count()):
            code = str(self.country.itemData(index))
            shown = self.country.itemText(index).casefold()
            if text in (shown, code.casefold(), country_name(code).casefold()):
                return index
        return None

    def _country_typed(self) -> None:
        from ...core.values.untrusted import visible

        typed = self.country.currentText()
        index = self.country_index(typed)
        if index is None:
            self.country_problem.setText(
                self.tr(
                    "'{text}' is not a country of the list: type its name or its "
                    "two-letter code (US, FR), or choose it in the list."
                ).format(text=visible(typed.strip()))
            )
            self.country_problem.show()
        else:
            self.country_problem.hide()
            self.country.setCurrentIndex(index)
            self.country.setEditText(self.country.itemText(index))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next waits while the country box holds a text that is no country: the
        subject would be made without the country the admin meant."""
        return self.country_problem.isHidden()

    def validatePage(self) -> bool:
        """Next pressed (Alt+N, Enter) with a country typed and not yet left: it is read
        first, and a text that names no country keeps the admin on the page."""
        self._country_typed()
        return self.isComplete()

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        t = self.state.answers.topology
        spec = KEY_CHOICES[max(0, self.key.currentIndex())]
        from ...core.rules.plan import must_be_exportable

        required = must_be_exportable(t.deployment, self.state.answers.plan.key_origin)
        exportable = self.exportable.isChecked() or required
        self.state.answers.update(
            organization=Organization(
                **{key: edit.text().strip() for key, edit in self.texts.items()},
                country=str(self.country.currentData() or ""),
            ),
            friendly_name=self.friendly.text().strip(),
            key=replace(spec, exportable=exportable),
        )
