"""Skype for Business Server Subscription Edition beside the numbered products: the product
of a new request, XMPP, the Windows Server versions each runs on, and the PFX encryption
that follows from them."""

from __future__ import annotations

import pytest

from pic_wizard.core.files import profile
from pic_wizard.core.files.topology_builder import EdgePool
from pic_wizard.core.usecases.import_topology import imported_product
from pic_wizard.core.values.policy import Policy
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Product, Topology, seed_example
from pic_wizard.core.x509.pfx import PfxProtection, imports_aes_pfx, suggested_protection


def test_subscription_edition_is_the_product_of_a_new_request() -> None:
    assert Product("sfbse") is Product.SFB_SE
    assert Product.SFB_SE.display_name == "Skype for Business Server Subscription Edition"
    assert Topology().product is Product.SFB_SE
    # the seed example stays Microsoft's: Lync Server 2013
    assert seed_example().product is Product.LYNC_2013


def test_subscription_edition_has_no_end_of_support_date() -> None:
    """Modern Lifecycle Policy: no PRODUCT-EOL date, unlike the numbered products."""
    eol = Policy().product_eol
    assert Product.SFB_SE not in eol
    assert {Product.LYNC_2013, Product.SFB_2015, Product.SFB_2019} <= set(eol)


@pytest.mark.parametrize(
    ("product", "xmpp"),
    [
        (Product.LYNC_2013, True),
        (Product.SFB_2015, True),
        (Product.SFB_2019, False),
        (Product.SFB_SE, False),
    ],
)
def test_only_2019_and_subscription_edition_lack_xmpp(product: Product, xmpp: bool) -> None:
    assert product.has_xmpp is xmpp


@pytest.mark.parametrize("current", list(Product))
def test_a_pool_running_xmpp_is_neither_2019_nor_subscription_edition(
    current: Product,
) -> None:
    with_xmpp = EdgePool("edge.contoso.net", xmpp=True)
    without = EdgePool("edge.contoso.net")
    expected = Product.SFB_2015 if not current.has_xmpp else current
    assert imported_product(with_xmpp, current) is expected
    assert imported_product(without, current) is current
    # the product the admin names wins, whatever the pool runs
    assert imported_product(with_xmpp, current, Product.SFB_SE) is Product.SFB_SE


def test_a_profile_keeps_its_product_and_one_without_is_a_new_request() -> None:
    for product in Product:
        topology = replace(seed_example(), product=product)
        assert profile.loads(profile.dumps(topology)).product is product
    data = profile.to_dict(seed_example())
    del data["product"]
    assert profile.from_dict(data).product is Product.SFB_SE


@pytest.mark.parametrize(
    ("windows", "aes"),
    [("2008 R2", False), ("2012", False), ("2012 R2", False), ("2016", False),
     ("2019", True), ("2022", True), ("2025", True)],
)  # fmt: skip
def test_windows_server_2019_and_later_import_an_aes_pfx(windows: str, aes: bool) -> None:
    assert imports_aes_pfx(windows) is aes


@pytest.mark.parametrize("product", [*Product, None])
def test_the_suggested_encryption_is_3des_while_the_product_runs_on_2016_or_older(
    product: Product | None,
) -> None:
    """AES-256 only when every Windows Server the product runs on imports it: each product
    runs on 2016 or older (2019 and Subscription Edition on 2016 too), so 3DES."""
    if product is not None:
        assert not all(imports_aes_pfx(v) for v in product.windows_servers)
    assert suggested_protection(product) is PfxProtection.WINDOWS_2012_R2


def test_a_product_only_on_2019_and_later_would_get_aes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision follows the product's Windows Server versions, not a fixed answer."""
    monkeypatch.setattr(Product, "windows_servers", property(lambda self: ("2019", "2022")))
    assert suggested_protection(Product.SFB_SE) is PfxProtection.AES256
