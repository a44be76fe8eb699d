"""Check a file: what the CA sent, a PFX, a chain or a request, with the chain, trusted
roots, key, request and answers (a profile, or the wizard's) it is judged with.

The wizard's Check page and ``pic-wizard-cli check`` both call ``prepare`` then
``check_file``: the same inputs always give the same verdict."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..rules.verdict import CheckOptions, CheckResult, check_loaded
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import frozen
from ..x509.loader import load_certificates, load_file, load_private_key, load_request

if TYPE_CHECKING:
    from ..values.topology import Topology


@frozen
class CheckInputs:
    """Everything a check depends on; a result is stale as soon as one of these changes."""

    file: str = ""
    chain_files: tuple[str, ...] = ()
    roots_file: str = ""  # empty: the public roots (Mozilla's, from certifi)
    key_file: str = ""
    request_file: str = ""
    profile_file: str = ""
    topology: Topology | None = None  # the wizard's answers, used when no profile is given
    password: bytes | None = None  # opens the file, the key and any PFX among the inputs
    at: dt.datetime | None = None  # None: now
    policy: Policy = DEFAULT_POLICY


# A file as it is on disk now: its path, and its size and modification time (None: absent).
FileState = tuple[str, "tuple[int, int] | None"]


def files_now(inputs: CheckInputs) -> tuple[FileState, ...]:
    """What every file the check reads is on disk now.  A result is stale once one of them
    changed, even under the same name (a key or chain fixed in place, a file replaced by
    the CA's second answer): the inputs alone do not say it."""
    import os

    paths = (
        inputs.file,
        *inputs.chain_files,
        inputs.roots_file,
        inputs.key_file,
        inputs.request_file,
        inputs.profile_file,
    )
    states: list[FileState] = []
    for path in paths:
        if not path:
            continue
        try:
            seen = os.stat(path)
        except (OSError, ValueError):  # absent, unreadable, a NUL in the name
            states.append((path, None))
        else:
            states.append((path, (seen.st_size, seen.st_mtime_ns)))
    return tuple(states)


def prepare(inputs: CheckInputs) -> CheckOptions:
    """Load what every file of a run is judged with, once (raises PicWizardError)."""
    password = inputs.password
    topology = inputs.topology
    if inputs.profile_file:
        from ..files import profile

        topology = profile.load(inputs.profile_file)
    return CheckOptions(
        topology=topology,
        roots=load_certificates(inputs.roots_file, password) if inputs.roots_file else None,
        chain=[c for path in inputs.chain_files for c in load_certificates(path, password)],
        key=load_private_key(inputs.key_file, password) if inputs.key_file else None,
        request=load_request(inputs.request_file, password) if inputs.request_file else None,
        at=inputs.at or now(),  # one moment for the whole run
        policy=inputs.policy,
    )


def check_file(path: str, password: bytes | None, options: CheckOptions) -> CheckResult:
    """One file judged with the prepared options (raises PicWizardError)."""
    return check_loaded(load_file(path, password), options)


def check(inputs: CheckInputs) -> CheckResult:
    """``inputs.file`` checked with everything else in ``inputs``."""
    return check_file(inputs.file, inputs.password, prepare(inputs))


def answers_read_from(inputs: CheckInputs, base: Topology) -> Topology:
    """The answers a certificate or a request implies (``rules.derive``), on top of
    ``base``: for checking a file against the names it was made for, without a profile."""
    from ..rules.derive import topology_from_content
    from ..values.errors import InputError
    from ..x509.chain import edge_certificate
    from ..x509.view import certificate_content, organization_of, request_content

    loaded = load_file(inputs.file, inputs.password)
    if loaded.certificates:
        leaf = edge_certificate(loaded.certificates, loaded.path)
        content, subject = certificate_content(leaf), leaf.subject
    elif loaded.requests:
        content, subject = request_content(loaded.requests[0]), loaded.requests[0].subject
    else:
        raise InputError("key-only", file=inputs.file)
    return topology_from_content(content, organization_of(subject), base)
