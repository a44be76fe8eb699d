"""What admins paste from the Management Shell: Get-CsSipDomain and Get-CsService -EdgeServer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from topologies import DOMAINS_LIST, DOMAINS_TABLE, EDGE
from walk import run

from pic_wizard.core.files.shell_text import parse_powershell
from pic_wizard.core.files.topology_builder import apply_pool, choose_pool
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases.import_topology import read_topology
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.topology import Deployment, Topology


@pytest.mark.parametrize("domains", [DOMAINS_LIST, DOMAINS_TABLE])
def test_domains_and_edge_services(domains: str) -> None:
    imported = parse_powershell(domains + "\n" + EDGE)
    assert imported.sip_domains == ("contoso.com", "fabrikam.com")  # the default first
    (pool,) = imported.pools
    assert (pool.fqdn, pool.access_edge, pool.web_conferencing_edge, pool.av_edge) == (
        "edgepool.contoso.net", "sip.contoso.com", "webcon.contoso.com", "av.contoso.com",
    )  # fmt: skip
    assert not pool.xmpp


def test_pasted_output_keeps_the_pool_size_the_admin_gave() -> None:
    """The Management Shell lists no members: the deployment already chosen stays."""
    imported = parse_powershell(EDGE)
    base = Topology(deployment=Deployment.HLB_POOL, server_count=4)
    topology = apply_pool(base, imported, choose_pool(imported, "paste"))
    assert (topology.deployment, topology.server_count) == (Deployment.HLB_POOL, 4)
    assert make_plan(topology).san_names[:2] == ("sip.contoso.com", "webcon.contoso.com")


@pytest.mark.parametrize("text", ["", "Get-CsSipDomain : not recognised\n", "just words"])
def test_anything_else_is_a_sentence(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_powershell(text, "paste.txt")
    assert caught.value.code == "paste-unrecognised" and "Get-CsSipDomain" in str(caught.value)


def test_a_utf16_file_from_windows_powershell_through_the_cli(tmp_path: Path) -> None:
    """Windows PowerShell 5.1 writes "> file.txt" as UTF-16 with a BOM."""
    path = tmp_path / "edge.txt"
    path.write_bytes((DOMAINS_LIST + EDGE).encode("utf-16"))
    imported = read_topology(path)
    assert imported.sip_domains[0] == "contoso.com" and imported.pools
    code, out, err = run("import-topology", str(path))
    assert (code, err) == (0, "")
    assert '"access_edge_fqdn": "sip.contoso.com"' in out


def test_a_value_the_console_cut_short_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_powershell(EDGE.replace("sip.contoso.com", "sip.contoso.c..."), "paste.txt")
    assert caught.value.code == "paste-truncated"
    assert "AccessEdgeExternalFqdn" in str(caught.value) and "sip.contoso.c..." in str(caught.value)


def test_utf16_without_a_byte_order_mark(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"edge-{encoding}.txt"
        path.write_bytes((DOMAINS_LIST + EDGE).encode(encoding))
        assert read_topology(path).sip_domains == ("contoso.com", "fabrikam.com"), encoding


def test_tables_one_after_another_are_read_in_one_pass() -> None:
    """A header over its rule starts a table: it is no row of the table before it (which
    read every later line again, for each header: 80 KB of them took 28 s and 3.7 GB)."""
    with pytest.raises(InputError) as caught:
        parse_powershell("Name IsDefault\n----\n" * 200, "paste.txt")
    assert caught.value.code == "paste-unrecognised"
    second = DOMAINS_TABLE.strip().replace("contoso.com", "tailspintoys.com")
    imported = parse_powershell(DOMAINS_TABLE.strip() + "\n" + second + "\n")
    assert imported.sip_domains == ("contoso.com", "tailspintoys.com", "fabrikam.com")


def test_a_row_is_split_into_no_more_cells_than_its_header_has() -> None:
    table = "Identity Name IsDefault\n-------- ---- ---------\n"
    row = "fabrikam.com fabrikam.com True" + " extra" * 1000
    assert parse_powershell(table + row + "\n").sip_domains == ("fabrikam.com",)
    header = "Name IsDefault" + " Column" * 2000  # wider than any console: not a header
    with pytest.raises(InputError) as caught:
        parse_powershell(f"{header}\n----\ncontoso.com True\n", "paste.txt")
    assert caught.value.code == "paste-unrecognised"


def test_continuation_lines_are_joined() -> None:
    text = "\n".join(["Identity  : contoso.com", "Name      : con", "            toso.com",
                      "IsDefault : True", "", "Name : fabri", "   kam.", "   com",
                      "IsDefault : False"])  # fmt: skip
    assert parse_powershell(text).sip_domains == ("contoso.com", "fabrikam.com")


PASTE = """
import sys
sys.path.insert(0, sys.argv[1])
import make_hostile_topologies as hostile
from pic_wizard.core.files.shell_text import parse_powershell

text = hostile.continuation(32_000_000)  # a paste has no size limit
(pool,) = parse_powershell(text).pools
print(pool.access_edge)
"""


def test_a_large_paste_of_continuation_lines_is_read_in_linear_time() -> None:
    """Each continuation line once copied the whole value so far: 7 MB took 19 s, and
    32 MB took minutes; now the parts are joined once.  The watchdog is for a hang."""
    vectors = Path(__file__).resolve().parents[2] / "vectors"
    done = subprocess.run(
        [sys.executable, "-c", PASTE, str(vectors)], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, "sip.contoso.com\n"), done.stderr


def test_a_cut_value_is_shown_by_its_end_only() -> None:
    """The error quotes the value; a huge one would make a sentence of megabytes."""
    text = EDGE.replace("sip.contoso.com", "sip" + ".contoso" * 100_000 + ".c...")
    with pytest.raises(InputError) as caught:
        parse_powershell(text, "paste.txt")
    assert caught.value.code == "paste-truncated" and len(str(caught.value)) < 400
    assert caught.value.params["value"] == "\u2026" + (".contoso" * 100_000 + ".c...")[-100:]
