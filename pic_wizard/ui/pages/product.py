"""Server product and deployment: one Edge Server or a pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
)

from ...core.values.record import replace
from ...core.values.topology import MAX_EDGE_SERVERS, MIN_POOL_SERVERS, Deployment, Product
from ..common import WizardPage, tab_to_checked, why_label

if TYPE_CHECKING:
    from ..state import WizardState


class ProductPage(WizardPage):
    scrolls = True

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Server product and deployment"))
        self.setSubTitle(
            self.tr("Which server the certificate is for, and on how many Edge Servers.")
        )
        self.help_text = self.tr(
            "Every member of an Edge pool carries the exact same certificate and private key, "
            "so the key must be exportable. XMPP federation does not exist in Skype for "
            "Business Server 2019 nor in Subscription Edition."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.product = QComboBox()
        for product in Product:
            self.product.addItem(product.display_name, product.value)
        self.product.setAccessibleName(self.tr("Server product"))
        label = QLabel(self.tr("Server &product:"))
        label.setBuddy(self.product)
        form.addRow(label, self.product)
        form.addRow(why_label(self.tr("Decides what the topology can hold (XMPP) and which "
                                      "support dates apply.")))  # fmt: skip

        self.kinds = QButtonGroup(self)
        texts = {
            Deployment.SINGLE: self.tr("A single Edge Serv&er"),
            Deployment.DNS_POOL: self.tr("An Edge pool with &DNS load balancing"),
            Deployment.HLB_POOL: self.tr("An Edge pool with hard&ware load balancing"),
        }
        for number, (kind, text) in enumerate(texts.items()):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.kinds.addButton(button, number)
            button.setProperty("deployment", kind.value)
            form.addRow("" if number else self.tr("Deployment:"), button)
        tab_to_checked(self.kinds)
        form.addRow(why_label(self.tr("In a pool, every member gets the same certificate and "
                                      "private key.")))  # fmt: skip
        self.servers = QSpinBox()
        self.servers.setRange(MIN_POOL_SERVERS, MAX_EDGE_SERVERS)  # the core's
        self.servers.setAccessibleName(self.tr("Number of Edge Servers"))
        servers_label = QLabel(self.tr("Number of Edge Ser&vers:"))
        servers_label.setBuddy(self.servers)
        form.addRow(servers_label, self.servers)
        # Which Windows Server the product runs on, and so which PFX encryption it imports
        # (below the form: a wrapped label whose text changes keeps its height there).
        self.windows = why_label("")
        self.form.addWidget(self.windows)
        self._say_windows(state.answers.topology.product)
        self.form.addStretch(1)

        self.product.currentIndexChanged.connect(self._changed)
        self.kinds.idToggled.connect(self._kind_toggled)
        self.servers.valueChanged.connect(self._changed)

    def refresh(self) -> None:
        t = self.state.answers.topology
        self.product.setCurrentIndex(max(0, self.product.findData(t.product.value)))
        for button in self.kinds.buttons():
            button.setChecked(button.property("deployment") == t.deployment.value)
        self.servers.setEnabled(t.deployment.is_pool)
        self.servers.setValue(max(2, t.server_count))
        self._say_windows(t.product)

    def _say_windows(self, product: Product) -> None:
        oldest, newest = product.windows_servers[0], product.windows_servers[-1]
        self.windows.setText(
            self.tr(
                "{product} runs on Windows Server {oldest} to {newest}. Windows Server 2019 "
                "and later can import a PFX encrypted with AES-256; 2016 and older need 3DES."
            ).format(product=product.display_name, oldest=oldest, newest=newest)
        )

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _changed(self) -> None:
        checked = self.kinds.checkedButton()
        kind = Deployment(checked.property("deployment")) if checked else Deployment.SINGLE
        self.servers.setEnabled(kind.is_pool)
        changes: dict[str, object] = {
            "product": Product(self.product.currentData()),
            "deployment": kind,
            "server_count": self.servers.value() if kind.is_pool else 1,
        }
        from ...core.rules.plan import must_be_exportable

        if must_be_exportable(kind, self.state.answers.plan.key_origin):  # the core's rule
            changes["key"] = replace(self.state.answers.topology.key, exportable=True)
        self.state.answers.update(**changes)
        self._say_windows(Product(self.product.currentData()))
