"""Generate: the private key (on a worker thread) and the request, written safely."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
)

from ...core.values.errors import PicWizardError
from ...core.values.untrusted import visible_path
from ..common import ProblemLabel, WizardPage, show_error, why_label

if TYPE_CHECKING:
    from ...workers import Task
    from ..state import WizardState


class GeneratePage(WizardPage):
    show_preview = False

    def nextId(self) -> int:
        return -1

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Generate the key and the request"))
        self.setSubTitle(self.tr("The private key stays with you; the request goes to the CA."))
        self.help_text = self.tr(
            "pic-wizard writes <name>.key (the private key, PKCS#8, encrypted with AES-256 "
            "under your passphrase, readable by you only), <name>.req (the request to submit "
            "to the certification authority) and <name>.json (your answers, with no secret). "
            "Nothing is overwritten without asking."
        )
        form = QFormLayout()
        self.form.addLayout(form)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Output folder"))
        browse = QPushButton(self.tr("Bro&wse…"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("Output fol&der:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.folder_note = why_label(
            self.tr(
                "This folder does not exist yet: it is made when you generate, readable by "
                "you only."
            )
        )
        self.folder_note.hide()
        form.addRow("", self.folder_note)
        self.base = QLineEdit()
        self.base.setAccessibleName(self.tr("File name"))
        base_label = QLabel(self.tr("File na&me:"))
        base_label.setBuddy(self.base)
        form.addRow(base_label, self.base)
        form.addRow("", why_label(self.tr("Without extension: .key, .req and .json are added.")))

        self.phrase = QLineEdit()
        self.phrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase.setAccessibleName(self.tr("Passphrase"))
        self.phrase2 = QLineEdit()
        self.phrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase2.setAccessibleName(self.tr("Passphrase again"))
        phrase_label = QLabel(self.tr("&Passphrase:"))
        phrase_label.setBuddy(self.phrase)
        again_label = QLabel(self.tr("A&gain:"))
        again_label.setBuddy(self.phrase2)
        form.addRow(phrase_label, self.phrase)
        form.addRow(again_label, self.phrase2)
        self.strength = QLabel()
        form.addRow("", self.strength)
        self.no_phrase = QCheckBox(self.tr("Write the key wi&thout a passphrase (not recommended)"))
        form.addRow("", self.no_phrase)
        self.windows_files = QCheckBox(
            self.tr("Also write the certreq &INF and the PowerShell script (.inf, .ps1)")
        )
        form.addRow("", self.windows_files)
        form.addRow(
            "",
            why_label(
                self.tr(
                    "The same request made on the Edge Server itself (certreq or "
                    "Request-CsCertificate), and the lines that install the finished "
                    "certificate on every Edge Server."
                )
            ),
        )
        self.problem = ProblemLabel()
        form.addRow("", self.problem)

        buttons = QHBoxLayout()
        self.generate = QPushButton(self.tr("Gene&rate"))
        self.generate.setDefault(True)
        self.cancel = QPushButton(self.tr("Cance&l generation"))
        self.cancel.setEnabled(False)
        buttons.addWidget(self.generate)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        self.form.addLayout(buttons)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Generating the key"))
        self.busy.hide()
        self.form.addWidget(self.busy)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setTabChangesFocus(True)
        self.result.setAccessibleName(self.tr("What was written"))
        self.result.hide()
        self.form.addWidget(self.result, 4)  # most of the room, once shown
        self.form.addStretch(1)

        browse.clicked.connect(self._browse)
        self._just_written = False
        self._base_typed = False  # a file name the admin typed is kept over Back and Next
        self.base.textEdited.connect(lambda _text: setattr(self, "_base_typed", True))
        for edit in (self.phrase, self.phrase2, self.folder, self.base):
            edit.textEdited.connect(self._edited)
            edit.textChanged.connect(self._validate)
        self.no_phrase.toggled.connect(self._edited)
        self.generate.clicked.connect(self._generate)
        self.cancel.clicked.connect(self._cancel)
        self.task: Task | None = None
        self.written: list[Path] = []
        self._written_for: object = None  # the answers the files written were made of
        self._run: _Run | None = None

    def refresh(self) -> None:
        from ...core.usecases.request import default_base_name

        if not self.folder.text():
            self.folder.setText(str(QSettings().value("generate/lastFolder", str(Path.home()))))
        if not (self._base_typed and self.base.text().strip()):
            self.base.setText(default_base_name(self.state.answers.plan))
        if self.written and self.state.answers.topology != self._written_for:
            # Back, an answer changed, and here again: the files are not those answers'.
            self.written = []
            self.result.setPlainText(
                self.tr(
                    "The answers changed after these files were written: they do not hold "
                    "them. Generate again for the request to match what you chose."
                )
                + "\n\n"
                + self.result.toPlainText()
            )
            self.completeChanged.emit()
        self._validate()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Output folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _problems(self) -> list[str]:
        """Every problem standing in the way of Generate, in the order of the fields."""
        from ...core.rules.plan import plan_refusal
        from ...core.usecases.request import output_refusal, passphrase_refusal
        from ..common import error_text

        problems = []
        refused = plan_refusal(self.state.answers.plan)  # as csr, inf and powershell refuse
        if refused is not None:
            problems.append(error_text(refused))
        folder = self.folder.text().strip()
        if not folder:
            problems.append(self.tr("Choose the folder the files go into."))
        name = self.base.text().strip()
        if not name:
            problems.append(self.tr("Give a plain file name, such as sip.contoso.com."))
        refusal = output_refusal(folder, name) if folder and name else None
        if refusal is not None:
            problems.append(error_text(refusal))
        if self.no_phrase.isChecked():
            return problems
        if not self.phrase.text():
            problems.append(
                self.tr("Type a passphrase twice, or choose to write the key without one.")
            )
        elif self.phrase.text() != self.phrase2.text():
            problems.append(self.tr("The two passphrases differ."))
        too_long = passphrase_refusal(self.phrase.text().encode("utf-8"))
        if too_long is not None:
            problems.append(error_text(too_long))
        return problems

    def _edited(self, *_: object) -> None:
        self._just_written = False
        self._validate()

    def _validate(self, *_: object) -> None:
        self.phrase.setEnabled(not self.no_phrase.isChecked())
        self.phrase2.setEnabled(not self.no_phrase.isChecked())
        from ...core.usecases.request import passphrase_strength

        bits, word = passphrase_strength(self.phrase.text())
        words = {"weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong")}
        self.strength.setText(
            self.tr("Strength: {word} (about {bits} bits)").format(word=words[word], bits=bits)
            if self.phrase.text() and not self.no_phrase.isChecked()
            else ""
        )
        folder = self.folder.text().strip()
        self.folder_note.setVisible(bool(folder) and not Path(folder).exists())
        problems = self._problems()
        # Just written (the passphrase fields are emptied): the success text is the news,
        # not a request to type a passphrase; the lines come back once a field changes.
        self.problem.show_problems([] if self._just_written else problems)
        self.generate.setEnabled(not problems and self.task is None)

    def _targets(self) -> tuple[Path, ...]:
        from ...core.usecases.request import request_files

        return request_files(
            self.folder.text(),
            self.base.text().strip(),
            windows_files=self.windows_files.isChecked(),
        )

    def _generate(self) -> None:
        from ...workers import run_in_thread

        existing = [p for p in self._targets() if p.exists()]
        self.force = False
        if existing:
            answer = QMessageBox.question(
                self,
                self.tr("Replace files?"),
                self.tr("These files exist already:\n{files}\n\nReplace them?").format(
                    files="\n".join(str(p) for p in existing)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.force = True
        plan = self.state.answers.plan
        passphrase = None if self.no_phrase.isChecked() else self.phrase.text().encode("utf-8")
        folder = Path(self.folder.text().strip())
        base = self.base.text().strip()
        force = self.force
        windows_files = self.windows_files.isChecked()
        self.generate.setEnabled(False)
        self.cancel.setEnabled(True)
        self.busy.show()
        self.result.hide()
        run = self._run = _Run()

        def make_and_write() -> Any:
            # On the worker, all that is slow: cryptography's first import, the key, the
            # signature, the passphrase's rounds (a third of a second) and the files made
            # durable (each fsync a stall of the window when written there).
            from ...core.usecases.request import output_folder, sign_request, write_request

            signed = sign_request(plan, passphrase)
            with run.gate:  # Cancel comes before, and nothing is written, or waits
                if run.stopped:
                    return None
                try:
                    # Made like the command line makes it when missing (yours only).
                    with output_folder(folder, base) as prepared:
                        written = write_request(
                            plan,
                            folder,
                            passphrase,
                            base_name=base,
                            force=force,
                            signed=signed,
                            answers=True,
                            windows_files=windows_files,
                        )
                except PicWizardError as error:
                    return error
                finally:
                    del signed
                run.written = True
                return written, prepared, folder

        self.task = run_in_thread(make_and_write, self._key_ready, self._failed)

    def stop(self) -> bool:
        """Stop the key being made: True if nothing is written (its files are dropped
        unwritten), False if they were written already (their news follows)."""
        run, self._run = self._run, None
        if run is not None:
            with run.gate:  # while the files are being written: a few milliseconds
                run.stopped = True
                if run.written:
                    return False
        if self.task is not None:
            self.task.cancel()  # the key being made is dropped, never written
        self._idle()
        return True

    def _cancel(self) -> None:
        if self.stop():
            self.result.setPlainText(self.tr("Generation cancelled: nothing was written."))
            self.result.show()

    def _idle(self) -> None:
        self.task = None
        self.busy.hide()
        self.cancel.setEnabled(False)
        self._validate()

    def _key_ready(self, made: Any) -> None:
        self._run = None
        self._idle()
        if isinstance(made, PicWizardError):
            show_error(self, self.tr("The files cannot be written"), made)
            return
        written, prepared, folder = made
        self._written_for = self.state.answers.topology  # unchanged while generating
        QSettings().setValue("generate/lastFolder", str(folder))
        self.written = [
            written.request_path,
            written.key_path,
            *([written.answers_path] if written.answers_path else []),
            *written.windows_paths,
        ]
        protection = (
            self.tr("encrypted with your passphrase")
            if written.encrypted
            else self.tr("NOT encrypted: keep it safe")
        )
        notes = "".join(
            QCoreApplication.translate("Written", template).format(
                **{k: visible_path(v) for k, v in values.items()}
            )
            + "\n"
            for template, values in (*prepared.settled_notes(), *prepared.made_notes())
        )
        self.result.setPlainText(
            notes
            + self.tr(
                "Written:\n  {req}  (the request)\n  {key}  (the private key, {protection})\n"
                "  {json}  (your answers){windows}\n\nNext:\n  1. Submit {req_name} to your public "
                "certification authority.\n  2. When it sends the certificate back, open "
                'pic-wizard again and choose "Complete a request" with the certificate '
                "and {key_name}: it checks them and makes the PFX for every Edge Server."
            ).format(
                req=written.request_path,
                key=written.key_path,
                json=written.answers_path,
                protection=protection,
                windows="".join(f"\n  {p}" for p in written.windows_paths),
                req_name=written.request_path.name,
                key_name=written.key_path.name,
            )
        )
        self.result.show()
        self._just_written = True
        self.phrase.clear()
        self.phrase2.clear()
        self._validate()  # the folder exists now
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        message = str(exc) if isinstance(exc, PicWizardError) else type(exc).__name__
        QMessageBox.warning(self, self.tr("Key generation failed"), message)

    def isComplete(self) -> bool:
        return bool(self.written)

    def cleanupPage(self) -> None:
        if self.task is not None:
            self.stop()


class _Run:
    """One Generate: Cancel and the worker's writing take ``gate`` in turn, so that the
    files are written only if Cancel did not come first, and Cancel knows whether they
    were."""

    def __init__(self) -> None:
        self.gate = threading.Lock()
        self.stopped = False
        self.written = False
