from pic_wizard.core.plan import make_plan
from pic_wizard.core.topology import seed_example


def test_seed_example_subject_sans_and_ekus() -> None:
    plan = make_plan(seed_example())
    assert plan.subject_name == "sip.contoso.com"
    assert plan.san_names == ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
    assert plan.extended_key_usages == ("serverAuth", "clientAuth")
