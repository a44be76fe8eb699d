"""Renew from the current certificate…: its answers pre-fill the wizard, and the Review page
shows what the new plan changes against it, for the admin to confirm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from ..core.values.errors import PasswordError, PicWizardError
from .common import show_error
from .forms import RenewingCertificate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..core.usecases.renew import CurrentCertificate
    from .state import WizardState

FOLDER_SETTING = "renew/lastFolder"


def _current(parent: QWidget, path: str) -> CurrentCertificate | None:
    """The certificate being replaced, read as ``pic-wizard-cli renew`` reads it; a PFX
    asks for its password, again while it is wrong (None: cancelled)."""
    from ..core.usecases.renew import read_current

    try:
        return read_current(path, None)
    except PasswordError:
        pass
    name = Path(path).name
    prompt = QCoreApplication.translate("Renew", "The password of {file}:").format(file=name)
    while True:
        password, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Renew", "Password"),
            prompt,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            return read_current(path, password.encode("utf-8"))
        except PasswordError:
            # Said here, where the password is typed: the renewal has no Password field.
            prompt = QCoreApplication.translate(
                "Renew",
                "This is not the password of {file} (it is case-sensitive). Type it again:",
            ).format(file=name)


def renew_from_certificate(parent: QWidget, state: WizardState, path: str = "") -> bool:
    """Ask for the certificate being replaced, read its answers back into the wizard (all
    editable) and remember it for the comparison; True when done."""
    if not path:
        folder = str(QSettings().value(FOLDER_SETTING, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Renew", "The certificate being replaced"),
            folder,
            QCoreApplication.translate(
                "Renew", "Certificates (*.cer *.crt *.pem *.der *.p7b *.pfx *.p12);;All files (*)"
            ),
        )
        if not path:
            return False
    try:
        current = _current(parent, path)
        if current is None:
            return False
    except PicWizardError as error:
        show_error(
            parent, QCoreApplication.translate("Renew", "The certificate cannot be read"), error
        )
        return False
    from .import_topology import ReadBack

    state.renewal = RenewingCertificate(Path(path).name, current)
    state.set_topology(current.answers)
    state.read_back = ReadBack().text(Path(path).name, current.answers)
    QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))
    return True
