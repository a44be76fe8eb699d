"""Topology Builder files: synthetic .tbxml in the shape "Download Topology" saves, the
hostile ones refused with a sentence, and the round trip to a plan and a request."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from topologies import ONE, TWO, Pool, tbxml
from walk import run

from pic_wizard.core.files.topology_builder import (
    apply_pool,
    choose_pool,
    parse_topology,
)
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases.import_topology import read_topology
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.topology import Deployment, Topology


def test_one_pool_several_domains() -> None:
    imported = parse_topology(tbxml(("contoso.com", "fabrikam.com", "Contoso.com"), [ONE]), "t")
    assert imported.sip_domains == ("contoso.com", "fabrikam.com")  # default first, once
    (pool,) = imported.pools
    assert (pool.fqdn, pool.machines) == ("edgepool.contoso.net", ("xedge1.contoso.net",))
    assert (pool.access_edge, pool.web_conferencing_edge, pool.av_edge) == (
        "sip.contoso.com", "webcon.contoso.com", "av.contoso.com",
    )  # fmt: skip
    topology = apply_pool(Topology(), imported, choose_pool(imported, "t"))
    assert topology.deployment is Deployment.SINGLE and topology.server_count == 1
    plan = make_plan(topology)
    assert plan.san_names == ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")


def test_two_pools_need_a_choice() -> None:
    imported = parse_topology(tbxml(("contoso.com",), [ONE, TWO]), "t.tbxml")
    with pytest.raises(InputError) as caught:
        choose_pool(imported, "t.tbxml")
    assert caught.value.code == "topology-pool-needed"
    assert "edgepool.contoso.net, edge2.contoso.net" in str(caught.value)
    pool = choose_pool(imported, "t.tbxml", "E2B.contoso.net")  # a member names its pool
    topology = apply_pool(Topology(), imported, pool)
    assert (topology.deployment, topology.server_count) == (Deployment.DNS_POOL, 3)
    assert topology.xmpp_federation and topology.access_edge_fqdn == "sip2.contoso.com"
    with pytest.raises(InputError) as caught:
        choose_pool(imported, "t.tbxml", "nope.contoso.net")
    assert caught.value.code == "topology-pool-unknown"


def test_single_fqdn_edge_de_duplicates() -> None:
    single = Pool("edge.contoso.net", ("edge.contoso.net",), "edge.contoso.com",
                  "edge.contoso.com", "edge.contoso.com")  # fmt: skip
    imported = parse_topology(tbxml(("contoso.com",), [single]), "t")
    plan = make_plan(apply_pool(Topology(), imported, imported.pools[0]))
    assert plan.san_names.count("edge.contoso.com") == 1


def test_the_new_topology_wins_over_the_old_one_and_old_alone_is_read() -> None:
    assert parse_topology(tbxml(("new.com",), [ONE]), "t").sip_domains == ("new.com",)
    old_only = parse_topology(tbxml(("x.com",), [ONE], scope="Ignored"), "t")
    assert old_only.sip_domains == ("old.example.com",)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TopologyBuilder [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<TopologyBuilder><NewTopology>&secret;</NewTopology></TopologyBuilder>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<TopologyBuilder>&lol3;</TopologyBuilder>"""


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (XXE, "topology-declarations"),
        (LAUGHS, "topology-declarations"),
        (b"<TopologyBuilder><NewTopology>", "topology-malformed"),
        (b'<?xml version="1.0"?><Policy/>', "topology-not-topology"),
        (tbxml(("contoso.com",), []), None),  # parses; choosing a pool says there is none
    ],
)
def test_hostile_and_wrong_files_are_refused_with_a_sentence(data: bytes, code: str | None) -> None:
    if code is None:
        with pytest.raises(InputError) as caught:
            choose_pool(parse_topology(data, "t.tbxml"), "t.tbxml")
        assert caught.value.code == "topology-no-edge"
        return
    with pytest.raises(InputError) as caught:
        parse_topology(data, "t.tbxml")
    assert caught.value.code == code and "t.tbxml" in str(caught.value)
    assert "passwd" not in str(caught.value)


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    from pic_wizard.core.files import topology_builder as module

    path = tmp_path / "big.tbxml"
    path.write_bytes(b" " * (module.MAX_TOPOLOGY_BYTES + 1))
    with pytest.raises(InputError) as caught:
        read_topology(path)
    assert caught.value.code == "file-too-large"


def test_cli_import_then_csr_that_openssl_reads(tmp_path: Path) -> None:
    topo = tmp_path / "topology.tbxml"
    topo.write_bytes(tbxml(("contoso.com", "fabrikam.com"), [ONE, TWO]))
    code, out, err = run("import-topology", str(topo))
    assert code == 2 and "--pool" in err and "edge2.contoso.net" in err and out == ""
    profile_path = tmp_path / "edge.json"
    code, out, err = run(
        "import-topology", str(topo), "--pool", "edge2.contoso.net", "--out", str(profile_path)
    )
    assert (code, err) == (0, "") and "edge2.contoso.net" in out
    assert (
        run(
            "import-topology",
            str(topo),
            "--pool",
            "edgepool.contoso.net",
            "--out",
            str(profile_path),
        )[0]
        == 2
    )  # fmt: skip  (never overwritten unasked)
    request_dir = tmp_path / "request"
    request_dir.mkdir()
    code, _, err = run("csr", str(profile_path), "--out", str(request_dir), "--no-encrypt")
    assert code == 0, err
    (req,) = request_dir.glob("*.req")
    checked = subprocess.run(
        ["openssl", "req", "-in", str(req), "-noout", "-text", "-verify"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    text = checked.stdout
    assert "verify OK" in checked.stdout + checked.stderr
    # the pool's names first, sip.<domain> of each SIP domain, the XMPP domain last
    assert (
        "DNS:sip2.contoso.com, DNS:webcon2.contoso.com, DNS:sip.contoso.com, "
        "DNS:sip.fabrikam.com, DNS:contoso.com"
    ) in text


def test_every_encoding_windows_writes_and_declarations_in_any_of_them(tmp_path: Path) -> None:
    text = tbxml(("contoso.com",), [ONE]).decode("utf-8-sig")
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-8"):
        path = tmp_path / f"t-{encoding}.tbxml"
        path.write_bytes(text.replace('encoding="utf-8"', 'encoding="UTF-16"').encode(encoding))
        assert read_topology(path).pools[0].access_edge == "sip.contoso.com", encoding
    evil = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE TopologyBuilder '
        '[<!ENTITY e "evil.example.com">]><TopologyBuilder>&e;</TopologyBuilder>'
    )
    for encoding in ("utf-16-le", "utf-16-be", "utf-16"):
        path = tmp_path / f"evil-{encoding}.tbxml"
        path.write_bytes(evil.encode(encoding))
        with pytest.raises(InputError) as caught:
            read_topology(path)
        assert caught.value.code == "topology-declarations", encoding
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Name : café.com\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        read_topology(latin)
    assert caught.value.code == "topology-encoding"


def test_pools_without_a_cluster_are_skipped_and_trailing_dots_match() -> None:
    dotted = Pool("edgepool.contoso.net.", ("xedge1.contoso.net.",), "sip.contoso.com.",
                  "webcon.contoso.com", "av.contoso.com")  # fmt: skip
    data = tbxml(("contoso.com",), [dotted]).replace(
        b"</Services>",
        b'<Service RoleName="EdgeServer" InstalledOn="nowhere"/></Services>',
    )
    imported = parse_topology(data, "t")
    assert [p.fqdn for p in imported.pools] == ["edgepool.contoso.net"]
    assert choose_pool(imported, "t", "edgepool.contoso.net").access_edge == "sip.contoso.com"


def _nested(depth: int) -> bytes:
    """A topology with one Edge pool, under ``depth`` levels in all (the root is one)."""
    inner = depth - 1 - 9  # the pool itself nests nine deep under the root, machines first
    data = tbxml(("contoso.com",), [ONE]).decode("utf-8-sig")
    return data.replace("<Machines>", "<Machines>" + "<a>" * inner, 1).replace(
        "</Machines>", "</a>" * inner + "</Machines>", 1
    ).encode()  # fmt: skip


def test_elements_nested_deeper_than_any_topology_are_refused() -> None:
    """22 MB nested took 939 MB as a tree; now the parser stops at the limit."""
    from pic_wizard.core.files.topology_builder import MAX_DEPTH

    assert parse_topology(_nested(MAX_DEPTH), "t").pools[0].access_edge == "sip.contoso.com"
    with pytest.raises(InputError) as caught:
        parse_topology(_nested(MAX_DEPTH + 1), "t.tbxml")
    assert caught.value.code == "topology-too-deep"
    assert str(MAX_DEPTH) in str(caught.value) and "t.tbxml" in str(caught.value)


def test_more_elements_than_any_topology_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from pic_wizard.core.files import topology_builder as module

    data = tbxml(("contoso.com",), [ONE])
    count = data.count(b"<") - data.count(b"</") - data.count(b"<?")
    monkeypatch.setattr(module, "MAX_ELEMENTS", count)
    assert parse_topology(data, "t").pools
    monkeypatch.setattr(module, "MAX_ELEMENTS", count - 1)
    with pytest.raises(InputError) as caught:
        parse_topology(data, "t.tbxml")
    assert caught.value.code == "topology-too-many-elements"


def test_an_element_with_more_attributes_than_any_topology_is_refused() -> None:
    """Expat holds a start tag's attributes until its end: 3 million took 9 s and 1 GB.
    They are counted before parsing, across the windows the count goes by, and a ">" in
    a value does not end the count."""
    from pic_wizard.core.files.topology_builder import MAX_ATTRIBUTES

    def crowded(count: int) -> bytes:
        attributes = "".join(f' a{i}=">"' for i in range(count))
        return tbxml(("contoso.com",), [ONE]).replace(
            b"<Services>", f"<Services><Other{attributes}/>".encode()
        )

    assert parse_topology(crowded(MAX_ATTRIBUTES - 3), "t").pools  # with xmlns and 2 more
    with pytest.raises(InputError) as caught:
        parse_topology(crowded(MAX_ATTRIBUTES + 1), "t.tbxml")
    assert caught.value.code == "topology-crowded-element"


def test_edge_services_on_one_cluster_share_its_members() -> None:
    """Each Edge service on a cluster copied its members: a cluster of 250,000 servers
    under as many services ran out of memory.  One tuple, one pool for the same names."""
    machines = "".join(f'<Machine Fqdn="m{i}.contoso.net"/>' for i in range(2000))
    services = [f'<Service RoleName="EdgeServer" InstalledOn="c"><Port Owner="urn:component:'
                f'AccessEdge" InterfaceSide="External" ConfiguredFqdn="sip{i % 2}.contoso.com"/>'
                "</Service>" for i in range(2000)]  # fmt: skip
    data = (
        '<TopologyBuilder><NewTopology><Cluster UniqueId="c" Fqdn="edge.contoso.net">'
        f"{machines}</Cluster>{''.join(services)}</NewTopology></TopologyBuilder>"
    )
    imported = parse_topology(data, "t.tbxml")
    assert [p.access_edge for p in imported.pools] == ["sip0.contoso.com", "sip1.contoso.com"]
    first, second = imported.pools
    assert first.machines is second.machines and len(first.machines) == 2000
    assert choose_pool(imported, "t.tbxml", "m1999.contoso.net") is first


def test_an_error_lists_twenty_pools_at_most() -> None:
    pools = [Pool(f"edge{i:02}.contoso.net", (), f"sip{i}.contoso.com", "w.contoso.com",
                  "a.contoso.com", guid=f"g{i}") for i in range(25)]  # fmt: skip
    imported = parse_topology(tbxml(("contoso.com",), pools), "t")
    with pytest.raises(InputError) as caught:
        choose_pool(imported, "t")
    assert caught.value.params["count"] == "25"
    assert caught.value.params["pools"].endswith("edge19.contoso.net, \u2026")
    with pytest.raises(InputError) as caught:
        choose_pool(imported, "t", "nope")
    assert "edge20" not in str(caught.value)


def test_a_doctype_without_entities_is_refused_too() -> None:
    for doctype in ('<!DOCTYPE TopologyBuilder SYSTEM "http://example.com/t.dtd">',
                    "<!DOCTYPE TopologyBuilder>"):  # fmt: skip
        with pytest.raises(InputError) as caught:
            parse_topology(f"{doctype}<TopologyBuilder/>", "t.tbxml")
        assert caught.value.code == "topology-declarations"


def test_only_the_new_topology_counts_whatever_follows_it() -> None:
    """What comes after the new topology, beside it, is not read as part of it."""
    data = tbxml(("contoso.com",), [ONE]).replace(
        b"</TopologyBuilder>",
        b'<Cluster UniqueId="z" Fqdn="stray.contoso.net"/>'
        b'<Service RoleName="EdgeServer" InstalledOn="z"/></TopologyBuilder>',
    )
    assert [p.fqdn for p in parse_topology(data, "t").pools] == ["edgepool.contoso.net"]


def test_a_malformed_file_says_where() -> None:
    with pytest.raises(InputError) as caught:
        parse_topology('<?xml version="1.0"?>\n<TopologyBuilder>\n  <a></b>', "t.tbxml")
    assert caught.value.code == "topology-malformed"
    assert (caught.value.params["line"], caught.value.params["column"]) == ("3", "7")
