"""What the admin typed or chose on the check, Complete, roots and probe pages, and the
results kept with the inputs they were computed from.  Imported once the first page is
painted: the welcome page needs none of them (their records cost start-up a little)."""

from __future__ import annotations

import threading
from enum import Enum
from typing import TYPE_CHECKING

from ..core.values.record import frozen

if TYPE_CHECKING:
    from ..core.rules.probe import EndpointResult
    from ..core.rules.verdict import CheckResult
    from ..core.usecases.check import CheckInputs, FileState
    from ..core.usecases.probe import ProbeInputs, ProbeResult
    from ..core.usecases.renew import CurrentCertificate
    from ..core.usecases.roots import RootsInputs, RootsResult
    from ..core.values.topology import Topology
    from ..workers import Task


class Against(Enum):
    """What a check judges the certificate's names against."""

    ANSWERS = "answers"  # the answers of this wizard
    PROFILE = "profile"  # a saved profile
    NOTHING = "nothing"  # no names checked
    FROM_FILE = "from-file"  # answers read from the file, corrected by the admin


@frozen
class CheckForm:
    """What the admin typed or chose on the check page."""

    file: str = ""
    chain_files: tuple[str, ...] = ()
    roots_file: str = ""
    key_file: str = ""
    password: str = ""
    against: Against = Against.NOTHING
    profile_file: str = ""


@frozen
class CompleteForm:
    """What the admin typed or chose on the Complete page."""

    certificate_file: str = ""
    chain_files: tuple[str, ...] = ()
    roots_file: str = ""
    key_file: str = ""
    key_password: str = ""
    friendly_name: str = ""  # blank: the profile's beside the key, else the certificate's
    pfx_password: str = ""
    pfx_password_again: str = ""
    aes: bool = False
    out_file: str = ""


@frozen
class RootsForm:
    """What the admin typed or chose on the Trusted Root store page."""

    files: tuple[str, ...] = ()
    certificate_file: str = ""
    password: str = ""


@frozen
class ProbeForm:
    """What the admin typed or chose on the Test a deployed Edge page."""

    targets: tuple[str, ...] = ()
    against: Against = Against.NOTHING  # ANSWERS, PROFILE or NOTHING
    profile_file: str = ""
    services: bool = False
    roots_file: str = ""
    dns_server: str = ""
    timeout: float | None = None  # None: the core's default


class ProbeRun:
    """One probe on the worker: the inputs it was started with, the rows as they came,
    then its result, its failure, or that it was stopped."""

    def __init__(self, inputs: ProbeInputs, files: tuple[tuple[str, tuple[int, int] | None], ...]):
        from ..core.values.policy import now

        self.inputs = inputs
        self.files = files  # the profile and roots as they were when it began
        self.started = inputs.at or now()  # the day a stopped test was judged on
        self.rows: list[EndpointResult] = []
        self.result: ProbeResult | None = None
        self.error: BaseException | None = None
        self.stopped = False
        self.stop_event: threading.Event = threading.Event()
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None


@frozen
class RootsOutcome:
    """A roots check's result, with the inputs it was computed from."""

    inputs: RootsInputs
    result: RootsResult
    files: tuple[tuple[str, tuple[int, int] | None], ...] = ()  # as they were when it began


@frozen
class CheckOutcome:
    """A check's result, with the inputs it was computed from and the topology its names
    were judged against (None: without answers or profile)."""

    inputs: CheckInputs
    result: CheckResult
    topology: Topology | None
    files: tuple[FileState, ...] = ()  # the input files as they were when it began


@frozen
class RenewingCertificate:
    """The certificate being renewed: its file name, and as the core read it back."""

    file_name: str
    current: CurrentCertificate
