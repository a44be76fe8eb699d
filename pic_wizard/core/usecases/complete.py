"""Complete a request: the certificate the CA issued and the private key of the request,
checked together (``usecases.check``), become a PFX for Import-CsCertificate.

The decisions live here, for the wizard's Complete page and ``pic-wizard-cli complete``
alike: what refuses before any work (``complete_refusal``), the request and profile found
beside the key, the default friendly name and protection, when a PFX is written (no error
finding stands, or the admin accepted them; never a key that is not the certificate's) and
never over an existing file unless asked.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from ..files.fsutil import check_target
from ..rules.verdict import CheckResult
from ..values.errors import InputError, OutputError, PicWizardError
from ..values.record import frozen, replace
from ..values.topology import Product
from ..x509.pfx import PfxProtection
from .check import CheckInputs, prepare

if TYPE_CHECKING:
    from cryptography import x509


@frozen
class CompleteInputs:
    """``check.file`` is the issued certificate, ``check.key_file`` the key of the request
    (``check.password`` opens it); chain, roots, request, profile or answers as for a check."""

    check: CheckInputs
    out_file: str
    pfx_password: bytes
    # None: as the server product suggests (``product_of`` and pfx.suggested_protection).
    protection: PfxProtection | None = None
    friendly_name: str = ""  # blank: the answers' friendly name, else the certificate's name
    force: bool = False  # replace an existing PFX
    allow_errors: bool = False  # write even though error findings stand (not a wrong key)
    make_folders: bool = False  # make the PFX's folder if missing (else refused, to ask)


@frozen
class Completed:
    result: CheckResult
    written: str | None  # the PFX written, or None: refused (see ``refused``)
    friendly_name: str
    protection: PfxProtection  # the one the PFX has (or would have had)
    chain: tuple[x509.Certificate, ...]  # the CA certificates in the PFX, issuer first
    request_file: str  # the request the certificate was compared with ("" none)
    profile_file: str  # the profile it was judged against ("" none, or the answers)
    refused: str = ""  # why no PFX was written: "key-mismatch" or "errors"
    # The friendly name the written PFX holds, read back with its password (what Windows
    # will show; reading it back also proves the file opens).
    friendly_name_read_back: str = ""

    @property
    def errors(self) -> int:
        return sum(1 for f in self.result.findings if f.severity.value == "error")


def sibling(key_file: str, suffix: str) -> str:
    """The request or profile written beside the key (``edge.key`` → ``edge.req``)."""
    if not PurePath(key_file).name:
        return ""
    candidate = Path(key_file).with_suffix(suffix)
    return str(candidate) if candidate.is_file() else ""


def suggested_pfx_file(certificate_file: str) -> str:
    """Where to write the PFX when nothing is chosen yet: beside the certificate, with its
    name (``issued.cer`` → ``issued.pfx``); "" while the path has no file name yet."""
    path = PurePath(certificate_file.strip())
    if not path.name or path.name in (".", ".."):
        return ""
    return str(path.with_name(path.stem + ".pfx")) if path.stem else ""


def folder_to_make(out_file: str) -> str:
    """The folder of the PFX when it does not exist yet ("" when it does, or when nothing
    is chosen): the wizard offers to make it (``fsutil.make_folders``) rather than refuse."""
    if not out_file.strip() or not PurePath(out_file.strip()).name:
        return ""
    folder = Path(out_file.strip()).parent
    try:
        return "" if folder.exists() else str(folder)
    except OSError:  # a name too long, a loop: the writing says what is wrong
        return ""


def _is_an_input(out_file: str, check: CheckInputs) -> bool:
    """Whether the PFX's name is one of the files it is made from (the certificate, the
    key, a chain, the roots, the request or the profile), however spelled."""
    import os

    target = os.path.abspath(out_file.strip())
    for name in (
        check.file,
        check.key_file,
        *check.chain_files,
        check.roots_file,
        check.request_file,
        check.profile_file,
    ):
        if not name.strip():
            continue
        if os.path.abspath(name.strip()) == target:
            return True
        try:
            if os.path.samefile(name.strip(), target):  # a link, another spelling
                return True
        except (OSError, ValueError):
            continue
    return False


def complete_refusal(inputs: CompleteInputs) -> PicWizardError | None:
    """Why a completion cannot start with these inputs, before reading any file (the
    Complete page asks as the admin types); None when it can."""
    from ..x509.pfx import check_friendly_name, check_password

    if not inputs.check.file.strip():
        return InputError("complete-no-certificate")
    if not inputs.check.key_file.strip():
        return InputError("complete-no-key")
    if not inputs.out_file.strip():
        return InputError("complete-no-output")
    if _is_an_input(inputs.out_file, inputs.check):
        # Even with --force: the PFX would replace what it is made from.
        return OutputError("output-is-input", file=inputs.out_file)
    try:
        check_password(inputs.pfx_password)
        if inputs.friendly_name.strip():
            check_friendly_name(inputs.friendly_name.strip())
        check_target(inputs.out_file, overwrite=inputs.force)
    except PicWizardError as error:
        return error
    folder = Path(inputs.out_file).parent
    if not inputs.make_folders and not folder.is_dir():
        # Said before the check runs, so the admin can agree to make it (the wizard asks).
        return OutputError("output-folder-missing", file=str(folder))
    return None


def product_of(check: CheckInputs) -> Product | None:
    """The server product the PFX is for, as the completion judges it: the profile given or
    written beside the key, else the answers; None when there is none or the profile cannot
    be read (the completion says why)."""
    from ..files import profile

    check = with_files_beside_the_key(check)
    if check.profile_file:
        try:
            return profile.load(check.profile_file).product
        except (PicWizardError, OSError):
            return None
    return check.topology.product if check.topology is not None else None


def with_files_beside_the_key(inputs: CheckInputs) -> CheckInputs:
    """The request and the profile written beside the key by ``csr``, when none is given."""
    request = inputs.request_file or sibling(inputs.key_file, ".req")
    profile = inputs.profile_file
    if not profile and inputs.topology is None:
        profile = sibling(inputs.key_file, ".json")
    return replace(inputs, request_file=request, profile_file=profile)


def complete(inputs: CompleteInputs) -> Completed:
    """Check the certificate with its key, then write the PFX when nothing stands against
    it (raises PicWizardError: an input unreadable, a refusal, the output unwritable)."""
    from ..files.fsutil import make_folders
    from ..rules.verdict import check_certificate
    from ..x509.chain import edge_certificate
    from ..x509.loader import load_certificates, load_file
    from ..x509.pfx import default_friendly_name, order_chain, suggested_protection, write_pfx
    from ..x509.view import same_key_bytes

    refusal = complete_refusal(inputs)
    if refusal is not None:
        raise refusal
    check = with_files_beside_the_key(inputs.check)
    options = prepare(check)
    certificates = load_certificates(check.file, check.password)
    # As check does: a file of CA certificates alone is not what the CA issued.
    certificate = edge_certificate(certificates, check.file)
    result = check_certificate(certificates, check.file, options, leaf=certificate)
    assert options.key is not None
    pool = [c for c in [*certificates, *options.chain, *result.path] if c != certificate]
    chain = tuple(order_chain(certificate, pool))
    topology = options.topology
    friendly = (
        inputs.friendly_name.strip()
        or (topology.friendly_name.strip() if topology is not None else "")
        or default_friendly_name(certificate)
    )
    protection = inputs.protection or suggested_protection(
        topology.product if topology is not None else None
    )
    done = Completed(
        result=result,
        written=None,
        friendly_name=friendly,
        protection=protection,
        chain=chain,
        request_file=check.request_file,
        profile_file=check.profile_file,
    )
    # The key itself, not any KEY-MISMATCH: a stale request beside the key is an error
    # finding like the others (--allow-errors writes anyway), a wrong key never is.
    if same_key_bytes(options.key.public_key()) != same_key_bytes(certificate.public_key()):
        return replace(done, refused="key-mismatch")  # never, even if allowed
    if done.errors and not inputs.allow_errors:
        return replace(done, refused="errors")
    if inputs.make_folders:
        make_folders(Path(inputs.out_file).parent)
    path = write_pfx(
        inputs.out_file,
        options.key,
        certificate,
        chain,
        inputs.pfx_password,
        friendly,
        protection,
        overwrite=inputs.force,
    )
    read_back = load_file(path, inputs.pfx_password).friendly_name
    return replace(done, written=str(path), friendly_name_read_back=read_back)
