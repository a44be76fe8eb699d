"""The Windows hand-off: the certreq INF and the PowerShell lines, pinned to golden files."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from pic_wizard.cli import main
from pic_wizard.core.documents.windows import certreq_inf, powershell_script
from pic_wizard.core.files import profile
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.content import EKU_NAMES
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import (
    Deployment,
    KeyAlgorithm,
    KeySpec,
    Organization,
    PicProvider,
    Product,
    seed_example,
)

import pki

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
SEED = make_plan(seed_example(), at=pki.AT)


def test_seed_inf_is_exactly_the_golden_file() -> None:
    assert certreq_inf(SEED).encode("utf-8") == (GOLDEN / "seed.inf").read_bytes()


def test_seed_powershell_is_exactly_the_golden_file() -> None:
    assert powershell_script(SEED).encode("utf-8") == (GOLDEN / "seed.ps1").read_bytes()


def inf_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.split("\r\n"):
        line = raw.split(";", 1)[0].strip() if not raw.startswith("_continue_") else raw
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif line and current:
            sections[current].append(line.strip())
    return sections


@pytest.mark.parametrize(
    "topology",
    [
        seed_example(),
        replace(seed_example(), pic_providers=frozenset(), extra_sans=("legacy.contoso.com",)),
        replace(seed_example(), xmpp_federation=True, product=seed_example().product),
    ],
)
def test_inf_names_and_ekus_are_the_plans(topology) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(topology)
    text = certreq_inf(plan)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")  # a Windows text file
    sections = inf_sections(text)
    names = [re.fullmatch(r'_continue_ = "dns=(.+)&"', line).group(1)  # type: ignore[union-attr]
             for line in sections["Extensions"][1:]]  # fmt: skip
    assert names == list(plan.san_names)
    assert sections["Extensions"][0] == '2.5.29.17 = "{text}"'
    oids = [line.removeprefix("OID = ") for line in sections["EnhancedKeyUsageExtension"]]
    assert oids == [EKU_NAMES[e] for e in plan.extended_key_usages]
    request = dict(line.split(" = ", 1) for line in sections["NewRequest"])
    assert request["Subject"].startswith('"CN=sip.contoso.com, ')
    assert request["Exportable"] == "TRUE" and request["MachineKeySet"] == "TRUE"
    assert request["HashAlgorithm"] == "sha256" and request["RequestType"] == "PKCS10"


def test_inf_quotes_what_windows_would_split() -> None:
    org = Organization(organization='Contoso, "The" Company', country="US")
    text = certreq_inf(make_plan(replace(seed_example(), organization=org)))
    assert 'Subject = "CN=sip.contoso.com, O=""Contoso, """"The"""" Company"", C=US"' in text


def test_inf_for_an_ec_key_and_an_unexportable_key() -> None:
    spec = KeySpec(KeyAlgorithm.EC, curve="P-384", exportable=False)
    text = certreq_inf(make_plan(replace(seed_example(), key=spec)))
    assert "KeyAlgorithm = ECDH_P384" in text and "KeyLength = 384" in text
    assert "Microsoft Software Key Storage Provider" in text
    assert "Exportable = FALSE" in text and "KeySpec" not in text


def test_powershell_lists_the_pool_members_and_the_request_options() -> None:
    pool = replace(
        seed_example(), deployment=Deployment.DNS_POOL, server_count=2,
        pic_providers=frozenset({PicProvider.SKYPE}),
    )  # fmt: skip
    text = powershell_script(make_plan(pool), ("edge01.contoso.net", "edge02.contoso.net"))
    assert text.count("Import-CsCertificate -Path 'C:\\Certificates\\sip.contoso.com.pfx'") == 2
    assert "#    edge01.contoso.net:" in text and "#    edge02.contoso.net:" in text
    assert "-ClientEku $false" in text
    assert "-DomainName 'sip.contoso.com,webcon.contoso.com,sip.fabrikam.com'" in text
    # Access and Web Conferencing at once; A/V authentication on its own, with a roll
    assert text.count("Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal "
                      "-Thumbprint $thumbprint") == 2  # fmt: skip
    assert text.count("-Roll -EffectiveDate $effective") == 2
    # a password is asked for, never written: every -Password takes the prompt's answer
    for argument in re.findall(r"-Password (\S+)", text):
        assert argument in ("$password", "(Read-Host"), argument


def test_powershell_stages_the_av_certificate_with_a_roll_as_microsoft_documents() -> None:
    """Stage AV and OAuth certificates ... using -Roll in Set-CsCertificate: the new A/V
    authentication certificate becomes effective the default token lifetime (8 hours)
    before the old one expires, given as a [DateTime] (a date in quotes would have to match
    the server's region settings); the Access and Web Conferencing Edge services are
    assigned apart, at once."""
    text = powershell_script(SEED)
    lines = text.splitlines()
    roll = [line for line in lines if "-Roll" in line and not line.startswith("#")]
    assert roll == [
        "    Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint $thumbprint "
        "-Roll -EffectiveDate $effective"
    ]
    assert "    $effective = $current.NotAfter.AddHours(-8)" in lines
    # never a date string that depends on the server's region and language settings
    assert not re.search(r"-EffectiveDate\s+['\"]", text)
    assert "} elseif ($current -and $current.NotAfter.AddHours(-8) -gt (Get-Date)) {" in lines
    # the A/V type is never assigned together with the others, which cannot roll
    for line in lines:
        if line.startswith("Set-CsCertificate") or line.startswith("    Set-CsCertificate"):
            types = line.split("-Type ", 1)[1].split(" ", 1)[0].split(",")
            assert types in (
                ["AccessEdgeExternal", "DataEdgeExternal"],
                ["AudioVideoAuthentication"],
            ), line
    # the comments say why and how long to wait
    assert "tokens that live 8 hours" in text
    assert "Every Edge Server of the pool must be done before that date." in text
    assert "Remove-CsCertificate -Type AudioVideoAuthentication -Previous" in text


def av_block(text: str) -> list[str]:
    """The lines that deal with the A/V authentication certificate on one Edge Server."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("$av = "))
    end = next(i for i in range(start, len(lines)) if lines[i] == "}")
    return lines[start : end + 1]


def test_powershell_run_again_after_the_roll_leaves_the_av_certificate_alone() -> None:
    """Run a second time (a pool member redone, the script started again after an error),
    the new certificate is already staged for AudioVideoAuthentication: assigning it again
    at once would end the overlap the roll keeps.  The first branch sees the new thumbprint
    among the type's certificates (Get-CsCertificate returns one object or several: the
    current one and the staged one) and only says so."""
    block = av_block(powershell_script(SEED))
    assert block[0] == (
        "$av = @(Get-CsCertificate -Type AudioVideoAuthentication -ErrorAction SilentlyContinue)"
    )
    branches = [i for i, line in enumerate(block) if line.startswith(("if ", "} else"))]
    first = branches[0]
    assert block[first] == "if ($av | Where-Object { $_.Thumbprint -eq $thumbprint }) {"
    body = block[first + 1 : branches[1]]
    assert len(body) == 1 and body[0].startswith('    Write-Host "AudioVideoAuthentication: ')
    assert "already assigned or staged" in body[0]
    # the roll and the assignment at once come only after that test
    assert block[branches[1]].startswith("} elseif ($current -and ")
    assert all("Set-CsCertificate" not in line for line in block[: branches[1]])
    assert "#    Safe to run again:" in powershell_script(SEED)


@pytest.mark.parametrize(
    ("product", "versions"),
    [
        (Product.LYNC_2013, "2008 R2, 2012 or 2012 R2"),
        (Product.SFB_2015, "2012, 2012 R2 or 2016"),
        (Product.SFB_2019, "2016, 2019 or 2022"),
        (Product.SFB_SE, "2016, 2019 or 2022"),
    ],
)
def test_inf_and_script_say_which_windows_they_are_written_for(product, versions) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(replace(seed_example(), product=product))
    said = f"Written for {product.display_name} on Windows Server {versions},"
    assert f"; {said}\r\n" in certreq_inf(plan)
    assert f"# {said}\n" in powershell_script(plan)
    # honest: nothing claims a run on Windows
    for text in (certreq_inf(plan), powershell_script(plan)):
        assert "tests check this text but never run it" in text
        assert "tested on" not in text.lower()


def test_powershell_says_when_request_cscertificate_cannot_make_the_key() -> None:
    text = powershell_script(make_plan(replace(seed_example(), key=KeySpec(rsa_bits=3072))))
    assert "use the certreq INF" in text
    assert "-KeySize 3072" in text


def test_powershell_single_quotes_values() -> None:
    org = Organization(organization="O'Brien & Sons $x", country="IE")
    text = powershell_script(make_plan(replace(seed_example(), organization=org)))
    assert "-Organization 'O''Brien & Sons $x'" in text


def test_powershell_with_a_known_thumbprint() -> None:
    text = powershell_script(SEED, thumbprint="ABCDEF0123")
    assert "$thumbprint = 'ABCDEF0123'" in text
    assert "Get-ChildItem Cert:" not in text.split("# 3.")[1]


def test_cli_inf_and_powershell(tmp_path: Path) -> None:
    import io

    path = tmp_path / "p.json"
    profile.save(seed_example(), path)
    out = io.StringIO()
    assert main(["inf", str(path), "--at", pki.AT_DAY], out=out) == 0
    assert out.getvalue() == certreq_inf(SEED)
    target = tmp_path / "edge.inf"
    assert (
        main(["inf", str(path), "--out", str(target), "--at", pki.AT_DAY], out=io.StringIO()) == 0
    )
    assert target.read_bytes() == (GOLDEN / "seed.inf").read_bytes()
    err = io.StringIO()
    assert (
        main(
            ["inf", str(path), "--out", str(target), "--at", pki.AT_DAY], out=io.StringIO(), err=err
        )
        == 2
    )
    assert "already exists" in err.getvalue()
    out = io.StringIO()
    code = main(
        ["powershell", str(path), "--server", "edge01.contoso.net", "--at", pki.AT_DAY], out=out
    )
    assert code == 0 and "#    edge01.contoso.net:" in out.getvalue()
    bad = tmp_path / "bad.json"
    broken = replace(seed_example(), web_conferencing_edge_fqdn="*.contoso.com")
    profile.save(broken, bad)
    err = io.StringIO()
    assert main(["inf", str(bad)], out=io.StringIO(), err=err) == 1
    assert "NAME-WILDCARD" in err.getvalue()


def test_windows_files_keep_accents_readable_on_windows(tmp_path: Path) -> None:
    """An organization named with accents: the INF is written as "Unicode" (UTF-16 LE with
    its BOM) and the script as UTF-8 with a BOM, so that certreq and Windows PowerShell 5.1
    read "Société" and not "SociÃ©tÃ©"; ASCII files stay byte for byte the golden ones."""
    from pic_wizard.core.documents.windows import windows_file_bytes

    assert windows_file_bytes(certreq_inf(SEED), "inf") == (GOLDEN / "seed.inf").read_bytes()
    assert windows_file_bytes(powershell_script(SEED), "ps1") == (GOLDEN / "seed.ps1").read_bytes()
    org = Organization(organization="Société Générale", locality="Besançon", country="FR")
    path = tmp_path / "fr.json"
    profile.save(replace(seed_example(), organization=org), path)
    inf, ps1 = tmp_path / "edge.inf", tmp_path / "edge.ps1"
    assert main(["inf", str(path), "--out", str(inf), "--at", pki.AT_DAY], out=io.StringIO()) == 0
    assert (
        main(["powershell", str(path), "--out", str(ps1), "--at", pki.AT_DAY], out=io.StringIO())
        == 0
    )
    data = inf.read_bytes()
    assert data.startswith(b"\xff\xfe") and "O=Société Générale" in data[2:].decode("utf-16-le")
    data = ps1.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "'Société Générale'" in data.decode("utf-8-sig")
