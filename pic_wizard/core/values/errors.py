"""Errors a user can cause, as typed exceptions with a sentence a person can act on.

Like findings, each error carries a code and its values; the English text is a template
here, so the edge can render it in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from .findings import Translate, identity

# code: (message, what to do)
ERROR_TEXT: Mapping[str, tuple[str, str]] = {
    "file-not-found": ("'{file}' does not exist.", "Check the path."),
    "file-unreadable": ("Cannot read '{file}': {reason}.", "Check the path and its permissions."),
    "file-is-directory": ("'{file}' is a folder, not a file.", "Give the path of a file."),
    "paste-unrecognised": (
        "'{file}' holds neither Get-CsSipDomain nor Get-CsService -EdgeServer output.",
        "Paste what Get-CsSipDomain and Get-CsService -EdgeServer | Format-List print in the "
        "Skype for Business Server Management Shell, or give the .tbxml file.",
    ),
    "topology-encoding": (
        "'{file}' is neither UTF-8 nor UTF-16 text.",
        "Give the file as Topology Builder or the Management Shell saved it, or save it "
        "again as UTF-8.",
    ),
    "paste-truncated": (
        "In '{file}', {field} is cut short ('{value}'): the console did not print it whole.",
        "Run the command again with | Format-List, in a wider window, and copy its output.",
    ),
    "renew-not-certificate": (
        "'{file}' holds no certificate (it holds {found}).",
        "Give the certificate being replaced (.cer, .crt, .p7b or .pfx).",
    ),
    "renew-no-name": (
        "The certificate in '{file}' has no name to renew from (no subject CN, no DNS name).",
        "Give the external Edge certificate being replaced, or start from a profile.",
    ),
    "topology-declarations": (
        "'{file}' declares a DOCTYPE or entities, which a Topology Builder file never does; "
        "pic-wizard does not read it.",
        "In Topology Builder, download the topology again (Action, Download Topology) and "
        "give that file.",
    ),
    "topology-malformed": (
        "'{file}' is not well-formed XML (line {line}, column {column}).",
        "In Topology Builder, download the topology again (Action, Download Topology) and "
        "give that file.",
    ),
    "topology-not-topology": (
        "'{file}' is not a Topology Builder file.",
        "Give the .tbxml file that Topology Builder saves with Download Topology.",
    ),
    "topology-no-edge": (
        "The topology in '{file}' has no Edge pool.",
        "Define the Edge pool in Topology Builder, publish the topology and download it "
        "again, or answer the questions on the Edge services page.",
    ),
    "topology-pool-needed": (
        "The topology in '{file}' has {count} Edge pools: {pools}.",
        "Choose the pool the certificate is for with --pool.",
    ),
    "topology-pool-unknown": (
        "The topology in '{file}' has no Edge pool '{pool}' (it has {pools}).",
        "Give one of these pools, by its internal FQDN or one of its servers.",
    ),
    "topology-too-deep": (
        "'{file}' nests elements more than {limit} deep; a Topology Builder file nests about "
        "ten, so pic-wizard does not read it.",
        "In Topology Builder, download the topology again (Action, Download Topology) and "
        "give that file.",
    ),
    "topology-crowded-element": (
        "'{file}' has an element with more than {limit} attributes, more than any Topology "
        "Builder file; pic-wizard does not read it.",
        "In Topology Builder, download the topology again (Action, Download Topology) and "
        "give that file.",
    ),
    "topology-too-many-elements": (
        "'{file}' has more than {limit} elements, more than any Topology Builder file; "
        "pic-wizard does not read it.",
        "In Topology Builder, download the topology again (Action, Download Topology) and "
        "give that file.",
    ),
    "file-empty": (
        "'{file}' is empty.",
        "Save the file again from the certification authority's e-mail or web page.",
    ),
    "file-too-large": (
        "'{file}' is {size} bytes; pic-wizard reads files of up to {limit} bytes here.",
        "Check that this is the right file.",
    ),
    "file-not-regular": (
        "'{file}' is not a regular file (a pipe, a device or a socket).",
        "Save the content to a file and give its path.",
    ),
    "secret-empty": (
        "The first line of '{file}' is empty.",
        "Write the password on the first line of the file.",
    ),
    "secret-not-text": (
        "'{file}' is not text (UTF-8 or UTF-16).",
        "Write the password on the first line of a text file.",
    ),
    "passphrase-too-long": (
        "The passphrase is {length} bytes long; at most 1023 can be used.",
        "Choose a shorter passphrase.",
    ),
    "bad-name": (
        "'{value}' cannot be a file base name: it must not contain a folder or start with a dot.",
        "Give a plain name such as sip.contoso.com; choose the folder with --out.",
    ),
    "output-is-input": (
        "'{file}' is one of the files the PFX is made from: writing the PFX there would "
        "replace it.",
        "Choose another name for the PFX file, such as edge.pfx.",
    ),
    "output-folder-missing": (
        "The folder '{file}' does not exist.",
        "Create it, or choose a folder that exists.",
    ),
    "output-not-folder": (
        "'{file}' is not a folder.",
        "Give with --out the folder the request and key go into.",
    ),
    "output-failed": (
        "Cannot write the output: {reason}.",
        "Check the disk or the program that reads the output.",
    ),
    "only-ca-certificates": (
        "'{file}' holds only CA certificates ('{subject}'), not the Edge Server's certificate.",
        "Give the Edge certificate, with this file as --chain.",
    ),
    "internal-error": (
        "pic-wizard could not check '{file}' ({reason}): this is a bug in pic-wizard.",
        "Please report it with the file, if it holds nothing secret.",
    ),
    "pem-truncated": (
        "'{file}' is cut short: the block '-----BEGIN {label}-----' has no END line.",
        "Copy the whole block again, from the BEGIN line to the END line.",
    ),
    "pem-damaged": (
        "The {label} block in '{file}' is damaged: {reason}.",
        "Save or copy the file again; do not edit it.",
    ),
    "der-truncated": (
        "'{file}' is cut short: it should be {expected} bytes long and is {size}.",
        "Download or copy the file again.",
    ),
    "der-damaged": (
        "The {what} in '{file}' is damaged: {reason}.",
        "Download or copy the file again; do not edit it.",
    ),
    "key-unsupported": (
        "The private key in '{file}' is of a kind pic-wizard cannot use ({reason}).",
        "Use an RSA key, or an EC key on P-256 or P-384.",
    ),
    "crl-not-certificate": (
        "'{file}' is a certificate revocation list (CRL), not a certificate.",
        "Give the certificate file (.cer, .crt, .pem or .p7b) the CA sent for your request.",
    ),
    "smime-message": (
        "'{file}' is an e-mail message (S/MIME), not a certificate file.",
        "Save the certificate attached to the message, or download the .cer or .p7b file "
        "from the CA.",
    ),
    "unknown-format": (
        "'{file}' is not a certificate, chain, request, PFX or private key that pic-wizard "
        "can read.",
        "Give a PEM (.cer, .crt, .pem), DER, PKCS#7 (.p7b), PKCS#12 (.pfx, .p12), request "
        "(.req, .csr) or key file.",
    ),
    "nothing-usable": (
        "'{file}' holds no certificate, request or private key (found: {labels}).",
        "Give the certificate, chain, request or key file itself.",
    ),
    "not-certificates": (
        "'{file}' holds no certificate (it holds {found}).",
        "Give the file of the CA's intermediate or root certificates (.cer, .crt, .p7b).",
    ),
    "password-required": (
        "'{file}' is protected by a password.",
        "Give the password with --password-file (its first line) or the PIC_WIZARD_PASSWORD "
        "environment variable.",
    ),
    "password-wrong": (
        "The password for '{file}' is wrong.",
        "Check the password (it is case-sensitive) and give it again.",
    ),
    "pkcs12-empty": (
        "'{file}' is a PFX file with no certificate in it.",
        "Export the certificate again with its private key and chain.",
    ),
    "key-only": (
        "'{file}' holds a private key, not a certificate.",
        "Give the key with --key, beside the certificate it belongs to.",
    ),
    "not-a-request": (
        "'{file}' holds no certificate request (it holds {found}).",
        "Give the .req or .csr file that was submitted to the CA.",
    ),
    "not-a-key": (
        "'{file}' holds no private key (it holds {found}).",
        "Give the .key file written with the request, or the PFX with its key.",
    ),
    "kdf-too-costly": (
        "'{file}' asks for {count} iterations of password hashing {where}: exporters write "
        "a few thousand, and pic-wizard refuses more than {limit}, which would take minutes "
        "to compute.",
        "Check that this is the right file, or export it again from Windows or OpenSSL.",
    ),
    "key-encrypted-too-large": (
        "The encrypted private key in '{file}' is {size} bytes, more than any key a "
        "certificate uses (at most {limit} bytes); checking it would take minutes.",
        "Check that this is the right file, or export it again with its key.",
    ),
    "key-too-large": (
        "The private key in '{file}' has {bits}-bit numbers: no certificate uses a key "
        "above {limit} bits (RSA), and checking it would take minutes.",
        "Check that this is the right file: give the key written with the request.",
    ),
    "public-key-too-large": (
        "A {what} in '{file}' has a {bits}-bit public key: no CA issues keys above {limit} "
        "bits (RSA), and checking its signatures would take minutes.",
        "Check that this is the right file.",
    ),
    "too-many-items": (
        "'{file}' holds more than {limit} {what}; pic-wizard reads at most {limit} in one file.",
        "Give a smaller file: a chain holds a few certificates, a trust bundle a few hundred.",
    ),
    "name-type-unsupported": (
        "A {what} in '{file}' has a name of a kind pic-wizard cannot read (an X.400 "
        "address or an EDI party name) in its extensions.",
        "Check that this is the right file: an Edge certificate and its CAs have none.",
    ),
    "pkcs7-not-chain": (
        "'{file}' is a PKCS#7 file holding {kind}, not a signed certificate chain.",
        "Give the certificate or the .p7b chain the CA sent for your request.",
    ),
    "crl-bad-version": (
        "'{file}' is a certificate revocation list (CRL) of an unknown version ({version}), "
        "not a certificate.",
        "Give the certificate file (.cer, .crt, .pem or .p7b) the CA sent for your request.",
    ),
    "profile-invalid-json": (
        "'{file}' is not a pic-wizard profile: it is not valid JSON ({reason}).",
        "Give a profile saved by pic-wizard (pic-wizard-cli example writes one).",
    ),
    "profile-not-profile": (
        "'{file}' is JSON but not a pic-wizard profile.",
        "Give a profile saved by pic-wizard (pic-wizard-cli example writes one).",
    ),
    "profile-newer": (
        "'{file}' was saved by a newer pic-wizard (profile version {version}; this one reads "
        "up to {supported}).",
        "Update pic-wizard.",
    ),
    "profile-field": (
        "'{file}': {path} {problem}.",
        "Correct the profile, or start again from pic-wizard-cli example.",
    ),
    "output-exists": (
        "'{file}' already exists; pic-wizard never overwrites a file silently.",
        "Choose another folder or name, or give --force to replace it.",
    ),
    "output-is-folder": (
        "'{file}' is a folder.",
        "Give the name of the file to write (in that folder, for example).",
    ),
    "output-unwritable": (
        "Cannot write '{file}': {reason}.",
        "Choose a folder you can write to.",
    ),
    "passphrase-missing": (
        "The private key needs a passphrase to be encrypted.",
        "Give --passphrase-file (its first line is the passphrase), or --no-encrypt to "
        "write the key unencrypted.",
    ),
    "passphrase-mismatch": (
        "The two passphrases differ.",
        "Type the same passphrase twice.",
    ),
    "output-previous-kept": (
        "The new files could not all be written, and the previous '{file}' could not be "
        "put back: it is kept as '{kept}'.",
        "Rename '{kept}' back to '{file}'.",
    ),
    "pfx-key-mismatch": (
        "The private key does not belong to the certificate '{subject}': their public keys differ.",
        "Give the key that was written with the request this certificate was issued for.",
    ),
    "pfx-key-unsupported": (
        "A PFX file cannot hold this kind of private key ({kind}).",
        "Use the RSA or EC key the certificate was requested with.",
    ),
    "pfx-password-missing": (
        "The PFX file needs a password: Import-CsCertificate and the Certificates console "
        "ask for one.",
        "Give a password for the PFX file.",
    ),
    "pfx-password-too-long": (
        "The PFX password is {length} bytes long; at most {limit} can be used.",
        "Choose a shorter password.",
    ),
    "pfx-password-not-text": (
        "The PFX password is not text (UTF-8).",
        "Type the password again, or write it on the first line of a text file.",
    ),
    "pfx-friendly-name": (
        "The friendly name '{value}' holds a character a PFX file cannot store ({character}).",
        "Use letters, digits, spaces and punctuation only.",
    ),
    "pfx-password-no-terminal": (
        "The PFX needs a password, and there is no terminal to ask for it twice.",
        "Give --pfx-password-file F (its first line is the password), or run the command "
        "at a terminal.",
    ),
    "pfx-password-not-typed": (
        "Nothing was entered at the PFX password prompt (the input ended, or was not UTF-8 text).",
        "Type the password at the prompt, or give --pfx-password-file F (its first line is "
        "the password).",
    ),
    "pfx-password-mismatch": (
        "The two PFX passwords differ.",
        "Type the same password twice.",
    ),
    "complete-no-certificate": (
        "No issued certificate was given.",
        "Give the certificate the CA sent back for the request (.cer, .crt or .p7b).",
    ),
    "complete-no-key": (
        "No private key was given: a PFX holds the certificate and its key.",
        "Give the .key file written with the request.",
    ),
    "complete-no-output": (
        "No PFX file was chosen.",
        "Choose where to write the PFX file.",
    ),
    "plan-has-errors": (
        "This plan has errors ({count}); a CA would refuse or a server would reject this "
        "certificate.",
        "Fix the errors listed above (pic-wizard-cli plan shows them), then try again.",
    ),
    "bad-date": ("'{value}' is not a date.", "Write the date as YYYY-MM-DD, such as 2026-11-27."),
    "bad-server": (
        "'{value}' is not the FQDN of an Edge Server.",
        "Give each Edge Server's fully qualified name, such as edge01.contoso.net.",
    ),
    "bad-jobs": ("--jobs {value} is not a number of processes.", "Give 1 or more."),
    "folder-nothing-to-check": (
        "'{file}' holds no certificate, chain, PKCS#7, PFX or request file, nor do its "
        "subfolders (symbolic links are not followed).",
        "Give the folder the certificates are in, or the files themselves.",
    ),
    "stdout-closed": (
        "Standard output is closed: pic-wizard has nowhere to write what it finds.",
        "Run the command without >&-; to keep no output, send it to a file or to "
        "/dev/null (NUL on Windows).",
    ),
    "passphrase-not-typed": (
        "Nothing was entered at the passphrase prompt (the input ended, or was not UTF-8 text).",
        "Type the passphrase at the prompt, or give --passphrase-file (its first line is the "
        "passphrase), or --no-encrypt to write the key unencrypted.",
    ),
    # roots
    "sst-damaged": (
        "'{file}' is a serialized certificate store (.sst) that pic-wizard cannot read: {reason}.",
        "Export the store again on the Edge Server: Export-Certificate -Cert "
        "(Get-ChildItem Cert:\\LocalMachine\\Root) -FilePath root.p7b -Type P7B.",
    ),
    "store-unknown-format": (
        "'{file}' is not an export of a certificate store that pic-wizard can read.",
        "Give the file Export-Certificate wrote on the Edge Server: a P7B (.p7b), a "
        "serialized store (.sst), or certificates in PEM or DER (.cer, .crt, .pem).",
    ),
    "store-not-certificates": (
        "'{file}' holds no certificate (it holds {found}), so it is not an export of a "
        "certificate store.",
        "On the Edge Server, export the Trusted Root Certification Authorities store: "
        "Export-Certificate -Cert (Get-ChildItem Cert:\\LocalMachine\\Root) -FilePath "
        "root.p7b -Type P7B.",
    ),
    "roots-no-store": (
        "No export of the Trusted Root Certification Authorities store was given.",
        "Give the file that Export-Certificate wrote on the Edge Server (.p7b, .sst or .cer).",
    ),
    # clientauth
    "bad-warn-days": (
        "--warn-days {value} is not a number of days.",
        "Give a whole number of days from 0 to 3650, such as --warn-days 30 (the default).",
    ),
    # probe
    "probe-no-target": (
        "Nothing to probe: no SIP domain or host was given.",
        "Give a SIP domain, such as contoso.com, or a host and port, such as sip.contoso.com:5061.",
    ),
    "probe-bad-target": (
        "'{value}' is neither a SIP domain nor a host and port.",
        "Give a SIP domain, such as contoso.com, or a host and port, such as "
        "sip.contoso.com:5061 (an IP address needs its port).",
    ),
    "probe-bad-dns-server": (
        "The DNS server '{value}' is not an IP address with an optional port.",
        "Give the DNS server's address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.",
    ),
    "probe-bad-resolve": (
        "--resolve {value} is not a host name and an IP address.",
        "Give HOST:IP, such as --resolve sip.contoso.com:192.0.2.10.",
    ),
    "probe-bad-connect-to": (
        "--connect-to {value} is not a host and port followed by an IP address and port.",
        "Give HOST:PORT:IP:PORT, such as --connect-to sip.contoso.com:5061:192.0.2.10:5061.",
    ),
    "probe-bad-timeout": (
        "--timeout {value} is not a number of seconds from 0.1 to 60.",
        "Give a number of seconds, such as --timeout 5 (the default).",
    ),
    "probe-services-needs-profile": (
        "Testing the Access Edge and Web Conferencing Edge names needs the profile that "
        "names them.",
        "Give the profile with --profile, or name the Edge's hosts as HOST:PORT targets.",
    ),
    "profile-not-given": (
        "A saved profile was chosen to judge against, but no profile file is named.",
        "Name the profile's file.",
    ),
    "report-what": (
        "A report is of a profile, of files to check or of a probe: give one of them.",
        "Give a profile (.json), the files to check, or --probe followed by the SIP domains "
        "or HOST:PORT to probe.",
    ),
}


# Where the fix above names a command-line option, what the wizard's user does instead.
GUI_FIX: Mapping[str, str] = {
    "profile-invalid-json": "Open a profile saved by pic-wizard (Save profile… writes one).",
    "profile-not-profile": "Open a profile saved by pic-wizard (Save profile… writes one).",
    "profile-field": "Correct the profile, or answer the wizard's questions again.",
    "topology-pool-needed": "Choose the Edge pool the certificate is for in the list.",
    "bad-name": "Give a plain file name, such as sip.contoso.com.",
    "output-not-folder": "Choose the folder the files go into.",
    "only-ca-certificates": "Give the Edge certificate, with this file as its chain.",
    "password-required": "Type the password in the Password field.",
    "password-wrong": "Type the password again in the Password field (it is case-sensitive).",
    "key-only": "Give the key as the private key, beside the certificate it belongs to.",
    "output-exists": "Choose another folder or name, or agree to replace the file.",
    "passphrase-missing": "Type a passphrase twice, or choose to write the key without one.",
    "passphrase-not-typed": "Type a passphrase twice, or choose to write the key without one.",
    "pfx-password-no-terminal": "Type the PFX password twice.",
    "pfx-password-not-typed": "Type the PFX password twice.",
    "plan-has-errors": "Go back and fix the errors the Review page lists, then generate.",
    # clientauth
    "bad-warn-days": "Give a whole number of days from 0 to 3650.",
    # probe
    "probe-bad-target": "Give a SIP domain, such as contoso.com, or a host and port, such as "
    "sip.contoso.com:5061.",
    "probe-bad-dns-server": "Give the DNS server's address, such as 192.0.2.53 or 192.0.2.53:5353.",
    "probe-bad-resolve": "Give a host name and its address, such as sip.contoso.com and "
    "192.0.2.10.",
    "probe-bad-connect-to": "Give a host and port, then the address and port to reach it at.",
    "probe-bad-timeout": "Give a number of seconds from 0.1 to 60.",
    "probe-services-needs-profile": "Open the profile of the Edge, or give its hosts and ports.",
    "profile-not-given": "Open the profile with Browse…, or choose what else to judge against.",
    "report-what": "Save the report from the Review page, a check's Result page or a probe's.",
}


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class PicWizardError(Exception):
    """An error the user can fix.  ``str(error)`` is the English message and fix."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = dict(params)
        super().__init__(self.message())

    def message(self, translate: Translate = identity, values: Translate = identity) -> str:
        """What is wrong: ``translate`` maps the English template ("Errors" in the .ts),
        ``values`` the text values it carries ("Params")."""
        return translate(ERROR_TEXT[self.code][0]).format_map(self._values(values))

    def fix(self, translate: Translate = identity, *, gui: bool = False) -> str:
        """What to do; ``gui``: in the wizard's words rather than the command line's."""
        text = GUI_FIX.get(self.code) if gui else None
        return translate(text or ERROR_TEXT[self.code][1]).format_map(self._values(identity))

    def _values(self, values: Translate) -> Mapping[str, str]:
        from .findings import render_params

        return _Missing(render_params(self.params, values=values))

    def __str__(self) -> str:
        return f"{self.message()} {self.fix()}"


class InputError(PicWizardError):
    """An input file could not be read as what it should be."""


class PasswordError(InputError):
    """A password is missing or wrong."""


class ProfileError(InputError):
    """A profile is damaged, of another version, or wrong."""


class OutputError(PicWizardError):
    """A file could not be written, or would overwrite another."""
