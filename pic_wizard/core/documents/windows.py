"""What an Edge admin runs on Windows: a certreq INF that makes the same request with the
key generated on the Edge Server itself, and the PowerShell lines that request, import and
assign the certificate.

Sources: certreq INF syntax (MicrosoftDocs/windowsserverdocs, ``certreq_1.md``);
Request-CsCertificate, Import-CsCertificate, Set-CsCertificate and Get-CsCertificate
(MicrosoftDocs/office-docs-powershell, ``skype/skype-ps/SkypeForBusiness/``); the roll of
the A/V authentication certificate: "Stage AV and OAuth certificates in Skype for Business
Server using -Roll in Set-CsCertificate" (MicrosoftDocs/OfficeDocs-SkypeForBusiness,
``Skype/SfbServer/manage/authentication/stage-av-and-oauth-certificates.md``).

Both files say which Windows Server versions they are written for: those the product runs
on (``Product.windows_servers``, from Microsoft's system requirements).  pic-wizard's tests
check their text; nothing here has been run on Windows by them.
"""

from __future__ import annotations

import codecs

from ..rules.plan import CertificatePlan
from ..values.content import EKU_NAMES
from ..values.topology import KeyAlgorithm

EDGE_TYPES = "AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication"
# Assigned at once: a user signed in through the Access Edge or in a web conference keeps
# the connection made with the old certificate until signing in again (Microsoft's staging
# page); only the A/V authentication service can keep both certificates for a while.
ACCESS_AND_WEB_CONFERENCING_TYPES = "AccessEdgeExternal,DataEdgeExternal"
# The default lifetime of the tokens the A/V authentication service issues, the overlap
# Microsoft's staging page asks for: the new certificate becomes effective that long before
# the old one expires, so every token issued with the old one is still checked with it.
AV_TOKEN_LIFETIME_HOURS = 8
EKU_COMMENT = {"serverAuth": "Server Authentication", "clientAuth": "Client Authentication"}

# Request-CsCertificate -KeySize accepts these (its help page); certreq any.
REQUEST_CSCERTIFICATE_KEY_SIZES = (1024, 2048, 4096)


def _windows_dn_value(value: str) -> str:
    """A value of a Windows X.500 name string (CertStrToName): quoted when it holds a
    separator, inner quotes doubled."""
    if any(c in value for c in ',+=<>#;"\n') or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def windows_subject(plan: CertificatePlan) -> str:
    """The subject as certreq reads it (``S=`` for the state, as Windows writes it)."""
    org = plan.organization
    parts = [
        ("CN", plan.subject_name),
        ("OU", org.organizational_unit),
        ("O", org.organization),
        ("L", org.locality),
        ("S", org.state),
        ("C", org.country),
    ]
    return ", ".join(f"{k}={_windows_dn_value(v.strip())}" for k, v in parts if v.strip())


def _inf_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def written_for(plan: CertificatePlan) -> tuple[str, str]:
    """Two comment lines: which Windows Server versions a file is written for (the
    product's), and what was not done: no test of pic-wizard runs it on Windows."""
    product = plan.topology.product
    *first, last = product.windows_servers
    versions = f"{', '.join(first)} or {last}" if first else last
    return (
        f"Written for {product.display_name} on Windows Server {versions},",
        "as Microsoft documents them; pic-wizard's tests check this text but never run it.",
    )


def certreq_inf(plan: CertificatePlan) -> str:
    """A certreq INF for ``certreq -new edge.inf edge.req`` on the Edge Server."""
    key = plan.key
    lines = [
        f"; certreq INF for the external Edge certificate {plan.subject_name}, by pic-wizard.",
        *(f"; {line}" for line in written_for(plan)),
        "; On the Edge Server, as an administrator:",
        f";   certreq -new {plan.subject_name}.inf {plan.subject_name}.req",
        "; The key is generated in the computer's key store; submit the .req to the public",
        "; certification authority, then: certreq -accept <certificate from the CA>",
        "",
        "[Version]",
        'Signature = "$Windows NT$"',
        "",
        "[NewRequest]",
        f"Subject = {_inf_string(windows_subject(plan))}",
        f"Exportable = {'TRUE' if key.exportable else 'FALSE'}",
        "MachineKeySet = TRUE",
    ]
    if key.algorithm is KeyAlgorithm.RSA:
        lines += [
            f"KeyLength = {key.rsa_bits}",
            "KeySpec = 1",
            "KeyUsage = 0xa0",
            'ProviderName = "Microsoft RSA SChannel Cryptographic Provider"',
            "ProviderType = 12",
        ]
    else:
        curve = {"P-256": ("ECDH_P256", 256), "P-384": ("ECDH_P384", 384)}[key.curve]
        lines += [
            f"KeyAlgorithm = {curve[0]}",
            f"KeyLength = {curve[1]}",
            "KeyUsage = 0x80",
            'ProviderName = "Microsoft Software Key Storage Provider"',
        ]
    lines += [
        "HashAlgorithm = sha256",
        "RequestType = PKCS10",
    ]
    if plan.topology.friendly_name.strip():
        lines.append(f"FriendlyName = {_inf_string(plan.topology.friendly_name.strip())}")
    lines += ["", "[EnhancedKeyUsageExtension]"]
    for eku in plan.extended_key_usages:
        lines.append(f"OID = {EKU_NAMES[eku]} ; {EKU_COMMENT[eku]}")
    lines += ["", "[Extensions]", '2.5.29.17 = "{text}"']
    lines += [f'_continue_ = "dns={name}&"' for name in plan.san_names]
    return "\r\n".join(lines) + "\r\n"  # an INF is a Windows text file


def _ps(value: str) -> str:
    """A PowerShell single-quoted string: nothing inside is expanded."""
    return "'" + value.replace("'", "''") + "'"


def powershell_script(
    plan: CertificatePlan, servers: tuple[str, ...] = (), thumbprint: str = ""
) -> str:
    """The Management Shell lines for the same request, and to install the finished PFX
    on every Edge Server of the pool (named when known).  With ``thumbprint`` (the PFX is
    written), the certificate is assigned by it; otherwise found by its subject."""
    key = plan.key
    org = plan.organization
    base = plan.subject_name
    folder = "C:\\Certificates\\"
    request = [
        f"Request-CsCertificate -New -Type {EDGE_TYPES}",
        "-Output " + _ps(folder + base + ".req"),
        "-DomainName " + _ps(",".join(plan.san_names)),
        "-ClientEku " + _boolean("clientAuth" in plan.extended_key_usages),
        "-PrivateKeyExportable " + _boolean(key.exportable),
    ]
    if key.algorithm is KeyAlgorithm.RSA:
        request.append(f"-KeyAlg RSA -KeySize {key.rsa_bits}")
    else:
        request.append("-KeyAlg " + {"P-256": "ECDH_P256", "P-384": "ECDH_P384"}[key.curve])
    for option, value in (
        ("FriendlyName", plan.topology.friendly_name),
        ("Organization", org.organization),
        ("OU", org.organizational_unit),
        ("City", org.locality),
        ("State", org.state),
        ("Country", org.country),
    ):
        if value.strip():
            request.append(f"-{option} {_ps(value.strip())}")
    members = servers or tuple(
        f"Edge Server {n} of {plan.topology.server_count}"
        for n in range(1, plan.topology.server_count + 1)
    )
    lines = [
        f"# pic-wizard: the external Edge certificate {base}",
        f"# Subject: {plan.subject_text}",
        f"# Subject alternative names, in order: {', '.join(plan.san_names)}",
        "# Run in the Skype for Business Server (or Lync Server) Management Shell.",
        *(f"# {line}" for line in written_for(plan)),
        "",
        "# 1. On one Edge Server: make the request. The key is generated on that server,",
        "#    exportable so that every Edge Server can import the same certificate.",
    ]
    if key.algorithm is KeyAlgorithm.RSA and key.rsa_bits not in REQUEST_CSCERTIFICATE_KEY_SIZES:
        lines.append(
            f"#    Request-CsCertificate takes 1024, 2048 or 4096 bits: for RSA {key.rsa_bits} "
            "use the certreq INF."
        )
    lines.append(" `\n    ".join(request))
    pfx = folder + base + ".pfx"
    lines += [
        "",
        f"# 2. Submit {folder}{base}.req to the public certification authority. When it",
        "#    answers, on the same Edge Server, complete the pending request, then export the",
        "#    certificate with its private key for the other Edge Servers (Export-PfxCertificate:",
        "#    Windows Server 2012 and later; on 2008 R2, the Certificates console's export with",
        '#    "Yes, export the private key"). A request made by pic-wizard is completed by',
        "#    pic-wizard instead (certificate + key -> PFX).",
        "Import-CsCertificate -Path " + _ps(folder + "<certificate from the CA>.cer"),
        find_thumbprint(plan.subject_name),
        'Export-PfxCertificate -Cert "Cert:\\LocalMachine\\My\\$thumbprint" -FilePath '
        + _ps(pfx)
        + ' -Password (Read-Host -AsSecureString "PFX password")',
        "",
        *install_lines(plan.subject_name, pfx, members, thumbprint),
    ]
    return "\n".join(lines) + "\n"


def find_thumbprint(subject_name: str) -> str:
    """PowerShell: the newest certificate of the computer store whose CN is ours."""
    return (
        "$thumbprint = (Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { "
        f"($_.Subject -split ',')[0] -eq {_ps('CN=' + subject_name)} }} | "
        "Sort-Object NotAfter -Descending | Select-Object -First 1).Thumbprint"
    )


def install_lines(
    subject_name: str, pfx: str, members: tuple[str, ...], thumbprint: str = ""
) -> list[str]:
    """PowerShell: import the PFX on each Edge Server, assign it to the Access and Web
    Conferencing Edge services at once, and stage it for the A/V authentication service
    with a roll (Import-CsCertificate takes the password as a plain string)."""
    find = f"$thumbprint = {_ps(thumbprint)}" if thumbprint else find_thumbprint(subject_name)
    hours = AV_TOKEN_LIFETIME_HOURS
    lines = [
        "# 3. On every Edge Server: import the PFX, assign it to the Access and Web Conferencing",
        "#    Edge services, and stage it for the A/V authentication service with a roll.",
        "#    The password is asked for, never written in this file.",
        f"#    Why the roll: the A/V authentication service signs tokens that live {hours} hours "
        "(the",
        "#    default token lifetime). With -Roll, the new certificate signs new tokens from the",
        "#    effective date, and tokens signed before it are still checked with the old one",
        f"#    until it expires. The effective date is the old certificate's expiry less {hours} "
        "hours,",
        "#    as Microsoft's page \"Stage AV and OAuth certificates in Skype for Business Server",
        '#    using -Roll in Set-CsCertificate" asks.',
        "#    It is a [DateTime], not a date in quotes, which would have to match the server's",
        "#    region settings. Every Edge Server of the pool must be done before that date.",
        "#    Without a current A/V certificate that outlives the next "
        f"{hours} hours, it is assigned at once.",
        "#    Safe to run again: where the new certificate is already assigned or staged for",
        "#    AudioVideoAuthentication, the A/V part is left as it is (assigning it again would",
        "#    end the overlap the roll keeps).",
        '$password = [System.Net.NetworkCredential]::new("", (Read-Host -AsSecureString '
        '"PFX password")).Password',
    ]
    for member in members:
        lines += [
            f"#    {member}:",
            f"Import-CsCertificate -Path {_ps(pfx)} -Password $password "
            "-PrivateKeyExportable $true",
            find,
            f"Set-CsCertificate -Type {ACCESS_AND_WEB_CONFERENCING_TYPES} -Thumbprint $thumbprint",
            # Every certificate configured for the type, whether one object or several
            # come back (the current one and one staged with -Roll).
            "$av = @(Get-CsCertificate -Type AudioVideoAuthentication -ErrorAction "
            "SilentlyContinue)",
            "$current = $av | Where-Object { $_.Thumbprint -ne $thumbprint } | "
            "Sort-Object NotAfter -Descending | Select-Object -First 1",
            "if ($av | Where-Object { $_.Thumbprint -eq $thumbprint }) {",
            '    Write-Host "AudioVideoAuthentication: the new certificate is already assigned '
            'or staged on this server; nothing to do."',
            f"}} elseif ($current -and $current.NotAfter.AddHours(-{hours}) -gt (Get-Date)) {{",
            f"    $effective = $current.NotAfter.AddHours(-{hours})",
            "    Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint $thumbprint "
            "-Roll -EffectiveDate $effective",
            "} else {",
            "    Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint $thumbprint",
            "}",
        ]
    lines += [
        "",
        "# 4. Check: the three types show the new thumbprint (AudioVideoAuthentication from its",
        "#    effective date on). Once the old certificate has expired, remove it with:",
        "#    Remove-CsCertificate -Type AudioVideoAuthentication -Previous",
        "Get-CsCertificate | Format-List Use,Thumbprint,Subject,NotAfter",
    ]
    return lines


def _boolean(value: bool) -> str:
    return "$true" if value else "$false"


def windows_file_bytes(text: str, kind: str) -> bytes:
    """``text`` as the bytes of a file Windows reads right.  ASCII stays ASCII (what the
    golden files pin); with any other character (an organization named Société, say)
    Windows PowerShell 5.1 would read UTF-8 without a byte-order mark in the ANSI code
    page, so the script gets UTF-8 with a BOM, and the INF is written as "Unicode"
    (UTF-16 LE with a BOM), the other form INF files take.

    Source: about_Character_Encoding (MicrosoftDocs/PowerShell-Docs, 5.1)."""
    if text.isascii():
        return text.encode("ascii")
    if kind == "inf":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode("utf-8-sig")
