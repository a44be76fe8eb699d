"""The wizard's one state: the admin's answers and the plan the core derives from them,
what the admin came to do (the mode), the certificate being renewed, and the check
session (its inputs and the result computed for exactly those inputs).

Pages read and edit this state, the way the Qt classwizard's pages use ``field()``; no
page reaches into another page or into the wizard.  A result is kept with the inputs it
was computed from and shown only while they are the current ones: a changed file, chain,
roots, key, password, profile choice or answer makes it stale by construction."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    import datetime as dt

    from ..core.rules.plan import CertificatePlan
    from ..core.rules.probe import EndpointResult
    from ..core.usecases.check import CheckInputs
    from ..core.usecases.complete import CompleteInputs
    from ..core.usecases.probe import ProbeInputs, ProbeResult
    from ..core.usecases.roots import RootsInputs
    from ..core.values.errors import PicWizardError
    from ..core.values.topology import Topology
    from ..models.findings import FindingsFilterProxy, FindingsModel
    from ..models.san_table import SanTableModel
    from ..models.sip_domains import SipDomainsModel
    from ..workers import Task
    from .forms import (
        CheckForm,
        CheckOutcome,
        CompleteForm,
        ProbeForm,
        ProbeRun,
        RenewingCertificate,
        RootsForm,
        RootsOutcome,
    )


class PageId(IntEnum):
    WELCOME = 0
    PRODUCT = 1
    DOMAINS = 2
    EDGE = 3
    FEDERATION = 4
    ORGANISATION = 5
    REVIEW = 6
    GENERATE = 7
    CHECK_INPUT = 8
    CHECK_RESULT = 9
    COMPLETE = 10
    ROOTS_INPUT = 11
    ROOTS_RESULT = 12
    PROBE_INPUT = 13
    PROBE_RESULT = 14


REQUEST_PATH = (
    PageId.WELCOME,
    PageId.PRODUCT,
    PageId.DOMAINS,
    PageId.EDGE,
    PageId.FEDERATION,
    PageId.ORGANISATION,
    PageId.REVIEW,
    PageId.GENERATE,
)
CHECK_PATH = (PageId.WELCOME, PageId.CHECK_INPUT, PageId.CHECK_RESULT)
CHECK_WITH_ANSWERS_PATH = (
    PageId.WELCOME,
    PageId.CHECK_INPUT,
    PageId.DOMAINS,
    PageId.EDGE,
    PageId.CHECK_RESULT,
)
COMPLETE_PATH = (PageId.WELCOME, PageId.COMPLETE)
ROOTS_PATH = (PageId.WELCOME, PageId.ROOTS_INPUT, PageId.ROOTS_RESULT)
PROBE_PATH = (PageId.WELCOME, PageId.PROBE_INPUT, PageId.PROBE_RESULT)


class Mode(Enum):
    """What the admin came to do, chosen on the welcome page."""

    REQUEST = "request"  # a new request, or a renewal when ``WizardState.renewal`` is set
    CHECK = "check"
    COMPLETE = "complete"
    ROOTS = "roots"  # the Edge's Trusted Root store
    PROBE = "probe"  # a deployed Edge, over the network


class Answers(QObject):
    """Holds the current ``Topology``; pages edit it, the plan follows.

    Edits arrive keystroke by keystroke; the plan is recomputed once per turn of the event
    loop (a zero-delay timer coalesces the edits), never inside a widget's signal.
    """

    changed = Signal()
    planChanged = Signal(object)  # CertificatePlan

    def __init__(self, topology: Topology | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topology = topology  # None: the empty answers, made when first asked for
        self._plan: CertificatePlan | None = None
        # The day the plan is judged on: None, the moment it is made (pinned by tests, as
        # ``--at`` pins the command line's, so that no test depends on today's date).
        self._at: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._replan)

    @property
    def topology(self) -> Topology:
        if self._topology is None:  # not before the window is painted
            from ..core.values.topology import Topology

            self._topology = Topology()
        return self._topology

    def set_topology(self, topology: Topology) -> None:
        if topology != self.topology:
            self._topology = topology
            self.changed.emit()
            self._timer.start()

    def update(self, **changes: Any) -> None:
        from ..core.values.record import replace

        self.set_topology(replace(self.topology, **changes))

    @property
    def at(self) -> dt.datetime | None:
        return self._at

    @at.setter
    def at(self, moment: dt.datetime | None) -> None:
        self._at = moment
        self._plan = None
        self._replan()

    @property
    def plan(self) -> CertificatePlan:
        if self._plan is None or self._plan.topology != self.topology:
            self._replan()
        assert self._plan is not None
        return self._plan

    def _replan(self) -> None:
        self._timer.stop()
        if self._plan is not None and self._plan.topology == self.topology:
            return
        from ..core.rules.plan import make_plan  # not before the first page that shows a plan

        self._plan = make_plan(self.topology, at=self._at)
        self.planChanged.emit(self._plan)


class WizardState(QObject):
    """Everything the pages share.  Signals say what changed; the wizard and the pages
    show it again."""

    modeChanged = Signal()
    checkChanged = Signal()  # the check form, or a result recorded
    checkFinished = Signal(object)  # CheckOutcome, for the current inputs
    checkFailed = Signal(object)  # the exception, for the current inputs
    topologyReplaced = Signal()  # a profile, an import or a renewal replaced the answers
    probeChanged = Signal()  # a probe started, stopped, ended or failed
    probeRow = Signal(object)  # EndpointResult, of the current probe, as it comes

    def __init__(self, topology: Topology | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.answers = Answers(topology, self)
        self._mode = Mode.REQUEST
        self.renewal: RenewingCertificate | None = None
        self._check_outcome: CheckOutcome | None = None
        # (file, password) the answers were last read from, on the check path.
        self._answers_read_from: tuple[str, str] | None = None
        self._check_task: Task | None = None
        # What the last import or renewal read, in words, for the page that asked for it.
        self.read_back = ""
        self._roots_outcome: RootsOutcome | None = None
        self._probe_run: ProbeRun | None = None
        self.answers.planChanged.connect(self._answers_changed)
        self._models_built = False

    # The forms are made when first read: the welcome page reads none of them.

    @cached_property
    def _check_form(self) -> CheckForm:
        from .forms import CheckForm

        return CheckForm()

    @cached_property
    def _complete_form(self) -> CompleteForm:
        from .forms import CompleteForm

        return CompleteForm()

    @cached_property
    def _roots_form(self) -> RootsForm:
        from .forms import RootsForm

        return RootsForm()

    @cached_property
    def _probe_form(self) -> ProbeForm:
        from .forms import ProbeForm

        return ProbeForm()

    def _answers_changed(self) -> None:
        """The answers are a check input when the check judges the file against them:
        said once the plan follows them (once per turn of the event loop).  Said at each
        keystroke, it made the current page ask for a new plan at once, and every page
        that follows the check say it anew (the whole window painted again)."""
        from .forms import Against

        if self._check_form.against in (Against.ANSWERS, Against.FROM_FILE):
            self.checkChanged.emit()

    # ------------------------------------------------------------------ models

    def build_models(self) -> None:
        """The Qt models that present the state (built after the first window is shown)."""
        if self._models_built:
            return
        from PySide6.QtCore import Qt

        from ..models.findings import FindingsFilterProxy, FindingsModel
        from ..models.san_table import SanTableModel
        from ..models.sip_domains import SipDomainsModel

        self.domains_model: SipDomainsModel = SipDomainsModel(self)
        self.domains_model.set_domains(self.answers.topology.sip_domains)
        self.domains_model.domainsChanged.connect(
            lambda: self.answers.update(sip_domains=self.domains_model.domains())
        )
        self.san_model: SanTableModel = SanTableModel(self)
        self.findings_model: FindingsModel = FindingsModel(self)
        self.findings_proxy: FindingsFilterProxy = FindingsFilterProxy(self)
        self.findings_proxy.setSourceModel(self.findings_model)
        self.findings_proxy.sort(FindingsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self._models_built = True

    # ------------------------------------------------------------------ answers

    def set_topology(self, topology: Topology) -> None:
        """Replace the answers (a profile, an import, a renewal, answers read from a file)."""
        self.build_models()
        self.answers.set_topology(topology)
        self.domains_model.set_domains(topology.sip_domains)
        self.topologyReplaced.emit()

    # ------------------------------------------------------------------ mode

    @property
    def mode(self) -> Mode:
        return self._mode

    def set_mode(self, mode: Mode) -> None:
        if mode is not self._mode:
            self._mode = mode
            self.modeChanged.emit()

    @property
    def asks_answers_for_check(self) -> bool:
        """Checking a file with answers read from it: Files → SIP domains → Edge → Result."""
        from .forms import Against

        return self._mode is Mode.CHECK and self._check_form.against is Against.FROM_FILE

    def path(self) -> tuple[PageId, ...]:
        """The pages of what the admin is doing, in order."""
        if self._mode is Mode.CHECK:
            return CHECK_WITH_ANSWERS_PATH if self.asks_answers_for_check else CHECK_PATH
        if self._mode is Mode.COMPLETE:
            return COMPLETE_PATH
        if self._mode is Mode.ROOTS:
            return ROOTS_PATH
        if self._mode is Mode.PROBE:
            return PROBE_PATH
        return REQUEST_PATH

    # ------------------------------------------------------------------ check session

    @property
    def check_form(self) -> CheckForm:
        return self._check_form

    def edit_check(self, **changes: Any) -> None:
        from ..core.values.record import replace

        form = replace(self._check_form, **changes)
        if form != self._check_form:
            against_changed = form.against is not self._check_form.against
            self._check_form = form
            self.checkChanged.emit()
            if against_changed:
                self.modeChanged.emit()  # the path changes with it

    def check_inputs(self) -> CheckInputs:
        """The core's inputs for the form as it stands and the current answers."""
        from ..core.usecases.check import CheckInputs
        from .forms import Against

        form = self._check_form
        with_answers = form.against in (Against.ANSWERS, Against.FROM_FILE)
        return CheckInputs(
            file=form.file.strip(),
            chain_files=tuple(p.strip() for p in form.chain_files if p.strip()),
            roots_file=form.roots_file.strip(),
            key_file=form.key_file.strip(),
            profile_file=form.profile_file.strip() if form.against is Against.PROFILE else "",
            topology=self.answers.topology if with_answers else None,
            password=form.password.encode("utf-8") if form.password else None,
        )

    def check_outcome(self) -> CheckOutcome | None:
        """The result computed for the current inputs, or None (never a stale one)."""
        from ..core.usecases.check import files_now

        outcome = self._check_outcome
        if outcome is None or outcome.inputs != self.check_inputs():
            return None
        if outcome.files != files_now(outcome.inputs):  # a file changed under its name
            return None
        return outcome

    def record_check(self, outcome: CheckOutcome) -> bool:
        """Keep a result; True when it is for the current inputs (else it is dropped)."""
        if outcome.inputs != self.check_inputs():
            return False
        self._check_outcome = outcome
        self.checkChanged.emit()
        return True

    @property
    def checking(self) -> bool:
        return self._check_task is not None

    def start_check(self) -> None:
        """Check the current inputs on a worker; ``checkFinished`` or ``checkFailed``
        follows (for inputs changed meanwhile, the check runs again with them)."""
        from ..workers import run_in_thread

        if self._check_task is not None:
            return
        inputs = self.check_inputs()

        def failed(exc: BaseException) -> None:
            self._check_task = None
            if inputs != self.check_inputs():
                self.start_check()
                return
            self.checkChanged.emit()
            self.checkFailed.emit(exc)

        self._check_task = run_in_thread(lambda: run_check(inputs), self._check_done, failed)
        self.checkChanged.emit()

    def _check_done(self, outcome: CheckOutcome) -> None:
        self._check_task = None
        if self.record_check(outcome):
            self.checkFinished.emit(outcome)
        else:
            self.start_check()

    # ------------------------------------------------------------------ roots

    @property
    def roots_form(self) -> RootsForm:
        return self._roots_form

    def edit_roots(self, **changes: Any) -> None:
        from ..core.values.record import replace

        self._roots_form = replace(self._roots_form, **changes)

    def roots_inputs(self) -> RootsInputs:
        """The core's inputs for the form as it stands, as ``pic-wizard-cli roots``
        builds them from its command line."""
        from ..core.usecases.roots import RootsInputs

        form = self._roots_form
        return RootsInputs(
            files=tuple(p.strip() for p in form.files if p.strip()),
            certificate_file=form.certificate_file.strip(),
            password=form.password.encode("utf-8") if form.password else None,
        )

    def roots_outcome(self) -> RootsOutcome | None:
        """The result computed for the current inputs, or None (never a stale one)."""
        from ..core.usecases.roots import files_now

        outcome = self._roots_outcome
        if outcome is None or outcome.inputs != self.roots_inputs():
            return None
        if outcome.files != files_now(outcome.inputs):  # an export replaced under its name
            return None
        return outcome

    def record_roots(self, outcome: RootsOutcome) -> bool:
        """Keep a result; True when it is for the current inputs (else it is dropped)."""
        if outcome.inputs != self.roots_inputs():
            return False
        self._roots_outcome = outcome
        return True

    # ------------------------------------------------------------------ probe

    @property
    def probe_form(self) -> ProbeForm:
        return self._probe_form

    def edit_probe(self, **changes: Any) -> None:
        from ..core.values.record import replace

        self._probe_form = replace(self._probe_form, **changes)

    def probe_inputs(self) -> ProbeInputs:
        """The core's inputs for the form as it stands, as ``pic-wizard-cli probe`` builds
        them from its command line (the answers stand for ``--profile`` when chosen)."""
        from ..core.usecases.probe import DEFAULT_TIMEOUT, ProbeInputs
        from .forms import Against

        form = self._probe_form
        with_profile = form.against is Against.PROFILE
        return ProbeInputs(
            targets=tuple(t.strip() for t in form.targets if t.strip()),
            profile_file=form.profile_file.strip() if with_profile else "",
            topology=self.answers.topology if form.against is Against.ANSWERS else None,
            services=form.services and form.against is not Against.NOTHING,
            roots_file=form.roots_file.strip(),
            dns_server=form.dns_server.strip(),
            timeout=DEFAULT_TIMEOUT if form.timeout is None else form.timeout,
            at=self.answers.at,
        )

    def probe_run(self) -> ProbeRun | None:
        """The probe of the current inputs (running, ended, stopped or failed), or None:
        never one of other inputs, nor one whose profile or roots changed since."""
        run = self._probe_run
        if run is None or run.inputs != self.probe_inputs():
            return None
        if run.files != probe_files_now(run.inputs):
            return None
        return run

    @property
    def probing(self) -> bool:
        return self._probe_run is not None and self._probe_run.running

    def start_probe(self, *, again: bool = False) -> ProbeRun:
        """Probe the current inputs on a worker (unless it is running, or done already
        and not asked ``again``): ``probeRow`` for each endpoint as it comes, then
        ``probeChanged``.  A probe still running is stopped first."""
        from ..workers import run_with_progress
        from .forms import ProbeRun

        current = self.probe_run()
        if current is not None and (current.running or (current.result and not again)):
            return current
        self.stop_probe()
        inputs = self.probe_inputs()
        run = ProbeRun(inputs, probe_files_now(inputs))
        self._probe_run = run

        def row(found: EndpointResult) -> None:
            run.rows.append(found)
            self.probeRow.emit(found)

        def done(result: ProbeResult) -> None:
            run.task = None
            run.result = result
            self.probeChanged.emit()

        def failed(exc: BaseException) -> None:
            from ..core.net.cancel import ProbeCancelled

            run.task = None
            if isinstance(exc, ProbeCancelled):
                run.stopped = True
            else:
                run.error = exc
            self.probeChanged.emit()

        run.task = run_with_progress(
            lambda report: run_probe(inputs, run.stop_event.is_set, report), row, done, failed
        )
        self.probeChanged.emit()
        return run

    def stop_probe(self) -> None:
        """Stop the running probe (Stop, Back, Cancel, other inputs): the worker is told
        to stop and whatever it still delivers is dropped; the rows so far are kept."""
        run = self._probe_run
        if run is None or run.task is None:
            return
        run.stop_event.set()
        run.task.cancel()
        run.task = None
        run.stopped = True
        self.probeChanged.emit()

    # ------------------------------------------------------------------ complete

    @property
    def complete_form(self) -> CompleteForm:
        return self._complete_form

    def edit_complete(self, **changes: Any) -> None:
        from ..core.values.record import replace

        self._complete_form = replace(self._complete_form, **changes)

    def complete_inputs(
        self, *, force: bool = False, allow_errors: bool = False, make_folders: bool = False
    ) -> CompleteInputs:
        """The core's inputs for the Complete page as it stands, as ``pic-wizard-cli
        complete`` builds them: the request and profile beside the key, not the answers."""
        from ..core.usecases.check import CheckInputs
        from ..core.usecases.complete import CompleteInputs
        from ..core.x509.pfx import PfxProtection

        form = self._complete_form
        return CompleteInputs(
            check=CheckInputs(
                file=form.certificate_file.strip(),
                chain_files=tuple(p.strip() for p in form.chain_files if p.strip()),
                roots_file=form.roots_file.strip(),
                key_file=form.key_file.strip(),
                password=form.key_password.encode("utf-8") if form.key_password else None,
            ),
            out_file=form.out_file.strip(),
            pfx_password=form.pfx_password.encode("utf-8"),
            protection=PfxProtection.AES256 if form.aes else PfxProtection.WINDOWS_2012_R2,
            friendly_name=form.friendly_name,
            force=force,
            allow_errors=allow_errors,
            make_folders=make_folders,
        )

    def complete_refusal(self) -> PicWizardError | None:
        """Why the PFX cannot be written as the form stands (the core's refusal, then the
        two passwords typed differently, as the command line asks them twice)."""
        from ..core.usecases.complete import complete_refusal
        from ..core.values.errors import InputError

        refusal = complete_refusal(self.complete_inputs())
        if refusal is None and self._complete_form.pfx_password != (
            self._complete_form.pfx_password_again
        ):
            return InputError("pfx-password-mismatch")
        return refusal

    def answers_read(self) -> bool:
        """Whether the answers were read from the current file (with this password)."""
        form = self._check_form
        return self._answers_read_from == (form.file.strip(), form.password)

    def record_answers_read(self, file: str, password: str, topology: Topology) -> None:
        self._answers_read_from = (file, password)
        self.set_topology(topology)


def probe_files_now(inputs: ProbeInputs) -> tuple[tuple[str, tuple[int, int] | None], ...]:
    """The profile and roots a probe reads, as they are on disk now (a result is stale
    once one of them changed, even under the same name)."""
    from ..core.usecases.roots import RootsInputs, files_now

    files = tuple(p for p in (inputs.profile_file, inputs.roots_file) if p)
    return files_now(RootsInputs(files=files))


def run_probe(
    inputs: ProbeInputs,
    cancelled: Callable[[], bool],
    on_result: Callable[[EndpointResult], None],
) -> ProbeResult:
    """On a worker thread: the probe, each row handed to ``on_result`` as it comes
    (raises PicWizardError, or ProbeCancelled once ``cancelled()``)."""
    from ..core.usecases.probe import probe

    return probe(inputs, cancelled=cancelled, on_result=on_result)


def run_roots(inputs: RootsInputs) -> RootsOutcome:
    """On a worker thread: read the store's exports and judge them (raises
    PicWizardError)."""
    from ..core.usecases.roots import check_roots, files_now
    from .forms import RootsOutcome

    files = files_now(inputs)  # before reading: a change while it runs makes it stale
    return RootsOutcome(inputs, check_roots(inputs), files)


def run_check(inputs: CheckInputs) -> CheckOutcome:
    """On a worker thread: load everything and check it (raises PicWizardError)."""
    from ..core.usecases.check import check_file, files_now, prepare
    from .forms import CheckOutcome

    files = files_now(inputs)  # before reading: a change while it runs makes it stale
    options = prepare(inputs)
    result = check_file(inputs.file, inputs.password, options)
    return CheckOutcome(inputs, result, options.topology, files)
